# 練習用プロバイダーのログインページ（mailsetup --sandbox）で、ブラウザーに
# 表示されます。プロバイダー自身のログインページの代わりとなるものです。
# mailsetup へのプロバイダーの応答と、Entra のコードや文は英語のままです。

practice-provider-name = mailsetup のサンドボックス
practice-page-home = これは mailsetup のサンドボックスのログインサーバーです。mailsetup からログインを始めると、このページに案内されます。
practice-page-sign-in-title = mailsetup のサンドボックスにログイン
practice-page-note = これは練習用プロバイダーです。このコンピューターの外には何も送信されません。
# $client は、プロバイダーが把握しているアプリケーションのクライアント ID です。
practice-page-consent = { $client } がメールの読み取りと送信を求めています。
# この後に、プロバイダーが呼ぶとおりのスコープの一覧が続きます。
practice-page-scopes = スコープ：
practice-page-email = メールアドレス
practice-page-password = パスワード（何でもかまいません）
practice-page-allow = 許可
practice-page-deny = 拒否
practice-page-device-title = mailsetup に表示されたコードを入力
practice-page-code = コード
practice-page-unknown-code = このコードは不明か、すでに使用されています。mailsetup に表示されているコードを確認してください。
practice-page-done-title = 完了
practice-page-signed-in = ログインしました。mailsetup に戻ってください。自動的に続行されます。
practice-page-declined = 拒否しました。mailsetup に戻ってください。
practice-page-failed-title = ログインに失敗しました
practice-page-not-a-form = フォームがフォームとして送信されませんでした。
practice-page-form-incomplete = フォームの入力が不完全です。
practice-page-choose = 「許可」または「拒否」を選んでください。
practice-page-ended-title = このログインは終了しました
practice-page-ended = このログインページは有効期限が切れたか、すでに応答済みです。mailsetup からやり直してください。
practice-page-invalid-link-title = このログインリンクは無効です
# $reason は技術的なエラーの内容で、英語のままです。
practice-page-invalid-link = mailsetup のサンドボックスは続行できません：{ $reason }。
practice-page-invalid-link-report = このリンクは mailsetup 自身が作成します。このページが表示された場合は、報告してください。
practice-page-address-no-at = メールアドレスを入力してください。@ がありません。
practice-page-address-no-local-part = メールアドレスを入力してください。@ の前に使える文字がありません。
practice-page-address-no-domain = メールアドレスを入力してください。@ より後の部分がドメイン名ではありません。
# Entra に拒否された後に表示されます（AADSTS50057、英語）。
# $shared は共有メールボックスのアドレス、$person はそれにアクセスできる人です。
practice-page-shared-hint = { $shared } は共有メールボックスのため、そのアカウントではログインできません。この共有メールボックスにアクセスできる人（{ $person }）としてログインし、{ $shared } はメールアカウントのユーザー名としてのみ指定してください。
# Entra に拒否された後に表示されます（AADSTS50034、英語）。
# $person はこのエイリアスの持ち主です。
practice-page-alias-hint = これは { $person } のエイリアスです。そのアドレスでログインしてください。
