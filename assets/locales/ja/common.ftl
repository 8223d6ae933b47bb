# Mail Setup のすべての部分で使う日付と月の名前。
# 完全な日付（例:「期限は 2026年12月31日です」）。
date-long = { $year }年{ $month }{ $day }日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

# この言語の名前（この言語で表記）。言語メニューに表示されます。
language-name = 日本語
language-menu = 言語

## コマンドラインとアシスタントの両方で、システム自体の処理が失敗したときに表示。
## $error はシステムが示す理由でそのまま。
runtime-failed = ネットワークランタイムを起動できません：{ $error }
sandbox-failed = サンドボックスを起動できませんでした：{ $error }
