# 管理者向けチケット（ユーザーが IT 部門に送るもの）。ラベルはコロン（半角
# の ":"）で終わり、値は 1 つの列にそろいます。[角かっこ] 内の ID は
# そのまま残します。

ticket-subject = 件名: { $subject }
ticket-subject-diagnosed = { $address } のメール設定に失敗: { $title } [{ $id }]
ticket-subject-passed = { $address } のメール設定: すべての確認に成功
ticket-subject-failed = { $address } のメール設定に失敗
ticket-intro = mailsetup { $version } で以下のメールアカウントを確認しました。管理者による対応が必要です。
ticket-user = ユーザー (メールボックス):
ticket-signed-in-as = ログインしたアカウント:
ticket-time = 日時 (UTC):
ticket-provider = プロバイダー:
ticket-shared-mailbox = 共有メールボックス:
ticket-shared-mailbox-value = { $address }（{ $delegate } のログインで開いています）
ticket-sign-in = ログイン方法:
ticket-how-password = パスワード（Thunderbird が入力を求めます）。OAuth2 のアプリ登録は使用しません
ticket-how-by-thunderbird = OAuth2。Thunderbird 自身が Thunderbird 独自のアプリ登録を使って行います
ticket-how-thunderbirds-app = OAuth2。Thunderbird 独自のアプリ登録を使用します（Thunderbird 自身がログインに使うのと同じアプリ）
ticket-how-other-app = OAuth2。下記のアプリ登録を使用します
ticket-tenant = テナント ID:
ticket-tenant-unknown = 不明（トークンがなく、ログインアドレスにもテナントが含まれていません）
ticket-app-id = アプリ (クライアント) ID:
ticket-app-id-thunderbirds = { $id }（Thunderbird 独自の登録）
ticket-sign-in-at = ログイン先:
# $protocol は IMAP または POP3 です。
ticket-incoming-server = { $protocol } サーバー:
ticket-smtp-server = SMTP サーバー:
ticket-failing-step = 失敗したステップ:
ticket-result = 結果:
ticket-server-said = サーバーの応答:
ticket-diagnosis = 診断:
ticket-what-happened = 発生した問題:
ticket-evidence = 根拠:
ticket-for-sign-in-logs = Entra またはプロバイダーのサインインログの検索用:
ticket-admin-must-do = 管理者が行う必要があること:
ticket-nothing-server-side = サーバー側での対応は不要です。ユーザー自身で解決できます:
ticket-other-failed-steps = ほかに失敗したステップ:
ticket-generated = （mailsetup により生成。パスワードやトークンは含まれていません。）
