### アドレスのプロバイダーとメール設定の検出：計画のログイン方法、警告と
### 注意、各問い合わせの根拠（`mailsetup detect` とアシスタントが一覧表示
### するもの）、そしてプロバイダーファイル、ホスト名、autoconfig ドキュメント
### のエラー。プロトコルとレコードの名前（IMAP、POP3、SMTP、TLS、OAuth2、
### DNS、MX、SRV、RFC 6186、HTTP）、Microsoft のサービス名（Microsoft
### Entra、Exchange Online、Autodiscover）、XML 要素（<emailProvider>、
### <domain>）、ファイルのセクション（[imap]、[pop3]、[smtp]、[oauth]）、
### キー（oauth.scopes、auth = "password"）、環境変数（MAILSETUP_…）、
### テナント（"common"、"organizations"）はそのまま残します。$domain は
### アドレスのドメイン、$host はサーバー名、$provider はプロバイダー名、
### $error はライブラリ自体の言葉。

## アカウントの種類を表すプロバイダー名。
provider-name-microsoft-365 = Microsoft 365（職場または学校アカウント）
provider-name-outlook-consumer = Outlook.com（Microsoft 個人アカウント）

## 計画を立てられなかった理由（アシスタントとコマンドライン）。
# $choice は provider-name-microsoft-365 で、ユーザーが選択できるもの。
provider-error-unknown-domain = { $domain } をホストしているプロバイダーが mailsetup にはわかりません。組織で使用している場合は「{ $choice }」を選んでください
provider-error-nothing-found = mailsetup は { $domain } のメール設定を見つけられませんでした（各問い合わせ先の応答は問い合わせの一覧に表示されます）。サーバーを手動で入力するか、組織で使用している場合は「{ $choice }」を選んでください
provider-error-no-answer = { $domain } の問い合わせにどれも応答がありませんでした。このコンピューターはオフラインのようです。ネットワーク接続を確認してもう一度お試しいただくか、サーバーを手動で入力してください

## サーバーのログイン方法（短い言葉で）。
provider-auth-none = 認証なし
provider-auth-password = パスワード
provider-auth-encrypted-password = 暗号化されたパスワード
provider-auth-kerberos = Kerberos
provider-auth-ntlm = NTLM
provider-auth-oauth2 = OAuth2

## 計画のログイン方法を 1 行で。$issuer はトークンの発行元
## （login.microsoftonline.com）、$scopes はプロバイダーの呼び方による、
## 要求するアクセス許可。
provider-sign-in-oauth2 = { $issuer } での OAuth2（スコープ：{ $scopes }）
# $sign_in は provider-sign-in-oauth2、$tenant は Microsoft での組織の ID。
provider-sign-in-tenant = { $sign_in }、テナント { $tenant }
# $realm は Managed または Federated（Microsoft 自身の言葉）。
provider-sign-in-realm = { $sign_in }、ドメインの種類 { $realm }
provider-sign-in-oauth2-by-thunderbird = { $issuer } での OAuth2（スコープ：{ $scopes }）。Thunderbird 自身が行います
provider-sign-in-password = パスワード（Thunderbird が入力を求めます）
# 2 つのサーバーのうち一方だけが OAuth2 でログインする場合：$sign_in は上の
# テキストのいずれか、$other はもう一方のサーバーのログイン方法（provider-auth-…）。
provider-sign-in-only-receiving = 受信は { $sign_in }、送信は { $other }
provider-sign-in-only-sending = 送信は { $sign_in }、受信は { $other }

## 一部のプロバイダーで、mailsetup ではなく Thunderbird が OAuth2 でログインする理由。
provider-why-google = Google のログインにはクライアントシークレット付きのアプリ登録が必要ですが、mailsetup は他のアプリのシークレットを埋め込みません。mailsetup はログインせずにサーバーを確認してアカウントを書き込み、その後 Thunderbird が自分で Google にログインします。ログインも確認したい場合は、ヘルプデスクが組織独自の Google のアプリ登録をプロバイダーファイルで mailsetup に渡すことができます。
provider-why-redirect = Thunderbird 用の { $provider } のアプリ登録は https://127.0.0.1 にリダイレクトしますが、mailsetup はこれを受け取れません。mailsetup はログインせずにサーバーを確認してアカウントを書き込み、その後 Thunderbird が自分で { $provider } にログインします。
# $issuer はプロバイダーのログイン先（comcast.net）。
provider-why-no-registration = Thunderbird は { $issuer } にある独自のアプリ登録で { $provider } にログインしますが、mailsetup はその登録を持っていません。mailsetup はログインせずにサーバーを確認してアカウントを書き込み、その後 Thunderbird が自分でログインします。

