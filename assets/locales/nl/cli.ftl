# De eigen teksten van de opdrachtregel (de tabel van audit staat in audit.ftl).

## mailsetup --fix-needed, uitgevoerd bij het aanmelden. $reason is de toestand van de account in woorden.
cli-fix-needed-nothing = Alle e-mailaccounts in Thunderbird zijn in orde: niets te herstellen.
cli-fix-needed = { $address } (profiel “{ $profile }”) moet worden hersteld: { $reason }.

## mailsetup profiles, migrate, doctor, restore, export, alias. Paden,
## adressen en servernamen worden ingevuld; opties en opdrachten tussen
## backquotes blijven zoals ze zijn.
cli-no-profiles = Geen Thunderbird-profielen gevonden (gezocht in { $looked }).
cli-profiles-needs-oauth2 = Accounts gemarkeerd met [OAuth2 nodig] werken niet meer zodra de provider wachtwoorden uitschakelt: `mailsetup migrate` zet ze ter plekke om.
cli-asking-host = Er wordt nagevraagd waar de e-mail van { $address } wordt gehost ({ $server } is geen naam die mailsetup kent)…
cli-migrate-nothing = Geen enkele account in { $profile } hoeft naar OAuth2 te worden omgezet.
cli-migrate-ask = { $accounts ->
    [one] Eerst aanmelden en controleren, en dan deze account omzetten?
   *[other] Eerst aanmelden en controleren, en dan deze { $accounts } accounts omzetten?
}
cli-nothing-changed = Er is niets gewijzigd.
cli-migrate-not-changed = De account is niet gewijzigd. Lees de diagnose hierboven; met `--force` wordt hij toch omgezet.
cli-migrate-start-thunderbird = Start Thunderbird: het vraagt u één keer om u aan te melden (vanaf versie 153 in uw browser).
cli-doctor-nothing = Geen enkele account van { $profile } meldt zich met OAuth2 aan bij een provider die mailsetup kan raadplegen.
cli-doctor-nothing-for = Geen enkele account van { $profile } meldt zich voor { $address } met OAuth2 aan bij een provider die mailsetup kan raadplegen.
cli-no-backups = Geen reservekopieën van mailsetup in { $profile }.
cli-backups = Reservekopieën in { $folder } (nieuwste eerst):
cli-restore-how = Zet er een terug met: mailsetup restore --profile { $profile } NAAM
cli-restored = { $file } teruggezet uit { $backup }.
cli-restored-kept = Het bestand zoals het was, is bewaard in { $path }.
cli-written = Geschreven naar { $path }.
cli-alias-not-sent = Het testbericht van { $alias } kon niet worden verzonden, dus de alias is niet toegevoegd. Er is niets gewijzigd.
cli-alias-sent = De server heeft het testbericht van { $alias } aangenomen. Bekijk het in het Postvak IN van { $owner }: staat er dat het van { $owner } komt en niet van { $alias }, dan heeft Exchange de afzender herschreven en moet de beheerder verzenden vanaf aliassen toestaan (Set-OrganizationConfig -SendFromAliasEnabled $true).
# $name is de naam die ontvangers zien; $account en $identity zijn sleutels van Thunderbird (account1, id2).
cli-alias-added = { $alias } ({ $name }) is toegevoegd aan { $owner } ({ $account }) als identiteit { $identity }: kies deze in Thunderbird in het veld Van.
cli-alias-present = { $owner } verzendt al als { $alias } (identiteit { $identity }); er is niets gewijzigd.
cli-backup-of-prefs = Reservekopie van prefs.js: { $path }.

## mailsetup setup en check.
cli-bundle-written = Ondersteuningspakket geschreven naar { $path } (het bevat geen wachtwoord of token).
# $seconds is hoe lang het aanmelden mag duren.
cli-sign-in-browser = Meld u aan in uw browser. Als er geen browser is geopend, open dan deze link:
    {"  "}{ $link }
    Maximaal { $seconds } s wachten…
cli-way-out = Op de opdrachtregel geeft --provider-file BESTAND de servers met de hand op, en kiest --microsoft-365 bij setup voor Microsoft 365 (werk of school).

