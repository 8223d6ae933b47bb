# A busca das configurações de email de um endereço, e o formulário para
# informá-las manualmente quando nada foi encontrado. IMAP, POP3, SMTP, TLS e
# STARTTLS são nomes de protocolos e ficam como estão.

discovery-looking-up = Procurando as configurações de email de { $domain }…
discovery-offline = Parece que você está desconectado: nenhuma das consultas teve resposta. Verifique sua conexão e tente novamente.
discovery-try-again = Tentar novamente
discovery-try-again-hint = Procurar as configurações mais uma vez
discovery-or-enter-servers = Ou, se você conhece seus servidores de email, informe-os aqui:
discovery-nothing-found = Nada foi encontrado para este domínio.
# Uma seção recolhível com cada consulta; $lookups é um número, $millis milissegundos.
discovery-how-found = { $lookups ->
    [one] Como isto foi encontrado ({ $lookups } consulta, { $millis } ms)
   *[other] Como isto foi encontrado ({ $lookups } consultas, { $millis } ms)
}
discovery-technical-details = Detalhes técnicos das consultas

manual-heading = Configurações do servidor
manual-receive-with = Receber com
manual-imap = IMAP (as mensagens ficam no servidor)
manual-pop3 = POP3 (as mensagens são baixadas)
# $protocol é IMAP ou POP3.
manual-incoming = Servidor de recebimento ({ $protocol })
manual-outgoing = Servidor de envio (SMTP)
manual-port = porta
# O nome do campo da porta para leitores de tela; $server é manual-incoming ou manual-outgoing.
manual-port-name = { $server }: porta
manual-sign-in = Acesso
manual-sign-in-microsoft-365 = Microsoft 365 (conta corporativa ou de estudante)
manual-sign-in-password = Senha
manual-continue = Continuar com estas configurações
# $what é manual-incoming ou manual-outgoing; $host o que foi digitado.
manual-host-empty = { $what }: digite o nome do servidor, como mail.example.com.
manual-host-invalid = { $what }: “{ $host }” não é um nome de servidor; ele deve ser parecido com mail.example.com.
manual-port-invalid = { $what }, porta: digite um número de 1 a 65535 (normalmente 993 para IMAP, 995 para POP3, 587 ou 465 para o servidor de envio).

# The provider's name in the report when the servers were typed in.
manual-provider-by-hand = Configurações inseridas manualmente
