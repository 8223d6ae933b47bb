### Den Anbieter und die E-Mail-Einstellungen einer Adresse finden: die
### Anmeldung, Warnungen und Hinweise des Plans, die Belege jeder Abfrage
### (was `mailsetup detect` und der Assistent auflisten) und die Fehler von
### Anbieterdateien, Servernamen und Autoconfig-Dokumenten. Namen von
### Protokollen und Einträgen (IMAP, POP3, SMTP, TLS, OAuth2, DNS, MX, SRV,
### RFC 6186, HTTP), von Diensten von Microsoft (Microsoft Entra, Exchange
### Online, Autodiscover), von XML-Elementen (<emailProvider>, <domain>),
### Abschnitten von Dateien ([imap], [pop3], [smtp], [oauth]), Schlüssel
### (oauth.scopes, auth = "password"), Umgebungsvariablen (MAILSETUP_…) und
### Mandanten („common“, „organizations“) bleiben, wie sie sind. $domain ist
### die Domain der Adresse, $host der Name eines Servers, $provider der Name
### eines Anbieters, $error die eigenen Worte einer Bibliothek.

## Anbieternamen, die die Art des Kontos beschreiben.
provider-name-microsoft-365 = Microsoft 365 (Geschäfts- oder Schulkonto)
provider-name-outlook-consumer = Outlook.com (privates Microsoft-Konto)

## Warum kein Plan erstellt werden konnte (Assistent und Befehlszeile).
# $choice ist provider-name-microsoft-365, die Wahl, die der Benutzer treffen kann.
provider-error-unknown-domain = mailsetup weiß nicht, welcher Anbieter { $domain } betreibt; wählen Sie „{ $choice }“, wenn Ihre Organisation es nutzt
provider-error-nothing-found = mailsetup hat keine E-Mail-Einstellungen für { $domain } gefunden (die Abfragen zeigen, was jede Quelle geantwortet hat); geben Sie die Server von Hand ein, oder wählen Sie „{ $choice }“, wenn Ihre Organisation es nutzt
provider-error-no-answer = keine der Abfragen für { $domain } wurde beantwortet: Dieser Computer scheint offline zu sein. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut, oder geben Sie die Server von Hand ein

## Wie sich ein Server anmeldet, in wenigen Worten.
provider-auth-none = keine Anmeldung
provider-auth-password = Passwort
provider-auth-encrypted-password = verschlüsseltes Passwort
provider-auth-kerberos = Kerberos
provider-auth-ntlm = NTLM
provider-auth-oauth2 = OAuth2

## Die Anmeldung des Plans in einer Zeile. $issuer ist der Ort, von dem die
## Tokens kommen (login.microsoftonline.com), $scopes die angefragten
## Berechtigungen, wie der Anbieter sie nennt.
provider-sign-in-oauth2 = OAuth2 bei { $issuer } (Berechtigungen: { $scopes })
# $sign_in ist provider-sign-in-oauth2; $tenant die Kennung der Organisation bei Microsoft.
provider-sign-in-tenant = { $sign_in }; Mandant { $tenant }
# $realm ist Managed oder Federated, die eigenen Worte von Microsoft.
provider-sign-in-realm = { $sign_in }; Realm-Typ { $realm }
provider-sign-in-oauth2-by-thunderbird = OAuth2 bei { $issuer } (Berechtigungen: { $scopes }), durch Thunderbird selbst
provider-sign-in-password = Passwort (Thunderbird fragt danach)
# Wenn sich nur einer der beiden Server mit OAuth2 anmeldet: $sign_in ist
# einer der Texte oben, $other die Anmeldung des anderen Servers (provider-auth-…).
provider-sign-in-only-receiving = { $sign_in } zum Empfangen; zum Senden: { $other }
provider-sign-in-only-sending = { $sign_in } zum Senden; zum Empfangen: { $other }

