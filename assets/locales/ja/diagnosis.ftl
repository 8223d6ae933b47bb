# 診断カードのテキスト版（コマンドライン、コピーしたレポート）と、実行時に
# わからない情報の代わりに診断内で使う言葉。診断そのもののテキストは kb.toml にあります。

# $id は診断の ID（aad-consent-missing）。そのまま残します。
diagnosis-card-title = 診断 [{ $id }]：{ $title }
diagnosis-on-the-command-line = コマンドラインの場合：
diagnosis-evidence = 根拠：

kb-unknown-user = 対象のアカウント
kb-unknown-app-id = （ログインするアプリの ID。Thunderbird の ID は 9e5f94bc-e8a4-4e73-b8be-63364c29d753）
kb-unknown-tenant = 組織のテナント ID またはドメイン
kb-unknown-imap-host = 受信サーバー
kb-unknown-smtp-host = 送信 (SMTP) サーバー
kb-unknown-signed-in-account = ログインしたアカウント
kb-unknown-delegate = 共有メールボックスを開く人

kb-approve-in-admin-console = （プロバイダーの管理コンソールでアプリ { $app_id } を承認してください）
kb-unknown-admin-consent-url = アプリの管理者の同意ページ（確認のチケットにそのアドレスが記載されています）
