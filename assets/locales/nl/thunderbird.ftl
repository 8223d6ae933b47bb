### De profielen en bestanden van Thunderbird: de fouten bij het lezen en
### wijzigen ervan (de profielvergrendeling, prefs.js, de aanmeldgegevens en
### de NSS van Thunderbird, een account omzetten naar OAuth2, de aanmelding
### doorgeven, Thunderbird starten) en de lijst van `mailsetup profiles`.
### Bestandsnamen (prefs.js, logins.json, logins.db, profiles.ini,
### msgFilterRules.dat), namen van prefs (signon.storage.rust.active), de
### functienamen van NSS, HOME, `mailsetup restore` en --format autoconfig
### blijven zoals ze zijn. $path, $profile, $root, $dir en $backup_dir zijn
### paden; $error zijn de eigen woorden van het besturingssysteem of van een
### bibliotheek.

## Fouten, zoals het rapport, de wizard en de opdrachtregel ze tonen.
tb-error-profile-in-use = Thunderbird gebruikt het profiel { $profile }; sluit Thunderbird en probeer het opnieuw
tb-error-read-only-profile = er kan niet worden geschreven in het profiel { $profile } ({ $error }); het staat op een alleen-lezen schijf of u mag daar niet schrijven: kopieer het naar een plek waar dat wel kan, of vraag het aan wie deze computer beheert
# $found is een van de tb-found-…-teksten.
tb-error-not-regular-file = { $path } is { $found }, geen gewoon bestand, dus mailsetup leest het niet; zet het opzij (Thunderbird verwacht daar een gewoon bestand)
# $mebibytes is de limiet (een getal); $what is de naam van een bestand of
# een van de tb-limit-what-…-teksten, $why een van de tb-limit-why-…-teksten.
tb-error-too-large = { $path } is groter dan { $mebibytes } MiB, het maximum dat mailsetup van { $what } leest ({ $why }); zet het opzij als het niet van Thunderbird is
tb-error-change-undone = kan { $path } niet vervangen: { $error }; er is niets gewijzigd: elk bestand is zoals het was (reservekopieën in { $backup_dir })
# $not_restored en $backups zijn lijsten van paden, gescheiden door komma's.
tb-error-half-changed = kan { $path } niet vervangen: { $error }, en { $not_restored } kon niet worden teruggezet, dus het profiel is half gewijzigd; voer mailsetup opnieuw uit op dit profiel (het zet eerst de bestanden terug), of kopieer deze reservekopieën zelf terug: { $backups }
tb-error-lock-check-failed = kan niet nagaan of Thunderbird het profiel { $profile } gebruikt: { $error }; sluit Thunderbird en probeer het opnieuw
# $line is het regelnummer in het bestand; $message zegt wat daar mis is
# (tb-prefs-nul-byte, tb-file-not-utf8, of de woorden van de eigen
# prefs.js-lezer van Thunderbird, die Engels blijven).
tb-error-prefs-syntax = { $path }, regel { $line }: { $message }; verbeter of verwijder die regel (Thunderbird slaat hem ook over), of start en sluit Thunderbird één keer, zodat het het bestand herschrijft
# $message zijn de eigen woorden van de INI-lezer.
tb-error-profiles-ini = { $path } is geen geldig INI-bestand: { $message }; verbeter het of zet het opzij, zodat Thunderbird het opnieuw aanmaakt
# $action is een van de tb-action-…-teksten: wat er met $path niet kon.
tb-error-io = { $action } { $path } is mislukt: { $error }; controleer of het pad bestaat en of u daar mag lezen en schrijven
tb-error-no-home = kan uw thuismap niet vinden; stel HOME in
tb-error-profile-not-found = er is geen Thunderbird-profielmap op { $path }; controleer het pad (een profielmap bevat prefs.js)
# $names noemt de namen van de profielen, gescheiden door komma's.
tb-error-no-default-profile = { $root } heeft meerdere Thunderbird-profielen ({ $names }) en geen daarvan is de standaard; kies er zelf een
# $field is een van de tb-field-…-teksten, $problem een van de teksten die
# zeggen wat er mis mee is (tb-invalid-…, tb-migrate-…, tb-identity-…,
# tb-journal-…, tb-restore-…, tb-export-…, tb-pref-unwritable), na een
# dubbele punt: "het adres van de account: leeg".
tb-error-invalid-account = { $field } van de account: { $problem }; controleer de accountinstellingen
# $message is een van de tb-logins-…-teksten.
tb-error-logins-invalid = { $path } bevat geen aanmeldgegevens die Thunderbird kan lezen: { $message }; er is niets gewijzigd (Thunderbird zou het bestand opzijzetten en kwijtraken wat mailsetup toevoegt)
tb-error-logins-elsewhere = dit profiel bewaart zijn opgeslagen aanmeldingen in logins.db (signon.storage.rust.active), waarin mailsetup niet schrijft; er is niets gewijzigd
tb-error-primary-password = een hoofdwachtwoord beschermt de opgeslagen aanmeldingen van { $profile }, dus mailsetup kan de aanmelding niet doorgeven aan Thunderbird; er is niets gewijzigd
# $error is een van de tb-nss-…-teksten.
tb-error-nss = { $error }; er is niets gewijzigd