## Warum sich bei manchen Anbietern Thunderbird und nicht mailsetup mit OAuth2 anmeldet.
provider-why-google = Die Anmeldung bei Google braucht eine App-Registrierung mit einem Client-Geheimnis, und mailsetup enthält nicht das Geheimnis einer anderen Anwendung. mailsetup prüft die Server ohne Anmeldung und trägt das Konto ein; Thunderbird meldet sich dann selbst bei Google an. Um auch die Anmeldung zu prüfen, kann ein Helpdesk mailsetup die eigene Google-Registrierung der Organisation in einer Anbieterdatei geben.
provider-why-redirect = Die App-Registrierung von { $provider } für Thunderbird leitet nach https://127.0.0.1 weiter, wo mailsetup nichts empfangen kann. mailsetup prüft die Server ohne Anmeldung und trägt das Konto ein; Thunderbird meldet sich dann selbst bei { $provider } an.
# $issuer ist der Ort, an dem sich der Anbieter anmeldet (comcast.net).
provider-why-no-registration = Thunderbird meldet sich bei { $provider } mit seiner eigenen App-Registrierung bei { $issuer } an, die mailsetup nicht hat. mailsetup prüft die Server ohne Anmeldung und trägt das Konto ein; Thunderbird meldet sich dann selbst an.

## Was bei Anbietern, die sich mit Passwort anmelden, zuerst zu tun ist.
## Die Menüpfade (E-Mail › Einstellungen › POP3 & IMAP) nennen die eigenen
## Webseiten des Anbieters, mit den Namen, die diese auf Deutsch zeigen.
provider-note-gmx = Erlauben Sie zuerst in den Einstellungen Ihres Web-Postfachs den Zugriff per POP3 und IMAP (E-Mail › Einstellungen › POP3 & IMAP). Mit Zwei-Faktor-Authentifizierung verwenden Sie ein anwendungsspezifisches Passwort.
provider-note-zoho = Schalten Sie zuerst in den Einstellungen von Zoho Mail den IMAP-Zugriff ein (Einstellungen › Mail-Konten › IMAP). Mit Zwei-Faktor-Authentifizierung erstellen Sie in den Sicherheitseinstellungen Ihres Zoho-Kontos ein anwendungsspezifisches Passwort für Thunderbird.
provider-note-icloud = iCloud bietet E-Mail-Programmen kein OAuth2: Erstellen Sie auf account.apple.com ein App-spezifisches Passwort (Anmeldung und Sicherheit › App-spezifische Passwörter; die Zwei-Faktor-Authentifizierung muss eingeschaltet sein) und geben Sie Thunderbird dieses, nicht das Passwort Ihres Apple Accounts.
provider-note-web-de = Erlauben Sie zuerst in den Einstellungen von WEB.DE den Zugriff per POP3 und IMAP (E-Mail › Einstellungen › POP3/IMAP Abruf). Mit Zwei-Faktor-Authentifizierung verwenden Sie ein anwendungsspezifisches Passwort.
provider-note-mailbox-org = mailbox.org meldet E-Mail-Programme mit einem Passwort an. Ist die Zwei-Faktor-Authentifizierung eingeschaltet, erstellen Sie in den Einstellungen von mailbox.org ein App-Passwort für Thunderbird (Sicherheit › E-Mail-App-Passwörter).
provider-note-srv = Die DNS-SRV-Einträge nennen die Server, aber nicht die Anmeldemethode; Thunderbird wird nach Ihrem Passwort fragen.

