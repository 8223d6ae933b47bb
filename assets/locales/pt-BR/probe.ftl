# As verificações dos servidores de email (IMAP, POP3, SMTP): o título de
# cada etapa, o que ela encontrou ou por que falhou, e o que ela aguarda.
# As palavras em maiúsculas (IMAP, POP3, SMTP, TLS, STARTTLS, STLS, XOAUTH2,
# EHLO, CAPABILITY, CAPA, AUTH, MAIL FROM, RCPT TO, RSET, LOGOUT, QUIT,
# SMTPUTF8, INBOX) são palavras-chave dos próprios protocolos: ficam como
# estão. "mailsetup" é o nome do programa. $host é o nome de um servidor,
# $port o número da porta.

## As etapas, como cada linha do relatório as nomeia.
probe-step-imap-connect = Conectar ao servidor IMAP
probe-step-pop3-connect = Conectar ao servidor POP3
probe-step-smtp-connect = Conectar ao servidor SMTP
probe-step-tls = Proteger a conexão (TLS)
probe-step-capability = Perguntar quais métodos de autenticação ele oferece
probe-step-authenticate = Entrar com o token (XOAUTH2)
probe-step-imap-select = Abrir a pasta Entrada
# O POP3 não tem pastas: a etapa conta as mensagens que aguardam.
probe-step-pop3-stat = Examinar a pasta Entrada
probe-step-logout = Sair
probe-step-smtp-greeting = Ler a saudação
probe-step-smtp-envelope = Verificar se você pode enviar como você mesmo (nenhuma mensagem é enviada)
probe-step-smtp-test-message = Enviar uma mensagem de teste para você mesmo
# A única etapa que representa uma verificação inteira que não pôde ser feita.
probe-step-imap-check = Verificar o IMAP
probe-step-pop3-check = Verificar o POP3

## O que uma etapa aguarda, mostrado em "Aguardando { $what } (3 s de 8 s)"
## (progress-waiting). O servidor de recebimento é o servidor IMAP ou POP3; o de
## saída, o servidor SMTP.
probe-waiting-incoming-connect = o servidor de recebimento aceitar a conexão
probe-waiting-incoming-tls = o servidor de recebimento estabelecer uma conexão segura
probe-waiting-incoming-methods = o servidor de recebimento informar como você pode entrar
probe-waiting-incoming-sign-in = o servidor de recebimento aceitar seu acesso
probe-waiting-incoming-inbox = o servidor de recebimento abrir sua pasta Entrada
probe-waiting-incoming-goodbye = o servidor de recebimento se despedir
probe-waiting-outgoing-connect = o servidor de envio aceitar a conexão
probe-waiting-outgoing-answer = o servidor de envio responder
probe-waiting-outgoing-tls = o servidor de envio estabelecer uma conexão segura
probe-waiting-outgoing-methods = o servidor de envio informar como você pode entrar
probe-waiting-outgoing-sign-in = o servidor de envio aceitar seu acesso
probe-waiting-outgoing-envelope = o servidor de envio confirmar que você pode enviar
probe-waiting-outgoing-test-message = o servidor de envio aceitar a mensagem de teste
probe-waiting-any = o servidor de email responder

## Por que uma etapa não foi tentada.
probe-skip-no-token = não tentado: o mailsetup não entra nesta conta; quem entra é o Thunderbird, na primeira vez que se conectar
probe-skip-password-server = não tentado: neste servidor o acesso é feito com senha, que o Thunderbird solicita; o mailsetup nunca lida com senhas
# $step é o título da etapa que falhou.
probe-skip-after-failure = não tentado, porque “{ $step }” falhou
probe-skip = não tentado

## A conexão. $address é o endereço IP e a porta do servidor, $target o
## nome e a porta do servidor ("mail.example.com:993"), $error as palavras
## do próprio sistema operacional.
probe-detail-connected = conectado a { $host }:{ $port } ({ $address })
probe-fail-connection-refused = { $target } recusou a conexão (nada aguarda conexões ali, ou um firewall a rejeita)
probe-fail-connection-reset = { $target } redefiniu a conexão
probe-fail-connect-timed-out = { $target } não respondeu
probe-fail-name-not-resolved = não foi possível resolver o nome { $host }: { $error }
probe-fail-cannot-connect = não é possível conectar a { $target }: { $error }
# $seconds é o prazo da etapa.
probe-fail-no-answer = nenhuma resposta em { $seconds } s

