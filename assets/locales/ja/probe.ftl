# メールサーバー（IMAP、POP3、SMTP）の確認：各ステップの名前、見つかった
# 内容または失敗した理由、そして待っている内容。大文字の語（IMAP、POP3、
# SMTP、TLS、STARTTLS、STLS、XOAUTH2、EHLO、CAPABILITY、CAPA、AUTH、
# MAIL FROM、RCPT TO、RSET、LOGOUT、QUIT、SMTPUTF8、INBOX）はプロトコル
# 自体のキーワードなので、そのまま残します。「mailsetup」はプログラム名です。
# $host はサーバー名、$port はそのポート番号。

## レポートの各行に表示されるステップ名。
probe-step-imap-connect = IMAP サーバーに接続
probe-step-pop3-connect = POP3 サーバーに接続
probe-step-smtp-connect = SMTP サーバーに接続
probe-step-tls = 接続を保護 (TLS)
probe-step-capability = 使用できる認証方式を問い合わせ
probe-step-authenticate = トークンでログイン (XOAUTH2)
probe-step-imap-select = 受信トレイを開く
# POP3 にはフォルダーがないため、このステップは待機中のメッセージを数えます。
probe-step-pop3-stat = 受信トレイの中を確認
probe-step-logout = ログアウト
probe-step-smtp-greeting = あいさつ応答を読み取る
probe-step-smtp-envelope = 自分として送信できるか確認（メールは送信しません）
probe-step-smtp-test-message = 自分宛てにテストメッセージを 1 通送信
# 確認全体をまったく実行できなかったときに、その代わりとなるステップ。
probe-step-imap-check = IMAP を確認
probe-step-pop3-check = POP3 を確認

## ステップが待っている内容。「待機中：{ $what }（3 秒 / 8 秒）」
## （progress-waiting）の中に表示されます。受信サーバーは IMAP または POP3
## サーバー、送信サーバーは SMTP サーバーです。
probe-waiting-incoming-connect = 受信サーバーによる接続の受け付け
probe-waiting-incoming-tls = 受信サーバーとの安全な接続の確立
probe-waiting-incoming-methods = 受信サーバーからの認証方式の提示
probe-waiting-incoming-sign-in = 受信サーバーによるログインの受け付け
probe-waiting-incoming-inbox = 受信サーバーが受信トレイを開く処理
probe-waiting-incoming-goodbye = 受信サーバーからの終了の応答
probe-waiting-outgoing-connect = 送信サーバーによる接続の受け付け
probe-waiting-outgoing-answer = 送信サーバーの応答
probe-waiting-outgoing-tls = 送信サーバーとの安全な接続の確立
probe-waiting-outgoing-methods = 送信サーバーからの認証方式の提示
probe-waiting-outgoing-sign-in = 送信サーバーによるログインの受け付け
probe-waiting-outgoing-envelope = 送信できることの送信サーバーによる確認
probe-waiting-outgoing-test-message = 送信サーバーによるテストメッセージの受け付け
probe-waiting-any = メールサーバーの応答

## ステップを試行しなかった理由。
probe-skip-no-token = 試行していません：mailsetup はこのアカウントに自分ではログインしません。最初に接続するときに Thunderbird がログインします
probe-skip-password-server = 試行していません：このサーバーにはパスワードでログインします。パスワードは Thunderbird が求めます。mailsetup がパスワードを扱うことはありません
# $step は失敗したステップの名前。
probe-skip-after-failure = 「{ $step }」が失敗したため、試行していません
probe-skip = 試行していません

## 接続。$address はサーバーの IP アドレスとポート、$target はサーバー名と
## ポート（"mail.example.com:993"）、$error はオペレーティングシステム自体の言葉。
probe-detail-connected = { $host }:{ $port }（{ $address }）に接続しました
probe-fail-connection-refused = { $target } が接続を拒否しました（そこで待ち受けているものがないか、ファイアウォールが拒否しています）
probe-fail-connection-reset = { $target } が接続をリセットしました
probe-fail-connect-timed-out = { $target } が応答しませんでした
probe-fail-name-not-resolved = 名前 { $host } を解決できませんでした：{ $error }
probe-fail-cannot-connect = { $target } に接続できません：{ $error }
# $seconds はステップの制限時間。
probe-fail-no-answer = { $seconds } 秒以内に応答がありませんでした