## Warnungen zum Plan.
provider-warning-not-in-oauth-table = Thunderbird meldet sich mit OAuth2 nur bei Servern aus seiner eingebauten Liste an, und { $host } steht nicht darin: Thunderbird wird OAuth2 mit diesem Konto nicht verwenden können.
# $first und $second sind die Namen der beiden Server.
provider-warning-not-in-oauth-table-two = Thunderbird meldet sich mit OAuth2 nur bei Servern aus seiner eingebauten Liste an, und { $first } und { $second } stehen nicht darin: Thunderbird wird OAuth2 mit diesem Konto nicht verwenden können.
# $cloud ist der Name der Cloud bei Microsoft (microsoftonline.us).
provider-warning-national-cloud = Der Mandant liegt in einer nationalen Cloud ({ $cloud }); die Microsoft-Anmeldung von Thunderbird und outlook.office365.com bedienen nur die globale Cloud, daher kann die Anmeldung fehlschlagen.
# $tenant ist „common“ oder „organizations“, die Namen von Microsoft für den Ort der Anmeldung.
provider-warning-no-tenant = Microsoft kennt für { $domain } keinen Mandanten für Geschäfts- oder Schulkonten; die Anmeldung erfolgt bei „{ $tenant }“.
provider-warning-tenant-unknown = Der Microsoft-Mandant konnte nicht ermittelt werden; die Anmeldung erfolgt bei „{ $tenant }“ (jedes Geschäfts- oder Schulkonto).
# $brand ist der Name der Organisation, wie Microsoft ihn kennt, $host der
# Ort ihrer eigenen Anmeldeseite.
provider-warning-federated = Ihre Organisation meldet Sie auf ihrer eigenen Seite an: Nachdem Sie Ihre Adresse bei Microsoft eingegeben haben, wechselt der Browser dorthin, und dort kann nach einem zweiten Faktor oder einem registrierten Gerät gefragt werden.
provider-warning-federated-brand = Ihre Organisation meldet Sie auf ihrer eigenen Seite an ({ $brand }): Nachdem Sie Ihre Adresse bei Microsoft eingegeben haben, wechselt der Browser dorthin, und dort kann nach einem zweiten Faktor oder einem registrierten Gerät gefragt werden.
provider-warning-federated-host = Ihre Organisation meldet Sie auf ihrer eigenen Seite bei { $host } an: Nachdem Sie Ihre Adresse bei Microsoft eingegeben haben, wechselt der Browser dorthin, und dort kann nach einem zweiten Faktor oder einem registrierten Gerät gefragt werden.
provider-warning-federated-brand-host = Ihre Organisation meldet Sie auf ihrer eigenen Seite ({ $brand }) bei { $host } an: Nachdem Sie Ihre Adresse bei Microsoft eingegeben haben, wechselt der Browser dorthin, und dort kann nach einem zweiten Faktor oder einem registrierten Gerät gefragt werden.
# $server_says ist die eigene Antwort des Mail-Servers, auf Englisch.
provider-warning-no-mailbox = Autodiscover kennt für diese Adresse kein Postfach in Exchange Online: Wenn die Anmeldung gelingt, IMAP dann aber „{ $server_says }“ meldet, liegt das Postfach woanders oder hat keine Lizenz für Exchange Online.
provider-warning-autodiscover-silent = Autodiscover hat nicht geantwortet; ob das Postfach in Exchange Online liegt, ist daher nicht bekannt.
# Warum setup aufhört, bevor etwas geschrieben wird; $host ist der Exchange-Server der Organisation.
provider-stop-on-premises = Ihr Postfach liegt auf dem eigenen Exchange-Server Ihrer Organisation ({ $host }), nicht in Exchange Online. Die Anmeldung bei Microsoft 365 (OAuth2) erreicht nur Postfächer in Exchange Online, und Thunderbird kann OAuth2 nur mit outlook.office365.com verwenden, daher kann mailsetup dieses Konto nicht umstellen. Fragen Sie Ihre IT-Abteilung nach den IMAP- und SMTP-Einstellungen von { $host }.

## mailsetup detect: der Plan als Text. $millis ist eine Zeit in Millisekunden.
provider-detect-title = Plan für das Konto { $address } ({ $millis } ms)
provider-detect-provider = Anbieter: { $provider }
# $protocol ist IMAP oder POP3; $server der Server und wie er sich anmeldet.
provider-detect-incoming = Posteingangs-Server ({ $protocol }): { $server }
provider-detect-outgoing = Postausgangs-Server (SMTP): { $server }
provider-detect-sign-in = Anmeldung: { $sign_in }
provider-detect-warning = Warnung: { $warning }
# $stop ist der Grund, warum setup aufhört (provider-stop-…). STOPP soll ins Auge fallen.
provider-detect-stop = STOPP: { $stop }
provider-detect-no-plan = Kein Plan: { $reason }
provider-detect-nothing-found = nichts gefunden
provider-detect-lookups = Abfragen:

## Eine Abfrage in der Liste. $source ist die Kennung der Abfrage (dns-mx,
## ispdb), die bleibt, wie sie ist; $millis ihre Dauer in Millisekunden;
## $outcome eines der Wörter provider-outcome-…; $said, was sie gefunden hat.
provider-evidence = { $source } ({ $millis } ms, { $outcome }): { $said }
# [verwendet] markiert die Abfragen, auf die sich der Plan stützt.
provider-evidence-used = { $source } ({ $millis } ms, { $outcome }) [verwendet]: { $said }
provider-outcome-found = gefunden
provider-outcome-nothing = nichts
provider-outcome-unreachable = nicht erreichbar
provider-outcome-timed-out = Zeit abgelaufen
provider-outcome-invalid = ungültig
provider-outcome-not-needed = nicht nötig

