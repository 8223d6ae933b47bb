# アシスタントのページ。「修復」と「別のアカウントを追加」はボタンの名前です。
# どこで触れる場合も同じ表記にしてください。

## 最初のページ: ユーザーの Thunderbird にあるアカウント。
accounts-heading = メールアカウント
accounts-looking = このコンピューターで Thunderbird を探しています…
accounts-unreadable = Mail Setup は Thunderbird のプロファイルを読み取れませんでした：{ $why }
accounts-unreadable-hint = それでもアカウントは追加できます。その場合は Mail Setup がアカウント用のプロファイルを作成します。
accounts-intro = お使いの Thunderbird にあるアカウントです。使えなくなった、またはもうすぐ使えなくなるアカウントで「修復」を選んでください。
accounts-profile = Thunderbird のプロファイル：
accounts-profile-opens-first = { $name }（最初に開く）
# `mailsetup --fix-needed` があるアカウントのためにウィンドウを開いたときに表示。
accounts-opened-to-fix = { $address } の修復が必要なため、Mail Setup が開きました。このアカウントの「修復」を選んでください。一度ログインするだけで、アカウントのメール、フォルダー、フィルターはそのまま残ります。
accounts-opened-to-attend = { $address } について確認が必要なため、Mail Setup が開きました。対処方法は下に表示されています。
accounts-none-yet = このプロファイルにはまだメールアカウントがありません。
accounts-fix = 修復
# スクリーンリーダー向けの「修復」ボタンの名前。
accounts-fix-name = { $address } を修復
accounts-asking-provider = Thunderbird に保存されたログイン情報がまだ有効か、プロバイダーに確認しています…
accounts-add-shared = このアカウントで開く共有メールボックスを追加…
accounts-add-shared-name = { $address } で開く共有メールボックスを追加
accounts-not-checked = 保存されたログイン情報を確認できませんでした：{ $why }
accounts-cannot-fix = このアカウントはここでは修復できません：{ $why }。

## プロバイダーが応答した後のアカウントの行。
health-confirmed = 正常：{ $provider } でログインします。たった今、受信と送信を確認しました
health-signed-out = ログアウトしています。{ $why }
health-failing = 動作していません。{ $why }
health-fixed-just-now = 修復しました：次回の起動時に、Thunderbird から一度ログインを求められます

## 各ページ上部の進行状況の行。$number と $count は数値、$stage は下の
## ページ名のいずれか、$state は段階の終わり方（done、failed、skipped、stopped）。
page-account = アカウント
page-sign-in = ログイン
page-checks = 確認
page-thunderbird = Thunderbird
page-done = 完了
header-stage = { $number }. { $stage }
header-stage-shown-ended = { $stage }（{ $state ->
    [failed] 失敗
    [skipped] スキップ
    [stopped] 中止
   *[done] 完了
}）
# スクリーンリーダーが行全体として読み上げる内容。
header-step = ステップ { $number }/{ $count }：{ $stage }
header-stage-ended = { $stage } は{ $state ->
    [failed] 失敗しました
    [skipped] スキップされました
    [stopped] 中止されました
   *[done] 完了しました
}
header-step-and-ended = { $step }。{ $ended }

## サーバーを待っているステップ。$what は待っている内容、$waited と
## $deadline は秒数。
progress-waiting = 待機中：{ $what }（{ $waited } 秒 / { $deadline } 秒）
progress-next-step = 次のステップを実行しています…

## 終了したステップと、失敗したステップの説明。
step-passed = 成功
step-failed = 失敗
step-skipped = スキップ
# $took は書式化済みの所要時間（「12 ms」）、$deadline は秒数。
step-timing = { $took }（上限 { $deadline } 秒）
# $title はステップ名、$phase は属する段階（IMAP、SMTP、ログイン）。
step-details = 詳細：{ $title }（{ $phase }）
step-server-said = サーバーの応答：
diagnosis-what-happened = 発生した問題：
diagnosis-user-can-do = ご自身でできること：
diagnosis-admin-must-do = 管理者が行う必要があること：
warning-prefix = 警告：
sandbox-banner = サンドボックス — 練習モードです。このコンピューターの外には何も送信されません

## アシスタントがバックグラウンドで処理を行えないとき。$error はシステムが示す
## 理由でそのまま。
wizard-thread-thunderbird-failed = Thunderbird を開くためのスレッドを開始できません：{ $error }
wizard-thread-browser-failed = ブラウザーを開くためのスレッドを開始できません：{ $error }
wizard-practice-profile-failed = サンドボックスの練習用プロファイルを書き込めませんでした：{ $error }
