### De provider en de e-mailinstellingen van een adres vinden: de aanmelding,
### waarschuwingen en opmerkingen van het plan, de aanwijzingen van elke
### zoekopdracht (wat `mailsetup detect` en de wizard tonen), en de fouten
### van providerbestanden, hostnamen en autoconfig-documenten. Namen van
### protocollen en records (IMAP, POP3, SMTP, TLS, OAuth2, DNS, MX, SRV,
### RFC 6186, HTTP), van diensten van Microsoft (Microsoft Entra, Exchange
### Online, Autodiscover), van XML-elementen (<emailProvider>, <domain>),
### secties van bestanden ([imap], [pop3], [smtp], [oauth]), sleutels
### (oauth.scopes, auth = "password"), omgevingsvariabelen (MAILSETUP_…) en
### tenants ("common", "organizations") blijven zoals ze zijn. $domain is
### het domein van het adres, $host de naam van een server, $provider de
### naam van een provider, $error de eigen woorden van een bibliotheek.

## Namen van providers die het soort account beschrijven.
provider-name-microsoft-365 = Microsoft 365 (werk of school)
provider-name-outlook-consumer = Outlook.com (persoonlijke Microsoft-account)

## Waarom er geen plan kon worden gemaakt (de wizard en de opdrachtregel).
# $choice is provider-name-microsoft-365, de keuze die de gebruiker kan maken.
provider-error-unknown-domain = mailsetup weet niet welke provider { $domain } host; kies “{ $choice }” als uw organisatie dat gebruikt
provider-error-nothing-found = mailsetup heeft geen e-mailinstellingen voor { $domain } gevonden (de zoekopdrachten laten zien wat elke bron antwoordde); voer de servers met de hand in, of kies “{ $choice }” als uw organisatie dat gebruikt
provider-error-no-answer = geen van de zoekopdrachten voor { $domain } kreeg antwoord: deze computer lijkt offline te zijn. Controleer de netwerkverbinding en probeer het opnieuw, of voer de servers met de hand in

## Hoe een server aanmeldt, in een paar woorden.
provider-auth-none = geen aanmelding
provider-auth-password = wachtwoord
provider-auth-encrypted-password = versleuteld wachtwoord
provider-auth-kerberos = Kerberos
provider-auth-ntlm = NTLM
provider-auth-oauth2 = OAuth2

## De aanmelding van het plan op één regel. $issuer is waar tokens vandaan
## komen (login.microsoftonline.com), $scopes de gevraagde machtigingen,
## zoals de provider ze noemt.
provider-sign-in-oauth2 = OAuth2 bij { $issuer } (scopes: { $scopes })
# $sign_in is provider-sign-in-oauth2; $tenant de id die Microsoft de organisatie geeft.
provider-sign-in-tenant = { $sign_in }; tenant { $tenant }
# $realm is Managed of Federated, de eigen woorden van Microsoft.
provider-sign-in-realm = { $sign_in }; realm { $realm }
provider-sign-in-oauth2-by-thunderbird = OAuth2 bij { $issuer } (scopes: { $scopes }), door Thunderbird zelf
provider-sign-in-password = wachtwoord (Thunderbird vraagt erom)
# Als maar een van de twee servers met OAuth2 aanmeldt: $sign_in is een van
# de teksten hierboven, $other hoe de andere server aanmeldt (provider-auth-…).
provider-sign-in-only-receiving = { $sign_in } voor ontvangen; verzenden gebruikt { $other }
provider-sign-in-only-sending = { $sign_in } voor verzenden; ontvangen gebruikt { $other }