## Die Liste der Abfragen im Assistenten, in einfachen Worten: welche Art
## von Stelle gefragt wurde und was dabei herauskam.
provider-source-catalogue = Die eingebaute Anbieterliste
provider-source-provider-file = Die Anbieterdatei
provider-source-autoconfig = Der Einstellungsserver Ihres Anbieters
provider-source-autoconfig-well-known = Der Webserver Ihrer Domain
provider-source-ispdb = Die Anbieterliste von Thunderbird
provider-source-dns-mx = Wohin Ihre E-Mails zugestellt werden (DNS)
provider-source-dns-srv = Server-Einträge (DNS)
provider-source-microsoft-tenant = Microsoft: Organisation
provider-source-microsoft-realm = Microsoft: Anmeldeseite
provider-source-microsoft-autodiscover = Microsoft: Postfach
provider-plain-found = gefunden
provider-plain-not-found = nicht gefunden
provider-plain-no-answer = keine Antwort
provider-plain-unusable = hat etwas Unbrauchbares geantwortet
provider-plain-not-needed = nicht nötig
provider-plain-refused = abgelehnt
provider-plain-name-not-found = keine Antwort (der Name des Servers konnte nicht aufgelöst werden)
provider-plain-cannot-connect = keine Antwort (keine Verbindung möglich)

## Was eine Abfrage gefunden hat, wie die Belege es sagen.
provider-evidence-provider-file = die Anbieterdatei gilt für { $domain }
provider-evidence-catalogue = { $domain } ist laut dem eingebauten Katalog von mailsetup { $provider }
provider-evidence-abandoned = lief noch, als der Plan fertig war; abgebrochen
provider-evidence-too-large = die Antwort ist zu groß; ignoriert
# $millis ist die Frist der Abfrage in Millisekunden.
provider-evidence-timed-out = keine Antwort innerhalb von { $millis } ms
# $tenant ist die Kennung der Organisation bei Microsoft, $cloud ihre Cloud
# (microsoftonline.com), $region der Name einer Region bei Microsoft (EU).
provider-evidence-tenant = ein Mandant in Microsoft Entra: { $tenant } in { $cloud }
provider-evidence-tenant-region = ein Mandant in Microsoft Entra: { $tenant } in { $cloud }, Region { $region }
# $code ist der Fehlercode von Microsoft.
provider-evidence-no-tenant = { $code }: kein Mandant in Microsoft Entra hat diese Domain
# „NameSpaceType Unknown“, „Managed“ und „Federated“ sind die eigenen Worte von Microsoft.
provider-evidence-realm-unknown = Microsoft kennt diese Domain nicht (NameSpaceType Unknown)
provider-evidence-realm-managed = Managed: die eigene Anmeldeseite von Microsoft
# $place ist der Ort, an dem die Anmeldung weitergeht: ein Servername oder
# provider-evidence-realm-own-provider (im Dativ, nach „bei“); $brand der
# Name der Organisation, wie Microsoft ihn kennt.
provider-evidence-realm-federated = Federated: die Anmeldung geht weiter bei { $place }
provider-evidence-realm-federated-brand = Federated: die Anmeldung geht weiter bei { $place } ({ $brand })
provider-evidence-realm-own-provider = dem eigenen Identitätsanbieter der Organisation
provider-evidence-mailbox-online = das Postfach liegt in Exchange Online
provider-evidence-mailbox-on-premises = das Postfach liegt auf dem eigenen Exchange-Server der Organisation ({ $host })
provider-evidence-mailbox-unknown = kein Postfach in Exchange Online für diese Adresse
# $host ist der erste Mail-Server der MX-Einträge der Domain.
provider-evidence-mx = E-Mails gehen an { $host }: { $provider }
provider-evidence-mx-unknown = E-Mails gehen an { $host }, was auf keinen Anbieter hinweist, den mailsetup kennt
provider-evidence-no-mx = keine MX-Einträge
# $records zählt die gefundenen SRV-Einträge auf (_imaps._tcp -> host:port).
provider-evidence-srv-incomplete = { $records } (unvollständig: nötig sind ein Posteingangs-Server (IMAP oder POP3) und ein Server für den Versand (Submission))
provider-evidence-no-srv = keine SRV-Einträge nach RFC 6186
# $name ist der Name des Anbieters in einem Einstellungsdokument; $servers
# die Server, die es nennt; $why, warum sie nicht genügen (provider-autoconfig-…).
provider-evidence-config-unusable = { $name }: nichts Brauchbares: { $why }
provider-evidence-config-incomplete = { $name }: { $servers } (unvollständig: { $why })
# $status ist der HTTP-Statuscode, $location das Ziel, auf das die Antwort verweist.
provider-evidence-redirected = HTTP { $status }: weitergeleitet an { $location } (nicht gefolgt)
provider-evidence-no-config = HTTP { $status }: hier gibt es keine Konfiguration

