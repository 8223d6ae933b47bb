### コマンドラインのヘルプテキスト：`mailsetup --help`、`mailsetup
### コマンド --help`、-h、man ページ、シェル補完が、各コマンド、オプション、
### 引数、値について表示する内容（その周りに clap が書く言葉は usage.ftl
### にあります）。src/cli/mod.rs と src/cli/tb.rs の clap の定義から参照されます。
###
### `help-cmd-…` はコマンドの 1 行の概要（コマンド一覧、-h）、
### `help-cmd-…-long` は --help のテキストで、空行で新しい段落が始まります。
### ここでの改行はヘルプでもそのまま改行になるので、各段落は 1 行にします。
### 概要とオプションの説明は句点なしで終わります。`help-value-…` は値の
### プレースホルダー（--profile フォルダー）です。オプション（--all-users）、
### コマンド（`doctor`）、ファイル名、環境変数はそのまま残します。

## mailsetup 自体と、すべてのコマンドで使えるオプション。
help-cmd-mailsetup = Mail Setup アシスタント：メールアカウントを OAuth2 に移行し、Thunderbird を設定します
# `mailsetup --help` の最後に表示。
help-cmd-mailsetup-after = 終了ステータス：0 はすべての確認に成功、1 は確認に失敗（または何も見つからなかった）、2 はコマンドを実行できなかったことを示します。
help-sandbox = 内蔵の練習用プロバイダーで一通り試します。アカウントは不要です
help-verbose = ログメッセージ（秘密情報は含みません）を標準エラー出力に表示します
help-lang = 使用する言語（de、fr、pt-BR…）。指定しない場合は MAILSETUP_LANG、次にシステムの言語を使います。JSON のキー、ID、サーバー自身の言葉はそのまま残ります
help-fix-needed = ログオンスクリプトやデスクトップのショートカット用：このユーザーの Thunderbird アカウントがすべて正常なら何もしません（終了ステータス 0）。そうでなければ、修復が必要な最初のアカウントでアシスタントを開き、その理由を表示します

## コマンド：概要と、一部のコマンドでは --help の長いテキスト。
help-cmd-setup = ログインし、IMAP と SMTP を確認して、アカウントを Thunderbird に追加します
help-cmd-check = サーバーを特定し、ログインして IMAP と SMTP を確認します。何も書き込みません。失敗したステップはすべて説明されます（診断）
help-cmd-check-long =
    サーバーを特定し、ログインして IMAP と SMTP を確認します。何も書き込みません。失敗したステップはすべて説明されます（診断）。

    終了ステータス：0 はすべての確認に成功、1 は確認に失敗、2 は実行できなかったことを示します。
help-cmd-explain = エラーをオフラインで説明します：AADSTS コード、SMTP や IMAP の応答、または貼り付けた任意のエラーテキスト。何が起きたか、ご自身でできること、管理者が行う必要があることを表示します
help-cmd-explain-long =
    エラーをオフラインで説明します：AADSTS コード、SMTP や IMAP の応答、または貼り付けた任意のエラーテキスト。何が起きたか、ご自身でできること、管理者が行う必要があることを表示します。

    終了ステータス：0 は診断が見つかった、1 は見つからなかったことを示します。
help-cmd-detect = アドレスのプロバイダー、サーバー、ログイン方法を特定し、その根拠を表示します
help-cmd-detect-long =
    アドレスのプロバイダー、サーバー、ログイン方法を特定し、その根拠を表示します。

    終了ステータス：0 は計画が見つかった、1 は見つからなかった（またはアカウントを移行できない）、2 は実行できなかったことを示します。