## パスワードでログインするプロバイダーで最初に行うこと。メニューのパス
## （E-Mail › Settings › POP3 & IMAP）はプロバイダー自身の Web ページの
## 名前です。GMX、WEB.DE、mailbox.org には日本語のページがないため、
## 表示されているとおりの名前にしています。
provider-note-gmx = 先に Web メールの設定（E-Mail › Settings › POP3 & IMAP）で「POP3 & IMAP access」をオンにしてください。2 段階認証を使っている場合は、アプリケーション専用パスワードを使ってください。
provider-note-zoho = 先に Zoho Mail の設定（設定 › メールアカウント › IMAP）で IMAP アクセスをオンにしてください。2 段階認証を使っている場合は、Zoho のアカウントのセキュリティ設定で Thunderbird 用のアプリケーション専用パスワードを作成してください。
provider-note-icloud = iCloud にはメールアプリ向けの OAuth2 がありません。account.apple.com で App 用パスワードを作成し（サインインとセキュリティ › App 用パスワード。2 ファクタ認証をオンにしておく必要があります）、Apple アカウントのパスワードではなく、その App 用パスワードを Thunderbird に入力してください。
provider-note-web-de = 先に WEB.DE の設定（E-Mail › Settings › POP3/IMAP）で「POP3/IMAP access」をオンにしてください。2 段階認証を使っている場合は、アプリケーション専用パスワードを使ってください。
provider-note-mailbox-org = mailbox.org では、メールアプリはパスワードでログインします。2 段階認証をオンにしている場合は、mailbox.org の設定（Security › App passwords）で Thunderbird 用のアプリパスワードを作成してください。
provider-note-srv = DNS SRV レコードにはサーバーは記載されていますが、ログイン方法は記載されていません。Thunderbird からパスワードを求められます。

## 計画とともに表示される警告。
provider-warning-not-in-oauth-table = Thunderbird が OAuth2 でログインするのは内蔵の一覧にあるサーバーだけですが、{ $host } はその一覧にありません。このアカウントでは Thunderbird は OAuth2 を使用できません。
# $first と $second は 2 つのサーバーの名前。
provider-warning-not-in-oauth-table-two = Thunderbird が OAuth2 でログインするのは内蔵の一覧にあるサーバーだけですが、{ $first } と { $second } はその一覧にありません。このアカウントでは Thunderbird は OAuth2 を使用できません。
# $cloud は Microsoft でのクラウドの名前（microsoftonline.us）。
provider-warning-national-cloud = テナントは国別クラウド（{ $cloud }）にあります。Thunderbird の Microsoft ログインと outlook.office365.com はグローバルクラウドにしか対応していないため、ログインに失敗する可能性があります。
# $tenant は "common" または "organizations"（Microsoft でのログイン先の名前）。
provider-warning-no-tenant = Microsoft には { $domain } の職場または学校のテナントがありません。「{ $tenant }」でログインします。
provider-warning-tenant-unknown = Microsoft のテナントを調べられませんでした。「{ $tenant }」でログインします（任意の職場または学校アカウント）。
# $brand は Microsoft に登録されている組織名、$host は組織独自のログイン
# ページがある場所。
provider-warning-federated = 組織独自のページでログインします。Microsoft でアドレスを入力すると、ブラウザーがそのページに移動し、2 つ目の認証要素や登録済みのデバイスを求められることがあります。
provider-warning-federated-brand = 組織独自のページ（{ $brand }）でログインします。Microsoft でアドレスを入力すると、ブラウザーがそのページに移動し、2 つ目の認証要素や登録済みのデバイスを求められることがあります。
provider-warning-federated-host = { $host } にある組織独自のページでログインします。Microsoft でアドレスを入力すると、ブラウザーがそのページに移動し、2 つ目の認証要素や登録済みのデバイスを求められることがあります。
provider-warning-federated-brand-host = { $host } にある組織独自のページ（{ $brand }）でログインします。Microsoft でアドレスを入力すると、ブラウザーがそのページに移動し、2 つ目の認証要素や登録済みのデバイスを求められることがあります。
# $server_says はメールサーバー自体の応答（英語）。
provider-warning-no-mailbox = Autodiscover はこのアドレスの Exchange Online メールボックスを認識していません。ログインできても IMAP が「{ $server_says }」と応答する場合、メールボックスは別の場所にあるか、Exchange Online のライセンスがありません。
provider-warning-autodiscover-silent = Autodiscover が応答しなかったため、メールボックスが Exchange Online にあるかどうかはわかりません。
# 何かを書き込む前に設定を中止する理由。$host は組織の Exchange サーバー。
provider-stop-on-premises = メールボックスは Exchange Online ではなく、組織独自の Exchange サーバー（{ $host }）にあります。Microsoft 365 のログイン（OAuth2）で使えるのは Exchange Online のメールボックスだけで、Thunderbird が OAuth2 を使えるのは outlook.office365.com だけなので、mailsetup はこのアカウントを移行できません。{ $host } の IMAP と SMTP の設定を IT 部門に問い合わせてください。

