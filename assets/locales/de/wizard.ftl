# Die Seiten des Assistenten. „Reparieren“ und „Weiteres Konto hinzufügen“
# sind Namen von Schaltflächen; überall gleich schreiben.

## Die erste Seite: die Konten im Thunderbird des Benutzers.
accounts-heading = Ihre E-Mail-Konten
accounts-looking = Thunderbird wird auf diesem Computer gesucht…
accounts-unreadable = Mail Setup konnte die Thunderbird-Profile nicht lesen: { $why }
accounts-unreadable-hint = Sie können trotzdem ein Konto hinzufügen: Mail Setup legt dann ein Profil dafür an.
accounts-intro = Das sind die Konten in Ihrem Thunderbird. Wählen Sie „Reparieren“ bei einem Konto, das nicht mehr funktioniert oder bald nicht mehr funktionieren wird.
accounts-profile = Thunderbird-Profil:
accounts-profile-opens-first = { $name } (wird zuerst geöffnet)
accounts-opened-to-fix = Mail Setup wurde geöffnet, weil { $address } repariert werden muss. Wählen Sie dort „Reparieren“: Sie melden sich einmal an, und das Konto behält seine Nachrichten, Ordner und Filter.
accounts-opened-to-attend = Mail Setup wurde geöffnet, weil { $address } Ihre Aufmerksamkeit braucht: Was zu tun ist, steht unten.
accounts-none-yet = Dieses Profil hat noch keine E-Mail-Konten.
accounts-fix = Reparieren
accounts-fix-name = { $address } reparieren
accounts-asking-provider = Der Anbieter wird gefragt, ob die gespeicherte Anmeldung in Thunderbird noch gilt…
accounts-add-shared = Ein freigegebenes Postfach hinzufügen, das Sie mit diesem Konto öffnen…
accounts-add-shared-name = Ein freigegebenes Postfach hinzufügen, das Sie mit { $address } öffnen
accounts-not-checked = Die gespeicherten Anmeldungen konnten nicht geprüft werden: { $why }
accounts-cannot-fix = Dieses Konto kann hier nicht repariert werden: { $why }.

## Die Zeile eines Kontos, nachdem der Anbieter geantwortet hat.
health-confirmed = Funktioniert: meldet sich bei { $provider } an; Empfangen und Senden wurden eben geprüft
health-signed-out = Abgemeldet. { $why }
health-failing = Funktioniert nicht. { $why }
health-fixed-just-now = Eben repariert: Thunderbird bittet Sie beim nächsten Start einmal um die Anmeldung

## Die Fortschrittszeile über jeder Seite.
page-account = Konto
page-sign-in = Anmelden
page-checks = Prüfung
page-thunderbird = Thunderbird
page-done = Fertig
header-stage = { $number }. { $stage }
header-stage-shown-ended = { $stage } ({ $state ->
    [failed] fehlgeschlagen
    [skipped] übersprungen
    [stopped] abgebrochen
   *[done] erledigt
})
# Was Bildschirmleser für die ganze Zeile vorlesen.
header-step = Schritt { $number } von { $count }: { $stage }
header-stage-ended = { $stage } { $state ->
    [failed] fehlgeschlagen
    [skipped] übersprungen
    [stopped] abgebrochen
   *[done] erledigt
}
header-step-and-ended = { $step }; { $ended }

## Ein Schritt, der auf einen Server wartet.
progress-waiting = Warten auf { $what } ({ $waited } s von { $deadline } s)
progress-next-step = Der nächste Schritt läuft…

## Ein abgeschlossener Schritt und die Erklärung eines fehlgeschlagenen.
step-passed = Bestanden
step-failed = FEHLGESCHLAGEN
step-skipped = Übersprungen
step-timing = { $took } von { $deadline } s erlaubt
step-details = Details: { $title } ({ $phase })
step-server-said = Der Server sagte:
diagnosis-what-happened = Was passiert ist:
diagnosis-user-can-do = Was Sie tun können:
diagnosis-admin-must-do = Was Ihre Administration tun muss:
warning-prefix = Warnung:
sandbox-banner = Sandbox – Übungsmodus, nichts verlässt diesen Computer

## Wenn der Assistent etwas im Hintergrund nicht tun kann. $error ist der
## Grund in den Worten des Systems.
wizard-thread-thunderbird-failed = es kann kein Hintergrundprozess gestartet werden, um Thunderbird zu öffnen: { $error }
wizard-thread-browser-failed = es kann kein Hintergrundprozess gestartet werden, um den Browser zu öffnen: { $error }
wizard-practice-profile-failed = das Übungsprofil der Sandbox konnte nicht geschrieben werden: { $error }