## A proteção da conexão. $version é a versão do TLS ("TLSv1.3"), $command
## o comando do protocolo para isso (STARTTLS ou STLS), $reason as palavras
## da própria biblioteca TLS.
probe-detail-tls = { $version }, certificado verificado para { $host }
probe-detail-tls-after-command = { $command }, depois { $version }, certificado verificado para { $host }
probe-fail-tls-server-name = { $host } não é um nome de servidor TLS válido
probe-fail-tls-handshake = o handshake TLS falhou: { $reason }
probe-fail-tls-certificate = o handshake TLS falhou: o certificado do servidor foi recusado: { $reason }
probe-fail-no-starttls = o servidor não oferece { $command }; o mailsetup para aqui para que seu token nunca seja enviado sem criptografia
probe-fail-starttls-refused = o servidor recusou { $command }; o mailsetup para aqui para que seu token nunca seja enviado sem criptografia
# $offers lista o que o servidor oferece, nas palavras-chave do SMTP ("AUTH PLAIN, AUTH LOGIN").
probe-fail-smtp-no-starttls = o servidor não oferece STARTTLS (oferece { $offers }); o mailsetup para aqui para que seu token nunca seja enviado sem criptografia
probe-fail-smtp-no-starttls-nor-auth = o servidor não oferece STARTTLS (não oferece nem STARTTLS nem AUTH); o mailsetup para aqui para que seu token nunca seja enviado sem criptografia
# $bytes é um número de bytes.
probe-fail-starttls-injection = o servidor enviou mais { $bytes } bytes em texto simples logo depois de aceitar o STARTTLS, antes do início da criptografia; algo na rede (ou o servidor) está adulterando a conexão, por isso o mailsetup parou antes do handshake TLS
probe-fail-not-encrypted = a conexão não está criptografada; o token não foi enviado

## A saudação e os métodos de autenticação. $methods lista os métodos nas
## palavras-chave do protocolo ("AUTH=XOAUTH2 AUTH=PLAIN", "PLAIN XOAUTH2").
probe-fail-greeting-refused = o servidor recusou a conexão na saudação
probe-fail-smtp-greeting = o servidor não enviou uma saudação válida
probe-fail-smtp-more-than-greeting = o servidor enviou mais do que a saudação antes de receber qualquer pergunta
probe-detail-smtp-greeted = o servidor enviou a saudação
probe-detail-smtp-greeted-offers = o servidor enviou a saudação e respondeu ao EHLO (oferece { $offers })
probe-detail-smtp-greeted-offers-nothing = o servidor enviou a saudação e respondeu ao EHLO (não oferece nem STARTTLS nem AUTH)
probe-fail-smtp-ehlo-refused = o servidor recusou o EHLO
probe-detail-offers-xoauth2 = oferece XOAUTH2
probe-detail-offers-xoauth2-among = oferece XOAUTH2 (métodos de autenticação: { $methods })
probe-detail-methods = métodos de autenticação: { $methods }
probe-detail-imap-methods-login-only = métodos de autenticação: nenhum método AUTH= (somente LOGIN)
probe-detail-pop3-methods-user-pass-only = métodos de autenticação: nenhum método SASL (somente USER/PASS)
probe-detail-smtp-offers = oferece { $offers }
probe-detail-smtp-offers-nothing = não oferece nem STARTTLS nem AUTH
probe-fail-no-xoauth2 = o servidor não oferece XOAUTH2, necessário para entrar com token; ele oferece: { $methods }
probe-fail-imap-no-xoauth2-no-methods = o servidor não oferece XOAUTH2, necessário para entrar com token; ele oferece: nenhum método AUTH=
probe-fail-pop3-no-xoauth2-no-methods = o servidor não oferece XOAUTH2, necessário para entrar com token; ele oferece: nenhum método SASL (somente USER/PASS)
probe-fail-smtp-no-xoauth2 = o servidor não oferece XOAUTH2 (AUTH XOAUTH2), necessário para entrar com token
probe-fail-capability = CAPABILITY falhou
# $command é CAPABILITY (IMAP) ou CAPA (POP3).
probe-fail-data-after-capability = o servidor enviou dados inesperados depois de { $command }

