### Die Hilfetexte der Befehlszeile: was `mailsetup --help`, `mailsetup
### BEFEHL --help` und -h, die Manpage und die Shell-Vervollständigung zu
### jedem Befehl, jeder Option, jedem Argument und jedem Wert sagen (die
### Wörter, die clap drumherum schreibt, stehen in usage.ftl). Gesucht über
### die clap-Definitionen in src/cli/mod.rs und src/cli/tb.rs.
###
### Eine Nachricht `help-cmd-…` ist die einzeilige Zusammenfassung des
### Befehls (die Befehlsliste, -h); ihr `help-cmd-…-long` ist der Text von
### --help, in dem eine Leerzeile einen neuen Absatz beginnt. Ein
### Zeilenumbruch hier ist ein Zeilenumbruch in der Hilfe, daher ist jeder
### Absatz eine Zeile. Zusammenfassungen und Optionstexte enden ohne Punkt.
### `help-value-…` sind die Platzhalter für Werte (--profile VERZEICHNIS),
### in Großbuchstaben. Optionen (--all-users), Befehle (`doctor`),
### Dateinamen und Umgebungsvariablen bleiben, wie sie sind.

## mailsetup selbst und die Optionen, die jeder Befehl kennt.
help-cmd-mailsetup = Mail-Setup-Assistent: stellt E-Mail-Konten auf OAuth2 um und richtet Thunderbird ein
# Am Ende von `mailsetup --help`.
help-cmd-mailsetup-after = Rückgabewert: 0 alle Prüfungen bestanden, 1 eine Prüfung ist fehlgeschlagen (oder es wurde nichts gefunden), 2 der Befehl konnte nicht ausgeführt werden.
help-sandbox = Alles mit einem eingebauten Übungsanbieter ausprobieren; kein Konto nötig
help-verbose = Protokollmeldungen (nie Geheimnisse) auf die Standardfehlerausgabe schreiben
help-lang = Die Sprache der Ausgabe (de, fr, pt-BR…); sonst MAILSETUP_LANG, dann die des Systems. JSON-Schlüssel, IDs und die Antworten der Server bleiben, wie sie sind
help-fix-needed = Für ein Anmeldeskript oder eine Desktop-Verknüpfung: nichts tun (Rückgabewert 0), wenn alle Thunderbird-Konten dieses Benutzers in Ordnung sind; sonst den Assistenten beim ersten Konto öffnen, das repariert werden muss, mit dem Grund

## Die Befehle: eine Zusammenfassung und bei manchen der längere Text von --help.
help-cmd-setup = Anmelden, IMAP und SMTP prüfen und das Konto zu Thunderbird hinzufügen
help-cmd-check = Die Server finden, anmelden und IMAP und SMTP prüfen, ohne etwas zu schreiben; jeder fehlgeschlagene Schritt wird erklärt (die Diagnose)
help-cmd-check-long =
    Die Server finden, anmelden und IMAP und SMTP prüfen, ohne etwas zu schreiben; jeder fehlgeschlagene Schritt wird erklärt (die Diagnose).

    Rückgabewert: 0 alle Prüfungen bestanden, 1 eine Prüfung ist fehlgeschlagen, 2 der Befehl konnte nicht ausgeführt werden.
help-cmd-explain = Einen Fehler offline erklären: einen AADSTS-Code, eine SMTP- oder IMAP-Antwort oder einen beliebigen eingefügten Fehlertext. Zeigt, was passiert ist, was Sie tun können und was Ihre Administration tun muss
help-cmd-explain-long =
    Einen Fehler offline erklären: einen AADSTS-Code, eine SMTP- oder IMAP-Antwort oder einen beliebigen eingefügten Fehlertext. Zeigt, was passiert ist, was Sie tun können und was Ihre Administration tun muss.

    Rückgabewert: 0 eine Diagnose wurde gefunden, 1 keine.
help-cmd-detect = Für eine Adresse den Anbieter, die Server und die Anmeldemethode finden und die Belege zeigen
help-cmd-detect-long =
    Für eine Adresse den Anbieter, die Server und die Anmeldemethode finden und die Belege zeigen.

    Rückgabewert: 0 ein Plan wurde gefunden, 1 keiner (oder das Konto lässt sich nicht umstellen), 2 der Befehl konnte nicht ausgeführt werden.
