# アシスタントの枠と、アカウントページの後のページ：アドレス、ログイン、
# 確認、Thunderbird、最後のページ。ボタン名（「次へ」「再試行」「スキップ」
# 「修復」など）は他のテキストでも引用されるので、どこでも同じ表記にします。

## 各ページ下部のボタンと、ポインターを重ねたときの説明。
nav-technical-details = 技術的な詳細
nav-technical-details-hint = ステップ、所要時間、サーバー、通信記録を表示します（ヘルプデスク担当者向け）
nav-back = 戻る
nav-cancel = キャンセル
# アカウントを Thunderbird に書き込んだ後の「キャンセル」ボタン。
nav-start-over = 最初からやり直す
nav-cancel-hint-close = 何も変更せずに Mail Setup を閉じます
nav-cancel-hint-stop-browser = ブラウザーの待機をやめます
nav-cancel-hint-stop-checks = 確認を中止します
nav-cancel-hint-leave = このページを離れます。アカウントは書き込まれた状態のままです
nav-cancel-hint-start-over = この設定を中止して最初のページに戻ります。何も変更されていません
nav-next = 次へ
nav-next-hint = 次のステップに進みます
nav-close = 閉じる
nav-close-hint = Mail Setup を閉じます
nav-see-report = レポートを見る
nav-see-report-hint = 何が失敗したか、IT 部門に何を送ればよいかを確認します
nav-add-account = 別のアカウントを追加
nav-add-account-hint = まだ Thunderbird にないアカウントを設定します

## 最初のページの「キャンセル」は、ウィンドウを閉じる前に確認します。
close-question = Mail Setup を閉じますか？何も変更されていません。
close-confirm = Mail Setup を閉じる
close-stay = 閉じない

## アシスタント自体のエラー。処理結果が表示されるはずの場所に表示されます。
wizard-worker-stopped = アシスタントのワーカースレッドが動作していません
wizard-worker-stopped-restart = アシスタントのワーカースレッドが動作していません。Mail Setup を再起動してください

## 最初のページ下部に表示される練習モード。
sandbox-offer = 手元にアカウントがない場合や、ちょっと試してみたい場合はこちら
sandbox-try = サンドボックスを試す（アカウント不要）
sandbox-starting = サンドボックスを起動しています…
sandbox-explained = サンドボックスは Mail Setup に内蔵された練習用のプロバイダーです。専用のログインページとメールサーバー、そして修復が必要なアカウントを 1 つ含む使い捨ての Thunderbird プロファイルがあります。このコンピューターの外には何も送信されません。
sandbox-approve-automatically = ログインを自動的に承認する（ブラウザーなし）
sandbox-leave = サンドボックスを終了
# 「次へ」で先に進めなかった理由として表示。
sandbox-still-starting = サンドボックスはまだ起動中です。少し待ってからもう一度お試しください
sandbox-not-running = サンドボックスが動作していません

## アドレスのページ。
address-heading = メールアドレス
address-intro = Mail Setup はブラウザーでメールプロバイダーへのログインを行い、メールの受信と送信ができることを確認してから、アカウントを Thunderbird に追加します。パスワードを入力するのはプロバイダーのページだけです。
address-email = メールアドレス
# 空のアドレス欄に薄く表示される例。
address-email-example = you@example.com
address-name = 名前
address-name-hint = 受信者に表示される名前（省略可）
address-shared = 自分が開ける共有メールボックスです
address-who-signs-in = ログインする人
address-who-signs-in-hint = ご自身のアドレス
address-shared-explained = ご自身のアカウントでログインします。その後、Thunderbird に共有メールボックスが表示され、その共有メールボックスとして送信できます。
address-shared-needs-delegate = この共有メールボックスを開く人のアドレスを入力してください。その人が自分のアカウントでログインします。
# $domain は入力したアドレスの @ より後の部分。
address-unknown-domain = Mail Setup には { $domain } をホストしているプロバイダーがわかりません。組織で Microsoft 365 を使用している場合は、これを選択してください：
address-microsoft-365 = Microsoft 365（職場または学校アカウント）

