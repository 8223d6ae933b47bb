# O chamado para o administrador, que o usuário envia ao departamento de TI.
# Os rótulos terminam com dois-pontos; os valores ficam alinhados em uma
# coluna. Os IDs entre [colchetes] ficam como estão.

ticket-subject = Assunto: { $subject }
ticket-subject-diagnosed = Falha na configuração de email de { $address }: { $title } [{ $id }]
ticket-subject-passed = Configuração de email de { $address }: todas as verificações foram aprovadas
ticket-subject-failed = Falha na configuração de email de { $address }
ticket-intro = O mailsetup { $version } verificou a conta de email abaixo; é necessária a intervenção de um administrador.
ticket-user = Usuário (caixa de correio):
ticket-signed-in-as = Entrou como:
ticket-time = Hora (UTC):
ticket-provider = Provedor:
ticket-shared-mailbox = Caixa compartilhada:
ticket-shared-mailbox-value = { $address } (aberta com o acesso de { $delegate })
ticket-sign-in = Acesso:
ticket-how-password = com senha (o Thunderbird a solicita); nenhum registro de aplicativo OAuth2 está envolvido
ticket-how-by-thunderbird = OAuth2, feito pelo próprio Thunderbird com o registro de aplicativo do próprio Thunderbird
ticket-how-thunderbirds-app = OAuth2, com o registro de aplicativo do próprio Thunderbird (o mesmo aplicativo com que o Thunderbird entra na conta)
ticket-how-other-app = OAuth2, com o registro de aplicativo indicado abaixo
ticket-tenant = ID do locatário:
ticket-tenant-unknown = desconhecido (sem token e sem locatário no endereço de acesso)
ticket-app-id = ID do aplicativo (cliente):
ticket-app-id-thunderbirds = { $id } (registro do próprio Thunderbird)
ticket-sign-in-at = Acesso em:
# $protocol é IMAP ou POP3.
ticket-incoming-server = Servidor { $protocol }:
ticket-smtp-server = Servidor SMTP:
ticket-failing-step = Etapa com falha:
ticket-result = Resultado:
ticket-server-said = O servidor respondeu:
ticket-diagnosis = Diagnóstico:
ticket-what-happened = O que aconteceu:
ticket-evidence = Evidências:
ticket-for-sign-in-logs = Para os logs de entrada do Entra ou do provedor:
ticket-admin-must-do = O que o administrador precisa fazer:
ticket-nothing-server-side = Nada no lado do servidor; o próprio usuário pode corrigir isto:
ticket-other-failed-steps = Outras etapas com falha:
ticket-generated = (Gerado pelo mailsetup; não contém senha nem token.)