## O acesso. $address é a caixa de correio ou a pessoa que entra na conta.
probe-detail-token-accepted = o servidor aceitou o token para { $address }
probe-fail-token-refused = o servidor recusou o token
probe-fail-auth-not-accepted = o servidor não aceitou AUTH XOAUTH2
probe-fail-auth-unexpected = resposta inesperada ao AUTH

## A pasta Entrada e a despedida. $count é um número de mensagens.
probe-detail-imap-inbox =
    { $count ->
        [one] INBOX contém { $count } mensagem
       *[other] INBOX contém { $count } mensagens
    }
probe-detail-pop3-inbox =
    { $count ->
        [one] a pasta Entrada contém { $count } mensagem
       *[other] a pasta Entrada contém { $count } mensagens
    }
probe-detail-pop3-inbox-open = a pasta Entrada está aberta
probe-fail-inbox = não foi possível abrir a pasta Entrada
probe-detail-logged-out = saiu corretamente
# $command é LOGOUT (IMAP) ou QUIT (POP3).
probe-fail-logout = { $command } falhou

## Se o servidor aceita mensagens da caixa de correio. $address é a caixa
## de correio, $error as palavras da própria biblioteca de email.
probe-detail-envelope = o servidor aceita mensagens de { $address } (depois RSET: nada foi enviado)
probe-fail-sender-invalid = { $address } não pode ser usado como remetente: { $error }
probe-fail-sender-needs-smtputf8 = { $address } tem caracteres fora do ASCII antes do @; enviar a partir dele exige a extensão SMTPUTF8 do servidor, que este servidor não oferece, por isso ele não pode aceitar mensagens deste endereço

## Comandos SMTP que o servidor recusou ou que foram interrompidos. $error é
## o que o servidor ou a biblioteca de email disse.
probe-fail-ehlo = EHLO falhou
probe-fail-ehlo-because = EHLO falhou: { $error }
probe-fail-sender-refused = o servidor recusou você como remetente (MAIL FROM)
probe-fail-sender-refused-because = o servidor recusou você como remetente (MAIL FROM): { $error }
probe-fail-recipient-refused = o servidor recusou o destinatário (RCPT TO)
probe-fail-recipient-refused-because = o servidor recusou o destinatário (RCPT TO): { $error }
probe-fail-rset = RSET falhou
probe-fail-rset-because = RSET falhou: { $error }
probe-fail-token-refused-because = o servidor recusou o token: { $error }
probe-fail-test-message-refused = o servidor recusou a mensagem de teste
probe-fail-test-message-refused-because = o servidor recusou a mensagem de teste: { $error }

## A única mensagem de teste. $sender é o endereço como o qual ela é
## enviada, $recipient o endereço usado para entrar.
probe-detail-test-message-sent = o servidor aceitou uma mensagem de teste de { $sender } para { $recipient }
probe-fail-test-message-address = { $address } não pode ser usado em uma mensagem: { $error }
probe-fail-test-message-build = não foi possível montar a mensagem de teste: { $error }
probe-fail-test-message-envelope = a mensagem de teste não tem um envelope válido: { $error }

## Leitura e escrita. $error são as palavras do próprio sistema
## operacional, $limit um número de bytes.
probe-fail-read = a leitura do servidor falhou: { $error }
probe-fail-write = a escrita no servidor falhou: { $error }
probe-fail-closed = o servidor encerrou a conexão
probe-fail-cannot-check-connection = não foi possível verificar a conexão: { $error }
probe-fail-line-too-long = o servidor enviou uma linha com mais de { $limit } bytes; o mailsetup parou de ler (um servidor de email nunca precisa de tanto: ele está com defeito ou é hostil)
probe-fail-step-too-long = o servidor enviou mais de { $limit } bytes em resposta a uma etapa; o mailsetup parou de ler (um servidor de email nunca precisa de tanto: ele está com defeito ou é hostil)
probe-fail-not-smtp-reply = a resposta do servidor não é uma resposta SMTP
# $first e $then são códigos de resposta SMTP (250, 535).
probe-fail-smtp-code-changed = a resposta do servidor mudou o código de { $first } para { $then } no meio
