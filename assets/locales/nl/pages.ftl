# Het kader van de wizard en de pagina's na de accountpagina: het adres, de
# aanmelding, de controles, Thunderbird en de laatste pagina. Knopnamen
# (“Volgende”, “Opnieuw proberen”, “Overslaan”, “Herstellen”…) worden in
# andere teksten aangehaald: schrijf ze overal hetzelfde.

## De knoppen onderaan elke pagina, en wat ze doen als de aanwijzer erop rust.
nav-technical-details = Technische details
nav-technical-details-hint = Toont de stappen, tijden, servers en transcripties, voor medewerkers van de helpdesk
nav-back = Terug
nav-cancel = Annuleren
# De knop Annuleren nadat de account naar Thunderbird is geschreven.
nav-start-over = Opnieuw beginnen
nav-cancel-hint-close = Mail Setup sluiten zonder iets te wijzigen
nav-cancel-hint-stop-browser = Niet langer op de browser wachten
nav-cancel-hint-stop-checks = De controles stoppen
nav-cancel-hint-leave = Deze pagina verlaten; de account blijft zoals hij is weggeschreven
nav-cancel-hint-start-over = Het instellen stoppen en terugkeren naar de eerste pagina; er is niets gewijzigd
nav-next = Volgende
nav-next-hint = Naar de volgende stap
nav-close = Sluiten
nav-close-hint = Mail Setup sluiten
nav-see-report = Rapport bekijken
nav-see-report-hint = Wat er is misgegaan, en wat u naar uw IT-afdeling kunt sturen
nav-add-account = Nog een account toevoegen
nav-add-account-hint = Een account instellen die nog niet in Thunderbird staat

## Annuleren op de eerste pagina vraagt eerst of het venster mag sluiten.
close-question = Mail Setup sluiten? Er is niets gewijzigd.
close-confirm = Mail Setup sluiten
close-stay = Blijven

## Fouten van de wizard zelf, getoond waar het werk zou zijn getoond.
wizard-worker-stopped = het achtergrondproces van de wizard draait niet
wizard-worker-stopped-restart = het achtergrondproces van de wizard draait niet; herstart Mail Setup

## De oefenmodus, aangeboden onderaan de eerste pagina's.
sandbox-offer = Geen account bij de hand, of gewoon nieuwsgierig?
sandbox-try = De sandbox proberen (geen account nodig)
sandbox-starting = De sandbox wordt gestart…
sandbox-explained = De sandbox is een oefenprovider binnen Mail Setup: met een eigen aanmeldpagina en eigen mailservers, en een wegwerpprofiel van Thunderbird met één account die moet worden hersteld. Er verlaat niets deze computer.
sandbox-approve-automatically = De aanmelding automatisch goedkeuren (zonder browser)
sandbox-leave = De sandbox verlaten
# Getoond als reden waarom Volgende niet verderging.
sandbox-still-starting = de sandbox wordt nog gestart; probeer het zo opnieuw
sandbox-not-running = de sandbox draait niet

## De adrespagina.
address-heading = Uw e-mailadres
address-intro = Mail Setup meldt u in uw browser aan bij uw e-mailprovider, controleert of e-mail kan worden ontvangen en verzonden, en voegt de account toe aan Thunderbird. Uw wachtwoord typt u alleen op de pagina van uw provider.
address-email = E-mailadres
# Een voorbeeld dat grijs in het lege adresveld staat.
address-email-example = naam@example.com
address-name = Uw naam
address-name-hint = zoals ontvangers die zien (optioneel)
address-shared = Dit is een gedeelde mailbox die ik kan openen
address-who-signs-in = Wie zich aanmeldt
address-who-signs-in-hint = uw eigen adres
address-shared-explained = U meldt zich aan met uw eigen account; Thunderbird toont dan de gedeelde mailbox en verzendt namens die mailbox.
address-shared-needs-delegate = Voer het adres in van de persoon die deze gedeelde mailbox opent: die meldt zich aan met een eigen account.
# $domain is het deel van het getypte adres na de @.
address-unknown-domain = Mail Setup weet niet welke provider { $domain } host. Als uw organisatie Microsoft 365 gebruikt, kies dat dan:
address-microsoft-365 = Microsoft 365 (werk of school)

