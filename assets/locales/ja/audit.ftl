# `mailsetup audit` とアシスタントのアカウント一覧で表示する、Thunderbird の
# 各アカウントの状態。用語は Thunderbird に合わせる: アカウント、受信サーバー、
# 送信 (SMTP) サーバー、ログイン、アカウント設定、サーバー設定、認証方式。
# 「修復」はアシスタントの同名のボタン。

audit-fix = Mail Setup で「修復」を選んでください（または mailsetup migrate を実行してください）。{ $provider } に一度ログインするだけで、アカウントのメール、フォルダー、フィルターはそのまま残ります。
audit-ews-before = Microsoft 365 の Exchange アカウント：Microsoft は{ $blocked }からこの接続方法をブロックします
audit-ews-blocked = Microsoft 365 の Exchange アカウント：{ $blocked }からブロック中（管理者が許可している場合を除く）、{ $removed }に廃止
audit-ews-gone = Microsoft 365 の Exchange アカウント：この接続方法は{ $removed }に終了しました
audit-ews-what-to-do = メールボックスを IMAP アカウントとして追加し直してください。Mail Setup で「別のアカウントを追加」を選びます（または mailsetup setup アドレス を実行します）。メールはサーバーに残ります。
audit-ews-elsewhere = Exchange アカウント：Mail Setup で変更する必要はありません
audit-not-mail = ログインが必要なメールアカウントではありません（ニュースグループまたはフィード）：変更は不要です
audit-m365-both-before = Microsoft 365 でパスワードを使用しています：パスワードでの受信はすでにできなくなっており、送信も{ $date }にできなくなります
audit-m365-both-after = Microsoft 365 でパスワードを使用しています：パスワードでの受信はすでにできなくなっており、送信も{ $date }に Microsoft が受け付けなくなりました（管理者が一時的に再度有効にしている場合を除く）
audit-m365-receiving = Microsoft 365 で受信にパスワードを使用していますが、Microsoft はすでにこれを拒否しています
audit-m365-sending-before = Microsoft 365 で送信にパスワードを使用しています：パスワードでの送信は{ $date }にできなくなります
audit-m365-sending-after = Microsoft 365 で送信にパスワードを使用しています：Microsoft は{ $date }にパスワードでの送信の受け付けを終了しました（管理者が一時的に再度有効にしている場合を除く）
audit-outlook-com-password = Outlook.com でパスワードを使用していますが、Microsoft は{ $date }からこれを拒否しています
audit-gmail-password = Gmail でパスワードを使用していますが、Google は{ $date }からこれを拒否しています（アプリパスワードの場合を除く）
audit-other-password-refused = { $provider } でパスワードを使用していますが、このプロバイダーはアプリパスワードか、専用ページからのログインしか受け付けません
audit-switch-in-thunderbird = Thunderbird の［アカウント設定］の［サーバー設定］で、［認証方式］を OAuth2 にしてください（送信 (SMTP) サーバーも同様です）。その後、Thunderbird が { $provider } のログインページを開きます。
audit-unknown-password = { $server } でパスワードを使ってログインしています。今後パスワードが使えなくなるかどうかは、そのプロバイダーに問い合わせないと Mail Setup にはわかりません
audit-unknown-what-to-do = メールが使えている間は、何もする必要はありません。念のため確認するには、サーバーを調べる mailsetup migrate --dry-run を実行してください。
audit-hand-off = Mail Setup で「修復」を選んでください。{ $provider } に一度ログインすると、Mail Setup がそのログインを Thunderbird に引き継ぎます。
audit-sign-in-in-thunderbird = { $provider ->
    [none] Thunderbird を開き、求められたらプロバイダーにログインしてください。以後は Thunderbird がログインを保持します。
   *[other] Thunderbird を開き、求められたら { $provider } にログインしてください。以後は Thunderbird がログインを保持します。
}
audit-signed-out-missing = { $provider ->
    [none] ログアウト状態：このアカウントはプロバイダーのページからログインしますが、Thunderbird に保存されたログイン情報がありません
   *[other] ログアウト状態：このアカウントは { $provider } でログインしますが、Thunderbird に保存されたログイン情報がありません
}
audit-signed-out-expired = { $last_used ->
    [none] ログアウト状態：Thunderbird に保存されたログイン情報が長期間使われなかったため、期限切れになりました
   *[other] ログアウト状態：Thunderbird に保存されたログイン情報が長期間使われなかったため、期限切れになりました（最終使用日：{ $last_used }）
}
audit-works-not-checked = { $provider ->
    [none] 正常：プロバイダーのページからログインします（保存されたログイン情報は未確認）
   *[other] 正常：{ $provider } でログインします（保存されたログイン情報は未確認）
}
audit-works = { $provider ->
    [none] { $last_used ->
        [none] 正常：プロバイダーのページからログインします
       *[other] 正常：プロバイダーのページからログインします（最終使用日：{ $last_used }）
    }
   *[other] { $last_used ->
        [none] 正常：{ $provider } でログインします
       *[other] 正常：{ $provider } でログインします（最終使用日：{ $last_used }）
    }
}
audit-password-still-taken = { $provider } でパスワードを使ってログインしています。このプロバイダーは引き続きパスワードを受け付けるため、変更は不要です

