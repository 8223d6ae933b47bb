# Własne teksty wiersza poleceń (tabela polecenia audit jest w audit.ftl).

## mailsetup --fix-needed, uruchamiane po zalogowaniu. $reason to stan konta opisany słowami.
cli-fix-needed-nothing = Wszystkie konta pocztowe w programie Thunderbird są w porządku: nie ma nic do naprawy.
cli-fix-needed = { $address } (profil „{ $profile }”) wymaga naprawy: { $reason }.

## mailsetup profiles, migrate, doctor, restore, export, alias. Ścieżki,
## adresy i nazwy serwerów są wstawiane; opcje i polecenia w odwróconych
## apostrofach pozostają bez zmian.
cli-no-profiles = Nie znaleziono profili programu Thunderbird (przeszukano { $looked }).
cli-profiles-needs-oauth2 = Konta oznaczone [needs OAuth2] przestaną działać, gdy dostawca wyłączy hasła: `mailsetup migrate` przełączy je bez tworzenia nowych kont.
cli-asking-host = Sprawdzanie, gdzie jest utrzymywana poczta { $address } ({ $server } to nazwa nieznana programowi mailsetup)…
cli-migrate-nothing = Żadne konto w { $profile } nie wymaga przejścia na OAuth2.
cli-migrate-ask = { $accounts ->
    [one] Najpierw zalogować się i sprawdzić, a potem przełączyć to konto?
    [few] Najpierw zalogować się i sprawdzić, a potem przełączyć te { $accounts } konta?
    [many] Najpierw zalogować się i sprawdzić, a potem przełączyć te { $accounts } kont?
   *[other] Najpierw zalogować się i sprawdzić, a potem przełączyć te { $accounts } konta?
}
cli-nothing-changed = Nic nie zostało zmienione.
cli-migrate-not-changed = Konto nie zostało zmienione. Przeczytaj diagnozę powyżej; `--force` przełączy je mimo to.
cli-migrate-start-thunderbird = Uruchom program Thunderbird: raz poprosi o zalogowanie (od wersji 153 w przeglądarce).
cli-doctor-nothing = Żadne konto w { $profile } nie loguje się przez OAuth2 u dostawcy, którego mailsetup może zapytać.
cli-doctor-nothing-for = Żadne konto w { $profile } nie loguje się dla { $address } przez OAuth2 u dostawcy, którego mailsetup może zapytać.
cli-no-backups = Brak kopii zapasowych mailsetup w { $profile }.
cli-backups = Kopie zapasowe w { $folder } (od najnowszej):
cli-restore-how = Aby przywrócić jedną z nich: mailsetup restore --profile { $profile } NAZWA
cli-restored = Przywrócono { $file } z { $backup }.
cli-restored-kept = Poprzednia wersja pliku została zachowana w { $path }.
cli-written = Zapisano w { $path }.
cli-alias-not-sent = Wiadomość testowa z { $alias } nie została dostarczona, więc alias nie został dodany. Nic nie zostało zmienione.
cli-alias-sent = Serwer przyjął wiadomość testową z { $alias }. Sprawdź ją w folderze Odebrane konta { $owner }: jeśli jako nadawca widnieje { $owner }, a nie { $alias }, Exchange zmienił nadawcę i administrator musi zezwolić na wysyłanie z aliasów (Set-OrganizationConfig -SendFromAliasEnabled $true).
# $name to nazwa widoczna dla odbiorców; $account i $identity to klucze programu Thunderbird (account1, id2).
cli-alias-added = Dodano { $alias } ({ $name }) do { $owner } ({ $account }) jako tożsamość { $identity }: wybierz ją w programie Thunderbird w polu „Od”.
cli-alias-present = { $owner } już wysyła jako { $alias } (tożsamość { $identity }); nic nie zostało zmienione.
cli-backup-of-prefs = Kopia zapasowa prefs.js: { $path }.

## mailsetup setup i check.
cli-bundle-written = Zapisano pakiet pomocy technicznej w { $path } (nie zawiera haseł ani tokenów).
# $seconds to czas, jaki może zająć logowanie.
cli-sign-in-browser = Zaloguj się w przeglądarce. Jeśli przeglądarka się nie otworzyła, otwórz ten odnośnik:
    {"  "}{ $link }
    Oczekiwanie do { $seconds } s…
cli-way-out = W wierszu poleceń --provider-file PLIK podaje serwery ręcznie, a --microsoft-365 polecenia setup wybiera Microsoft 365 (konto służbowe lub szkolne).