## De aanmeldpagina. $company is waarbij de gebruiker zich aanmeldt
## (Microsoft, Google, of de naam van de provider).
sign-in-heading-plain = Aanmelden
sign-in-no-address = Voer eerst een adres in.
sign-in-heading = Aanmelden bij { $company }
sign-in-change-settings = De serverinstellingen wijzigen…
# Het overzicht van de account. Elke regel heeft links een naam.
sign-in-row-your-mail = Uw e-mail
sign-in-row-hosted-by = Gehost door
sign-in-row-shared-mailbox = Gedeelde mailbox
sign-in-row-signs-in-as = U meldt zich aan als
# Hetzelfde overzicht met technische details aan.
sign-in-row-account = Account
# $address is de gedeelde mailbox, $name de naam erop, $delegate het adres
# van de persoon die zich aanmeldt.
sign-in-account-shared = { $address } ({ $name }), gedeelde mailbox geopend door { $delegate }
sign-in-row-provider = Provider
sign-in-row-sign-in = Aanmelding
# $protocol is IMAP of POP3.
sign-in-row-incoming = Inkomende server ({ $protocol })
sign-in-row-outgoing = Uitgaande server (SMTP)
# De providerregel: $provider is de naam van de provider, gevolgd door hoe
# Mail Setup eraan kwam.
sign-in-provider-catalogue = { $provider } (bekend bij Mail Setup)
sign-in-provider-user-choice = { $provider } (zoals u hebt gekozen)
# $path is het providerbestand dat op de opdrachtregel is opgegeven.
sign-in-provider-file = { $provider } (uit { $path })
sign-in-provider-sandbox = { $provider } (oefenprovider)
# $lookup is de zoekopdracht die het vond: autoconfig, ispdb, dns-mx, dns-srv of microsoft.
sign-in-provider-discovered = { $provider } (gevonden via { $lookup })
# $server is de servernaam die de bestaande Thunderbird-account gebruikt.
sign-in-provider-thunderbird = { $provider } (Thunderbird gebruikt al { $server })
sign-in-stops-here = Mail Setup kan deze account niet omzetten naar aanmelden via uw provider, en stopt daarom hier.
sign-in-by-thunderbird = Mail Setup meldt zich niet zelf aan bij deze account: dat doet Thunderbird bij de eerste start. “Volgende” controleert de servers zonder aan te melden.
# $left is de resterende tijd, als minuten:seconden ("4:59").
sign-in-waiting = Wachten tot u zich in uw browser aanmeldt en toegang verleent: nog { $left }
sign-in-link-intro = Als er geen browser is geopend, of als u die hebt gesloten, open deze link dan in een browser:
sign-in-copy-link = Link kopiëren
sign-in-link-copied = De aanmeldlink is gekopieerd.
sign-in-open-browser-again = Browser opnieuw openen
# $how zegt hoe de pagina is geopend ("opened in your default browser"); dat
# is voorlopig nog Engels.
sign-in-browser-opened = De aanmeldpagina is { $how }.
sign-in-browser-failed = De browser is niet geopend: { $why }. Kopieer de link zelf naar een browser.
# $redirect_uri is een adres op deze computer (http://127.0.0.1:…).
sign-in-redirect = Mail Setup ontvangt het antwoord op { $redirect_uri }, alleen op deze computer.
sign-in-preparing = De aanmelding wordt voorbereid…
sign-in-explained = Uw browser opent de aanmeldpagina van { $company }. Meld u daar aan en geef toegang tot uw e-mail; kom daarna hier terug. Uw wachtwoord typt u alleen op de pagina van { $company }.
sign-in-done = Aangemeld.
sign-in-failed = De aanmelding is niet voltooid.
sign-in-cancelled = Aanmelding geannuleerd. Er is niets bewaard; u kunt opnieuw beginnen.
sign-in-again = Opnieuw aanmelden
sign-in-try-again = Opnieuw proberen
sign-in-with-browser = Aanmelden met browser
sign-in-with-code = In plaats daarvan aanmelden met een code
sign-in-steps = Stappen
# De naam van een stap in het rapport, als de aanmelding niet eens kon beginnen.
sign-in-step-start = De aanmelding starten
# Aanmelden met een code die op een ander apparaat wordt getypt. $url is de pagina die u opent.
sign-in-code-where = Open op een willekeurig apparaat met een browser { $url } en voer deze code in:
sign-in-copy-code = Code kopiëren
sign-in-code-copied = De code is gekopieerd.
# $minutes is een getal.
sign-in-code-valid = { $minutes ->
    [one] De code is { $minutes } minuut geldig.
   *[other] De code is { $minutes } minuten geldig.
}
sign-in-code-waiting = Wachten tot u de code invoert en zich aanmeldt…

