# コマンドライン独自のテキスト（audit の表は audit.ftl にあります）。

## ログオン時に実行される mailsetup --fix-needed。$reason はアカウントの状態の説明。
cli-fix-needed-nothing = Thunderbird のメールアカウントはすべて正常です。修復が必要なものはありません。
cli-fix-needed = { $address }（プロファイル「{ $profile }」）は修復が必要です：{ $reason }。

## mailsetup profiles、migrate、doctor、restore、export、alias。パス、アドレス、
## サーバー名は埋め込まれます。バッククォート内のオプションやコマンドはそのまま。
cli-no-profiles = Thunderbird のプロファイルが見つかりませんでした（検索場所：{ $looked }）。
cli-profiles-needs-oauth2 = [needs OAuth2] と表示されたアカウントは、プロバイダーがパスワードを無効にすると使えなくなります。`mailsetup migrate` を実行すると、アカウントをそのまま切り替えられます。
cli-asking-host = { $address } のメールがどこでホストされているか問い合わせています（{ $server } は mailsetup が知らない名前です）…
cli-migrate-nothing = { $profile } には、OAuth2 に移行する必要があるアカウントはありません。
cli-migrate-ask = { $accounts ->
   *[other] 先にログインして確認してから、{ $accounts } 件のアカウントを切り替えますか？
}
cli-nothing-changed = 何も変更されていません。
cli-migrate-not-changed = アカウントは変更されていません。上の診断をお読みください。`--force` を指定すると、それでも切り替えます。
cli-migrate-start-thunderbird = Thunderbird を起動してください。一度ログインを求められます（バージョン 153 以降はブラウザーで）。
cli-doctor-nothing = { $profile } には、mailsetup が問い合わせできるプロバイダーで OAuth2 を使ってログインするアカウントはありません。
cli-doctor-nothing-for = { $profile } には、{ $address } について、mailsetup が問い合わせできるプロバイダーで OAuth2 を使ってログインするアカウントはありません。
cli-no-backups = { $profile } には mailsetup のバックアップがありません。
cli-backups = { $folder } にあるバックアップ（新しい順）：
cli-restore-how = 復元するには：mailsetup restore --profile { $profile } 名前
cli-restored = { $backup } から { $file } を復元しました。
cli-restored-kept = 元のファイルは { $path } に保存されています。
cli-written = { $path } に書き込みました。
cli-alias-not-sent = { $alias } からのテストメッセージが届かなかったため、エイリアスは追加されませんでした。何も変更されていません。
cli-alias-sent = サーバーは { $alias } からのテストメッセージを受け付けました。{ $owner } の受信トレイで確認してください。差出人が { $alias } ではなく { $owner } になっている場合は、Exchange が差出人を書き換えています。管理者がエイリアスからの送信を許可する必要があります（Set-OrganizationConfig -SendFromAliasEnabled $true）。
# $name は受信者に表示される名前、$account と $identity は Thunderbird のキー（account1、id2）。
cli-alias-added = { $alias }（{ $name }）を差出人情報 { $identity } として { $owner }（{ $account }）に追加しました。Thunderbird の差出人欄で選択してください。
cli-alias-present = { $owner } はすでに { $alias } として送信できます（差出人情報 { $identity }）。何も変更されていません。
cli-backup-of-prefs = prefs.js のバックアップ：{ $path }。

## mailsetup setup と check。
cli-bundle-written = サポートバンドルを { $path } に書き込みました（パスワードやトークンは含まれていません）。
# $seconds はログインにかけられる時間。
cli-sign-in-browser = ブラウザーでログインしてください。ブラウザーが開かない場合は、次のリンクを開いてください：
    {"  "}{ $link }
    最大 { $seconds } 秒待機します…
cli-way-out = コマンドラインでは、--provider-file ファイル でサーバーを手動で指定でき、setup の --microsoft-365 で Microsoft 365（職場または学校アカウント）を選択できます。
