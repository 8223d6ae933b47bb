# Die eigenen Texte der Befehlszeile (die Tabelle von audit steht in audit.ftl).

## mailsetup --fix-needed, bei der Anmeldung ausgeführt.
cli-fix-needed-nothing = Alle E-Mail-Konten in Thunderbird sind in Ordnung: nichts zu reparieren.
cli-fix-needed = { $address } (Profil „{ $profile }“) muss repariert werden: { $reason }.

## mailsetup profiles, migrate, doctor, restore, export, alias.
cli-no-profiles = Keine Thunderbird-Profile gefunden (gesucht in { $looked }).
cli-profiles-needs-oauth2 = Mit [braucht OAuth2] markierte Konten funktionieren nicht mehr, sobald der Anbieter Passwörter abschaltet: `mailsetup migrate` stellt sie an Ort und Stelle um.
cli-asking-host = Es wird gefragt, wo die E-Mail von { $address } liegt ({ $server } ist kein Name, den mailsetup kennt)…
cli-migrate-nothing = Kein Konto in { $profile } muss auf OAuth2 umgestellt werden.
cli-migrate-ask = { $accounts ->
    [one] Erst anmelden und prüfen, dann dieses Konto umstellen?
   *[other] Erst anmelden und prüfen, dann diese { $accounts } Konten umstellen?
}
cli-nothing-changed = Nichts wurde geändert.
cli-migrate-not-changed = Das Konto wurde nicht geändert. Lesen Sie die Diagnose oben; mit `--force` wird es trotzdem umgestellt.
cli-migrate-start-thunderbird = Starten Sie Thunderbird: Es bittet Sie einmal um die Anmeldung (ab Version 153 in Ihrem Browser).
cli-doctor-nothing = Kein Konto in { $profile } meldet sich mit OAuth2 bei einem Anbieter an, den mailsetup fragen kann.
cli-doctor-nothing-for = Kein Konto in { $profile } meldet sich für { $address } mit OAuth2 bei einem Anbieter an, den mailsetup fragen kann.
cli-no-backups = Keine Sicherungen von mailsetup in { $profile }.
cli-backups = Sicherungen in { $folder } (neueste zuerst):
cli-restore-how = Eine wiederherstellen mit: mailsetup restore --profile { $profile } NAME
cli-restored = { $file } aus { $backup } wiederhergestellt.
cli-restored-kept = Die Datei, wie sie vorher war, liegt in { $path }.
cli-written = Geschrieben nach { $path }.
cli-alias-not-sent = Die Testnachricht von { $alias } ging nicht durch, daher wurde der Alias nicht hinzugefügt. Nichts wurde geändert.
cli-alias-sent = Der Server hat die Testnachricht von { $alias } angenommen. Sehen Sie sie sich im Posteingang von { $owner } an: Steht dort { $owner } statt { $alias } als Absender, hat Exchange den Absender umgeschrieben, und die Administration muss das Senden von Aliasen erlauben (Set-OrganizationConfig -SendFromAliasEnabled $true).
cli-alias-added = { $alias } ({ $name }) wurde { $owner } ({ $account }) als Identität { $identity } hinzugefügt: Wählen Sie sie in Thunderbird im Feld „Von“.
cli-alias-present = { $owner } sendet bereits als { $alias } (Identität { $identity }); nichts wurde geändert.
cli-backup-of-prefs = Sicherung von prefs.js: { $path }.

## mailsetup setup und check.
cli-bundle-written = Support-Paket geschrieben nach { $path } (es enthält kein Passwort und kein Token).
cli-sign-in-browser = Melden Sie sich in Ihrem Browser an. Wenn sich kein Browser geöffnet hat, öffnen Sie diesen Link:
    {"  "}{ $link }
    Warten bis zu { $seconds } s…
cli-way-out = In der Befehlszeile gibt --provider-file DATEI die Server von Hand an, und --microsoft-365 bei setup wählt Microsoft 365 (Geschäfts- oder Schulkonto).

