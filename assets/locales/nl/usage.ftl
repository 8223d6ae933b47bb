### De woorden die clap, de verwerker van de opdrachtregel, rond de
### helpteksten van help.ftl schrijft: koppen, zijn eigen opties en zijn
### foutmeldingen. Namen van argumenten (--lang), namen van opdrachten en
### waarden blijven zoals ze zijn.

usage-heading = Gebruik:
# In de gebruiksregel, waar de opties staan: mailsetup audit [OPTIES].
usage-options-value = [OPTIES]
usage-options = Opties
usage-arguments = Argumenten
usage-commands = Opdrachten
# In de gebruiksregel, waar een opdracht staat: mailsetup [OPDRACHT].
usage-command-value = OPDRACHT
usage-flag-help = Help tonen
usage-flag-help-more = Help tonen (meer met '--help')
usage-flag-help-summary = Help tonen (een samenvatting met '-h')
usage-flag-version = Versie tonen
usage-cmd-help = Dit bericht of de help van de opgegeven subopdracht(en) tonen
usage-cmd-help-subcommand = Help voor de subopdracht(en) tonen
# Na de help van een optie; $value is de waarde die wordt gebruikt als er geen is opgegeven.
usage-default = [standaard: { $value }]
# Na de help van een optie; $values noemt ze, gescheiden door komma's.
usage-possible-values = [mogelijke waarden: { $values }]
usage-possible-values-heading = Mogelijke waarden:
usage-possible-values-list = mogelijke waarden: { $values }

## Fouten in wat er is getypt. $argument is een optie zoals getypt of
## gedefinieerd (--lang <TAAL>); $command een opdrachtnaam; $value wat er is getypt.
usage-error = fout:
usage-error-unknown-argument = onverwacht argument '{ $argument }'
usage-error-unknown-command = onbekende opdracht '{ $command }'
usage-error-value-missing = '{ $argument }' heeft een waarde nodig, maar er is geen opgegeven
usage-error-invalid-value = ongeldige waarde '{ $value }' voor '{ $argument }'
# $arguments noemt de ontbrekende, gescheiden door komma's.
usage-error-missing = deze verplichte argumenten zijn niet opgegeven: { $arguments }
usage-error-repeated = '{ $argument }' mag maar één keer worden opgegeven
usage-error-conflict = '{ $argument }' kan niet samen met '{ $other }' worden gebruikt
usage-error-too-many = onverwachte waarde '{ $value }' voor '{ $argument }'; er werden geen waarden meer verwacht
# $similar is een optie of opdracht met die naam.
usage-error-similar = tip: bedoelde u '{ $similar }'?
usage-error-more = Probeer '--help' voor meer informatie.

usage-error-value-count = '{ $argument }' verwacht { $expected } waarden, maar er zijn er { $actual } opgegeven
usage-error-needs-equals = de waarde van '{ $argument }' moet na een isgelijkteken staan, zoals in { $argument }=WAARDE
usage-error-needs-command = na '{ $command }' moet een opdracht volgen
usage-error-not-utf8 = een argument is geen geldige tekst (UTF-8)