help-cmd-profiles = Thunderbird のプロファイル（Linux、Flatpak、Snap、Windows、macOS のすべてのインストール）とそのアカウントを、それぞれに必要な対応とともに一覧表示します
help-cmd-migrate = Microsoft または Google のパスワードで使っているアカウントを、その場で OAuth2 に切り替えます。メール、フォルダー、フィルターはそのまま残ります。先にログインして確認します
help-cmd-migrate-long =
    Microsoft または Google のパスワードで使っているアカウントを、その場で OAuth2 に切り替えます。メール、フォルダー、フィルターはそのまま残ります。先にログインして確認します。

    終了ステータス：0 は切り替えた（または対応不要）、1 は確認に失敗したか「いいえ」と答えた、2 は実行できなかったことを示します。
help-cmd-doctor = Thunderbird 自身のログインの状態を調べます：プロファイルの各 OAuth2 アカウントについて、Thunderbird が保存したログイン情報を読み取り、プロバイダーで更新し、それを使って IMAP と SMTP を確認します。ブラウザーも入力も不要です。「Thunderbird に何度もログインを求められる」「送信できなくなった」ときに使います
help-cmd-doctor-long =
    Thunderbird 自身のログインの状態を調べます：プロファイルの各 OAuth2 アカウントについて、Thunderbird が保存したログイン情報を読み取り、プロバイダーで更新し、それを使って IMAP と SMTP を確認します。ブラウザーも入力も不要です。「Thunderbird に何度もログインを求められる」「送信できなくなった」ときに使います。

    終了ステータス：0 はすべてのアカウントが成功、1 は失敗したアカウントがある（または見つからなかった）、2 は実行できなかったことを示します。
help-cmd-alias = メールボックスの別のアドレス（sales@… のようなエイリアス）を Thunderbird のそのアカウントに追加し、そのアドレスとして送信できるようにします。`--send-test` を指定すると、先に実際のメッセージを 1 通送って、サーバーが許可しているかを確かめます
help-cmd-alias-long =
    メールボックスの別のアドレス（sales@… のようなエイリアス）を Thunderbird のそのアカウントに追加し、そのアドレスとして送信できるようにします。`--send-test` を指定すると、先に実際のメッセージを 1 通送って、サーバーが許可しているかを確かめます。

    終了ステータス：0 は追加した（またはすでにある）、1 はテストメッセージが拒否された、2 は実行できなかったことを示します。
# 状態の名前（works、password-microsoft-365 など）は audit が出力するもので、そのまま残します。
help-cmd-audit = 使えなくなる Thunderbird アカウントとその時期を洗い出します：各インストールの各プロファイルの各アカウントについて、状態と対処方法を表示します。読み取りのみで、オフラインで動作します（オンラインの確認は `doctor`）
help-cmd-audit-long =
    使えなくなる Thunderbird アカウントとその時期を洗い出します：各インストールの各プロファイルの各アカウントについて、状態と対処方法を表示します。読み取りのみで、オフラインで動作します（オンラインの確認は `doctor`）。

    状態：works、password-microsoft-365（送信は 2026年12月末に停止。受信はすでに停止）、password-refused（Gmail、Outlook.com、Yahoo、AOL）、ews-microsoft-365（2026年10月1日からブロック、2027年4月1日に廃止）、sign-in-missing、sign-in-expired（ログイン情報ストアから判断。Microsoft は 90 日間使われなかったログインを無効にします）、unknown-provider、nothing-to-do。

    終了ステータス：0 は対応不要、1 は対応が必要なアカウントがある、2 は実行できなかったか、すべてを読み取れなかった（かつ対応が必要なものはない）ことを示します。RMM や Intune の検出スクリプトとして使えます。
help-cmd-completions = bash、zsh、fish 用のシェル補完を出力します（.deb パッケージではインストール済みです）
help-cmd-manpage = man ページ（roff）を出力します（パッケージ作成用）
help-cmd-restore = プロファイルの mailsetup によるバックアップを一覧表示するか、そのいずれかを復元します（現在のファイルは先にバックアップされます）
help-cmd-export = 多数のコンピューターにアカウントを配布するための policies.json または AutoConfig ファイルを書き出します

