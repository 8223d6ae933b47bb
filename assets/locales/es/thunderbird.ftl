### Los perfiles y archivos de Thunderbird: los errores al leerlos y
### cambiarlos (el bloqueo del perfil, prefs.js, el almacén de credenciales y
### el NSS de Thunderbird, el paso de una cuenta a OAuth2, el traspaso del
### inicio de sesión, el inicio de Thunderbird) y la lista de `mailsetup
### profiles`. Los nombres de archivo (prefs.js, logins.json, logins.db,
### profiles.ini, msgFilterRules.dat), los nombres de preferencias
### (signon.storage.rust.active), los nombres de funciones de NSS, HOME,
### `mailsetup restore` y --format autoconfig se quedan como están.
### $path, $profile, $root, $dir y $backup_dir son rutas; $error son las
### palabras del propio sistema operativo o de una biblioteca.

## Errores, tal como los muestran el informe, el asistente y la línea de comandos.
tb-error-profile-in-use = Thunderbird está usando el perfil { $profile }; cierre Thunderbird y vuelva a intentarlo
tb-error-read-only-profile = no se puede escribir en el perfil { $profile } ({ $error }); está en un disco de solo lectura o usted no tiene permiso para escribir ahí: cópielo a un lugar donde se pueda escribir, o consulte a quien administra este equipo
# $found es uno de los textos tb-found-….
tb-error-not-regular-file = { $path } es { $found }, no un archivo normal, así que mailsetup no lo lee; muévalo a otro sitio (Thunderbird espera ahí un archivo normal)
# $mebibytes es el límite (un número); $what es el nombre de un archivo o uno
# de los textos tb-limit-what-…, $why uno de los textos tb-limit-why-….
tb-error-too-large = { $path } ocupa más de { $mebibytes } MiB, el máximo que mailsetup lee para { $what } ({ $why }); muévalo a otro sitio si no es de Thunderbird
tb-error-change-undone = no se puede reemplazar { $path }: { $error }; no se ha cambiado nada: todos los archivos están como antes (copias de seguridad en { $backup_dir })
# $not_restored y $backups son listas de rutas, separadas por comas.
tb-error-half-changed = no se puede reemplazar { $path }: { $error }, y no se pudo restaurar { $not_restored }, así que el perfil ha quedado cambiado a medias; vuelva a ejecutar mailsetup en este perfil (primero restaura los archivos), o copie a mano estas copias de seguridad a su sitio: { $backups }
tb-error-lock-check-failed = no se puede saber si Thunderbird está usando el perfil { $profile }: { $error }; cierre Thunderbird y vuelva a intentarlo
# $line es el número de la línea en el archivo; $message dice qué está mal
# ahí (tb-prefs-nul-byte, tb-file-not-utf8, o las palabras del propio lector
# de prefs.js de Thunderbird, que siguen en inglés).
tb-error-prefs-syntax = { $path }, línea { $line }: { $message }; corrija o elimine esa línea (Thunderbird también se la salta), o abra y cierre Thunderbird una vez para que reescriba el archivo
# $message son las propias palabras del lector de INI.
tb-error-profiles-ini = { $path } no es un archivo INI válido: { $message }; corríjalo o muévalo a otro sitio para que Thunderbird lo vuelva a crear
# $action es uno de los textos tb-action-…: lo que no se pudo hacer con $path.
tb-error-io = no se puede { $action } { $path }: { $error }; compruebe que la ruta existe y que tiene permiso para leer y escribir ahí
tb-error-no-home = no se encuentra su carpeta personal; defina HOME
tb-error-profile-not-found = no hay ninguna carpeta de perfil de Thunderbird en { $path }; compruebe la ruta (una carpeta de perfil contiene prefs.js)
# $names enumera los nombres de los perfiles, separados por comas.
tb-error-no-default-profile = { $root } tiene varios perfiles de Thunderbird ({ $names }) y ninguno es el predeterminado; indique explícitamente uno de ellos
# $field es uno de los textos tb-field-… (qué parte de la cuenta), $problem uno
# de los textos que dicen qué está mal (tb-invalid-…, tb-migrate-…,
# tb-identity-…, tb-journal-…, tb-restore-…, tb-export-…, tb-pref-unwritable):
# «hay un problema en la cuenta (dirección): el valor está vacío».
tb-error-invalid-account = hay un problema en la cuenta ({ $field }): { $problem }; revise la configuración de la cuenta
# $message es uno de los textos tb-logins-….
tb-error-logins-invalid = { $path } no es un almacén de credenciales que Thunderbird pueda leer: { $message }; no se ha cambiado nada (Thunderbird lo apartaría y perdería lo que añade mailsetup)
tb-error-logins-elsewhere = este perfil guarda sus inicios de sesión en logins.db (signon.storage.rust.active), donde mailsetup no escribe; no se ha cambiado nada
tb-error-primary-password = una contraseña principal protege los inicios de sesión guardados de { $profile }, así que mailsetup no puede pasar el inicio de sesión a Thunderbird; no se ha cambiado nada
# $error es uno de los textos tb-nss-….
tb-error-nss = { $error }; no se ha cambiado nada

