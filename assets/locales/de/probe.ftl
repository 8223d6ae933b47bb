# Die Prüfung der Mail-Server (IMAP, POP3, SMTP): der Titel jedes
# Schritts, was er gefunden hat oder warum er fehlschlug, und worauf er
# wartet. Wörter in Großbuchstaben (IMAP, POP3, SMTP, TLS, STARTTLS, STLS,
# XOAUTH2, EHLO, CAPABILITY, CAPA, AUTH, MAIL FROM, RCPT TO, RSET, LOGOUT,
# QUIT, SMTPUTF8, INBOX) sind Schlüsselwörter der Protokolle und bleiben,
# wie sie sind. „mailsetup“ ist der Name des Programms.
# Begriffe wie in Thunderbird: Posteingangs-Server, Postausgangs-Server
# (SMTP), anmelden, Anmeldung; Anrede mit „Sie“.

## Die Schritte, wie jede Zeile des Berichts sie nennt.
probe-step-imap-connect = Mit dem IMAP-Server verbinden
probe-step-pop3-connect = Mit dem POP3-Server verbinden
probe-step-smtp-connect = Mit dem SMTP-Server verbinden
probe-step-tls = Die Verbindung sichern (TLS)
probe-step-capability = Fragen, welche Authentifizierungsmethoden er anbietet
probe-step-authenticate = Mit dem Token anmelden (XOAUTH2)
probe-step-imap-select = Den Posteingang öffnen
probe-step-pop3-stat = In den Posteingang sehen
probe-step-logout = Abmelden
probe-step-smtp-greeting = Die Begrüßung lesen
probe-step-smtp-envelope = Prüfen, ob Sie als Sie selbst senden dürfen (es wird keine Nachricht gesendet)
probe-step-smtp-test-message = Eine Testnachricht an sich selbst senden
probe-step-imap-check = IMAP prüfen
probe-step-pop3-check = POP3 prüfen

## Worauf ein Schritt wartet, in „Warten auf { $what } (3 s von 8 s)“.
probe-waiting-incoming-connect = die Verbindung zum Posteingangs-Server
probe-waiting-incoming-tls = die sichere Verbindung zum Posteingangs-Server
probe-waiting-incoming-methods = die Authentifizierungsmethoden des Posteingangs-Servers
probe-waiting-incoming-sign-in = die Bestätigung Ihrer Anmeldung durch den Posteingangs-Server
probe-waiting-incoming-inbox = das Öffnen Ihres Posteingangs auf dem Posteingangs-Server
probe-waiting-incoming-goodbye = die Verabschiedung des Posteingangs-Servers
probe-waiting-outgoing-connect = die Verbindung zum Postausgangs-Server (SMTP)
probe-waiting-outgoing-answer = eine Antwort des Postausgangs-Servers (SMTP)
probe-waiting-outgoing-tls = die sichere Verbindung zum Postausgangs-Server (SMTP)
probe-waiting-outgoing-methods = die Authentifizierungsmethoden des Postausgangs-Servers (SMTP)
probe-waiting-outgoing-sign-in = die Bestätigung Ihrer Anmeldung durch den Postausgangs-Server (SMTP)
probe-waiting-outgoing-envelope = die Bestätigung des Postausgangs-Servers (SMTP), dass Sie senden dürfen
probe-waiting-outgoing-test-message = die Annahme der Testnachricht durch den Postausgangs-Server (SMTP)
probe-waiting-any = eine Antwort des Mail-Servers

## Warum ein Schritt nicht versucht wurde.
probe-skip-no-token = nicht versucht: mailsetup meldet sich bei diesem Konto nicht selbst an; das übernimmt Thunderbird beim ersten Verbinden
probe-skip-password-server = nicht versucht: Dieser Server verlangt zur Anmeldung ein Passwort, nach dem Thunderbird fragt; mailsetup verarbeitet nie Passwörter
probe-skip-after-failure = nicht versucht, weil „{ $step }“ fehlgeschlagen ist
probe-skip = nicht versucht

## Verbinden.
probe-detail-connected = verbunden mit { $host }:{ $port } ({ $address })
probe-fail-connection-refused = { $target } hat die Verbindung abgelehnt (dort lauscht nichts, oder eine Firewall weist sie ab)
probe-fail-connection-reset = { $target } hat die Verbindung zurückgesetzt
probe-fail-connect-timed-out = { $target } hat nicht geantwortet
probe-fail-name-not-resolved = der Name { $host } konnte nicht aufgelöst werden: { $error }
probe-fail-cannot-connect = keine Verbindung zu { $target } möglich: { $error }
probe-fail-no-answer = keine Antwort innerhalb von { $seconds } s