help-cmd-profiles = Die Thunderbird-Profile aller Installationen (Linux, Flatpak, Snap, Windows, macOS) und ihre Konten auflisten, mit dem, was jedes Konto braucht
help-cmd-migrate = Konten mit Passwort bei Microsoft oder Google an Ort und Stelle auf OAuth2 umstellen; Nachrichten, Ordner und Filter bleiben erhalten. Meldet sich vorher an und prüft
help-cmd-migrate-long =
    Konten mit Passwort bei Microsoft oder Google an Ort und Stelle auf OAuth2 umstellen; Nachrichten, Ordner und Filter bleiben erhalten. Meldet sich vorher an und prüft.

    Rückgabewert: 0 umgestellt (oder nichts zu tun), 1 eine Prüfung ist fehlgeschlagen oder Sie haben abgelehnt, 2 der Befehl konnte nicht ausgeführt werden.
help-cmd-doctor = Was die Anmeldung von Thunderbird selbst sagt: Für jedes OAuth2-Konto des Profils die von Thunderbird gespeicherte Anmeldung lesen, sie beim Anbieter erneuern und damit IMAP und SMTP prüfen. Kein Browser, nichts einzugeben; für „Thunderbird fragt immer wieder nach der Anmeldung“ und „Senden geht nicht mehr“
help-cmd-doctor-long =
    Was die Anmeldung von Thunderbird selbst sagt: Für jedes OAuth2-Konto des Profils die von Thunderbird gespeicherte Anmeldung lesen, sie beim Anbieter erneuern und damit IMAP und SMTP prüfen. Kein Browser, nichts einzugeben; für „Thunderbird fragt immer wieder nach der Anmeldung“ und „Senden geht nicht mehr“.

    Rückgabewert: 0 alle Konten bestanden, 1 eines ist fehlgeschlagen (oder keines wurde gefunden), 2 der Befehl konnte nicht ausgeführt werden.
help-cmd-alias = Eine weitere Adresse eines Postfachs (einen Alias wie sales@…) zu seinem Konto in Thunderbird hinzufügen, um als diese zu senden; `--send-test` beweist vorher mit einer echten Nachricht, dass der Server es erlaubt
help-cmd-alias-long =
    Eine weitere Adresse eines Postfachs (einen Alias wie sales@…) zu seinem Konto in Thunderbird hinzufügen, um als diese zu senden; `--send-test` beweist vorher mit einer echten Nachricht, dass der Server es erlaubt.

    Rückgabewert: 0 hinzugefügt (oder schon vorhanden), 1 die Testnachricht wurde abgelehnt, 2 der Befehl konnte nicht ausgeführt werden.
# Die Namen der Zustände (works, password-microsoft-365, …) gibt audit so aus; sie bleiben, wie sie sind.
help-cmd-audit = Jedes Thunderbird-Konto finden, das nicht mehr funktionieren wird, und wann: jedes Konto jedes Profils jeder Installation, mit seinem Zustand und was zu tun ist. Liest nur, offline (`doctor` ist die Prüfung online)
help-cmd-audit-long =
    Jedes Thunderbird-Konto finden, das nicht mehr funktionieren wird, und wann: jedes Konto jedes Profils jeder Installation, mit seinem Zustand und was zu tun ist. Liest nur, offline (`doctor` ist die Prüfung online).

    Zustände: works, password-microsoft-365 (Senden endet Ende Dezember 2026; Empfangen geht schon nicht mehr), password-refused (Gmail, Outlook.com, Yahoo, AOL), ews-microsoft-365 (gesperrt seit dem 1. Oktober 2026, abgeschaltet ab dem 1. April 2027), sign-in-missing, sign-in-expired (beurteilt nach der Anmeldedatenbank: Microsoft verwirft eine Anmeldung, die 90 Tage nicht benutzt wurde), unknown-provider, nothing-to-do.

    Rückgabewert: 0 nichts zu tun, 1 bei einem Konto ist etwas zu tun, 2 der Befehl konnte nicht ausgeführt werden oder nicht alles lesen (und nichts ist zu tun): ein Erkennungsskript für ein RMM oder Intune.
help-cmd-completions = Shell-Vervollständigung für bash, zsh oder fish ausgeben (das .deb-Paket installiert sie)
help-cmd-manpage = Die Manpage (roff) ausgeben, für die Paketierung
help-cmd-restore = Die Sicherungen auflisten, die mailsetup von einem Profil angelegt hat, oder eine davon wiederherstellen (die aktuelle Datei wird vorher gesichert)
help-cmd-export = Eine policies.json- oder AutoConfig-Datei schreiben, die Konten auf viele Computer verteilt

