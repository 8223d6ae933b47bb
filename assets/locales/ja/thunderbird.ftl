### Thunderbird のプロファイルとファイル：それらの読み取りと変更のエラー
### （プロファイルのロック、prefs.js、ログイン情報ストアと Thunderbird の
### NSS、アカウントの OAuth2 への移行、ログインの引き継ぎ、Thunderbird の
### 起動）と、`mailsetup profiles` の一覧。ファイル名（prefs.js、logins.json、
### logins.db、profiles.ini、msgFilterRules.dat）、設定名
### （signon.storage.rust.active）、NSS の関数名、HOME、`mailsetup restore`、
### --format autoconfig はそのまま残します。$path、$profile、$root、$dir、
### $backup_dir はパス、$error はオペレーティングシステムまたはライブラリ
### 自体の言葉。

## レポート、アシスタント、コマンドラインに表示されるエラー。
tb-error-profile-in-use = Thunderbird がプロファイル { $profile } を使用中です。Thunderbird を終了してから、もう一度お試しください
tb-error-read-only-profile = プロファイル { $profile } に書き込めません（{ $error }）。読み取り専用のディスクにあるか、書き込む権限がありません。書き込める場所にコピーするか、このコンピューターの管理者に相談してください
# $found は tb-found-… のテキストのいずれか。
tb-error-not-regular-file = { $path } は{ $found }で、通常のファイルではないため、mailsetup は読み取りません。別の場所に移動してください（Thunderbird はそこに通常のファイルがあるものと想定しています）
# $mebibytes は上限（数値）、$what はファイル名または tb-limit-what-… の
# テキストのいずれか、$why は tb-limit-why-… のテキストのいずれか。
tb-error-too-large = { $path } が { $mebibytes } MiB を超えています。これは mailsetup が { $what } として読み取る上限です（{ $why }）。Thunderbird のファイルでなければ、別の場所に移動してください
tb-error-change-undone = { $path } を置き換えられません：{ $error }。何も変更されていません。すべてのファイルは以前のままです（バックアップは { $backup_dir } にあります）
# $not_restored と $backups はカンマ区切りのパスの一覧。
tb-error-half-changed = { $path } を置き換えられません：{ $error }。さらに { $not_restored } を元に戻せなかったため、プロファイルは途中まで変更された状態です。このプロファイルでもう一度 mailsetup を実行するか（最初にファイルを元に戻します）、次のバックアップを手動でコピーして戻してください：{ $backups }
tb-error-lock-check-failed = Thunderbird がプロファイル { $profile } を使用中かどうか確認できません：{ $error }。Thunderbird を終了してから、もう一度お試しください
# $line はファイル内の行番号、$message はそこにある問題（tb-prefs-nul-byte、
# tb-file-not-utf8、または Thunderbird 自身の prefs.js リーダーの言葉で、
# 英語のまま）。
tb-error-prefs-syntax = { $path }、{ $line } 行目：{ $message }。その行を修正または削除するか（Thunderbird もその行を無視します）、Thunderbird を一度起動して終了し、ファイルを書き直させてください
# $message は INI リーダー自体の言葉。
tb-error-profiles-ini = { $path } は有効な INI ファイルではありません：{ $message }。修正するか、別の場所に移動して Thunderbird に作り直させてください
# $action は tb-action-… のテキストのいずれかで、$path に対してできなかったこと。
tb-error-io = { $action }に失敗しました：{ $path }（{ $error }）。パスが存在し、読み書きの権限があることを確認してください
tb-error-no-home = ホームディレクトリが見つかりません。HOME を設定してください
tb-error-profile-not-found = { $path } に Thunderbird のプロファイルフォルダーがありません。パスを確認してください（プロファイルフォルダーには prefs.js があります）
# $names はカンマ区切りのプロファイル名の一覧。
tb-error-no-default-profile = { $root } には Thunderbird のプロファイルが複数あり（{ $names }）、既定のものがありません。いずれかを明示的に指定してください
# $field は tb-field-… のテキストのいずれか、$problem はその問題を示す
# テキスト（tb-invalid-…、tb-migrate-…、tb-identity-…、tb-journal-…、
# tb-restore-…、tb-export-…、tb-pref-unwritable）。「アカウントの問題
# （アドレス）：空です」のように続きます。
tb-error-invalid-account = アカウントの問題（{ $field }）：{ $problem }。アカウントの設定を確認してください
# $message は tb-logins-… のテキストのいずれか。
tb-error-logins-invalid = { $path } は Thunderbird が読み取れるログイン情報ストアではありません：{ $message }。何も変更していません（Thunderbird はこのファイルを脇に置いてしまい、mailsetup が追加したものは失われます）
tb-error-logins-elsewhere = このプロファイルは保存されたログイン情報を logins.db（signon.storage.rust.active）に保持していますが、mailsetup はそこには書き込みません。何も変更していません
tb-error-primary-password = { $profile } の保存されたログイン情報はマスターパスワードで保護されているため、mailsetup はログインを Thunderbird に引き継げません。何も変更していません
# $error は tb-nss-… のテキストのいずれか。
tb-error-nss = { $error }。何も変更していません

