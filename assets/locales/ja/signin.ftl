# プロバイダーへのログイン（レポート内のステップ、ログイン後にブラウザーが
# 表示するページ、代替手段のデバイスコード）と、その前後の設定ステップ：
# 計画、Thunderbird のステップ、ログインの Thunderbird への引き継ぎ。
# ステップ名は短い命令形、ステップの詳細はレポートでステップ名の後に表示
# される短い文です。そのまま残すもの：オプション名（--no-write、--force）、
# ファイル名（logins.json、key4.db）、offline_access、$BROWSER、NSS、OAuth2。

## ログインページの開き方。アシスタントの「ログインページ：{ $how }。」の
## 文を完成させ、レポートのステップ「ログインページを開く」の詳細の先頭にも
## なります。
signin-browser-opened-by-mailsetup = mailsetup 自身が開きました
signin-browser-opened-default = 既定のブラウザーで開きました
# $program は環境変数 BROWSER のコマンド。
signin-browser-opened-variable = $BROWSER（{ $program }）で開きました
# $error はシステム自体のエラーテキスト。
signin-browser-default-failed = 既定のブラウザーを起動できませんでした：{ $error }
# $failures は試した各コマンドとシステムのエラーの一覧。
signin-browser-variable-failed = $BROWSER のどのコマンドも起動できませんでした（{ $failures }）

## レポート内のログインのステップ。
signin-listen-title = ログインの受け取りを準備
# $port は数値、$redirect はブラウザーが戻ってくるアドレス。
signin-listen-detail = 127.0.0.1 のポート { $port } で { $redirect } を待ち受けています
signin-listen-detail-ipv6 = 127.0.0.1 と [::1] のポート { $port } で { $redirect } を待ち受けています
# $error はシステム自体のエラーテキスト。
signin-listen-failed = 127.0.0.1 でログインのリダイレクトを待ち受けられません：{ $error }
signin-browser-title = ログインページを開く
# $how は上の「開きました」のテキストのいずれか、$issuer はログインサーバー。
signin-browser-detail = { $how }：{ $issuer }
# $why は上の「起動できませんでした」のテキストのいずれか。
signin-browser-failed = { $why }。mailsetup に表示されたリンクをご自身で開いてください
signin-redirect-title = ブラウザーでログインして承認
# $server はログインサーバーのホスト名。
signin-redirect-other-issuer = 応答には { $server } 以外のログインサーバーが示されています。コードは使用しませんでした
# ログインアドレスにホスト名がないときに $server の代わりに使います。
signin-redirect-the-server = ログインサーバー
signin-redirect-code = ブラウザーが認可コードを持って戻りました
signin-redirect-refused = プロバイダーがログインを拒否しました
# $seconds は数値。
signin-redirect-timed-out = { $seconds } 秒以内にブラウザーから応答がありませんでした
signin-wait-cancelled = ログインはキャンセルされました
signin-wait-listener-gone = ループバックの待ち受けが予期せず停止しました
# $duration はプログラムが書く形式の時間（300s）。
signin-wait-timed-out = { $duration } 以内にブラウザーが戻りませんでした
signin-exchange-title = コードをトークンと交換
# $minutes は数値。
signin-exchange-with-refresh-valid = 更新トークン付きのアクセストークンを受け取りました（有効期間 { $minutes } 分）
signin-exchange-without-refresh-valid = 更新トークンなしのアクセストークンを受け取りました（有効期間 { $minutes } 分）
signin-exchange-with-refresh = 更新トークン付きのアクセストークンを受け取りました
signin-exchange-without-refresh = 更新トークンなしのアクセストークンを受け取りました
signin-refresh-title = アクセストークンを更新
signin-refresh-none = プロバイダーは更新トークンを発行しませんでした（offline_access を要求しましたか？）
signin-refresh-accepted = 更新トークンが受け付けられました

## トークンエンドポイントへの要求が失敗した理由。プロバイダー自身の
## 言葉はこれとは別に表示されます。
# $seconds は数値。
signin-token-timed-out = トークンエンドポイントが { $seconds } 秒以内に応答しませんでした
signin-token-refused = プロバイダーが要求を拒否しました
# $error はシステム自体のエラーテキスト。
signin-token-unreachable = トークンエンドポイントに接続できませんでした：{ $error }
signin-token-unreadable = トークンエンドポイントの応答を読み取れませんでした：{ $error }
# $status は HTTP ステータス（429）、$seconds はプロバイダーが求める待ち時間。
signin-throttled-wait-waited = ログインサービスが要求を制限しており（HTTP { $status }）、{ $seconds } 秒待つよう求めています。mailsetup は求めに応じて一度待ちました。繰り返し要求し続けないよう、ここで中止します
signin-throttled-wait = ログインサービスが要求を制限しており（HTTP { $status }）、{ $seconds } 秒待つよう求めています。これは mailsetup が 1 つのステップで待つ時間より長いため、再度の要求は行いませんでした
signin-throttled-slow-down-waited = ログインサービスが要求を制限しており（HTTP { $status }）、要求の間隔を空けるよう求めています。mailsetup は求めに応じて一度待ちました。繰り返し要求し続けないよう、ここで中止します
signin-throttled-slow-down = ログインサービスが要求を制限しており（HTTP { $status }）、要求の間隔を空けるよう求めています。これは mailsetup が 1 つのステップで待つ時間より長いため、再度の要求は行いませんでした