## Platzhalter für die Werte von Optionen und Argumenten.
help-value-language = SPRACHE
help-value-delegate = PERSON
help-value-dir = VERZEICHNIS
help-value-seconds = SEKUNDEN
help-value-file = DATEI
help-value-pem = PEM
help-value-code-or-text = CODE-ODER-TEXT
help-value-email = ADRESSE
help-value-date = DATUM

## Woher die Einstellungen eines Anbieters kommen: Optionen von setup, check,
## detect, migrate, doctor, alias und export.
help-provider-file = Die Anbietereinstellungen aus dieser TOML-Datei für die darin genannten Domains verwenden (siehe README)
help-ca-file = Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen (TLS-Inspektion, Testserver)

## mailsetup setup und mailsetup check. PERSON und DATEI sind die Platzhalter
## aus help-value-…; die Adresse selbst zeigt clap als <EMAIL>, daher nennen
## die Texte sie nicht beim Platzhalter.
help-setup-email = Die E-Mail-Adresse, die eingerichtet werden soll
help-setup-name = Ihr Name, wie Empfänger ihn sehen (Standard: der Teil vor dem @)
help-setup-delegate = Die einzurichtende Adresse ist ein freigegebenes Postfach (info@…, support@…), das PERSON mit der eigenen Anmeldung öffnet (Microsoft 365): PERSON meldet sich an und sendet, das Konto liest und sendet als diese Adresse
help-setup-profile = In dieses Thunderbird-Profilverzeichnis schreiben statt in das Standardprofil
help-setup-microsoft-365 = Die Adresse liegt bei Microsoft 365 (Geschäfts- oder Schulkonto), auch wenn mailsetup ihre Domain nicht kennt
help-setup-json = Den Bericht als JSON ausgeben
help-setup-no-write = Anmelden und prüfen, aber nichts schreiben
help-setup-no-sign-in-handoff = Die Anmeldung nicht an Thunderbird übergeben: Thunderbird bittet Sie dann beim Start einmal um die Anmeldung
help-setup-timeout = Wie lange auf die Anmeldung im Browser gewartet wird, in Sekunden
help-setup-device-code = Ausweichmöglichkeit: mit einem Code anmelden, der auf einem anderen Gerät eingegeben wird (RFC 8628), für Remote-Sitzungen, deren Browser diesen Computer nicht erreicht. Viele Organisationen sperren das (AADSTS53003)
help-setup-send-test = Nach den Prüfungen zusätzlich eine echte Testnachricht senden, von der Adresse an die Person, die sich anmeldet (PERSON oder die Adresse selbst): nur so zeigt sich eine fehlende „Senden als“-Berechtigung, die Exchange erst bei einer echten Nachricht meldet. Ohne diese Option wird nie etwas gesendet
help-setup-ticket = Statt des Berichts das fertige Ticket für die Administration ausgeben
help-setup-bundle = Zusätzlich das Support-Paket (eine JSON-Datei, ohne Geheimnisse) nach DATEI schreiben

## mailsetup explain. Die Beispielcodes und -antworten bleiben, wie sie sind.
help-explain-text = Ein AADSTS-Code (AADSTS65001 oder 65001), eine SMTP-Antwort (535 5.7.139 …), eine IMAP-Antwort (NO AUTHENTICATE failed.) oder ein eingefügter Fehlertext
help-explain-json = JSON ausgeben
help-explain-all = Alle passenden Diagnosen zeigen, die beste zuerst, nicht nur die beste

## mailsetup detect
help-detect-email = Die E-Mail-Adresse, die nachgeschlagen werden soll
help-detect-json = Den Plan und die Belege als JSON ausgeben

## mailsetup profiles
help-profiles-root = In diesem Thunderbird-Stammverzeichnis suchen statt im Standardverzeichnis der Plattform
help-profiles-json = JSON ausgeben

## mailsetup migrate
help-migrate-email = Die Adresse des Kontos, das umgestellt werden soll; ohne sie listet mailsetup die Konten auf, die OAuth2 brauchen, und fragt
help-migrate-profile = Das Thunderbird-Profilverzeichnis (Standard: das Profil, das Thunderbird öffnet)
help-migrate-yes = Nicht fragen: jedes aufgelistete Konto umstellen (für Skripte)
help-migrate-force = Auch umstellen, wenn eine Prüfung fehlgeschlagen ist (nachdem Sie die Diagnose gelesen haben)
help-migrate-json = Die Berichte als JSON ausgeben
help-migrate-timeout = Wie lange auf die Anmeldung im Browser gewartet wird, in Sekunden
help-migrate-no-sign-in-handoff = Die Anmeldung nicht an Thunderbird übergeben: Thunderbird bittet Sie dann beim Start einmal um die Anmeldung

