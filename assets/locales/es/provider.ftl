### Encontrar el proveedor y la configuración de correo de una dirección: el
### inicio de sesión del plan, sus avisos y notas, los indicios de cada
### consulta (lo que enumeran `mailsetup detect` y el asistente) y los errores
### de los archivos de proveedor, los nombres de servidor y los documentos
### autoconfig. Los nombres de protocolos y registros (IMAP, POP3, SMTP, TLS,
### OAuth2, DNS, MX, SRV, RFC 6186, HTTP), de los servicios de Microsoft
### (Microsoft Entra, Exchange Online, Autodiscover), de los elementos XML
### (<emailProvider>, <domain>), las secciones de archivo ([imap], [pop3],
### [smtp], [oauth]), las claves (oauth.scopes, auth = "password"), las
### variables de entorno (MAILSETUP_…) y los inquilinos ("common",
### "organizations") se quedan como están. $domain es el dominio de la
### dirección, $host el nombre de un servidor, $provider el nombre de un
### proveedor, $error las propias palabras de una biblioteca.

## Nombres de proveedor que describen el tipo de cuenta.
provider-name-microsoft-365 = Microsoft 365 (trabajo o centro educativo)
provider-name-outlook-consumer = Outlook.com (cuenta personal de Microsoft)

## Por qué no se pudo hacer ningún plan (el asistente y la línea de comandos).
# $choice es provider-name-microsoft-365, la opción que puede elegir el usuario.
provider-error-unknown-domain = mailsetup no sabe qué proveedor aloja { $domain }; elija «{ $choice }» si su organización lo usa
provider-error-nothing-found = mailsetup no encontró ninguna configuración de correo para { $domain } (las consultas indican qué respondió cada fuente); introduzca los servidores a mano o elija «{ $choice }» si su organización lo usa
provider-error-no-answer = ninguna de las consultas para { $domain } obtuvo respuesta: parece que este equipo no tiene conexión. Compruebe la conexión de red y vuelva a intentarlo, o introduzca los servidores a mano

## Cómo inicia sesión un servidor, en pocas palabras.
provider-auth-none = sin autenticación
provider-auth-password = contraseña
provider-auth-encrypted-password = contraseña cifrada
provider-auth-kerberos = Kerberos
provider-auth-ntlm = NTLM
provider-auth-oauth2 = OAuth2

## El inicio de sesión del plan en una línea. $issuer es de dónde vienen los
## tokens (login.microsoftonline.com), $scopes los permisos que se piden, tal
## como los llama el proveedor.
provider-sign-in-oauth2 = OAuth2 en { $issuer } (ámbitos: { $scopes })
# $sign_in es provider-sign-in-oauth2; $tenant el identificador de Microsoft de la organización.
provider-sign-in-tenant = { $sign_in }; inquilino { $tenant }
# $realm es Managed o Federated, palabras propias de Microsoft.
provider-sign-in-realm = { $sign_in }; tipo de dominio { $realm }
provider-sign-in-oauth2-by-thunderbird = OAuth2 en { $issuer } (ámbitos: { $scopes }), lo hace el propio Thunderbird
provider-sign-in-password = contraseña (Thunderbird la pide)
# Cuando solo uno de los dos servidores inicia sesión con OAuth2: $sign_in es
# uno de los textos de arriba, $other cómo inicia sesión el otro servidor
# (provider-auth-…).
provider-sign-in-only-receiving = { $sign_in } para recibir; para enviar se usa { $other }
provider-sign-in-only-sending = { $sign_in } para enviar; para recibir se usa { $other }

## Por qué en algunos proveedores inicia sesión con OAuth2 Thunderbird, y no mailsetup.
provider-why-google = El inicio de sesión de Google necesita un registro de aplicación con un secreto de cliente, y mailsetup no incorpora el secreto de otra aplicación. mailsetup comprueba los servidores sin iniciar sesión y escribe la cuenta; después, Thunderbird inicia sesión en Google por sí mismo. Para comprobar también el inicio de sesión, el soporte técnico puede dar a mailsetup el registro de Google propio de la organización en un archivo de proveedor.
provider-why-redirect = El registro de aplicación de { $provider } para Thunderbird redirige a https://127.0.0.1, que mailsetup no puede recibir. mailsetup comprueba los servidores sin iniciar sesión y escribe la cuenta; después, Thunderbird inicia sesión en { $provider } por sí mismo.
# $issuer es donde inicia sesión el proveedor (comcast.net).
provider-why-no-registration = Thunderbird inicia sesión en { $provider } con su propio registro de aplicación en { $issuer }, que mailsetup no tiene. mailsetup comprueba los servidores sin iniciar sesión y escribe la cuenta; después, Thunderbird inicia sesión por sí mismo.

