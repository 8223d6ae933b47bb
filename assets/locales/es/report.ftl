# El informe como texto. Las marcas [ ok ], [FAIL] y [skip] no se traducen.

report-title = Informe de mailsetup { $version } para { $address }
report-provider = Proveedor: { $provider }
report-shared-mailbox = Buzón compartido, abierto por: { $delegate }
report-incoming = Servidor de entrada ({ $protocol }): { $server }
report-outgoing = Servidor de salida (SMTP): { $server }
report-step-line = { $title }: { $detail }
report-step-timed = { $title } ({ $millis } ms): { $detail }
report-step-timed-of = { $title } ({ $millis } ms de { $deadline } s permitidos): { $detail }
report-server-said = el servidor respondió:
report-thunderbird-profile = Perfil de Thunderbird: { $profile } ({ $action })
report-backup = Copia de seguridad del prefs.js anterior: { $path }
report-all-passed = Todo salió bien.
report-something-failed = Algo falló; consulte los pasos marcados con FAIL.

## El título sobre los pasos de cada fase; las otras fases son IMAP, POP3,
## SMTP y Thunderbird, nombres que se quedan como están.
report-phase-plan = Plan
report-phase-sign-in = Inicio de sesión
