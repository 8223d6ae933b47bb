### Die Profile und Dateien von Thunderbird: die Fehler beim Lesen und
### Ändern (die Profilsperre, prefs.js, die Anmeldedatenbank und das NSS
### von Thunderbird, das Umstellen eines Kontos auf OAuth2, die Übergabe
### der Anmeldung, der Start von Thunderbird) und die Liste von
### `mailsetup profiles`. Dateinamen (prefs.js, logins.json, logins.db,
### profiles.ini, msgFilterRules.dat), Namen von Einstellungen
### (signon.storage.rust.active), Funktionsnamen von NSS, HOME,
### `mailsetup restore` und --format autoconfig bleiben, wie sie sind.
### $path, $profile, $root, $dir und $backup_dir sind Pfade; $error sind
### die eigenen Worte des Betriebssystems oder einer Bibliothek.

## Fehler, wie der Bericht, der Assistent und die Befehlszeile sie zeigen.
tb-error-profile-in-use = Thunderbird verwendet das Profil { $profile }; beenden Sie Thunderbird und versuchen Sie es erneut
tb-error-read-only-profile = in das Profil { $profile } kann nicht geschrieben werden ({ $error }); es liegt auf einem schreibgeschützten Datenträger, oder Sie dürfen dort nicht schreiben: Kopieren Sie es an einen beschreibbaren Ort, oder fragen Sie die Person, die diesen Computer verwaltet
# $found ist einer der Texte tb-found-….
tb-error-not-regular-file = { $path } ist { $found } statt einer normalen Datei, daher liest mailsetup es nicht; legen Sie es beiseite (Thunderbird erwartet dort eine normale Datei)
# $mebibytes ist die Grenze (eine Zahl); $what ist ein Dateiname oder
# einer der Texte tb-limit-what-… (im Dativ, nach „von“), $why einer der
# Texte tb-limit-why-….
tb-error-too-large = { $path } ist größer als { $mebibytes } MiB; mehr liest mailsetup von { $what } nicht ({ $why }); legen Sie die Datei beiseite, wenn sie nicht von Thunderbird stammt
tb-error-change-undone = { $path } kann nicht ersetzt werden: { $error }; nichts wurde geändert: Alle Dateien sind wie vorher (Sicherungen in { $backup_dir })
# $not_restored und $backups sind Listen von Pfaden, durch Kommas getrennt.
tb-error-half-changed = { $path } kann nicht ersetzt werden: { $error }, und das Wiederherstellen von { $not_restored } ist fehlgeschlagen, daher ist das Profil nur halb geändert; führen Sie mailsetup erneut für dieses Profil aus (es stellt die Dateien zuerst wieder her), oder kopieren Sie diese Sicherungen von Hand zurück: { $backups }
tb-error-lock-check-failed = es lässt sich nicht feststellen, ob Thunderbird das Profil { $profile } verwendet: { $error }; beenden Sie Thunderbird und versuchen Sie es erneut
# $line ist die Nummer der Zeile in der Datei; $message sagt, was dort
# falsch ist (tb-prefs-nul-byte, tb-file-not-utf8 oder die Worte des
# prefs.js-Lesers von Thunderbird, die Englisch bleiben).
tb-error-prefs-syntax = { $path }, Zeile { $line }: { $message }; korrigieren oder entfernen Sie diese Zeile (Thunderbird überspringt sie ebenfalls), oder starten und beenden Sie Thunderbird einmal, damit es die Datei neu schreibt
# $message sind die eigenen Worte des INI-Lesers.
tb-error-profiles-ini = { $path } ist keine gültige INI-Datei: { $message }; korrigieren Sie sie oder legen Sie sie beiseite, damit Thunderbird sie neu anlegt
# $action ist einer der Texte tb-action-…: was mit $path nicht ging.
tb-error-io = Fehler beim { $action } { $path }: { $error }; prüfen Sie, ob der Pfad existiert und ob Sie dort lesen und schreiben dürfen
tb-error-no-home = Ihr Benutzerverzeichnis ist nicht zu finden; setzen Sie HOME
tb-error-profile-not-found = unter { $path } gibt es kein Thunderbird-Profilverzeichnis; prüfen Sie den Pfad (ein Profilverzeichnis enthält prefs.js)
# $names zählt die Namen der Profile auf, durch Kommas getrennt.
tb-error-no-default-profile = { $root } enthält mehrere Thunderbird-Profile ({ $names }), und keines ist das Standardprofil; wählen Sie ausdrücklich eines davon aus
# $field ist einer der Texte tb-field-… (auf Deutsch das Subjekt des
# Satzes, mit Artikel, oder eine Bezeichnung mit Doppelpunkt), $problem
# einer der Texte, die sagen, was daran falsch ist (tb-invalid-…,
# tb-migrate-…, tb-identity-…, tb-journal-…, tb-restore-…, tb-export-…,
# tb-pref-unwritable), und setzt den Satz fort: „die Adresse des Kontos
# ist leer“.
tb-error-invalid-account = { $field } { $problem }; prüfen Sie die Konten-Einstellungen
# $message ist einer der Texte tb-logins-….
tb-error-logins-invalid = { $path } ist keine Anmeldedatenbank, die Thunderbird lesen kann: { $message }; nichts wurde geändert (Thunderbird würde die Datei beiseitelegen, und was mailsetup hinzufügt, ginge verloren)
tb-error-logins-elsewhere = dieses Profil speichert seine Anmeldungen in logins.db (signon.storage.rust.active), und dorthin schreibt mailsetup nicht; nichts wurde geändert
tb-error-primary-password = ein Hauptpasswort schützt die gespeicherten Anmeldungen von { $profile }, daher kann mailsetup die Anmeldung nicht an Thunderbird übergeben; nichts wurde geändert
# $error ist einer der Texte tb-nss-….
tb-error-nss = { $error }; nichts wurde geändert