## ブラウザーがこのコンピューターに戻れないとき（リモートセッション）の
## 代替手段、デバイスコードによるログイン。
signin-device-label = 代替手段：別のデバイスでコードを使ってログイン
signin-device-warning = 通常のブラウザーでのログインが使えない場合（リモートセッションなど）にのみ使用してください。多くの組織ではデバイスコードによるログインをブロックしています（AADSTS53003）。その場合はこの方法は失敗するため、通常のログインを使用してください。
signin-device-title = デバイスコードでログイン（代替手段）
signin-device-no-endpoint = このプロバイダーについて、mailsetup が知っているデバイスコードエンドポイントはありません
signin-device-start-refused = プロバイダーがデバイスコードによるログインの開始を拒否しました
# $error はシステム自体のエラーテキスト。
signin-device-unreachable = デバイスコードエンドポイントに接続できませんでした：{ $error }
signin-device-unusable = デバイスコードエンドポイントの応答を使用できませんでした：{ $error }
# $seconds は数値。
signin-device-timed-out = デバイスコードエンドポイントが { $seconds } 秒以内に応答しませんでした
signin-device-cancelled = キャンセルされました
signin-device-refused = プロバイダーがデバイスコードによるログインを拒否しました
signin-device-failed = デバイスコードによるログインに失敗しました：{ $error }
# $code はユーザーが入力したコード、$uri は入力した場所。
signin-device-approved = コード { $code } が { $uri } で承認されました。アクセストークンを受け取りました

## ログイン後にブラウザーのタブに表示されるページ。プレーンテキストです
## （マークアップはプログラムが付けます）。
signin-page-signed-in-title = ログインしました
signin-page-signed-in = Mail Setup に必要な情報がそろいました。このタブを閉じて Mail Setup に戻ってください。
signin-page-not-complete-title = ログインが完了しませんでした
# $error はプロバイダーのエラーコード（access_denied）で、コードとして表示されます。
signin-page-provider-answered = プロバイダーから { $error } という応答がありました。
signin-page-provider-explained = Mail Setup に戻ってください。これが何を意味し、次に何をすればよいかが説明されています。
signin-page-another-issuer = この応答には、Mail Setup が案内したものとは別のログインサーバーが示されているため、Mail Setup はこれを使用しませんでした。Mail Setup に戻り、そこからもう一度ログインを始めてください。
signin-page-not-this-title = これは Mail Setup が待っているログインではありません
signin-page-not-this = このリンクは Mail Setup が開始したログインと一致しません。以前の試行のものかもしれません。Mail Setup に戻り、そこからもう一度ログインを始めてください。
signin-page-malformed-title = 有効なログインの応答ではありません
signin-page-malformed = このリンクにはログインのパラメーターが重複して含まれているため、Mail Setup はこれを使用しませんでした。Mail Setup に戻り、そこからもう一度ログインを始めてください。
signin-page-not-waiting-title = Mail Setup はログインを待っていません
signin-page-not-waiting = Mail Setup に戻り、そこからログインを始めてください。
signin-page-refused-title = 要求が拒否されました
# $status は HTTP ステータスの数値。
signin-page-refused = Mail Setup のログイン待ち受けは、この要求を受け付けません（HTTP { $status }）。
signin-page-not-found-title = 見つかりません
signin-page-not-found = ここには何もありません。

## 入力内容のうち、何かを実行する前に拒否されたもの。
# $error は入力されたアドレスの問題点。
flow-delegate-invalid = 共有メールボックスを開く人：{ $error }
flow-delegate-is-mailbox = { $address } は共有メールボックスそのものです。ログインするのは、自分のアカウントでそれを開く人です
flow-delegate-not-oauth = 共有メールボックスは開く人自身のログインで開きますが、{ $provider } は mailsetup の OAuth2 ではログインしません（パスワードか Thunderbird 自身のログインを使います）
flow-name-has-nul = 名前に NUL 文字を含めることはできません
# $host はアカウントの受信サーバー。
flow-account-no-address = { $host } のアカウントにはメールアドレスがありません

