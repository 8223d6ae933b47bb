### Lo que mailsetup encuentra en un token de acceso y en el desafío XOAUTH2
### de un servidor (el paso de inicio de sesión del informe y los indicios
### del diagnóstico), y las palabras de las otras comprobaciones del núcleo:
### direcciones de correo electrónico, archivos de CA y el proveedor de
### práctica. JWT, IMAP, SMTP, XOAUTH2, PEM, CA, TLS y Outlook son nombres;
### IMAP.AccessAsUser.All y SMTP.Send son los nombres que da Microsoft a los
### permisos (ámbitos) y se quedan como están.

## El token de acceso en una línea, para el paso de inicio de sesión del informe.
finding-token-opaque = el token de acceso es opaco (no es un JWT), así que solo el servidor puede saber qué permite
# $claims enumera lo que dice el token, separado por comas: los textos de abajo.
finding-token-jwt = token de acceso JWT: { $claims }
# $audience es el servicio al que va destinado el token (https://outlook.office.com).
finding-token-audience = audiencia { $audience }
# $scopes son los permisos del token, tal como los llama Microsoft.
finding-token-scopes = ámbitos «{ $scopes }»
# $account es la cuenta con la que se inició sesión.
finding-token-account = cuenta { $account }
# $tenant es el identificador de Microsoft de la organización.
finding-token-tenant = inquilino { $tenant }
# $app es el identificador de la aplicación a la que se emitió el token.
finding-token-app = aplicación { $app }
# Cada hallazgo después de la línea: $summary es la línea hasta ahí, $finding
# uno de los hallazgos de abajo. AVISO debe llamar la atención.
finding-token-warning = { $summary }; AVISO: { $finding }

## Lo que en un token hará que IMAP o SMTP lo rechacen.
finding-wrong-audience = el token es para { $audience }, no para Outlook (https://outlook.office.com); IMAP y SMTP lo rechazarán
finding-missing-imap-scope = a los ámbitos del token («{ $scopes }») les falta IMAP.AccessAsUser.All
finding-missing-smtp-scope = a los ámbitos del token («{ $scopes }») les falta SMTP.Send
# $mailbox es la dirección que se está configurando.
finding-wrong-account = inició sesión como { $account }, pero el buzón es { $mailbox }
# $seconds es un número de segundos.
finding-expired = el token caducó hace { $seconds } s (según el reloj de este equipo)
finding-clock-skew = el token se emitió { $seconds } s en el futuro de este equipo: su reloj va atrasado

## El desafío XOAUTH2 de un servidor, como indicio de un diagnóstico. $status,
## $scheme y $scope son los valores propios del servidor («?» si no dio ninguno).
finding-xoauth2-challenge = el desafío XOAUTH2 del servidor dice: status { $status }, scheme { $scheme }, scope { $scope }

## Una dirección de correo electrónico rechazada. $input es lo que se
## escribió; $reason uno de los textos que van detrás.
finding-address-invalid = «{ $input }» no es una dirección de correo electrónico: { $reason }
finding-address-no-at = no tiene @
finding-address-nothing-before-at = no hay nada antes de la @
finding-address-too-long = es demasiado larga
finding-address-bad-local-part = la parte anterior a la @ contiene un espacio, unas comillas u otro carácter que los servidores de correo rechazan
finding-address-bad-domain = la parte posterior a la @ no es un nombre de dominio
finding-address-bad-idn = la parte posterior a la @ no es un nombre de dominio internacional válido

## Autoridades de certificación adicionales (--ca-file) y el almacén de
## confianza del sistema. $path es la ruta de un archivo; $error y $message
## son las propias palabras de una biblioteca.
finding-ca-file-unreadable = no se puede leer el archivo de CA { $path }: { $error }
finding-ca-file-no-certificate = el archivo de CA { $path } no contiene ningún certificado PEM
finding-ca-file-bad-pem = el archivo de CA { $path } no es un PEM válido: { $message }
finding-trust-store-unusable = no se puede usar el almacén de confianza TLS del sistema: { $error }
finding-extra-ca-unusable = no se puede usar una CA adicional: { $error }

## El proveedor de práctica (mailsetup --sandbox): lo primero que dice cualquier plan para él.
finding-practice-warning = Este es el proveedor de práctica integrado en mailsetup: nada sale de su equipo, y la cuenta que configura solo funciona mientras mailsetup --sandbox está en ejecución.