## Waarom een opdracht niet kon worden uitgevoerd (getoond na
## “mailsetup: ”). $error is de reden van het systeem of de parser, zoals
## die hem geeft; $path, $root, $profile en $file zijn bestanden of mappen;
## $address, $alias en $owner e-mailadressen. --profile en `mailsetup
## profiles` blijven zoals ze zijn; MAP is de plaatshouder van
## help-value-dir.
cli-manpage-failed = de manpagina kon niet worden geschreven: { $error }
cli-no-home = kan uw thuismap niet vinden om daarin naar Thunderbird te zoeken
cli-profile-dir-missing = de profielmap { $path } bestaat niet
cli-bundle-failed = kan het ondersteuningspakket niet naar { $path } schrijven: { $error }
cli-write-failed = kan { $path } niet schrijven: { $error }
cli-no-profile-under = er is geen Thunderbird-profiel in { $root }; geef --profile MAP op
cli-no-prefs = { $profile } heeft geen prefs.js, dus geen accounts
cli-no-account-for = het profiel { $profile } heeft geen account voor { $address }; `mailsetup profiles` toont de accounts ervan
# $account is de sleutel van de account in prefs.js (account1), $server de inkomende server.
cli-migrate-not-oauth-provider = { $address } ({ $account } op { $server }) is voor zover mailsetup kan zien niet bij Microsoft of Google, en kan hier dus niet naar OAuth2 worden omgezet
cli-no-google-plan = geen plan voor Google
# $provider is de naam van de provider.
cli-export-password = { $address }: { $provider } meldt zich aan met een wachtwoord, en zulke accounts verspreidt mailsetup niet
# $servers is één servernaam, of twee verbonden met cli-two-servers.
cli-export-no-oauth = { $address }: Thunderbird kan OAuth2 niet gebruiken met { $servers }, dus een geëxporteerde account zou zich niet kunnen aanmelden
cli-two-servers = { $first } en { $second }
cli-alias-invalid = de alias: { $error }
cli-alias-is-owner = { $alias } is het eigen adres van de account, geen alias ervan
cli-alias-sign-in-unknown = mailsetup weet niet hoe { $owner } zich aanmeldt en kan dus geen testbericht verzenden

## mailsetup migrate, voordat het vraagt: wat er in elke account zou
## veranderen. $account is de sleutel van de account in prefs.js
## (account1), $protocol imap of pop3, $server de inkomende server,
## $provider microsoft of google; $pref is de naam van een voorkeur, $value
## en $old zijn de waarden ervan, alle zoals ze zijn.
cli-migrate-plan = { $address } ({ $account }, { $protocol } { $server }) → OAuth2 bij { $provider }:
cli-migrate-pref = { $pref } = { $value }   (was { $old })
cli-migrate-pref-new = { $pref } = { $value }   (was niet ingesteld)
cli-migrate-filters = de filters in { $file } gaan over naar de nieuwe servernaam
# $origin is waarvoor het wachtwoord was opgeslagen (imap://mail.example.com).
cli-migrate-password-removed = het opgeslagen wachtwoord voor { $origin } wordt verwijderd (Thunderbird meldt zich nu aan met OAuth2)
# $note is een van de eigen opmerkingen van de omzetting.
cli-migrate-note = opmerking: { $note }
cli-already-oauth2 = { $address } ({ $account }) meldt zich al aan met OAuth2; niets te doen.

## mailsetup restore, één regel per reservekopie: $name is de naam ervan
## (die restore verwacht), $bytes de grootte in bytes (alleen cijfers),
## $file het bestand dat ze terugzet.
cli-backup-entry = { $name }  ({ $bytes } bytes, zet { $file } terug)

## mailsetup explain, als geen diagnose past. ADRES is de plaatshouder van
## help-value-email.
cli-explain-nothing = mailsetup heeft hiervoor geen diagnose. Voer `mailsetup check ADRES` uit om de stap te vinden die mislukt, of plak het exacte antwoord van de server.

## setup --device-code, na de regels die deze manier van aanmelden
## uitleggen. $link is de pagina die moet worden geopend, $code wat daar
## moet worden ingevoerd, $minutes hoelang de code geldig is.
cli-device-code = Open op een willekeurig apparaat { $link } en voer de code in:  { $code }
    (geldig gedurende { $minutes } min)

cli-ask-choices = [j/N]
cli-ask-yes = j, ja
cli-window-failed = het venster kon niet worden geopend: { $error }
cli-sandbox-not-here = `{ $command }` gebruikt de oefenprovider niet: `--sandbox` hoort bij de wizard, `setup`, `check`, `migrate` en `alias`. Er is niets gedaan.