## mailsetup detect：テキストの計画。$millis はミリ秒単位の時間。
provider-detect-title = { $address } のアカウント計画（{ $millis } ms）
provider-detect-provider = プロバイダー：{ $provider }
# $protocol は IMAP または POP3、$server はサーバーとそのログイン方法。
provider-detect-incoming = 受信 ({ $protocol })：{ $server }
provider-detect-outgoing = 送信 (SMTP)：{ $server }
provider-detect-sign-in = ログイン：{ $sign_in }
provider-detect-warning = 警告：{ $warning }
# $stop は設定を中止する理由（provider-stop-…）。「中止」は目を引くための表示。
provider-detect-stop = 中止：{ $stop }
provider-detect-no-plan = 計画なし：{ $reason }
provider-detect-nothing-found = 何も見つかりませんでした
provider-detect-lookups = 問い合わせ：

## 一覧内の 1 つの問い合わせ。$source は問い合わせの ID（dns-mx、ispdb）で
## そのまま残します。$millis はかかった時間（ミリ秒）、$outcome は
## provider-outcome-… の言葉のいずれか、$said は見つかった内容。
provider-evidence = { $source }（{ $millis } ms、{ $outcome }）：{ $said }
# [使用] は計画が根拠にしている問い合わせの印。
provider-evidence-used = { $source }（{ $millis } ms、{ $outcome }）[使用]：{ $said }
provider-outcome-found = 検出
provider-outcome-nothing = なし
provider-outcome-unreachable = 到達不能
provider-outcome-timed-out = タイムアウト
provider-outcome-invalid = 無効
provider-outcome-not-needed = 不要

## アシスタントに表示する、わかりやすい言葉での問い合わせの一覧：どんな
## 場所に問い合わせたか、そしてその結果。
provider-source-catalogue = 内蔵のプロバイダー一覧
provider-source-provider-file = プロバイダーファイル
provider-source-autoconfig = プロバイダーの設定サーバー
provider-source-autoconfig-well-known = ドメインの Web サーバー
provider-source-ispdb = Thunderbird のプロバイダー一覧
provider-source-dns-mx = メールの配送先 (DNS)
provider-source-dns-srv = サーバーレコード (DNS)
provider-source-microsoft-tenant = Microsoft：組織
provider-source-microsoft-realm = Microsoft：ログインページ
provider-source-microsoft-autodiscover = Microsoft：メールボックス
provider-plain-found = 見つかりました
provider-plain-not-found = 見つかりませんでした
provider-plain-no-answer = 応答なし
provider-plain-unusable = 使用できない応答がありました
provider-plain-not-needed = 不要
provider-plain-refused = 拒否されました
provider-plain-name-not-found = 応答なし（サーバー名を解決できませんでした）
provider-plain-cannot-connect = 応答なし（接続できませんでした）

