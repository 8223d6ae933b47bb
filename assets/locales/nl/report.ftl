# Het rapport als tekst. De markeringen [ ok ], [FAIL] en [skip] blijven zoals ze zijn.

report-title = mailsetup { $version }-rapport voor { $address }
report-provider = Provider: { $provider }
report-shared-mailbox = Gedeelde mailbox, geopend door: { $delegate }
report-incoming = Inkomende server ({ $protocol }): { $server }
report-outgoing = Uitgaande server (SMTP): { $server }
report-step-line = { $title }: { $detail }
report-step-timed = { $title } ({ $millis } ms): { $detail }
report-step-timed-of = { $title } ({ $millis } ms van { $deadline } s toegestaan): { $detail }
report-server-said = de server zei:
report-thunderbird-profile = Thunderbird-profiel: { $profile } ({ $action })
report-backup = Reservekopie van het vorige prefs.js: { $path }
report-all-passed = Alles geslaagd.
report-something-failed = Er is iets mislukt; zie de stappen gemarkeerd met FAIL.

## De kop boven de stappen van elke fase; de andere fasen zijn IMAP, POP3,
## SMTP en Thunderbird, namen die blijven zoals ze zijn.
report-phase-plan = Plan
report-phase-sign-in = Aanmelding
