# Los textos propios de la línea de comandos (la tabla de la auditoría está en audit.ftl).

## mailsetup --fix-needed, que se ejecuta al iniciar sesión. $reason es el estado de la cuenta en palabras.
cli-fix-needed-nothing = Todas las cuentas de correo de Thunderbird están bien: no hay nada que reparar.
cli-fix-needed = Hay que reparar { $address } (perfil «{ $profile }»): { $reason }.

## mailsetup profiles, migrate, doctor, restore, export, alias. Las rutas,
## direcciones y nombres de servidor se rellenan; las opciones y órdenes
## entre comillas invertidas se quedan como están.
cli-no-profiles = No se encontraron perfiles de Thunderbird (se buscó en { $looked }).
cli-profiles-needs-oauth2 = Las cuentas marcadas con [necesita OAuth2] dejarán de funcionar cuando el proveedor desactive las contraseñas: `mailsetup migrate` las pasa a OAuth2 tal como están.
cli-asking-host = Preguntando dónde está alojado el correo de { $address } ({ $server } no es un nombre que mailsetup conozca)…
cli-migrate-nothing = Ninguna cuenta de { $profile } necesita pasar a OAuth2.
cli-migrate-ask = { $accounts ->
    [one] ¿Iniciar sesión y comprobar primero, y después cambiar esta cuenta?
   *[other] ¿Iniciar sesión y comprobar primero, y después cambiar estas { $accounts } cuentas?
}
cli-nothing-changed = No se ha cambiado nada.
cli-migrate-not-changed = La cuenta no se ha cambiado. Lea el diagnóstico de arriba; `--force` la cambia de todos modos.
cli-migrate-start-thunderbird = Inicie Thunderbird: le pedirá que inicie sesión una vez (en su navegador a partir de la versión 153).
cli-doctor-nothing = Ninguna cuenta de { $profile } inicia sesión con OAuth2 en un proveedor al que mailsetup pueda consultar.
cli-doctor-nothing-for = Ninguna cuenta de { $profile } inicia sesión con OAuth2 para { $address } en un proveedor al que mailsetup pueda consultar.
cli-no-backups = No hay copias de seguridad de mailsetup en { $profile }.
cli-backups = Copias de seguridad en { $folder } (las más recientes primero):
cli-restore-how = Para restaurar una: mailsetup restore --profile { $profile } NOMBRE
cli-restored = { $file } restaurado a partir de { $backup }.
cli-restored-kept = El archivo tal como estaba se conserva en { $path }.
cli-written = Escrito en { $path }.
cli-alias-not-sent = El mensaje de prueba de { $alias } no se pudo enviar, así que no se añadió el alias. No se ha cambiado nada.
cli-alias-sent = El servidor aceptó el mensaje de prueba de { $alias }. Búsquelo en la bandeja de entrada de { $owner }: si dice que es de { $owner } y no de { $alias }, Exchange ha reescrito el remitente, y el administrador debe permitir el envío desde alias (Set-OrganizationConfig -SendFromAliasEnabled $true).
# $name es el nombre que ven los destinatarios; $account e $identity son claves de Thunderbird (account1, id2).
cli-alias-added = { $alias } ({ $name }) se ha añadido a { $owner } ({ $account }) como identidad { $identity }: elíjala en el campo «De» de Thunderbird.
cli-alias-present = { $owner } ya envía como { $alias } (identidad { $identity }); no se ha cambiado nada.
cli-backup-of-prefs = Copia de seguridad de prefs.js: { $path }.

## mailsetup setup y check.
cli-bundle-written = Paquete de soporte escrito en { $path } (no contiene ninguna contraseña ni ningún token).
# $seconds es cuánto puede tardar el inicio de sesión.
cli-sign-in-browser = Inicie sesión en su navegador. Si no se ha abierto ningún navegador, abra este enlace:
    {"  "}{ $link }
    Esperando hasta { $seconds } s…
cli-way-out = En la línea de comandos, --provider-file ARCHIVO indica los servidores a mano, y la opción --microsoft-365 de setup elige Microsoft 365 (trabajo o centro educativo).

