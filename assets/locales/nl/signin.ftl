# De aanmelding bij de provider (de stappen in het rapport, de pagina die de
# browser daarna toont, de terugvaloptie met apparaatcode) en de stappen
# eromheen: het plan, Thunderbird en het doorgeven van de aanmelding aan
# Thunderbird. Staptitels zijn korte opdrachten; details zijn zinsdelen met
# een kleine letter. Ongewijzigd laten: opties (--no-write, --force),
# bestandsnamen (logins.json, key4.db), offline_access, $BROWSER, NSS, OAuth2.

## Hoe de aanmeldpagina is geopend. Vult de zin van de wizard aan:
## “De aanmeldpagina is { $how }.”, en begint het detail van de stap
## “De aanmeldpagina openen”.
signin-browser-opened-by-mailsetup = door mailsetup zelf geopend
signin-browser-opened-default = geopend in uw standaardbrowser
# $program is de opdracht uit de omgevingsvariabele BROWSER.
signin-browser-opened-variable = geopend met $BROWSER ({ $program })
# $error is de eigen fouttekst van het systeem.
signin-browser-default-failed = uw standaardbrowser kon niet worden gestart: { $error }
# $failures noemt elke geprobeerde opdracht met de fout van het systeem.
signin-browser-variable-failed = geen enkele opdracht in $BROWSER kon worden gestart ({ $failures })

## De stappen van de aanmelding in het rapport.
signin-listen-title = Het ontvangen van de aanmelding voorbereiden
# $port is een getal, $redirect het adres waarnaar de browser terugkeert.
signin-listen-detail = luistert op 127.0.0.1, poort { $port }, naar { $redirect }
signin-listen-detail-ipv6 = luistert op 127.0.0.1 en [::1], poort { $port }, naar { $redirect }
# $error is de eigen fouttekst van het systeem.
signin-listen-failed = kan op 127.0.0.1 niet luisteren naar de omleiding van de aanmelding: { $error }
signin-browser-title = De aanmeldpagina openen
# $how is een van de teksten “geopend …” hierboven; $issuer de aanmeldserver.
signin-browser-detail = { $how }: { $issuer }
# $why is een van de teksten “kon niet worden gestart …” hierboven.
signin-browser-failed = { $why }; open zelf de link die mailsetup toont
signin-redirect-title = Aanmelden en toestemming geven in de browser
# $server is de hostnaam van de aanmeldserver.
signin-redirect-other-issuer = het antwoord noemt een andere aanmeldserver dan { $server }; de code is niet gebruikt
# Staat voor $server wanneer het aanmeldadres geen hostnaam heeft.
signin-redirect-the-server = de aanmeldserver
signin-redirect-code = de browser kwam terug met een autorisatiecode
signin-redirect-refused = de provider heeft de aanmelding geweigerd
# $seconds is een getal.
signin-redirect-timed-out = geen antwoord van de browser binnen { $seconds } s
signin-wait-cancelled = de aanmelding is geannuleerd
signin-wait-listener-gone = de luisteraar op de loopback-poort is onverwacht gestopt
# $duration is een tijdsduur zoals het programma die schrijft (300s).
signin-wait-timed-out = de browser kwam niet terug binnen { $duration }
signin-exchange-title = De code inwisselen voor tokens
# $minutes is een getal.
signin-exchange-with-refresh-valid = toegangstoken met vernieuwingstoken ontvangen, { $minutes } min geldig
signin-exchange-without-refresh-valid = toegangstoken zonder vernieuwingstoken ontvangen, { $minutes } min geldig
signin-exchange-with-refresh = toegangstoken met vernieuwingstoken ontvangen
signin-exchange-without-refresh = toegangstoken zonder vernieuwingstoken ontvangen
signin-refresh-title = Het toegangstoken vernieuwen
signin-refresh-none = de provider heeft geen vernieuwingstoken uitgegeven (is offline_access aangevraagd?)
signin-refresh-accepted = het vernieuwingstoken is geaccepteerd