## ログインのページ。$company はログイン先（Microsoft、Google、またはプロバイダー名）。
sign-in-heading-plain = ログイン
sign-in-no-address = 先にアドレスを入力してください。
sign-in-heading = { $company } でログイン
sign-in-change-settings = サーバー設定を変更…
# アカウントの概要。各行の左側に項目名があります。
sign-in-row-your-mail = メール
sign-in-row-hosted-by = ホスト
sign-in-row-shared-mailbox = 共有メールボックス
sign-in-row-signs-in-as = ログインするアカウント
# 技術的な詳細を表示したときの同じ概要。
sign-in-row-account = アカウント
# $address は共有メールボックス、$name はその名前、$delegate はログインする人のアドレス。
sign-in-account-shared = { $address }（{ $name }）、{ $delegate } が開く共有メールボックス
sign-in-row-provider = プロバイダー
sign-in-row-sign-in = ログイン
# $protocol は IMAP または POP3。
sign-in-row-incoming = 受信サーバー ({ $protocol })
sign-in-row-outgoing = 送信 (SMTP) サーバー
# プロバイダーの行：$provider はプロバイダー名、その後に Mail Setup がどう見つけたか。
sign-in-provider-catalogue = { $provider }（Mail Setup に登録済み）
sign-in-provider-user-choice = { $provider }（ご自身で選択）
# $path はコマンドラインで指定したプロバイダーファイル。
sign-in-provider-file = { $provider }（{ $path } から）
sign-in-provider-sandbox = { $provider }（練習用プロバイダー）
# $lookup は見つけた検索方法：autoconfig、ispdb、dns-mx、dns-srv、microsoft。
sign-in-provider-discovered = { $provider }（{ $lookup } で検出）
# $server は既存の Thunderbird アカウントが使っているサーバー名。
sign-in-provider-thunderbird = { $provider }（Thunderbird はすでに { $server } を使用）
sign-in-stops-here = Mail Setup はこのアカウントをプロバイダー経由のログインに切り替えられないため、ここで終了します。
sign-in-by-thunderbird = Mail Setup はこのアカウントに自分ではログインしません。初回起動時に Thunderbird がログインします。「次へ」を押すと、ログインせずにサーバーを確認します。
# $left は残り時間（分:秒、「4:59」）。
sign-in-waiting = ブラウザーでのログインとアクセスの許可を待っています：残り { $left }
sign-in-link-intro = ブラウザーが開かなかった場合や閉じてしまった場合は、このリンクをブラウザーで開いてください：
sign-in-copy-link = リンクをコピー
sign-in-link-copied = ログインリンクをコピーしました。
sign-in-open-browser-again = ブラウザーをもう一度開く
# $how はページの開き方（「opened in your default browser」）。現時点ではまだ英語です。
sign-in-browser-opened = ログインページ：{ $how }。
sign-in-browser-failed = ブラウザーが開きませんでした：{ $why }。リンクをコピーしてブラウザーに貼り付けてください。
# $redirect_uri はこのコンピューター上のアドレス（http://127.0.0.1:…）。
sign-in-redirect = Mail Setup は { $redirect_uri } で応答を受け取ります（このコンピューター内のみ）。
sign-in-preparing = ログインを準備しています…
sign-in-explained = ブラウザーで { $company } のログインページが開きます。そこでログインし、メールへのアクセスを許可してから、ここに戻ってください。パスワードを入力するのは { $company } のページだけです。
sign-in-done = ログインしました。
sign-in-failed = ログインが完了しませんでした。
sign-in-cancelled = ログインをキャンセルしました。何も保存されていません。もう一度始めることができます。
sign-in-again = もう一度ログイン
sign-in-try-again = 再試行
sign-in-with-browser = ブラウザーでログイン
sign-in-with-code = 代わりにコードでログイン
sign-in-steps = ステップ
# ログインを開始することさえできなかったときの、レポート内のステップ名。
sign-in-step-start = ログインの開始
# 別のデバイスでコードを入力するログイン。$url は開くページ。
sign-in-code-where = ブラウザーのある任意のデバイスで { $url } を開き、次のコードを入力してください：
sign-in-copy-code = コードをコピー
sign-in-code-copied = コードをコピーしました。
# $minutes は数値。
sign-in-code-valid = { $minutes ->
   *[other] このコードの有効期間は { $minutes } 分です。
}
sign-in-code-waiting = コードの入力とログインを待っています…

## 確認のページ。$direction は "receiving" または "sending"（それぞれ 1 行）。
checks-heading = メールを確認しています
checks-intro = 新しいログインでメールの受信と送信ができるかどうか、Mail Setup が確認します。
checks-does-not-work = { $direction ->
    [sending] メールの送信：まだ動作しません
   *[receiving] メールの受信：まだ動作しません
}
checks-works = { $direction ->
    [sending] メールの送信：正常に動作します
   *[receiving] メールの受信：正常に動作します
}
checks-not-checked-other-failed = { $direction ->
    [sending] メールの送信：未確認（先にもう一方の確認が失敗したため）
   *[receiving] メールの受信：未確認（先にもう一方の確認が失敗したため）
}
checks-not-checked-yet = { $direction ->
    [sending] メールの送信：まだ確認していません
   *[receiving] メールの受信：まだ確認していません
}
checks-passed = 新しいログインでメールが使えます。次は、アカウントを Thunderbird に追加します。
checks-passed-switching = 新しいログインでメールが使えます。次は、Thunderbird のアカウントを切り替えます。
checks-stopped = 確認を中止しました。
checks-not-run = 確認はまだ実行されていません。
checks-try-again = 再試行
checks-run-again = もう一度確認
# $to はログインしたアドレス、$subject はテストメッセージの件名。
checks-test-message-sent = テストメッセージを { $to } 宛てに送信しました。その受信トレイで「{ $subject }」を探してください。
checks-send-test-message = 自分宛てにテストメッセージを 1 通送信
checks-send-test-message-hint = このアドレスから、ログインしたアカウント宛てにメッセージを 1 通送信します。共有メールボックスやエイリアスとしての送信が許可されているかを確かめる唯一の方法です
# 技術的な詳細を表示したときの、ステップの上の見出し。
checks-incoming-steps = 受信サーバー (IMAP)
checks-outgoing-steps = 送信 (SMTP) サーバー

