### Los textos de ayuda de la línea de comandos: lo que `mailsetup --help`,
### `mailsetup COMANDO --help` y -h, la página de manual y el autocompletado
### del shell dicen de cada comando, opción, argumento y valor (las palabras
### que clap escribe alrededor están en usage.ftl). Se buscan desde las
### definiciones de clap en src/cli/mod.rs y src/cli/tb.rs.
###
### Un mensaje `help-cmd-…` es el resumen de una línea del comando (la lista
### de comandos, -h); su `help-cmd-…-long` es el texto de --help, donde una
### línea en blanco empieza un párrafo nuevo. Un salto de línea aquí es un
### salto de línea en la ayuda, así que cada párrafo va en una sola línea.
### Los resúmenes y los textos de las opciones terminan sin punto. Los
### `help-value-…` son los marcadores de los valores (--profile CARPETA), en
### mayúsculas. Las opciones (--all-users), los comandos (`doctor`), los
### nombres de archivo y las variables de entorno se quedan como están.

## El propio mailsetup, y las opciones que admiten todos los comandos.
help-cmd-mailsetup = Mail Setup: el asistente que pasa las cuentas de correo a OAuth2 y configura Thunderbird
# Se muestra al final de `mailsetup --help`.
help-cmd-mailsetup-after = Código de salida: 0 si se superaron todas las comprobaciones, 1 si falló alguna (o no se encontró nada), 2 si el comando no se pudo ejecutar.
help-sandbox = Prueba todo con un proveedor de práctica integrado; no hace falta ninguna cuenta
help-verbose = Muestra los mensajes de registro (nunca secretos) en la salida de error estándar
help-lang = El idioma que se usa (de, fr, pt-BR…); si no se indica, MAILSETUP_LANG y, después, el del sistema. Las claves JSON, los identificadores y las palabras propias de los servidores no se traducen
help-fix-needed = Para un script de inicio de sesión o un acceso directo del escritorio: no hace nada (código de salida 0) si todas las cuentas de Thunderbird de este usuario están bien; si no, abre el asistente en la primera cuenta que haya que reparar e indica por qué

## Los comandos: un resumen y, en algunos, el texto más largo de --help.
help-cmd-setup = Inicia sesión, comprueba IMAP y SMTP, y añade la cuenta a Thunderbird
help-cmd-check = Encuentra los servidores, inicia sesión y comprueba IMAP y SMTP, sin escribir nada; se explica cada paso que falla (el diagnóstico)
help-cmd-check-long =
    Encuentra los servidores, inicia sesión y comprueba IMAP y SMTP, sin escribir nada; se explica cada paso que falla (el diagnóstico).

    Código de salida: 0 si se superaron todas las comprobaciones, 1 si falló alguna, 2 si no se pudo ejecutar.
help-cmd-explain = Explica un error sin conexión: un código AADSTS, una respuesta SMTP o IMAP, o cualquier texto de error pegado. Muestra qué ha pasado, qué puede hacer usted y qué debe hacer su administrador
help-cmd-explain-long =
    Explica un error sin conexión: un código AADSTS, una respuesta SMTP o IMAP, o cualquier texto de error pegado. Muestra qué ha pasado, qué puede hacer usted y qué debe hacer su administrador.

    Código de salida: 0 si se encontró un diagnóstico, 1 si no se encontró ninguno.
help-cmd-detect = Encuentra el proveedor, los servidores y el método de inicio de sesión de una dirección, y muestra los indicios
help-cmd-detect-long =
    Encuentra el proveedor, los servidores y el método de inicio de sesión de una dirección, y muestra los indicios.

    Código de salida: 0 si se encontró un plan, 1 si no se encontró ninguno (o la cuenta no se puede pasar a OAuth2), 2 si no se pudo ejecutar.