## Por qué no se pudo ejecutar una orden (se muestra tras «mailsetup: »).
## $error es el motivo del sistema o del analizador, tal como lo dice;
## $path, $root, $profile y $file son archivos o carpetas; $address, $alias
## y $owner direcciones de correo. --profile y `mailsetup profiles` se
## quedan como están; CARPETA es el marcador de help-value-dir.
cli-manpage-failed = no se pudo escribir la página de manual: { $error }
cli-no-home = no se encuentra su carpeta personal para buscar Thunderbird en ella
cli-profile-dir-missing = la carpeta de perfil { $path } no existe
cli-bundle-failed = no se puede escribir el paquete de soporte en { $path }: { $error }
cli-write-failed = no se puede escribir { $path }: { $error }
cli-no-profile-under = no hay ningún perfil de Thunderbird en { $root }; indique --profile CARPETA
cli-no-prefs = { $profile } no tiene prefs.js, así que no tiene cuentas
cli-no-account-for = el perfil { $profile } no tiene ninguna cuenta para { $address }; `mailsetup profiles` enumera sus cuentas
# $account es la clave de la cuenta en prefs.js (account1), $server su servidor entrante.
cli-migrate-not-oauth-provider = { $address } ({ $account } en { $server }) no está en Microsoft ni en Google, hasta donde mailsetup puede saber, así que aquí no se puede pasar a OAuth2
cli-no-google-plan = no hay ningún plan para Google
# $provider es el nombre del proveedor.
cli-export-password = { $address }: { $provider } inicia sesión con contraseña, y mailsetup no distribuye cuentas así
# $servers es un nombre de servidor, o dos unidos con cli-two-servers.
cli-export-no-oauth = { $address }: Thunderbird no puede usar OAuth2 con { $servers }, así que una cuenta exportada no podría iniciar sesión
cli-two-servers = { $first } y { $second }
cli-alias-invalid = el alias: { $error }
cli-alias-is-owner = { $alias } es la propia dirección de la cuenta, no un alias de ella
cli-alias-sign-in-unknown = mailsetup no sabe cómo inicia sesión { $owner }, así que no puede enviar el mensaje de prueba

## mailsetup migrate, antes de preguntar: lo que cambiaría en cada cuenta.
## $account es la clave de la cuenta en prefs.js (account1), $protocol imap
## o pop3, $server su servidor entrante, $provider microsoft o google; $pref
## es el nombre de una preferencia, y $value y $old sus valores, todos tal
## como están.
cli-migrate-plan = { $address } ({ $account }, { $protocol } { $server }) → OAuth2 en { $provider }:
cli-migrate-pref = { $pref } = { $value }   (antes { $old })
cli-migrate-pref-new = { $pref } = { $value }   (antes sin definir)
cli-migrate-filters = los filtros de { $file } pasan al nuevo nombre de servidor
# $origin es aquello para lo que se guardó la contraseña (imap://mail.example.com).
cli-migrate-password-removed = se elimina la contraseña guardada para { $origin } (ahora Thunderbird inicia sesión con OAuth2)
# $note es una de las notas propias del cambio.
cli-migrate-note = nota: { $note }
cli-already-oauth2 = { $address } ({ $account }) ya inicia sesión con OAuth2; no hay nada que hacer.

## mailsetup restore, una línea por copia de seguridad: $name es su nombre
## (el que admite restore), $bytes su tamaño en bytes (solo cifras), $file
## el archivo que restaura.
cli-backup-entry = { $name }  ({ $bytes } bytes, restaura { $file })

## mailsetup explain, cuando no encaja ningún diagnóstico. DIRECCIÓN es el
## marcador de help-value-email.
cli-explain-nothing = mailsetup no tiene ningún diagnóstico para esto. Ejecute `mailsetup check DIRECCIÓN` para encontrar el paso que falla, o pegue la respuesta exacta del servidor.

## setup --device-code, tras las líneas que explican esta forma de iniciar
## sesión. $link es la página que hay que abrir, $code lo que hay que
## escribir en ella, $minutes cuánto tiempo vale el código.
cli-device-code = En cualquier dispositivo, abra { $link } e introduzca el código:  { $code }
    (válido durante { $minutes } min)

cli-ask-choices = [s/N]
cli-ask-yes = s, sí, si
cli-window-failed = no se pudo abrir la ventana: { $error }
cli-sandbox-not-here = `{ $command }` no usa el proveedor de práctica: `--sandbox` sirve para el asistente, `setup`, `check`, `migrate` y `alias`. No se ha hecho nada.
