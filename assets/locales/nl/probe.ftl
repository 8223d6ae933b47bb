# De controles van de mailservers (IMAP, POP3, SMTP): de titel van elke stap,
# wat die vond of waarom die mislukte, en waarop die wacht. Woorden in
# hoofdletters (IMAP, POP3, SMTP, TLS, STARTTLS, STLS, XOAUTH2, EHLO,
# CAPABILITY, CAPA, AUTH, MAIL FROM, RCPT TO, RSET, LOGOUT, QUIT, SMTPUTF8,
# INBOX) zijn sleutelwoorden van de protocollen: laat ze zoals ze zijn.
# "mailsetup" is de naam van het programma. $host is de naam van een server,
# $port het poortnummer.

## De stappen, zoals elke regel van het rapport ze noemt.
probe-step-imap-connect = Verbinding maken met de IMAP-server
probe-step-pop3-connect = Verbinding maken met de POP3-server
probe-step-smtp-connect = Verbinding maken met de SMTP-server
probe-step-tls = De verbinding beveiligen (TLS)
probe-step-capability = Vragen welke authenticatiemethoden de server biedt
probe-step-authenticate = Aanmelden met het token (XOAUTH2)
probe-step-imap-select = Het Postvak IN openen
# POP3 heeft geen mappen: de stap telt de wachtende berichten.
probe-step-pop3-stat = In het Postvak IN kijken
probe-step-logout = Afmelden
probe-step-smtp-greeting = De begroeting lezen
probe-step-smtp-envelope = Controleren of u als uzelf mag verzenden (er wordt niets verzonden)
probe-step-smtp-test-message = Eén testbericht naar uzelf sturen
# De enige stap die staat voor een hele controle die helemaal niet kon worden uitgevoerd.
probe-step-imap-check = IMAP controleren
probe-step-pop3-check = POP3 controleren

## Waarop een stap wacht, getoond in “Wachten op { $what } (3 s van 8 s)”
## (progress-waiting). De inkomende mailserver is de IMAP- of POP3-server,
## de uitgaande de SMTP-server.
probe-waiting-incoming-connect = de inkomende mailserver om de verbinding te accepteren
probe-waiting-incoming-tls = de inkomende mailserver om een beveiligde verbinding op te zetten
probe-waiting-incoming-methods = de inkomende mailserver om te zeggen hoe u zich mag aanmelden
probe-waiting-incoming-sign-in = de inkomende mailserver om uw aanmelding te accepteren
probe-waiting-incoming-inbox = de inkomende mailserver om uw Postvak IN te openen
probe-waiting-incoming-goodbye = de inkomende mailserver om af te sluiten
probe-waiting-outgoing-connect = de uitgaande mailserver om de verbinding te accepteren
probe-waiting-outgoing-answer = het antwoord van de uitgaande mailserver
probe-waiting-outgoing-tls = de uitgaande mailserver om een beveiligde verbinding op te zetten
probe-waiting-outgoing-methods = de uitgaande mailserver om te zeggen hoe u zich mag aanmelden
probe-waiting-outgoing-sign-in = de uitgaande mailserver om uw aanmelding te accepteren
probe-waiting-outgoing-envelope = de uitgaande mailserver om te bevestigen dat u mag verzenden
probe-waiting-outgoing-test-message = de uitgaande mailserver om het testbericht aan te nemen
probe-waiting-any = het antwoord van de mailserver

## Waarom een stap niet is geprobeerd.
probe-skip-no-token = niet geprobeerd: mailsetup meldt zich niet zelf aan bij deze account; dat doet Thunderbird wanneer het voor het eerst verbinding maakt
probe-skip-password-server = niet geprobeerd: bij deze server wordt met een wachtwoord aangemeld, waar Thunderbird om vraagt; mailsetup verwerkt nooit wachtwoorden
# $step is de titel van de stap die is mislukt.
probe-skip-after-failure = niet geprobeerd, omdat “{ $step }” is mislukt
probe-skip = niet geprobeerd

## Verbinding maken. $address is het IP-adres en de poort van de server,
## $target de naam en poort van de server ("mail.example.com:993"), $error de
## eigen woorden van het besturingssysteem.
probe-detail-connected = verbonden met { $host }:{ $port } ({ $address })
probe-fail-connection-refused = { $target } weigerde de verbinding (daar luistert niets, of een firewall wijst de verbinding af)
probe-fail-connection-reset = { $target } heeft de verbinding verbroken
probe-fail-connect-timed-out = { $target } antwoordde niet
probe-fail-name-not-resolved = de naam { $host } kon niet worden omgezet: { $error }
probe-fail-cannot-connect = kan geen verbinding maken met { $target }: { $error }
# $seconds is de deadline van de stap.
probe-fail-no-answer = geen antwoord binnen { $seconds } s