## Qué hacer primero en los proveedores que inician sesión con contraseña.
## Las rutas de menú (Correo › Configuración › POP3 e IMAP) nombran las
## páginas web del propio proveedor: use los nombres que muestran esas
## páginas en su idioma.
provider-note-gmx = Active primero «Acceso POP3 e IMAP» en la configuración del correo web (Correo › Configuración › POP3 e IMAP). Si usa la autenticación de dos factores, use una contraseña de aplicación.
provider-note-zoho = Active primero el acceso IMAP en la configuración de Zoho Mail (Configuración › Cuentas de correo › IMAP). Si usa la autenticación de dos factores, cree una contraseña de aplicación para Thunderbird en la configuración de seguridad de su cuenta de Zoho.
provider-note-icloud = iCloud no ofrece OAuth2 para programas de correo: cree una contraseña específica de app en account.apple.com (Inicio de sesión y seguridad › Contraseñas específicas de apps; la autenticación de doble factor debe estar activada) y dé esa contraseña a Thunderbird, no la de su cuenta de Apple.
provider-note-web-de = Active primero «Acceso POP3/IMAP» en la configuración de WEB.DE (E-Mail › Configuración › POP3/IMAP). Si usa la autenticación de dos factores, use una contraseña de aplicación.
provider-note-mailbox-org = mailbox.org hace que los programas de correo inicien sesión con una contraseña. Si tiene activada la autenticación de dos factores, cree una contraseña de aplicación para Thunderbird en la configuración de mailbox.org (Seguridad › Contraseñas de aplicación).
provider-note-srv = Los registros DNS SRV indican los servidores, pero no el método de inicio de sesión; Thunderbird le pedirá su contraseña.

## Avisos que se muestran con el plan.
provider-warning-not-in-oauth-table = Thunderbird solo inicia sesión con OAuth2 en los servidores de su tabla integrada, y { $host } no está en ella: Thunderbird no podrá usar OAuth2 con esta cuenta.
# $first y $second son los nombres de los dos servidores.
provider-warning-not-in-oauth-table-two = Thunderbird solo inicia sesión con OAuth2 en los servidores de su tabla integrada, y ni { $first } ni { $second } están en ella: Thunderbird no podrá usar OAuth2 con esta cuenta.
# $cloud es el nombre que da Microsoft a la nube (microsoftonline.us).
provider-warning-national-cloud = El inquilino está en una nube nacional ({ $cloud }); el inicio de sesión de Microsoft de Thunderbird y outlook.office365.com solo sirven a la nube global, así que el inicio de sesión puede fallar.
# $tenant es "common" u "organizations", los nombres que da Microsoft al lugar donde se inicia sesión.
provider-warning-no-tenant = Microsoft no conoce ningún inquilino de trabajo o centro educativo para { $domain }; se inicia sesión en «{ $tenant }».
provider-warning-tenant-unknown = No se pudo consultar el inquilino de Microsoft; se inicia sesión en «{ $tenant }» (cualquier cuenta de trabajo o centro educativo).
# $brand es el nombre de la organización tal como lo tiene Microsoft, $host
# dónde está su propia página de inicio de sesión.
provider-warning-federated = Su organización le hace iniciar sesión en su propia página: después de introducir su dirección en Microsoft, el navegador pasa a esa página, que puede pedirle un segundo factor o un dispositivo registrado.
provider-warning-federated-brand = Su organización le hace iniciar sesión en su propia página ({ $brand }): después de introducir su dirección en Microsoft, el navegador pasa a esa página, que puede pedirle un segundo factor o un dispositivo registrado.
provider-warning-federated-host = Su organización le hace iniciar sesión en su propia página, en { $host }: después de introducir su dirección en Microsoft, el navegador pasa a esa página, que puede pedirle un segundo factor o un dispositivo registrado.
provider-warning-federated-brand-host = Su organización le hace iniciar sesión en su propia página ({ $brand }), en { $host }: después de introducir su dirección en Microsoft, el navegador pasa a esa página, que puede pedirle un segundo factor o un dispositivo registrado.
# $server_says es la propia respuesta del servidor de correo, en inglés.
provider-warning-no-mailbox = Autodiscover no conoce ningún buzón de Exchange Online para esta dirección: si el inicio de sesión funciona pero después IMAP responde «{ $server_says }», el buzón está en otro sitio o no tiene licencia de Exchange Online.
provider-warning-autodiscover-silent = Autodiscover no respondió, así que no se sabe si el buzón está en Exchange Online.
# Por qué la configuración se detiene antes de escribir nada; $host es el servidor Exchange de la organización.
provider-stop-on-premises = Su buzón está en el servidor Exchange propio de su organización ({ $host }), no en Exchange Online. El inicio de sesión de Microsoft 365 (OAuth2) solo llega a los buzones de Exchange Online, y Thunderbird solo puede usar OAuth2 con outlook.office365.com, así que mailsetup no puede cambiar esta cuenta. Pida a su departamento de informática la configuración IMAP y SMTP de { $host }.

