# El inicio de sesión en el proveedor (sus pasos en el informe, la página que
# muestra después el navegador, el inicio de sesión alternativo con código)
# y los pasos de alrededor: el plan, el paso de Thunderbird y el traspaso del
# inicio de sesión a Thunderbird. Los títulos de paso son órdenes breves; los
# detalles empiezan en minúscula. Dejar tal cual: las opciones (--no-write,
# --force), los nombres de archivo (logins.json, key4.db), offline_access,
# $BROWSER, NSS, OAuth2.

## Cómo se abrió la página de inicio de sesión. Completan la frase
## «La página de inicio de sesión se ha { $how }.» y empiezan el detalle del
## paso «Abrir la página de inicio de sesión».
signin-browser-opened-by-mailsetup = abierto con el propio mailsetup
signin-browser-opened-default = abierto en su navegador predeterminado
# $program es el comando de la variable de entorno BROWSER.
signin-browser-opened-variable = abierto con $BROWSER ({ $program })
# $error es el texto de error del sistema.
signin-browser-default-failed = no se pudo iniciar su navegador predeterminado: { $error }
# $failures enumera cada comando probado con el error del sistema.
signin-browser-variable-failed = no se pudo iniciar ningún comando de $BROWSER ({ $failures })

## Los pasos del inicio de sesión en el informe.
signin-listen-title = Prepararse para recibir el inicio de sesión
# $port es un número, $redirect la dirección a la que vuelve el navegador.
signin-listen-detail = escuchando en 127.0.0.1, puerto { $port }, para { $redirect }
signin-listen-detail-ipv6 = escuchando en 127.0.0.1 y [::1], puerto { $port }, para { $redirect }
signin-listen-failed = no se puede escuchar en 127.0.0.1 la redirección del inicio de sesión: { $error }
signin-browser-title = Abrir la página de inicio de sesión
# $how es uno de los textos «abierto …» de arriba; $issuer el servidor de inicio de sesión.
signin-browser-detail = { $how }: { $issuer }
# $why es uno de los textos «no se pudo iniciar …» de arriba.
signin-browser-failed = { $why }; abra usted mismo el enlace que muestra mailsetup
signin-redirect-title = Iniciar sesión y dar permiso en el navegador
# $server es el nombre de host del servidor de inicio de sesión.
signin-redirect-other-issuer = la respuesta indica un servidor de inicio de sesión distinto de { $server }; no se usó el código
# Sustituye a $server cuando la dirección de inicio de sesión no tiene nombre de host.
signin-redirect-the-server = el servidor de inicio de sesión
signin-redirect-code = el navegador volvió con un código de autorización
signin-redirect-refused = el proveedor rechazó el inicio de sesión
# $seconds es un número.
signin-redirect-timed-out = ninguna respuesta del navegador en { $seconds } s
signin-wait-cancelled = se canceló el inicio de sesión
signin-wait-listener-gone = la escucha local se detuvo inesperadamente
# $duration es un intervalo tal como lo escribe el programa (300s).
signin-wait-timed-out = el navegador no volvió en { $duration }
signin-exchange-title = Canjear el código por tokens
# $minutes es un número.
signin-exchange-with-refresh-valid = se recibió un token de acceso con token de actualización, válido durante { $minutes } min
signin-exchange-without-refresh-valid = se recibió un token de acceso sin token de actualización, válido durante { $minutes } min
signin-exchange-with-refresh = se recibió un token de acceso con token de actualización
signin-exchange-without-refresh = se recibió un token de acceso sin token de actualización
signin-refresh-title = Renovar el token de acceso
signin-refresh-none = el proveedor no emitió ningún token de actualización (¿se solicitó offline_access?)
signin-refresh-accepted = se aceptó el token de actualización

## Por qué falló una solicitud al punto de conexión de tokens. Las palabras
## del propio proveedor se muestran aparte.
signin-token-timed-out = el punto de conexión de tokens no respondió en { $seconds } s
signin-token-refused = el proveedor rechazó la solicitud
signin-token-unreachable = no se pudo contactar con el punto de conexión de tokens: { $error }
signin-token-unreadable = no se pudo leer la respuesta del punto de conexión de tokens: { $error }
# $status es el estado HTTP (429), $seconds la espera que pide el proveedor.
signin-throttled-wait-waited = el servicio de inicio de sesión está limitando las solicitudes (HTTP { $status }) y pide esperar { $seconds } s; mailsetup esperó una vez como se pedía y se detiene aquí en lugar de volver a preguntar una y otra vez
signin-throttled-wait = el servicio de inicio de sesión está limitando las solicitudes (HTTP { $status }) y pide esperar { $seconds } s; es más de lo que mailsetup espera dentro de un paso, así que no volvió a preguntar
signin-throttled-slow-down-waited = el servicio de inicio de sesión está limitando las solicitudes (HTTP { $status }) y pide ir más despacio; mailsetup esperó una vez como se pedía y se detiene aquí en lugar de volver a preguntar una y otra vez
signin-throttled-slow-down = el servicio de inicio de sesión está limitando las solicitudes (HTTP { $status }) y pide ir más despacio; es más de lo que mailsetup espera dentro de un paso, así que no volvió a preguntar

