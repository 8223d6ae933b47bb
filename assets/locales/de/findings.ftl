### Was mailsetup in einem Zugriffstoken und in der XOAUTH2-Aufforderung
### eines Servers findet (der Anmeldeschritt im Bericht und die Belege der
### Diagnose), und die Worte der übrigen Prüfungen des Kerns:
### E-Mail-Adressen, CA-Dateien und der Übungsanbieter. JWT, IMAP, SMTP,
### XOAUTH2, PEM, CA, TLS und Outlook sind Namen; IMAP.AccessAsUser.All und
### SMTP.Send sind die Namen von Berechtigungen (Scopes) bei Microsoft und
### bleiben, wie sie sind.

## Das Zugriffstoken in einer Zeile, für den Anmeldeschritt im Bericht.
finding-token-opaque = das Zugriffstoken ist nicht lesbar (kein JWT), daher kann nur der Server sagen, was es erlaubt
# $claims zählt auf, was das Token sagt, durch Kommas getrennt: die Texte darunter.
finding-token-jwt = JWT-Zugriffstoken: { $claims }
# $audience ist der Dienst, für den das Token gilt (https://outlook.office.com).
finding-token-audience = Zielgruppe { $audience }
# $scopes sind die Berechtigungen im Token, wie Microsoft sie nennt.
finding-token-scopes = Berechtigungen "{ $scopes }"
# $account ist das angemeldete Konto.
finding-token-account = Konto { $account }
# $tenant ist die Kennung der Organisation bei Microsoft.
finding-token-tenant = Mandant { $tenant }
# $app ist die Kennung der Anwendung, für die das Token ausgestellt wurde.
finding-token-app = App { $app }
# Jeder Befund nach der Zeile: $summary ist die Zeile bis hierher, $finding
# einer der Befunde darunter. WARNUNG soll ins Auge fallen.
finding-token-warning = { $summary }; WARNUNG: { $finding }

## Was in einem Token dazu führt, dass IMAP oder SMTP es ablehnen.
finding-wrong-audience = das Token gilt für { $audience }, nicht für Outlook (https://outlook.office.com); IMAP und SMTP werden es ablehnen
finding-missing-imap-scope = den Berechtigungen des Tokens ("{ $scopes }") fehlt IMAP.AccessAsUser.All
finding-missing-smtp-scope = den Berechtigungen des Tokens ("{ $scopes }") fehlt SMTP.Send
# $mailbox ist die Adresse, die eingerichtet wird.
finding-wrong-account = Sie haben sich als { $account } angemeldet, aber das Postfach ist { $mailbox }
# $seconds ist eine Zahl von Sekunden.
finding-expired = das Token ist seit { $seconds } s abgelaufen (laut der Uhr dieses Computers)
finding-clock-skew = das Token wurde laut der Uhr dieses Computers { $seconds } s in der Zukunft ausgestellt: Die Uhr geht nach

## Die XOAUTH2-Aufforderung eines Servers als Beleg einer Diagnose. $status,
## $scheme und $scope sind die eigenen Werte des Servers („?“, wenn er keine
## genannt hat).
finding-xoauth2-challenge = die XOAUTH2-Aufforderung des Servers sagt: status { $status }, scheme { $scheme }, scope { $scope }

## Eine E-Mail-Adresse, die abgelehnt wird. $input ist das Eingegebene;
## $reason einer der Texte danach.
finding-address-invalid = „{ $input }“ ist keine E-Mail-Adresse: { $reason }
finding-address-no-at = sie enthält kein @
finding-address-nothing-before-at = vor dem @ steht nichts
finding-address-too-long = sie ist zu lang
finding-address-bad-local-part = der Teil vor dem @ enthält ein Leerzeichen, ein Anführungszeichen oder ein anderes Zeichen, das Mail-Server ablehnen
finding-address-bad-domain = der Teil nach dem @ ist kein Domainname
finding-address-bad-idn = der Teil nach dem @ ist kein gültiger internationaler Domainname

## Zusätzliche Zertifizierungsstellen (--ca-file) und der Zertifikatspeicher
## des Systems. $path ist der Pfad einer Datei; $error und $message sind
## die eigenen Worte einer Bibliothek.
finding-ca-file-unreadable = die CA-Datei { $path } kann nicht gelesen werden: { $error }
finding-ca-file-no-certificate = die CA-Datei { $path } enthält kein PEM-Zertifikat
finding-ca-file-bad-pem = die CA-Datei { $path } ist kein gültiges PEM: { $message }
finding-trust-store-unusable = der TLS-Zertifikatspeicher des Systems kann nicht verwendet werden: { $error }
finding-extra-ca-unusable = eine zusätzliche CA ist nicht verwendbar: { $error }

## Der Übungsanbieter (mailsetup --sandbox): was jeder Plan für ihn zuerst sagt.
finding-practice-warning = Das ist der in mailsetup eingebaute Übungsanbieter: Nichts verlässt Ihren Computer, und das eingerichtete Konto funktioniert nur, solange mailsetup --sandbox läuft.