## ファイルに対してできなかったこと。tb-error-io（「{ $action }に失敗しました：{ $path }」）の中で使います。
tb-action-read = 読み取り
tb-action-write = 書き込み
tb-action-create = 作成
tb-action-copy = コピー
tb-action-remove = 削除
tb-action-replace = 置き換え
tb-action-resolve = パスの解決
tb-action-flush = ディスクへの書き出し
tb-action-set-permissions = アクセス許可の設定
tb-action-create-private-directory = 専用フォルダーの作成
tb-action-create-temporary-file = 一時ファイルの作成
tb-action-create-backup = バックアップの作成
tb-action-create-backup-of = 次のファイルのバックアップの作成
tb-action-write-backup = バックアップの書き込み

## 問題のある設定。tb-error-invalid-account（「アカウントの問題（{ $field }）：…」）の中で使います。
tb-field-address = アドレス
tb-field-display-name = 表示名
tb-field-incoming-host = 受信サーバー名
tb-field-smtp-host = SMTP サーバー名
tb-field-incoming-port = 受信ポート
tb-field-smtp-port = SMTP ポート
tb-field-settings = 設定
tb-field-account = アカウント
tb-field-user-name = ユーザー名
tb-field-identity = 差出人情報
tb-field-backup = バックアップ
tb-field-export = エクスポート
tb-field-change-journal = 変更記録

## ファイルがあるべき場所にあるもの。tb-error-not-regular-file の中で使います。
tb-found-directory = ディレクトリ
tb-found-symbolic-link = シンボリックリンク
tb-found-named-pipe = 名前付きパイプ（FIFO）
tb-found-socket = ソケット
tb-found-device = デバイス
tb-found-not-regular-file = 通常のファイル以外のもの

## mailsetup が一定のサイズまでしか読み取らないファイルと、そのサイズの
## 理由。tb-error-too-large の中で使います。
tb-limit-what-login-store = ログイン情報ストア
tb-limit-what-profile-list = プロファイル一覧
tb-limit-what-key-store = Thunderbird のキーストア
tb-limit-what-change-journal = 変更記録
tb-limit-why-prefs = Thunderbird が書き込むことが知られている最大の prefs.js の 10 倍
tb-limit-why-logins = 数万件のログイン情報が入る大きさで、実際のどのプロファイルよりもはるかに多い量です
tb-limit-why-filters = 約 10 万件のメッセージフィルターが入る大きさです
tb-limit-why-profiles = 数千件のプロファイルが入る大きさです。Thunderbird が書き込むのはプロファイルごとに数行です
tb-limit-why-key-store = Thunderbird が作成するどのキーストアよりも何倍も大きいサイズです
tb-limit-why-change-journal = 変更の対象となるファイル 1 つにつき数百バイトです

## prefs.js の読み取り。
tb-file-not-utf8 = ファイルが UTF-8 のテキストではありません
tb-prefs-nul-byte = ファイルに NUL バイトがあります。Thunderbird はそこで読み取りを止めます
# $name は引用符で囲んだ設定名。
tb-pref-unwritable = 設定 { $name } を書き込めません：{ $reason }
tb-pref-name-empty = 名前が空です
tb-pref-name-nul = 名前に NUL 文字が含まれています。設定には NUL 文字を保存できません
tb-pref-value-nul = 値に NUL 文字が含まれています。設定には NUL 文字を保存できません