## 接続の保護。$version は TLS のバージョン（"TLSv1.3"）、$command はその
## ためのプロトコルのコマンド（STARTTLS または STLS）、$reason は TLS
## ライブラリ自体の言葉。
probe-detail-tls = { $version }、{ $host } の証明書を検証しました
probe-detail-tls-after-command = { $command } の後に { $version }、{ $host } の証明書を検証しました
probe-fail-tls-server-name = { $host } は有効な TLS サーバー名ではありません
probe-fail-tls-handshake = TLS ハンドシェイクに失敗しました：{ $reason }
probe-fail-tls-certificate = TLS ハンドシェイクに失敗しました：サーバーの証明書が拒否されました：{ $reason }
probe-fail-no-starttls = サーバーは { $command } に対応していません。トークンが暗号化されずに送信されることがないよう、mailsetup はここで中止します
probe-fail-starttls-refused = サーバーが { $command } を拒否しました。トークンが暗号化されずに送信されることがないよう、mailsetup はここで中止します
# $offers はサーバーが提示する内容を SMTP のキーワードで一覧したもの（"AUTH PLAIN, AUTH LOGIN"）。
probe-fail-smtp-no-starttls = サーバーは STARTTLS に対応していません（提示：{ $offers }）。トークンが暗号化されずに送信されることがないよう、mailsetup はここで中止します
probe-fail-smtp-no-starttls-nor-auth = サーバーは STARTTLS に対応していません（STARTTLS も AUTH も提示していません）。トークンが暗号化されずに送信されることがないよう、mailsetup はここで中止します
# $bytes はバイト数。
probe-fail-starttls-injection = サーバーは STARTTLS に同意した直後、暗号化が始まる前に、さらに { $bytes } バイトを平文で送信しました。ネットワーク上の何か（またはサーバー）が接続を改ざんしているため、mailsetup は TLS ハンドシェイクの前に中止しました
probe-fail-not-encrypted = 接続が暗号化されていません。トークンは送信していません

## あいさつ応答と認証方式。$methods はプロトコル自体のキーワードによる
## 方法の一覧（"AUTH=XOAUTH2 AUTH=PLAIN"、"PLAIN XOAUTH2"）。
probe-fail-greeting-refused = サーバーがあいさつ応答で接続を拒否しました
probe-fail-smtp-greeting = サーバーが正しいあいさつ応答を返しませんでした
probe-fail-smtp-more-than-greeting = サーバーは何も問い合わせていないうちに、あいさつ応答以外のデータを送信しました
probe-detail-smtp-greeted = サーバーがあいさつ応答を返しました
probe-detail-smtp-greeted-offers = サーバーがあいさつ応答を返し、EHLO に応答しました（提示：{ $offers }）
probe-detail-smtp-greeted-offers-nothing = サーバーがあいさつ応答を返し、EHLO に応答しました（STARTTLS も AUTH も提示していません）
probe-fail-smtp-ehlo-refused = サーバーが EHLO を拒否しました
probe-detail-offers-xoauth2 = XOAUTH2 に対応しています
probe-detail-offers-xoauth2-among = XOAUTH2 に対応しています（認証方式：{ $methods }）
probe-detail-methods = 認証方式：{ $methods }
probe-detail-imap-methods-login-only = 認証方式：AUTH= 方式なし（LOGIN のみ）
probe-detail-pop3-methods-user-pass-only = 認証方式：SASL 方式なし（USER/PASS のみ）
probe-detail-smtp-offers = 提示：{ $offers }
probe-detail-smtp-offers-nothing = STARTTLS も AUTH も提示していません
probe-fail-no-xoauth2 = サーバーは、トークンでのログインに必要な XOAUTH2 に対応していません。提示されている認証方式：{ $methods }
probe-fail-imap-no-xoauth2-no-methods = サーバーは、トークンでのログインに必要な XOAUTH2 に対応していません。提示されている認証方式：AUTH= 方式なし
probe-fail-pop3-no-xoauth2-no-methods = サーバーは、トークンでのログインに必要な XOAUTH2 に対応していません。提示されている認証方式：SASL 方式なし（USER/PASS のみ）
probe-fail-smtp-no-xoauth2 = サーバーは、トークンでのログインに必要な XOAUTH2（AUTH XOAUTH2）に対応していません
probe-fail-capability = CAPABILITY に失敗しました
# $command は CAPABILITY（IMAP）または CAPA（POP3）。
probe-fail-data-after-capability = サーバーが { $command } の後に予期しないデータを送信しました

