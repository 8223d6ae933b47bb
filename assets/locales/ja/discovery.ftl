# アドレスのメール設定の検索と、何も見つからなかったときに手動で入力する
# フォーム。IMAP、POP3、SMTP、TLS、STARTTLS はプロトコル名なのでそのまま。

discovery-looking-up = { $domain } のメール設定を調べています…
discovery-offline = オフラインのようです。どの問い合わせにも応答がありませんでした。接続を確認してから、もう一度お試しください。
discovery-try-again = 再試行
discovery-try-again-hint = 設定をもう一度調べます
discovery-or-enter-servers = メールサーバーがわかっている場合は、ここに入力することもできます：
discovery-nothing-found = このドメインでは何も見つかりませんでした。
# 各問い合わせを一覧する折りたたみ部分。$lookups は数値、$millis はミリ秒。
discovery-how-found = { $lookups ->
   *[other] 検出の経緯（問い合わせ { $lookups } 回、{ $millis } ms）
}
discovery-technical-details = 問い合わせの技術的な詳細

manual-heading = サーバー設定
manual-receive-with = 受信方式
manual-imap = IMAP（メールはサーバーに残ります）
manual-pop3 = POP3（メールをダウンロードします）
# $protocol は IMAP または POP3。
manual-incoming = 受信サーバー ({ $protocol })
manual-outgoing = 送信 (SMTP) サーバー
manual-port = ポート
# スクリーンリーダー向けのポート欄の名前。$server は manual-incoming または manual-outgoing。
manual-port-name = { $server } のポート
manual-sign-in = ログイン方法
manual-sign-in-microsoft-365 = Microsoft 365（職場または学校アカウント）
manual-sign-in-password = パスワード
manual-continue = この設定で続行
# $what は manual-incoming または manual-outgoing、$host は入力された文字列。
manual-host-empty = { $what }：サーバー名を入力してください（例: mail.example.com）。
manual-host-invalid = { $what }：「{ $host }」はサーバー名ではありません。mail.example.com のような形式で入力してください。
manual-port-invalid = { $what } のポート：1～65535 の数値を入力してください（通常は IMAP が 993、POP3 が 995、送信サーバーが 587 または 465）。

# The provider's name in the report when the servers were typed in.
manual-provider-by-hand = 手動で入力した設定
