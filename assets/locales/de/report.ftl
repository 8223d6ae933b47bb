# Der Bericht als Text. Die Markierungen [ ok ], [FAIL] und [skip] bleiben.

report-title = mailsetup { $version }: Bericht für { $address }
report-provider = Anbieter: { $provider }
report-shared-mailbox = Freigegebenes Postfach, geöffnet von: { $delegate }
report-incoming = Posteingangs-Server ({ $protocol }): { $server }
report-outgoing = Postausgangs-Server (SMTP): { $server }
report-step-line = { $title }: { $detail }
report-step-timed = { $title } ({ $millis } ms): { $detail }
report-step-timed-of = { $title } ({ $millis } ms von { $deadline } s erlaubt): { $detail }
report-server-said = Der Server sagte:
report-thunderbird-profile = Thunderbird-Profil: { $profile } ({ $action })
report-backup = Sicherung der vorherigen prefs.js: { $path }
report-all-passed = Alles bestanden.
report-something-failed = Etwas ist fehlgeschlagen; siehe die mit FAIL markierten Schritte.

## Die Überschrift über den Schritten jeder Phase; die anderen Phasen sind
## IMAP, POP3, SMTP und Thunderbird, Namen, die bleiben, wie sie sind.
report-phase-plan = Plan
report-phase-sign-in = Anmeldung
