# O acesso à conta no provedor (suas etapas no relatório, a página que o navegador
# mostra depois, o acesso com código de dispositivo como alternativa) e as
# etapas da configuração em torno dele: o plano, a etapa do Thunderbird e a
# passagem do acesso para o Thunderbird. Os títulos das etapas são comandos
# curtos; os detalhes são orações em minúscula, como o relatório os mostra
# depois do título. Ficam como estão: nomes de opções (--no-write, --force),
# nomes de arquivos (logins.json, key4.db), offline_access, $BROWSER, NSS, OAuth2.

## Como a página de acesso foi aberta. Completam a frase do assistente
## “A página de acesso foi { $how }.” e iniciam o detalhe da etapa
## “Abrir a página de acesso” no relatório.
signin-browser-opened-by-mailsetup = aberta pelo próprio mailsetup
signin-browser-opened-default = aberta no seu navegador padrão
# $program é o comando da variável de ambiente BROWSER.
signin-browser-opened-variable = aberta com $BROWSER ({ $program })
# $error é o texto de erro do próprio sistema.
signin-browser-default-failed = não foi possível iniciar seu navegador padrão: { $error }
# $failures lista cada comando tentado com o erro do sistema.
signin-browser-variable-failed = nenhum comando em $BROWSER pôde ser iniciado ({ $failures })

## As etapas do acesso no relatório.
signin-listen-title = Preparar-se para receber a resposta do acesso
# $port é um número, $redirect o endereço ao qual o navegador volta.
signin-listen-detail = aguardando em 127.0.0.1, porta { $port }, por { $redirect }
signin-listen-detail-ipv6 = aguardando em 127.0.0.1 e [::1], porta { $port }, por { $redirect }
# $error é o texto de erro do próprio sistema.
signin-listen-failed = não é possível aguardar em 127.0.0.1 o redirecionamento do acesso: { $error }
signin-browser-title = Abrir a página de acesso
# $how é um dos textos “aberta …” acima; $issuer o servidor de autenticação.
signin-browser-detail = { $how }: { $issuer }
# $why é um dos textos “não foi possível iniciar …” acima.
signin-browser-failed = { $why }; abra você mesmo o link mostrado pelo mailsetup
signin-redirect-title = Entrar e aprovar no navegador
# $server é o nome do host do servidor de autenticação.
signin-redirect-other-issuer = a resposta indica um servidor de autenticação diferente de { $server }; o código não foi usado
# Substitui $server quando o endereço de acesso não tem nome de host.
signin-redirect-the-server = o servidor de autenticação
signin-redirect-code = o navegador voltou com um código de autorização
signin-redirect-refused = o provedor recusou o acesso
# $seconds é um número.
signin-redirect-timed-out = nenhuma resposta do navegador em { $seconds } s
signin-wait-cancelled = o acesso foi cancelado
signin-wait-listener-gone = o receptor local (loopback) parou inesperadamente
# $duration é um intervalo de tempo como o programa o escreve (300s).
signin-wait-timed-out = o navegador não voltou em { $duration }
signin-exchange-title = Trocar o código por tokens
# $minutes é um número.
signin-exchange-with-refresh-valid = token de acesso recebido com token de atualização, válido por { $minutes } min
signin-exchange-without-refresh-valid = token de acesso recebido sem token de atualização, válido por { $minutes } min
signin-exchange-with-refresh = token de acesso recebido com token de atualização
signin-exchange-without-refresh = token de acesso recebido sem token de atualização
signin-refresh-title = Renovar o token de acesso
signin-refresh-none = o provedor não emitiu nenhum token de atualização (offline_access foi solicitado?)
signin-refresh-accepted = o token de atualização foi aceito

## Por que uma solicitação ao endpoint de token falhou. As palavras do
## próprio provedor são mostradas à parte.
# $seconds é um número.
signin-token-timed-out = o endpoint de token não respondeu em { $seconds } s
signin-token-refused = o provedor recusou a solicitação
# $error é o texto de erro do próprio sistema.
signin-token-unreachable = não foi possível acessar o endpoint de token: { $error }
signin-token-unreadable = não foi possível ler a resposta do endpoint de token: { $error }
# $status é o status HTTP (429), $seconds a espera que o provedor pede.
signin-throttled-wait-waited = o serviço de autenticação está limitando as solicitações (HTTP { $status }) e pede para aguardar { $seconds } s; o mailsetup aguardou uma vez, como pedido, e para aqui em vez de perguntar de novo em um ciclo
signin-throttled-wait = o serviço de autenticação está limitando as solicitações (HTTP { $status }) e pede para aguardar { $seconds } s; isso é mais do que o mailsetup aguarda em uma etapa, por isso ele não perguntou de novo
signin-throttled-slow-down-waited = o serviço de autenticação está limitando as solicitações (HTTP { $status }) e pede para ir mais devagar; o mailsetup aguardou uma vez, como pedido, e para aqui em vez de perguntar de novo em um ciclo
signin-throttled-slow-down = o serviço de autenticação está limitando as solicitações (HTTP { $status }) e pede para ir mais devagar; isso é mais do que o mailsetup aguarda em uma etapa, por isso ele não perguntou de novo