## Was mit einer Datei nicht ging, in tb-error-io („Fehler beim { $action } { $path }“):
## ein Verb als Nomen, mit der Präposition vor dem Pfad.
tb-action-read = Lesen von
tb-action-write = Schreiben von
tb-action-create = Anlegen von
tb-action-copy = Kopieren von
tb-action-remove = Entfernen von
tb-action-replace = Ersetzen von
tb-action-resolve = Auflösen von
tb-action-flush = Festschreiben von
tb-action-set-permissions = Setzen der Berechtigungen für
tb-action-create-private-directory = Anlegen eines privaten Verzeichnisses in
tb-action-create-temporary-file = Anlegen einer temporären Datei in
tb-action-create-backup = Anlegen der Sicherung
tb-action-create-backup-of = Anlegen der Sicherung von
tb-action-write-backup = Schreiben der Sicherung

## Welche Einstellung falsch ist, in tb-error-invalid-account („{ $field } { $problem }“).
tb-field-address = die Adresse des Kontos
tb-field-display-name = der Anzeigename des Kontos
tb-field-incoming-host = der Posteingangs-Server des Kontos
tb-field-smtp-host = der Postausgangs-Server (SMTP) des Kontos
tb-field-incoming-port = der Port des Posteingangs-Servers
tb-field-smtp-port = der Port des Postausgangs-Servers (SMTP)
tb-field-settings = Einstellungen des Kontos:
tb-field-account = das Konto
tb-field-user-name = der Benutzername des Kontos
tb-field-identity = Identität:
tb-field-backup = Sicherung:
tb-field-export = Export:
tb-field-change-journal = Änderungsprotokoll:

## Was dort liegt, wo eine Datei sein sollte, in tb-error-not-regular-file.
tb-found-directory = ein Verzeichnis
tb-found-symbolic-link = ein symbolischer Link
tb-found-named-pipe = eine benannte Pipe (FIFO)
tb-found-socket = ein Socket
tb-found-device = ein Gerät
tb-found-not-regular-file = etwas anderes

## Die Dateien, die mailsetup nur bis zu einer Größe liest, und warum diese
## Größe, in tb-error-too-large („mehr liest mailsetup von { $what } nicht“).
tb-limit-what-login-store = der Anmeldedatenbank
tb-limit-what-profile-list = der Profilliste
tb-limit-what-key-store = der Schlüsseldatenbank von Thunderbird
tb-limit-what-change-journal = dem Änderungsprotokoll
tb-limit-why-prefs = das Zehnfache der größten prefs.js, die Thunderbird bekanntermaßen schreibt
tb-limit-why-logins = Platz für Zehntausende gespeicherte Anmeldungen, weit mehr, als ein echtes Profil hat
tb-limit-why-filters = Platz für etwa 100 000 Nachrichtenfilter
tb-limit-why-profiles = Platz für Tausende Profile; Thunderbird schreibt wenige Zeilen je Profil
tb-limit-why-key-store = ein Vielfaches jeder Schlüsseldatenbank, die Thunderbird anlegt
tb-limit-why-change-journal = einige hundert Bytes je Datei, die eine Änderung betrifft

