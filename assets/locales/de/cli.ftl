# Die eigenen Texte der Befehlszeile (die Tabelle von audit steht in audit.ftl).

## mailsetup --fix-needed, bei der Anmeldung ausgeführt.
cli-fix-needed-nothing = Alle E-Mail-Konten in Thunderbird sind in Ordnung: nichts zu reparieren.
cli-fix-needed = { $address } (Profil „{ $profile }“) muss repariert werden: { $reason }.

## mailsetup profiles, migrate, doctor, restore, export, alias.
cli-no-profiles = Keine Thunderbird-Profile gefunden (gesucht in { $looked }).
cli-profiles-needs-oauth2 = Mit [needs OAuth2] markierte Konten funktionieren nicht mehr, sobald der Anbieter Passwörter abschaltet: `mailsetup migrate` stellt sie an Ort und Stelle um.
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