## mailsetup detect: el plan como texto. $millis es un tiempo en milisegundos.
provider-detect-title = Plan de la cuenta { $address } ({ $millis } ms)
provider-detect-provider = Proveedor: { $provider }
# $protocol es IMAP o POP3; $server el servidor y cómo inicia sesión.
provider-detect-incoming = Servidor de entrada ({ $protocol }): { $server }
provider-detect-outgoing = Servidor de salida (SMTP): { $server }
provider-detect-sign-in = Inicio de sesión: { $sign_in }
provider-detect-warning = Aviso: { $warning }
# $stop es por qué se detiene la configuración (provider-stop-…). ALTO debe llamar la atención.
provider-detect-stop = ALTO: { $stop }
provider-detect-no-plan = Sin plan: { $reason }
provider-detect-nothing-found = no se encontró nada
provider-detect-lookups = Consultas:

## Una consulta de la lista. $source es el identificador de la consulta
## (dns-mx, ispdb), que se queda como está; $millis cuánto tardó en
## milisegundos; $outcome una de las palabras provider-outcome-…; $said lo
## que encontró.
provider-evidence = { $source } ({ $millis } ms, { $outcome }): { $said }
# [usada] marca las consultas en las que se basa el plan.
provider-evidence-used = { $source } ({ $millis } ms, { $outcome }) [usada]: { $said }
provider-outcome-found = encontrado
provider-outcome-nothing = nada
provider-outcome-unreachable = inaccesible
provider-outcome-timed-out = tiempo agotado
provider-outcome-invalid = no válido
provider-outcome-not-needed = no hacía falta

## La lista de consultas del asistente en palabras sencillas: a qué tipo de
## sitio se preguntó y qué salió de ello.
provider-source-catalogue = La lista de proveedores integrada
provider-source-provider-file = El archivo de proveedor
provider-source-autoconfig = El servidor de configuración de su proveedor
provider-source-autoconfig-well-known = El servidor web de su dominio
provider-source-ispdb = La lista de proveedores de Thunderbird
provider-source-dns-mx = Dónde se entrega su correo (DNS)
provider-source-dns-srv = Registros de servidor (DNS)
provider-source-microsoft-tenant = Microsoft: organización
provider-source-microsoft-realm = Microsoft: página de inicio de sesión
provider-source-microsoft-autodiscover = Microsoft: buzón
provider-plain-found = encontrado
provider-plain-not-found = no encontrado
provider-plain-no-answer = sin respuesta
provider-plain-unusable = respondió con algo inservible
provider-plain-not-needed = no hacía falta
provider-plain-refused = rechazado
provider-plain-name-not-found = sin respuesta (no se encontró el nombre del servidor)
provider-plain-cannot-connect = sin respuesta (no se pudo conectar)