help-cmd-profiles = Muestra los perfiles de Thunderbird (de cada instalación: Linux, Flatpak, Snap, Windows, macOS) y sus cuentas, con lo que necesita cada una
help-cmd-migrate = Pasa a OAuth2, tal como están, las cuentas con contraseña de Microsoft o Google, conservando el correo, las carpetas y los filtros. Antes inicia sesión y comprueba
help-cmd-migrate-long =
    Pasa a OAuth2, tal como están, las cuentas con contraseña de Microsoft o Google, conservando el correo, las carpetas y los filtros. Antes inicia sesión y comprueba.

    Código de salida: 0 si se cambiaron (o no había nada que hacer), 1 si falló una comprobación o usted respondió que no, 2 si no se pudo ejecutar.
help-cmd-doctor = Lo que dice el propio inicio de sesión de Thunderbird: para cada cuenta OAuth2 del perfil, lee el inicio de sesión que guardó Thunderbird, lo renueva con el proveedor y comprueba IMAP y SMTP con él. Sin navegador y sin tener que escribir nada; para «Thunderbird me pide una y otra vez que inicie sesión» y «ya no puedo enviar correo»
help-cmd-doctor-long =
    Lo que dice el propio inicio de sesión de Thunderbird: para cada cuenta OAuth2 del perfil, lee el inicio de sesión que guardó Thunderbird, lo renueva con el proveedor y comprueba IMAP y SMTP con él. Sin navegador y sin tener que escribir nada; para «Thunderbird me pide una y otra vez que inicie sesión» y «ya no puedo enviar correo».

    Código de salida: 0 si todas las cuentas superaron las comprobaciones, 1 si falló alguna (o no se encontró ninguna), 2 si no se pudo ejecutar.
help-cmd-alias = Añade otra dirección de un buzón (un alias como ventas@…) a su cuenta en Thunderbird, para enviar como ella; `--send-test` demuestra antes con un mensaje real que el servidor lo permite
help-cmd-alias-long =
    Añade otra dirección de un buzón (un alias como ventas@…) a su cuenta en Thunderbird, para enviar como ella; `--send-test` demuestra antes con un mensaje real que el servidor lo permite.

    Código de salida: 0 si se añadió (o ya estaba), 1 si se rechazó el mensaje de prueba, 2 si no se pudo ejecutar.
# Los nombres de los estados (works, password-microsoft-365, …) son lo que muestra la auditoría; se quedan como están.
help-cmd-audit = Encuentra todas las cuentas de Thunderbird que van a dejar de funcionar, y cuándo: cada cuenta de cada perfil de cada instalación, con su estado y qué hacer. Solo lee, sin conexión (`doctor` es la comprobación en línea)
help-cmd-audit-long =
    Encuentra todas las cuentas de Thunderbird que van a dejar de funcionar, y cuándo: cada cuenta de cada perfil de cada instalación, con su estado y qué hacer. Solo lee, sin conexión (`doctor` es la comprobación en línea).

    Estados: works, password-microsoft-365 (el envío deja de funcionar a finales de diciembre de 2026; la recepción ya no funciona), password-refused (Gmail, Outlook.com, Yahoo, AOL), ews-microsoft-365 (bloqueado desde el 1 de octubre de 2026, desaparece el 1 de abril de 2027), sign-in-missing, sign-in-expired (se deduce del almacén de credenciales: Microsoft anula un inicio de sesión que lleva 90 días sin usarse), unknown-provider, nothing-to-do.

    Código de salida: 0 si no hay nada que hacer, 1 si alguna cuenta requiere una acción, 2 si no se pudo ejecutar o no se pudo leer todo (y nada requiere una acción): sirve como script de detección para un RMM o Intune.
help-cmd-completions = Muestra el autocompletado del shell para bash, zsh o fish (el paquete .deb lo instala)
help-cmd-manpage = Muestra la página de manual (roff), para empaquetar
help-cmd-restore = Enumera las copias de seguridad de un perfil hechas por mailsetup, o restaura una (antes se hace una copia de seguridad del archivo actual)
help-cmd-export = Escribe un archivo policies.json o AutoConfig que instala cuentas en muchos equipos