## prefs.js lesen.
tb-file-not-utf8 = die Datei ist kein UTF-8-Text
tb-prefs-nul-byte = NUL-Byte in der Datei; Thunderbird hört dort auf zu lesen
# $name ist der Name der Einstellung, in Anführungszeichen.
tb-pref-unwritable = die Einstellung { $name } kann nicht geschrieben werden: { $reason }
tb-pref-name-empty = der Name ist leer
tb-pref-name-nul = der Name enthält ein NUL-Zeichen, das Einstellungen nicht speichern können
tb-pref-value-nul = der Wert enthält ein NUL-Zeichen, das Einstellungen nicht speichern können

## Was an einer Einstellung falsch ist, nach ihrem Namen in tb-error-invalid-account.
tb-invalid-is-empty = ist leer
tb-invalid-not-an-address = ist keine E-Mail-Adresse (sie braucht ein @ und keine Leerzeichen)
tb-invalid-contains-nul = enthält ein NUL-Zeichen, das die Einstellungen von Thunderbird nicht speichern können
tb-invalid-not-a-host-name = ist kein Servername
tb-invalid-port-zero = ist 0
# $account ist der Schlüssel des Kontos in prefs.js (account1).
tb-invalid-account-not-in-profile = { $account } ist nicht in diesem Profil
tb-invalid-user-name-not-set = ist auf seinen Servern nicht eingetragen

## Ein Konto auf OAuth2 umstellen. $account ist der Schlüssel des Kontos in
## prefs.js (account1).
tb-migrate-not-a-mail-account = { $account } ist kein E-Mail-Konto in diesem Profil
# $kind ist die Art des Kontos, wie prefs.js sie nennt (nntp, rss, ews).
tb-migrate-not-imap-or-pop = { $account } ist ein Konto vom Typ { $kind }; nur IMAP- und POP-Konten lassen sich auf OAuth2 umstellen
# $user_name ist der Benutzername des Kontos, in Anführungszeichen.
tb-migrate-no-address = { $account } hat keine E-Mail-Adresse für die Anmeldung (Benutzername { $user_name }); geben Sie die Adresse an
# $pref ist der Name einer Einstellung.
tb-migrate-cannot-write = { $pref } kann nicht geschrieben werden
# Hinweise zum Plan. $origin ist der Ort, für den ein Passwort gespeichert ist (imap://mail.example.com).
tb-migrate-note-password-stays = das gespeicherte Passwort für { $origin } bleibt erhalten: Ein anderes Konto meldet sich dort noch mit Passwort an, und Thunderbird verschlüsselt Benutzernamen, sodass sich die beiden nicht unterscheiden lassen
tb-migrate-note-logins-db = logins.db (die ungenutzte Kopie von logins.json in Thunderbird) bleibt, wie sie ist

## Eine Adresse (eine Identität) zu einem Konto hinzufügen.
# $alias ist die angegebene Adresse, in Anführungszeichen.
tb-identity-not-an-address = { $alias } ist keine E-Mail-Adresse
tb-identity-name-nul = der Name enthält ein NUL-Zeichen, das die Einstellungen von Thunderbird nicht speichern können
tb-identity-no-prefs = das Profil hat keine prefs.js und damit kein Konto, dem eine Adresse hinzugefügt werden könnte
# $account ist der Schlüssel des Kontos in prefs.js (account1).
tb-identity-no-such-account = { $account } ist in diesem Profil kein Konto mit einer Identität

## Das Protokoll einer nicht abgeschlossenen Änderung, das mailsetup liest,
## um nach einem Absturz Dateien wiederherzustellen. $path ist der Pfad des
## Protokolls; $why einer der Texte tb-journal-… dahinter.
tb-journal-refused = { $path } { $why }; legen Sie es beiseite, wenn mailsetup es nicht geschrieben hat
# $error sind die eigenen Worte des JSON-Lesers.
tb-journal-not-a-journal = ist kein Protokoll, wie mailsetup es schreibt ({ $error })
tb-journal-names-other-file = nennt { $path }, eine Datei, die keine Änderung schreibt
# $name ist ein Dateiname, in Anführungszeichen.
tb-journal-names-bad-backup = nennt die Sicherung { $name }, die kein Dateiname ist

## Eine Sicherung wiederherstellen. $which ist das Angegebene, in Anführungszeichen.
tb-restore-not-a-backup = { $which } ist keine der Sicherungen dieses Profils (`mailsetup restore` listet sie auf)

## Konten für viele Computer exportieren (policies.json, mozilla.cfg).
## ${NAME} ist ein Platzhalter für eine Umgebungsvariable; $text und $name
## sind das Angegebene, in Anführungszeichen.
tb-export-unclosed-placeholder = nicht geschlossenes ${"{"} in { $text }
tb-export-bad-variable-name = { $name } ist kein Name einer Umgebungsvariablen (Buchstaben, Ziffern, _)
tb-export-value-nul = ein Wert enthält ein NUL-Zeichen, das Einstellungen nicht speichern können
tb-export-policies-placeholder = policies.json ist für alle Benutzer eines Computers gleich, daher darf { $text } keinen Platzhalter je Benutzer enthalten; verwenden Sie --format autoconfig