## 設定の問題点。tb-error-invalid-account で設定名の後に続きます。
tb-invalid-is-empty = 空です
tb-invalid-not-an-address = メールアドレスではありません（@ が必要で、空白は使えません）
tb-invalid-contains-nul = NUL 文字が含まれています。Thunderbird の設定には NUL 文字を保存できません
tb-invalid-not-a-host-name = ホスト名ではありません
tb-invalid-port-zero = 0 になっています
# $account は prefs.js でのアカウントのキー（account1）。
tb-invalid-account-not-in-profile = { $account } はこのプロファイルにありません
tb-invalid-user-name-not-set = サーバーに設定されていません

## アカウントの OAuth2 への移行。$account は prefs.js でのアカウントの
## キー（account1）。
tb-migrate-not-a-mail-account = { $account } はこのプロファイルのメールアカウントではありません
# $kind は prefs.js での呼び方によるアカウントの種類（nntp、rss、ews）。
tb-migrate-not-imap-or-pop = { $account } は { $kind } アカウントです。OAuth2 に移行できるのは IMAP と POP のアカウントだけです
# $user_name は引用符で囲んだアカウントのユーザー名。
tb-migrate-no-address = { $account } にはログインに使うメールアドレスがありません（ユーザー名 { $user_name }）。アドレスを指定してください
# $pref は設定名。
tb-migrate-cannot-write = { $pref } を書き込めません
# 計画とともに表示される注意。$origin はパスワードの保存先（imap://mail.example.com）。
tb-migrate-note-password-stays = { $origin } の保存されたパスワードは残します。別のアカウントがまだそこにパスワードでログインしており、Thunderbird はユーザー名を暗号化しているため、2 つを区別できないからです
tb-migrate-note-logins-db = logins.db（Thunderbird が使っていない logins.json の複製）はそのまま残します

## アカウントへのアドレス（差出人情報）の追加。
# $alias は引用符で囲んだ、指定されたアドレス。
tb-identity-not-an-address = { $alias } はメールアドレスではありません
tb-identity-name-nul = 名前に NUL 文字が含まれています。Thunderbird の設定には NUL 文字を保存できません
tb-identity-no-prefs = プロファイルに prefs.js がないため、アドレスを追加できるアカウントがありません
# $account は prefs.js でのアカウントのキー（account1）。
tb-identity-no-such-account = { $account } は、このプロファイル内の差出人情報を持つアカウントではありません

## 完了しなかった変更の記録。mailsetup はクラッシュの後にこれを読んで
## ファイルを元に戻します。$path は変更記録のパス、$why はその後に続く
## tb-journal-… のテキストのいずれか。
tb-journal-refused = { $path }：{ $why }。mailsetup が書き込んだものでなければ、別の場所に移動してください
# $error は JSON リーダー自体の言葉。
tb-journal-not-a-journal = mailsetup が書き込む変更記録ではありません（{ $error }）
tb-journal-names-other-file = どの変更でも書き込まれることのない { $path } を指しています
# $name は引用符で囲んだファイル名。
tb-journal-names-bad-backup = ファイル名ではないバックアップ { $name } を指しています

## バックアップの復元。$which は引用符で囲んだ、指定された値。
tb-restore-not-a-backup = { $which } はこのプロファイルのバックアップではありません（`mailsetup restore` で一覧を表示できます）

## 多数のコンピューター向けのアカウントのエクスポート（policies.json、
## mozilla.cfg）。${NAME} は環境変数のプレースホルダー、$text と $name は
## 引用符で囲んだ、指定された値。
tb-export-unclosed-placeholder = { $text } の ${"{"} が閉じられていません
tb-export-bad-variable-name = { $name } は環境変数名ではありません（英字、数字、_ のみ）
tb-export-value-nul = 値に NUL 文字が含まれています。設定には NUL 文字を保存できません
tb-export-policies-placeholder = policies.json はコンピューターのすべてのユーザーで共通なので、{ $text } にユーザーごとのプレースホルダーは使えません。--format autoconfig を使ってください