## Lo que encontró una consulta, tal como lo dicen los indicios.
provider-evidence-provider-file = el archivo de proveedor abarca { $domain }
provider-evidence-catalogue = { $domain } es { $provider } en el catálogo integrado de mailsetup
provider-evidence-abandoned = seguía en curso cuando el plan ya estaba completo; se abandonó
provider-evidence-too-large = la respuesta es demasiado grande; se ignoró
# $millis es el plazo de la consulta en milisegundos.
provider-evidence-timed-out = sin respuesta en { $millis } ms
# $tenant es el identificador de Microsoft de la organización, $cloud su nube
# (microsoftonline.com), $region el nombre que da Microsoft a una región (EU).
provider-evidence-tenant = un inquilino de Microsoft Entra: { $tenant } en { $cloud }
provider-evidence-tenant-region = un inquilino de Microsoft Entra: { $tenant } en { $cloud }, región { $region }
# $code es el código de error de Microsoft.
provider-evidence-no-tenant = { $code }: ningún inquilino de Microsoft Entra tiene este dominio
# «NameSpaceType Unknown», «Managed» y «Federated» son palabras propias de Microsoft.
provider-evidence-realm-unknown = Microsoft no conoce este dominio (NameSpaceType Unknown)
provider-evidence-realm-managed = Managed: la página de inicio de sesión propia de Microsoft
# $place es dónde continúa el inicio de sesión: el nombre de un servidor, o
# provider-evidence-realm-own-provider; $brand el nombre de la organización
# tal como lo tiene Microsoft.
provider-evidence-realm-federated = Federated: el inicio de sesión continúa en { $place }
provider-evidence-realm-federated-brand = Federated: el inicio de sesión continúa en { $place } ({ $brand })
provider-evidence-realm-own-provider = el proveedor de identidad propio de la organización
provider-evidence-mailbox-online = el buzón está en Exchange Online
provider-evidence-mailbox-on-premises = el buzón está en el servidor Exchange propio de la organización ({ $host })
provider-evidence-mailbox-unknown = ningún buzón de Exchange Online para esta dirección
# $host es el primer servidor de correo de los registros MX del dominio.
provider-evidence-mx = el correo va a { $host }: { $provider }
provider-evidence-mx-unknown = el correo va a { $host }, que no corresponde a ningún proveedor que mailsetup conozca
provider-evidence-no-mx = no hay registros MX
# $records enumera los registros SRV encontrados (_imaps._tcp -> host:puerto).
provider-evidence-srv-incomplete = { $records } (incompleto: hacen falta un servidor de entrada (IMAP o POP3) y uno de envío)
provider-evidence-no-srv = no hay registros SRV de RFC 6186
# $name es el nombre del proveedor en un documento de configuración; $servers
# los servidores que indica; $why por qué no bastan (provider-autoconfig-…).
provider-evidence-config-unusable = { $name }: nada utilizable: { $why }
provider-evidence-config-incomplete = { $name }: { $servers } (incompleto: { $why })
# $status es el código de estado HTTP, $location adónde apunta la respuesta.
provider-evidence-redirected = HTTP { $status }: redirige a { $location } (no se siguió)
provider-evidence-no-config = HTTP { $status }: aquí no hay ninguna configuración

## Documentos de configuración (autoconfig, config-v1.1.xml) que no se pueden usar.
# $limit es un número de bytes.
provider-autoconfig-too-large = el documento ocupa más de { $limit } bytes
# $why es uno de los textos de abajo, o las propias palabras del lector de XML.
provider-autoconfig-malformed = el documento no es un config-v1.1.xml válido: { $why }
provider-autoconfig-no-usable-server = el documento no indica ningún servidor que Thunderbird pueda usar: { $why }
provider-autoconfig-not-utf8 = no es UTF-8
provider-autoconfig-dtd = declara una DTD, algo que los documentos autoconfig nunca hacen
provider-autoconfig-no-provider = no tiene <emailProvider>
provider-autoconfig-no-domain = no indica ningún <domain>, que Thunderbird exige
provider-autoconfig-lists-none = no enumera ninguno
provider-autoconfig-incoming-plain = todos sus servidores de entrada funcionan sin cifrado (plain), algo que mailsetup nunca usa: la contraseña viajaría sin cifrar
provider-autoconfig-no-incoming = no indica ningún servidor IMAP o POP3 que Thunderbird pueda usar
provider-autoconfig-smtp-plain = todos sus servidores SMTP funcionan sin cifrado (plain), algo que mailsetup nunca usa
provider-autoconfig-no-smtp = no indica ningún servidor SMTP que Thunderbird pueda usar
# Servidores que se descartan de un documento. $kind es el tipo del servidor
# tal como lo llama el documento (IMAP, POP3, SMTP, o lo que diga el documento).
provider-autoconfig-unknown-type = un servidor de tipo «{ $kind }» no es de los que configura Thunderbird
provider-autoconfig-no-host = un servidor { $kind } no tiene nombre de servidor
provider-autoconfig-bad-host = el nombre de servidor de un servidor { $kind } no es válido
provider-autoconfig-no-port = { $kind } { $host } no tiene ningún puerto del 1 al 65535
provider-autoconfig-no-socket-type = { $kind } { $host }:{ $port } no tiene ninguna seguridad de la conexión que Thunderbird conozca
provider-autoconfig-oauth2-only = { $kind } { $host } solo ofrece OAuth2, y la tabla OAuth2 integrada de Thunderbird no incluye { $host }, así que Thunderbird no puede iniciar sesión ahí
provider-autoconfig-no-sign-in-method = { $kind } { $host } no indica ningún método de identificación que Thunderbird conozca

