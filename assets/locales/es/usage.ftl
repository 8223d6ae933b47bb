### Las palabras que clap, el analizador de la línea de comandos, escribe
### alrededor de los textos de ayuda de help.ftl: encabezados, sus propias
### opciones y sus mensajes de error. Los nombres de los argumentos (--lang),
### los nombres de los comandos y los valores se quedan como están.

usage-heading = Uso:
# En la línea de uso, donde van las opciones: mailsetup audit [OPCIONES].
usage-options-value = [OPCIONES]
usage-options = Opciones
usage-arguments = Argumentos
usage-commands = Comandos
# En la línea de uso, donde va un comando: mailsetup [COMANDO].
usage-command-value = COMANDO
usage-flag-help = Muestra la ayuda
usage-flag-help-more = Muestra la ayuda (más detalles con '--help')
usage-flag-help-summary = Muestra la ayuda (un resumen con '-h')
usage-flag-version = Muestra la versión
usage-cmd-help = Muestra este mensaje o la ayuda de los subcomandos indicados
usage-cmd-help-subcommand = Muestra la ayuda de los subcomandos
# Después de la ayuda de una opción; $value es el valor que se usa cuando no se indica.
usage-default = [predeterminado: { $value }]
# Después de la ayuda de una opción; $values los enumera, separados por comas.
usage-possible-values = [valores posibles: { $values }]
usage-possible-values-heading = Valores posibles:
usage-possible-values-list = valores posibles: { $values }

## Errores en lo que se escribió. $argument es una opción tal como se
## escribió o se definió (--lang <IDIOMA>); $command, el nombre de un
## comando; $value, lo que se escribió.
usage-error = error:
usage-error-unknown-argument = argumento inesperado '{ $argument }'
usage-error-unknown-command = comando desconocido '{ $command }'
usage-error-value-missing = '{ $argument }' necesita un valor, pero no se indicó ninguno
usage-error-invalid-value = valor no válido '{ $value }' para '{ $argument }'
# $arguments enumera los que faltan, separados por comas.
usage-error-missing = faltan estos argumentos obligatorios: { $arguments }
usage-error-repeated = '{ $argument }' solo se puede indicar una vez
usage-error-conflict = '{ $argument }' no se puede usar junto con '{ $other }'
usage-error-too-many = valor inesperado '{ $value }' para '{ $argument }'; no se esperaban más
# $similar es una opción o un comando con ese nombre.
usage-error-similar = sugerencia: existe uno parecido: '{ $similar }'
usage-error-more = Para más información, pruebe '--help'.

usage-error-value-count = '{ $argument }' admite { $expected } valores, pero se dieron { $actual }
usage-error-needs-equals = el valor de '{ $argument }' debe ir tras un signo igual, como en { $argument }=VALOR
usage-error-needs-command = '{ $command }' debe ir seguido de un comando
usage-error-not-utf8 = un argumento no es texto válido (UTF-8)
