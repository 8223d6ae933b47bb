# Il rapporto come testo. I contrassegni [ ok ], [FAIL] e [skip] restano invariati.

report-title = Rapporto di mailsetup { $version } per { $address }
report-provider = Provider: { $provider }
report-shared-mailbox = Cassetta postale condivisa, aperta da: { $delegate }
report-incoming = Server in entrata ({ $protocol }): { $server }
report-outgoing = Server in uscita (SMTP): { $server }
report-step-line = { $title }: { $detail }
report-step-timed = { $title } ({ $millis } ms): { $detail }
report-step-timed-of = { $title } ({ $millis } ms su { $deadline } s consentiti): { $detail }
report-server-said = il server ha risposto:
report-thunderbird-profile = Profilo di Thunderbird: { $profile } ({ $action })
report-backup = Copia di sicurezza del precedente prefs.js: { $path }
report-all-passed = Tutto riuscito.
report-something-failed = Qualcosa non è riuscito; vedere i passaggi contrassegnati con FAIL.

## Il titolo sopra i passaggi di ogni fase; le altre fasi sono IMAP, POP3,
## SMTP e Thunderbird, nomi che restano invariati.
report-phase-plan = Piano
report-phase-sign-in = Accesso
