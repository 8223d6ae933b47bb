# El marco del asistente y sus páginas después de la de cuentas: la
# dirección, el inicio de sesión, las comprobaciones, Thunderbird y la
# última página. Los nombres de botones («Siguiente», «Reintentar»,
# «Omitir», «Reparar»…) se citan en otros textos: escríbalos igual en
# todas partes.

## Los botones de la parte inferior de cada página, y lo que hacen cuando
## el puntero se detiene sobre ellos.
nav-technical-details = Detalles técnicos
nav-technical-details-hint = Mostrar los pasos, los tiempos, los servidores y las transcripciones, para el personal de soporte técnico
nav-back = Atrás
nav-cancel = Cancelar
# El botón «Cancelar» una vez que la cuenta se ha escrito en Thunderbird.
nav-start-over = Empezar de nuevo
nav-cancel-hint-close = Cerrar Mail Setup sin cambiar nada
nav-cancel-hint-stop-browser = Dejar de esperar al navegador
nav-cancel-hint-stop-checks = Detener las comprobaciones
nav-cancel-hint-leave = Salir de esta página; la cuenta se queda tal como se escribió
nav-cancel-hint-start-over = Detener esta configuración y volver a la primera página; no se ha cambiado nada
nav-next = Siguiente
nav-next-hint = Ir al siguiente paso
nav-close = Cerrar
nav-close-hint = Cerrar Mail Setup
nav-see-report = Ver el informe
nav-see-report-hint = Qué ha fallado y qué enviar a su departamento de informática
nav-add-account = Añadir otra cuenta
nav-add-account-hint = Configurar una cuenta que aún no está en Thunderbird

## «Cancelar» en la primera página pregunta antes de cerrar la ventana.
close-question = ¿Cerrar Mail Setup? No se ha cambiado nada.
close-confirm = Cerrar Mail Setup
close-stay = Quedarse

## Errores del propio asistente, que se muestran donde se habría mostrado el trabajo.
wizard-worker-stopped = el proceso en segundo plano del asistente no se está ejecutando
wizard-worker-stopped-restart = el proceso en segundo plano del asistente no se está ejecutando; reinicie Mail Setup

## El modo de práctica, que se ofrece al pie de las primeras páginas.
sandbox-offer = ¿No tiene una cuenta a mano, o solo siente curiosidad?
sandbox-try = Probar el entorno de pruebas (no hace falta ninguna cuenta)
sandbox-starting = Iniciando el entorno de pruebas…
sandbox-explained = El entorno de pruebas es un proveedor de práctica dentro de Mail Setup: con su propia página de inicio de sesión y sus propios servidores de correo, y un perfil de Thunderbird desechable con una cuenta que hay que reparar. Nada sale de este equipo.
sandbox-approve-automatically = Aprobar el inicio de sesión automáticamente (sin navegador)
sandbox-leave = Salir del entorno de pruebas
# Se muestra como motivo por el que «Siguiente» no avanzó.
sandbox-still-starting = el entorno de pruebas aún se está iniciando; vuelva a intentarlo en un momento
sandbox-not-running = el entorno de pruebas no se está ejecutando

## La página de la dirección.
address-heading = Su dirección de correo electrónico
address-intro = Mail Setup le permite iniciar sesión con su proveedor de correo en el navegador, comprueba que se puede recibir y enviar correo y añade la cuenta a Thunderbird. Su contraseña solo se escribe en la página de su proveedor.
address-email = Dirección de correo electrónico
# Un ejemplo que se muestra en gris en el campo de dirección vacío.
address-email-example = nombre@example.com
address-name = Su nombre
address-name-hint = tal como lo ven los destinatarios (opcional)
address-shared = Es un buzón compartido que puedo abrir
address-who-signs-in = Quién inicia sesión
address-who-signs-in-hint = su propia dirección
address-shared-explained = Usted inicia sesión con su propia cuenta; Thunderbird muestra entonces el buzón compartido y envía como ese buzón.
address-shared-needs-delegate = Introduzca la dirección de la persona que abre este buzón compartido: es ella quien inicia sesión, con su propia cuenta.
# $domain es la parte de la dirección escrita que va después de la @.
address-unknown-domain = Mail Setup no sabe qué proveedor aloja { $domain }. Si su organización usa Microsoft 365, elíjalo:
address-microsoft-365 = Microsoft 365 (trabajo o centro educativo)

## La página de inicio de sesión. $company es con quién inicia sesión el
## usuario (Microsoft, Google o el nombre del proveedor).
sign-in-heading-plain = Iniciar sesión
sign-in-no-address = Introduzca primero una dirección.
sign-in-heading = Iniciar sesión con { $company }
sign-in-change-settings = Cambiar la configuración del servidor…
# El resumen de la cuenta. Cada fila tiene un nombre a la izquierda.
sign-in-row-your-mail = Su correo
sign-in-row-hosted-by = Alojado por
sign-in-row-shared-mailbox = Buzón compartido
sign-in-row-signs-in-as = Inicia sesión como
# El mismo resumen con los detalles técnicos activados.
sign-in-row-account = Cuenta
# $address es el buzón compartido, $name el nombre que lleva, $delegate la
# dirección de la persona que inicia sesión.
sign-in-account-shared = { $address } ({ $name }), buzón compartido abierto por { $delegate }
sign-in-row-provider = Proveedor
sign-in-row-sign-in = Inicio de sesión
# $protocol es IMAP o POP3.
sign-in-row-incoming = Servidor de entrada ({ $protocol })
sign-in-row-outgoing = Servidor de salida (SMTP)
# La fila del proveedor: $provider es el nombre del proveedor, seguido de
# cómo llegó Mail Setup a él.
sign-in-provider-catalogue = { $provider } (conocido por Mail Setup)
sign-in-provider-user-choice = { $provider } (según su elección)
# $path es el archivo de proveedor indicado en la línea de comandos.
sign-in-provider-file = { $provider } (de { $path })
sign-in-provider-sandbox = { $provider } (proveedor de práctica)
# $lookup nombra la consulta que lo encontró: autoconfig, ispdb, dns-mx, dns-srv o microsoft.
sign-in-provider-discovered = { $provider } (encontrado mediante { $lookup })
# $server es el nombre del servidor que usa la cuenta de Thunderbird existente.
sign-in-provider-thunderbird = { $provider } (Thunderbird ya usa { $server })
sign-in-stops-here = Mail Setup no puede cambiar esta cuenta para que inicie sesión a través de su proveedor, así que se detiene aquí.
sign-in-by-thunderbird = Mail Setup no inicia sesión en esta cuenta por sí mismo: lo hace Thunderbird la primera vez que se abre. «Siguiente» comprueba los servidores sin iniciar sesión.
# $left es el tiempo que queda, en minutos:segundos («4:59»).
sign-in-waiting = Esperando a que inicie sesión y permita el acceso en su navegador: quedan { $left }
sign-in-link-intro = Si no se abrió ningún navegador, o si lo cerró, abra este enlace en un navegador:
sign-in-copy-link = Copiar enlace
sign-in-link-copied = Se ha copiado el enlace de inicio de sesión.
sign-in-open-browser-again = Volver a abrir el navegador
# $how dice cómo se abrió la página («opened in your default browser»); por ahora
# sigue en inglés.
sign-in-browser-opened = La página de inicio de sesión se ha { $how }.
sign-in-browser-failed = El navegador no se abrió: { $why }. Copie usted mismo el enlace en un navegador.
# $redirect_uri es una dirección en este equipo (http://127.0.0.1:…).
sign-in-redirect = Mail Setup recibe la respuesta en { $redirect_uri }, solo en este equipo.
sign-in-preparing = Preparando el inicio de sesión…
sign-in-explained = Su navegador abre la página de inicio de sesión de { $company }. Inicie sesión allí y permita el acceso a su correo; después vuelva aquí. Su contraseña solo se escribe en la página de { $company }.
sign-in-done = Sesión iniciada.
sign-in-failed = El inicio de sesión no se completó.
sign-in-cancelled = Inicio de sesión cancelado. No se ha guardado nada; puede volver a empezar.
sign-in-again = Volver a iniciar sesión
sign-in-try-again = Reintentar
sign-in-with-browser = Iniciar sesión con el navegador
sign-in-with-code = Iniciar sesión con un código
sign-in-steps = Pasos
# El nombre de un paso del informe, cuando el inicio de sesión ni siquiera pudo empezar.
sign-in-step-start = Comenzar el inicio de sesión
# El inicio de sesión con un código escrito en otro dispositivo. $url es la página que hay que abrir.
sign-in-code-where = En cualquier dispositivo con navegador, abra { $url } e introduzca este código:
sign-in-copy-code = Copiar código
sign-in-code-copied = Se ha copiado el código.
# $minutes es un número.
sign-in-code-valid = { $minutes ->
    [one] El código es válido durante { $minutes } minuto.
   *[other] El código es válido durante { $minutes } minutos.
}
sign-in-code-waiting = Esperando a que introduzca el código e inicie sesión…

## La página de comprobaciones. $direction es «receiving» o «sending»: una
## línea para cada uno.
checks-heading = Comprobando su correo
checks-intro = Mail Setup comprueba ahora que su correo se puede recibir y enviar con el nuevo inicio de sesión.
checks-does-not-work = { $direction ->
    [sending] Envío de correo: aún no funciona
   *[receiving] Recepción de correo: aún no funciona
}
checks-works = { $direction ->
    [sending] Envío de correo: funciona
   *[receiving] Recepción de correo: funciona
}
checks-not-checked-other-failed = { $direction ->
    [sending] Envío de correo: sin comprobar, porque la otra comprobación falló antes
   *[receiving] Recepción de correo: sin comprobar, porque la otra comprobación falló antes
}
checks-not-checked-yet = { $direction ->
    [sending] Envío de correo: aún sin comprobar
   *[receiving] Recepción de correo: aún sin comprobar
}
checks-passed = Su correo funciona con el nuevo inicio de sesión. Siguiente paso: añadir la cuenta a Thunderbird.
checks-passed-switching = Su correo funciona con el nuevo inicio de sesión. Siguiente paso: cambiar la cuenta en Thunderbird.
checks-stopped = Comprobaciones detenidas.
checks-not-run = Las comprobaciones aún no se han ejecutado.
checks-try-again = Reintentar
checks-run-again = Volver a ejecutar las comprobaciones
# $to es la dirección que inició sesión; $subject, el asunto del mensaje de prueba.
checks-test-message-sent = Hay un mensaje de prueba en camino a { $to }: busque «{ $subject }» en esa bandeja de entrada.
checks-send-test-message = Enviarme un mensaje de prueba
checks-send-test-message-hint = Envía un mensaje desde esta dirección a la cuenta con la que inició sesión: la única forma de demostrar que se permite enviar como buzón compartido o como alias
# Encabezados sobre los pasos, con los detalles técnicos activados.
checks-incoming-steps = Servidor de entrada (IMAP)
checks-outgoing-steps = Servidor de salida (SMTP)

## La página de Thunderbird.
thunderbird-heading = Thunderbird
thunderbird-no-address = Introduzca primero una dirección.
thunderbird-switching-heading = Cambio de la cuenta en Thunderbird
thunderbird-switching = { $address } conserva su correo, sus carpetas y sus filtros, y a partir de ahora inicia sesión con { $company }.
thunderbird-sign-in-handed-off = OAuth2: ya ha iniciado sesión; Thunderbird se abre con la sesión iniciada y no se guarda ninguna contraseña
thunderbird-sign-in-once = OAuth2: Thunderbird le pedirá que inicie sesión una vez; no se guarda ninguna contraseña
thunderbird-no-home = Mail Setup no encuentra su carpeta personal, así que no puede buscar Thunderbird. Omita este paso.
thunderbird-folder = Carpeta de Thunderbird:
thunderbird-folder-sandbox = La carpeta de Thunderbird desechable del entorno de pruebas (se borra al cerrar Mail Setup):
thunderbird-looking = Buscando perfiles…
thunderbird-no-profile = Todavía no hay ningún perfil de Thunderbird ahí; Mail Setup crea uno y lo convierte en el predeterminado.
thunderbird-profiles-found = La cuenta se añade al perfil que Thunderbird abre de forma predeterminada. Perfiles encontrados:
# Después del nombre de un perfil. $count es su número de cuentas de correo.
thunderbird-profile-default = (predeterminado; { $count ->
    [0] aún sin cuentas de correo
    [one] { $count } cuenta de correo
   *[other] { $count } cuentas de correo
})
thunderbird-profile-other = (no predeterminado; { $count ->
    [0] aún sin cuentas de correo
    [one] { $count } cuenta de correo
   *[other] { $count } cuentas de correo
})
thunderbird-check-sign-in = Comprobar el inicio de sesión guardado en Thunderbird
thunderbird-check-sign-in-hint = Lee el inicio de sesión que Thunderbird guardó para cada cuenta OAuth2, lo renueva y comprueba IMAP y SMTP con él; sin navegador
thunderbird-asking-provider = Preguntando al proveedor…
thunderbird-nothing-to-ask = Ninguna cuenta de ese perfil inicia sesión en un proveedor al que Mail Setup pueda consultar.
thunderbird-saved-sign-in-works = { $address }: el inicio de sesión guardado en Thunderbird funciona para recibir y enviar.
# $problem es lo que falló, en pocas palabras.
thunderbird-saved-sign-in-fails = { $address }: { $problem }
thunderbird-already-has = Su Thunderbird ya tiene esta cuenta
# $protocol es IMAP o POP3, $server el servidor de entrada de la cuenta;
# $incoming_server y $outgoing_server son los servidores a los que se cambia.
thunderbird-offer-technical = Este perfil ya tiene { $address } ({ $protocol } en { $server }), que inicia sesión con una contraseña. { $provider } deja de aceptar contraseñas; al cambiarla, la cuenta conserva su correo, sus carpetas y sus filtros, y pasa a iniciar sesión con OAuth2 en { $incoming_server } y { $outgoing_server }.
thunderbird-offer = { $address } inicia sesión ahí con una contraseña, que { $provider } deja de aceptar. Al cambiarla, conserva su correo, sus carpetas y sus filtros.
thunderbird-switch = Cambiar esta cuenta
thunderbird-switch-needs-checks = (antes deben superarse las comprobaciones)
thunderbird-or-add = O añadirla como segunda cuenta:
thunderbird-what-is-added = Qué se añadirá
thunderbird-row-email = Dirección de correo electrónico
thunderbird-row-name = Nombre
# $protocol es IMAP o POP3.
thunderbird-row-incoming = Servidor de entrada ({ $protocol })
thunderbird-row-outgoing = Servidor de salida (SMTP)
thunderbird-row-sign-in = Inicio de sesión
thunderbird-will-ask = Thunderbird le pedirá que inicie sesión una vez cuando se abra.
# $why es por qué Mail Setup no puede pasar el inicio de sesión.
thunderbird-will-ask-because = Thunderbird le pedirá que inicie sesión una vez cuando se abra: { $why }.
thunderbird-keep-signed-in = Mantener la sesión de Thunderbird iniciada
thunderbird-keep-signed-in-hint = Pasa su inicio de sesión a Thunderbird, cifrado entre sus propias credenciales guardadas, para que no le vuelva a pedir que inicie sesión. Mail Setup no guarda ninguna copia.
thunderbird-no-oauth = Thunderbird no puede usar OAuth2 con estos servidores, así que es posible que la cuenta no pueda iniciar sesión en ellos.
thunderbird-close-first = Cierre primero Thunderbird: reescribe su configuración al salir.
thunderbird-write = Escribir en Thunderbird
thunderbird-skip = Omitir
thunderbird-skip-hint = Ir al informe sin escribir nada
thunderbird-writing = Escribiendo en Thunderbird…
thunderbird-waiting-for-close = Thunderbird está abierto y reescribe su configuración al cerrarse. Ciérrelo (Archivo › Salir): Mail Setup continuará por sí solo en cuanto lo haga.
thunderbird-closed-writing = Thunderbird se ha cerrado; escribiendo ahora la cuenta.
thunderbird-not-changed = La cuenta no se ha cambiado en Thunderbird.
thunderbird-handed-off = Thunderbird se abre con la sesión iniciada: no tendrá que volver a iniciar sesión.
# $why es lo que falló al pasar el inicio de sesión.
thunderbird-handoff-failed = Thunderbird le pedirá que inicie sesión una vez cuando se abra. { $why }
# Lo que cambió el paso de Thunderbird. $profile es la carpeta del perfil.
thunderbird-changed-already-present = La cuenta ya estaba en Thunderbird; no hacía falta cambiar nada (perfil { $profile }).
thunderbird-changed-switched = La cuenta de Thunderbird inicia sesión ahora con su proveedor; su correo, sus carpetas y sus filtros siguen como estaban (perfil { $profile }).
thunderbird-changed-added = La cuenta se ha añadido a Thunderbird (perfil { $profile }).
# Sigue a la frase anterior; $backup es un archivo.
thunderbird-backup = La configuración anterior de Thunderbird se ha guardado en { $backup }.

## Bajo un fallo, en cada página: qué enviar al soporte técnico, y el
## diagnóstico.
help-copy-ticket = Copiar solicitud para el administrador
help-copy-ticket-hint = Texto listo para enviar a su departamento de informática: quién, cuándo, qué aplicación, el paso que falla, el diagnóstico y la acción exacta que debe realizar el administrador
help-save-bundle = Guardar paquete de soporte
help-save-bundle-hint = Un único archivo con el informe y la transcripción del protocolo para su soporte técnico; no contiene ninguna contraseña ni ningún token
help-what-happened = Qué ha pasado
help-user-can-do = Qué puede hacer usted
help-admin-must-do = Qué debe hacer su departamento de informática
help-open-consent = Soy el administrador: abrir la página de consentimiento
help-consent-opening = Abriendo la página de consentimiento en su navegador. Después de aceptar, elija «Reintentar».
help-ticket-copied = Se ha copiado la solicitud para el administrador. Péguela en un correo a su departamento de informática.
help-no-folder = No se encuentra su carpeta de descargas ni su carpeta personal para guardar el paquete de soporte.
# $path es el archivo en el que se guarda el paquete.
help-saving-bundle = Guardando el paquete de soporte en { $path } (no contiene ninguna contraseña ni ningún token).
help-bundle-failed = No se pudo guardar el paquete de soporte: { $why }

## La última página.
done-heading = Listo
done-nothing-yet = Todavía no se ha configurado nada.
done-heading-fixed = Su correo vuelve a funcionar
done-heading-set-up = Su correo está configurado
done-heading-problem = Listo, con un problema
done-heading-not-finished = Sin terminar
done-works = La recepción y el envío de correo funcionan para { $address }.
done-practice-profile = Este es el perfil de práctica: desaparece al cerrar Mail Setup.
done-signed-in = Thunderbird ya tiene la sesión iniciada: no le pedirá su contraseña.
done-sign-in-once = Cuando Thunderbird se abra, le pedirá que inicie sesión una vez, en su navegador.
# $server es el servidor de correo que aún acepta una contraseña.
done-password-receiving = Para recibir, su servidor de correo ({ $server }) sigue usando su contraseña: Thunderbird se la pedirá una vez.
done-password-sending = Para enviar, su servidor de correo ({ $server }) sigue usando su contraseña: Thunderbird se la pedirá la primera vez que envíe.
done-nothing-changed = No se ha cambiado nada en Thunderbird.
# $problem es lo que falló, en pocas palabras.
done-not-working = No funciona: { $problem }
done-open-thunderbird = Abrir Thunderbird
done-copy-report = Copiar informe
done-copy-report-hint = El informe completo como texto, para su soporte técnico
done-report-copied = Se ha copiado el informe en el portapapeles.
done-full-report = El informe completo
done-starting-thunderbird = Abriendo Thunderbird…
done-thunderbird-starting = Thunderbird se está abriendo.
done-thunderbird-did-not-start = Thunderbird no se abrió: { $why }.
