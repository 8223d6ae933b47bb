# La solicitud para el administrador, que el usuario envía al departamento
# de informática. Las etiquetas terminan en dos puntos; los valores quedan
# alineados en una columna. Los identificadores entre [corchetes] no cambian.

ticket-subject = Asunto: { $subject }
ticket-subject-diagnosed = Error en la configuración de correo de { $address }: { $title } [{ $id }]
ticket-subject-passed = Configuración de correo de { $address }: todas las comprobaciones superadas
ticket-subject-failed = Error en la configuración de correo de { $address }
ticket-intro = mailsetup { $version } ha comprobado la cuenta de correo indicada a continuación; hace falta la intervención de un administrador.
ticket-user = Usuario (buzón):
ticket-signed-in-as = Sesión iniciada como:
ticket-time = Hora (UTC):
ticket-provider = Proveedor:
ticket-shared-mailbox = Buzón compartido:
ticket-shared-mailbox-value = { $address } (abierto con el inicio de sesión de { $delegate })
ticket-sign-in = Inicio de sesión:
ticket-how-password = con contraseña (Thunderbird la pide); no interviene ningún registro de aplicación OAuth2
ticket-how-by-thunderbird = OAuth2, realizado por el propio Thunderbird con el registro de aplicación propio de Thunderbird
ticket-how-thunderbirds-app = OAuth2, con el registro de aplicación propio de Thunderbird (la misma aplicación con la que inicia sesión Thunderbird)
ticket-how-other-app = OAuth2, con el registro de aplicación indicado más abajo
ticket-tenant = ID de inquilino:
ticket-tenant-unknown = desconocido (no hay token ni inquilino en la dirección de inicio de sesión)
ticket-app-id = ID de aplicación (cliente):
ticket-app-id-thunderbirds = { $id } (registro propio de Thunderbird)
ticket-sign-in-at = Inicio de sesión en:
# $protocol es IMAP o POP3.
ticket-incoming-server = Servidor { $protocol }:
ticket-smtp-server = Servidor SMTP:
ticket-failing-step = Paso que falla:
ticket-result = Resultado:
ticket-server-said = El servidor respondió:
ticket-diagnosis = Diagnóstico:
ticket-what-happened = Qué ha pasado:
ticket-evidence = Indicio:
ticket-for-sign-in-logs = Para los registros de inicio de sesión de Entra o del proveedor:
ticket-admin-must-do = Qué debe hacer el administrador:
ticket-nothing-server-side = Nada en el lado del servidor; el usuario puede resolverlo por sí mismo:
ticket-other-failed-steps = Otros pasos que fallaron:
ticket-generated = (Generado por mailsetup; no contiene ninguna contraseña ni ningún token.)
