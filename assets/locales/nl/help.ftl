### De helpteksten van de opdrachtregel: wat `mailsetup --help`, `mailsetup
### OPDRACHT --help` en -h, de manpagina en de shell-aanvullingen zeggen over
### elke opdracht, optie, elk argument en elke waarde (de woorden die clap
### eromheen schrijft, staan in usage.ftl). Opgezocht via de clap-definities
### in src/cli/mod.rs en src/cli/tb.rs.
###
### Een `help-cmd-…`-bericht is de samenvatting van de opdracht op één regel
### (de opdrachtenlijst, -h); de bijbehorende `help-cmd-…-long` is de tekst
### van --help, waarin een lege regel een nieuwe alinea begint. Een
### regeleinde hier is een regeleinde in de help, dus elke alinea staat op
### één regel. Samenvattingen en teksten van opties eindigen zonder punt.
### `help-value-…` zijn de plaatshouders voor waarden (--profile MAP), in
### hoofdletters. Opties (--all-users), opdrachten (`doctor`), bestandsnamen
### en omgevingsvariabelen blijven zoals ze zijn.

## mailsetup zelf, en de opties die elke opdracht accepteert.
help-cmd-mailsetup = Mail Setup Assistant: zet e-mailaccounts over op OAuth2 en stelt Thunderbird in
# Getoond aan het einde van `mailsetup --help`.
help-cmd-mailsetup-after = Afsluitstatus: 0 alle controles geslaagd, 1 een controle mislukt (of niets gevonden), 2 de opdracht kon niet worden uitgevoerd.
help-sandbox = Alles uitproberen met een ingebouwde oefenprovider; er is geen account nodig
help-verbose = Logberichten (nooit geheimen) naar de standaardfoutuitvoer schrijven
help-lang = De taal waarin mailsetup spreekt (de, fr, pt-BR…); anders MAILSETUP_LANG, daarna die van het systeem. JSON-sleutels, id's en de eigen woorden van servers blijven zoals ze zijn
help-fix-needed = Voor een aanmeldscript of een snelkoppeling op het bureaublad: niets doen (afsluitstatus 0) als elke Thunderbird-account van deze gebruiker in orde is; anders de wizard openen bij de eerste account die moet worden hersteld, met de reden erbij

## De opdrachten: een samenvatting, en voor sommige de langere tekst van --help.
help-cmd-setup = Aanmelden, IMAP en SMTP controleren en de account aan Thunderbird toevoegen
help-cmd-check = De servers zoeken, aanmelden en IMAP en SMTP controleren, zonder iets weg te schrijven; elke mislukte stap wordt uitgelegd (de diagnose)
help-cmd-check-long =
    De servers zoeken, aanmelden en IMAP en SMTP controleren, zonder iets weg te schrijven; elke mislukte stap wordt uitgelegd (de diagnose).

    Afsluitstatus: 0 alle controles geslaagd, 1 een controle mislukt, 2 de opdracht kon niet worden uitgevoerd.
help-cmd-explain = Een foutmelding offline uitleggen: een AADSTS-code, een SMTP- of IMAP-antwoord, of geplakte fouttekst. Toont wat er is gebeurd, wat u kunt doen en wat uw beheerder moet doen
help-cmd-explain-long =
    Een foutmelding offline uitleggen: een AADSTS-code, een SMTP- of IMAP-antwoord, of geplakte fouttekst. Toont wat er is gebeurd, wat u kunt doen en wat uw beheerder moet doen.

    Afsluitstatus: 0 er is een diagnose gevonden, 1 er is geen gevonden.
help-cmd-detect = De provider, de servers en de aanmeldmethode voor een adres zoeken, en de aanwijzingen tonen
help-cmd-detect-long =
    De provider, de servers en de aanmeldmethode voor een adres zoeken, en de aanwijzingen tonen.

    Afsluitstatus: 0 er is een plan gevonden, 1 er is geen gevonden (of de account kan niet worden omgezet), 2 de opdracht kon niet worden uitgevoerd.
