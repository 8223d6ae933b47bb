# Die eigenen Texte der Befehlszeile (die Tabelle von audit steht in audit.ftl).

## mailsetup --fix-needed, bei der Anmeldung ausgeführt.
cli-fix-needed-nothing = Alle E-Mail-Konten in Thunderbird sind in Ordnung: nichts zu reparieren.
cli-fix-needed = { $address } (Profil „{ $profile }“) muss repariert werden: { $reason }.