## Lo que no se pudo hacer con un archivo, dentro de tb-error-io («no se puede { $action } { $path }»).
tb-action-read = leer
tb-action-write = escribir
tb-action-create = crear
tb-action-copy = copiar
tb-action-remove = eliminar
tb-action-replace = reemplazar
tb-action-resolve = resolver la ruta
tb-action-flush = volcar al disco
tb-action-set-permissions = establecer los permisos de
tb-action-create-private-directory = crear una carpeta privada en
tb-action-create-temporary-file = crear un archivo temporal en
tb-action-create-backup = crear la copia de seguridad
tb-action-create-backup-of = crear la copia de seguridad de
tb-action-write-backup = escribir la copia de seguridad

## Qué ajuste está mal, dentro de tb-error-invalid-account («hay un problema en la cuenta ({ $field })»).
tb-field-address = dirección
tb-field-display-name = nombre visible
tb-field-incoming-host = servidor de entrada
tb-field-smtp-host = servidor SMTP
tb-field-incoming-port = puerto de entrada
tb-field-smtp-port = puerto SMTP
tb-field-settings = configuración
tb-field-account = cuenta
tb-field-user-name = nombre de usuario
tb-field-identity = identidad
tb-field-backup = copia de seguridad
tb-field-export = exportación
tb-field-change-journal = registro de cambios

## Lo que hay donde debería haber un archivo, dentro de tb-error-not-regular-file.
tb-found-directory = una carpeta
tb-found-symbolic-link = un enlace simbólico
tb-found-named-pipe = una tubería con nombre (FIFO)
tb-found-socket = un socket
tb-found-device = un dispositivo
tb-found-not-regular-file = algo que no es un archivo normal

## Los archivos que mailsetup solo lee hasta un tamaño, y por qué ese tamaño,
## dentro de tb-error-too-large.
tb-limit-what-login-store = el almacén de credenciales
tb-limit-what-profile-list = la lista de perfiles
tb-limit-what-key-store = el almacén de claves de Thunderbird
tb-limit-what-change-journal = el registro de cambios
tb-limit-why-prefs = diez veces el prefs.js más grande que se sabe que escribe Thunderbird
tb-limit-why-logins = espacio para decenas de miles de inicios de sesión guardados, muchos más de los que tiene cualquier perfil real
tb-limit-why-filters = espacio para unos 100 000 filtros de mensajes
tb-limit-why-profiles = espacio para miles de perfiles; Thunderbird escribe unas pocas líneas por perfil
tb-limit-why-key-store = muchas veces el tamaño de cualquier almacén de claves que crea Thunderbird
tb-limit-why-change-journal = unos cientos de bytes por cada archivo que toca un cambio

## La lectura de prefs.js.
tb-file-not-utf8 = el archivo no es texto UTF-8
tb-prefs-nul-byte = hay un byte NUL en el archivo; Thunderbird deja de leer ahí
# $name es el nombre de la preferencia, entre comillas.
tb-pref-unwritable = no se puede escribir la preferencia { $name }: { $reason }
tb-pref-name-empty = el nombre está vacío
tb-pref-name-nul = el nombre contiene un carácter NUL, que las preferencias no admiten
tb-pref-value-nul = el valor contiene un carácter NUL, que las preferencias no admiten

