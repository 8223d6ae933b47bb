### Profile i pliki programu Thunderbird: błędy ich odczytu i zmiany
### (blokada profilu, prefs.js, magazyn danych logowania i NSS programu
### Thunderbird, przełączanie konta na OAuth2, przekazywanie logowania,
### uruchamianie programu Thunderbird) oraz lista `mailsetup profiles`. Nazwy
### plików (prefs.js, logins.json, logins.db, profiles.ini,
### msgFilterRules.dat), nazwy preferencji (signon.storage.rust.active),
### nazwy funkcji NSS, HOME, `mailsetup restore` i --format autoconfig
### pozostają bez zmian. $path, $profile, $root, $dir i $backup_dir to
### ścieżki; $error to komunikat systemu operacyjnego lub biblioteki.

## Błędy, tak jak pokazują je raport, kreator i wiersz poleceń.
tb-error-profile-in-use = Thunderbird używa profilu { $profile }; zamknij program Thunderbird i spróbuj ponownie
tb-error-read-only-profile = nie można zapisywać w profilu { $profile } ({ $error }); jest on na dysku tylko do odczytu lub brak uprawnień do zapisu w tym miejscu: skopiuj go tam, gdzie można zapisywać, albo poproś o pomoc osobę zarządzającą tym komputerem
# $found to jeden z tekstów tb-found-….
tb-error-not-regular-file = { $path } to { $found }, a nie zwykły plik, więc mailsetup go nie odczytuje; przenieś go w inne miejsce (Thunderbird oczekuje tam zwykłego pliku)
# $mebibytes to limit (liczba); $what to nazwa pliku lub jeden z tekstów
# tb-limit-what-… (w dopełniaczu), $why jeden z tekstów tb-limit-why-….
tb-error-too-large = plik { $path } ma ponad { $mebibytes } MiB, a mailsetup odczytuje z { $what } najwyżej tyle ({ $why }); jeśli nie jest to plik programu Thunderbird, przenieś go w inne miejsce
tb-error-change-undone = nie można zastąpić { $path }: { $error }; nic nie zostało zmienione: każdy plik jest taki jak wcześniej (kopie zapasowe w { $backup_dir })
# $not_restored i $backups to listy ścieżek rozdzielone przecinkami.
tb-error-half-changed = nie można zastąpić { $path }: { $error }, a nie udało się przywrócić { $not_restored }, więc profil jest zmieniony tylko częściowo; uruchom mailsetup ponownie dla tego profilu (najpierw przywróci pliki) albo ręcznie skopiuj z powrotem te kopie zapasowe: { $backups }
tb-error-lock-check-failed = nie można ustalić, czy Thunderbird używa profilu { $profile }: { $error }; zamknij program Thunderbird i spróbuj ponownie
# $line to numer wiersza w pliku; $message mówi, co jest w nim nie tak
# (tb-prefs-nul-byte, tb-file-not-utf8 lub słowa czytnika prefs.js
# programu Thunderbird, które pozostają po angielsku).
tb-error-prefs-syntax = { $path }, wiersz { $line }: { $message }; popraw lub usuń ten wiersz (Thunderbird również go pomija) albo raz uruchom i zamknij program Thunderbird, aby zapisał plik od nowa
# $message to słowa samego czytnika INI.
tb-error-profiles-ini = { $path } nie jest prawidłowym plikiem INI: { $message }; popraw go lub przenieś w inne miejsce, aby Thunderbird utworzył go od nowa
# $action to jeden z tekstów tb-action-…: czego nie udało się zrobić z $path.
tb-error-io = nie można { $action } { $path }: { $error }; sprawdź, czy ścieżka istnieje i czy są w niej uprawnienia do odczytu i zapisu
tb-error-no-home = nie można znaleźć katalogu domowego; ustaw HOME
tb-error-profile-not-found = w { $path } nie ma katalogu profilu programu Thunderbird; sprawdź ścieżkę (katalog profilu zawiera prefs.js)
# $names wymienia nazwy profili rozdzielone przecinkami.
tb-error-no-default-profile = { $root } zawiera kilka profili programu Thunderbird ({ $names }) i żaden nie jest domyślny; wskaż jeden z nich
# $field to jeden z tekstów tb-field-…, $problem jeden z tekstów mówiących,
# co jest z nim nie tak (tb-invalid-…, tb-migrate-…, tb-identity-…,
# tb-journal-…, tb-restore-…, tb-export-…, tb-pref-unwritable), po
# dwukropku: „adres konta: brak wartości”.
tb-error-invalid-account = { $field } konta: { $problem }; sprawdź konfigurację konta
# $message to jeden z tekstów tb-logins-….
tb-error-logins-invalid = { $path } nie jest magazynem danych logowania, który Thunderbird potrafi odczytać: { $message }; nic nie zostało zmienione (Thunderbird odłożyłby ten plik na bok i utracił to, co dodaje mailsetup)
tb-error-logins-elsewhere = ten profil przechowuje zapisane dane logowania w logins.db (signon.storage.rust.active), w którym mailsetup nie zapisuje; nic nie zostało zmienione
tb-error-primary-password = zapisane dane logowania profilu { $profile } chroni hasło główne, więc mailsetup nie może przekazać logowania do programu Thunderbird; nic nie zostało zmienione
# $error to jeden z tekstów tb-nss-….
tb-error-nss = { $error }; nic nie zostało zmienione

