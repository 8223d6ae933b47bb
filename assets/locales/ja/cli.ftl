# コマンドライン独自のテキスト（audit の表は audit.ftl にあります）。

## ログオン時に実行される mailsetup --fix-needed。$reason はアカウントの状態の説明。
cli-fix-needed-nothing = Thunderbird のメールアカウントはすべて正常です。修復が必要なものはありません。
cli-fix-needed = { $address }（プロファイル「{ $profile }」）は修復が必要です：{ $reason }。

## mailsetup profiles、migrate、doctor、restore、export、alias。パス、アドレス、
## サーバー名は埋め込まれます。バッククォート内のオプションやコマンドはそのまま。
cli-no-profiles = Thunderbird のプロファイルが見つかりませんでした（検索場所：{ $looked }）。
cli-profiles-needs-oauth2 = [OAuth2 が必要] と表示されたアカウントは、プロバイダーがパスワードを無効にすると使えなくなります。`mailsetup migrate` を実行すると、アカウントをそのまま切り替えられます。
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

## コマンドを実行できなかった理由（「mailsetup: 」の後に表示）。$error はシステムや
## パーサーが示す理由でそのまま。$path、$root、$profile、$file はファイルまたは
## フォルダー、$address、$alias、$owner はメールアドレス。--profile と
## `mailsetup profiles` はそのまま。「フォルダー」は help-value-dir のプレースホルダー。
cli-manpage-failed = man ページを書き込めませんでした：{ $error }
cli-no-home = Thunderbird を探すためのホームディレクトリが見つかりません
cli-profile-dir-missing = プロファイルフォルダー { $path } がありません
cli-bundle-failed = サポートバンドルを { $path } に書き込めません：{ $error }
cli-write-failed = { $path } に書き込めません：{ $error }
cli-no-profile-under = { $root } に Thunderbird のプロファイルがありません。--profile フォルダー を指定してください
cli-no-prefs = { $profile } には prefs.js がないため、アカウントがありません
cli-no-account-for = プロファイル { $profile } には { $address } のアカウントがありません。`mailsetup profiles` でアカウントを一覧表示できます
# $account は prefs.js でのアカウントのキー（account1）、$server は受信サーバー。
cli-migrate-not-oauth-provider = mailsetup が判断できる限り、{ $address }（{ $server } の { $account }）は Microsoft でも Google でもないため、ここでは OAuth2 に切り替えられません
cli-no-google-plan = Google 用の計画がありません
# $provider はプロバイダー名。
cli-export-password = { $address }：{ $provider } はパスワードでログインします。このようなアカウントは mailsetup では配布しません
# $servers はサーバー名 1 つ、または cli-two-servers でつないだ 2 つ。
cli-export-no-oauth = { $address }：Thunderbird は { $servers } で OAuth2 を使えないため、エクスポートしたアカウントはログインできません
cli-two-servers = { $first } と { $second }
cli-alias-invalid = エイリアス：{ $error }
cli-alias-is-owner = { $alias } はアカウント自体のアドレスで、そのエイリアスではありません
cli-alias-sign-in-unknown = mailsetup は { $owner } のログイン方法がわからないため、テストメッセージを送信できません

## mailsetup migrate で確認を求める前に表示する、各アカウントで変わる内容。
## $account は prefs.js でのアカウントのキー（account1）、$protocol は imap または
## pop3、$server は受信サーバー、$provider は microsoft または google。$pref は
## 設定名、$value と $old はその値で、いずれもそのまま。
cli-migrate-plan = { $address }（{ $account }、{ $protocol } { $server }）→ { $provider } の OAuth2：
cli-migrate-pref = { $pref } = { $value }   （変更前：{ $old }）
cli-migrate-pref-new = { $pref } = { $value }   （変更前：未設定）
cli-migrate-filters = { $file } のフィルターは新しいサーバー名に移行します
# $origin はパスワードの保存先（imap://mail.example.com）。
cli-migrate-password-removed = { $origin } の保存済みパスワードは削除されます（今後 Thunderbird は OAuth2 でログインします）
# $note は切り替え処理自体の注記。
cli-migrate-note = 注意：{ $note }
cli-already-oauth2 = { $address }（{ $account }）はすでに OAuth2 でログインしています。何もする必要はありません。

## mailsetup restore でバックアップごとに 1 行。$name はバックアップの名前（restore に
## 指定するもの）、$bytes はバイト単位のサイズ（数字のみ）、$file は復元されるファイル。
cli-backup-entry = { $name }  （{ $bytes } バイト、{ $file } を復元）

## mailsetup explain で当てはまる診断がない場合。「アドレス」は help-value-email の
## プレースホルダー。
cli-explain-nothing = mailsetup には、これに当てはまる診断がありません。`mailsetup check アドレス` を実行して失敗する手順を見つけるか、サーバーの応答をそのまま貼り付けてください。

## setup --device-code で、このログイン方法を説明する行の後に表示。$link は開くページ、
## $code はそこで入力するコード、$minutes はコードの有効時間。
cli-device-code = 任意のデバイスで { $link } を開き、次のコードを入力してください：  { $code }
    （有効期間 { $minutes } 分）

cli-ask-choices = [y/N]
cli-ask-yes = y, yes, はい
cli-window-failed = ウィンドウを開けませんでした: { $error }
cli-sandbox-not-here = `{ $command }` は練習用プロバイダーを使いません。`--sandbox` はウィザードと `setup`、`check`、`migrate`、`alias` で使えます。何も行われていません。
