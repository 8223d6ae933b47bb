# テキストのレポート。[ ok ]、[FAIL]、[skip] の印はそのまま残します。

report-title = { $address } の mailsetup { $version } レポート
report-provider = プロバイダー: { $provider }
report-shared-mailbox = 共有メールボックス（開く人: { $delegate }）
report-incoming = 受信サーバー（{ $protocol }）: { $server }
report-outgoing = 送信 (SMTP) サーバー: { $server }
report-step-line = { $title }: { $detail }
report-step-timed = { $title }（{ $millis } ms）: { $detail }
report-step-timed-of = { $title }（{ $millis } ms／許容 { $deadline } 秒）: { $detail }
report-server-said = サーバーの応答:
report-thunderbird-profile = Thunderbird のプロファイル: { $profile }（{ $action }）
report-backup = 以前の prefs.js のバックアップ: { $path }
report-all-passed = すべて成功しました。
report-something-failed = 失敗した項目があります。FAIL の付いた手順をご覧ください。

## 各フェーズの手順の上に付く見出し。ほかのフェーズは IMAP、POP3、SMTP、
## Thunderbird で、名前なのでそのまま。
report-phase-plan = 計画
report-phase-sign-in = ログイン
