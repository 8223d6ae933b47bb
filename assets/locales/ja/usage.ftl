### コマンドラインパーサーの clap が help.ftl のヘルプテキストの周りに書く
### 言葉：見出し、clap 自身のオプション、エラーメッセージ。引数名（--lang）、
### コマンド名、値はそのまま残します。

usage-heading = 使い方:
# 使い方の行で、オプションが入る位置：mailsetup audit [オプション]。
usage-options-value = [オプション]
usage-options = オプション
usage-arguments = 引数
usage-commands = コマンド
# 使い方の行で、コマンドが入る位置：mailsetup [コマンド]。
usage-command-value = コマンド
usage-flag-help = ヘルプを表示します
usage-flag-help-more = ヘルプを表示します（'--help' で詳細を表示）
usage-flag-help-summary = ヘルプを表示します（'-h' で概要を表示）
usage-flag-version = バージョンを表示します
usage-cmd-help = このメッセージ、または指定したサブコマンドのヘルプを表示します
usage-cmd-help-subcommand = サブコマンドのヘルプを表示します
# オプションの説明の後に表示。$value は指定しなかったときに使われる値。
usage-default = [既定値: { $value }]
# オプションの説明の後に表示。$values はカンマ区切りの一覧。
usage-possible-values = [指定できる値: { $values }]
usage-possible-values-heading = 指定できる値:
usage-possible-values-list = 指定できる値: { $values }

## 入力の誤り。$argument は入力または定義されたとおりのオプション
## （--lang <言語>）、$command はコマンド名、$value は入力された値。
usage-error = エラー:
usage-error-unknown-argument = 予期しない引数 '{ $argument }' です
usage-error-unknown-command = 不明なコマンド '{ $command }' です
usage-error-value-missing = '{ $argument }' には値が必要ですが、指定されていません
usage-error-invalid-value = '{ $argument }' の値 '{ $value }' は無効です
# $arguments は指定されていないものの一覧（カンマ区切り）。
usage-error-missing = 次の必須の引数が指定されていません: { $arguments }
usage-error-repeated = '{ $argument }' は 1 回しか指定できません
usage-error-conflict = '{ $argument }' は '{ $other }' と同時に使用できません
usage-error-too-many = '{ $argument }' に予期しない値 '{ $value }' があります。これ以上の値は指定できません
# $similar はその名前のオプションまたはコマンド。
usage-error-similar = ヒント: 似たものがあります: '{ $similar }'
usage-error-more = 詳しくは '--help' をお試しください。

usage-error-value-count = '{ $argument }' には値を { $expected } 個指定しますが、{ $actual } 個指定されました
usage-error-needs-equals = '{ $argument }' の値は等号のあとに書きます（例: { $argument }=値）
usage-error-needs-command = '{ $command }' のあとにはコマンドが必要です
usage-error-not-utf8 = 引数の中に有効なテキスト（UTF-8）でないものがあります