## オプションと引数の値のプレースホルダー。
help-value-language = 言語
help-value-delegate = 代理人
help-value-dir = フォルダー
help-value-seconds = 秒数
help-value-file = ファイル
help-value-pem = PEM
help-value-code-or-text = コードまたはテキスト
help-value-email = アドレス
help-value-date = 日付

## プロバイダーの設定の出どころ：setup、check、detect、migrate、doctor、
## alias、export のオプション。
help-provider-file = この TOML ファイルにあるプロバイダー設定を、ファイルに記載されたドメインに使います（README を参照）
help-ca-file = この PEM ファイルにある CA 証明書も信頼します（TLS インスペクション、テストサーバー）

## mailsetup setup と mailsetup check。<代理人> と <ファイル> は help-value-…
## のプレースホルダー。アドレスの引数は使い方の行に <EMAIL> と表示される
## ため、ここでは「指定したアドレス」と書きます。
help-setup-email = 設定するメールアドレス
help-setup-name = 受信者に表示される名前（既定：@ より前の部分）
help-setup-delegate = 指定したアドレスは、<代理人> が自分のログインで開く共有メールボックス（info@…、support@…）です（Microsoft 365）。<代理人> がログインして送信し、アカウントは指定したアドレスとして読み取りと送信を行います
help-setup-profile = 既定のプロファイルではなく、この Thunderbird のプロファイルフォルダーに書き込みます
help-setup-microsoft-365 = mailsetup がドメインを知らなくても、アドレスが Microsoft 365（職場または学校アカウント）にあるものとして扱います
help-setup-json = レポートを JSON で出力します
help-setup-no-write = ログインして確認しますが、何も書き込みません
help-setup-no-sign-in-handoff = ログインを Thunderbird に引き継ぎません。その場合、Thunderbird は起動時に一度ログインを求めます
help-setup-timeout = ブラウザーでのログインを待つ時間（秒）
help-setup-device-code = 代替手段：別のデバイスで入力するコードでログインします（RFC 8628）。ブラウザーがこのコンピューターに接続できないリモートセッション向けです。多くの組織でブロックされています（AADSTS53003）
help-setup-send-test = 確認の後、実際のテストメッセージを、指定したアドレスからログインする人（代理人、または指定したアドレス自身）宛てに 1 通送信します。Send As（送信者）アクセス許可の不足は Exchange が実際のメッセージでしか報告しないため、それを確かめる唯一の方法です。このオプションを指定しない限り、何も送信されません
help-setup-ticket = レポートの代わりに、そのまま送れる管理者向けチケットを出力します
help-setup-bundle = サポートバンドル（JSON ファイル 1 つ、秘密情報なし）も <ファイル> に書き込みます

## mailsetup explain。例のコードと応答はそのまま残します。
help-explain-text = AADSTS コード（AADSTS65001 または 65001）、SMTP の応答（535 5.7.139 …）、IMAP の応答（NO AUTHENTICATE failed.）、または貼り付けたエラーテキスト
help-explain-json = JSON で出力します
help-explain-all = 最も当てはまるものだけでなく、該当するすべての診断を当てはまる順に表示します

## mailsetup detect
help-detect-email = 調べるメールアドレス
help-detect-json = 計画と根拠を JSON で出力します

## mailsetup profiles
help-profiles-root = プラットフォーム既定の場所ではなく、この Thunderbird のルートフォルダーの下を探します
help-profiles-json = JSON で出力します

## mailsetup migrate
help-migrate-email = 切り替えるアカウントのアドレス。省略すると、mailsetup は OAuth2 が必要なアカウントを一覧表示して確認を求めます
help-migrate-profile = Thunderbird のプロファイルフォルダー（既定：Thunderbird が開くもの）
help-migrate-yes = 確認せずに、一覧のすべてのアカウントを切り替えます（スクリプト用）
help-migrate-force = 確認に失敗しても切り替えます（診断を読んだうえで使ってください）
help-migrate-json = レポートを JSON で出力します
help-migrate-timeout = ブラウザーでのログインを待つ時間（秒）
help-migrate-no-sign-in-handoff = ログインを Thunderbird に引き継ぎません。その場合、Thunderbird は起動時に一度ログインを求めます

## mailsetup doctor
help-doctor-email = このアドレスのアカウントのみを対象にします。省略すると、プロファイルのすべての OAuth2 アカウントが対象です
help-doctor-profile = Thunderbird のプロファイルフォルダー（既定：Thunderbird が開くもの）
help-doctor-json = レポートを JSON で出力します（アカウントごとに 1 件のリスト）

## mailsetup alias
help-alias-email = プロファイル内のアカウント（そのメールボックス）のアドレス
help-alias-alias = 送信に使う、同じメールボックスの別のアドレス（`sales@…`）
help-alias-name = エイリアスで送信するときに受信者に表示される名前（既定：アカウントの名前）
help-alias-profile = Thunderbird のプロファイルフォルダー（既定：Thunderbird が開くもの）
help-alias-send-test = 先にログインして、エイリアスからメールボックス宛てに実際のテストメッセージを 1 通送信し、サーバーが受け付けた場合にのみエイリアスを追加します。エイリアスとしての送信が許可されているかを確かめる唯一の方法です
help-alias-timeout = ブラウザーでのログインを待つ時間（秒）
help-alias-json = テストメッセージのレポートを JSON で出力します

## mailsetup audit。YYYY-MM-DD は日付の形式。パスはそのまま残します。
help-audit-all-users = このコンピューターのすべてのユーザー（root または Administrator として実行）：Linux の /home/* と /root、macOS の /Users/*、Windows の C:\Users\*。それぞれ Flatpak と Snap も含みます。読み取りのみです。他のユーザーが保存したログイン情報は決して復号しません（「未確認」）。ホームの外を指すリンクはたどりません
help-audit-users-dir = --all-users と併用：プラットフォーム既定の場所ではなく、ホームを含むこのフォルダーを使います（マウントしたディスクなど）
help-audit-on = この日（YYYY-MM-DD）の時点で判定し、次に何が使えなくなるかを確認します。既定は今日
help-audit-json = JSON で出力します（schema_version 付き）
help-audit-csv = CSV で出力します（アカウントごとに 1 行）

## mailsetup completions
help-completions-shell = 補完の対象とするシェル

## mailsetup restore
help-restore-backup = 復元するバックアップ（一覧にある名前）。省略すると、バックアップを一覧表示します
help-restore-profile = Thunderbird のプロファイルフォルダー（既定：Thunderbird が開くもの）
help-restore-json = JSON で出力します

## mailsetup export。policies と autoconfig は --format の値で、そのまま
## 残します。プレースホルダー ${USER} と ${NAME} も同様です（Fluent は
## 波かっこを解釈するため、ここでは ${"{"}USER{"}"} と書きます）。
help-export-format = policies（policies.json）または autoconfig（mozilla.cfg）
help-export-format-policies = エンタープライズポリシーの policies.json（`Preferences` ポリシー）
help-export-format-autoconfig = AutoConfig ファイル（mozilla.cfg）。アドレス内の `${"{"}NAME{"}"}` は、起動のたびに環境変数 NAME を読み取ります
help-export-emails = アドレス。--format autoconfig では `${"{"}USER{"}"}` 形式のプレースホルダーを含めることができます（例：'${"{"}USER{"}"}@contoso.example'）
help-export-name = 差出人名（既定：@ より前の部分）
help-export-output = 標準出力ではなく <ファイル> に書き込みます

## そのほかのプレースホルダー：alias のエイリアス、--name、export の --format、
## completions のシェル、restore のバックアップ。
help-value-alias = エイリアス
help-value-name = 名前
help-value-format = 形式
help-value-shell = シェル
help-value-backup = バックアップ