## Die Verbindung sichern.
probe-detail-tls = { $version }, Zertifikat für { $host } geprüft
probe-detail-tls-after-command = { $command }, dann { $version }, Zertifikat für { $host } geprüft
probe-fail-tls-server-name = { $host } ist kein gültiger TLS-Servername
probe-fail-tls-handshake = der TLS-Verbindungsaufbau ist fehlgeschlagen: { $reason }
probe-fail-tls-certificate = der TLS-Verbindungsaufbau ist fehlgeschlagen: Das Zertifikat des Servers wurde abgelehnt: { $reason }
probe-fail-no-starttls = der Server bietet kein { $command } an; mailsetup hört hier auf, damit Ihr Token nie unverschlüsselt gesendet wird
probe-fail-starttls-refused = der Server hat { $command } abgelehnt; mailsetup hört hier auf, damit Ihr Token nie unverschlüsselt gesendet wird
probe-fail-smtp-no-starttls = der Server bietet kein STARTTLS an (angeboten: { $offers }); mailsetup hört hier auf, damit Ihr Token nie unverschlüsselt gesendet wird
probe-fail-smtp-no-starttls-nor-auth = der Server bietet kein STARTTLS an (weder STARTTLS noch AUTH); mailsetup hört hier auf, damit Ihr Token nie unverschlüsselt gesendet wird
probe-fail-starttls-injection =
    { $bytes ->
        [one] der Server hat direkt nach seiner Zustimmung zu STARTTLS noch { $bytes } Byte unverschlüsselt gesendet, bevor die Verschlüsselung begann; jemand im Netzwerk (oder der Server) manipuliert die Verbindung, daher hat mailsetup vor dem TLS-Verbindungsaufbau aufgehört
       *[other] der Server hat direkt nach seiner Zustimmung zu STARTTLS noch { $bytes } Bytes unverschlüsselt gesendet, bevor die Verschlüsselung begann; jemand im Netzwerk (oder der Server) manipuliert die Verbindung, daher hat mailsetup vor dem TLS-Verbindungsaufbau aufgehört
    }
probe-fail-not-encrypted = die Verbindung ist nicht verschlüsselt; das Token wurde nicht gesendet

## Die Begrüßung und die Authentifizierungsmethoden.
probe-fail-greeting-refused = der Server hat die Verbindung in seiner Begrüßung abgelehnt
probe-fail-smtp-greeting = der Server hat nicht richtig gegrüßt
probe-fail-smtp-more-than-greeting = der Server hat mehr als seine Begrüßung gesendet, bevor er etwas gefragt wurde
probe-detail-smtp-greeted = der Server hat gegrüßt
probe-detail-smtp-greeted-offers = der Server hat gegrüßt und auf EHLO geantwortet (angeboten: { $offers })
probe-detail-smtp-greeted-offers-nothing = der Server hat gegrüßt und auf EHLO geantwortet (angeboten: weder STARTTLS noch AUTH)
probe-fail-smtp-ehlo-refused = der Server hat EHLO abgelehnt
probe-detail-offers-xoauth2 = bietet XOAUTH2 an
probe-detail-offers-xoauth2-among = bietet XOAUTH2 an (Authentifizierungsmethoden: { $methods })
probe-detail-methods = Authentifizierungsmethoden: { $methods }
probe-detail-imap-methods-login-only = Authentifizierungsmethoden: keine AUTH=-Methoden (nur LOGIN)
probe-detail-pop3-methods-user-pass-only = Authentifizierungsmethoden: keine SASL-Methoden (nur USER/PASS)
probe-detail-smtp-offers = bietet { $offers } an
probe-detail-smtp-offers-nothing = bietet weder STARTTLS noch AUTH an
probe-fail-no-xoauth2 = der Server bietet kein XOAUTH2 an, das die Anmeldung mit Token braucht; er bietet: { $methods }
probe-fail-imap-no-xoauth2-no-methods = der Server bietet kein XOAUTH2 an, das die Anmeldung mit Token braucht; er bietet: keine AUTH=-Methoden
probe-fail-pop3-no-xoauth2-no-methods = der Server bietet kein XOAUTH2 an, das die Anmeldung mit Token braucht; er bietet: keine SASL-Methoden (nur USER/PASS)
probe-fail-smtp-no-xoauth2 = der Server bietet kein XOAUTH2 (AUTH XOAUTH2) an, das die Anmeldung mit Token braucht
probe-fail-capability = CAPABILITY ist fehlgeschlagen
probe-fail-data-after-capability = der Server hat nach { $command } unerwartete Daten gesendet

