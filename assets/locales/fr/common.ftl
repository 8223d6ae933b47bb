# Commun à toutes les parties de Mail Setup : les dates et les noms des mois.
# Une date complète, comme dans « la date limite est le 31 décembre 2026 ».
# Le premier jour du mois s’écrit « 1er ».
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

# Le nom de cette langue, dans cette langue, pour le menu des langues.
language-name = Français
language-menu = Langue

## Dit aussi bien par la ligne de commande que par l’assistant, quand
## quelque chose du système lui-même échoue. $error est la raison donnée
## par le système, telle quelle.
runtime-failed = impossible de démarrer l’environnement d’exécution réseau : { $error }
sandbox-failed = le bac à sable n’a pas pu démarrer : { $error }