## De controlepagina. $direction is "receiving" of "sending": één regel elk.
checks-heading = Uw e-mail wordt gecontroleerd
checks-intro = Mail Setup controleert nu of uw e-mail met de nieuwe aanmelding kan worden ontvangen en verzonden.
checks-does-not-work = { $direction ->
    [sending] E-mail verzenden: werkt nog niet
   *[receiving] E-mail ontvangen: werkt nog niet
}
checks-works = { $direction ->
    [sending] E-mail verzenden: werkt
   *[receiving] E-mail ontvangen: werkt
}
checks-not-checked-other-failed = { $direction ->
    [sending] E-mail verzenden: niet gecontroleerd, omdat de andere controle eerst mislukte
   *[receiving] E-mail ontvangen: niet gecontroleerd, omdat de andere controle eerst mislukte
}
checks-not-checked-yet = { $direction ->
    [sending] E-mail verzenden: nog niet gecontroleerd
   *[receiving] E-mail ontvangen: nog niet gecontroleerd
}
checks-passed = Uw e-mail werkt met de nieuwe aanmelding. Volgende stap: de account toevoegen aan Thunderbird.
checks-passed-switching = Uw e-mail werkt met de nieuwe aanmelding. Hierna wordt de account in Thunderbird omgezet.
checks-stopped = Controles gestopt.
checks-not-run = De controles zijn nog niet uitgevoerd.
checks-try-again = Opnieuw proberen
checks-run-again = De controles opnieuw uitvoeren
# $to is het adres waarmee is aangemeld; $subject het onderwerp van het testbericht.
checks-test-message-sent = Er is een testbericht onderweg naar { $to }: zoek naar “{ $subject }” in dat Postvak IN.
checks-send-test-message = Eén testbericht naar mezelf sturen
checks-send-test-message-hint = Verzendt één bericht van dit adres naar de account waarmee u zich hebt aangemeld: de enige manier om aan te tonen dat verzenden als gedeelde mailbox of alias is toegestaan
# Koppen boven de stappen, met technische details aan.
checks-incoming-steps = Inkomende server (IMAP)
checks-outgoing-steps = Uitgaande server (SMTP)

