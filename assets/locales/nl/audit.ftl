# De toestand van elke Thunderbird-account in woorden, zoals `mailsetup audit`
# en de accountlijst van de wizard die weergeven. Termen zoals in Thunderbird:
# account, inkomende server, uitgaande server (SMTP), aanmelden,
# Accountinstellingen, Serverinstellingen, Authenticatiemethode.
# “Herstellen” is de gelijknamige knop van de wizard.

audit-fix = Kies “Herstellen” in Mail Setup (of voer mailsetup migrate uit): u meldt zich één keer aan bij { $provider } en de account behoudt zijn berichten, mappen en filters.
audit-ews-before = Exchange-account bij Microsoft 365: Microsoft blokkeert deze manier van verbinden vanaf { $blocked }
audit-ews-blocked = Exchange-account bij Microsoft 365: sinds { $blocked } geblokkeerd, tenzij de beheerder het toestaat, en vanaf { $removed } helemaal uitgeschakeld
audit-ews-gone = Exchange-account bij Microsoft 365: deze manier van verbinden is op { $removed } beëindigd
audit-ews-what-to-do = Voeg de mailbox opnieuw toe als IMAP-account: kies “Nog een account toevoegen” in Mail Setup (of voer mailsetup setup ADRES uit); de berichten blijven op de server staan.
audit-ews-elsewhere = Exchange-account: Mail Setup hoeft niets te wijzigen
audit-not-mail = Geen e-mailaccount met aanmelding (nieuwsgroepen of feeds): niets te wijzigen
audit-m365-both-before = Gebruikt een wachtwoord bij Microsoft 365: ontvangen daarmee werkt al niet meer, en verzenden daarmee stopt op { $date }
audit-m365-both-after = Gebruikt een wachtwoord bij Microsoft 365: ontvangen daarmee werkt al niet meer, en Microsoft accepteert het sinds { $date } niet meer voor verzenden (tenzij de beheerder het voorlopig weer heeft ingeschakeld)
audit-m365-receiving = Gebruikt een wachtwoord bij Microsoft 365 voor ontvangen, dat Microsoft al weigert
audit-m365-sending-before = Gebruikt een wachtwoord bij Microsoft 365 voor verzenden: verzenden daarmee stopt op { $date }
audit-m365-sending-after = Gebruikt een wachtwoord bij Microsoft 365 voor verzenden: Microsoft accepteert het sinds { $date } niet meer voor verzenden (tenzij de beheerder het voorlopig weer heeft ingeschakeld)
audit-outlook-com-password = Gebruikt een wachtwoord bij Outlook.com, dat Microsoft sinds { $date } weigert
audit-gmail-password = Gebruikt een wachtwoord bij Gmail, dat Google sinds { $date } weigert (tenzij het een app-wachtwoord is)
audit-other-password-refused = Gebruikt een wachtwoord bij { $provider }; daar werken alleen app-wachtwoorden of aanmelden via de pagina van de provider
audit-switch-in-thunderbird = In Thunderbird, Accountinstellingen, Serverinstellingen: zet Authenticatiemethode op OAuth2 (ook voor de uitgaande server); Thunderbird opent dan de aanmeldpagina van { $provider }.
audit-unknown-password = Meldt zich aan met een wachtwoord bij { $server }; zonder het die provider te vragen, kan Mail Setup niet zeggen of die ooit stopt met het accepteren van wachtwoorden
audit-unknown-what-to-do = Niets, zolang uw e-mail werkt. Voer voor de zekerheid mailsetup migrate --dry-run uit; dat zoekt de server op.
audit-hand-off = Kies “Herstellen” in Mail Setup: u meldt zich één keer aan bij { $provider } en Mail Setup geeft de aanmelding door aan Thunderbird.
audit-sign-in-in-thunderbird = { $provider ->
    [none] Open Thunderbird en meld u aan bij uw provider wanneer daarom wordt gevraagd; Thunderbird onthoudt de aanmelding vanaf dan.
   *[other] Open Thunderbird en meld u aan bij { $provider } wanneer daarom wordt gevraagd; Thunderbird onthoudt de aanmelding vanaf dan.
}
audit-signed-out-missing = { $provider ->
    [none] Afgemeld: de account meldt zich aan via de pagina van de provider, maar Thunderbird heeft er geen opgeslagen aanmelding voor
   *[other] Afgemeld: de account meldt zich aan bij { $provider }, maar Thunderbird heeft er geen opgeslagen aanmelding voor
}
audit-signed-out-expired = { $last_used ->
    [none] Afgemeld: de opgeslagen aanmelding van Thunderbird is te lang niet gebruikt en is verlopen
   *[other] Afgemeld: de opgeslagen aanmelding van Thunderbird is te lang niet gebruikt en is verlopen, voor het laatst gebruikt op { $last_used }
}
audit-works-not-checked = { $provider ->
    [none] Werkt: meldt zich aan via de pagina van de provider (de opgeslagen aanmelding is niet gecontroleerd)
   *[other] Werkt: meldt zich aan bij { $provider } (de opgeslagen aanmelding is niet gecontroleerd)
}
audit-works = { $provider ->
    [none] { $last_used ->
        [none] Werkt: meldt zich aan via de pagina van de provider
       *[other] Werkt: meldt zich aan via de pagina van de provider, voor het laatst gebruikt op { $last_used }
    }
   *[other] { $last_used ->
        [none] Werkt: meldt zich aan bij { $provider }
       *[other] Werkt: meldt zich aan bij { $provider }, voor het laatst gebruikt op { $last_used }
    }
}
audit-password-still-taken = Meldt zich aan met een wachtwoord bij { $provider }, waar dat nog steeds wordt geaccepteerd: niets te wijzigen

## De tabel die `mailsetup audit` afdrukt. $count, $accounts, $profiles en
## $needing zijn getallen; $day een volledige datum; $path een map; $user een gebruikersnaam.
audit-table-title = Thunderbird-accounts, stand van zaken op { $day }
audit-table-no-home = Geen thuismap om in te zoeken.
audit-table-user = Gebruiker { $user } ({ $path })
audit-table-not-checked = Niet gecontroleerd: { $why }
audit-table-no-profiles-here = Geen Thunderbird-profielen.
audit-table-install = Thunderbird: { $path }
audit-table-install-flatpak = Thunderbird (Flatpak): { $path }
audit-table-install-snap = Thunderbird (Snap): { $path }
audit-table-no-profiles = Geen profielen.
audit-table-profile = Profiel “{ $name }” ({ $facts }): { $path }
audit-table-opens-by-default = wordt standaard geopend
audit-table-last-version = laatst gebruikt door Thunderbird { $version }
audit-table-never-opened = nooit geopend door Thunderbird
audit-table-running = Thunderbird heeft het geopend: sluit Thunderbird voordat u herstelt
audit-table-running-unknown = kon niet nagaan of Thunderbird het geopend heeft
audit-table-and-more = { $names } en nog { $more }
audit-table-user-js = Waarschuwing: user.js stelt bij elke start accountinstellingen in ({ $names }); het herstellen zou ongedaan worden gemaakt. Verwijder ze eerst uit user.js.
audit-table-primary-password = Let op: een hoofdwachtwoord beschermt de opgeslagen aanmeldingen, dus Mail Setup kan geen aanmelding doorgeven; Thunderbird vraagt er na het herstellen één keer om.
audit-table-no-accounts = Geen e-mailaccounts.
# Zo breed als het langste van de twee, zodat de adressen netjes onder elkaar staan.
audit-table-action = ACTIE
audit-table-ok = ok
audit-table-what-to-do = Wat te doen: { $what }
audit-table-accounts-in = { $accounts ->
    [one] 1 account
   *[other] { $accounts } accounts
} in { $profiles ->
    [one] 1 profiel
   *[other] { $profiles } profielen
}
audit-table-none-found = { $profiles ->
    [one] Geen e-mailaccount van Thunderbird gevonden (1 profiel doorzocht).
   *[other] Geen e-mailaccount van Thunderbird gevonden ({ $profiles } profielen doorzocht).
}
audit-table-nothing-to-do = Niets te doen: { $accounts_in }.
audit-table-need-action = { $needing ->
    [one] Bij 1 van { $accounts_in } is actie nodig.
   *[other] Bij { $needing } van { $accounts_in } is actie nodig.
}
audit-table-incomplete = Niets te doen in wat gelezen kon worden ({ $accounts_in }), maar niet alles kon worden gelezen (zie hierboven).

## Waarom een thuismap, een map of een profiel niet is gelezen (na “Niet
## gecontroleerd:”), of waarom de map met de gebruikers niet kon worden
## doorzocht. $path is een bestand of map; $error de reden van het systeem,
## zoals het die geeft.
audit-cannot-list = kan de inhoud van { $path } niet opvragen: { $error }
audit-cannot-read = kan { $path } niet lezen: { $error }
audit-cannot-follow = kan { $path } niet volgen: { $error }
audit-link-loop = { $path } is een lus van symbolische koppelingen
# $target is waar de koppeling werkelijk naartoe wijst.
audit-leads-out = { $path } wijst naar buiten de thuismap ({ $target }); niet gelezen
# --on kreeg iets anders dan een datum: $text is wat werd opgegeven;
# YYYY-MM-DD en 2026-12-31 blijven zoals ze zijn.
audit-not-a-date = “{ $text }” is geen datum in de vorm YYYY-MM-DD (bijvoorbeeld 2026-12-31)