help-cmd-profiles = De Thunderbird-profielen (elke installatie: Linux, Flatpak, Snap, Windows, macOS) en hun accounts tonen, met wat elke account nodig heeft
help-cmd-migrate = Accounts met een wachtwoord bij Microsoft of Google ter plekke omzetten naar OAuth2; berichten, mappen en filters blijven behouden. Meldt eerst aan en controleert
help-cmd-migrate-long =
    Accounts met een wachtwoord bij Microsoft of Google ter plekke omzetten naar OAuth2; berichten, mappen en filters blijven behouden. Meldt eerst aan en controleert.

    Afsluitstatus: 0 omgezet (of niets te doen), 1 een controle mislukt of u zei nee, 2 de opdracht kon niet worden uitgevoerd.
help-cmd-doctor = Wat de eigen aanmelding van Thunderbird zegt: voor elke OAuth2-account van het profiel de aanmelding lezen die Thunderbird heeft opgeslagen, die bij de provider vernieuwen en er IMAP en SMTP mee controleren. Geen browser, niets te typen; voor “Thunderbird blijft vragen om me aan te melden” en “verzenden werkt niet meer”
help-cmd-doctor-long =
    Wat de eigen aanmelding van Thunderbird zegt: voor elke OAuth2-account van het profiel de aanmelding lezen die Thunderbird heeft opgeslagen, die bij de provider vernieuwen en er IMAP en SMTP mee controleren. Geen browser, niets te typen; voor “Thunderbird blijft vragen om me aan te melden” en “verzenden werkt niet meer”.

    Afsluitstatus: 0 elke account geslaagd, 1 er is er een mislukt (of er is geen gevonden), 2 de opdracht kon niet worden uitgevoerd.
help-cmd-alias = Een ander adres van een mailbox (een alias zoals sales@…) aan de account in Thunderbird toevoegen, om als dat adres te verzenden; `--send-test` toont eerst met één echt bericht aan dat de server het toestaat
help-cmd-alias-long =
    Een ander adres van een mailbox (een alias zoals sales@…) aan de account in Thunderbird toevoegen, om als dat adres te verzenden; `--send-test` toont eerst met één echt bericht aan dat de server het toestaat.

    Afsluitstatus: 0 toegevoegd (of al aanwezig), 1 het testbericht is geweigerd, 2 de opdracht kon niet worden uitgevoerd.
# De namen van de toestanden (works, password-microsoft-365, …) zijn wat audit afdrukt; die blijven zoals ze zijn.
help-cmd-audit = Elke Thunderbird-account vinden die niet meer zal werken, en wanneer: elke account van elk profiel van elke installatie, met de toestand en wat er moet gebeuren. Leest alleen, offline (`doctor` is de onlinecontrole)
help-cmd-audit-long =
    Elke Thunderbird-account vinden die niet meer zal werken, en wanneer: elke account van elk profiel van elke installatie, met de toestand en wat er moet gebeuren. Leest alleen, offline (`doctor` is de onlinecontrole).

    Toestanden: works, password-microsoft-365 (verzenden stopt eind december 2026; ontvangen werkt al niet meer), password-refused (Gmail, Outlook.com, Yahoo, AOL), ews-microsoft-365 (geblokkeerd sinds 1 oktober 2026, verdwenen op 1 april 2027), sign-in-missing, sign-in-expired (beoordeeld aan de hand van de aanmeldgegevens: Microsoft laat een aanmelding vervallen die 90 dagen niet is gebruikt), unknown-provider, nothing-to-do.

    Afsluitstatus: 0 niets te doen, 1 een account heeft actie nodig, 2 de opdracht kon niet worden uitgevoerd of niet alles lezen (en niets heeft actie nodig): een detectiescript voor een RMM of Intune.
help-cmd-completions = Shell-aanvullingen voor bash, zsh of fish afdrukken (het .deb-pakket installeert ze)
help-cmd-manpage = De manpagina (roff) afdrukken, voor het maken van pakketten
help-cmd-restore = De reservekopieën van een profiel die mailsetup heeft gemaakt tonen, of er een terugzetten (van het huidige bestand wordt eerst een reservekopie gemaakt)
help-cmd-export = Een policies.json- of AutoConfig-bestand schrijven dat accounts op veel computers uitrolt