## Qué está mal en un ajuste, después de su nombre en tb-error-invalid-account.
tb-invalid-is-empty = el valor está vacío
tb-invalid-not-an-address = el valor no es una dirección de correo electrónico (necesita una @ y ningún espacio)
tb-invalid-contains-nul = el valor contiene un carácter NUL, que las preferencias de Thunderbird no admiten
tb-invalid-not-a-host-name = el valor no es un nombre de servidor
tb-invalid-port-zero = el valor es 0
# $account es la clave de la cuenta en prefs.js (account1).
tb-invalid-account-not-in-profile = { $account } no está en este perfil
tb-invalid-user-name-not-set = no está definido en sus servidores

## El paso de una cuenta a OAuth2. $account es la clave de la cuenta en
## prefs.js (account1).
tb-migrate-not-a-mail-account = { $account } no es una cuenta de correo de este perfil
# $kind es el tipo de la cuenta tal como lo llama prefs.js (nntp, rss, ews).
tb-migrate-not-imap-or-pop = { $account } es una cuenta { $kind }; solo las cuentas IMAP y POP pasan a OAuth2
# $user_name es el nombre de usuario de la cuenta, entre comillas.
tb-migrate-no-address = { $account } no tiene ninguna dirección de correo electrónico con la que iniciar sesión (nombre de usuario { $user_name }); indique la dirección
# $pref es el nombre de una preferencia.
tb-migrate-cannot-write = no se puede escribir { $pref }
# Notas que se muestran con el plan. $origin es dónde está guardada una contraseña (imap://mail.example.com).
tb-migrate-note-password-stays = la contraseña guardada para { $origin } se conserva: otra cuenta sigue iniciando sesión ahí con una contraseña, y Thunderbird cifra los nombres de usuario, así que no se pueden distinguir
tb-migrate-note-logins-db = logins.db (la copia de logins.json que Thunderbird mantiene sin usar) se deja como está

## Añadir una dirección (una identidad) a una cuenta.
# $alias es la dirección indicada, entre comillas.
tb-identity-not-an-address = { $alias } no es una dirección de correo electrónico
tb-identity-name-nul = el nombre contiene un carácter NUL, que las preferencias de Thunderbird no admiten
tb-identity-no-prefs = el perfil no tiene prefs.js, así que no tiene ninguna cuenta a la que añadir una dirección
# $account es la clave de la cuenta en prefs.js (account1).
tb-identity-no-such-account = { $account } no es una cuenta con identidad en este perfil

## El registro de un cambio sin terminar, que mailsetup lee para restaurar
## los archivos después de un fallo. $path es la ruta del registro; $why uno
## de los textos tb-journal-… que van detrás.
tb-journal-refused = { $path } { $why }; muévalo a otro sitio si no lo escribió mailsetup
# $error son las propias palabras del lector de JSON.
tb-journal-not-a-journal = no es un registro de los que escribe mailsetup ({ $error })
tb-journal-names-other-file = menciona { $path }, un archivo que ningún cambio escribe
# $name es un nombre de archivo, entre comillas.
tb-journal-names-bad-backup = menciona la copia de seguridad { $name }, que no es un nombre de archivo

## Restaurar una copia de seguridad. $which es lo que se indicó, entre comillas.
tb-restore-not-a-backup = { $which } no es una de las copias de seguridad de este perfil (`mailsetup restore` las enumera)

## Exportar cuentas para muchos equipos (policies.json, mozilla.cfg).
## ${NAME} es un marcador de una variable de entorno; $text y $name son lo
## que se indicó, entre comillas.
tb-export-unclosed-placeholder = ${"{"} sin cerrar en { $text }
tb-export-bad-variable-name = { $name } no es un nombre de variable de entorno (letras, dígitos, _)
tb-export-value-nul = un valor contiene un carácter NUL, que las preferencias no admiten
tb-export-policies-placeholder = policies.json es el mismo para todos los usuarios de un equipo, así que { $text } no puede contener un marcador por usuario; use --format autoconfig

