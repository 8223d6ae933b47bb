# Von allen Teilen von Mail Setup genutzt: Datumsangaben und Monatsnamen.
date-long = { $day }. { $month } { $year }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

# Der Name dieser Sprache, in dieser Sprache, für das Sprachmenü.
language-name = Deutsch
language-menu = Sprache

## Von der Befehlszeile und vom Assistenten gleichermaßen gesagt, wenn etwas
## des Systems selbst fehlschlägt. $error ist der Grund in den Worten des
## Systems.
runtime-failed = die Netzwerk-Laufzeitumgebung kann nicht gestartet werden: { $error }
sandbox-failed = die Sandbox konnte nicht starten: { $error }