## 計画：レポートの最初のステップと警告。
flow-delegate-other-domain = { $delegate } と共有メールボックス { $address } はドメインが異なります。両方が同じ Microsoft 365 組織に属している必要があります。そうでないと、メールサーバーは { $delegate } がこのメールボックスを開くことを許可しません。
flow-plan-title = プロバイダーとサーバーを特定
# $provider はプロバイダー名、$source は計画の出どころ（flow-source の
# テキストのいずれか）、$sign_in はログインの方法（flow-plan-sign-in の
# テキストのいずれか）。
flow-plan-detail = { $provider }（{ $source }）。{ $sign_in }
# $issuer はログインサーバー、$client はアプリの登録 ID。
flow-plan-sign-in-oauth = { $issuer } でクライアント { $client } を使ってログイン
flow-plan-sign-in-thunderbird = { $issuer } での OAuth2 は Thunderbird 自身が行います。mailsetup はログインせずにサーバーを確認します
flow-plan-sign-in-password = パスワードでログイン（Thunderbird が入力を求めます）。mailsetup はログインせずにサーバーを確認します
# $lookup は問い合わせの名前（DNS SRV、autoconfig…）。
flow-lookup-title = 問い合わせ：{ $lookup }
flow-stop-title = このアカウントを OAuth2 に切り替えられますか？
flow-source-catalogue = mailsetup の内蔵カタログから
flow-source-user-choice = ご自身で選択
flow-source-provider-file = プロバイダーファイル { $path } から
flow-source-sandbox = 内蔵のサンドボックス
flow-source-discovered = { $lookup } の問い合わせで検出
flow-source-thunderbird = Thunderbird がすでに使っているサーバー { $host } から

## ログインと確認の段階。
flow-token-title = アクセストークンの中身を確認
# $seconds は数値。
flow-token-expired = トークンエンドポイントによるとトークンの有効期間は { $seconds } 秒で、その時間は過ぎています
flow-no-sign-in-held = ログイン情報がもう保持されていません。もう一度ログインしてください
flow-sign-in-title = ブラウザーでログイン
flow-smtp-title = SMTP を確認
flow-cancelled = キャンセルされました
flow-not-done-yet = まだ実行していません
flow-sign-in-by-thunderbird = mailsetup では行いません：このアカウントには Thunderbird が自分でログインします
flow-stopped-by-plan = 試行していません：このアカウントは OAuth2 に切り替えられません（上記参照）
flow-checks-after-failed-sign-in = ログインが完了しなかったため、試行していません
flow-checks-not-yet = まだ試行していません

## Thunderbird のステップ。
flow-write-title = アカウントを Thunderbird に追加
flow-migrate-title = Thunderbird のアカウントを OAuth2 に切り替え
flow-write-no-write = 書き込んでいません（--no-write）
# $account は Thunderbird のアカウントキー（account3）、$profile はフォルダー。
flow-write-added = アカウント { $account } を { $profile } に追加しました
flow-write-already-present = プロファイルにはすでにこのアカウント（{ $account }）があります。何も変更していません
flow-write-updated = プロファイルのアカウント { $account } は今後 OAuth2 でログインします（メールとフォルダーはそのまま残ります）
flow-migrate-already = { $account } はすでに OAuth2 でログインしています。何も変更していません
# $changes と $removed は数値、$server は Thunderbird のサーバーキー。
flow-migrate-done = { $account } は今後 { $incoming } に OAuth2 でログインします（設定 { $changes } 件を変更、保存されたパスワード { $removed } 件を削除。サーバーキー { $server } とそのメールはそのまま残ります）
flow-migrate-done-smtp = { $account } は今後 { $incoming } と { $smtp } に OAuth2 でログインします（設定 { $changes } 件を変更、保存されたパスワード { $removed } 件を削除。サーバーキー { $server } とそのメールはそのまま残ります）
# $detail はステップの詳細。--force で確認の失敗を無視したときに付きます。
flow-forced = { $detail }（確認に失敗しましたが実行しました：--force）
flow-write-skipped-no-write = 書き込んでいません：今回は確認のみです（--no-write）
flow-write-skipped-by-user = 書き込んでいません：「スキップ」が選ばれました
flow-write-skipped-sign-in = ログインが完了しなかったため、書き込んでいません
flow-write-skipped-check = 確認に失敗したため、書き込んでいません
flow-write-skipped-yet = まだ書き込んでいません
flow-migrate-skipped-no-write = 切り替えていません：今回は確認のみです（--no-write）
flow-migrate-skipped-by-user = 切り替えていません：「スキップ」が選ばれました
flow-migrate-skipped-sign-in = ログインが完了しなかったため、切り替えていません
flow-migrate-skipped-check = 確認に失敗したため、切り替えていません（診断を参照してください。--force を指定すると切り替えます）
flow-migrate-skipped-yet = まだ切り替えていません