## El almacén de credenciales (logins.json), después de tb-error-logins-invalid.
# $error son las propias palabras del lector de JSON.
tb-logins-not-json = no es JSON ({ $error })
tb-logins-not-an-object = no es un objeto JSON
# $number cuenta los inicios de sesión guardados desde 1.
tb-logins-entry-not-an-object = el inicio de sesión número { $number } no es un objeto
tb-logins-not-a-list = «logins» no es una lista
tb-logins-no-list = no tiene ninguna lista «logins»
tb-logins-next-id = «nextId» no es un número entero

## El NSS de Thunderbird, que cifra los inicios de sesión guardados. $dir es
## la carpeta de una instalación de Thunderbird.
# $looked_in enumera carpetas, separadas por comas.
tb-nss-not-found = no se encontró ninguna instalación de Thunderbird con sus bibliotecas NSS (se buscó en { $looked_in })
# $reason es uno de los dos textos de abajo, o las propias palabras del cargador del sistema.
tb-nss-unloadable = no se pudo cargar el NSS de Thunderbird de { $dir }: { $reason }
tb-nss-library-missing = falta su biblioteca NSS
# $file es la ruta de una biblioteca.
tb-nss-did-not-load = { $file } no se cargó
# $loaded y $wanted son carpetas de instalaciones.
tb-nss-other-install-loaded = esta ejecución ya usa el NSS de { $loaded }; no puede usar también el de { $wanted }
tb-nss-primary-password = una contraseña principal protege los inicios de sesión guardados de este perfil
# $call es el nombre de una función de NSS, $code el número de error de NSS.
tb-nss-call-failed = falló { $call } de NSS (error de NSS { $code })
tb-nss-still-open = el NSS de Thunderbird aún tiene abierto el almacén de claves anterior; vuelva a ejecutar mailsetup
tb-nss-not-base64 = un inicio de sesión guardado no está en el base64 que escribe Thunderbird

## Abrir Thunderbird desde la última página del asistente.
tb-launch-already-open = Thunderbird ya está abierto
# $program es la ruta del programa.
tb-launch-failed = no se pudo abrir Thunderbird ({ $program }: { $error })

## mailsetup profiles: cada perfil y sus cuentas.
tb-listing-profile = { $name }: { $path }
tb-listing-profile-default = { $name } (predeterminado): { $path }
# $problem es uno de los errores de arriba.
tb-listing-accounts-unknown = no se pudieron leer las cuentas: { $problem }
tb-listing-no-accounts = no hay cuentas de correo
# $kind es el tipo de la cuenta (imap, pop3); $sign_in uno de los textos
# tb-sign-in-….
tb-listing-account = { $address }: { $kind } { $host } ({ $sign_in })
# En lugar de la dirección de una cuenta que no tiene ninguna.
tb-listing-no-identity = (sin identidad)
# Sigue a tb-listing-account en la misma línea.
tb-listing-sends-via = , envía a través de { $host } ({ $sign_in })
# $hash es el identificador de la instalación, $dir su carpeta (o
# tb-listing-an-install), $profile el perfil que abre (o
# tb-listing-opens-nothing).
tb-listing-install = instalación { $hash } ({ $dir }), perfil que abre: { $profile }
tb-listing-an-install = una instalación
tb-listing-opens-nothing = ninguno
tb-listing-no-profiles = no hay perfiles
# Lo que necesita una cuenta, entre corchetes delante de ella; cli-profiles-needs-oauth2 (cli.ftl) cita esta marca.
tb-status-needs-oauth2 = necesita OAuth2
tb-status-ok = ok
tb-status-unknown-provider = proveedor desconocido
# Cómo inicia sesión un servidor (los nombres del Método de identificación de Thunderbird).
tb-sign-in-none = sin autenticación
tb-sign-in-password = contraseña
tb-sign-in-kerberos = Kerberos
tb-sign-in-ntlm = NTLM
tb-sign-in-tls-certificate = certificado TLS
tb-sign-in-oauth2 = OAuth2
tb-sign-in-other = otro método de identificación