## Plaatshouders voor de waarden van opties en argumenten.
help-value-language = TAAL
help-value-delegate = GEMACHTIGDE
help-value-dir = MAP
help-value-seconds = SECONDEN
help-value-file = BESTAND
help-value-pem = PEM
help-value-code-or-text = CODE-OF-TEKST
help-value-email = ADRES
help-value-date = DATUM

## Waar de instellingen van een provider vandaan komen: opties van setup,
## check, detect, migrate, doctor, alias en export.
help-provider-file = De providerinstellingen in dit TOML-bestand gebruiken voor de domeinen die het noemt (zie de README)
help-ca-file = Ook de CA-certificaten in dit PEM-bestand vertrouwen (TLS-inspectie, testservers)

## mailsetup setup en mailsetup check. ADRES, GEMACHTIGDE en BESTAND zijn de
## plaatshouders van help-value-….
help-setup-email = Het e-mailadres dat moet worden ingesteld
help-setup-name = Uw naam zoals ontvangers die zien (standaard: het deel vóór de @)
help-setup-delegate = ADRES is een gedeelde mailbox (info@…, support@…) die GEMACHTIGDE opent met een eigen aanmelding (Microsoft 365): GEMACHTIGDE meldt zich aan en verzendt, de account leest en verzendt als ADRES
help-setup-profile = In deze Thunderbird-profielmap schrijven in plaats van in de standaardmap
help-setup-microsoft-365 = Het adres zit bij Microsoft 365 (werk of school), ook al kent mailsetup het domein niet
help-setup-json = Het rapport als JSON afdrukken
help-setup-no-write = Aanmelden en controleren, maar niets wegschrijven
help-setup-no-sign-in-handoff = De aanmelding niet doorgeven aan Thunderbird: Thunderbird vraagt u dan bij het starten één keer om u aan te melden
help-setup-timeout = Hoelang er op de aanmelding in de browser wordt gewacht, in seconden
help-setup-device-code = Terugvaloptie: aanmelden met een code die op een ander apparaat wordt getypt (RFC 8628), voor externe sessies waarvan de browser deze computer niet kan bereiken. Veel organisaties blokkeren dit (AADSTS53003)
help-setup-send-test = Na de controles ook één echt testbericht verzenden, van ADRES naar wie zich aanmeldt (de gemachtigde, of ADRES zelf): de enige manier om te zien dat een Send As-machtiging ontbreekt, want Exchange meldt dat alleen bij een echt bericht. Zonder deze optie wordt er nooit iets verzonden
help-setup-ticket = Het beheerdersticket, klaar om te verzenden, afdrukken in plaats van het rapport
help-setup-bundle = Ook het ondersteuningspakket (één JSON-bestand, zonder geheimen) naar BESTAND schrijven

## mailsetup explain. De voorbeeldcodes en -antwoorden blijven zoals ze zijn.
help-explain-text = Een AADSTS-code (AADSTS65001 of 65001), een SMTP-antwoord (535 5.7.139 …), een IMAP-antwoord (NO AUTHENTICATE failed.) of geplakte fouttekst
help-explain-json = JSON afdrukken
help-explain-all = Elke passende diagnose tonen, de beste eerst, niet alleen de beste

## mailsetup detect
help-detect-email = Het e-mailadres dat moet worden opgezocht
help-detect-json = Het plan en de aanwijzingen als JSON afdrukken

## mailsetup profiles
help-profiles-root = In deze Thunderbird-hoofdmap zoeken in plaats van in die van het platform
help-profiles-json = JSON afdrukken