## Die Anmeldung.
probe-detail-token-accepted = der Server hat das Token für { $address } angenommen
probe-fail-token-refused = der Server hat das Token abgelehnt
probe-fail-auth-not-accepted = der Server hat AUTH XOAUTH2 nicht angenommen
probe-fail-auth-unexpected = unerwartete Antwort auf AUTH

## Der Posteingang und die Abmeldung.
probe-detail-imap-inbox =
    { $count ->
        [one] INBOX enthält { $count } Nachricht
       *[other] INBOX enthält { $count } Nachrichten
    }
probe-detail-pop3-inbox =
    { $count ->
        [one] der Posteingang enthält { $count } Nachricht
       *[other] der Posteingang enthält { $count } Nachrichten
    }
probe-detail-pop3-inbox-open = der Posteingang ist geöffnet
probe-fail-inbox = der Posteingang konnte nicht geöffnet werden
probe-detail-logged-out = sauber abgemeldet
probe-fail-logout = { $command } ist fehlgeschlagen

## Ob der Server Nachrichten vom Postfach annimmt.
probe-detail-envelope = der Server nimmt Nachrichten von { $address } an (danach RSET: es wurde nichts gesendet)
probe-fail-sender-invalid = { $address } kann nicht als Absender verwendet werden: { $error }
probe-fail-sender-needs-smtputf8 = { $address } enthält vor dem @ Zeichen außerhalb von ASCII; zum Senden von dieser Adresse braucht der Server die Erweiterung SMTPUTF8, die er nicht anbietet, daher kann er keine Nachrichten von dieser Adresse annehmen

## SMTP-Befehle, die der Server abgelehnt hat oder die abgebrochen sind.
probe-fail-ehlo = EHLO ist fehlgeschlagen
probe-fail-ehlo-because = EHLO ist fehlgeschlagen: { $error }
probe-fail-sender-refused = der Server hat Sie als Absender abgelehnt (MAIL FROM)
probe-fail-sender-refused-because = der Server hat Sie als Absender abgelehnt (MAIL FROM): { $error }
probe-fail-recipient-refused = der Server hat den Empfänger abgelehnt (RCPT TO)
probe-fail-recipient-refused-because = der Server hat den Empfänger abgelehnt (RCPT TO): { $error }
probe-fail-rset = RSET ist fehlgeschlagen
probe-fail-rset-because = RSET ist fehlgeschlagen: { $error }
probe-fail-token-refused-because = der Server hat das Token abgelehnt: { $error }
probe-fail-test-message-refused = der Server hat die Testnachricht abgelehnt
probe-fail-test-message-refused-because = der Server hat die Testnachricht abgelehnt: { $error }

## Die eine Testnachricht.
probe-detail-test-message-sent = der Server hat eine Testnachricht von { $sender } an { $recipient } angenommen
probe-fail-test-message-address = { $address } kann in einer Nachricht nicht verwendet werden: { $error }
probe-fail-test-message-build = die Testnachricht konnte nicht erstellt werden: { $error }
probe-fail-test-message-envelope = die Testnachricht hat keinen gültigen Umschlag: { $error }

## Lesen und Schreiben.
probe-fail-read = das Lesen vom Server ist fehlgeschlagen: { $error }
probe-fail-write = das Schreiben an den Server ist fehlgeschlagen: { $error }
probe-fail-closed = der Server hat die Verbindung geschlossen
probe-fail-cannot-check-connection = die Verbindung konnte nicht geprüft werden: { $error }
probe-fail-line-too-long = der Server hat eine Zeile mit mehr als { $limit } Bytes gesendet; mailsetup hat aufgehört zu lesen (ein Mail-Server braucht nie so viel: er ist defekt oder feindselig)
probe-fail-step-too-long = der Server hat als Antwort auf einen Schritt mehr als { $limit } Bytes gesendet; mailsetup hat aufgehört zu lesen (ein Mail-Server braucht nie so viel: er ist defekt oder feindselig)
probe-fail-not-smtp-reply = die Antwort des Servers ist keine SMTP-Antwort
probe-fail-smtp-code-changed = die Antwort des Servers hat mittendrin ihren Code von { $first } auf { $then } geändert