## Los fallos de las propias consultas.
provider-dns-no-settings = no se puede leer la configuración DNS del sistema: { $error }
provider-dns-off = las consultas DNS están desactivadas
provider-dns-cannot-start = no se puede iniciar el resolvedor DNS: { $error }
# $why es provider-http-… y las propias palabras de la biblioteca de red.
provider-http-unreachable = inaccesible: { $why }
# $kibibytes es el límite, un número.
provider-http-too-large = la respuesta ocupa más de { $kibibytes } KiB
provider-http-timed-out = sin respuesta a tiempo
provider-http-cannot-connect = no se puede conectar
provider-http-failed = la solicitud falló
provider-microsoft-openid-not-json = la configuración OpenID no es un JSON válido: { $error }
provider-microsoft-openid-no-issuer = la configuración OpenID no tiene emisor (issuer)
# $issuer es lo que respondió Microsoft.
provider-microsoft-issuer-no-tenant = el emisor { $issuer } no indica ningún GUID de inquilino
provider-microsoft-realm-not-json = la respuesta de user-realm no es un JSON válido: { $error }
provider-microsoft-autodiscover-not-json = la respuesta de Autodiscover no es un JSON válido: { $error }
# Url y Location son nombres de campos de la respuesta de Microsoft.
provider-microsoft-autodiscover-no-url = la respuesta de Autodiscover no tiene Url
# $url es lo que respondió Microsoft.
provider-microsoft-autodiscover-bad-url = la Url { $url } de Autodiscover no es una URL
provider-microsoft-autodiscover-no-location = Autodiscover redirigió sin Location
provider-microsoft-autodiscover-location-not-url = Autodiscover redirigió a algo que no es una URL

## Variables de entorno para laboratorios de pruebas (desarrolladores y soporte técnico).
# $value es lo que contiene la variable.
provider-env-dns-server = MAILSETUP_DNS_SERVER={ $value } no tiene la forma ip:puerto
# $name es el nombre de la variable.
provider-env-not-https = { $name } debe ser una URL https
provider-env-deadline = MAILSETUP_DISCOVERY_DEADLINE_MS={ $value } no es un número

## Archivos de proveedor (--provider-file). $path es la ruta del archivo.
provider-file-unreadable = no se puede leer el archivo de proveedor { $path }: { $error }
# $message es uno de los textos de abajo, o las propias palabras del lector de TOML.
provider-file-invalid = el archivo de proveedor { $path } no es válido: { $message }
provider-file-no-scopes = oauth.scopes está vacío
# $field es authorize_url o token_url, $url lo que indica el archivo.
provider-file-not-https = oauth.{ $field } debe usar https, porque los tokens nunca se envían sin TLS (se indicó { $url })
provider-file-imap-and-pop3 = el archivo tiene [imap] y [pop3] a la vez; una cuenta tiene un solo servidor de entrada
provider-file-no-incoming = el archivo necesita un servidor de entrada: [imap] o [pop3]
provider-file-no-oauth2 = ningún servidor inicia sesión con OAuth2 (los dos dicen auth = "password"), así que el registro de [oauth] nunca se usaría
# $section es imap, pop3 o smtp.
provider-file-port-zero = el puerto (port) de [{ $section }] no puede ser 0
# $line es el número de la línea en el archivo, $host el host tal como está
# escrito (entre comillas), $why uno de los textos provider-host-….
provider-file-bad-host = el host de [{ $section }] en la línea { $line } ({ $host }) { $why }

## Por qué un texto no es un nombre de servidor. Cada uno completa «el host …».
provider-host-empty = está vacío
# $what es uno de los textos provider-host-char-… o el carácter entre
# comillas; $position cuenta los caracteres desde 1.
provider-host-bad-character = contiene { $what } en la posición { $position }; un nombre de servidor solo tiene letras, dígitos, guiones y puntos
provider-host-url = es una URL; indique solo el nombre del servidor (como imap.example.com), sin esquema ni ruta
provider-host-port = lleva un puerto detrás de dos puntos; indique el puerto aparte (`port = …`)
# $length y $longest son números de caracteres.
provider-host-too-long = tiene { $length } caracteres; un nombre de servidor tiene como máximo { $longest }
provider-host-empty-label = tiene una etiqueta vacía (un punto al principio, o dos puntos seguidos: «..»)
provider-host-long-label = tiene una etiqueta de { $length } caracteres; una etiqueta tiene como máximo { $longest }
provider-host-hyphen = tiene la etiqueta «{ $label }», que empieza o termina con un guion
provider-host-bad-idn = no es un nombre de dominio internacionalizado válido
provider-host-char-cr = un retorno de carro (CR)
provider-host-char-lf = un salto de línea (LF)
provider-host-char-nul = un carácter NUL
provider-host-char-tab = un tabulador
provider-host-char-space = un espacio
# $code es el número del carácter (U+200B).
provider-host-char-invisible = el carácter invisible { $code }
