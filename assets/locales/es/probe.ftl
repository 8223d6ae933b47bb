# Las comprobaciones de los servidores de correo (IMAP, POP3, SMTP): el título
# de cada paso, lo que encontró o por qué falló, y lo que espera. Las palabras
# en mayúsculas (IMAP, POP3, SMTP, TLS, STARTTLS, STLS, XOAUTH2, EHLO,
# CAPABILITY, CAPA, AUTH, MAIL FROM, RCPT TO, RSET, LOGOUT, QUIT, SMTPUTF8,
# INBOX) son palabras clave de los protocolos: dejarlas tal cual. «mailsetup»
# es el nombre del programa. $host es el nombre de un servidor, $port su
# número de puerto.

## Los pasos, tal como los nombra cada línea del informe.
probe-step-imap-connect = Conectar con el servidor IMAP
probe-step-pop3-connect = Conectar con el servidor POP3
probe-step-smtp-connect = Conectar con el servidor SMTP
probe-step-tls = Proteger la conexión (TLS)
probe-step-capability = Preguntar qué métodos de identificación ofrece
probe-step-authenticate = Iniciar sesión con el token (XOAUTH2)
probe-step-imap-select = Abrir la bandeja de entrada
# POP3 no tiene carpetas: el paso cuenta los mensajes que esperan.
probe-step-pop3-stat = Mirar en la bandeja de entrada
probe-step-logout = Cerrar sesión
probe-step-smtp-greeting = Leer el saludo
probe-step-smtp-envelope = Comprobar que puede enviar en su propio nombre (no se envía ningún mensaje)
probe-step-smtp-test-message = Enviarse un mensaje de prueba
# El único paso que representa toda una comprobación que no pudo ejecutarse.
probe-step-imap-check = Comprobar IMAP
probe-step-pop3-check = Comprobar POP3

## Lo que espera un paso, mostrado dentro de «Esperando a { $what } (3 s de 8 s)»
## (progress-waiting). El servidor de entrada es el servidor IMAP o POP3, el de
## salida el servidor SMTP.
probe-waiting-incoming-connect = que el servidor de entrada acepte la conexión
probe-waiting-incoming-tls = que el servidor de entrada establezca una conexión segura
probe-waiting-incoming-methods = que el servidor de entrada indique cómo puede iniciar sesión
probe-waiting-incoming-sign-in = que el servidor de entrada acepte su inicio de sesión
probe-waiting-incoming-inbox = que el servidor de entrada abra su bandeja de entrada
probe-waiting-incoming-goodbye = que el servidor de entrada se despida
probe-waiting-outgoing-connect = que el servidor de salida acepte la conexión
probe-waiting-outgoing-answer = que el servidor de salida responda
probe-waiting-outgoing-tls = que el servidor de salida establezca una conexión segura
probe-waiting-outgoing-methods = que el servidor de salida indique cómo puede iniciar sesión
probe-waiting-outgoing-sign-in = que el servidor de salida acepte su inicio de sesión
probe-waiting-outgoing-envelope = que el servidor de salida confirme que puede enviar
probe-waiting-outgoing-test-message = que el servidor de salida acepte el mensaje de prueba
probe-waiting-any = que el servidor de correo responda

## Por qué no se intentó un paso.
probe-skip-no-token = no se intentó: mailsetup no inicia sesión en esta cuenta por sí mismo; lo hace Thunderbird, la primera vez que se conecta
probe-skip-password-server = no se intentó: en este servidor se inicia sesión con una contraseña, que pide Thunderbird; mailsetup nunca maneja contraseñas
# $step es el título del paso que falló.
probe-skip-after-failure = no se intentó, porque falló «{ $step }»
probe-skip = no se intentó

## La conexión. $address es la dirección IP y el puerto del servidor, $target
## el nombre y el puerto del servidor («mail.example.com:993»), $error las
## palabras del propio sistema operativo.
probe-detail-connected = conectado con { $host }:{ $port } ({ $address })
probe-fail-connection-refused = { $target } rechazó la conexión (no hay nada escuchando ahí, o un cortafuegos la rechaza)
probe-fail-connection-reset = { $target } restableció la conexión
probe-fail-connect-timed-out = { $target } no respondió
probe-fail-name-not-resolved = no se pudo resolver el nombre { $host }: { $error }
probe-fail-cannot-connect = no se puede conectar con { $target }: { $error }
# $seconds es el plazo del paso.
probe-fail-no-answer = ninguna respuesta en { $seconds } s