## Die Anmeldedatenbank (logins.json), nach tb-error-logins-invalid.
# $error sind die eigenen Worte des JSON-Lesers.
tb-logins-not-json = kein JSON ({ $error })
tb-logins-not-an-object = kein JSON-Objekt
# $number zählt die gespeicherten Anmeldungen ab 1.
tb-logins-entry-not-an-object = Anmeldung Nummer { $number } ist kein Objekt
tb-logins-not-a-list = "logins" ist keine Liste
tb-logins-no-list = sie hat keine Liste "logins"
tb-logins-next-id = "nextId" ist keine ganze Zahl

## Das NSS von Thunderbird, das die gespeicherten Anmeldungen verschlüsselt.
## $dir ist das Verzeichnis einer Thunderbird-Installation.
# $looked_in zählt Verzeichnisse auf, durch Kommas getrennt.
tb-nss-not-found = keine Thunderbird-Installation mit ihren NSS-Bibliotheken gefunden (gesucht in { $looked_in })
# $reason ist einer der beiden Texte darunter oder die Worte des Systemladers.
tb-nss-unloadable = das NSS von Thunderbird in { $dir } konnte nicht geladen werden: { $reason }
tb-nss-library-missing = seine NSS-Bibliothek fehlt
# $file ist der Pfad einer Bibliothek.
tb-nss-did-not-load = { $file } wurde nicht geladen
# $loaded und $wanted sind Verzeichnisse von Installationen.
tb-nss-other-install-loaded = dieser Lauf verwendet bereits das NSS aus { $loaded }; er kann nicht zusätzlich das aus { $wanted } verwenden
tb-nss-primary-password = ein Hauptpasswort schützt die gespeicherten Anmeldungen dieses Profils
# $call ist der Name einer NSS-Funktion, $code die Fehlernummer von NSS.
tb-nss-call-failed = der NSS-Aufruf { $call } ist fehlgeschlagen (NSS-Fehler { $code })
tb-nss-still-open = das NSS von Thunderbird hält die vorherige Schlüsseldatenbank noch offen; führen Sie mailsetup erneut aus
tb-nss-not-base64 = eine gespeicherte Anmeldung ist nicht Base64-kodiert, wie Thunderbird sie schreibt

## Thunderbird von der letzten Seite des Assistenten aus starten.
tb-launch-already-open = Thunderbird ist bereits geöffnet
# $program ist der Pfad des Programms.
tb-launch-failed = Thunderbird konnte nicht gestartet werden ({ $program }: { $error })

## mailsetup profiles: jedes Profil und seine Konten.
tb-listing-profile = { $name }: { $path }
tb-listing-profile-default = { $name } (Standard): { $path }
# $problem ist einer der Fehler oben.
tb-listing-accounts-unknown = Konten unbekannt: { $problem }
tb-listing-no-accounts = keine E-Mail-Konten
# $kind ist die Art des Kontos (imap, pop3); $sign_in einer der Texte
# tb-sign-in-….
tb-listing-account = { $address }: { $kind } { $host } ({ $sign_in })
# Anstelle der Adresse eines Kontos, das keine hat.
tb-listing-no-identity = (keine Identität)
# Folgt auf tb-listing-account in derselben Zeile.
tb-listing-sends-via = , sendet über { $host } ({ $sign_in })
# $hash ist die Kennung der Installation, $dir ihr Verzeichnis (oder
# tb-listing-an-install), $profile das Profil, das sie öffnet (oder
# tb-listing-opens-nothing).
tb-listing-install = Installation { $hash } ({ $dir }) öffnet { $profile }
tb-listing-an-install = eine Installation
tb-listing-opens-nothing = nichts
tb-listing-no-profiles = keine Profile
# Was ein Konto braucht, in eckigen Klammern davor.
tb-status-needs-oauth2 = braucht OAuth2
tb-status-ok = ok
tb-status-unknown-provider = unbekannter Anbieter
# Wie sich ein Server anmeldet.
tb-sign-in-none = keine Anmeldung
tb-sign-in-password = Passwort
tb-sign-in-kerberos = Kerberos
tb-sign-in-ntlm = NTLM
tb-sign-in-tls-certificate = TLS-Zertifikat
tb-sign-in-oauth2 = OAuth2
tb-sign-in-other = andere Anmeldung