## Waarom een verzoek aan het tokeneindpunt mislukte. De eigen woorden van
## de provider worden apart getoond.
# $seconds is een getal.
signin-token-timed-out = het tokeneindpunt antwoordde niet binnen { $seconds } s
signin-token-refused = de provider heeft het verzoek geweigerd
# $error is de eigen fouttekst van het systeem.
signin-token-unreachable = het tokeneindpunt was niet bereikbaar: { $error }
signin-token-unreadable = het antwoord van het tokeneindpunt kon niet worden gelezen: { $error }
# $status is de HTTP-status (429), $seconds de wachttijd die de provider vraagt.
signin-throttled-wait-waited = de aanmelddienst remt verzoeken af (HTTP { $status }) en vraagt { $seconds } s te wachten; mailsetup heeft één keer gewacht zoals gevraagd en stopt hier, in plaats van steeds opnieuw te vragen
signin-throttled-wait = de aanmelddienst remt verzoeken af (HTTP { $status }) en vraagt { $seconds } s te wachten; dat is langer dan mailsetup binnen één stap wacht, dus er is niet opnieuw gevraagd
signin-throttled-slow-down-waited = de aanmelddienst remt verzoeken af (HTTP { $status }) en vraagt om minder verzoeken; mailsetup heeft één keer gewacht zoals gevraagd en stopt hier, in plaats van steeds opnieuw te vragen
signin-throttled-slow-down = de aanmelddienst remt verzoeken af (HTTP { $status }) en vraagt om minder verzoeken; dat is langer dan mailsetup binnen één stap wacht, dus er is niet opnieuw gevraagd

## De terugvaloptie met apparaatcode, voor als de browser niet naar deze
## computer kan terugkeren (externe sessies).
signin-device-label = Terugvaloptie: aanmelden met een code op een ander apparaat
signin-device-warning = Gebruik dit alleen wanneer de gewone aanmelding in de browser niet kan werken (bijvoorbeeld in een externe sessie). Veel organisaties blokkeren aanmelden met een apparaatcode (AADSTS53003); als dat bij u zo is, mislukt dit en is de gewone aanmelding de juiste weg.
signin-device-title = Aanmelden met een apparaatcode (terugvaloptie)
signin-device-no-endpoint = mailsetup kent voor deze provider geen eindpunt voor apparaatcodes
signin-device-start-refused = de provider weigerde een aanmelding met apparaatcode te starten
# $error is de eigen fouttekst van het systeem.
signin-device-unreachable = het eindpunt voor apparaatcodes was niet bereikbaar: { $error }
signin-device-unusable = het antwoord van het eindpunt voor apparaatcodes was niet bruikbaar: { $error }
# $seconds is een getal.
signin-device-timed-out = het eindpunt voor apparaatcodes antwoordde niet binnen { $seconds } s
signin-device-cancelled = geannuleerd
signin-device-refused = de provider heeft de aanmelding met apparaatcode geweigerd
signin-device-failed = de aanmelding met apparaatcode is mislukt: { $error }
# $code is de code die de gebruiker typte, $uri waar die werd getypt.
signin-device-approved = code { $code } is goedgekeurd op { $uri }; toegangstoken ontvangen