## Thunderbird のページ。
thunderbird-heading = Thunderbird
thunderbird-no-address = 先にアドレスを入力してください。
thunderbird-switching-heading = Thunderbird のアカウントを切り替えます
thunderbird-switching = { $address } はメール、フォルダー、フィルターをそのまま残し、今後は { $company } でログインします。
thunderbird-sign-in-handed-off = OAuth2：ログイン済みです。Thunderbird はログインした状態で起動し、パスワードは保存されません
thunderbird-sign-in-once = OAuth2：Thunderbird から一度ログインを求められます。パスワードは保存されません
thunderbird-no-home = ホームディレクトリが見つからないため、Mail Setup は Thunderbird を探せません。このステップをスキップしてください。
thunderbird-folder = Thunderbird のフォルダー：
thunderbird-folder-sandbox = サンドボックス用の使い捨て Thunderbird フォルダー（Mail Setup を閉じると削除されます）：
thunderbird-looking = プロファイルを探しています…
thunderbird-no-profile = そこにはまだ Thunderbird のプロファイルがありません。Mail Setup がプロファイルを作成し、既定に設定します。
thunderbird-profiles-found = アカウントは Thunderbird が既定で開くプロファイルに追加されます。見つかったプロファイル：
# プロファイル名の後に表示。$count はその中のメールアカウントの数。
thunderbird-profile-default = （既定：{ $count ->
    [0] メールアカウントはまだありません
   *[other] メールアカウント { $count } 件
}）
thunderbird-profile-other = （既定以外：{ $count ->
    [0] メールアカウントはまだありません
   *[other] メールアカウント { $count } 件
}）
thunderbird-check-sign-in = Thunderbird 自身のログインを確認
thunderbird-check-sign-in-hint = Thunderbird が各 OAuth2 アカウント用に保存したログイン情報を読み取って更新し、それを使って IMAP と SMTP を確認します。ブラウザーは使いません
thunderbird-asking-provider = プロバイダーに確認しています…
thunderbird-nothing-to-ask = Mail Setup が問い合わせできるプロバイダーでログインするアカウントはありません。
thunderbird-saved-sign-in-works = { $address }：Thunderbird に保存されたログイン情報で受信と送信ができます。
# $problem は何が問題だったかの短い説明。
thunderbird-saved-sign-in-fails = { $address }：{ $problem }
thunderbird-already-has = この Thunderbird にはすでにこのアカウントがあります
# $protocol は IMAP または POP3、$server はアカウントの受信サーバー。
# $incoming_server と $outgoing_server は切り替え先のサーバー。
thunderbird-offer-technical = このプロファイルにはすでに { $address }（{ $server } の { $protocol }）があり、パスワードでログインしています。{ $provider } はパスワードを受け付けなくなります。切り替えると、アカウントのメール、フォルダー、フィルターはそのまま残り、{ $incoming_server } と { $outgoing_server } に OAuth2 でログインするように設定されます。
thunderbird-offer = { $address } はここでパスワードを使ってログインしていますが、{ $provider } はパスワードを受け付けなくなります。切り替えても、メール、フォルダー、フィルターはそのまま残ります。
thunderbird-switch = このアカウントを切り替える
thunderbird-switch-needs-checks = （先に確認に成功する必要があります）
thunderbird-or-add = または、2 つ目のアカウントとして追加します：
thunderbird-what-is-added = 追加される内容
thunderbird-row-email = メールアドレス
thunderbird-row-name = 名前
# $protocol は IMAP または POP3。
thunderbird-row-incoming = 受信 ({ $protocol })
thunderbird-row-outgoing = 送信 (SMTP)
thunderbird-row-sign-in = ログイン
thunderbird-will-ask = Thunderbird の起動時に、一度ログインを求められます。
# $why は Mail Setup がログインを引き継げない理由。
thunderbird-will-ask-because = Thunderbird の起動時に、一度ログインを求められます：{ $why }。
thunderbird-keep-signed-in = Thunderbird をログインしたままにする
thunderbird-keep-signed-in-hint = ログインを暗号化して Thunderbird の保存されたログイン情報に引き渡すので、再度ログインを求められることはありません。Mail Setup はコピーを保持しません。
thunderbird-no-oauth = Thunderbird はこれらのサーバーで OAuth2 を使用できないため、アカウントがログインできない可能性があります。
thunderbird-close-first = 先に Thunderbird を閉じてください。Thunderbird は終了時に設定を書き換えます。
thunderbird-write = Thunderbird に書き込む
thunderbird-skip = スキップ
thunderbird-skip-hint = 書き込まずにレポートへ進みます
thunderbird-writing = Thunderbird に書き込んでいます…
thunderbird-waiting-for-close = Thunderbird が開いています。Thunderbird は閉じるときに設定を書き換えます。Thunderbird を終了してください（ファイル › 終了）。終了すると Mail Setup が自動的に続行します。
thunderbird-closed-writing = Thunderbird が閉じられました。アカウントを書き込んでいます。
thunderbird-not-changed = Thunderbird のアカウントは変更されていません。
thunderbird-handed-off = Thunderbird はログインした状態で起動します。再度ログインする必要はありません。
# $why はログインの引き継ぎで何が問題だったか。
thunderbird-handoff-failed = Thunderbird の起動時に、一度ログインを求められます。{ $why }
# Thunderbird のステップで変更した内容。$profile はプロファイルのフォルダー。
thunderbird-changed-already-present = アカウントはすでに Thunderbird にあり、変更は不要でした（プロファイル { $profile }）。
thunderbird-changed-switched = Thunderbird のアカウントは今後プロバイダー経由でログインします。メール、フォルダー、フィルターは以前のままです（プロファイル { $profile }）。
thunderbird-changed-added = アカウントを Thunderbird に追加しました（プロファイル { $profile }）。
# 上の文に続きます。$backup はファイル。
thunderbird-backup = Thunderbird の以前の設定は { $backup } に保存されています。