## 問い合わせで見つかった内容（根拠としての表記）。
provider-evidence-provider-file = プロバイダーファイルが { $domain } を対象にしています
provider-evidence-catalogue = mailsetup の内蔵カタログでは、{ $domain } は { $provider } です
provider-evidence-abandoned = 計画の完成時にまだ実行中だったため、中断しました
provider-evidence-too-large = 応答が大きすぎるため、無視しました
# $millis は問い合わせの制限時間（ミリ秒）。
provider-evidence-timed-out = { $millis } ms 以内に応答がありませんでした
# $tenant は Microsoft での組織の ID、$cloud はそのクラウド
# （microsoftonline.com）、$region は Microsoft でのリージョン名（EU）。
provider-evidence-tenant = Microsoft Entra テナント：{ $cloud } の { $tenant }
provider-evidence-tenant-region = Microsoft Entra テナント：{ $cloud } の { $tenant }、リージョン { $region }
# $code は Microsoft のエラーコード。
provider-evidence-no-tenant = { $code }：このドメインを持つ Microsoft Entra テナントはありません
# "NameSpaceType Unknown"、"Managed"、"Federated" は Microsoft 自身の言葉。
provider-evidence-realm-unknown = Microsoft はこのドメインを認識していません（NameSpaceType Unknown）
provider-evidence-realm-managed = Managed：Microsoft 自身のログインページ
# $place はログインの続行先：サーバー名、または provider-evidence-realm-own-provider。
# $brand は Microsoft に登録されている組織名。
provider-evidence-realm-federated = Federated：ログインは { $place } で続行します
provider-evidence-realm-federated-brand = Federated：ログインは { $place }（{ $brand }）で続行します
provider-evidence-realm-own-provider = 組織独自の ID プロバイダー
provider-evidence-mailbox-online = メールボックスは Exchange Online にあります
provider-evidence-mailbox-on-premises = メールボックスは組織独自の Exchange サーバー（{ $host }）にあります
provider-evidence-mailbox-unknown = このアドレスの Exchange Online メールボックスはありません
# $host はドメインの MX レコードの最初のメールサーバー。
provider-evidence-mx = メールの配送先は { $host }：{ $provider }
provider-evidence-mx-unknown = メールの配送先は { $host } ですが、mailsetup が知っているプロバイダーを示していません
provider-evidence-no-mx = MX レコードがありません
# $records は見つかった SRV レコードの一覧（_imaps._tcp -> host:port）。
provider-evidence-srv-incomplete = { $records }（不完全：受信サーバー（IMAP または POP3）と送信サーバーの両方が必要です）
provider-evidence-no-srv = RFC 6186 の SRV レコードがありません
# $name は設定ドキュメント内のプロバイダー名、$servers はそこに記載された
# サーバー、$why はそれで足りない理由（provider-autoconfig-…）。
provider-evidence-config-unusable = { $name }：使用できるものがありません：{ $why }
provider-evidence-config-incomplete = { $name }：{ $servers }（不完全：{ $why }）
# $status は HTTP ステータスコード、$location は応答が示す移動先。
provider-evidence-redirected = HTTP { $status }：{ $location } にリダイレクトされました（追跡していません）
provider-evidence-no-config = HTTP { $status }：ここには設定がありません

## 使用できない設定ドキュメント（autoconfig、config-v1.1.xml）。
# $limit はバイト数。
provider-autoconfig-too-large = ドキュメントが { $limit } バイトを超えています
# $why は下のテキストのいずれか、または XML リーダー自体の言葉。
provider-autoconfig-malformed = ドキュメントが有効な config-v1.1.xml ではありません：{ $why }
provider-autoconfig-no-usable-server = ドキュメントに Thunderbird が使用できるサーバーがありません：{ $why }
provider-autoconfig-not-utf8 = UTF-8 ではありません
provider-autoconfig-dtd = DTD を宣言しています（autoconfig のドキュメントでは決してないことです）
provider-autoconfig-no-provider = <emailProvider> がありません
provider-autoconfig-no-domain = Thunderbird に必要な <domain> がありません
provider-autoconfig-lists-none = 何も記載されていません
provider-autoconfig-incoming-plain = 受信サーバーがすべて暗号化なし（plain）で、mailsetup はこれを使いません。パスワードが平文で送られてしまいます
provider-autoconfig-no-incoming = Thunderbird が使用できる IMAP または POP3 サーバーがありません
provider-autoconfig-smtp-plain = SMTP サーバーがすべて暗号化なし（plain）で、mailsetup はこれを使いません
provider-autoconfig-no-smtp = Thunderbird が使用できる SMTP サーバーがありません
# ドキュメントから除外したサーバー。$kind はドキュメントでのサーバーの
# 種類（IMAP、POP3、SMTP、またはドキュメントに書かれているもの）。
provider-autoconfig-unknown-type = 種類が「{ $kind }」のサーバーは、Thunderbird が設定できるものではありません
provider-autoconfig-no-host = { $kind } サーバーにホスト名がありません
provider-autoconfig-bad-host = { $kind } サーバーのホスト名が正しくありません
provider-autoconfig-no-port = { $kind } { $host } に 1～65535 のポートがありません
provider-autoconfig-no-socket-type = { $kind } { $host }:{ $port } に Thunderbird が認識できるソケットの種類がありません
provider-autoconfig-oauth2-only = { $kind } { $host } は OAuth2 にしか対応していませんが、Thunderbird 内蔵の OAuth2 の一覧に { $host } がないため、Thunderbird はそこにログインできません
provider-autoconfig-no-sign-in-method = { $kind } { $host } に Thunderbird が認識できるログイン方法がありません