## O acesso com código de dispositivo, para quando o navegador não consegue
## voltar a este computador (sessões remotas).
signin-device-label = Alternativa: entrar na conta com um código em outro dispositivo
signin-device-warning = Use isto somente quando o acesso normal pelo navegador não puder funcionar (por exemplo, em uma sessão remota). Muitas organizações bloqueiam o acesso com código de dispositivo (AADSTS53003); se a sua bloquear, isto falha e o acesso normal é o caminho.
signin-device-title = Entrar com um código de dispositivo (alternativa)
signin-device-no-endpoint = o mailsetup não conhece nenhum endpoint de código de dispositivo para este provedor
signin-device-start-refused = o provedor se recusou a iniciar um acesso com código de dispositivo
# $error é o texto de erro do próprio sistema.
signin-device-unreachable = não foi possível acessar o endpoint de código de dispositivo: { $error }
signin-device-unusable = não foi possível usar a resposta do endpoint de código de dispositivo: { $error }
# $seconds é um número.
signin-device-timed-out = o endpoint de código de dispositivo não respondeu em { $seconds } s
signin-device-cancelled = cancelado
signin-device-refused = o provedor recusou o acesso com código de dispositivo
signin-device-failed = o acesso com código de dispositivo falhou: { $error }
# $code é o código que o usuário digitou, $uri onde o digitou.
signin-device-approved = o código { $code } foi aprovado em { $uri }; token de acesso recebido

## A página que a aba do navegador mostra depois do acesso. Texto simples: o
## programa adiciona a marcação.
signin-page-signed-in-title = Você entrou na conta
signin-page-signed-in = O Mail Setup tem o que precisa. Você pode fechar esta aba e voltar ao Mail Setup.
signin-page-not-complete-title = O acesso não foi concluído
# $error é o código de erro do provedor (access_denied), mostrado como código.
signin-page-provider-answered = Seu provedor respondeu { $error }.
signin-page-provider-explained = Volte ao Mail Setup: ele explica o que isso significa e o que fazer em seguida.
signin-page-another-issuer = Esta resposta indica um servidor de autenticação diferente daquele para o qual o Mail Setup enviou você, por isso o Mail Setup não a usou. Volte ao Mail Setup e comece o acesso de novo por lá.
signin-page-not-this-title = Este não é o acesso que o Mail Setup está aguardando
signin-page-not-this = O link não corresponde ao acesso que o Mail Setup iniciou. Ele pode ser de uma tentativa anterior. Volte ao Mail Setup e comece o acesso de novo por lá.
signin-page-malformed-title = Esta não é uma resposta de acesso válida
signin-page-malformed = O link repete um parâmetro de acesso, por isso o Mail Setup não o usou. Volte ao Mail Setup e comece o acesso de novo por lá.
signin-page-not-waiting-title = O Mail Setup não está aguardando nenhum acesso
signin-page-not-waiting = Volte ao Mail Setup e comece o acesso por lá.
signin-page-refused-title = Solicitação recusada
# $status é um número de status HTTP.
signin-page-refused = O receptor de respostas de acesso do Mail Setup não aceita esta solicitação (HTTP { $status }).
signin-page-not-found-title = Não encontrado
signin-page-not-found = Não há nada aqui.

## O que foi digitado e recusado antes de qualquer coisa ser executada.
# $error diz o que há de errado com o endereço digitado.
flow-delegate-invalid = a pessoa que entra na conta: { $error }
flow-delegate-is-mailbox = { $address } é a própria caixa de correio compartilhada; quem entra na conta é a pessoa que a abre com o próprio acesso
flow-delegate-not-oauth = uma caixa de correio compartilhada é aberta com o próprio acesso de quem a abre, e o acesso a { $provider } não é feito com o OAuth2 do mailsetup (usa senha ou o próprio acesso do Thunderbird)
flow-name-has-nul = o nome não pode conter um caractere NUL
# $host é o servidor de recebimento da conta.
flow-account-no-address = a conta em { $host } não tem endereço de email