## 各ページのエラーの下：ヘルプデスクに送るものと診断。
help-copy-ticket = 管理者向けチケットをコピー
help-copy-ticket-hint = IT 部門にそのまま送れるテキストです：誰が、いつ、どのアプリで、失敗したステップ、診断結果、管理者が行うべき具体的な操作
help-save-bundle = サポートバンドルを保存
help-save-bundle-hint = レポートと通信記録をまとめたヘルプデスク向けのファイルです。パスワードやトークンは含まれません
help-what-happened = 発生した問題
help-user-can-do = ご自身でできること
help-admin-must-do = IT 部門が行う必要があること
help-open-consent = 管理者の方：同意ページを開く
help-consent-opening = ブラウザーで同意ページを開いています。承諾した後、「再試行」を選んでください。
help-ticket-copied = 管理者向けチケットをコピーしました。IT 部門宛てのメールに貼り付けてください。
help-no-folder = サポートバンドルを保存するためのダウンロードフォルダーまたはホームフォルダーが見つかりません。
# $path はバンドルの保存先ファイル。
help-saving-bundle = サポートバンドルを { $path } に保存しています（パスワードやトークンは含まれません）。
help-bundle-failed = サポートバンドルを保存できませんでした：{ $why }

## 最後のページ。
done-heading = 完了
done-nothing-yet = まだ何も設定されていません。
done-heading-fixed = メールが再び使えるようになりました
done-heading-set-up = メールの設定が完了しました
done-heading-problem = 完了（問題あり）
done-heading-not-finished = 完了していません
done-works = { $address } でメールの受信と送信ができます。
done-practice-profile = これは練習用のプロファイルです。Mail Setup を閉じると消えます。
done-signed-in = Thunderbird はすでにログインしています。パスワードを求められることはありません。
done-sign-in-once = Thunderbird の起動時に、ブラウザーで一度ログインを求められます。
# $server はまだパスワードを使うメールサーバー。
done-password-receiving = 受信については、メールサーバー（{ $server }）が引き続きパスワードを使用します。Thunderbird から一度パスワードを求められます。
done-password-sending = 送信については、メールサーバー（{ $server }）が引き続きパスワードを使用します。初めて送信するときに、Thunderbird からパスワードを求められます。
done-nothing-changed = Thunderbird では何も変更されていません。
# $problem は何が問題だったかの短い説明。
done-not-working = 動作していません：{ $problem }
done-open-thunderbird = Thunderbird を開く
done-copy-report = レポートをコピー
done-copy-report-hint = レポート全体をテキストとしてコピーします（ヘルプデスク向け）
done-report-copied = レポートをクリップボードにコピーしました。
done-full-report = レポート全文
done-starting-thunderbird = Thunderbird を起動しています…
done-thunderbird-starting = Thunderbird を起動中です。
done-thunderbird-did-not-start = Thunderbird が起動しませんでした：{ $why }。
