# Raport jako tekst. Oznaczenia [ ok ], [FAIL] i [skip] pozostają bez zmian.

report-title = Raport mailsetup { $version } dla { $address }
report-provider = Dostawca: { $provider }
report-shared-mailbox = Udostępniona skrzynka pocztowa, otwierana przez: { $delegate }
report-incoming = Serwer poczty przychodzącej ({ $protocol }): { $server }
report-outgoing = Serwer poczty wychodzącej (SMTP): { $server }
report-step-line = { $title }: { $detail }
report-step-timed = { $title } ({ $millis } ms): { $detail }
report-step-timed-of = { $title } ({ $millis } ms z dozwolonych { $deadline } s): { $detail }
report-server-said = serwer odpowiedział:
report-thunderbird-profile = Profil programu Thunderbird: { $profile } ({ $action })
report-backup = Kopia zapasowa poprzedniego pliku prefs.js: { $path }
report-all-passed = Wszystko się powiodło.
report-something-failed = Coś się nie powiodło; zobacz kroki oznaczone FAIL.

## Nagłówek nad krokami każdej fazy; pozostałe fazy to IMAP, POP3, SMTP
## i Thunderbird, nazwy, które pozostają bez zmian.
report-phase-plan = Plan
report-phase-sign-in = Logowanie