## `mailsetup audit` が出力する表。$count、$accounts、$profiles、$needing は数値、
## $day は日付、$path はフォルダー、$user はユーザー名。
audit-table-title = Thunderbird のアカウント（{ $day }時点）
audit-table-no-home = 確認するホームディレクトリがありません。
audit-table-user = ユーザー { $user }（{ $path }）
audit-table-not-checked = 未確認：{ $why }
audit-table-no-profiles-here = Thunderbird のプロファイルがありません。
audit-table-install = Thunderbird: { $path }
audit-table-install-flatpak = Thunderbird (Flatpak): { $path }
audit-table-install-snap = Thunderbird (Snap): { $path }
audit-table-no-profiles = プロファイルがありません。
audit-table-profile = プロファイル「{ $name }」（{ $facts }）：{ $path }
audit-table-opens-by-default = 既定で開く
audit-table-last-version = 最後に使用した Thunderbird：{ $version }
audit-table-never-opened = Thunderbird で一度も開かれていない
audit-table-running = Thunderbird で開かれています：修復の前に Thunderbird を終了してください
audit-table-running-unknown = Thunderbird で開かれているかどうか確認できませんでした
audit-table-and-more = { $names } ほか { $more } 件
audit-table-user-js = 警告：user.js が起動のたびにアカウント設定を書き換えます（{ $names }）。このままでは修復が元に戻ってしまいます。先に user.js からこれらの設定を削除してください。
audit-table-primary-password = 注意：保存されたログイン情報がマスターパスワードで保護されているため、Mail Setup はログインを引き継げません。修復後、Thunderbird で一度ログインを求められます。
audit-table-no-accounts = メールアカウントがありません。
# 列の短い表示。文字数をそろえると（全角 4 文字ずつ）、アドレスの位置が端末でそろいます。
audit-table-action = 対応必要
audit-table-ok = 問題なし
audit-table-what-to-do = 対処方法：{ $what }
audit-table-accounts-in = { $profiles } 個のプロファイル内の { $accounts } 件のアカウント
audit-table-none-found = Thunderbird のメールアカウントが見つかりませんでした（{ $profiles } 個のプロファイルを確認）。
audit-table-nothing-to-do = 対応は不要です：{ $accounts_in }。
audit-table-need-action = { $accounts_in }のうち、{ $needing } 件に対応が必要です。
audit-table-incomplete = 読み取れた範囲（{ $accounts_in }）では対応は不要ですが、読み取れなかったものがあります（上記を参照）。

## ホームディレクトリ、フォルダー、プロファイルを読み取らなかった理由（「未確認：」の
## 後に表示）、またはユーザーのフォルダーを一覧表示できなかった理由。$path は
## ファイルまたはフォルダー、$error はシステムが示す理由でそのまま。
audit-cannot-list = { $path } の一覧を取得できません：{ $error }
audit-cannot-read = { $path } を読み取れません：{ $error }
audit-cannot-follow = { $path } をたどれません：{ $error }
audit-link-loop = { $path } はシンボリックリンクのループです
# $target はリンクが実際に指す場所。
audit-leads-out = { $path } はホームディレクトリの外を指しています（{ $target }）。読み取りません
# --on に日付以外のものが指定されたとき。$text は指定された値。YYYY-MM-DD と
# 2026-12-31 はそのまま。
audit-not-a-date = 「{ $text }」は YYYY-MM-DD 形式の日付ではありません（例：2026-12-31）
