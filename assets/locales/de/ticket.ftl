# Das Ticket für die Administration. Bezeichnungen enden mit Doppelpunkt;
# die Werte stehen in einer Spalte. IDs in [Klammern] bleiben.

ticket-subject = Betreff: { $subject }
ticket-subject-diagnosed = E-Mail-Einrichtung für { $address } schlägt fehl: { $title } [{ $id }]
ticket-subject-passed = E-Mail-Einrichtung für { $address }: alle Prüfungen bestanden
ticket-subject-failed = E-Mail-Einrichtung für { $address } schlägt fehl
ticket-intro = mailsetup { $version } hat das folgende E-Mail-Konto geprüft; die Administration muss tätig werden.
ticket-user = Benutzer (Postfach):
ticket-signed-in-as = Angemeldet als:
ticket-time = Zeit (UTC):
ticket-provider = Anbieter:
ticket-shared-mailbox = Freigegebenes Postfach:
ticket-shared-mailbox-value = { $address } (geöffnet mit der Anmeldung von { $delegate })
ticket-sign-in = Anmeldung:
ticket-how-password = mit Passwort (Thunderbird fragt danach); keine OAuth2-App-Registrierung beteiligt
ticket-how-by-thunderbird = OAuth2, von Thunderbird selbst mit Thunderbirds eigener App-Registrierung
ticket-how-thunderbirds-app = OAuth2, mit Thunderbirds eigener App-Registrierung (derselben App, als die sich Thunderbird anmeldet)
ticket-how-other-app = OAuth2, mit der unten genannten App-Registrierung
ticket-tenant = Mandanten-ID:
ticket-tenant-unknown = unbekannt (kein Token und kein Mandant in der Anmeldeadresse)
ticket-app-id = App-ID (Client-ID):
ticket-app-id-thunderbirds = { $id } (Thunderbirds eigene Registrierung)
ticket-sign-in-at = Anmeldung bei:
ticket-incoming-server = { $protocol }-Server:
ticket-smtp-server = SMTP-Server:
ticket-failing-step = Fehlgeschlagener Schritt:
ticket-result = Ergebnis:
ticket-server-said = Der Server sagte:
ticket-diagnosis = Diagnose:
ticket-what-happened = Was passiert ist:
ticket-evidence = Beleg:
ticket-for-sign-in-logs = Für die Anmeldeprotokolle von Entra bzw. des Anbieters:
ticket-admin-must-do = Was die Administration tun muss:
ticket-nothing-server-side = Auf der Serverseite nichts; der Benutzer kann das selbst beheben:
ticket-other-failed-steps = Weitere fehlgeschlagene Schritte:
ticket-generated = (Erstellt von mailsetup; enthält kein Passwort und kein Token.)