## La protección de la conexión. $version es la versión de TLS («TLSv1.3»),
## $command el comando del protocolo para ello (STARTTLS o STLS), $reason las
## palabras de la propia biblioteca TLS.
probe-detail-tls = { $version }, certificado verificado para { $host }
probe-detail-tls-after-command = { $command }, después { $version }, certificado verificado para { $host }
probe-fail-tls-server-name = { $host } no es un nombre de servidor TLS válido
probe-fail-tls-handshake = falló el protocolo de enlace TLS: { $reason }
probe-fail-tls-certificate = falló el protocolo de enlace TLS: se rechazó el certificado del servidor: { $reason }
probe-fail-no-starttls = el servidor no ofrece { $command }; mailsetup se detiene aquí para que su token nunca se envíe sin cifrar
probe-fail-starttls-refused = el servidor rechazó { $command }; mailsetup se detiene aquí para que su token nunca se envíe sin cifrar
# $offers enumera lo que ofrece el servidor con las palabras clave de SMTP («AUTH PLAIN, AUTH LOGIN»).
probe-fail-smtp-no-starttls = el servidor no ofrece STARTTLS (ofrece { $offers }); mailsetup se detiene aquí para que su token nunca se envíe sin cifrar
probe-fail-smtp-no-starttls-nor-auth = el servidor no ofrece STARTTLS (no ofrece ni STARTTLS ni AUTH); mailsetup se detiene aquí para que su token nunca se envíe sin cifrar
# $bytes es un número de bytes.
probe-fail-starttls-injection = el servidor envió { $bytes } bytes más en texto sin cifrar justo después de aceptar STARTTLS, antes de que empezara el cifrado; algo en la red (o el servidor) está manipulando la conexión, así que mailsetup se detuvo antes del protocolo de enlace TLS
probe-fail-not-encrypted = la conexión no está cifrada; no se envió el token

## El saludo y los métodos de identificación. $methods enumera los métodos
## con las palabras clave del protocolo («AUTH=XOAUTH2 AUTH=PLAIN», «PLAIN XOAUTH2»).
probe-fail-greeting-refused = el servidor rechazó la conexión en su saludo
probe-fail-smtp-greeting = el servidor no saludó correctamente
probe-fail-smtp-more-than-greeting = el servidor envió algo más que su saludo antes de que se le preguntara nada
probe-detail-smtp-greeted = el servidor saludó
probe-detail-smtp-greeted-offers = el servidor saludó y respondió a EHLO (ofrece { $offers })
probe-detail-smtp-greeted-offers-nothing = el servidor saludó y respondió a EHLO (no ofrece ni STARTTLS ni AUTH)
probe-fail-smtp-ehlo-refused = el servidor rechazó EHLO
probe-detail-offers-xoauth2 = ofrece XOAUTH2
probe-detail-offers-xoauth2-among = ofrece XOAUTH2 (métodos de identificación: { $methods })
probe-detail-methods = métodos de identificación: { $methods }
probe-detail-imap-methods-login-only = métodos de identificación: ningún método AUTH= (solo LOGIN)
probe-detail-pop3-methods-user-pass-only = métodos de identificación: ningún método SASL (solo USER/PASS)
probe-detail-smtp-offers = ofrece { $offers }
probe-detail-smtp-offers-nothing = no ofrece ni STARTTLS ni AUTH
probe-fail-no-xoauth2 = el servidor no ofrece XOAUTH2, necesario para iniciar sesión con un token; ofrece: { $methods }
probe-fail-imap-no-xoauth2-no-methods = el servidor no ofrece XOAUTH2, necesario para iniciar sesión con un token; ofrece: ningún método AUTH=
probe-fail-pop3-no-xoauth2-no-methods = el servidor no ofrece XOAUTH2, necesario para iniciar sesión con un token; ofrece: ningún método SASL (solo USER/PASS)
probe-fail-smtp-no-xoauth2 = el servidor no ofrece XOAUTH2 (AUTH XOAUTH2), necesario para iniciar sesión con un token
probe-fail-capability = falló CAPABILITY
# $command es CAPABILITY (IMAP) o CAPA (POP3).
probe-fail-data-after-capability = el servidor envió datos inesperados después de { $command }

## El inicio de sesión. $address es el buzón o la persona que inicia sesión.
probe-detail-token-accepted = el servidor aceptó el token para { $address }
probe-fail-token-refused = el servidor rechazó el token
probe-fail-auth-not-accepted = el servidor no aceptó AUTH XOAUTH2
probe-fail-auth-unexpected = respuesta inesperada a AUTH

## La bandeja de entrada y la despedida. $count es un número de mensajes.
probe-detail-imap-inbox =
    { $count ->
        [one] INBOX contiene { $count } mensaje
       *[other] INBOX contiene { $count } mensajes
    }
probe-detail-pop3-inbox =
    { $count ->
        [one] la bandeja de entrada contiene { $count } mensaje
       *[other] la bandeja de entrada contiene { $count } mensajes
    }
probe-detail-pop3-inbox-open = la bandeja de entrada está abierta
probe-fail-inbox = no se pudo abrir la bandeja de entrada
probe-detail-logged-out = sesión cerrada correctamente
# $command es LOGOUT (IMAP) o QUIT (POP3).
probe-fail-logout = falló { $command }

## Si el servidor acepta correo del buzón. $address es el buzón, $error las
## palabras de la propia biblioteca de correo.
probe-detail-envelope = el servidor acepta correo de { $address } (después RSET: no se envió nada)
probe-fail-sender-invalid = { $address } no se puede usar como remitente: { $error }
probe-fail-sender-needs-smtputf8 = { $address } tiene caracteres que no son ASCII antes de la @; enviar desde ella requiere la extensión SMTPUTF8 del servidor, que este servidor no ofrece, así que no puede aceptar correo de esta dirección

## Comandos SMTP que el servidor rechazó o que se interrumpieron. $error es lo
## que dijo el servidor o la biblioteca de correo.
probe-fail-ehlo = falló EHLO
probe-fail-ehlo-because = falló EHLO: { $error }
probe-fail-sender-refused = el servidor lo rechazó como remitente (MAIL FROM)
probe-fail-sender-refused-because = el servidor lo rechazó como remitente (MAIL FROM): { $error }
probe-fail-recipient-refused = el servidor rechazó al destinatario (RCPT TO)
probe-fail-recipient-refused-because = el servidor rechazó al destinatario (RCPT TO): { $error }
probe-fail-rset = falló RSET
probe-fail-rset-because = falló RSET: { $error }
probe-fail-token-refused-because = el servidor rechazó el token: { $error }
probe-fail-test-message-refused = el servidor rechazó el mensaje de prueba
probe-fail-test-message-refused-because = el servidor rechazó el mensaje de prueba: { $error }

## El único mensaje de prueba. $sender es la dirección como la que se envía,
## $recipient la que inició sesión.
probe-detail-test-message-sent = el servidor aceptó un mensaje de prueba de { $sender } para { $recipient }
probe-fail-test-message-address = { $address } no se puede usar en un mensaje: { $error }
probe-fail-test-message-build = no se pudo componer el mensaje de prueba: { $error }
probe-fail-test-message-envelope = el mensaje de prueba no tiene un sobre válido: { $error }

## Lectura y escritura. $error son las palabras del propio sistema operativo,
## $limit un número de bytes.
probe-fail-read = falló la lectura del servidor: { $error }
probe-fail-write = falló la escritura en el servidor: { $error }
probe-fail-closed = el servidor cerró la conexión
probe-fail-cannot-check-connection = no se pudo comprobar la conexión: { $error }
probe-fail-line-too-long = el servidor envió una línea de más de { $limit } bytes; mailsetup dejó de leer (un servidor de correo nunca necesita tanto: está averiado o es hostil)
probe-fail-step-too-long = el servidor envió más de { $limit } bytes como respuesta a un solo paso; mailsetup dejó de leer (un servidor de correo nunca necesita tanto: está averiado o es hostil)
probe-fail-not-smtp-reply = la respuesta del servidor no es una respuesta SMTP
# $first y $then son códigos de respuesta SMTP (250, 535).
probe-fail-smtp-code-changed = la respuesta del servidor cambió su código de { $first } a { $then } a mitad de camino
