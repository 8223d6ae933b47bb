### O que o mailsetup encontra em um token de acesso e no desafio XOAUTH2 de
### um servidor (a etapa de acesso do relatório e as evidências do
### diagnóstico), e as palavras das outras verificações do núcleo: endereços
### de email, arquivos de CA e o provedor de treino. JWT, IMAP, SMTP,
### XOAUTH2, PEM, CA, TLS e Outlook são nomes; IMAP.AccessAsUser.All e
### SMTP.Send são os nomes da Microsoft para permissões (escopos) e ficam
### como estão.

## O token de acesso em uma linha, para a etapa de acesso do relatório.
finding-token-opaque = o token de acesso é opaco (não é um JWT), então só o servidor sabe o que ele permite
# $claims lista o que o token diz, separado por vírgulas: os textos abaixo.
finding-token-jwt = token de acesso JWT: { $claims }
# $audience é o serviço a que o token se destina (https://outlook.office.com).
finding-token-audience = público-alvo { $audience }
# $scopes são as permissões no token, como a Microsoft as chama.
finding-token-scopes = escopos “{ $scopes }”
# $account é a conta com que se entrou.
finding-token-account = conta { $account }
# $tenant é o id da organização na Microsoft.
finding-token-tenant = locatário { $tenant }
# $app é o id do aplicativo para o qual o token foi emitido.
finding-token-app = aplicativo { $app }
# Cada constatação depois da linha: $summary é a linha até aqui, $finding
# uma das constatações abaixo. AVISO deve chamar a atenção.
finding-token-warning = { $summary }; AVISO: { $finding }

## O que, em um token, vai fazer o IMAP ou o SMTP recusá-lo.
finding-wrong-audience = o token é para { $audience }, e não para o Outlook (https://outlook.office.com); o IMAP e o SMTP vão recusá-lo
finding-missing-imap-scope = os escopos do token (“{ $scopes }”) não incluem IMAP.AccessAsUser.All
finding-missing-smtp-scope = os escopos do token (“{ $scopes }”) não incluem SMTP.Send
# $mailbox é o endereço que está sendo configurado.
finding-wrong-account = você entrou como { $account }, mas a caixa de correio é { $mailbox }
# $seconds é um número de segundos.
finding-expired = o token expirou há { $seconds } s (pelo relógio deste computador)
finding-clock-skew = o token foi emitido { $seconds } s no futuro deste computador: o relógio dele está atrasado

## O desafio XOAUTH2 de um servidor, como evidência de um diagnóstico.
## $status, $scheme e $scope são os valores do próprio servidor ("?" quando
## ele não informou nenhum).
finding-xoauth2-challenge = o desafio XOAUTH2 do servidor diz: status { $status }, esquema { $scheme }, escopo { $scope }

## Um endereço de email recusado. $input é o que foi digitado; $reason um
## dos textos depois dele.
finding-address-invalid = “{ $input }” não é um endereço de email: { $reason }
finding-address-no-at = não tem @
finding-address-nothing-before-at = não há nada antes do @
finding-address-too-long = é longo demais
finding-address-bad-local-part = a parte antes do @ contém um espaço, aspas ou outro caractere que os servidores de email recusam
finding-address-bad-domain = a parte depois do @ não é um nome de domínio
finding-address-bad-idn = a parte depois do @ não é um nome de domínio internacional válido

## Autoridades certificadoras adicionais (--ca-file) e o repositório de
## certificados do sistema. $path é o caminho de um arquivo; $error e
## $message são as palavras de uma biblioteca.
finding-ca-file-unreadable = não é possível ler o arquivo de CA { $path }: { $error }
finding-ca-file-no-certificate = o arquivo de CA { $path } não contém nenhum certificado PEM
finding-ca-file-bad-pem = o arquivo de CA { $path } não é um PEM válido: { $message }
finding-trust-store-unusable = o repositório de certificados TLS do sistema não pode ser usado: { $error }
finding-extra-ca-unusable = uma CA adicional não pode ser usada: { $error }

## O provedor de treino (mailsetup --sandbox): o que todo plano para ele diz primeiro.
finding-practice-warning = Este é o provedor de treino embutido no mailsetup: nada sai do seu computador, e a conta que ele configura só funciona enquanto o mailsetup --sandbox estiver em execução.
