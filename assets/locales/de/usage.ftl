### Die Wörter, die clap, der Parser der Befehlszeile, um die Hilfetexte
### aus help.ftl schreibt: Überschriften, seine eigenen Optionen und seine
### Fehlermeldungen. Namen von Argumenten (--lang), Befehlsnamen und Werte
### bleiben, wie sie sind.

usage-heading = Aufruf:
# In der Aufrufzeile, wo die Optionen stehen: mailsetup audit [OPTIONEN].
usage-options-value = [OPTIONEN]
usage-options = Optionen
usage-arguments = Argumente
usage-commands = Befehle
# In der Aufrufzeile, wo ein Befehl steht: mailsetup [BEFEHL].
usage-command-value = BEFEHL
usage-flag-help = Hilfe anzeigen
usage-flag-help-more = Hilfe anzeigen (mehr mit '--help')
usage-flag-help-summary = Hilfe anzeigen (eine Zusammenfassung mit '-h')
usage-flag-version = Version anzeigen
usage-cmd-help = Diese Hilfe oder die Hilfe der angegebenen Unterbefehle anzeigen
usage-cmd-help-subcommand = Hilfe zu den Unterbefehlen anzeigen
# Nach der Hilfe einer Option; $value ist der Wert, der gilt, wenn sie fehlt.
usage-default = [Standard: { $value }]
# Nach der Hilfe einer Option; $values zählt sie auf, durch Kommas getrennt.
usage-possible-values = [mögliche Werte: { $values }]
usage-possible-values-heading = Mögliche Werte:
usage-possible-values-list = mögliche Werte: { $values }

## Fehler in der Eingabe. $argument ist eine Option, wie eingegeben oder
## definiert (--lang <SPRACHE>); $command ein Befehlsname; $value das
## Eingegebene.
usage-error = Fehler:
usage-error-unknown-argument = unerwartetes Argument '{ $argument }'
usage-error-unknown-command = unbekannter Befehl '{ $command }'
usage-error-value-missing = '{ $argument }' braucht einen Wert, aber es wurde keiner angegeben
usage-error-invalid-value = ungültiger Wert '{ $value }' für '{ $argument }'
# $arguments zählt die fehlenden auf, durch Kommas getrennt.
usage-error-missing = diese erforderlichen Argumente fehlen: { $arguments }
usage-error-repeated = '{ $argument }' darf nur einmal angegeben werden
usage-error-conflict = '{ $argument }' kann nicht zusammen mit '{ $other }' verwendet werden
usage-error-too-many = unerwarteter Wert '{ $value }' für '{ $argument }'; es wurden keine weiteren erwartet
# $similar ist eine Option oder ein Befehl dieses Namens.
usage-error-similar = Tipp: Meinten Sie '{ $similar }'?
usage-error-more = Weitere Informationen erhalten Sie mit '--help'.

usage-error-value-count = '{ $argument }' erwartet { $expected } Werte, angegeben wurden { $actual }
usage-error-needs-equals = bei '{ $argument }' muss der Wert nach einem Gleichheitszeichen stehen, etwa { $argument }=WERT
usage-error-needs-command = nach '{ $command }' muss ein Befehl folgen
usage-error-not-utf8 = ein Argument ist kein gültiger Text (UTF-8)