## ログインを Thunderbird に引き継ぎ、ログインした状態で起動させる。
flow-handoff-title = Thunderbird をログインしたままにする
# $why は下の理由のいずれか、またはエラー。
flow-handoff-without = { $why }。Thunderbird の起動時に、一度ログインを求められます
flow-handoff-no-write = 引き継いでいません：今回は何も書き込みません（--no-write）
flow-handoff-not-written = アカウントを書き込んでいないため、引き継いでいません
flow-handoff-not-switched = アカウントを切り替えていないため、引き継いでいません
flow-handoff-no-sign-in = 引き継いでいません：mailsetup はログイン情報を保持していません
flow-handoff-no-refresh = 引き継いでいません：プロバイダーが更新トークンを発行しませんでした
flow-handoff-turned-off = 引き継いでいません：無効にされています（--no-sign-in-handoff）
# 引き継ぎができない理由。単独で（アシスタントが「Thunderbird をログイン
# したままにする」の欄の代わりに表示）、およびレポートで使います。
flow-handoff-by-thunderbird = このアカウントには Thunderbird が自分でログインします
flow-handoff-by-thunderbird-report = 不要です：このアカウントには Thunderbird が自分でログインします
flow-handoff-provider-file = ログインはプロバイダーファイル独自のアプリ登録に対して行われたもので、Thunderbird は自身のアプリ登録に対するログインしか使用できません
flow-handoff-provider-file-report = 引き継いでいません：ログインはプロバイダーファイル独自のアプリ登録に対して行われたもので、Thunderbird は自身のアプリ登録に対するログインしか使用できません
flow-handoff-sandbox = ログインは練習用プロバイダーに対して行われたもので、Thunderbird は自身のアプリ登録に対するログインしか使用できません
flow-handoff-sandbox-report = 引き継いでいません：ログインは練習用プロバイダーに対して行われたもので、Thunderbird は自身のアプリ登録に対するログインしか使用できません
flow-handoff-other-app = ログインは Thunderbird のものではないアプリ登録に対して行われたもので、Thunderbird は自身のアプリ登録に対するログインしか使用できません
flow-handoff-other-app-report = 引き継いでいません：ログインは Thunderbird のものではないアプリ登録に対して行われたもので、Thunderbird は自身のアプリ登録に対するログインしか使用できません
flow-handoff-other-service = Thunderbird はこれらのサーバーに、別の Microsoft ログインサービスを通じてログインします
flow-handoff-other-service-report = 引き継いでいません：Thunderbird はこれらのサーバーに、別の Microsoft ログインサービスを通じてログインします
# $user はアドレス。
flow-handoff-replaced = { $user }（以前に保存されたログイン情報を置き換え）
# $users はアドレスの一覧、$nss は Thunderbird の NSS のフォルダー。
flow-handoff-done = Thunderbird は { $users } としてログインした状態で起動します。ログイン情報はプロファイルのログイン情報ストア（logins.json）にあり、{ $nss } にある Thunderbird 自身の NSS を使って Thunderbird と同じ方法で暗号化されています。mailsetup はコピーを保持しません
flow-handoff-done-key-store = Thunderbird は { $users } としてログインした状態で起動します。ログイン情報はプロファイルのログイン情報ストア（logins.json）にあり、{ $nss } にある Thunderbird 自身の NSS を使って Thunderbird と同じ方法で暗号化されています。mailsetup はコピーを保持しません。プロファイルにはキーストア（key4.db）がなかったため、新たに作成しました
# $detail は上の 2 つのテキストのいずれか、$backups はファイルの一覧。
flow-handoff-backups = { $detail }。バックアップ：{ $backups }

## 診断（doctor）：Thunderbird 自身が保存したログイン情報を更新します。
flow-doctor-no-browser = doctor はブラウザーを開きません
flow-saved-title = Thunderbird に保存されたログイン情報を探す
# $user はログイン名、$issuer はログインサーバー。
flow-saved-none = Thunderbird には { $issuer } での { $user } のログイン情報が保存されていません。次回接続するときに、ユーザーにログインを求めます
flow-saved-found = Thunderbird には { $issuer } での { $user } のログイン情報が保存されています
flow-save-title = 更新したログイン情報を Thunderbird 用に保存
flow-save-running = 保存していません：Thunderbird が実行中です。Thunderbird 自身が保存したログイン情報は引き続き有効で、Thunderbird が自分で更新します
flow-save-done = プロバイダーが更新トークンを更新しました。新しいトークンで Thunderbird のトークンを置き換えました（Thunderbird 自身が行うのと同じ方法です）

signin-aadsts-code = AADSTS コード:
