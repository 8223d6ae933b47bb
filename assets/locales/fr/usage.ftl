### Les mots que clap, l’analyseur de la ligne de commande, écrit autour des
### textes d’aide de help.ftl : les titres, ses propres options et ses
### messages d’erreur. Les noms d’arguments (--lang), les noms de commandes
### et les valeurs restent tels quels.

usage-heading = Utilisation :
# Dans la ligne d’utilisation, là où vont les options : mailsetup audit [OPTIONS].
usage-options-value = [OPTIONS]
# Les trois titres suivants : clap ajoute lui-même un deux-points juste
# après ; l’espace insécable finale ({"\u00A0"}) donne « Options : ».
usage-options = Options{"\u00A0"}
usage-arguments = Arguments{"\u00A0"}
usage-commands = Commandes{"\u00A0"}
# Dans la ligne d’utilisation, là où va une commande : mailsetup [COMMANDE].
usage-command-value = COMMANDE
usage-flag-help = Afficher l’aide
usage-flag-help-more = Afficher l’aide (plus de détails avec '--help')
usage-flag-help-summary = Afficher l’aide (un résumé avec '-h')
usage-flag-version = Afficher la version
usage-cmd-help = Afficher ce message ou l’aide des sous-commandes indiquées
usage-cmd-help-subcommand = Afficher l’aide des sous-commandes
# Après l’aide d’une option ; $value est la valeur utilisée quand elle n’est pas donnée.
usage-default = [par défaut : { $value }]
# Après l’aide d’une option ; $values les énumère, séparées par des virgules.
usage-possible-values = [valeurs possibles : { $values }]
usage-possible-values-heading = Valeurs possibles :
usage-possible-values-list = valeurs possibles : { $values }

## Les erreurs dans ce qui a été saisi. $argument est une option telle que
## saisie ou définie (--lang <LANGUE>) ; $command un nom de commande ;
## $value ce qui a été saisi. Les apostrophes droites autour restent.
usage-error = erreur :
usage-error-unknown-argument = argument inattendu '{ $argument }'
usage-error-unknown-command = commande inconnue '{ $command }'
usage-error-value-missing = '{ $argument }' a besoin d’une valeur, mais aucune n’a été donnée
usage-error-invalid-value = valeur '{ $value }' non valide pour '{ $argument }'
# $arguments énumère ceux qui manquent, séparés par des virgules.
usage-error-missing = ces arguments obligatoires n’ont pas été donnés : { $arguments }
usage-error-repeated = '{ $argument }' ne peut être donné qu’une seule fois
usage-error-conflict = '{ $argument }' ne peut pas être utilisé avec '{ $other }'
usage-error-too-many = valeur '{ $value }' inattendue pour '{ $argument }' ; aucune autre n’était attendue
# $similar est une option ou une commande de ce nom.
usage-error-similar = astuce : vouliez-vous dire '{ $similar }' ?
usage-error-more = Pour en savoir plus, essayez '--help'.

usage-error-value-count = '{ $argument }' attend { $expected } valeurs, mais { $actual } ont été données
usage-error-needs-equals = la valeur de '{ $argument }' doit suivre un signe égal, comme dans { $argument }=VALEUR
usage-error-needs-command = '{ $command }' doit être suivi d’une commande
usage-error-not-utf8 = un argument n’est pas un texte valide (UTF-8)
