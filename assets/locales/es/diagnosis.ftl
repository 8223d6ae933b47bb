# El diagnóstico como texto, y las palabras que sustituyen lo que una comprobación no sabe.

diagnosis-card-title = Diagnóstico [{ $id }]: { $title }
diagnosis-on-the-command-line = En la línea de comandos:
diagnosis-evidence = Indicio:

kb-unknown-user = la cuenta afectada
kb-unknown-app-id = (el identificador de la aplicación que inicia sesión; el de Thunderbird es 9e5f94bc-e8a4-4e73-b8be-63364c29d753)
kb-unknown-tenant = el identificador de inquilino o el dominio de su organización
kb-unknown-imap-host = el servidor de entrada
kb-unknown-smtp-host = el servidor de salida
kb-unknown-signed-in-account = la cuenta con la que se inició sesión
kb-unknown-delegate = la persona que abre el buzón compartido

kb-approve-in-admin-console = (apruebe la aplicación { $app_id } en la consola de administración de su proveedor)
kb-unknown-admin-consent-url = la página de consentimiento del administrador para la aplicación (la solicitud de una comprobación indica su dirección)