## mailsetup doctor
help-doctor-email = Nur das Konto mit dieser Adresse; ohne sie jedes OAuth2-Konto des Profils
help-doctor-profile = Das Thunderbird-Profilverzeichnis (Standard: das Profil, das Thunderbird öffnet)
help-doctor-json = Die Berichte als JSON ausgeben (eine Liste, einer je Konto)

## mailsetup alias
help-alias-email = Die Adresse des Kontos (seines Postfachs) im Profil
help-alias-alias = Die andere Adresse desselben Postfachs, als die gesendet werden soll (`sales@…`)
help-alias-name = Der Name, den Empfänger für den Alias sehen (Standard: der des Kontos)
help-alias-profile = Das Thunderbird-Profilverzeichnis (Standard: das Profil, das Thunderbird öffnet)
help-alias-send-test = Erst anmelden und eine echte Testnachricht vom Alias an das Postfach senden und den Alias nur hinzufügen, wenn der Server sie annimmt: nur so zeigt sich, ob Senden als Alias erlaubt ist
help-alias-timeout = Wie lange auf die Anmeldung im Browser gewartet wird, in Sekunden
help-alias-json = Den Bericht über die Testnachricht als JSON ausgeben

## mailsetup audit. JJJJ-MM-TT ist das Format des Datums (YYYY-MM-DD); die
## Pfade bleiben, wie sie sind.
help-audit-all-users = Jeder Benutzer dieses Computers (als root oder Administrator ausführen): Linux /home/* und /root, macOS /Users/*, Windows C:\Users\*, jeweils mit Flatpak und Snap. Liest nur; gespeicherte Anmeldungen anderer Benutzer werden nie entschlüsselt („nicht geprüft“); Verknüpfungen aus einem Benutzerverzeichnis heraus werden nicht verfolgt
help-audit-users-dir = Mit --all-users: das Verzeichnis, in dem die Benutzerverzeichnisse liegen, statt des Standardverzeichnisses der Plattform (zum Beispiel auf einer eingehängten Festplatte)
help-audit-on = So beurteilen, als wäre heute dieser Tag (JJJJ-MM-TT, etwa 2026-12-31), um zu sehen, was als Nächstes nicht mehr funktioniert; Standard: heute
help-audit-json = JSON ausgeben (mit einer schema_version)
help-audit-csv = CSV ausgeben, eine Zeile je Konto

## mailsetup completions
help-completions-shell = Die Shell, für die die Vervollständigung erzeugt wird

## mailsetup restore
help-restore-backup = Die Sicherung, die wiederhergestellt werden soll (ein Name aus der Liste); ohne sie werden die Sicherungen aufgelistet
help-restore-profile = Das Thunderbird-Profilverzeichnis (Standard: das Profil, das Thunderbird öffnet)
help-restore-json = JSON ausgeben

## mailsetup export. policies und autoconfig sind die Werte von --format
## und bleiben, wie sie sind, ebenso die Platzhalter ${USER} und ${NAME}
## (hier ${"{"}USER{"}"} geschrieben, weil Fluent geschweifte Klammern liest).
help-export-format = policies (policies.json) oder autoconfig (mozilla.cfg)
help-export-format-policies = Eine policies.json für Unternehmen (Richtlinie `Preferences`)
help-export-format-autoconfig = Eine AutoConfig-Datei (mozilla.cfg); `${"{"}NAME{"}"}` in einer Adresse liest bei jedem Start die Umgebungsvariable NAME
help-export-emails = Die Adressen; mit --format autoconfig dürfen sie Platzhalter wie `${"{"}USER{"}"}` enthalten, z. B. '${"{"}USER{"}"}@contoso.example'
help-export-name = Der Name des Absenders (Standard: der Teil vor dem @)
help-export-output = Nach DATEI schreiben statt auf die Standardausgabe

## Weitere Platzhalter: der Alias von alias, --name, --format von export,
## die Shell von completions und die Sicherung von restore.
help-value-alias = ALIAS
help-value-name = NAME
help-value-format = FORMAT
help-value-shell = SHELL
help-value-backup = SICHERUNG