## De pagina die het browsertabblad na de aanmelding toont. Platte tekst:
## het programma voegt de opmaak toe.
signin-page-signed-in-title = U bent aangemeld
signin-page-signed-in = Mail Setup heeft wat het nodig heeft. U kunt dit tabblad sluiten en terugkeren naar Mail Setup.
signin-page-not-complete-title = De aanmelding is niet voltooid
# $error is de foutcode van de provider (access_denied), getoond als code.
signin-page-provider-answered = Uw provider antwoordde { $error }.
signin-page-provider-explained = Keer terug naar Mail Setup: daar leest u wat dit betekent en wat u nu kunt doen.
signin-page-another-issuer = Dit antwoord noemt een andere aanmeldserver dan die waarnaar Mail Setup u heeft gestuurd, dus Mail Setup heeft het niet gebruikt. Keer terug naar Mail Setup en begin de aanmelding daar opnieuw.
signin-page-not-this-title = Dit is niet de aanmelding waarop Mail Setup wacht
signin-page-not-this = De link hoort niet bij de aanmelding die Mail Setup heeft gestart. Misschien is hij van een eerdere poging. Keer terug naar Mail Setup en begin de aanmelding daar opnieuw.
signin-page-malformed-title = Dit is geen geldig antwoord op de aanmelding
signin-page-malformed = De link bevat een parameter van de aanmelding twee keer, dus Mail Setup heeft hem niet gebruikt. Keer terug naar Mail Setup en begin de aanmelding daar opnieuw.
signin-page-not-waiting-title = Mail Setup wacht niet op een aanmelding
signin-page-not-waiting = Keer terug naar Mail Setup en begin de aanmelding daar.
signin-page-refused-title = Verzoek geweigerd
# $status is een HTTP-statusnummer.
signin-page-refused = De aanmeldluisteraar van Mail Setup neemt dit verzoek niet aan (HTTP { $status }).
signin-page-not-found-title = Niet gevonden
signin-page-not-found = Hier is niets.

## Wat is ingevoerd en wordt geweigerd voordat er iets wordt uitgevoerd.
# $error zegt wat er mis is met het ingevoerde adres.
flow-delegate-invalid = de gemachtigde: { $error }
flow-delegate-is-mailbox = { $address } is de gedeelde mailbox zelf; de gemachtigde is de persoon die hem opent met een eigen aanmelding
flow-delegate-not-oauth = een gedeelde mailbox wordt geopend met de eigen aanmelding van de gemachtigde, en { $provider } meldt zich niet aan met de OAuth2 van mailsetup (het gebruikt een wachtwoord of de eigen aanmelding van Thunderbird)
flow-name-has-nul = de naam mag geen NUL-teken bevatten
# $host is de inkomende server van de account.
flow-account-no-address = de account op { $host } heeft geen e-mailadres

## Het plan: de eerste stappen en waarschuwingen van het rapport.
flow-delegate-other-domain = { $delegate } en de gedeelde mailbox { $address } zitten in verschillende domeinen: beide moeten in dezelfde Microsoft 365-organisatie zitten, anders laat de mailserver { $delegate } de mailbox niet openen.
flow-plan-title = De provider en de servers bepalen
# $provider is de naam van de provider, $source waar het plan vandaan komt
# (een van de flow-source-teksten), $sign_in hoe de aanmelding verloopt
# (een van de flow-plan-sign-in-teksten).
flow-plan-detail = { $provider } ({ $source }); { $sign_in }
# $issuer is de aanmeldserver, $client de registratie-id van de app.
flow-plan-sign-in-oauth = aanmelding bij { $issuer } met client { $client }
flow-plan-sign-in-thunderbird = OAuth2 bij { $issuer }, door Thunderbird zelf; mailsetup controleert de servers zonder aan te melden
flow-plan-sign-in-password = aanmelding met wachtwoord (Thunderbird vraagt erom); mailsetup controleert de servers zonder aan te melden
# $lookup noemt de zoekopdracht (DNS SRV, autoconfig…).
flow-lookup-title = Zoekopdracht: { $lookup }
flow-stop-title = Kan deze account worden omgezet naar OAuth2?
flow-source-catalogue = uit de ingebouwde catalogus van mailsetup
flow-source-user-choice = zoals u hebt gekozen
flow-source-provider-file = uit het providerbestand { $path }
flow-source-sandbox = de ingebouwde sandbox
flow-source-discovered = gevonden via de zoekopdracht { $lookup }
flow-source-thunderbird = van de server die Thunderbird al gebruikt, { $host }