## 問い合わせ自体の失敗。
provider-dns-no-settings = システムの DNS 設定を読み取れません：{ $error }
provider-dns-off = DNS の問い合わせが無効になっています
provider-dns-cannot-start = DNS リゾルバーを開始できません：{ $error }
# $why は provider-http-… とネットワークライブラリ自体の言葉。
provider-http-unreachable = 到達できません：{ $why }
# $kibibytes は上限（数値）。
provider-http-too-large = 応答が { $kibibytes } KiB を超えています
provider-http-timed-out = 時間内に応答がありませんでした
provider-http-cannot-connect = 接続できません
provider-http-failed = 要求に失敗しました
provider-microsoft-openid-not-json = OpenID 構成が有効な JSON ではありません：{ $error }
provider-microsoft-openid-no-issuer = OpenID 構成に issuer がありません
# $issuer は Microsoft の応答。
provider-microsoft-issuer-no-tenant = issuer { $issuer } にテナント GUID が含まれていません
provider-microsoft-realm-not-json = user realm の応答が有効な JSON ではありません：{ $error }
provider-microsoft-autodiscover-not-json = Autodiscover の応答が有効な JSON ではありません：{ $error }
# Url と Location は Microsoft の応答のフィールド名。
provider-microsoft-autodiscover-no-url = Autodiscover の応答に Url がありません
# $url は Microsoft の応答。
provider-microsoft-autodiscover-bad-url = Autodiscover の Url { $url } は URL ではありません
provider-microsoft-autodiscover-no-location = Autodiscover が Location なしでリダイレクトしました
provider-microsoft-autodiscover-location-not-url = Autodiscover が URL ではないものにリダイレクトしました

## テスト環境用の環境変数（開発者とヘルプデスク向け）。
# $value は変数の値。
provider-env-dns-server = MAILSETUP_DNS_SERVER={ $value } は ip:port の形式ではありません
# $name は変数の名前。
provider-env-not-https = { $name } は https の URL である必要があります
provider-env-deadline = MAILSETUP_DISCOVERY_DEADLINE_MS={ $value } は数値ではありません

## プロバイダーファイル（--provider-file）。$path はファイルのパス。
provider-file-unreadable = プロバイダーファイル { $path } を読み取れません：{ $error }
# $message は下のテキストのいずれか、または TOML リーダー自体の言葉。
provider-file-invalid = プロバイダーファイル { $path } が正しくありません：{ $message }
provider-file-no-scopes = oauth.scopes が空です
# $field は authorize_url または token_url、$url はファイルでの指定値。
provider-file-not-https = トークンは TLS なしでは決して送信しないため、oauth.{ $field } には https を使う必要があります（指定値：{ $url }）
provider-file-imap-and-pop3 = ファイルに [imap] と [pop3] の両方があります。1 つのアカウントの受信サーバーは 1 つだけです
provider-file-no-incoming = ファイルには受信サーバー（[imap] または [pop3]）が必要です
provider-file-no-oauth2 = OAuth2 でログインするサーバーがない（どちらも auth = "password"）ため、[oauth] の登録は使われません
# $section は imap、pop3、smtp のいずれか。
provider-file-port-zero = [{ $section }] の port に 0 は指定できません
# $line はファイル内の行番号、$host は書かれたとおりのホスト（引用符付き）、
# $why は provider-host-… のテキストのいずれか。
provider-file-bad-host = [{ $section }] の { $line } 行目の host（{ $host }）：{ $why }

## テキストがホスト名ではない理由。provider-file-bad-host で「host（…）：」の後に続きます。
provider-host-empty = 空です
# $what は provider-host-char-… のテキストのいずれか、または引用符で囲んだ
# 文字。$position は 1 から数えた文字の位置。
provider-host-bad-character = { $position } 文字目に { $what } が含まれています。ホスト名に使えるのは英字、数字、ハイフン、ドットだけです
provider-host-url = URL になっています。スキームやパスを付けずに、ホスト名だけを指定してください（imap.example.com など）
provider-host-port = コロンの後にポートが付いています。ポートは別に指定してください（`port = …`）
# $length と $longest は文字数。
provider-host-too-long = { $length } 文字あります。ホスト名は最大 { $longest } 文字です
provider-host-empty-label = 空のラベルがあります（先頭のドット、または 2 つ続いたドット）
provider-host-long-label = { $length } 文字のラベルがあります。ラベルは最大 { $longest } 文字です
provider-host-hyphen = ラベル「{ $label }」がハイフンで始まっているか、ハイフンで終わっています
provider-host-bad-idn = 有効な国際化ドメイン名ではありません
provider-host-char-cr = 復帰文字（CR）
provider-host-char-lf = 改行文字（LF）
provider-host-char-nul = NUL 文字
provider-host-char-tab = タブ
provider-host-char-space = 空白
# $code は文字の番号（U+200B）。
provider-host-char-invisible = 不可視の文字 { $code }