## Einstellungsdokumente (autoconfig, config-v1.1.xml), die sich nicht verwenden lassen.
# $limit ist eine Zahl von Bytes.
provider-autoconfig-too-large = das Dokument ist größer als { $limit } Bytes
# $why ist einer der Texte darunter oder die eigenen Worte des XML-Lesers.
provider-autoconfig-malformed = das Dokument ist keine gültige config-v1.1.xml: { $why }
provider-autoconfig-no-usable-server = das Dokument nennt keinen Server, den Thunderbird verwenden könnte: { $why }
provider-autoconfig-not-utf8 = es ist kein UTF-8
provider-autoconfig-dtd = es deklariert eine DTD, was Autoconfig-Dokumente nie tun
provider-autoconfig-no-provider = es hat kein <emailProvider>
provider-autoconfig-no-domain = es nennt keine <domain>, die Thunderbird aber verlangt
provider-autoconfig-lists-none = es listet keine auf
provider-autoconfig-incoming-plain = seine Posteingangs-Server arbeiten alle ohne Verschlüsselung (plain), was mailsetup nie verwendet: Das Passwort würde im Klartext übertragen
provider-autoconfig-no-incoming = es nennt keinen IMAP- oder POP3-Server, den Thunderbird verwenden könnte
provider-autoconfig-smtp-plain = seine SMTP-Server arbeiten alle ohne Verschlüsselung (plain), was mailsetup nie verwendet
provider-autoconfig-no-smtp = es nennt keinen SMTP-Server, den Thunderbird verwenden könnte
# Server, die in einem Dokument ausgelassen werden. $kind ist die Art des
# Servers, wie das Dokument sie nennt (IMAP, POP3, SMTP oder was dort steht).
provider-autoconfig-unknown-type = ein Server vom Typ „{ $kind }“ ist keiner, den Thunderbird einrichtet
provider-autoconfig-no-host = ein Server vom Typ { $kind } hat keinen Servernamen
provider-autoconfig-bad-host = der Servername eines Servers vom Typ { $kind } ist kein Servername
provider-autoconfig-no-port = { $kind } { $host } hat keinen Port von 1 bis 65535
provider-autoconfig-no-socket-type = { $kind } { $host }:{ $port } hat keinen Verbindungstyp (socketType), den Thunderbird kennt
provider-autoconfig-oauth2-only = { $kind } { $host } bietet nur OAuth2 an, und die eingebaute OAuth2-Liste von Thunderbird enthält { $host } nicht, daher kann sich Thunderbird dort nicht anmelden
provider-autoconfig-no-sign-in-method = { $kind } { $host } nennt keine Anmeldemethode, die Thunderbird kennt

## Die eigenen Fehler der Abfragen.
provider-dns-no-settings = die DNS-Einstellungen des Systems können nicht gelesen werden: { $error }
provider-dns-off = DNS-Abfragen sind ausgeschaltet
provider-dns-cannot-start = der DNS-Resolver kann nicht starten: { $error }
# $why ist provider-http-… und die eigenen Worte der Netzwerkbibliothek.
provider-http-unreachable = nicht erreichbar: { $why }
# $kibibytes ist die Grenze, eine Zahl.
provider-http-too-large = die Antwort ist größer als { $kibibytes } KiB
provider-http-timed-out = keine Antwort in der vorgesehenen Zeit
provider-http-cannot-connect = keine Verbindung möglich
provider-http-failed = die Anfrage ist fehlgeschlagen
provider-microsoft-openid-not-json = die OpenID-Konfiguration ist kein gültiges JSON: { $error }
provider-microsoft-openid-no-issuer = die OpenID-Konfiguration nennt keinen Aussteller (issuer)
# $issuer ist die Antwort von Microsoft.
provider-microsoft-issuer-no-tenant = der Aussteller { $issuer } nennt keine Mandanten-GUID
provider-microsoft-realm-not-json = die Antwort zum Benutzerbereich (user realm) ist kein gültiges JSON: { $error }
provider-microsoft-autodiscover-not-json = die Antwort von Autodiscover ist kein gültiges JSON: { $error }
# Url und Location sind die Namen von Feldern in der Antwort von Microsoft.
provider-microsoft-autodiscover-no-url = die Antwort von Autodiscover enthält keine Url
# $url ist die Antwort von Microsoft.
provider-microsoft-autodiscover-bad-url = die Url { $url } von Autodiscover ist keine URL
provider-microsoft-autodiscover-no-location = Autodiscover hat ohne Location weitergeleitet
provider-microsoft-autodiscover-location-not-url = Autodiscover hat an etwas weitergeleitet, das keine URL ist