## De Thunderbird-pagina.
thunderbird-heading = Thunderbird
thunderbird-no-address = Voer eerst een adres in.
thunderbird-switching-heading = De account in Thunderbird omzetten
thunderbird-switching = { $address } behoudt zijn berichten, mappen en filters, en meldt zich vanaf nu aan bij { $company }.
thunderbird-sign-in-handed-off = OAuth2: u bent aangemeld; Thunderbird start aangemeld en er wordt geen wachtwoord opgeslagen
thunderbird-sign-in-once = OAuth2: Thunderbird vraagt u één keer om u aan te melden; er wordt geen wachtwoord opgeslagen
thunderbird-no-home = Mail Setup kan uw thuismap niet vinden en kan dus niet naar Thunderbird zoeken. Sla deze stap over.
thunderbird-folder = De map van Thunderbird:
thunderbird-folder-sandbox = De wegwerpmap van Thunderbird in de sandbox (wordt verwijderd wanneer Mail Setup wordt gesloten):
thunderbird-looking = Profielen worden gezocht…
thunderbird-no-profile = Daar is nog geen Thunderbird-profiel; Mail Setup maakt er een aan en maakt het de standaard.
thunderbird-profiles-found = De account komt in het profiel dat Thunderbird standaard opent. Gevonden profielen:
# Na de naam van een profiel. $count is het aantal e-mailaccounts erin.
thunderbird-profile-default = (standaard; { $count ->
    [0] nog geen e-mailaccounts
    [one] { $count } e-mailaccount
   *[other] { $count } e-mailaccounts
})
thunderbird-profile-other = (niet de standaard; { $count ->
    [0] nog geen e-mailaccounts
    [one] { $count } e-mailaccount
   *[other] { $count } e-mailaccounts
})
thunderbird-check-sign-in = De eigen aanmelding van Thunderbird controleren
thunderbird-check-sign-in-hint = Leest de aanmelding die Thunderbird voor elk OAuth2-account heeft opgeslagen, vernieuwt die en controleert er IMAP en SMTP mee; zonder browser
thunderbird-asking-provider = De provider wordt gevraagd…
thunderbird-nothing-to-ask = Geen enkele account daar meldt zich aan bij een provider die Mail Setup kan raadplegen.
thunderbird-saved-sign-in-works = { $address }: de opgeslagen aanmelding van Thunderbird werkt voor ontvangen en verzenden.
# $problem is wat er misging, in een paar woorden.
thunderbird-saved-sign-in-fails = { $address }: { $problem }
thunderbird-already-has = Uw Thunderbird heeft deze account al
# $protocol is IMAP of POP3, $server de inkomende server van de account;
# $incoming_server en $outgoing_server zijn de servers waarnaar het wordt omgezet.
thunderbird-offer-technical = Dit profiel heeft al { $address } ({ $protocol } op { $server }), die zich aanmeldt met een wachtwoord. { $provider } stopt met het accepteren van wachtwoorden; bij het omzetten behoudt de account zijn berichten, mappen en filters, en meldt hij zich voortaan aan met OAuth2 op { $incoming_server } en { $outgoing_server }.
thunderbird-offer = { $address } meldt zich daar aan met een wachtwoord, en { $provider } stopt met het accepteren van wachtwoorden. Bij het omzetten behoudt de account zijn berichten, mappen en filters.
thunderbird-switch = Deze account omzetten
thunderbird-switch-needs-checks = (eerst moeten de controles slagen)
thunderbird-or-add = Of voeg het adres toe als tweede account:
thunderbird-what-is-added = Wat er wordt toegevoegd
thunderbird-row-email = E-mailadres
thunderbird-row-name = Naam
# $protocol is IMAP of POP3.
thunderbird-row-incoming = Inkomend ({ $protocol })
thunderbird-row-outgoing = Uitgaand (SMTP)
thunderbird-row-sign-in = Aanmelding
thunderbird-will-ask = Thunderbird vraagt u bij het starten één keer om u aan te melden.
# $why is waarom Mail Setup de aanmelding niet kan doorgeven.
thunderbird-will-ask-because = Thunderbird vraagt u bij het starten één keer om u aan te melden: { $why }.
thunderbird-keep-signed-in = Thunderbird aangemeld houden
thunderbird-keep-signed-in-hint = Geeft uw aanmelding versleuteld door aan de opgeslagen aanmeldingen van Thunderbird, zodat het u niet opnieuw vraagt om u aan te melden. Mail Setup bewaart geen kopie.
thunderbird-no-oauth = Thunderbird kan met deze servers geen OAuth2 gebruiken, dus de account kan zich daar mogelijk niet aanmelden.
thunderbird-close-first = Sluit Thunderbird eerst: het herschrijft zijn instellingen bij het afsluiten.
thunderbird-write = Naar Thunderbird schrijven
thunderbird-skip = Overslaan
thunderbird-skip-hint = Naar het rapport gaan zonder te schrijven
thunderbird-writing = Wordt naar Thunderbird geschreven…
thunderbird-waiting-for-close = Thunderbird is geopend en herschrijft zijn instellingen bij het sluiten. Sluit het af (Bestand › Afsluiten): Mail Setup gaat daarna vanzelf verder.
thunderbird-closed-writing = Thunderbird is gesloten; de account wordt nu weggeschreven.
thunderbird-not-changed = De account is niet gewijzigd in Thunderbird.
thunderbird-handed-off = Thunderbird start aangemeld: u hoeft zich niet opnieuw aan te melden.
# $why is wat er misging bij het doorgeven van de aanmelding.
thunderbird-handoff-failed = Thunderbird vraagt u bij het starten één keer om u aan te melden. { $why }
# Wat de Thunderbird-stap heeft gewijzigd. $profile is de map van het profiel.
thunderbird-changed-already-present = De account stond al in Thunderbird; er hoefde niets te worden gewijzigd (profiel { $profile }).
thunderbird-changed-switched = De account in Thunderbird meldt zich nu aan bij uw provider; de berichten, mappen en filters zijn ongewijzigd (profiel { $profile }).
thunderbird-changed-added = De account is toegevoegd aan Thunderbird (profiel { $profile }).
# Volgt op de zin hierboven; $backup is een bestand.
thunderbird-backup = De vorige instellingen van Thunderbird zijn bewaard in { $backup }.