## Warum ein Befehl nicht laufen konnte (nach „mailsetup: “ ausgegeben).
## $error ist der Grund in den Worten des Systems oder des Parsers; $path,
## $root, $profile und $file sind Dateien oder Ordner; $address, $alias und
## $owner E-Mail-Adressen. --profile und `mailsetup profiles` bleiben, wie
## sie sind; VERZEICHNIS ist der Platzhalter aus help-value-dir.
cli-manpage-failed = die Manpage konnte nicht geschrieben werden: { $error }
cli-no-home = Ihr Benutzerverzeichnis ist nicht zu finden, daher kann nicht nach Thunderbird gesucht werden
cli-profile-dir-missing = das Profilverzeichnis { $path } existiert nicht
cli-bundle-failed = das Support-Paket kann nicht nach { $path } geschrieben werden: { $error }
cli-write-failed = { $path } kann nicht geschrieben werden: { $error }
cli-no-profile-under = unter { $root } gibt es kein Thunderbird-Profil; geben Sie --profile VERZEICHNIS an
cli-no-prefs = { $profile } hat keine prefs.js, also keine Konten
cli-no-account-for = das Profil { $profile } hat kein Konto für { $address }; `mailsetup profiles` listet seine Konten auf
# $account ist der Schlüssel des Kontos in prefs.js (account1), $server sein Posteingangsserver.
cli-migrate-not-oauth-provider = { $address } ({ $account } auf { $server }) liegt, soweit mailsetup es erkennen kann, weder bei Microsoft noch bei Google und kann daher hier nicht auf OAuth2 umgestellt werden
cli-no-google-plan = kein Plan für Google
# $provider ist der Name des Anbieters.
cli-export-password = { $address }: { $provider } meldet sich mit einem Passwort an, und solche Konten verteilt mailsetup nicht
# $servers ist ein Servername oder zwei, verbunden mit cli-two-servers.
cli-export-no-oauth = { $address }: Thunderbird kann OAuth2 nicht mit { $servers } verwenden, daher könnte sich ein exportiertes Konto nicht anmelden
cli-two-servers = { $first } und { $second }
cli-alias-invalid = der Alias: { $error }
cli-alias-is-owner = { $alias } ist die eigene Adresse des Kontos, kein Alias davon
cli-alias-sign-in-unknown = mailsetup weiß nicht, wie sich { $owner } anmeldet, und kann daher die Testnachricht nicht senden

## mailsetup migrate, bevor es fragt: was sich an jedem Konto ändern würde.
## $account ist der Schlüssel des Kontos in prefs.js (account1), $protocol
## imap oder pop3, $server sein Posteingangsserver, $provider microsoft oder
## google; $pref ist der Name einer Einstellung, $value und $old sind ihre
## Werte, alle, wie sie sind.
cli-migrate-plan = { $address } ({ $account }, { $protocol } { $server }) → OAuth2 bei { $provider }:
cli-migrate-pref = { $pref } = { $value }   (war { $old })
cli-migrate-pref-new = { $pref } = { $value }   (war nicht gesetzt)
cli-migrate-filters = die Filter in { $file } werden auf den neuen Servernamen umgestellt
# $origin ist, wofür das Passwort gespeichert war (imap://mail.example.com).
cli-migrate-password-removed = das gespeicherte Passwort für { $origin } wird entfernt (Thunderbird meldet sich jetzt mit OAuth2 an)
# $note ist einer der eigenen Hinweise der Umstellung.
cli-migrate-note = Hinweis: { $note }
cli-already-oauth2 = { $address } ({ $account }) meldet sich bereits mit OAuth2 an; nichts zu tun.

## mailsetup restore, eine Zeile je Sicherung: $name ist der Name der
## Sicherung (den restore erwartet), $bytes ihre Größe in Byte (nur
## Ziffern), $file die Datei, die sie wiederherstellt.
cli-backup-entry = { $name }  ({ $bytes } Byte, stellt { $file } wieder her)

## mailsetup explain, wenn keine Diagnose passt. ADRESSE ist der
## Platzhalter aus help-value-email.
cli-explain-nothing = mailsetup hat dafür keine Diagnose. Führen Sie `mailsetup check ADRESSE` aus, um den fehlschlagenden Schritt zu finden, oder fügen Sie die genaue Antwort des Servers ein.

## setup --device-code, nach den Zeilen, die diese Art der Anmeldung
## erklären. $link ist die zu öffnende Seite, $code der dort einzugebende
## Code, $minutes, wie lange er gilt.
cli-device-code = Öffnen Sie auf einem beliebigen Gerät { $link } und geben Sie den Code ein:  { $code }
    (gültig für { $minutes } min)

cli-ask-choices = [j/N]
cli-ask-yes = j, ja
cli-window-failed = das Fenster konnte nicht geöffnet werden: { $error }
cli-sandbox-not-here = `{ $command }` verwendet den Übungsanbieter nicht: `--sandbox` gilt für den Assistenten, `setup`, `check`, `migrate` und `alias`. Es wurde nichts getan.