## Czego nie udało się zrobić z plikiem, w tb-error-io („nie można { $action } { $path }”).
tb-action-read = odczytać
tb-action-write = zapisać
tb-action-create = utworzyć
tb-action-copy = skopiować
tb-action-remove = usunąć
tb-action-replace = zastąpić
tb-action-resolve = ustalić rzeczywistej ścieżki
tb-action-flush = zapisać na dysk
tb-action-set-permissions = ustawić uprawnień do
tb-action-create-private-directory = utworzyć prywatnego katalogu w
tb-action-create-temporary-file = utworzyć pliku tymczasowego w
tb-action-create-backup = utworzyć kopii zapasowej
tb-action-create-backup-of = utworzyć kopii zapasowej pliku
tb-action-write-backup = zapisać kopii zapasowej

## Które ustawienie jest błędne, w tb-error-invalid-account („{ $field } konta: …”).
tb-field-address = adres
tb-field-display-name = wyświetlana nazwa
tb-field-incoming-host = serwer poczty przychodzącej
tb-field-smtp-host = serwer SMTP
tb-field-incoming-port = port serwera poczty przychodzącej
tb-field-smtp-port = port serwera SMTP
tb-field-settings = ustawienia
tb-field-account = klucz
tb-field-user-name = nazwa użytkownika
tb-field-identity = tożsamość
tb-field-backup = kopia zapasowa
tb-field-export = eksport
tb-field-change-journal = dziennik zmian

## Co jest tam, gdzie powinien być plik, w tb-error-not-regular-file.
tb-found-directory = katalog
tb-found-symbolic-link = dowiązanie symboliczne
tb-found-named-pipe = potok nazwany (FIFO)
tb-found-socket = gniazdo
tb-found-device = urządzenie
tb-found-not-regular-file = coś innego

## Pliki, które mailsetup odczytuje tylko do pewnego rozmiaru, i powód tego
## rozmiaru, w tb-error-too-large („z { $what }”, w dopełniaczu).
tb-limit-what-login-store = magazynu danych logowania
tb-limit-what-profile-list = listy profili
tb-limit-what-key-store = magazynu kluczy programu Thunderbird
tb-limit-what-change-journal = dziennika zmian
tb-limit-why-prefs = dziesięć razy więcej niż największy znany plik prefs.js zapisany przez program Thunderbird
tb-limit-why-logins = miejsce na dziesiątki tysięcy zapisanych danych logowania, znacznie więcej, niż ma jakikolwiek prawdziwy profil
tb-limit-why-filters = miejsce na około 100 000 filtrów wiadomości
tb-limit-why-profiles = miejsce na tysiące profili; Thunderbird zapisuje kilka wierszy na profil
tb-limit-why-key-store = wielokrotność rozmiaru każdego magazynu kluczy tworzonego przez program Thunderbird
tb-limit-why-change-journal = kilkaset bajtów na każdy plik objęty zmianą

## Odczyt prefs.js.
tb-file-not-utf8 = plik nie jest tekstem UTF-8
tb-prefs-nul-byte = bajt NUL w pliku; Thunderbird przerywa w tym miejscu odczyt
# $name to nazwa preferencji w cudzysłowie.
tb-pref-unwritable = nie można zapisać preferencji { $name }: { $reason }
tb-pref-name-empty = nazwa jest pusta
tb-pref-name-nul = nazwa zawiera znak NUL, którego preferencje nie mogą przechowywać
tb-pref-value-nul = wartość zawiera znak NUL, którego preferencje nie mogą przechowywać

## Co jest nie tak z ustawieniem, po jego nazwie i dwukropku w tb-error-invalid-account.
tb-invalid-is-empty = brak wartości
tb-invalid-not-an-address = to nie jest adres e-mail (musi zawierać @ i nie może zawierać spacji)
tb-invalid-contains-nul = zawiera znak NUL, którego preferencje programu Thunderbird nie mogą przechowywać
tb-invalid-not-a-host-name = to nie jest nazwa hosta
tb-invalid-port-zero = ustawiono 0
# $account to klucz konta w prefs.js (account1).
tb-invalid-account-not-in-profile = { $account } nie istnieje w tym profilu
tb-invalid-user-name-not-set = nie ustawiono jej na serwerach

## Przełączanie konta na OAuth2. $account to klucz konta w prefs.js
## (account1).
tb-migrate-not-a-mail-account = { $account } nie jest kontem pocztowym w tym profilu
# $kind to typ konta, tak jak nazywa go prefs.js (nntp, rss, ews).
tb-migrate-not-imap-or-pop = { $account } to konto typu { $kind }; na OAuth2 można przełączać tylko konta IMAP i POP
# $user_name to nazwa użytkownika konta w cudzysłowie.
tb-migrate-no-address = { $account } nie ma adresu e-mail, którym można się zalogować (nazwa użytkownika { $user_name }); podaj adres
# $pref to nazwa preferencji.
tb-migrate-cannot-write = nie można zapisać { $pref }
# Uwagi wyświetlane z planem. $origin to miejsce, dla którego zapisano hasło (imap://mail.example.com).
tb-migrate-note-password-stays = zapisane hasło dla { $origin } pozostaje: inne konto nadal loguje się tam hasłem, a Thunderbird szyfruje nazwy użytkowników, więc nie da się ich rozróżnić
tb-migrate-note-logins-db = logins.db (nieużywana przez program Thunderbird kopia logins.json) pozostaje bez zmian

## Dodawanie adresu (tożsamości) do konta.
# $alias to podany adres w cudzysłowie.
tb-identity-not-an-address = { $alias } nie jest adresem e-mail
tb-identity-name-nul = nazwa zawiera znak NUL, którego preferencje programu Thunderbird nie mogą przechowywać
tb-identity-no-prefs = profil nie ma pliku prefs.js, więc nie ma w nim konta, do którego można dodać adres
# $account to klucz konta w prefs.js (account1).
tb-identity-no-such-account = { $account } nie jest w tym profilu kontem z tożsamością

## Dziennik niedokończonej zmiany, który mailsetup odczytuje, aby po awarii
## przywrócić pliki. $path to ścieżka dziennika; $why jeden z następujących
## po nim tekstów tb-journal-….
tb-journal-refused = { $path } { $why }; przenieś go w inne miejsce, jeśli nie zapisał go mailsetup
# $error to słowa samego czytnika JSON.
tb-journal-not-a-journal = nie jest dziennikiem zapisywanym przez mailsetup ({ $error })
tb-journal-names-other-file = wskazuje { $path }, którego żadna zmiana nie zapisuje
# $name to nazwa pliku w cudzysłowie.
tb-journal-names-bad-backup = wskazuje kopię zapasową { $name }, która nie jest nazwą pliku

## Przywracanie kopii zapasowej. $which to podana wartość w cudzysłowie.
tb-restore-not-a-backup = { $which } nie jest żadną z kopii zapasowych tego profilu (`mailsetup restore` je wyświetla)

## Eksport kont na wiele komputerów (policies.json, mozilla.cfg). ${NAME} to
## symbol zastępczy zmiennej środowiskowej; $text i $name to podane wartości
## w cudzysłowie.
tb-export-unclosed-placeholder = niezamknięte ${"{"} w { $text }
tb-export-bad-variable-name = { $name } nie jest nazwą zmiennej środowiskowej (litery, cyfry, _)
tb-export-value-nul = wartość zawiera znak NUL, którego preferencje nie mogą przechowywać
tb-export-policies-placeholder = policies.json jest taki sam dla każdego użytkownika komputera, więc { $text } nie może zawierać symbolu zastępczego zależnego od użytkownika; użyj --format autoconfig

## Magazyn danych logowania (logins.json), po tb-error-logins-invalid.
# $error to słowa samego czytnika JSON.
tb-logins-not-json = to nie jest JSON ({ $error })
tb-logins-not-an-object = to nie jest obiekt JSON
# $number numeruje zapisane dane logowania od 1.
tb-logins-entry-not-an-object = dane logowania nr { $number } nie są obiektem
tb-logins-not-a-list = "logins" nie jest listą
tb-logins-no-list = brak listy "logins"
tb-logins-next-id = "nextId" nie jest liczbą całkowitą

## NSS programu Thunderbird, który szyfruje zapisane dane logowania. $dir to
## katalog instalacji programu Thunderbird.
# $looked_in wymienia katalogi rozdzielone przecinkami.
tb-nss-not-found = nie znaleziono instalacji programu Thunderbird z bibliotekami NSS (przeszukano { $looked_in })
# $reason to jeden z dwóch tekstów poniżej lub komunikat systemowego programu ładującego.
tb-nss-unloadable = nie udało się załadować NSS programu Thunderbird z { $dir }: { $reason }
tb-nss-library-missing = brak biblioteki NSS
# $file to ścieżka biblioteki.
tb-nss-did-not-load = nie udało się załadować { $file }
# $loaded i $wanted to katalogi instalacji.
tb-nss-other-install-loaded = to uruchomienie używa już NSS z { $loaded }; nie może używać jednocześnie NSS z { $wanted }
tb-nss-primary-password = zapisane dane logowania tego profilu chroni hasło główne
# $call to nazwa funkcji NSS, $code numer błędu NSS.
tb-nss-call-failed = wywołanie funkcji NSS { $call } nie powiodło się (błąd NSS { $code })
tb-nss-still-open = NSS programu Thunderbird nadal trzyma otwarty poprzedni magazyn kluczy; uruchom mailsetup ponownie
tb-nss-not-base64 = zapisane dane logowania nie są w formacie base64, który zapisuje Thunderbird

## Uruchamianie programu Thunderbird z ostatniej strony kreatora.
tb-launch-already-open = Thunderbird jest już otwarty
# $program to ścieżka programu.
tb-launch-failed = nie udało się uruchomić programu Thunderbird ({ $program }: { $error })

## mailsetup profiles: każdy profil i jego konta.
tb-listing-profile = { $name }: { $path }
tb-listing-profile-default = { $name } (domyślny): { $path }
# $problem to jeden z błędów powyżej.
tb-listing-accounts-unknown = konta nieznane: { $problem }
tb-listing-no-accounts = brak kont pocztowych
# $kind to typ konta (imap, pop3); $sign_in jeden z tekstów tb-sign-in-….
tb-listing-account = { $address }: { $kind } { $host } ({ $sign_in })
# Zamiast adresu konta, które go nie ma.
tb-listing-no-identity = (brak tożsamości)
# Następuje po tb-listing-account w tym samym wierszu.
tb-listing-sends-via = , wysyła przez { $host } ({ $sign_in })
# $hash to identyfikator instalacji, $dir jej katalog (lub
# tb-listing-an-install), $profile profil, który otwiera (lub
# tb-listing-opens-nothing).
tb-listing-install = instalacja { $hash } ({ $dir }) otwiera { $profile }
tb-listing-an-install = instalacja
tb-listing-opens-nothing = nic
tb-listing-no-profiles = brak profili
# Czego wymaga konto, w nawiasach przed nim; cli-profiles-needs-oauth2 (cli.ftl) wymienia to oznaczenie.
tb-status-needs-oauth2 = wymaga OAuth2
tb-status-ok = ok
tb-status-unknown-provider = nieznany dostawca
# Jak loguje się serwer.
tb-sign-in-none = bez logowania
tb-sign-in-password = hasło
tb-sign-in-kerberos = Kerberos
tb-sign-in-ntlm = NTLM
tb-sign-in-tls-certificate = certyfikat TLS
tb-sign-in-oauth2 = OAuth2
tb-sign-in-other = inne logowanie