## ログイン情報ストア（logins.json）。tb-error-logins-invalid の後に続きます。
# $error は JSON リーダー自体の言葉。
tb-logins-not-json = JSON ではありません（{ $error }）
tb-logins-not-an-object = JSON オブジェクトではありません
# $number は保存されたログイン情報の 1 から始まる番号。
tb-logins-entry-not-an-object = { $number } 番目のログイン情報がオブジェクトではありません
tb-logins-not-a-list = "logins" がリストではありません
tb-logins-no-list = "logins" のリストがありません
tb-logins-next-id = "nextId" が整数ではありません

## 保存されたログイン情報を暗号化する Thunderbird の NSS。$dir は
## Thunderbird のインストール先のフォルダー。
# $looked_in はカンマ区切りのフォルダーの一覧。
tb-nss-not-found = NSS ライブラリを含む Thunderbird のインストールが見つかりませんでした（検索場所：{ $looked_in }）
# $reason は下の 2 つのテキストのいずれか、またはシステムのローダー自体の言葉。
tb-nss-unloadable = { $dir } にある Thunderbird の NSS を読み込めませんでした：{ $reason }
tb-nss-library-missing = NSS ライブラリがありません
# $file はライブラリのパス。
tb-nss-did-not-load = { $file } を読み込めませんでした
# $loaded と $wanted はインストール先のフォルダー。
tb-nss-other-install-loaded = この実行ではすでに { $loaded } の NSS を使用しているため、{ $wanted } の NSS は使用できません
tb-nss-primary-password = このプロファイルの保存されたログイン情報はマスターパスワードで保護されています
# $call は NSS の関数名、$code は NSS のエラー番号。
tb-nss-call-failed = NSS の { $call } に失敗しました（NSS エラー { $code }）
tb-nss-still-open = Thunderbird の NSS が以前のキーストアを開いたままです。もう一度 mailsetup を実行してください
tb-nss-not-base64 = 保存されたログイン情報が、Thunderbird が書き込む base64 形式ではありません

## アシスタントの最後のページからの Thunderbird の起動。
tb-launch-already-open = Thunderbird はすでに開いています
# $program はプログラムのパス。
tb-launch-failed = Thunderbird を起動できませんでした（{ $program }：{ $error }）

## mailsetup profiles：各プロファイルとそのアカウント。
tb-listing-profile = { $name }：{ $path }
tb-listing-profile-default = { $name }（既定）：{ $path }
# $problem は上のエラーのいずれか。
tb-listing-accounts-unknown = アカウント不明：{ $problem }
tb-listing-no-accounts = メールアカウントなし
# $kind はアカウントの種類（imap、pop3）、$sign_in は tb-sign-in-… の
# テキストのいずれか。
tb-listing-account = { $address }：{ $kind } { $host }（{ $sign_in }）
# メールアドレスのないアカウントで、アドレスの代わりに表示。
tb-listing-no-identity = （差出人情報なし）
# 同じ行で tb-listing-account の後に続きます。
tb-listing-sends-via = 、送信は { $host }（{ $sign_in }）
# $hash はインストールの ID、$dir はそのフォルダー（または
# tb-listing-an-install）、$profile はそれが開くプロファイル（または
# tb-listing-opens-nothing）。
tb-listing-install = インストール { $hash }（{ $dir }）が開くプロファイル：{ $profile }
tb-listing-an-install = 場所不明
tb-listing-opens-nothing = なし
tb-listing-no-profiles = プロファイルなし
# アカウントの前に角かっこで表示する、そのアカウントに必要なこと。cli-profiles-needs-oauth2（cli.ftl）がこの表示を参照します。
tb-status-needs-oauth2 = OAuth2 が必要
tb-status-ok = 問題なし
tb-status-unknown-provider = 不明なプロバイダー
# サーバーのログイン方法。
tb-sign-in-none = 認証なし
tb-sign-in-password = パスワード
tb-sign-in-kerberos = Kerberos
tb-sign-in-ntlm = NTLM
tb-sign-in-tls-certificate = TLS 証明書
tb-sign-in-oauth2 = OAuth2
tb-sign-in-other = その他の方法