## Marcadores de los valores de las opciones y los argumentos.
help-value-language = IDIOMA
help-value-delegate = DELEGADO
help-value-dir = CARPETA
help-value-seconds = SEGUNDOS
help-value-file = ARCHIVO
help-value-pem = PEM
help-value-code-or-text = CÓDIGO-O-TEXTO
help-value-email = DIRECCIÓN
help-value-date = FECHA

## De dónde sale la configuración de un proveedor: opciones de setup, check,
## detect, migrate, doctor, alias y export.
help-provider-file = Usa la configuración de proveedor de este archivo TOML para los dominios que enumera (vea el README)
help-ca-file = Confía además en los certificados de CA de este archivo PEM (inspección TLS, servidores de prueba)

## mailsetup setup y mailsetup check. DIRECCIÓN, DELEGADO y ARCHIVO son los
## marcadores de help-value-….
help-setup-email = La dirección de correo electrónico que se va a configurar
help-setup-name = Su nombre tal como lo ven los destinatarios (predeterminado: la parte anterior a la @)
help-setup-delegate = DIRECCIÓN es un buzón compartido (info@…, soporte@…) que DELEGADO abre con su propio inicio de sesión (Microsoft 365): DELEGADO inicia sesión y envía, y la cuenta lee y envía como DIRECCIÓN
help-setup-profile = Escribe en esta carpeta de perfil de Thunderbird en lugar de en la predeterminada
help-setup-microsoft-365 = La dirección está en Microsoft 365 (trabajo o centro educativo), aunque mailsetup no conozca su dominio
help-setup-json = Muestra el informe como JSON
help-setup-no-write = Inicia sesión y comprueba, pero no escribe nada
help-setup-no-sign-in-handoff = No pasa el inicio de sesión a Thunderbird: entonces Thunderbird le pedirá que inicie sesión una vez al abrirse
help-setup-timeout = Cuánto esperar al inicio de sesión en el navegador, en segundos
help-setup-device-code = Alternativa: inicia sesión con un código escrito en otro dispositivo (RFC 8628), para sesiones remotas cuyo navegador no puede llegar a este equipo. Muchas organizaciones lo bloquean (AADSTS53003)
help-setup-send-test = Envía además un mensaje de prueba real, desde DIRECCIÓN a quien inicie sesión (el delegado, o la propia DIRECCIÓN), después de las comprobaciones: la única forma de ver que falta el permiso «Enviar como» (Send As), que Exchange solo indica con un mensaje real. Sin esta opción nunca se envía nada
help-setup-ticket = Muestra la solicitud para el administrador, lista para enviar, en lugar del informe
help-setup-bundle = Escribe además el paquete de soporte (un solo archivo JSON, sin secretos) en ARCHIVO

## mailsetup explain. Los códigos y las respuestas de ejemplo se quedan como están.
help-explain-text = Un código AADSTS (AADSTS65001 o 65001), una respuesta SMTP (535 5.7.139 …), una respuesta IMAP (NO AUTHENTICATE failed.) o un texto de error pegado
help-explain-json = Muestra como JSON
help-explain-all = Muestra todos los diagnósticos que coinciden, el mejor primero, y no solo el mejor

## mailsetup detect
help-detect-email = La dirección de correo electrónico que se va a buscar
help-detect-json = Muestra el plan y los indicios como JSON

## mailsetup profiles
help-profiles-root = Busca en esta carpeta raíz de Thunderbird en lugar de en la del sistema
help-profiles-json = Muestra como JSON

## mailsetup migrate
help-migrate-email = La dirección de la cuenta que se va a cambiar; sin ella, mailsetup enumera las cuentas que necesitan OAuth2 y pregunta
help-migrate-profile = La carpeta del perfil de Thunderbird (predeterminada: la que abre Thunderbird)
help-migrate-yes = No pregunta: cambia todas las cuentas enumeradas (para scripts)
help-migrate-force = Cambia la cuenta aunque haya fallado una comprobación (después de leer el diagnóstico)
help-migrate-json = Muestra los informes como JSON
help-migrate-timeout = Cuánto esperar al inicio de sesión en el navegador, en segundos
help-migrate-no-sign-in-handoff = No pasa el inicio de sesión a Thunderbird: entonces Thunderbird le pedirá que inicie sesión una vez al abrirse