## Waarom bij sommige providers Thunderbird, en niet mailsetup, met OAuth2 aanmeldt.
provider-why-google = Aanmelden bij Google vereist een app-registratie met een clientgeheim, en mailsetup bevat geen geheim van een andere toepassing. mailsetup controleert de servers zonder aan te melden en schrijft de account weg; Thunderbird meldt zich daarna zelf aan bij Google. Om ook de aanmelding te controleren, kan een helpdesk mailsetup in een providerbestand de eigen Google-registratie van de organisatie geven.
provider-why-redirect = De app-registratie van { $provider } voor Thunderbird leidt om naar https://127.0.0.1, wat mailsetup niet kan ontvangen. mailsetup controleert de servers zonder aan te melden en schrijft de account weg; Thunderbird meldt zich daarna zelf aan bij { $provider }.
# $issuer is waar de provider aanmeldt (comcast.net).
provider-why-no-registration = Thunderbird meldt zich bij { $provider } aan met een eigen app-registratie bij { $issuer }, die mailsetup niet heeft. mailsetup controleert de servers zonder aan te melden en schrijft de account weg; Thunderbird meldt zich daarna zelf aan.

## Wat eerst te doen bij providers die met een wachtwoord aanmelden. De
## menupaden (E-Mail › Settings › POP3 & IMAP) noemen de eigen webpagina's
## van de provider; voor deze menu's zijn geen vaststaande Nederlandse
## namen bekend, dus de Engelse blijven staan (behalve bij Apple).
provider-note-gmx = Schakel eerst “POP3 & IMAP access” in bij de instellingen van de webmail (E-Mail › Settings › POP3 & IMAP). Gebruikt u tweestapsverificatie, gebruik dan een app-specifiek wachtwoord.
provider-note-zoho = Schakel eerst IMAP-toegang in bij de instellingen van Zoho Mail (Settings › Mail Accounts › IMAP). Gebruikt u tweestapsverificatie, maak dan in de beveiligingsinstellingen van uw Zoho-account een app-specifiek wachtwoord voor Thunderbird aan.
provider-note-icloud = iCloud heeft geen OAuth2 voor e-mailprogramma's: maak op account.apple.com een app-specifiek wachtwoord aan (Inloggen en beveiliging › App-specifieke wachtwoorden; tweestapsverificatie moet aan staan) en geef Thunderbird dat wachtwoord, niet het wachtwoord van uw Apple-account.
provider-note-web-de = Schakel eerst “POP3/IMAP access” in bij de instellingen van WEB.DE (E-Mail › Settings › POP3/IMAP). Gebruikt u tweestapsverificatie, gebruik dan een app-specifiek wachtwoord.
provider-note-mailbox-org = mailbox.org meldt e-mailprogramma's aan met een wachtwoord. Staat tweestapsverificatie aan, maak dan in de instellingen van mailbox.org een app-wachtwoord voor Thunderbird aan (Security › App passwords).
provider-note-srv = DNS SRV-records noemen de servers, maar niet de aanmeldmethode; Thunderbird vraagt om uw wachtwoord.

## Waarschuwingen bij het plan.
provider-warning-not-in-oauth-table = Thunderbird meldt zich alleen met OAuth2 aan bij servers in zijn ingebouwde tabel, en { $host } staat daar niet in: Thunderbird zal met deze account geen OAuth2 kunnen gebruiken.
# $first en $second zijn de namen van de twee servers.
provider-warning-not-in-oauth-table-two = Thunderbird meldt zich alleen met OAuth2 aan bij servers in zijn ingebouwde tabel, en { $first } en { $second } staan daar niet in: Thunderbird zal met deze account geen OAuth2 kunnen gebruiken.
# $cloud is de naam die Microsoft de cloud geeft (microsoftonline.us).
provider-warning-national-cloud = De tenant staat in een nationale cloud ({ $cloud }); de Microsoft-aanmelding van Thunderbird en outlook.office365.com werken alleen met de wereldwijde cloud, dus aanmelden kan mislukken.
# $tenant is "common" of "organizations", de namen die Microsoft geeft aan waar wordt aangemeld.
provider-warning-no-tenant = Microsoft kent geen werk- of school-tenant voor { $domain }; er wordt aangemeld bij “{ $tenant }”.
provider-warning-tenant-unknown = De Microsoft-tenant kon niet worden opgezocht; er wordt aangemeld bij “{ $tenant }” (elke werk- of schoolaccount).
# $brand is de naam van de organisatie zoals Microsoft die heeft, $host waar
# de eigen aanmeldpagina staat.
provider-warning-federated = Uw organisatie meldt u aan op een eigen pagina: nadat u uw adres bij Microsoft hebt ingevoerd, gaat de browser daarheen, en daar kan om een tweede factor of een geregistreerd apparaat worden gevraagd.
provider-warning-federated-brand = Uw organisatie meldt u aan op een eigen pagina ({ $brand }): nadat u uw adres bij Microsoft hebt ingevoerd, gaat de browser daarheen, en daar kan om een tweede factor of een geregistreerd apparaat worden gevraagd.
provider-warning-federated-host = Uw organisatie meldt u aan op een eigen pagina op { $host }: nadat u uw adres bij Microsoft hebt ingevoerd, gaat de browser daarheen, en daar kan om een tweede factor of een geregistreerd apparaat worden gevraagd.
provider-warning-federated-brand-host = Uw organisatie meldt u aan op een eigen pagina ({ $brand }) op { $host }: nadat u uw adres bij Microsoft hebt ingevoerd, gaat de browser daarheen, en daar kan om een tweede factor of een geregistreerd apparaat worden gevraagd.
# $server_says is het eigen antwoord van de mailserver, in het Engels.
provider-warning-no-mailbox = Autodiscover kent geen Exchange Online-mailbox voor dit adres: als aanmelden lukt, maar IMAP daarna “{ $server_says }” zegt, staat de mailbox ergens anders of heeft hij geen Exchange Online-licentie.
provider-warning-autodiscover-silent = Autodiscover antwoordde niet, dus het is niet bekend of de mailbox in Exchange Online staat.
# Waarom setup stopt voordat er iets wordt weggeschreven; $host is de Exchange-server van de organisatie.
provider-stop-on-premises = Uw mailbox staat op de eigen Exchange-server van uw organisatie ({ $host }), niet in Exchange Online. Aanmelden bij Microsoft 365 (OAuth2) werkt alleen voor mailboxen in Exchange Online, en Thunderbird kan OAuth2 alleen met outlook.office365.com gebruiken, dus mailsetup kan deze account niet omzetten. Vraag uw IT-afdeling om de IMAP- en SMTP-instellingen van { $host }.

## mailsetup detect: het plan als tekst. $millis is een tijd in milliseconden.
provider-detect-title = Accountplan voor { $address } ({ $millis } ms)
provider-detect-provider = Provider: { $provider }
# $protocol is IMAP of POP3; $server de server en hoe die aanmeldt.
provider-detect-incoming = Inkomende server ({ $protocol }): { $server }
provider-detect-outgoing = Uitgaande server (SMTP): { $server }
provider-detect-sign-in = Aanmelding: { $sign_in }
provider-detect-warning = Waarschuwing: { $warning }
# $stop is waarom setup stopt (provider-stop-…). STOP moet opvallen.
provider-detect-stop = STOP: { $stop }
provider-detect-no-plan = Geen plan: { $reason }
provider-detect-nothing-found = niets gevonden
provider-detect-lookups = Zoekopdrachten:

## Eén zoekopdracht in de lijst. $source is de id van de zoekopdracht
## (dns-mx, ispdb), die blijft zoals hij is; $millis hoelang die duurde in
## milliseconden; $outcome een van de provider-outcome-…-woorden; $said wat
## die vond.
provider-evidence = { $source } ({ $millis } ms, { $outcome }): { $said }
# [gebruikt] markeert de zoekopdrachten waarop het plan steunt.
provider-evidence-used = { $source } ({ $millis } ms, { $outcome }) [gebruikt]: { $said }
provider-outcome-found = gevonden
provider-outcome-nothing = niets
provider-outcome-unreachable = onbereikbaar
provider-outcome-timed-out = time-out
provider-outcome-invalid = ongeldig
provider-outcome-not-needed = niet nodig

