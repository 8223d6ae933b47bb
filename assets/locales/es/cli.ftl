# Los textos propios de la línea de comandos (la tabla de la auditoría está en audit.ftl).

## mailsetup --fix-needed, que se ejecuta al iniciar sesión. $reason es el estado de la cuenta en palabras.
cli-fix-needed-nothing = Todas las cuentas de correo de Thunderbird están bien: no hay nada que reparar.
cli-fix-needed = Hay que reparar { $address } (perfil «{ $profile }»): { $reason }.

## mailsetup profiles, migrate, doctor, restore, export, alias. Las rutas,
## direcciones y nombres de servidor se rellenan; las opciones y órdenes
## entre comillas invertidas se quedan como están.
cli-no-profiles = No se encontraron perfiles de Thunderbird (se buscó en { $looked }).
cli-profiles-needs-oauth2 = Las cuentas marcadas con [needs OAuth2] dejarán de funcionar cuando el proveedor desactive las contraseñas: `mailsetup migrate` las pasa a OAuth2 tal como están.
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