## De fasen aanmelden en controleren.
flow-token-title = In het toegangstoken kijken
# $seconds is een getal.
flow-token-expired = volgens het tokeneindpunt is het token { $seconds } s geldig, en die tijd is voorbij
flow-no-sign-in-held = er is geen aanmelding meer; meld u opnieuw aan
flow-sign-in-title = Aanmelden in de browser
flow-smtp-title = SMTP controleren
flow-cancelled = geannuleerd
flow-not-done-yet = nog niet gedaan
flow-sign-in-by-thunderbird = niet door mailsetup gedaan: Thunderbird meldt zich zelf aan bij deze account
flow-stopped-by-plan = niet geprobeerd: deze account kan niet worden omgezet naar OAuth2 (zie hierboven)
flow-checks-after-failed-sign-in = niet geprobeerd, omdat de aanmelding niet is voltooid
flow-checks-not-yet = nog niet geprobeerd

## De Thunderbird-fase.
flow-write-title = De account toevoegen aan Thunderbird
flow-migrate-title = De Thunderbird-account omzetten naar OAuth2
flow-write-no-write = niet weggeschreven (--no-write)
# $account is de accountsleutel van Thunderbird (account3), $profile een map.
flow-write-added = account { $account } toegevoegd aan { $profile }
flow-write-already-present = het profiel heeft deze account al ({ $account }); er is niets gewijzigd
flow-write-updated = de account { $account } van het profiel meldt zich nu aan met OAuth2 (de berichten en mappen blijven behouden)
flow-migrate-already = { $account } meldt zich al aan met OAuth2; er is niets gewijzigd
# $changes en $removed zijn getallen; $server is de serversleutel van Thunderbird.
flow-migrate-done = { $account } meldt zich nu aan met OAuth2 op { $incoming } (gewijzigde instellingen: { $changes }, verwijderde opgeslagen wachtwoorden: { $removed }; serversleutel { $server } en de berichten blijven behouden)
flow-migrate-done-smtp = { $account } meldt zich nu aan met OAuth2 op { $incoming } en { $smtp } (gewijzigde instellingen: { $changes }, verwijderde opgeslagen wachtwoorden: { $removed }; serversleutel { $server } en de berichten blijven behouden)
# $detail is het detail van de stap; dit wordt toegevoegd als --force een controle negeerde.
flow-forced = { $detail } (uitgevoerd hoewel een controle mislukte: --force)
flow-write-skipped-no-write = niet weggeschreven: deze uitvoering controleert alleen (--no-write)
flow-write-skipped-by-user = niet weggeschreven: u hebt “Overslaan” gekozen
flow-write-skipped-sign-in = niet weggeschreven, omdat de aanmelding niet is voltooid
flow-write-skipped-check = niet weggeschreven, omdat een controle is mislukt
flow-write-skipped-yet = nog niet weggeschreven
flow-migrate-skipped-no-write = niet omgezet: deze uitvoering controleert alleen (--no-write)
flow-migrate-skipped-by-user = niet omgezet: u hebt “Overslaan” gekozen
flow-migrate-skipped-sign-in = niet omgezet, omdat de aanmelding niet is voltooid
flow-migrate-skipped-check = niet omgezet, omdat een controle is mislukt (zie de diagnose; met --force wordt toch omgezet)
flow-migrate-skipped-yet = nog niet omgezet

