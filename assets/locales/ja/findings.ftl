### mailsetup がアクセストークンとサーバーの XOAUTH2 チャレンジで見つけた
### こと（レポートのログインのステップと診断の根拠）、そして中核部分の
### その他の確認の言葉：メールアドレス、CA ファイル、練習用プロバイダー。
### JWT、IMAP、SMTP、XOAUTH2、PEM、CA、TLS、Outlook は名前です。
### IMAP.AccessAsUser.All と SMTP.Send は Microsoft のアクセス許可
### （スコープ）の名前で、そのまま残します。

## レポートのログインのステップに表示する、1 行のアクセストークン。
finding-token-opaque = アクセストークンは不透明（JWT ではない）ため、何が許可されているかはサーバーにしかわかりません
# $claims はトークンの内容を示す下のテキストを、カンマでつないだもの。
finding-token-jwt = JWT アクセストークン：{ $claims }
# $audience はトークンの対象のサービス（https://outlook.office.com）。
finding-token-audience = 対象 { $audience }
# $scopes は Microsoft の呼び方による、トークン内のアクセス許可。
finding-token-scopes = スコープ「{ $scopes }」
# $account はログインしたアカウント。
finding-token-account = アカウント { $account }
# $tenant は Microsoft での組織の ID。
finding-token-tenant = テナント { $tenant }
# $app はトークンの発行先のアプリケーションの ID。
finding-token-app = アプリ { $app }
# 行の後に続く各所見：$summary はそこまでの行、$finding は下の所見の
# いずれか。「警告」は目を引くための表示。
finding-token-warning = { $summary }。警告：{ $finding }

## IMAP や SMTP にトークンを拒否される原因。
finding-wrong-audience = トークンは Outlook（https://outlook.office.com）用ではなく、{ $audience } 用です。IMAP と SMTP はこのトークンを拒否します
finding-missing-imap-scope = トークンのスコープ（「{ $scopes }」）に IMAP.AccessAsUser.All がありません
finding-missing-smtp-scope = トークンのスコープ（「{ $scopes }」）に SMTP.Send がありません
# $mailbox は設定中のアドレス。
finding-wrong-account = { $account } としてログインしましたが、メールボックスは { $mailbox } です
# $seconds は秒数。
finding-expired = トークンは { $seconds } 秒前に期限切れになりました（このコンピューターの時計による）
finding-clock-skew = トークンの発行時刻が、このコンピューターの時計より { $seconds } 秒先です。このコンピューターの時計が遅れています

## 診断の根拠としての、サーバーの XOAUTH2 チャレンジ。$status、$scheme、
## $scope はサーバー自身の値（指定がなかった場合は "?"）。
finding-xoauth2-challenge = サーバーの XOAUTH2 チャレンジの内容：ステータス { $status }、スキーム { $scheme }、スコープ { $scope }

## 受け付けられないメールアドレス。$input は入力された値、$reason はその
## 後に続くテキストのいずれか。
finding-address-invalid = 「{ $input }」はメールアドレスではありません：{ $reason }
finding-address-no-at = @ がありません
finding-address-nothing-before-at = @ の前に何もありません
finding-address-too-long = 長すぎます
finding-address-bad-local-part = @ より前の部分に、空白、引用符、またはメールサーバーが受け付けないその他の文字が含まれています
finding-address-bad-domain = @ より後の部分がドメイン名ではありません
finding-address-bad-idn = @ より後の部分が有効な国際化ドメイン名ではありません

## 追加の認証局（--ca-file）とシステムの信頼ストア。$path はファイルの
## パス、$error と $message はライブラリ自体の言葉。
finding-ca-file-unreadable = CA ファイル { $path } を読み取れません：{ $error }
finding-ca-file-no-certificate = CA ファイル { $path } に PEM 証明書がありません
finding-ca-file-bad-pem = CA ファイル { $path } は有効な PEM ではありません：{ $message }
finding-trust-store-unusable = システムの TLS 信頼ストアを使用できません：{ $error }
finding-extra-ca-unusable = 追加の CA を使用できません：{ $error }

## 練習用プロバイダー（mailsetup --sandbox）：その計画の最初に必ず表示する内容。
finding-practice-warning = これは mailsetup に内蔵された練習用プロバイダーです。このコンピューターの外には何も送信されず、設定したアカウントは mailsetup --sandbox の実行中にしか動作しません。