## El inicio de sesión alternativo con código, para cuando el navegador no
## puede volver a este equipo (sesiones remotas).
signin-device-label = Alternativa: iniciar sesión con un código en otro dispositivo
signin-device-warning = Use esta opción solo cuando el inicio de sesión normal en el navegador no pueda funcionar (por ejemplo, en una sesión remota). Muchas organizaciones bloquean el inicio de sesión con código de dispositivo (AADSTS53003); si la suya lo hace, esto fallará y el inicio de sesión normal es el camino.
signin-device-title = Iniciar sesión con un código de dispositivo (alternativa)
signin-device-no-endpoint = mailsetup no conoce ningún punto de conexión de códigos de dispositivo para este proveedor
signin-device-start-refused = el proveedor se negó a comenzar un inicio de sesión con código de dispositivo
signin-device-unreachable = no se pudo contactar con el punto de conexión de códigos de dispositivo: { $error }
signin-device-unusable = no se pudo usar la respuesta del punto de conexión de códigos de dispositivo: { $error }
signin-device-timed-out = el punto de conexión de códigos de dispositivo no respondió en { $seconds } s
signin-device-cancelled = cancelado
signin-device-refused = el proveedor rechazó el inicio de sesión con código de dispositivo
signin-device-failed = falló el inicio de sesión con código de dispositivo: { $error }
# $code es el código que escribió el usuario, $uri dónde lo escribió.
signin-device-approved = se aprobó el código { $code } en { $uri }; se recibió un token de acceso

## La página que muestra la pestaña del navegador después del inicio de
## sesión. Texto sin formato: el programa añade el marcado.
signin-page-signed-in-title = Ha iniciado sesión
signin-page-signed-in = Mail Setup tiene lo que necesita. Puede cerrar esta pestaña y volver a Mail Setup.
signin-page-not-complete-title = El inicio de sesión no se completó
# $error es el código de error del proveedor (access_denied), mostrado como código.
signin-page-provider-answered = Su proveedor respondió { $error }.
signin-page-provider-explained = Vuelva a Mail Setup: allí se explica qué significa esto y qué hacer a continuación.
signin-page-another-issuer = Esta respuesta indica un servidor de inicio de sesión distinto del que le indicó Mail Setup, así que Mail Setup no la usó. Vuelva a Mail Setup y comience de nuevo el inicio de sesión desde allí.
signin-page-not-this-title = Este no es el inicio de sesión que espera Mail Setup
signin-page-not-this = El enlace no coincide con el inicio de sesión que comenzó Mail Setup. Puede que sea de un intento anterior. Vuelva a Mail Setup y comience de nuevo el inicio de sesión desde allí.
signin-page-malformed-title = Esta no es una respuesta de inicio de sesión válida
signin-page-malformed = El enlace repite un parámetro del inicio de sesión, así que Mail Setup no lo usó. Vuelva a Mail Setup y comience de nuevo el inicio de sesión desde allí.
signin-page-not-waiting-title = Mail Setup no está esperando ningún inicio de sesión
signin-page-not-waiting = Vuelva a Mail Setup y comience el inicio de sesión desde allí.
signin-page-refused-title = Solicitud rechazada
# $status es un número de estado HTTP.
signin-page-refused = La escucha de inicio de sesión de Mail Setup no acepta esta solicitud (HTTP { $status }).
signin-page-not-found-title = No encontrado
signin-page-not-found = Aquí no hay nada.

## Lo que se escribió, rechazado antes de que se ejecute nada.
# $error dice qué está mal en la dirección escrita.
flow-delegate-invalid = la persona que inicia sesión: { $error }
flow-delegate-is-mailbox = { $address } es el propio buzón compartido; quien inicia sesión es la persona que lo abre con su propio inicio de sesión
flow-delegate-not-oauth = un buzón compartido se abre con el propio inicio de sesión de la persona que accede a él, y { $provider } no inicia sesión con el OAuth2 de mailsetup (usa una contraseña o el propio inicio de sesión de Thunderbird)
flow-name-has-nul = el nombre no debe contener un carácter NUL
# $host es el servidor de entrada de la cuenta.
flow-account-no-address = la cuenta en { $host } no tiene dirección de correo electrónico