## De aanmelding doorgeven aan Thunderbird, zodat het aangemeld start.
flow-handoff-title = Thunderbird aangemeld houden
# $why is een van de redenen hieronder, of een fout.
flow-handoff-without = { $why }; Thunderbird vraagt u bij het starten één keer om u aan te melden
flow-handoff-no-write = niet doorgegeven: deze uitvoering schrijft niets weg (--no-write)
flow-handoff-not-written = niet doorgegeven, omdat de account niet is weggeschreven
flow-handoff-not-switched = niet doorgegeven, omdat de account niet is omgezet
flow-handoff-no-sign-in = niet doorgegeven: mailsetup heeft geen aanmelding
flow-handoff-no-refresh = niet doorgegeven: de provider heeft geen vernieuwingstoken gegeven
flow-handoff-turned-off = niet doorgegeven: uitgeschakeld (--no-sign-in-handoff)
# De redenen waarom het doorgeven niet kan, elk op zich (de wizard toont
# die in plaats van het vakje “Thunderbird aangemeld houden”) en in het rapport.
flow-handoff-by-thunderbird = Thunderbird meldt zich zelf aan bij deze account
flow-handoff-by-thunderbird-report = niet nodig: Thunderbird meldt zich zelf aan bij deze account
flow-handoff-provider-file = de aanmelding is gedaan voor de eigen app-registratie van het providerbestand, en Thunderbird kan alleen een aanmelding voor zijn eigen app-registratie gebruiken
flow-handoff-provider-file-report = niet doorgegeven: de aanmelding is gedaan voor de eigen app-registratie van het providerbestand, en Thunderbird kan alleen een aanmelding voor zijn eigen app-registratie gebruiken
flow-handoff-sandbox = de aanmelding is gedaan voor de oefenprovider, en Thunderbird kan alleen een aanmelding voor zijn eigen app-registratie gebruiken
flow-handoff-sandbox-report = niet doorgegeven: de aanmelding is gedaan voor de oefenprovider, en Thunderbird kan alleen een aanmelding voor zijn eigen app-registratie gebruiken
flow-handoff-other-app = de aanmelding is gedaan voor een app-registratie die niet van Thunderbird is, en Thunderbird kan alleen een aanmelding voor zijn eigen app-registratie gebruiken
flow-handoff-other-app-report = niet doorgegeven: de aanmelding is gedaan voor een app-registratie die niet van Thunderbird is, en Thunderbird kan alleen een aanmelding voor zijn eigen app-registratie gebruiken
flow-handoff-other-service = Thunderbird meldt zich bij deze servers aan via een andere aanmelddienst van Microsoft
flow-handoff-other-service-report = niet doorgegeven: Thunderbird meldt zich bij deze servers aan via een andere aanmelddienst van Microsoft
# $user is een adres.
flow-handoff-replaced = { $user } (vervangt de eerder opgeslagen aanmelding)
# $users noemt de adressen; $nss is de map met de NSS van Thunderbird.
flow-handoff-done = Thunderbird start aangemeld als { $users }: de aanmelding staat in de aanmeldgegevens van het profiel (logins.json), versleuteld zoals Thunderbird dat doet, met zijn eigen NSS uit { $nss }; mailsetup bewaart geen kopie
flow-handoff-done-key-store = Thunderbird start aangemeld als { $users }: de aanmelding staat in de aanmeldgegevens van het profiel (logins.json), versleuteld zoals Thunderbird dat doet, met zijn eigen NSS uit { $nss }; mailsetup bewaart geen kopie; het profiel had geen sleutelopslag (key4.db) en heeft er nu een
# $detail is een van de twee teksten hierboven; $backups noemt bestanden.
flow-handoff-backups = { $detail }; reservekopieën: { $backups }

## De doctor: de eigen opgeslagen aanmelding van Thunderbird, vernieuwd.
flow-doctor-no-browser = doctor opent nooit een browser
flow-saved-title = De opgeslagen aanmelding van Thunderbird zoeken
# $user is de aanmeldnaam, $issuer de aanmeldserver.
flow-saved-none = Thunderbird heeft geen opgeslagen aanmelding voor { $user } bij { $issuer }: het vraagt de gebruiker om zich aan te melden wanneer het weer verbinding maakt
flow-saved-found = Thunderbird heeft een opgeslagen aanmelding voor { $user } bij { $issuer }
flow-save-title = De vernieuwde aanmelding voor Thunderbird opslaan
flow-save-running = niet opgeslagen: Thunderbird draait; zijn eigen opgeslagen aanmelding blijft geldig en Thunderbird vernieuwt die zelf
flow-save-done = de provider heeft het vernieuwingstoken vernieuwd; het nieuwe vervangt dat van Thunderbird, zoals Thunderbird zelf zou doen

signin-aadsts-code = AADSTS-code:
