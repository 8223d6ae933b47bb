# La búsqueda de la configuración de correo de una dirección, y el formulario
# para introducirla a mano cuando no se encontró nada. IMAP, POP3, SMTP, TLS
# y STARTTLS son nombres de protocolos y se quedan como están.

discovery-looking-up = Buscando la configuración de correo de { $domain }…
discovery-offline = Parece que no tiene conexión: ninguna de las consultas obtuvo respuesta. Compruebe su conexión y vuelva a intentarlo.
discovery-try-again = Reintentar
discovery-try-again-hint = Buscar la configuración otra vez
discovery-or-enter-servers = O, si conoce sus servidores de correo, introdúzcalos aquí:
discovery-nothing-found = No se encontró nada para este dominio.
# Un desplegable que enumera cada consulta; $lookups es un número, $millis milisegundos.
discovery-how-found = { $lookups ->
    [one] Cómo se encontró ({ $lookups } consulta, { $millis } ms)
   *[other] Cómo se encontró ({ $lookups } consultas, { $millis } ms)
}
discovery-technical-details = Detalles técnicos de las consultas

manual-heading = Configuración del servidor
manual-receive-with = Recibir con
manual-imap = IMAP (el correo se queda en el servidor)
manual-pop3 = POP3 (el correo se descarga)
# $protocol es IMAP o POP3.
manual-incoming = Servidor de entrada ({ $protocol })
manual-outgoing = Servidor de salida (SMTP)
manual-port = puerto
# El nombre del campo del puerto para los lectores de pantalla; $server es manual-incoming o manual-outgoing.
manual-port-name = { $server }: puerto
manual-sign-in = Inicio de sesión
manual-sign-in-microsoft-365 = Microsoft 365 (trabajo o centro educativo)
manual-sign-in-password = Contraseña
manual-continue = Continuar con esta configuración
# $what es manual-incoming o manual-outgoing; $host, lo que se escribió.
manual-host-empty = { $what }: introduzca el nombre del servidor, por ejemplo mail.example.com.
manual-host-invalid = { $what }: «{ $host }» no es un nombre de servidor; debería ser algo como mail.example.com.
manual-port-invalid = { $what }, puerto: introduzca un número del 1 al 65535 (normalmente 993 para IMAP, 995 para POP3, 587 o 465 para el servidor de salida).

# The provider's name in the report when the servers were typed in.
manual-provider-by-hand = Configuración introducida a mano
