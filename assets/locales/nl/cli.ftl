# De eigen teksten van de opdrachtregel (de tabel van audit staat in audit.ftl).

## mailsetup --fix-needed, uitgevoerd bij het aanmelden. $reason is de toestand van de account in woorden.
cli-fix-needed-nothing = Alle e-mailaccounts in Thunderbird zijn in orde: niets te herstellen.
cli-fix-needed = { $address } (profiel “{ $profile }”) moet worden hersteld: { $reason }.

## mailsetup profiles, migrate, doctor, restore, export, alias. Paden,
## adressen en servernamen worden ingevuld; opties en opdrachten tussen
## backquotes blijven zoals ze zijn.
cli-no-profiles = Geen Thunderbird-profielen gevonden (gezocht in { $looked }).
cli-profiles-needs-oauth2 = Accounts gemarkeerd met [needs OAuth2] werken niet meer zodra de provider wachtwoorden uitschakelt: `mailsetup migrate` zet ze ter plekke om.
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