## Umgebungsvariablen für Testumgebungen (Entwicklung und Helpdesks).
# $value ist der Inhalt der Variablen.
provider-env-dns-server = MAILSETUP_DNS_SERVER={ $value } hat nicht die Form ip:port
# $name ist der Name der Variablen.
provider-env-not-https = { $name } muss eine https-URL sein
provider-env-deadline = MAILSETUP_DISCOVERY_DEADLINE_MS={ $value } ist keine Zahl

## Anbieterdateien (--provider-file). $path ist der Pfad der Datei.
provider-file-unreadable = die Anbieterdatei { $path } kann nicht gelesen werden: { $error }
# $message ist einer der Texte darunter oder die eigenen Worte des TOML-Lesers.
provider-file-invalid = die Anbieterdatei { $path } ist ungültig: { $message }
provider-file-no-scopes = oauth.scopes ist leer
# $field ist authorize_url oder token_url, $url der Wert aus der Datei.
provider-file-not-https = oauth.{ $field } muss https verwenden, weil Tokens nie ohne TLS gesendet werden (angegeben: { $url })
provider-file-imap-and-pop3 = die Datei enthält sowohl [imap] als auch [pop3]; ein Konto hat nur einen Posteingangs-Server
provider-file-no-incoming = die Datei braucht einen Posteingangs-Server: [imap] oder [pop3]
provider-file-no-oauth2 = kein Server meldet sich mit OAuth2 an (beide sagen auth = "password"), daher würde die Registrierung unter [oauth] nie verwendet
# $section ist imap, pop3 oder smtp.
provider-file-port-zero = [{ $section }] port darf nicht 0 sein
# $line ist die Nummer der Zeile in der Datei, $host der Host, wie er dort
# steht (in Anführungszeichen), $why einer der Texte provider-host-….
provider-file-bad-host = [{ $section }] host in Zeile { $line } ({ $host }) { $why }

## Warum ein Text kein Servername ist. Jeder ergänzt „der Host …“.
provider-host-empty = ist leer
# $what ist einer der Texte provider-host-char-… oder das Zeichen in
# Anführungszeichen; $position zählt die Zeichen ab 1.
provider-host-bad-character = enthält { $what } an Stelle { $position }; ein Servername besteht nur aus Buchstaben, Ziffern, Bindestrichen und Punkten
provider-host-url = ist eine URL; geben Sie nur den Servernamen an (etwa imap.example.com), ohne Schema und Pfad
provider-host-port = hat einen Port nach einem Doppelpunkt; geben Sie den Port einzeln an (`port = …`)
# $length und $longest sind Zahlen von Zeichen.
provider-host-too-long = ist { $length } Zeichen lang; ein Servername hat höchstens { $longest }
provider-host-empty-label = hat einen leeren Namensteil (einen Punkt am Anfang oder zwei Punkte hintereinander)
provider-host-long-label = hat einen Namensteil mit { $length } Zeichen; ein Namensteil hat höchstens { $longest }
provider-host-hyphen = hat den Namensteil „{ $label }“, der mit einem Bindestrich beginnt oder endet
provider-host-bad-idn = ist kein gültiger internationalisierter Domainname
provider-host-char-cr = einen Wagenrücklauf (CR)
provider-host-char-lf = einen Zeilenvorschub (LF)
provider-host-char-nul = ein NUL-Zeichen
provider-host-char-tab = einen Tabulator
provider-host-char-space = ein Leerzeichen
# $code ist die Nummer des Zeichens (U+200B).
provider-host-char-invisible = das unsichtbare Zeichen { $code }