## O plano: as primeiras etapas e avisos do relatório.
flow-delegate-other-domain = { $delegate } e a caixa de correio compartilhada { $address } estão em domínios diferentes: ambos precisam estar na mesma organização do Microsoft 365, ou o servidor de email não vai deixar { $delegate } abri-la.
flow-plan-title = Encontrar o provedor e os servidores
# $provider é o nome do provedor, $source de onde veio o plano (um dos
# textos flow-source), $sign_in como o acesso é feito (um dos textos
# flow-plan-sign-in).
flow-plan-detail = { $provider } ({ $source }); { $sign_in }
# $issuer é o servidor de autenticação, $client o id de registro do aplicativo.
flow-plan-sign-in-oauth = acesso em { $issuer } com o cliente { $client }
flow-plan-sign-in-thunderbird = OAuth2 em { $issuer }, feito pelo próprio Thunderbird; o mailsetup verifica os servidores sem entrar na conta
flow-plan-sign-in-password = acesso com senha (o Thunderbird a solicita); o mailsetup verifica os servidores sem entrar na conta
# $lookup nomeia a consulta (DNS SRV, autoconfig…).
flow-lookup-title = Consulta: { $lookup }
flow-stop-title = Esta conta pode ser convertida para OAuth2?
flow-source-catalogue = do catálogo interno do mailsetup
flow-source-user-choice = conforme sua escolha
flow-source-provider-file = do arquivo de provedor { $path }
flow-source-sandbox = a sandbox interna
flow-source-discovered = encontrado pela consulta { $lookup }
flow-source-thunderbird = do servidor que o Thunderbird já usa, { $host }

## As etapas de acesso e de verificações.
flow-token-title = Examinar o token de acesso
# $seconds é um número.
flow-token-expired = o endpoint de token disse que o token dura { $seconds } s, e esse tempo acabou
flow-no-sign-in-held = não há mais nenhum acesso ativo; entre na conta novamente
flow-sign-in-title = Entrar na conta pelo navegador
flow-smtp-title = Verificar o SMTP
flow-cancelled = cancelado
flow-not-done-yet = ainda não feito
flow-sign-in-by-thunderbird = não feito pelo mailsetup: o Thunderbird entra nesta conta sozinho
flow-stopped-by-plan = não tentado: esta conta não pode ser convertida para OAuth2 (veja acima)
flow-checks-after-failed-sign-in = não tentado, porque o acesso não foi concluído
flow-checks-not-yet = ainda não tentado

## A etapa do Thunderbird.
flow-write-title = Adicionar a conta ao Thunderbird
flow-migrate-title = Converter a conta do Thunderbird para OAuth2
flow-write-no-write = não gravado (--no-write)
# $account é a chave da conta no Thunderbird (account3), $profile uma pasta.
flow-write-added = conta { $account } adicionada a { $profile }
flow-write-already-present = o perfil já tem esta conta ({ $account }); nada foi alterado
flow-write-updated = a conta { $account } do perfil agora entra com OAuth2 (suas mensagens e pastas são mantidas)
flow-migrate-already = { $account } já entra com OAuth2; nada foi alterado
# $changes e $removed são números; $server é a chave do servidor no Thunderbird.
flow-migrate-done = { $account } agora entra com OAuth2 em { $incoming } ({ $changes } configurações alteradas, { $removed } senhas salvas removidas; a chave de servidor { $server } e suas mensagens foram mantidas)
flow-migrate-done-smtp = { $account } agora entra com OAuth2 em { $incoming } e { $smtp } ({ $changes } configurações alteradas, { $removed } senhas salvas removidas; a chave de servidor { $server } e suas mensagens foram mantidas)
# $detail é o detalhe da etapa; isto é acrescentado quando --force ignorou uma verificação.
flow-forced = { $detail } (feito apesar de uma verificação ter falhado: --force)
flow-write-skipped-no-write = não gravado: esta execução apenas verifica (--no-write)
flow-write-skipped-by-user = não gravado: você escolheu Pular
flow-write-skipped-sign-in = não gravado, porque o acesso não foi concluído
flow-write-skipped-check = não gravado, porque uma verificação falhou
flow-write-skipped-yet = ainda não gravado
flow-migrate-skipped-no-write = não convertido: esta execução apenas verifica (--no-write)
flow-migrate-skipped-by-user = não convertido: você escolheu Pular
flow-migrate-skipped-sign-in = não convertido, porque o acesso não foi concluído
flow-migrate-skipped-check = não convertido, porque uma verificação falhou (veja o diagnóstico; --force converteria mesmo assim)
flow-migrate-skipped-yet = ainda não convertido