## El plan: los primeros pasos y las advertencias del informe.
flow-delegate-other-domain = { $delegate } y el buzón compartido { $address } están en dominios distintos: ambos deben estar en la misma organización de Microsoft 365, o el servidor de correo no permitirá que { $delegate } lo abra.
flow-plan-title = Encontrar el proveedor y los servidores
# $provider es el nombre del proveedor, $source de dónde salió el plan (uno de
# los textos flow-source), $sign_in cómo se inicia sesión (uno de los textos
# flow-plan-sign-in).
flow-plan-detail = { $provider } ({ $source }); { $sign_in }
# $issuer es el servidor de inicio de sesión, $client el id. de registro de la aplicación.
flow-plan-sign-in-oauth = inicio de sesión en { $issuer } con el cliente { $client }
flow-plan-sign-in-thunderbird = OAuth2 en { $issuer }, lo hace el propio Thunderbird; mailsetup comprueba los servidores sin iniciar sesión
flow-plan-sign-in-password = inicio de sesión con contraseña (Thunderbird la pide); mailsetup comprueba los servidores sin iniciar sesión
# $lookup nombra la búsqueda (DNS SRV, autoconfig…).
flow-lookup-title = Búsqueda: { $lookup }
flow-stop-title = ¿Se puede cambiar esta cuenta a OAuth2?
flow-source-catalogue = del catálogo integrado de mailsetup
flow-source-user-choice = según su elección
flow-source-provider-file = del archivo de proveedor { $path }
flow-source-sandbox = el entorno de pruebas integrado
flow-source-discovered = encontrado mediante la búsqueda { $lookup }
flow-source-thunderbird = del servidor que Thunderbird ya usa, { $host }

## Los pasos de inicio de sesión y de comprobación.
flow-token-title = Examinar el contenido del token de acceso
flow-token-expired = el punto de conexión de tokens indicó que el token dura { $seconds } s, y ese tiempo ha pasado
flow-no-sign-in-held = ya no hay ninguna sesión iniciada; vuelva a iniciar sesión
flow-sign-in-title = Iniciar sesión en el navegador
flow-smtp-title = Comprobar SMTP
flow-cancelled = cancelado
flow-not-done-yet = aún no hecho
flow-sign-in-by-thunderbird = no lo hace mailsetup: Thunderbird inicia sesión en esta cuenta por sí mismo
flow-stopped-by-plan = no se intentó: esta cuenta no se puede cambiar a OAuth2 (véase arriba)
flow-checks-after-failed-sign-in = no se intentó, porque el inicio de sesión no se completó
flow-checks-not-yet = aún no se ha intentado

## El paso de Thunderbird.
flow-write-title = Añadir la cuenta a Thunderbird
flow-migrate-title = Cambiar la cuenta de Thunderbird a OAuth2
flow-write-no-write = no escrito (--no-write)
# $account es la clave de cuenta de Thunderbird (account3), $profile una carpeta.
flow-write-added = cuenta { $account } añadida a { $profile }
flow-write-already-present = el perfil ya tiene esta cuenta ({ $account }); no se cambió nada
flow-write-updated = la cuenta { $account } del perfil inicia sesión ahora con OAuth2 (se conservan su correo y sus carpetas)
flow-migrate-already = { $account } ya inicia sesión con OAuth2; no se cambió nada
# $changes y $removed son números; $server es la clave de servidor de Thunderbird.
flow-migrate-done = { $account } inicia sesión ahora con OAuth2 en { $incoming } ({ $changes } ajustes cambiados, { $removed } contraseñas guardadas eliminadas; se conservan la clave de servidor { $server } y su correo)
flow-migrate-done-smtp = { $account } inicia sesión ahora con OAuth2 en { $incoming } y { $smtp } ({ $changes } ajustes cambiados, { $removed } contraseñas guardadas eliminadas; se conservan la clave de servidor { $server } y su correo)
# $detail es el detalle del paso; se añade cuando --force pasó por alto una comprobación.
flow-forced = { $detail } (hecho aunque falló una comprobación: --force)
flow-write-skipped-no-write = no escrito: esta ejecución solo comprueba (--no-write)
flow-write-skipped-by-user = no escrito: eligió «Omitir»
flow-write-skipped-sign-in = no escrito, porque el inicio de sesión no se completó
flow-write-skipped-check = no escrito, porque falló una comprobación
flow-write-skipped-yet = aún no escrito
flow-migrate-skipped-no-write = no cambiado: esta ejecución solo comprueba (--no-write)
flow-migrate-skipped-by-user = no cambiado: eligió «Omitir»
flow-migrate-skipped-sign-in = no cambiado, porque el inicio de sesión no se completó
flow-migrate-skipped-check = no cambiado, porque falló una comprobación (véase el diagnóstico; --force lo cambiaría de todos modos)
flow-migrate-skipped-yet = aún no cambiado