## De verbinding beveiligen. $version is de TLS-versie ("TLSv1.3"), $command
## het commando van het protocol daarvoor (STARTTLS of STLS), $reason de
## eigen woorden van de TLS-bibliotheek.
probe-detail-tls = { $version }, certificaat geverifieerd voor { $host }
probe-detail-tls-after-command = { $command }, daarna { $version }, certificaat geverifieerd voor { $host }
probe-fail-tls-server-name = { $host } is geen geldige TLS-servernaam
probe-fail-tls-handshake = TLS-handshake mislukt: { $reason }
probe-fail-tls-certificate = TLS-handshake mislukt: het certificaat van de server is geweigerd: { $reason }
probe-fail-no-starttls = de server biedt geen { $command }; mailsetup stopt hier, zodat uw token nooit onversleuteld wordt verzonden
probe-fail-starttls-refused = de server weigerde { $command }; mailsetup stopt hier, zodat uw token nooit onversleuteld wordt verzonden
# $offers noemt wat de server biedt, in de sleutelwoorden van SMTP ("AUTH PLAIN, AUTH LOGIN").
probe-fail-smtp-no-starttls = de server biedt geen STARTTLS (biedt { $offers }); mailsetup stopt hier, zodat uw token nooit onversleuteld wordt verzonden
probe-fail-smtp-no-starttls-nor-auth = de server biedt geen STARTTLS (biedt STARTTLS noch AUTH); mailsetup stopt hier, zodat uw token nooit onversleuteld wordt verzonden
# $bytes is een aantal bytes.
probe-fail-starttls-injection = de server stuurde direct na het akkoord op STARTTLS, voordat de versleuteling begon, nog { $bytes } bytes als platte tekst; iets op het netwerk (of de server) knoeit met de verbinding, dus mailsetup is vóór de TLS-handshake gestopt
probe-fail-not-encrypted = de verbinding is niet versleuteld; het token is niet verzonden

## De begroeting en de authenticatiemethoden. $methods noemt de methoden in de
## sleutelwoorden van het protocol ("AUTH=XOAUTH2 AUTH=PLAIN", "PLAIN XOAUTH2").
probe-fail-greeting-refused = de server weigerde de verbinding in zijn begroeting
probe-fail-smtp-greeting = de server begroette niet correct
probe-fail-smtp-more-than-greeting = de server stuurde meer dan zijn begroeting voordat er iets was gevraagd
probe-detail-smtp-greeted = de server begroette
probe-detail-smtp-greeted-offers = de server begroette en beantwoordde EHLO (biedt { $offers })
probe-detail-smtp-greeted-offers-nothing = de server begroette en beantwoordde EHLO (biedt STARTTLS noch AUTH)
probe-fail-smtp-ehlo-refused = de server weigerde EHLO
probe-detail-offers-xoauth2 = biedt XOAUTH2
probe-detail-offers-xoauth2-among = biedt XOAUTH2 (authenticatiemethoden: { $methods })
probe-detail-methods = authenticatiemethoden: { $methods }
probe-detail-imap-methods-login-only = authenticatiemethoden: geen AUTH=-methoden (alleen LOGIN)
probe-detail-pop3-methods-user-pass-only = authenticatiemethoden: geen SASL-methoden (alleen USER/PASS)
probe-detail-smtp-offers = biedt { $offers }
probe-detail-smtp-offers-nothing = biedt STARTTLS noch AUTH
probe-fail-no-xoauth2 = de server biedt geen XOAUTH2, dat nodig is om met een token aan te melden; de server biedt: { $methods }
probe-fail-imap-no-xoauth2-no-methods = de server biedt geen XOAUTH2, dat nodig is om met een token aan te melden; de server biedt: geen AUTH=-methoden
probe-fail-pop3-no-xoauth2-no-methods = de server biedt geen XOAUTH2, dat nodig is om met een token aan te melden; de server biedt: geen SASL-methoden (alleen USER/PASS)
probe-fail-smtp-no-xoauth2 = de server biedt geen XOAUTH2 (AUTH XOAUTH2), dat nodig is om met een token aan te melden
probe-fail-capability = CAPABILITY is mislukt
# $command is CAPABILITY (IMAP) of CAPA (POP3).
probe-fail-data-after-capability = de server stuurde onverwachte gegevens na { $command }