## De lijst met zoekopdrachten in de wizard, in gewone woorden: wat voor
## plek er is gevraagd, en wat dat opleverde.
provider-source-catalogue = De ingebouwde lijst met providers
provider-source-provider-file = Het providerbestand
provider-source-autoconfig = De instellingenserver van uw provider
provider-source-autoconfig-well-known = De webserver van uw domein
provider-source-ispdb = De lijst met providers van Thunderbird
provider-source-dns-mx = Waar uw e-mail wordt afgeleverd (DNS)
provider-source-dns-srv = Serverrecords (DNS)
provider-source-microsoft-tenant = Microsoft: organisatie
provider-source-microsoft-realm = Microsoft: aanmeldpagina
provider-source-microsoft-autodiscover = Microsoft: mailbox
provider-plain-found = gevonden
provider-plain-not-found = niet gevonden
provider-plain-no-answer = geen antwoord
provider-plain-unusable = antwoordde met iets onbruikbaars
provider-plain-not-needed = niet nodig
provider-plain-refused = geweigerd
provider-plain-name-not-found = geen antwoord (de naam van de server kon niet worden opgezocht)
provider-plain-cannot-connect = geen antwoord (kon geen verbinding maken)

## Wat een zoekopdracht vond, zoals de aanwijzingen het zeggen.
provider-evidence-provider-file = het providerbestand dekt { $domain }
provider-evidence-catalogue = { $domain } is { $provider } in de ingebouwde catalogus van mailsetup
provider-evidence-abandoned = liep nog toen het plan compleet was; afgebroken
provider-evidence-too-large = het antwoord is te groot; genegeerd
# $millis is de deadline van de zoekopdracht in milliseconden.
provider-evidence-timed-out = geen antwoord binnen { $millis } ms
# $tenant is de id die Microsoft de organisatie geeft, $cloud de cloud
# (microsoftonline.com), $region de naam die Microsoft een regio geeft (EU).
provider-evidence-tenant = een Microsoft Entra-tenant: { $tenant } in { $cloud }
provider-evidence-tenant-region = een Microsoft Entra-tenant: { $tenant } in { $cloud }, regio { $region }
# $code is de foutcode van Microsoft.
provider-evidence-no-tenant = { $code }: geen enkele Microsoft Entra-tenant heeft dit domein
# "NameSpaceType Unknown", "Managed" en "Federated" zijn de eigen woorden van Microsoft.
provider-evidence-realm-unknown = Microsoft kent dit domein niet (NameSpaceType Unknown)
provider-evidence-realm-managed = Managed: de eigen aanmeldpagina van Microsoft
# $place is waar het aanmelden verdergaat: de naam van een server, of
# provider-evidence-realm-own-provider; $brand de naam van de organisatie
# zoals Microsoft die heeft.
provider-evidence-realm-federated = Federated: het aanmelden gaat verder bij { $place }
provider-evidence-realm-federated-brand = Federated: het aanmelden gaat verder bij { $place } ({ $brand })
provider-evidence-realm-own-provider = de eigen identiteitsprovider van de organisatie
provider-evidence-mailbox-online = de mailbox staat in Exchange Online
provider-evidence-mailbox-on-premises = de mailbox staat op de eigen Exchange-server van de organisatie ({ $host })
provider-evidence-mailbox-unknown = geen Exchange Online-mailbox voor dit adres
# $host is de eerste mailserver in de MX-records van het domein.
provider-evidence-mx = e-mail gaat naar { $host }: { $provider }
provider-evidence-mx-unknown = e-mail gaat naar { $host }, dat bij geen provider hoort die mailsetup kent
provider-evidence-no-mx = geen MX-records
# $records noemt de gevonden SRV-records (_imaps._tcp -> host:poort).
provider-evidence-srv-incomplete = { $records } (onvolledig: er is een inkomende server (IMAP of POP3) en een verzendserver (submission) nodig)
provider-evidence-no-srv = geen SRV-records volgens RFC 6186
# $name is de naam van de provider in een instellingendocument; $servers de
# servers die het noemt; $why waarom die niet genoeg zijn (provider-autoconfig-…).
provider-evidence-config-unusable = { $name }: niets bruikbaars: { $why }
provider-evidence-config-incomplete = { $name }: { $servers } (onvolledig: { $why })
# $status is de HTTP-statuscode, $location waarnaar het antwoord verwijst.
provider-evidence-redirected = HTTP { $status }: omgeleid naar { $location } (niet gevolgd)
provider-evidence-no-config = HTTP { $status }: hier staat geen configuratie