## mailsetup migrate
help-migrate-email = Het adres van de account die moet worden omgezet; zonder adres toont mailsetup de accounts die OAuth2 nodig hebben en vraagt het
help-migrate-profile = De Thunderbird-profielmap (standaard: de map die Thunderbird opent)
help-migrate-yes = Niets vragen: elke getoonde account omzetten (voor scripts)
help-migrate-force = Ook omzetten als een controle is mislukt (nadat u de diagnose hebt gelezen)
help-migrate-json = De rapporten als JSON afdrukken
help-migrate-timeout = Hoelang er op de aanmelding in de browser wordt gewacht, in seconden
help-migrate-no-sign-in-handoff = De aanmelding niet doorgeven aan Thunderbird: Thunderbird vraagt u dan bij het starten één keer om u aan te melden

## mailsetup doctor
help-doctor-email = Alleen de account met dit adres; zonder adres elke OAuth2-account van het profiel
help-doctor-profile = De Thunderbird-profielmap (standaard: de map die Thunderbird opent)
help-doctor-json = De rapporten als JSON afdrukken (een lijst, één per account)

## mailsetup alias
help-alias-email = Het adres van de account (de mailbox) in het profiel
help-alias-alias = Het andere adres van dezelfde mailbox om als te verzenden (`sales@…`)
help-alias-name = De naam die ontvangers bij de alias zien (standaard: die van de account)
help-alias-profile = De Thunderbird-profielmap (standaard: de map die Thunderbird opent)
help-alias-send-test = Eerst aanmelden en één echt testbericht van de alias naar de mailbox verzenden, en de alias alleen toevoegen als de server het aanneemt: de enige manier om te zien of verzenden als de alias is toegestaan
help-alias-timeout = Hoelang er op de aanmelding in de browser wordt gewacht, in seconden
help-alias-json = Het rapport van het testbericht als JSON afdrukken

## mailsetup audit. JJJJ-MM-DD is de notatie van de datum; de paden blijven
## zoals ze zijn.
help-audit-all-users = Elke gebruiker van deze computer (uitvoeren als root of Administrator): Linux /home/* en /root, macOS /Users/*, Windows C:\Users\*, elk met Flatpak en Snap. Leest alleen; opgeslagen aanmeldingen van een andere gebruiker worden nooit ontsleuteld (“niet gecontroleerd”); koppelingen die buiten een thuismap wijzen, worden niet gevolgd
help-audit-users-dir = Met --all-users: de map met de thuismappen, in plaats van die van het platform (bijvoorbeeld een gekoppelde schijf)
help-audit-on = Beoordelen alsof het deze dag is (JJJJ-MM-DD), om te zien wat er daarna niet meer werkt; standaard vandaag
help-audit-json = JSON afdrukken (met een schema_version)
help-audit-csv = CSV afdrukken, één regel per account

## mailsetup completions
help-completions-shell = De shell waarvoor wordt aangevuld

## mailsetup restore
help-restore-backup = De reservekopie die moet worden teruggezet (een naam uit de lijst); zonder naam worden de reservekopieën getoond
help-restore-profile = De Thunderbird-profielmap (standaard: de map die Thunderbird opent)
help-restore-json = JSON afdrukken

## mailsetup export. policies en autoconfig zijn de waarden van --format en
## blijven zoals ze zijn, net als de plaatshouders ${USER} en ${NAME} (hier
## geschreven als ${"{"}USER{"}"}, omdat Fluent accolades leest).
help-export-format = policies (policies.json) of autoconfig (mozilla.cfg)
help-export-format-policies = Een policies.json voor organisaties (het beleid `Preferences`)
help-export-format-autoconfig = Een AutoConfig-bestand (mozilla.cfg); `${"{"}NAME{"}"}` in een adres leest bij elke start de omgevingsvariabele NAME
help-export-emails = De adressen; met --format autoconfig mogen ze plaatshouders zoals `${"{"}USER{"}"}` bevatten, bijvoorbeeld '${"{"}USER{"}"}@contoso.example'
help-export-name = De naam van de afzender (standaard: het deel vóór de @)
help-export-output = Naar BESTAND schrijven in plaats van naar de standaarduitvoer

## Meer plaatshouders: de alias van alias, --name, de --format van export,
## de shell van completions en de reservekopie van restore.
help-value-alias = ALIAS
help-value-name = NAAM
help-value-format = FORMAAT
help-value-shell = SHELL
help-value-backup = RESERVEKOPIE
