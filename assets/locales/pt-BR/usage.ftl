### As palavras que o clap, o analisador da linha de comando, escreve em
### volta dos textos de ajuda de help.ftl: títulos, as próprias opções dele
### e as mensagens de erro. Nomes de argumentos (--lang), nomes de comandos
### e valores ficam como estão.

usage-heading = Uso:
# Na linha de uso, onde ficam as opções: mailsetup audit [OPÇÕES].
usage-options-value = [OPÇÕES]
usage-options = Opções
usage-arguments = Argumentos
usage-commands = Comandos
# Na linha de uso, onde fica um comando: mailsetup [COMANDO].
usage-command-value = COMANDO
usage-flag-help = Exibe a ajuda
usage-flag-help-more = Exibe a ajuda (veja mais com '--help')
usage-flag-help-summary = Exibe a ajuda (veja um resumo com '-h')
usage-flag-version = Exibe a versão
usage-cmd-help = Exibe esta mensagem ou a ajuda do(s) subcomando(s) indicado(s)
usage-cmd-help-subcommand = Exibe a ajuda do(s) subcomando(s)
# Depois da ajuda de uma opção; $value é o valor usado quando ela não é informada.
usage-default = [padrão: { $value }]
# Depois da ajuda de uma opção; $values os lista, separados por vírgulas.
usage-possible-values = [valores possíveis: { $values }]
usage-possible-values-heading = Valores possíveis:
usage-possible-values-list = valores possíveis: { $values }

## Erros no que foi digitado. $argument é uma opção como foi digitada ou
## definida (--lang <IDIOMA>); $command um nome de comando; $value o que foi digitado.
usage-error = erro:
usage-error-unknown-argument = argumento inesperado '{ $argument }'
usage-error-unknown-command = comando desconhecido '{ $command }'
usage-error-value-missing = '{ $argument }' precisa de um valor, mas nenhum foi informado
usage-error-invalid-value = valor inválido '{ $value }' para '{ $argument }'
# $arguments lista os que faltam, separados por vírgulas.
usage-error-missing = estes argumentos obrigatórios não foram informados: { $arguments }
usage-error-repeated = '{ $argument }' só pode ser informado uma vez
usage-error-conflict = '{ $argument }' não pode ser usado junto com '{ $other }'
usage-error-too-many = valor inesperado '{ $value }' para '{ $argument }'; nenhum outro era esperado
# $similar é uma opção ou um comando com esse nome.
usage-error-similar = dica: existe um parecido: '{ $similar }'
usage-error-more = Para mais informações, tente '--help'.

usage-error-value-count = '{ $argument }' aceita { $expected } valores, mas foram dados { $actual }
usage-error-needs-equals = o valor de '{ $argument }' deve vir depois de um sinal de igual, como em { $argument }=VALOR
usage-error-needs-command = '{ $command }' precisa de um comando depois dele
usage-error-not-utf8 = um argumento não é um texto válido (UTF-8)