## Aanmelden. $address is de mailbox of de persoon die zich aanmeldt.
probe-detail-token-accepted = de server heeft het token voor { $address } geaccepteerd
probe-fail-token-refused = de server heeft het token geweigerd
probe-fail-auth-not-accepted = de server accepteerde AUTH XOAUTH2 niet
probe-fail-auth-unexpected = onverwacht antwoord op AUTH

## Het Postvak IN en het afmelden. $count is een aantal berichten.
probe-detail-imap-inbox =
    { $count ->
        [one] INBOX bevat { $count } bericht
       *[other] INBOX bevat { $count } berichten
    }
probe-detail-pop3-inbox =
    { $count ->
        [one] het Postvak IN bevat { $count } bericht
       *[other] het Postvak IN bevat { $count } berichten
    }
probe-detail-pop3-inbox-open = het Postvak IN is geopend
probe-fail-inbox = het Postvak IN kon niet worden geopend
probe-detail-logged-out = netjes afgemeld
# $command is LOGOUT (IMAP) of QUIT (POP3).
probe-fail-logout = { $command } is mislukt

## Of de server e-mail van de mailbox aanneemt. $address is de mailbox,
## $error de eigen woorden van de mailbibliotheek.
probe-detail-envelope = de server neemt e-mail aan van { $address } (daarna RSET: er is niets verzonden)
probe-fail-sender-invalid = { $address } kan niet als afzender worden gebruikt: { $error }
probe-fail-sender-needs-smtputf8 = { $address } bevat vóór de @ tekens buiten ASCII; verzenden vanaf dit adres vereist de SMTPUTF8-extensie van de server, die deze server niet biedt, dus hij kan geen e-mail van dit adres aannemen

## SMTP-commando's die de server weigerde of die werden afgebroken. $error is
## wat de server of de mailbibliotheek zei.
probe-fail-ehlo = EHLO is mislukt
probe-fail-ehlo-because = EHLO is mislukt: { $error }
probe-fail-sender-refused = de server weigerde u als afzender (MAIL FROM)
probe-fail-sender-refused-because = de server weigerde u als afzender (MAIL FROM): { $error }
probe-fail-recipient-refused = de server weigerde de ontvanger (RCPT TO)
probe-fail-recipient-refused-because = de server weigerde de ontvanger (RCPT TO): { $error }
probe-fail-rset = RSET is mislukt
probe-fail-rset-because = RSET is mislukt: { $error }
probe-fail-token-refused-because = de server heeft het token geweigerd: { $error }
probe-fail-test-message-refused = de server heeft het testbericht geweigerd
probe-fail-test-message-refused-because = de server heeft het testbericht geweigerd: { $error }

## Het ene testbericht. $sender is het adres waarvandaan het wordt verzonden,
## $recipient het adres waarmee is aangemeld.
probe-detail-test-message-sent = de server heeft één testbericht aangenomen van { $sender } naar { $recipient }
probe-fail-test-message-address = { $address } kan niet in een bericht worden gebruikt: { $error }
probe-fail-test-message-build = het testbericht kon niet worden samengesteld: { $error }
probe-fail-test-message-envelope = het testbericht heeft geen geldige envelop: { $error }

## Lezen en schrijven. $error zijn de eigen woorden van het besturingssysteem,
## $limit een aantal bytes.
probe-fail-read = lezen van de server is mislukt: { $error }
probe-fail-write = schrijven naar de server is mislukt: { $error }
probe-fail-closed = de server heeft de verbinding gesloten
probe-fail-cannot-check-connection = de verbinding kon niet worden gecontroleerd: { $error }
probe-fail-line-too-long = de server stuurde een regel van meer dan { $limit } bytes; mailsetup is gestopt met lezen (een mailserver heeft nooit zoveel nodig: hij is defect of vijandig)
probe-fail-step-too-long = de server stuurde meer dan { $limit } bytes als antwoord op één stap; mailsetup is gestopt met lezen (een mailserver heeft nooit zoveel nodig: hij is defect of vijandig)
probe-fail-not-smtp-reply = het antwoord van de server is geen SMTP-antwoord
# $first en $then zijn SMTP-antwoordcodes (250, 535).
probe-fail-smtp-code-changed = het antwoord van de server veranderde halverwege van code, van { $first } naar { $then }