## A passagem do acesso para o Thunderbird, para que ele abra já conectado.
flow-handoff-title = Manter o Thunderbird conectado
# $why é um dos motivos abaixo, ou um erro.
flow-handoff-without = { $why }; o Thunderbird vai pedir que você entre na conta uma vez ao ser aberto
flow-handoff-no-write = não passado adiante: esta execução não grava nada (--no-write)
flow-handoff-not-written = não passado adiante, porque a conta não foi gravada
flow-handoff-not-switched = não passado adiante, porque a conta não foi convertida
flow-handoff-no-sign-in = não passado adiante: o mailsetup não tem nenhum acesso ativo
flow-handoff-no-refresh = não passado adiante: o provedor não forneceu nenhum token de atualização
flow-handoff-turned-off = não passado adiante: desativado (--no-sign-in-handoff)
# Os motivos por que a passagem não pode acontecer, cada um sozinho (o
# assistente o mostra no lugar da caixa “Manter o Thunderbird conectado”) e no relatório.
flow-handoff-by-thunderbird = o Thunderbird entra nesta conta sozinho
flow-handoff-by-thunderbird-report = não é necessário: o Thunderbird entra nesta conta sozinho
flow-handoff-provider-file = o acesso foi feito para o registro de aplicativo próprio do arquivo de provedor, e o Thunderbird só pode usar um feito para o registro dele
flow-handoff-provider-file-report = não passado adiante: o acesso foi feito para o registro de aplicativo próprio do arquivo de provedor, e o Thunderbird só pode usar um feito para o registro dele
flow-handoff-sandbox = o acesso foi feito para o provedor de treino, e o Thunderbird só pode usar um feito para o registro dele
flow-handoff-sandbox-report = não passado adiante: o acesso foi feito para o provedor de treino, e o Thunderbird só pode usar um feito para o registro dele
flow-handoff-other-app = o acesso foi feito para um registro de aplicativo que não é o do Thunderbird, e o Thunderbird só pode usar um feito para o registro dele
flow-handoff-other-app-report = não passado adiante: o acesso foi feito para um registro de aplicativo que não é o do Thunderbird, e o Thunderbird só pode usar um feito para o registro dele
flow-handoff-other-service = o Thunderbird entra nestes servidores por outro serviço de autenticação da Microsoft
flow-handoff-other-service-report = não passado adiante: o Thunderbird entra nestes servidores por outro serviço de autenticação da Microsoft
# $user é um endereço.
flow-handoff-replaced = { $user } (substituindo o acesso salvo antes)
# $users lista os endereços; $nss é a pasta do NSS do Thunderbird.
flow-handoff-done = o Thunderbird abre conectado como { $users }: o acesso está no armazenamento de credenciais do perfil (logins.json), criptografado como o Thunderbird faz, com o próprio NSS dele de { $nss }; o mailsetup não guarda nenhuma cópia
flow-handoff-done-key-store = o Thunderbird abre conectado como { $users }: o acesso está no armazenamento de credenciais do perfil (logins.json), criptografado como o Thunderbird faz, com o próprio NSS dele de { $nss }; o mailsetup não guarda nenhuma cópia; o perfil não tinha armazenamento de chaves (key4.db) e agora tem um
# $detail é um dos dois textos acima; $backups lista arquivos.
flow-handoff-backups = { $detail }; backups: { $backups }

## O diagnóstico (doctor): o próprio acesso salvo do Thunderbird, renovado.
flow-doctor-no-browser = o doctor nunca abre um navegador
flow-saved-title = Encontrar o acesso salvo do Thunderbird
# $user é o nome de usuário, $issuer o servidor de autenticação.
flow-saved-none = o Thunderbird não tem acesso salvo para { $user } em { $issuer }: ele vai pedir que o usuário entre na conta na próxima vez que se conectar
flow-saved-found = o Thunderbird tem um acesso salvo para { $user } em { $issuer }
flow-save-title = Salvar o acesso renovado para o Thunderbird
flow-save-running = não salvo: o Thunderbird está em execução; o acesso salvo dele continua válido e o próprio Thunderbird o renova
flow-save-done = o provedor renovou o token de atualização; o novo substitui o do Thunderbird, como o próprio Thunderbird faria

signin-aadsts-code = Código AADSTS:
