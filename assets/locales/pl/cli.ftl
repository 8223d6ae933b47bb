# Własne teksty wiersza poleceń (tabela polecenia audit jest w audit.ftl).

## mailsetup --fix-needed, uruchamiane po zalogowaniu. $reason to stan konta opisany słowami.
cli-fix-needed-nothing = Wszystkie konta pocztowe w programie Thunderbird są w porządku: nie ma nic do naprawy.
cli-fix-needed = { $address } (profil „{ $profile }”) wymaga naprawy: { $reason }.

## mailsetup profiles, migrate, doctor, restore, export, alias. Ścieżki,
## adresy i nazwy serwerów są wstawiane; opcje i polecenia w odwróconych
## apostrofach pozostają bez zmian.
cli-no-profiles = Nie znaleziono profili programu Thunderbird (przeszukano { $looked }).
cli-profiles-needs-oauth2 = Konta oznaczone [wymaga OAuth2] przestaną działać, gdy dostawca wyłączy hasła: `mailsetup migrate` przełączy je bez tworzenia nowych kont.
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

## Dlaczego nie udało się wykonać polecenia (wyświetlane po „mailsetup: ”).
## $error to przyczyna podana przez system lub parser, bez zmian; $path,
## $root, $profile i $file to pliki lub katalogi; $address, $alias i $owner
## to adresy e-mail. --profile i `mailsetup profiles` pozostają bez zmian;
## KATALOG to symbol zastępczy z help-value-dir.
cli-manpage-failed = nie udało się zapisać strony podręcznika man: { $error }
cli-no-home = nie można znaleźć katalogu domowego, aby wyszukać w nim program Thunderbird
cli-profile-dir-missing = katalog profilu { $path } nie istnieje
cli-bundle-failed = nie można zapisać pakietu pomocy technicznej w { $path }: { $error }
cli-write-failed = nie można zapisać { $path }: { $error }
cli-no-profile-under = w { $root } nie ma profilu programu Thunderbird; podaj --profile KATALOG
cli-no-prefs = { $profile } nie ma pliku prefs.js, więc nie ma kont
cli-no-account-for = profil { $profile } nie ma konta dla { $address }; `mailsetup profiles` wyświetla jego konta
# $account to klucz konta w prefs.js (account1), $server jego serwer poczty przychodzącej.
cli-migrate-not-oauth-provider = { $address } ({ $account } na { $server }) nie jest, o ile mailsetup może to stwierdzić, ani u Microsoft, ani u Google, więc nie można go tutaj przełączyć na OAuth2
cli-no-google-plan = brak planu dla Google
# $provider to nazwa dostawcy.
cli-export-password = { $address }: { $provider } loguje się hasłem, a takich kont mailsetup nie wdraża
# $servers to jedna nazwa serwera lub dwie połączone przez cli-two-servers.
cli-export-no-oauth = { $address }: program Thunderbird nie może używać OAuth2 z { $servers }, więc wyeksportowane konto nie mogłoby się zalogować
cli-two-servers = { $first } i { $second }
cli-alias-invalid = alias: { $error }
cli-alias-is-owner = { $alias } to własny adres konta, a nie jego alias
cli-alias-sign-in-unknown = mailsetup nie wie, jak loguje się { $owner }, więc nie może wysłać wiadomości testowej

## mailsetup migrate, zanim zapyta: co zmieniłoby się w każdym koncie.
## $account to klucz konta w prefs.js (account1), $protocol imap lub pop3,
## $server jego serwer poczty przychodzącej, $provider microsoft lub google;
## $pref to nazwa preferencji, $value i $old to jej wartości, wszystkie bez
## zmian.
cli-migrate-plan = { $address } ({ $account }, { $protocol } { $server }) → OAuth2 u { $provider }:
cli-migrate-pref = { $pref } = { $value }   (wcześniej { $old })
cli-migrate-pref-new = { $pref } = { $value }   (wcześniej nieustawione)
cli-migrate-filters = filtry w { $file } przechodzą na nową nazwę serwera
# $origin to miejsce, dla którego zapisano hasło (imap://mail.example.com).
cli-migrate-password-removed = zapisane hasło dla { $origin } zostanie usunięte (program Thunderbird loguje się teraz przez OAuth2)
# $note to jedna z uwag samego przełączenia.
cli-migrate-note = uwaga: { $note }
cli-already-oauth2 = { $address } ({ $account }) już loguje się przez OAuth2; nie ma nic do zrobienia.

## mailsetup restore, jeden wiersz na kopię zapasową: $name to jej nazwa
## (ta, którą przyjmuje restore), $bytes jej rozmiar w bajtach (same
## cyfry), $file plik, który przywraca.
cli-backup-entry = { $name }  (rozmiar w bajtach: { $bytes }, przywraca { $file })

## mailsetup explain, gdy żadna diagnoza nie pasuje. ADRES to symbol
## zastępczy z help-value-email.
cli-explain-nothing = mailsetup nie ma na to diagnozy. Uruchom `mailsetup check ADRES`, aby znaleźć krok, który się nie udaje, albo wklej dokładną odpowiedź serwera.

## setup --device-code, po wierszach, które wyjaśniają ten sposób logowania.
## $link to strona do otwarcia, $code to, co należy tam wpisać, $minutes to,
## jak długo kod jest ważny.
cli-device-code = Na dowolnym urządzeniu otwórz { $link } i wpisz kod:  { $code }
    (ważny przez { $minutes } min)

cli-ask-choices = [t/N]
cli-ask-yes = t, tak
cli-window-failed = nie udało się otworzyć okna: { $error }
cli-sandbox-not-here = `{ $command }` nie korzysta z dostawcy ćwiczebnego: `--sandbox` działa z kreatorem oraz z `setup`, `check`, `migrate` i `alias`. Nic nie zostało zrobione.