## mailsetup doctor
help-doctor-email = Solo la cuenta con esta dirección; sin ella, todas las cuentas OAuth2 del perfil
help-doctor-profile = La carpeta del perfil de Thunderbird (predeterminada: la que abre Thunderbird)
help-doctor-json = Muestra los informes como JSON (una lista, uno por cuenta)

## mailsetup alias
help-alias-email = La dirección de la cuenta (su buzón) en el perfil
help-alias-alias = La otra dirección del mismo buzón, para enviar como ella (`ventas@…`)
help-alias-name = El nombre que ven los destinatarios para el alias (predeterminado: el de la cuenta)
help-alias-profile = La carpeta del perfil de Thunderbird (predeterminada: la que abre Thunderbird)
help-alias-send-test = Primero inicia sesión y envía un mensaje de prueba real desde el alias al buzón, y solo añade el alias si el servidor lo acepta: la única forma de saber si se permite enviar como el alias
help-alias-timeout = Cuánto esperar al inicio de sesión en el navegador, en segundos
help-alias-json = Muestra como JSON el informe del mensaje de prueba

## mailsetup audit. AAAA-MM-DD es el formato de la fecha; las rutas se quedan como están.
help-audit-all-users = Todos los usuarios de este equipo (ejecútelo como root o Administrador): Linux /home/* y /root, macOS /Users/*, Windows C:\Users\*, cada uno con Flatpak y Snap. Solo lee; los inicios de sesión guardados de otro usuario nunca se descifran («sin comprobar»); no se siguen los enlaces que salen de una carpeta personal
help-audit-users-dir = Con --all-users: la carpeta que contiene las carpetas personales, en lugar de la del sistema (por ejemplo, un disco montado)
help-audit-on = Evalúa la situación en este día (AAAA-MM-DD), para ver qué dejará de funcionar después; predeterminado: hoy
help-audit-json = Muestra como JSON (con un schema_version)
help-audit-csv = Muestra como CSV, una fila por cuenta

## mailsetup completions
help-completions-shell = El shell para el que se genera el autocompletado

## mailsetup restore
help-restore-backup = La copia de seguridad que se va a restaurar (un nombre de la lista); sin ella, se enumeran las copias de seguridad
help-restore-profile = La carpeta del perfil de Thunderbird (predeterminada: la que abre Thunderbird)
help-restore-json = Muestra como JSON

## mailsetup export. policies y autoconfig son los valores de --format y se
## quedan como están, igual que los marcadores ${USER} y ${NAME} (escritos
## aquí ${"{"}USER{"}"}, porque Fluent interpreta las llaves).
help-export-format = policies (policies.json) o autoconfig (mozilla.cfg)
help-export-format-policies = Un policies.json para empresas (directiva `Preferences`)
help-export-format-autoconfig = Un archivo AutoConfig (mozilla.cfg); `${"{"}NAME{"}"}` en una dirección lee la variable de entorno NAME en cada inicio
help-export-emails = Las direcciones; con --format autoconfig pueden contener marcadores del tipo `${"{"}USER{"}"}`, por ejemplo '${"{"}USER{"}"}@contoso.example'
help-export-name = El nombre del remitente (predeterminado: la parte anterior a la @)
help-export-output = Escribe en ARCHIVO en lugar de en la salida estándar

## Más marcadores: el alias de alias, --name, el --format de export, el
## shell de completions y la copia de seguridad de restore.
help-value-alias = ALIAS
help-value-name = NOMBRE
help-value-format = FORMATO
help-value-shell = SHELL
help-value-backup = COPIA
