# De pagina's van de wizard. “Herstellen” en “Nog een account toevoegen” zijn
# namen van knoppen; schrijf ze overal hetzelfde.

## De eerste pagina: de accounts in de Thunderbird van de gebruiker.
accounts-heading = Uw e-mailaccounts
accounts-looking = Thunderbird wordt gezocht op deze computer…
accounts-unreadable = Mail Setup kon de profielen van Thunderbird niet lezen: { $why }
accounts-unreadable-hint = U kunt toch een account toevoegen: Mail Setup maakt er dan een profiel voor aan.
accounts-intro = Dit zijn de accounts in uw Thunderbird. Kies “Herstellen” bij een account die niet meer werkt of binnenkort niet meer zal werken.
accounts-profile = Thunderbird-profiel:
accounts-profile-opens-first = { $name } (wordt als eerste geopend)
# Getoond wanneer `mailsetup --fix-needed` het venster voor een account heeft geopend.
accounts-opened-to-fix = Mail Setup is geopend omdat { $address } moet worden hersteld. Kies daar “Herstellen”: u meldt zich één keer aan en de account behoudt zijn berichten, mappen en filters.
accounts-opened-to-attend = Mail Setup is geopend omdat { $address } uw aandacht nodig heeft: wat u moet doen, staat hieronder.
accounts-none-yet = Dit profiel heeft nog geen e-mailaccounts.
accounts-fix = Herstellen
# De naam van de knop Herstellen voor schermlezers.
accounts-fix-name = { $address } herstellen
accounts-asking-provider = De provider wordt gevraagd of de opgeslagen aanmelding van Thunderbird nog werkt…
accounts-add-shared = Een gedeelde mailbox toevoegen die u met deze account opent…
accounts-add-shared-name = Een gedeelde mailbox toevoegen die u met { $address } opent
accounts-not-checked = De opgeslagen aanmeldingen konden niet worden gecontroleerd: { $why }
accounts-cannot-fix = Deze account kan hier niet worden hersteld: { $why }.

## De regel van een account zodra de provider heeft geantwoord.
health-confirmed = Werkt: meldt zich aan bij { $provider }, en ontvangen en verzenden zijn zojuist gecontroleerd
health-signed-out = Afgemeld. { $why }
health-failing = Werkt niet. { $why }
health-fixed-just-now = Zojuist hersteld: Thunderbird vraagt u bij de volgende start één keer om u aan te melden

## De voortgangsregel boven elke pagina. $number en $count zijn getallen;
## $stage is een van de paginanamen hieronder; $state zegt hoe een stap
## eindigde: done, failed, skipped of stopped.
page-account = Account
page-sign-in = Aanmelden
page-checks = Controles
page-thunderbird = Thunderbird
page-done = Klaar
header-stage = { $number }. { $stage }
header-stage-shown-ended = { $stage } ({ $state ->
    [failed] mislukt
    [skipped] overgeslagen
    [stopped] gestopt
   *[done] voltooid
})
# Wat schermlezers voor de hele regel voorlezen.
header-step = Stap { $number } van { $count }: { $stage }
header-stage-ended = { $stage } { $state ->
    [failed] mislukt
    [skipped] overgeslagen
    [stopped] gestopt
   *[done] voltooid
}
header-step-and-ended = { $step }; { $ended }

## Een stap die op een server wacht. $what zegt waarop, $waited en
## $deadline zijn seconden.
progress-waiting = Wachten op { $what } ({ $waited } s van { $deadline } s)
progress-next-step = De volgende stap wordt uitgevoerd…

## Een voltooide stap, en de uitleg bij een mislukte.
step-passed = Geslaagd
step-failed = MISLUKT
step-skipped = Overgeslagen
# $took is een al uitgeschreven duur ("12 ms"); $deadline seconden.
step-timing = { $took } van de toegestane { $deadline } s
# $title is de naam van de stap, $phase waar die bij hoort (IMAP, SMTP, aanmelden).
step-details = Details: { $title } ({ $phase })
step-server-said = Antwoord van de server:
diagnosis-what-happened = Wat er is gebeurd:
diagnosis-user-can-do = Wat u kunt doen:
diagnosis-admin-must-do = Wat uw beheerder moet doen:
warning-prefix = Waarschuwing:
sandbox-banner = Sandbox – oefenmodus, er verlaat niets deze computer

## Als de wizard iets op de achtergrond niet kan doen. $error is de reden
## van het systeem, zoals het die geeft.
wizard-thread-thunderbird-failed = kan geen achtergrondproces starten om Thunderbird te openen: { $error }
wizard-thread-browser-failed = kan geen achtergrondproces starten om de browser te openen: { $error }
wizard-practice-profile-failed = het oefenprofiel van de sandbox kon niet worden geschreven: { $error }
