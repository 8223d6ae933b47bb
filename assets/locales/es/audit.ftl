# El estado de cada cuenta de Thunderbird en palabras, tal como lo indican
# `mailsetup audit` y la lista de cuentas del asistente. $provider es el
# nombre de un proveedor (Microsoft 365, Gmail) o «none» si no se conoce;
# $date, $blocked, $removed y $last_used son fechas completas («31 de
# diciembre de 2026»); $server es un nombre de servidor. «Reparar» es el
# botón del asistente con ese nombre. Términos de Thunderbird: cuenta,
# servidor de entrada, servidor de salida (SMTP), iniciar sesión,
# Configuración de la cuenta, Configuración del servidor, Método de identificación.

audit-fix = Elija «Reparar» en Mail Setup (o ejecute mailsetup migrate): solo tiene que iniciar sesión una vez en { $provider } y la cuenta conserva su correo, sus carpetas y sus filtros.
audit-ews-before = Cuenta de Exchange en Microsoft 365: Microsoft bloquea esta forma de conexión a partir del { $blocked }
audit-ews-blocked = Cuenta de Exchange en Microsoft 365: esta forma de conexión está bloqueada desde el { $blocked }, salvo que el administrador la permita, y desaparecerá definitivamente el { $removed }
audit-ews-gone = Cuenta de Exchange en Microsoft 365: esta forma de conexión terminó el { $removed }
audit-ews-what-to-do = Vuelva a añadir el buzón como cuenta IMAP: elija «Añadir otra cuenta» en Mail Setup (o ejecute mailsetup setup DIRECCIÓN); el correo se queda en el servidor.
audit-ews-elsewhere = Cuenta de Exchange: Mail Setup no necesita cambiar nada
audit-not-mail = No es una cuenta de correo con inicio de sesión (grupos de noticias o canales): nada que cambiar
audit-m365-both-before = Usa una contraseña en Microsoft 365: recibir con ella ya no funciona, y enviar con ella dejará de funcionar el { $date }
audit-m365-both-after = Usa una contraseña en Microsoft 365: recibir con ella ya no funciona, y desde el { $date } Microsoft ya no la acepta para enviar (salvo que el administrador la haya vuelto a permitir de forma temporal)
audit-m365-receiving = Usa una contraseña en Microsoft 365 para recibir, que Microsoft ya rechaza
audit-m365-sending-before = Usa una contraseña en Microsoft 365 para enviar: enviar con ella dejará de funcionar el { $date }
audit-m365-sending-after = Usa una contraseña en Microsoft 365 para enviar: desde el { $date } Microsoft ya no la acepta para enviar (salvo que el administrador la haya vuelto a permitir de forma temporal)
audit-outlook-com-password = Usa una contraseña en Outlook.com, que Microsoft rechaza desde el { $date }
audit-gmail-password = Usa una contraseña en Gmail, que Google rechaza desde el { $date } (salvo que sea una contraseña de aplicación)
audit-other-password-refused = Usa una contraseña en { $provider }, que solo acepta contraseñas de aplicación o el inicio de sesión a través de su propia página
audit-switch-in-thunderbird = En Thunderbird, Configuración de la cuenta, Configuración del servidor: elija OAuth2 en Método de identificación (también para el servidor de salida); Thunderbird abrirá entonces la página de inicio de sesión de { $provider }.
audit-unknown-password = Inicia sesión con una contraseña en { $server }; sin consultar a ese proveedor, Mail Setup no puede saber si dejará de aceptar contraseñas
audit-unknown-what-to-do = Nada, mientras el correo funcione. Para asegurarse, ejecute mailsetup migrate --dry-run, que consulta ese servidor.
audit-hand-off = Elija «Reparar» en Mail Setup: solo tiene que iniciar sesión una vez en { $provider } y Mail Setup pasa el inicio de sesión a Thunderbird.
audit-sign-in-in-thunderbird = { $provider ->
    [none] Abra Thunderbird e inicie sesión con su proveedor cuando se lo pida; a partir de entonces, Thunderbird conserva el inicio de sesión.
   *[other] Abra Thunderbird e inicie sesión en { $provider } cuando se lo pida; a partir de entonces, Thunderbird conserva el inicio de sesión.
}
audit-signed-out-missing = { $provider ->
    [none] Sesión cerrada: la cuenta inicia sesión a través de la página del proveedor, pero Thunderbird no tiene ningún inicio de sesión guardado para ella
   *[other] Sesión cerrada: la cuenta inicia sesión con { $provider }, pero Thunderbird no tiene ningún inicio de sesión guardado para ella
}
audit-signed-out-expired = { $last_used ->
    [none] Sesión cerrada: el inicio de sesión guardado en Thunderbird pasó demasiado tiempo sin usarse y ha caducado
   *[other] Sesión cerrada: el inicio de sesión guardado en Thunderbird pasó demasiado tiempo sin usarse y ha caducado (último uso el { $last_used })
}
audit-works-not-checked = { $provider ->
    [none] Funciona: inicia sesión a través de la página del proveedor (no se ha comprobado el inicio de sesión guardado)
   *[other] Funciona: inicia sesión con { $provider } (no se ha comprobado el inicio de sesión guardado)
}
audit-works = { $provider ->
    [none] { $last_used ->
        [none] Funciona: inicia sesión a través de la página del proveedor
       *[other] Funciona: inicia sesión a través de la página del proveedor, último uso el { $last_used }
    }
   *[other] { $last_used ->
        [none] Funciona: inicia sesión con { $provider }
       *[other] Funciona: inicia sesión con { $provider }, último uso el { $last_used }
    }
}
audit-password-still-taken = Inicia sesión con una contraseña en { $provider }, que la sigue aceptando: nada que cambiar

