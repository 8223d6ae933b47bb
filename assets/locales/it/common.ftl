# Comune a tutte le parti di Mail Setup: le date e i nomi dei mesi.
# Una data completa, come in «la scadenza è il 31 dicembre 2026».
# Il primo giorno del mese si scrive «1º».
date-long = { $day ->
    [1] 1º
   *[other] { $day }
} { $month } { $year }
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre

# Il nome di questa lingua, in questa lingua, per il menu delle lingue.
language-name = Italiano
language-menu = Lingua

## Detti sia dalla riga di comando sia dalla procedura guidata, quando
## qualcosa del sistema stesso non riesce. $error è il motivo del sistema,
## invariato.
runtime-failed = impossibile avviare l’ambiente di esecuzione di rete: { $error }
sandbox-failed = impossibile avviare la sandbox: { $error }
