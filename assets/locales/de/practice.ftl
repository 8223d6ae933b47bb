# Die Anmeldeseiten des Übungsanbieters (mailsetup --sandbox), im Browser
# angezeigt. Sie stehen für die Anmeldeseite eines Anbieters; die Antworten
# des Anbieters an mailsetup sowie die Codes und Sätze von Entra bleiben
# auf Englisch.

practice-provider-name = mailsetup-Sandbox
practice-page-home = Dies ist der Anmeldeserver der mailsetup-Sandbox. Beginnen Sie eine Anmeldung in mailsetup; mailsetup leitet Sie dann hierher.
practice-page-sign-in-title = Bei der mailsetup-Sandbox anmelden
practice-page-note = Dies ist ein Übungsanbieter; nichts verlässt Ihren Computer.
# $client ist die Client-ID der Anwendung, wie der Anbieter sie kennt.
practice-page-consent = { $client } möchte Ihre E-Mails lesen und senden.
# Danach folgt die Liste der Berechtigungen (Scopes), so wie der Anbieter sie nennt.
practice-page-scopes = Berechtigungen:
practice-page-email = E-Mail-Adresse
practice-page-password = Passwort (jedes funktioniert)
practice-page-allow = Erlauben
practice-page-deny = Ablehnen
practice-page-device-title = Code aus mailsetup eingeben
practice-page-code = Code
practice-page-unknown-code = Dieser Code ist unbekannt oder wurde bereits verwendet. Prüfen Sie den Code, den mailsetup anzeigt.
practice-page-done-title = Fertig
practice-page-signed-in = Sie sind angemeldet. Kehren Sie zu mailsetup zurück: Es macht von selbst weiter.
practice-page-declined = Sie haben abgelehnt. Kehren Sie zu mailsetup zurück.
practice-page-failed-title = Anmeldung fehlgeschlagen
practice-page-not-a-form = Das Formular wurde nicht als Formular gesendet.
practice-page-form-incomplete = Das Formular ist unvollständig.
practice-page-choose = Wählen Sie „Erlauben“ oder „Ablehnen“.
practice-page-ended-title = Diese Anmeldung ist beendet
practice-page-ended = Diese Anmeldeseite ist abgelaufen oder wurde bereits beantwortet. Beginnen Sie in mailsetup von vorn.
practice-page-invalid-link-title = Dieser Anmeldelink ist ungültig
# $reason ist der technische Fehler, auf Englisch.
practice-page-invalid-link = Die mailsetup-Sandbox kann nicht fortfahren: { $reason }.
practice-page-invalid-link-report = mailsetup erstellt diesen Link selbst; wenn Sie diese Seite sehen, melden Sie das bitte.
practice-page-address-no-at = Geben Sie eine E-Mail-Adresse ein: Es fehlt das @.
practice-page-address-no-local-part = Geben Sie eine E-Mail-Adresse ein: Vor dem @ steht nichts Brauchbares.
practice-page-address-no-domain = Geben Sie eine E-Mail-Adresse ein: Der Teil nach dem @ ist kein Domainname.
# Nach der Ablehnung durch Entra (AADSTS50057, auf Englisch). $shared ist die
# Adresse des freigegebenen Postfachs, $person die Person mit Zugriff darauf.
practice-page-shared-hint = { $shared } ist ein freigegebenes Postfach: Mit seinem Konto ist keine Anmeldung möglich. Melden Sie sich als eine Person an, die Zugriff darauf hat ({ $person }), und geben Sie { $shared } nur als Benutzernamen des E-Mail-Kontos an.
# Nach der Ablehnung durch Entra (AADSTS50034, auf Englisch). $person ist die
# Person, der der Alias gehört.
practice-page-alias-hint = Das ist ein Alias von { $person }: Melden Sie sich mit dieser Adresse an.
