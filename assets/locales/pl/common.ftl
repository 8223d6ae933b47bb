# Wspólne dla wszystkich części Mail Setup: daty i nazwy miesięcy.
# Pełna data, jak w „termin upływa 31 grudnia 2026”; miesiące w dopełniaczu.
date-long = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

# Nazwa tego języka, w tym języku, dla menu języków.
language-name = Polski
language-menu = Język

## Mówione zarówno przez wiersz poleceń, jak i przez kreator, gdy zawiedzie
## coś w samym systemie. $error to przyczyna podana przez system, bez zmian.
runtime-failed = nie można uruchomić środowiska wykonawczego sieci: { $error }
sandbox-failed = nie udało się uruchomić piaskownicy: { $error }