## Wat er met een bestand niet kon, in tb-error-io ("{ $action } { $path } is mislukt").
tb-action-read = het lezen van
tb-action-write = het schrijven van
tb-action-create = het aanmaken van
tb-action-copy = het kopiëren van
tb-action-remove = het verwijderen van
tb-action-replace = het vervangen van
tb-action-resolve = het herleiden van
tb-action-flush = het wegschrijven naar schijf van
tb-action-set-permissions = het instellen van de rechten op
tb-action-create-private-directory = het aanmaken van een privémap in
tb-action-create-temporary-file = het aanmaken van een tijdelijk bestand in
tb-action-create-backup = het maken van de reservekopie
tb-action-create-backup-of = het maken van de reservekopie van
tb-action-write-backup = het schrijven van de reservekopie

## Welke instelling fout is, in tb-error-invalid-account ("{ $field } van de account: …").
tb-field-address = het adres
tb-field-display-name = de weergavenaam
tb-field-incoming-host = de inkomende server
tb-field-smtp-host = de SMTP-server
tb-field-incoming-port = de poort van de inkomende server
tb-field-smtp-port = de poort van de SMTP-server
tb-field-settings = de instellingen
tb-field-account = de sleutel
tb-field-user-name = de gebruikersnaam
tb-field-identity = de identiteit
tb-field-backup = de reservekopie
tb-field-export = de export
tb-field-change-journal = het wijzigingslogboek

## Wat er staat waar een bestand hoort, in tb-error-not-regular-file.
tb-found-directory = een map
tb-found-symbolic-link = een symbolische koppeling
tb-found-named-pipe = een named pipe (FIFO)
tb-found-socket = een socket
tb-found-device = een apparaat
tb-found-not-regular-file = iets anders

## De bestanden die mailsetup maar tot een bepaalde grootte leest, en waarom
## die grootte, in tb-error-too-large.
tb-limit-what-login-store = de aanmeldgegevens
tb-limit-what-profile-list = de profiellijst
tb-limit-what-key-store = de sleutelopslag van Thunderbird
tb-limit-what-change-journal = het wijzigingslogboek
tb-limit-why-prefs = tien keer de grootste prefs.js die Thunderbird voor zover bekend schrijft
tb-limit-why-logins = ruimte voor tienduizenden opgeslagen aanmeldingen, veel meer dan een echt profiel heeft
tb-limit-why-filters = ruimte voor ongeveer 100 000 berichtfilters
tb-limit-why-profiles = ruimte voor duizenden profielen; Thunderbird schrijft een paar regels per profiel
tb-limit-why-key-store = vele malen de grootte van elke sleutelopslag die Thunderbird maakt
tb-limit-why-change-journal = een paar honderd bytes per bestand dat een wijziging raakt

## prefs.js lezen.
tb-file-not-utf8 = het bestand is geen UTF-8-tekst
tb-prefs-nul-byte = NUL-byte in het bestand; Thunderbird stopt daar met lezen
# $name is de naam van de pref, tussen aanhalingstekens.
tb-pref-unwritable = pref { $name } kan niet worden geschreven: { $reason }
tb-pref-name-empty = de naam is leeg
tb-pref-name-nul = de naam bevat een NUL-teken, dat prefs niet kunnen bevatten
tb-pref-value-nul = de waarde bevat een NUL-teken, dat prefs niet kunnen bevatten

## Wat er mis is met een instelling, na de naam ervan en een dubbele punt in
## tb-error-invalid-account.
tb-invalid-is-empty = leeg
tb-invalid-not-an-address = geen e-mailadres (er moet een @ in staan en geen spaties)
tb-invalid-contains-nul = bevat een NUL-teken, dat de prefs van Thunderbird niet kunnen bevatten
tb-invalid-not-a-host-name = geen hostnaam
tb-invalid-port-zero = staat op 0
# $account is de sleutel van de account in prefs.js (account1).
tb-invalid-account-not-in-profile = { $account } staat niet in dit profiel
tb-invalid-user-name-not-set = niet ingesteld op de servers

## Een account omzetten naar OAuth2. $account is de sleutel van de account
## in prefs.js (account1).
tb-migrate-not-a-mail-account = { $account } is geen e-mailaccount in dit profiel
# $kind is het type van de account zoals prefs.js het noemt (nntp, rss, ews).
tb-migrate-not-imap-or-pop = { $account } is een account van het type { $kind }; alleen IMAP- en POP-accounts kunnen naar OAuth2 worden omgezet
# $user_name is de gebruikersnaam van de account, tussen aanhalingstekens.
tb-migrate-no-address = { $account } heeft geen e-mailadres om mee aan te melden (gebruikersnaam { $user_name }); geef het adres op
# $pref is de naam van een pref.
tb-migrate-cannot-write = { $pref } kan niet worden geschreven
# Opmerkingen bij het plan. $origin is waarvoor een wachtwoord is opgeslagen (imap://mail.example.com).
tb-migrate-note-password-stays = het opgeslagen wachtwoord voor { $origin } blijft staan: een andere account meldt zich daar nog met een wachtwoord aan, en Thunderbird versleutelt gebruikersnamen, dus de twee zijn niet uit elkaar te houden
tb-migrate-note-logins-db = logins.db (de ongebruikte kopie van logins.json in Thunderbird) blijft zoals hij is

## Een adres (een identiteit) aan een account toevoegen.
# $alias is het opgegeven adres, tussen aanhalingstekens.
tb-identity-not-an-address = { $alias } is geen e-mailadres
tb-identity-name-nul = de naam bevat een NUL-teken, dat de prefs van Thunderbird niet kunnen bevatten
tb-identity-no-prefs = het profiel heeft geen prefs.js, dus er is geen account om een adres aan toe te voegen
# $account is de sleutel van de account in prefs.js (account1).
tb-identity-no-such-account = { $account } is in dit profiel geen account met een identiteit

## Het logboek van een onvoltooide wijziging, dat mailsetup leest om na een
## crash bestanden terug te zetten. $path is het pad van het logboek; $why
## een van de tb-journal-…-teksten erna.
tb-journal-refused = { $path } { $why }; zet het opzij als mailsetup het niet heeft geschreven
# $error zijn de eigen woorden van de JSON-lezer.
tb-journal-not-a-journal = is geen logboek dat mailsetup schrijft ({ $error })
tb-journal-names-other-file = noemt { $path }, een bestand waarin geen enkele wijziging schrijft
# $name is een bestandsnaam, tussen aanhalingstekens.
tb-journal-names-bad-backup = noemt de reservekopie { $name }, wat geen bestandsnaam is

## Een reservekopie terugzetten. $which is wat er is opgegeven, tussen aanhalingstekens.
tb-restore-not-a-backup = { $which } is geen van de reservekopieën van dit profiel (`mailsetup restore` toont ze)

## Accounts exporteren voor veel computers (policies.json, mozilla.cfg).
## ${NAME} is een plaatshouder voor een omgevingsvariabele; $text en $name
## zijn wat er is opgegeven, tussen aanhalingstekens.
tb-export-unclosed-placeholder = niet-gesloten ${"{"} in { $text }
tb-export-bad-variable-name = { $name } is geen naam van een omgevingsvariabele (letters, cijfers, _)
tb-export-value-nul = een waarde bevat een NUL-teken, dat prefs niet kunnen bevatten
tb-export-policies-placeholder = policies.json is hetzelfde voor elke gebruiker van een computer, dus { $text } kan geen plaatshouder per gebruiker bevatten; gebruik --format autoconfig