## Instellingendocumenten (autoconfig, config-v1.1.xml) die niet bruikbaar zijn.
# $limit is een aantal bytes.
provider-autoconfig-too-large = het document is groter dan { $limit } bytes
# $why is een van de teksten hieronder, of de eigen woorden van de XML-lezer.
provider-autoconfig-malformed = het document is geen geldig config-v1.1.xml: { $why }
provider-autoconfig-no-usable-server = het document noemt geen server die Thunderbird kan gebruiken: { $why }
provider-autoconfig-not-utf8 = het is geen UTF-8
provider-autoconfig-dtd = het declareert een DTD, wat autoconfig-documenten nooit doen
provider-autoconfig-no-provider = het heeft geen <emailProvider>
provider-autoconfig-no-domain = het noemt geen <domain>, wat Thunderbird vereist
provider-autoconfig-lists-none = het noemt er geen
provider-autoconfig-incoming-plain = de inkomende servers werken allemaal zonder versleuteling (plain), wat mailsetup nooit gebruikt: het wachtwoord zou onversleuteld over het netwerk gaan
provider-autoconfig-no-incoming = het noemt geen IMAP- of POP3-server die Thunderbird kan gebruiken
provider-autoconfig-smtp-plain = de SMTP-servers werken allemaal zonder versleuteling (plain), wat mailsetup nooit gebruikt
provider-autoconfig-no-smtp = het noemt geen SMTP-server die Thunderbird kan gebruiken
# Servers die uit een document zijn weggelaten. $kind is het type van de
# server zoals het document het noemt (IMAP, POP3, SMTP, of wat het document zegt).
provider-autoconfig-unknown-type = een server van het type “{ $kind }” is geen server die Thunderbird instelt
provider-autoconfig-no-host = een { $kind }-server heeft geen hostnaam
provider-autoconfig-bad-host = de hostnaam van een { $kind }-server is geen hostnaam
provider-autoconfig-no-port = { $kind } { $host } heeft geen poort van 1 tot en met 65535
provider-autoconfig-no-socket-type = { $kind } { $host }:{ $port } heeft geen sockettype dat Thunderbird kent
provider-autoconfig-oauth2-only = { $kind } { $host } biedt alleen OAuth2, en de ingebouwde OAuth2-tabel van Thunderbird dekt { $host } niet, dus Thunderbird kan zich daar niet aanmelden
provider-autoconfig-no-sign-in-method = { $kind } { $host } noemt geen aanmeldmethode die Thunderbird kent

## De eigen mislukkingen van de zoekopdrachten.
provider-dns-no-settings = de DNS-instellingen van het systeem kunnen niet worden gelezen: { $error }
provider-dns-off = DNS-zoekopdrachten zijn uitgeschakeld
provider-dns-cannot-start = de DNS-resolver kan niet starten: { $error }
# $why is provider-http-… en de eigen woorden van de netwerkbibliotheek.
provider-http-unreachable = onbereikbaar: { $why }
# $kibibytes is de limiet, een getal.
provider-http-too-large = het antwoord is groter dan { $kibibytes } KiB
provider-http-timed-out = niet op tijd een antwoord
provider-http-cannot-connect = kan geen verbinding maken
provider-http-failed = het verzoek is mislukt
provider-microsoft-openid-not-json = de OpenID-configuratie is geen geldige JSON: { $error }
provider-microsoft-openid-no-issuer = de OpenID-configuratie heeft geen issuer
# $issuer is wat Microsoft antwoordde.
provider-microsoft-issuer-no-tenant = de issuer { $issuer } noemt geen tenant-GUID
provider-microsoft-realm-not-json = het user-realm-antwoord is geen geldige JSON: { $error }
provider-microsoft-autodiscover-not-json = het antwoord van Autodiscover is geen geldige JSON: { $error }
# Url en Location zijn de namen van velden in het antwoord van Microsoft.
provider-microsoft-autodiscover-no-url = het antwoord van Autodiscover heeft geen Url
# $url is wat Microsoft antwoordde.
provider-microsoft-autodiscover-bad-url = de Autodiscover-Url { $url } is geen URL
provider-microsoft-autodiscover-no-location = Autodiscover leidde om zonder Location
provider-microsoft-autodiscover-location-not-url = Autodiscover leidde om naar iets wat geen URL is

## Omgevingsvariabelen voor testomgevingen (ontwikkelaars en helpdesks).
# $value is wat de variabele bevat.
provider-env-dns-server = MAILSETUP_DNS_SERVER={ $value } is geen ip:poort
# $name is de naam van de variabele.
provider-env-not-https = { $name } moet een https-URL zijn
provider-env-deadline = MAILSETUP_DISCOVERY_DEADLINE_MS={ $value } is geen getal

## Providerbestanden (--provider-file). $path is het pad van het bestand.
provider-file-unreadable = kan providerbestand { $path } niet lezen: { $error }
# $message is een van de teksten hieronder, of de eigen woorden van de TOML-lezer.
provider-file-invalid = providerbestand { $path } is niet geldig: { $message }
provider-file-no-scopes = oauth.scopes is leeg
# $field is authorize_url of token_url, $url wat het bestand opgeeft.
provider-file-not-https = oauth.{ $field } moet https gebruiken, omdat tokens nooit zonder TLS worden verzonden (opgegeven: { $url })
provider-file-imap-and-pop3 = het bestand heeft zowel [imap] als [pop3]; een account heeft één inkomende server
provider-file-no-incoming = het bestand heeft een inkomende server nodig: [imap] of [pop3]
provider-file-no-oauth2 = geen enkele server meldt aan met OAuth2 (beide zeggen auth = "password"), dus de registratie in [oauth] zou nooit worden gebruikt
# $section is imap, pop3 of smtp.
provider-file-port-zero = [{ $section }] port mag niet 0 zijn
# $line is het regelnummer in het bestand, $host de host zoals geschreven
# (tussen aanhalingstekens), $why een van de provider-host-…-teksten.
provider-file-bad-host = [{ $section }] host op regel { $line } ({ $host }) { $why }

## Waarom een tekst geen hostnaam is. Elke tekst maakt “de host …” af.
provider-host-empty = is leeg
# $what is een van de provider-host-char-…-teksten of het teken tussen
# aanhalingstekens; $position telt tekens vanaf 1.
provider-host-bad-character = bevat { $what } op teken { $position }; een hostnaam bevat alleen letters, cijfers, koppeltekens en punten
provider-host-url = is een URL; geef alleen de hostnaam op (zoals imap.example.com), zonder schema of pad
provider-host-port = heeft een poort na een dubbele punt; geef de poort apart op (`port = …`)
# $length en $longest zijn aantallen tekens.
provider-host-too-long = is { $length } tekens lang; een hostnaam heeft er hoogstens { $longest }
provider-host-empty-label = heeft een leeg label (een punt aan het begin, of twee punten achter elkaar)
provider-host-long-label = heeft een label van { $length } tekens; een label heeft er hoogstens { $longest }
provider-host-hyphen = heeft het label “{ $label }”, dat met een koppelteken begint of eindigt
provider-host-bad-idn = is geen geldige geïnternationaliseerde domeinnaam
provider-host-char-cr = een regelterugloop (CR)
provider-host-char-lf = een regelinvoer (LF)
provider-host-char-nul = een NUL-teken
provider-host-char-tab = een tab
provider-host-char-space = een spatie
# $code is het nummer van het teken (U+200B).
provider-host-char-invisible = het onzichtbare teken { $code }