## La tabla que muestra `mailsetup audit`. $count, $accounts, $profiles y
## $needing son números; $day, una fecha completa; $path, una carpeta;
## $user, un nombre de usuario.
audit-table-title = Cuentas de Thunderbird, situación a { $day }
audit-table-no-home = No hay ninguna carpeta personal en la que buscar.
audit-table-user = Usuario { $user } ({ $path })
audit-table-not-checked = Sin comprobar: { $why }
audit-table-no-profiles-here = No hay perfiles de Thunderbird.
audit-table-install = Thunderbird: { $path }
audit-table-install-flatpak = Thunderbird (Flatpak): { $path }
audit-table-install-snap = Thunderbird (Snap): { $path }
audit-table-no-profiles = No hay perfiles.
audit-table-profile = Perfil «{ $name }» ({ $facts }): { $path }
audit-table-opens-by-default = se abre de forma predeterminada
audit-table-last-version = usado por última vez con Thunderbird { $version }
audit-table-never-opened = nunca abierto con Thunderbird
audit-table-running = Thunderbird lo tiene abierto: cierre Thunderbird antes de una reparación
audit-table-running-unknown = no se pudo saber si Thunderbird lo tiene abierto
audit-table-and-more = { $names } y { $more } más
audit-table-user-js = Aviso: user.js fija ajustes de las cuentas en cada inicio ({ $names }); una reparación se desharía. Quítelos primero de user.js.
audit-table-primary-password = Nota: una contraseña principal protege los inicios de sesión guardados de este perfil, así que Mail Setup no puede pasar el inicio de sesión a Thunderbird; Thunderbird le pedirá que inicie sesión una vez tras una reparación.
audit-table-no-accounts = No hay cuentas de correo.
# Seis caracteres de ancho, para que las direcciones queden alineadas; el segundo se rellena con espacios.
audit-table-action = ACCIÓN
audit-table-ok = ok
audit-table-what-to-do = Qué hacer: { $what }
audit-table-accounts-in = { $accounts ->
    [one] { $accounts } cuenta
   *[other] { $accounts } cuentas
} en { $profiles ->
    [one] { $profiles } perfil
   *[other] { $profiles } perfiles
}
audit-table-none-found = { $profiles ->
    [one] No se encontró ninguna cuenta de correo de Thunderbird (se revisó { $profiles } perfil).
   *[other] No se encontró ninguna cuenta de correo de Thunderbird (se revisaron { $profiles } perfiles).
}
audit-table-nothing-to-do = Nada que hacer: { $accounts_in }.
audit-table-need-action = { $needing ->
    [one] { $needing } de { $accounts_in } requiere una acción.
   *[other] { $needing } de { $accounts_in } requieren una acción.
}
audit-table-incomplete = Nada que hacer en lo que se pudo leer ({ $accounts_in }), pero no se pudo leer todo (vea más arriba).

## Por qué no se leyó una carpeta personal, una carpeta o un perfil (tras
## «Sin comprobar:»), o no se pudo enumerar la carpeta de los usuarios.
## $path es un archivo o una carpeta; $error el motivo del sistema, tal
## como lo dice.
audit-cannot-list = no se puede enumerar { $path }: { $error }
audit-cannot-read = no se puede leer { $path }: { $error }
audit-cannot-follow = no se puede seguir { $path }: { $error }
audit-link-loop = { $path } es un bucle de enlaces simbólicos
# $target es adónde lleva realmente el enlace.
audit-leads-out = { $path } lleva fuera de la carpeta personal ({ $target }); no se ha leído
# --on recibió algo que no es una fecha: $text es lo que se indicó;
# YYYY-MM-DD y 2026-12-31 se quedan como están.
audit-not-a-date = «{ $text }» no es una fecha escrita como YYYY-MM-DD (por ejemplo, 2026-12-31)
