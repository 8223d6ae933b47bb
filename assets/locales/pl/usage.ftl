### Słowa, które clap, parser wiersza poleceń, dopisuje wokół tekstów pomocy
### z help.ftl: nagłówki, jego własne opcje i komunikaty o błędach. Nazwy
### argumentów (--lang), nazwy poleceń i wartości pozostają bez zmian.

usage-heading = Użycie:
# W wierszu użycia, w miejscu opcji: mailsetup audit [OPCJE].
usage-options-value = [OPCJE]
usage-options = Opcje
usage-arguments = Argumenty
usage-commands = Polecenia
# W wierszu użycia, w miejscu polecenia: mailsetup [POLECENIE].
usage-command-value = POLECENIE
usage-flag-help = Wyświetla pomoc
usage-flag-help-more = Wyświetla pomoc (więcej: '--help')
usage-flag-help-summary = Wyświetla pomoc (podsumowanie: '-h')
usage-flag-version = Wyświetla wersję
usage-cmd-help = Wyświetla ten komunikat lub pomoc podanych poleceń podrzędnych
usage-cmd-help-subcommand = Wyświetla pomoc poleceń podrzędnych
# Po opisie opcji; $value to wartość używana, gdy opcji nie podano.
usage-default = [domyślnie: { $value }]
# Po opisie opcji; $values wymienia je, rozdzielone przecinkami.
usage-possible-values = [możliwe wartości: { $values }]
usage-possible-values-heading = Możliwe wartości:
usage-possible-values-list = możliwe wartości: { $values }

## Błędy w tym, co wpisano. $argument to opcja w postaci wpisanej lub
## zdefiniowanej (--lang <JĘZYK>); $command to nazwa polecenia; $value to,
## co wpisano.
usage-error = błąd:
usage-error-unknown-argument = nieoczekiwany argument '{ $argument }'
usage-error-unknown-command = nieznane polecenie '{ $command }'
usage-error-value-missing = '{ $argument }' wymaga wartości, ale jej nie podano
usage-error-invalid-value = nieprawidłowa wartość '{ $value }' dla '{ $argument }'
# $arguments wymienia brakujące, rozdzielone przecinkami.
usage-error-missing = nie podano tych wymaganych argumentów: { $arguments }
usage-error-repeated = '{ $argument }' można podać tylko raz
usage-error-conflict = '{ $argument }' nie można używać razem z '{ $other }'
usage-error-too-many = nieoczekiwana wartość '{ $value }' dla '{ $argument }'; nie oczekiwano więcej wartości
# $similar to opcja lub polecenie o takiej nazwie.
usage-error-similar = wskazówka: czy chodziło o '{ $similar }'?
usage-error-more = Aby uzyskać więcej informacji, użyj '--help'.

usage-error-value-count = '{ $argument }' przyjmuje wartości: { $expected }, a podano: { $actual }
usage-error-needs-equals = wartość '{ $argument }' musi stać po znaku równości, np. { $argument }=WARTOŚĆ
usage-error-needs-command = po '{ $command }' musi następować polecenie
usage-error-not-utf8 = jeden z argumentów nie jest poprawnym tekstem (UTF-8)