## ログイン。$address はメールボックス、またはログインする人。
probe-detail-token-accepted = サーバーが { $address } のトークンを受け付けました
probe-fail-token-refused = サーバーがトークンを拒否しました
probe-fail-auth-not-accepted = サーバーが AUTH XOAUTH2 を受け付けませんでした
probe-fail-auth-unexpected = AUTH に対して予期しない応答がありました

## 受信トレイと終了。$count はメッセージの数。
probe-detail-imap-inbox =
    { $count ->
       *[other] INBOX にはメッセージが { $count } 通あります
    }
probe-detail-pop3-inbox =
    { $count ->
       *[other] 受信トレイにはメッセージが { $count } 通あります
    }
probe-detail-pop3-inbox-open = 受信トレイを開きました
probe-fail-inbox = 受信トレイを開けませんでした
probe-detail-logged-out = 正常にログアウトしました
# $command は LOGOUT（IMAP）または QUIT（POP3）。
probe-fail-logout = { $command } に失敗しました

## サーバーがメールボックスからのメールを受け付けるかどうか。$address は
## メールボックス、$error はメールライブラリ自体の言葉。
probe-detail-envelope = サーバーは { $address } からのメールを受け付けます（その後 RSET：何も送信していません）
probe-fail-sender-invalid = { $address } は差出人として使用できません：{ $error }
probe-fail-sender-needs-smtputf8 = { $address } の @ より前に ASCII 以外の文字が含まれています。このアドレスから送信するにはサーバーの SMTPUTF8 拡張が必要ですが、このサーバーは対応していないため、このアドレスからのメールを受け付けられません

## サーバーが拒否した、または途中で切れた SMTP コマンド。$error はサーバー
## またはメールライブラリが返した内容。
probe-fail-ehlo = EHLO に失敗しました
probe-fail-ehlo-because = EHLO に失敗しました：{ $error }
probe-fail-sender-refused = サーバーが差出人を拒否しました (MAIL FROM)
probe-fail-sender-refused-because = サーバーが差出人を拒否しました (MAIL FROM)：{ $error }
probe-fail-recipient-refused = サーバーが宛先を拒否しました (RCPT TO)
probe-fail-recipient-refused-because = サーバーが宛先を拒否しました (RCPT TO)：{ $error }
probe-fail-rset = RSET に失敗しました
probe-fail-rset-because = RSET に失敗しました：{ $error }
probe-fail-token-refused-because = サーバーがトークンを拒否しました：{ $error }
probe-fail-test-message-refused = サーバーがテストメッセージを拒否しました
probe-fail-test-message-refused-because = サーバーがテストメッセージを拒否しました：{ $error }

## 1 通のテストメッセージ。$sender は送信元として使うアドレス、$recipient は
## ログインした人。
probe-detail-test-message-sent = サーバーが { $sender } から { $recipient } 宛てのテストメッセージを 1 通受け付けました
probe-fail-test-message-address = { $address } はメッセージに使用できません：{ $error }
probe-fail-test-message-build = テストメッセージを作成できませんでした：{ $error }
probe-fail-test-message-envelope = テストメッセージに有効なエンベロープがありません：{ $error }

## 読み取りと書き込み。$error はオペレーティングシステム自体の言葉、
## $limit はバイト数。
probe-fail-read = サーバーからの読み取りに失敗しました：{ $error }
probe-fail-write = サーバーへの書き込みに失敗しました：{ $error }
probe-fail-closed = サーバーが接続を閉じました
probe-fail-cannot-check-connection = 接続を確認できませんでした：{ $error }
probe-fail-line-too-long = サーバーが { $limit } バイトを超える行を送信したため、mailsetup は読み取りを中止しました（メールサーバーがそれほど必要とすることはありません。故障しているか、悪意があります）
probe-fail-step-too-long = サーバーが 1 つのステップへの応答として { $limit } バイトを超えるデータを送信したため、mailsetup は読み取りを中止しました（メールサーバーがそれほど必要とすることはありません。故障しているか、悪意があります）
probe-fail-not-smtp-reply = サーバーの応答は SMTP の応答ではありません
# $first と $then は SMTP の応答コード（250、535）。
probe-fail-smtp-code-changed = サーバーの応答コードが途中で { $first } から { $then } に変わりました