## El traspaso del inicio de sesión a Thunderbird, para que se abra con la
## sesión iniciada.
flow-handoff-title = Mantener la sesión de Thunderbird iniciada
# $why es uno de los motivos de abajo, o un error.
flow-handoff-without = { $why }; Thunderbird le pedirá que inicie sesión una vez al abrirse
flow-handoff-no-write = no traspasado: esta ejecución no escribe nada (--no-write)
flow-handoff-not-written = no traspasado, porque la cuenta no se escribió
flow-handoff-not-switched = no traspasado, porque la cuenta no se cambió
flow-handoff-no-sign-in = no traspasado: mailsetup no tiene ninguna sesión iniciada
flow-handoff-no-refresh = no traspasado: el proveedor no dio ningún token de actualización
flow-handoff-turned-off = no traspasado: desactivado (--no-sign-in-handoff)
# Los motivos por los que el traspaso no es posible, solos (el asistente los
# muestra en lugar de su casilla «Mantener la sesión de Thunderbird
# iniciada») y en el informe.
flow-handoff-by-thunderbird = Thunderbird inicia sesión en esta cuenta por sí mismo
flow-handoff-by-thunderbird-report = no hace falta: Thunderbird inicia sesión en esta cuenta por sí mismo
flow-handoff-provider-file = el inicio de sesión se hizo para el registro de aplicación propio del archivo de proveedor, y Thunderbird solo puede usar uno hecho para el suyo
flow-handoff-provider-file-report = no traspasado: el inicio de sesión se hizo para el registro de aplicación propio del archivo de proveedor, y Thunderbird solo puede usar uno hecho para el suyo
flow-handoff-sandbox = el inicio de sesión se hizo para el proveedor de práctica, y Thunderbird solo puede usar uno hecho para el suyo
flow-handoff-sandbox-report = no traspasado: el inicio de sesión se hizo para el proveedor de práctica, y Thunderbird solo puede usar uno hecho para el suyo
flow-handoff-other-app = el inicio de sesión se hizo para un registro de aplicación que no es el de Thunderbird, y Thunderbird solo puede usar uno hecho para el suyo
flow-handoff-other-app-report = no traspasado: el inicio de sesión se hizo para un registro de aplicación que no es el de Thunderbird, y Thunderbird solo puede usar uno hecho para el suyo
flow-handoff-other-service = Thunderbird inicia sesión en estos servidores mediante otro servicio de inicio de sesión de Microsoft
flow-handoff-other-service-report = no traspasado: Thunderbird inicia sesión en estos servidores mediante otro servicio de inicio de sesión de Microsoft
# $user es una dirección.
flow-handoff-replaced = { $user } (sustituye al inicio de sesión guardado antes)
# $users enumera las direcciones; $nss es la carpeta del NSS de Thunderbird.
flow-handoff-done = Thunderbird se abre con la sesión iniciada como { $users }: el inicio de sesión está en el almacén de credenciales del perfil (logins.json), cifrado como lo hace Thunderbird, con su propio NSS de { $nss }; mailsetup no guarda ninguna copia
flow-handoff-done-key-store = Thunderbird se abre con la sesión iniciada como { $users }: el inicio de sesión está en el almacén de credenciales del perfil (logins.json), cifrado como lo hace Thunderbird, con su propio NSS de { $nss }; mailsetup no guarda ninguna copia; el perfil no tenía almacén de claves (key4.db) y ahora tiene uno
# $detail es uno de los dos textos de arriba; $backups enumera archivos.
flow-handoff-backups = { $detail }; copias de seguridad: { $backups }

## El diagnóstico (doctor): el inicio de sesión guardado por Thunderbird, renovado.
flow-doctor-no-browser = doctor nunca abre un navegador
flow-saved-title = Encontrar el inicio de sesión guardado de Thunderbird
# $user es el nombre de inicio de sesión, $issuer el servidor de inicio de sesión.
flow-saved-none = Thunderbird no tiene ningún inicio de sesión guardado para { $user } en { $issuer }: pedirá al usuario que inicie sesión la próxima vez que se conecte
flow-saved-found = Thunderbird tiene un inicio de sesión guardado para { $user } en { $issuer }
flow-save-title = Guardar el inicio de sesión renovado para Thunderbird
flow-save-running = no guardado: Thunderbird está abierto; su propio inicio de sesión guardado sigue siendo válido y Thunderbird lo renueva por sí mismo
flow-save-done = el proveedor renovó el token de actualización; el nuevo sustituye al de Thunderbird, como haría el propio Thunderbird

signin-aadsts-code = Código AADSTS:
