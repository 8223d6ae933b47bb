# Las páginas del asistente. «Reparar» y «Añadir otra cuenta» son nombres
# de botones; escríbalos igual en todas partes.

## La primera página: las cuentas del Thunderbird del usuario.
accounts-heading = Sus cuentas de correo
accounts-looking = Buscando Thunderbird en este equipo…
accounts-unreadable = Mail Setup no pudo leer los perfiles de Thunderbird: { $why }
accounts-unreadable-hint = Aun así, puede añadir una cuenta: Mail Setup creará entonces un perfil para ella.
accounts-intro = Estas son las cuentas de su Thunderbird. Elija «Reparar» en una cuenta que haya dejado de funcionar o que esté a punto de hacerlo.
accounts-profile = Perfil de Thunderbird:
accounts-profile-opens-first = { $name } (se abre primero)
# Se muestra cuando `mailsetup --fix-needed` abrió la ventana por una cuenta.
accounts-opened-to-fix = Mail Setup se ha abierto porque hay que reparar { $address }. Elija «Reparar» en esa cuenta: solo tiene que iniciar sesión una vez y la cuenta conserva su correo, sus carpetas y sus filtros.
accounts-opened-to-attend = Mail Setup se ha abierto porque { $address } requiere su atención: más abajo se indica qué hacer.
accounts-none-yet = Este perfil aún no tiene cuentas de correo.
accounts-fix = Reparar
# El nombre del botón «Reparar» para los lectores de pantalla.
accounts-fix-name = Reparar { $address }
accounts-asking-provider = Preguntando al proveedor si el inicio de sesión guardado en Thunderbird sigue funcionando…
accounts-add-shared = Añadir un buzón compartido que abre con esta cuenta…
accounts-add-shared-name = Añadir un buzón compartido que abre con { $address }
accounts-not-checked = No se pudieron comprobar los inicios de sesión guardados: { $why }
accounts-cannot-fix = Esta cuenta no se puede reparar aquí: { $why }.

## La línea de una cuenta cuando el proveedor ya ha respondido.
health-confirmed = Funciona: inicia sesión con { $provider }, y se acaba de comprobar que recibe y envía
health-signed-out = Sesión cerrada. { $why }
health-failing = No funciona. { $why }
health-fixed-just-now = Reparada ahora mismo: Thunderbird le pedirá que inicie sesión una vez la próxima vez que se abra

## La línea de progreso en la parte superior de cada página. $number y
## $count son números; $stage es uno de los nombres de página de abajo;
## $state indica cómo terminó una etapa: done, failed, skipped o stopped.
page-account = Cuenta
page-sign-in = Inicio de sesión
page-checks = Comprobaciones
page-thunderbird = Thunderbird
page-done = Listo
header-stage = { $number }. { $stage }
header-stage-shown-ended = { $stage } ({ $state ->
    [failed] error
    [skipped] omitido
    [stopped] cancelado
   *[done] completado
})
# Lo que oyen los lectores de pantalla para toda la línea.
header-step = Paso { $number } de { $count }: { $stage }
header-stage-ended = { $stage }: { $state ->
    [failed] error
    [skipped] omitido
    [stopped] cancelado
   *[done] completado
}
header-step-and-ended = { $step }; { $ended }

## Un paso que espera a un servidor. $what dice a qué; $waited y
## $deadline son segundos.
progress-waiting = Esperando a { $what } ({ $waited } s de { $deadline } s)
progress-next-step = Ejecutando el siguiente paso…

## Un paso terminado, y la explicación de uno que falló.
step-passed = Correcto
step-failed = ERROR
step-skipped = Omitido
# $took es una duración ya escrita («12 ms»); $deadline, segundos.
step-timing = { $took } de { $deadline } s permitidos
# $title es el nombre del paso; $phase, la parte a la que pertenece (IMAP, SMTP, inicio de sesión).
step-details = Detalles: { $title } ({ $phase })
step-server-said = El servidor respondió:
diagnosis-what-happened = Qué ha pasado:
diagnosis-user-can-do = Qué puede hacer usted:
diagnosis-admin-must-do = Qué debe hacer su administrador:
warning-prefix = Aviso:
sandbox-banner = Entorno de pruebas — modo de práctica, nada sale de este equipo

## Cuando el asistente no puede hacer algo en segundo plano. $error es el
## motivo del sistema, tal como lo dice.
wizard-thread-thunderbird-failed = no se puede iniciar un proceso en segundo plano para abrir Thunderbird: { $error }
wizard-thread-browser-failed = no se puede iniciar un proceso en segundo plano para abrir el navegador: { $error }
wizard-practice-profile-failed = no se pudo escribir el perfil de práctica del entorno de pruebas: { $error }
