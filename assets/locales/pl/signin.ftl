# Logowanie u dostawcy (jego kroki w raporcie, strona wyświetlana potem
# w przeglądarce, awaryjne logowanie kodem urządzenia) i kroki konfiguracji
# wokół niego: plan, etap programu Thunderbird i przekazanie logowania do
# programu Thunderbird. Tytuły kroków to krótkie polecenia; szczegóły to
# fragmenty zdań pisane małą literą. Bez zmian pozostają: opcje (--no-write,
# --force), nazwy plików (logins.json, key4.db), offline_access, $BROWSER,
# NSS, OAuth2.

## Jak otwarto stronę logowania. Uzupełniają zdanie kreatora
## „Strona logowania: { $how }.” i rozpoczynają szczegóły kroku
## „Otwórz stronę logowania”.
signin-browser-opened-by-mailsetup = otwarta przez sam program mailsetup
signin-browser-opened-default = otwarta w domyślnej przeglądarce
# $program to polecenie ze zmiennej środowiskowej BROWSER.
signin-browser-opened-variable = otwarta za pomocą $BROWSER ({ $program })
# $error to komunikat błędu systemu.
signin-browser-default-failed = nie udało się uruchomić domyślnej przeglądarki: { $error }
# $failures wymienia każde wypróbowane polecenie wraz z błędem systemu.
signin-browser-variable-failed = nie udało się uruchomić żadnego polecenia z $BROWSER ({ $failures })

## Kroki logowania w raporcie.
signin-listen-title = Przygotuj odbiór logowania
# $port to liczba, $redirect to adres, na który wraca przeglądarka.
signin-listen-detail = nasłuchiwanie na 127.0.0.1, port { $port }, dla { $redirect }
signin-listen-detail-ipv6 = nasłuchiwanie na 127.0.0.1 i [::1], port { $port }, dla { $redirect }
# $error to komunikat błędu systemu.
signin-listen-failed = nie można nasłuchiwać na 127.0.0.1 w oczekiwaniu na przekierowanie logowania: { $error }
signin-browser-title = Otwórz stronę logowania
# $how to jeden z tekstów „otwarta …” powyżej; $issuer to serwer logowania.
signin-browser-detail = { $how }: { $issuer }
# $why to jeden z tekstów „nie udało się uruchomić …” powyżej.
signin-browser-failed = { $why }; otwórz samodzielnie odnośnik wyświetlony przez program mailsetup
signin-redirect-title = Zaloguj się i wyraź zgodę w przeglądarce
# $server to nazwa hosta serwera logowania.
signin-redirect-other-issuer = odpowiedź wskazuje inny serwer logowania niż { $server }; kod nie został użyty
# Zastępuje $server, gdy adres logowania nie zawiera nazwy hosta.
signin-redirect-the-server = serwer logowania
signin-redirect-code = przeglądarka wróciła z kodem autoryzacji
signin-redirect-refused = dostawca odrzucił logowanie
# $seconds to liczba.
signin-redirect-timed-out = brak odpowiedzi z przeglądarki w ciągu { $seconds } s
signin-wait-cancelled = logowanie zostało anulowane
signin-wait-listener-gone = nasłuchiwanie na adresie pętli zwrotnej nieoczekiwanie się zakończyło
# $duration to czas trwania zapisany przez program (300s).
signin-wait-timed-out = przeglądarka nie wróciła w ciągu { $duration }
signin-exchange-title = Wymień kod na tokeny
# $minutes to liczba.
signin-exchange-with-refresh-valid = otrzymano token dostępu z tokenem odświeżania, ważny przez { $minutes } min
signin-exchange-without-refresh-valid = otrzymano token dostępu bez tokenu odświeżania, ważny przez { $minutes } min
signin-exchange-with-refresh = otrzymano token dostępu z tokenem odświeżania
signin-exchange-without-refresh = otrzymano token dostępu bez tokenu odświeżania
signin-refresh-title = Odnów token dostępu
signin-refresh-none = dostawca nie wystawił tokenu odświeżania (czy zażądano offline_access?)
signin-refresh-accepted = token odświeżania został przyjęty

## Dlaczego żądanie do punktu końcowego tokenów się nie powiodło. Słowa
## samego dostawcy są wyświetlane osobno.
# $seconds to liczba.
signin-token-timed-out = punkt końcowy tokenów nie odpowiedział w ciągu { $seconds } s
signin-token-refused = dostawca odrzucił żądanie
# $error to komunikat błędu systemu.
signin-token-unreachable = nie udało się połączyć z punktem końcowym tokenów: { $error }
signin-token-unreadable = nie udało się odczytać odpowiedzi punktu końcowego tokenów: { $error }
# $status to status HTTP (429), $seconds to czas oczekiwania, o który prosi dostawca.
signin-throttled-wait-waited = usługa logowania ogranicza liczbę żądań (HTTP { $status }) i prosi o odczekanie { $seconds } s; mailsetup odczekał raz zgodnie z prośbą i kończy w tym miejscu, zamiast ponawiać żądania w pętli
signin-throttled-wait = usługa logowania ogranicza liczbę żądań (HTTP { $status }) i prosi o odczekanie { $seconds } s; to dłużej, niż mailsetup czeka w ramach jednego kroku, więc nie ponowił żądania
signin-throttled-slow-down-waited = usługa logowania ogranicza liczbę żądań (HTTP { $status }) i prosi o zwolnienie tempa; mailsetup odczekał raz zgodnie z prośbą i kończy w tym miejscu, zamiast ponawiać żądania w pętli
signin-throttled-slow-down = usługa logowania ogranicza liczbę żądań (HTTP { $status }) i prosi o zwolnienie tempa; to dłużej, niż mailsetup czeka w ramach jednego kroku, więc nie ponowił żądania

## Awaryjne logowanie kodem urządzenia, gdy przeglądarka nie może wrócić
## do tego komputera (sesje zdalne).
signin-device-label = Awaryjnie: zaloguj się za pomocą kodu na innym urządzeniu
signin-device-warning = Używaj tej opcji tylko wtedy, gdy zwykłe logowanie w przeglądarce nie może zadziałać (na przykład w sesji zdalnej). Wiele organizacji blokuje logowanie kodem urządzenia (AADSTS53003); jeśli tak jest w danej organizacji, ta próba się nie powiedzie i należy użyć zwykłego logowania.
signin-device-title = Zaloguj się kodem urządzenia (awaryjnie)
signin-device-no-endpoint = program mailsetup nie zna punktu końcowego kodów urządzeń dla tego dostawcy
signin-device-start-refused = dostawca odmówił rozpoczęcia logowania kodem urządzenia
# $error to komunikat błędu systemu.
signin-device-unreachable = nie udało się połączyć z punktem końcowym kodów urządzeń: { $error }
signin-device-unusable = nie można użyć odpowiedzi punktu końcowego kodów urządzeń: { $error }
# $seconds to liczba.
signin-device-timed-out = punkt końcowy kodów urządzeń nie odpowiedział w ciągu { $seconds } s
signin-device-cancelled = anulowano
signin-device-refused = dostawca odrzucił logowanie kodem urządzenia
signin-device-failed = logowanie kodem urządzenia nie powiodło się: { $error }
# $code to kod wpisany przez użytkownika, $uri to miejsce, gdzie go wpisał.
signin-device-approved = kod { $code } został zatwierdzony na { $uri }; otrzymano token dostępu

## Strona wyświetlana na karcie przeglądarki po zalogowaniu. Zwykły tekst:
## program sam dodaje znaczniki.
signin-page-signed-in-title = Zalogowano
signin-page-signed-in = Mail Setup ma wszystko, czego potrzebuje. Można zamknąć tę kartę i wrócić do Mail Setup.
signin-page-not-complete-title = Logowanie nie zostało ukończone
# $error to kod błędu dostawcy (access_denied), wyświetlany jako kod.
signin-page-provider-answered = Dostawca odpowiedział: { $error }.
signin-page-provider-explained = Wróć do Mail Setup: tam wyjaśniono, co to oznacza i co zrobić dalej.
signin-page-another-issuer = Ta odpowiedź wskazuje inny serwer logowania niż ten, do którego skierował Mail Setup, więc Mail Setup jej nie użył. Wróć do Mail Setup i rozpocznij tam logowanie od nowa.
signin-page-not-this-title = To nie jest logowanie, na które czeka Mail Setup
signin-page-not-this = Odnośnik nie pasuje do logowania rozpoczętego przez Mail Setup. Może pochodzić z wcześniejszej próby. Wróć do Mail Setup i rozpocznij tam logowanie od nowa.
signin-page-malformed-title = To nie jest prawidłowa odpowiedź logowania
signin-page-malformed = Odnośnik zawiera powtórzony parametr logowania, więc Mail Setup go nie użył. Wróć do Mail Setup i rozpocznij tam logowanie od nowa.
signin-page-not-waiting-title = Mail Setup nie czeka na logowanie
signin-page-not-waiting = Wróć do Mail Setup i rozpocznij tam logowanie.
signin-page-refused-title = Odrzucono żądanie
# $status to numer statusu HTTP.
signin-page-refused = Odbiornik logowania programu Mail Setup nie przyjmuje tego żądania (HTTP { $status }).
signin-page-not-found-title = Nie znaleziono
signin-page-not-found = Nic tu nie ma.

## To, co wpisano, odrzucone, zanim cokolwiek zostanie uruchomione.
# $error mówi, co jest nie tak z wpisanym adresem.
flow-delegate-invalid = pełnomocnik: { $error }
flow-delegate-is-mailbox = { $address } to sama udostępniona skrzynka pocztowa; pełnomocnik to osoba, która otwiera ją, logując się na własne konto
flow-delegate-not-oauth = udostępnioną skrzynkę pocztową otwiera się przy użyciu własnego logowania pełnomocnika, a { $provider } nie loguje się przez OAuth2 programu mailsetup (używa hasła lub własnego logowania programu Thunderbird)
flow-name-has-nul = nazwa nie może zawierać znaku NUL
# $host to serwer poczty przychodzącej konta.
flow-account-no-address = konto na serwerze { $host } nie ma adresu e-mail

## Plan: pierwsze kroki i ostrzeżenia raportu.
flow-delegate-other-domain = { $delegate } i udostępniona skrzynka pocztowa { $address } należą do różnych domen: oba adresy muszą być w tej samej organizacji Microsoft 365, w przeciwnym razie serwer poczty nie pozwoli { $delegate } otworzyć skrzynki.
flow-plan-title = Ustal dostawcę i serwery
# $provider to nazwa dostawcy, $source pochodzenie planu (jeden z tekstów
# flow-source), $sign_in sposób logowania (jeden z tekstów flow-plan-sign-in).
flow-plan-detail = { $provider } ({ $source }); { $sign_in }
# $issuer to serwer logowania, $client identyfikator rejestracji aplikacji.
flow-plan-sign-in-oauth = logowanie w { $issuer } z klientem { $client }
flow-plan-sign-in-thunderbird = OAuth2 w { $issuer }, wykonywane przez sam program Thunderbird; mailsetup sprawdza serwery bez logowania
flow-plan-sign-in-password = logowanie hasłem (Thunderbird o nie poprosi); mailsetup sprawdza serwery bez logowania
# $lookup to nazwa wyszukiwania (DNS SRV, autoconfig…).
flow-lookup-title = Wyszukiwanie: { $lookup }
flow-stop-title = Czy to konto można przełączyć na OAuth2?
flow-source-catalogue = z wbudowanego katalogu programu mailsetup
flow-source-user-choice = zgodnie z wyborem
flow-source-provider-file = z pliku dostawcy { $path }
flow-source-sandbox = wbudowana piaskownica
flow-source-discovered = znaleziony przez wyszukiwanie { $lookup }
flow-source-thunderbird = z serwera, którego Thunderbird już używa: { $host }

## Etapy logowania i sprawdzania.
flow-token-title = Zajrzyj do tokenu dostępu
# $seconds to liczba.
flow-token-expired = według punktu końcowego tokenów token jest ważny przez { $seconds } s, a ten czas już minął
flow-no-sign-in-held = logowanie nie jest już aktywne; zaloguj się ponownie
flow-sign-in-title = Zaloguj się w przeglądarce
flow-smtp-title = Sprawdź SMTP
flow-cancelled = anulowano
flow-not-done-yet = jeszcze nie wykonano
flow-sign-in-by-thunderbird = nie wykonuje tego program mailsetup: Thunderbird sam loguje się na to konto
flow-stopped-by-plan = nie podjęto próby: tego konta nie można przełączyć na OAuth2 (zobacz wyżej)
flow-checks-after-failed-sign-in = nie podjęto próby, ponieważ logowanie nie zostało ukończone
flow-checks-not-yet = jeszcze nie podjęto próby

## Etap programu Thunderbird.
flow-write-title = Dodaj konto do programu Thunderbird
flow-migrate-title = Przełącz konto programu Thunderbird na OAuth2
flow-write-no-write = nie zapisano (--no-write)
# $account to klucz konta w programie Thunderbird (account3), $profile to folder.
flow-write-added = dodano konto { $account } do { $profile }
flow-write-already-present = profil ma już to konto ({ $account }); nic nie zmieniono
flow-write-updated = konto { $account } w profilu loguje się teraz przez OAuth2 (jego wiadomości i foldery zostały zachowane)
flow-migrate-already = { $account } już loguje się przez OAuth2; nic nie zmieniono
# $changes i $removed to liczby; $server to klucz serwera w programie Thunderbird.
flow-migrate-done = { $account } loguje się teraz przez OAuth2 na { $incoming } (zmienione ustawienia: { $changes }, usunięte zapisane hasła: { $removed }; klucz serwera { $server } i jego wiadomości zostały zachowane)
flow-migrate-done-smtp = { $account } loguje się teraz przez OAuth2 na { $incoming } i { $smtp } (zmienione ustawienia: { $changes }, usunięte zapisane hasła: { $removed }; klucz serwera { $server } i jego wiadomości zostały zachowane)
# $detail to szczegóły kroku; dopisywane, gdy --force pominęło wynik sprawdzenia.
flow-forced = { $detail } (wykonano mimo nieudanego sprawdzenia: --force)
flow-write-skipped-no-write = nie zapisano: to uruchomienie tylko sprawdza (--no-write)
flow-write-skipped-by-user = nie zapisano: wybrano „Pomiń”
flow-write-skipped-sign-in = nie zapisano, ponieważ logowanie nie zostało ukończone
flow-write-skipped-check = nie zapisano, ponieważ sprawdzenie się nie powiodło
flow-write-skipped-yet = jeszcze nie zapisano
flow-migrate-skipped-no-write = nie przełączono: to uruchomienie tylko sprawdza (--no-write)
flow-migrate-skipped-by-user = nie przełączono: wybrano „Pomiń”
flow-migrate-skipped-sign-in = nie przełączono, ponieważ logowanie nie zostało ukończone
flow-migrate-skipped-check = nie przełączono, ponieważ sprawdzenie się nie powiodło (zobacz diagnozę; --force przełączy mimo to)
flow-migrate-skipped-yet = jeszcze nie przełączono

## Przekazanie logowania do programu Thunderbird, aby uruchomił się zalogowany.
flow-handoff-title = Pozostaw program Thunderbird zalogowany
# $why to jeden z powodów poniżej lub błąd.
flow-handoff-without = { $why }; po uruchomieniu Thunderbird raz poprosi o zalogowanie
flow-handoff-no-write = nie przekazano: to uruchomienie niczego nie zapisuje (--no-write)
flow-handoff-not-written = nie przekazano, ponieważ konto nie zostało zapisane
flow-handoff-not-switched = nie przekazano, ponieważ konto nie zostało przełączone
flow-handoff-no-sign-in = nie przekazano: mailsetup nie ma aktywnego logowania
flow-handoff-no-refresh = nie przekazano: dostawca nie wystawił tokenu odświeżania
flow-handoff-turned-off = nie przekazano: wyłączono (--no-sign-in-handoff)
# Powody, dla których przekazanie nie jest możliwe, osobno (kreator pokazuje
# je zamiast pola „Pozostaw program Thunderbird zalogowany”) i w raporcie.
flow-handoff-by-thunderbird = Thunderbird sam loguje się na to konto
flow-handoff-by-thunderbird-report = niepotrzebne: Thunderbird sam loguje się na to konto
flow-handoff-provider-file = logowanie wykonano dla własnej rejestracji aplikacji z pliku dostawcy, a Thunderbird może użyć tylko logowania wykonanego dla jego własnej rejestracji
flow-handoff-provider-file-report = nie przekazano: logowanie wykonano dla własnej rejestracji aplikacji z pliku dostawcy, a Thunderbird może użyć tylko logowania wykonanego dla jego własnej rejestracji
flow-handoff-sandbox = logowanie wykonano dla dostawcy ćwiczebnego, a Thunderbird może użyć tylko logowania wykonanego dla jego własnej rejestracji
flow-handoff-sandbox-report = nie przekazano: logowanie wykonano dla dostawcy ćwiczebnego, a Thunderbird może użyć tylko logowania wykonanego dla jego własnej rejestracji
flow-handoff-other-app = logowanie wykonano dla rejestracji aplikacji, która nie należy do programu Thunderbird, a Thunderbird może użyć tylko logowania wykonanego dla jego własnej rejestracji
flow-handoff-other-app-report = nie przekazano: logowanie wykonano dla rejestracji aplikacji, która nie należy do programu Thunderbird, a Thunderbird może użyć tylko logowania wykonanego dla jego własnej rejestracji
flow-handoff-other-service = Thunderbird loguje się do tych serwerów przez inną usługę logowania Microsoft
flow-handoff-other-service-report = nie przekazano: Thunderbird loguje się do tych serwerów przez inną usługę logowania Microsoft
# $user to adres.
flow-handoff-replaced = { $user } (zastępuje wcześniej zapisane logowanie)
# $users wymienia adresy; $nss to folder z NSS programu Thunderbird.
flow-handoff-done = Thunderbird uruchomi się zalogowany jako { $users }: logowanie jest w magazynie danych logowania profilu (logins.json), zaszyfrowane tak jak robi to Thunderbird, jego własnym NSS z { $nss }; mailsetup nie zachowuje kopii
flow-handoff-done-key-store = Thunderbird uruchomi się zalogowany jako { $users }: logowanie jest w magazynie danych logowania profilu (logins.json), zaszyfrowane tak jak robi to Thunderbird, jego własnym NSS z { $nss }; mailsetup nie zachowuje kopii; profil nie miał magazynu kluczy (key4.db), a teraz go ma
# $detail to jeden z dwóch tekstów powyżej; $backups wymienia pliki.
flow-handoff-backups = { $detail }; kopie zapasowe: { $backups }

## Polecenie doctor: własne zapisane logowanie programu Thunderbird, odnowione.
flow-doctor-no-browser = doctor nigdy nie otwiera przeglądarki
flow-saved-title = Znajdź zapisane logowanie programu Thunderbird
# $user to nazwa logowania, $issuer to serwer logowania.
flow-saved-none = Thunderbird nie ma zapisanego logowania dla { $user } w { $issuer }: poprosi użytkownika o zalogowanie przy następnym połączeniu
flow-saved-found = Thunderbird ma zapisane logowanie dla { $user } w { $issuer }
flow-save-title = Zapisz odnowione logowanie dla programu Thunderbird
flow-save-running = nie zapisano: Thunderbird jest uruchomiony; jego własne zapisane logowanie pozostaje ważne i Thunderbird sam je odnowi
flow-save-done = dostawca odnowił token odświeżania; nowy zastępuje token programu Thunderbird, tak jak zrobiłby to sam Thunderbird

signin-aadsts-code = Kod AADSTS:
