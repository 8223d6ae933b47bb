# Las páginas de inicio de sesión del proveedor de práctica (mailsetup
# --sandbox), que se muestran en el navegador. Sustituyen a la página de
# inicio de sesión de un proveedor; las respuestas del proveedor a mailsetup
# y los códigos y frases de Entra quedan en inglés.

practice-provider-name = Entorno de pruebas de mailsetup
practice-page-home = Este es el servidor de inicio de sesión del entorno de pruebas de mailsetup. Comience un inicio de sesión desde mailsetup; desde allí llegará aquí.
practice-page-sign-in-title = Iniciar sesión en el entorno de pruebas de mailsetup
practice-page-note = Este es un proveedor de práctica; nada sale de su equipo.
# $client es el identificador de cliente de la aplicación, tal como lo conoce el proveedor.
practice-page-consent = { $client } quiere leer y enviar su correo.
# Le sigue la lista de ámbitos (scopes), tal como los nombra el proveedor.
practice-page-scopes = Ámbitos:
practice-page-email = Dirección de correo electrónico
practice-page-password = Contraseña (sirve cualquiera)
practice-page-allow = Permitir
practice-page-deny = Denegar
practice-page-device-title = Introducir el código que muestra mailsetup
practice-page-code = Código
practice-page-unknown-code = Ese código no se conoce o ya se usó. Compruebe el código que muestra mailsetup.
practice-page-done-title = Listo
practice-page-signed-in = Ha iniciado sesión. Vuelva a mailsetup: continúa por sí solo.
practice-page-declined = Ha rechazado el acceso. Vuelva a mailsetup.
practice-page-failed-title = No se pudo iniciar sesión
practice-page-not-a-form = El formulario no se envió como formulario.
practice-page-form-incomplete = El formulario está incompleto.
practice-page-choose = Elija «Permitir» o «Denegar».
practice-page-ended-title = Este inicio de sesión ha terminado
practice-page-ended = Esta página de inicio de sesión ha caducado o ya se respondió. Vuelva a empezar desde mailsetup.
practice-page-invalid-link-title = Este enlace de inicio de sesión no es válido
# $reason es el fallo técnico, en inglés.
practice-page-invalid-link = El entorno de pruebas de mailsetup no puede continuar: { $reason }.
practice-page-invalid-link-report = mailsetup crea este enlace por sí mismo; si ve esta página, informe de ello, por favor.
practice-page-address-no-at = Escriba una dirección de correo electrónico: no tiene @.
practice-page-address-no-local-part = Escriba una dirección de correo electrónico: no hay nada utilizable antes de la @.
practice-page-address-no-domain = Escriba una dirección de correo electrónico: la parte posterior a la @ no es un nombre de dominio.
# Tras el rechazo de Entra (AADSTS50057, en inglés). $shared es la dirección
# del buzón compartido; $person, la persona que tiene acceso a él.
practice-page-shared-hint = { $shared } es un buzón compartido: no se puede iniciar sesión con su cuenta. Inicie sesión como una persona que tenga acceso a él ({ $person }) e indique { $shared } solo como nombre de usuario de la cuenta de correo.
# Tras el rechazo de Entra (AADSTS50034, en inglés). $person es el titular del alias.
practice-page-alias-hint = Es un alias de { $person }: inicie sesión con esa dirección.