## De aanmeldgegevens (logins.json), na tb-error-logins-invalid.
# $error zijn de eigen woorden van de JSON-lezer.
tb-logins-not-json = geen JSON ({ $error })
tb-logins-not-an-object = geen JSON-object
# $number telt de opgeslagen aanmeldingen vanaf 1.
tb-logins-entry-not-an-object = aanmelding nummer { $number } is geen object
tb-logins-not-a-list = "logins" is geen lijst
tb-logins-no-list = er is geen lijst "logins"
tb-logins-next-id = "nextId" is geen geheel getal

## De NSS van Thunderbird, die de opgeslagen aanmeldingen versleutelt. $dir
## is de map van een Thunderbird-installatie.
# $looked_in noemt mappen, gescheiden door komma's.
tb-nss-not-found = er is geen Thunderbird-installatie met NSS-bibliotheken gevonden (gezocht in { $looked_in })
# $reason is een van de twee teksten hieronder, of de eigen woorden van de systeemlader.
tb-nss-unloadable = de NSS van Thunderbird in { $dir } kon niet worden geladen: { $reason }
tb-nss-library-missing = de NSS-bibliotheek ontbreekt
# $file is het pad van een bibliotheek.
tb-nss-did-not-load = { $file } kon niet worden geladen
# $loaded en $wanted zijn mappen van installaties.
tb-nss-other-install-loaded = deze uitvoering gebruikt al de NSS van { $loaded }; die in { $wanted } kan er niet ook bij worden gebruikt
tb-nss-primary-password = een hoofdwachtwoord beschermt de opgeslagen aanmeldingen van dit profiel
# $call is de naam van een NSS-functie, $code het foutnummer van NSS.
tb-nss-call-failed = { $call } van NSS is mislukt (NSS-fout { $code })
tb-nss-still-open = de NSS van Thunderbird houdt de vorige sleutelopslag nog open; voer mailsetup opnieuw uit
tb-nss-not-base64 = een opgeslagen aanmelding is niet de base64 die Thunderbird schrijft

## Thunderbird starten vanaf de laatste pagina van de wizard.
tb-launch-already-open = Thunderbird is al geopend
# $program is het pad van het programma.
tb-launch-failed = Thunderbird kon niet worden gestart ({ $program }: { $error })

## mailsetup profiles: elk profiel en zijn accounts.
tb-listing-profile = { $name }: { $path }
tb-listing-profile-default = { $name } (standaard): { $path }
# $problem is een van de fouten hierboven.
tb-listing-accounts-unknown = accounts onbekend: { $problem }
tb-listing-no-accounts = geen e-mailaccounts
# $kind is het type van de account (imap, pop3); $sign_in een van de
# tb-sign-in-…-teksten.
tb-listing-account = { $address }: { $kind } { $host } ({ $sign_in })
# In plaats van het adres van een account die er geen heeft.
tb-listing-no-identity = (geen identiteit)
# Volgt op tb-listing-account, op dezelfde regel.
tb-listing-sends-via = , verzendt via { $host } ({ $sign_in })
# $hash is de id van de installatie, $dir de map ervan (of
# tb-listing-an-install), $profile het profiel dat ze opent (of
# tb-listing-opens-nothing).
tb-listing-install = installatie { $hash } ({ $dir }) opent { $profile }
tb-listing-an-install = een installatie
tb-listing-opens-nothing = niets
tb-listing-no-profiles = geen profielen
# Wat een account nodig heeft, tussen haken ervoor; cli-profiles-needs-oauth2 (cli.ftl) noemt deze markering.
tb-status-needs-oauth2 = OAuth2 nodig
tb-status-ok = ok
tb-status-unknown-provider = onbekende provider
# Hoe een server aanmeldt.
tb-sign-in-none = geen aanmelding
tb-sign-in-password = wachtwoord
tb-sign-in-kerberos = Kerberos
tb-sign-in-ntlm = NTLM
tb-sign-in-tls-certificate = TLS-certificaat
tb-sign-in-oauth2 = OAuth2
tb-sign-in-other = andere aanmelding