## Onder een fout, op elke pagina: wat u naar de helpdesk stuurt, en de
## diagnose.
help-copy-ticket = Beheerdersticket kopiëren
help-copy-ticket-hint = Tekst die klaar is om naar uw IT-afdeling te sturen: wie, wanneer, welke app, de mislukte stap, de diagnose en precies wat de beheerder moet doen
help-save-bundle = Ondersteuningspakket opslaan
help-save-bundle-hint = Eén bestand met het rapport en de protocoltranscriptie voor uw helpdesk; het bevat geen wachtwoord of token
help-what-happened = Wat er is gebeurd
help-user-can-do = Wat u kunt doen
help-admin-must-do = Wat uw IT-afdeling moet doen
help-open-consent = Ik ben de beheerder: de toestemmingspagina openen
help-consent-opening = De toestemmingspagina wordt in uw browser geopend. Kies na het accepteren “Opnieuw proberen”.
help-ticket-copied = Het beheerdersticket is gekopieerd. Plak het in een e-mail aan uw IT-afdeling.
help-no-folder = Kan uw map Downloads of uw thuismap niet vinden om het ondersteuningspakket op te slaan.
# $path is het bestand waarin het pakket wordt opgeslagen.
help-saving-bundle = Het ondersteuningspakket wordt opgeslagen in { $path } (het bevat geen wachtwoord of token).
help-bundle-failed = Kon het ondersteuningspakket niet opslaan: { $why }

## De laatste pagina.
done-heading = Klaar
done-nothing-yet = Er is nog niets ingesteld.
done-heading-fixed = Uw e-mail werkt weer
done-heading-set-up = Uw e-mail is ingesteld
done-heading-problem = Klaar, met een probleem
done-heading-not-finished = Niet voltooid
done-works = Ontvangen en verzenden van e-mail werken voor { $address }.
done-practice-profile = Dit is het oefenprofiel: het verdwijnt wanneer Mail Setup wordt gesloten.
done-signed-in = Thunderbird is al aangemeld: het vraagt niet om uw wachtwoord.
done-sign-in-once = Wanneer Thunderbird start, vraagt het u één keer om u aan te melden, in uw browser.
# $server is de mailserver die nog een wachtwoord accepteert.
done-password-receiving = Voor ontvangen gebruikt uw mailserver ({ $server }) nog steeds uw wachtwoord: Thunderbird vraagt er één keer om.
done-password-sending = Voor verzenden gebruikt uw mailserver ({ $server }) nog steeds uw wachtwoord: Thunderbird vraagt erom wanneer u voor het eerst verzendt.
done-nothing-changed = Er is niets gewijzigd in Thunderbird.
# $problem is wat er misging, in een paar woorden.
done-not-working = Werkt niet: { $problem }
done-open-thunderbird = Thunderbird openen
done-copy-report = Rapport kopiëren
done-copy-report-hint = Het hele rapport als tekst, voor uw helpdesk
done-report-copied = Het rapport is naar het klembord gekopieerd.
done-full-report = Het volledige rapport
done-starting-thunderbird = Thunderbird wordt gestart…
done-thunderbird-starting = Thunderbird wordt gestart.
done-thunderbird-did-not-start = Thunderbird is niet gestart: { $why }.
