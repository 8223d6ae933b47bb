### Teksty pomocy wiersza poleceń: to, co `mailsetup --help`, `mailsetup
### POLECENIE --help` i -h, strona podręcznika man i uzupełnianie w powłoce
### mówią o każdym poleceniu, opcji, argumencie i wartości (słowa, które
### clap dopisuje wokół nich, są w usage.ftl). Wyszukiwane według definicji
### clap w src/cli/mod.rs i src/cli/tb.rs.
###
### Komunikat `help-cmd-…` to jednowierszowe podsumowanie polecenia (lista
### poleceń, -h); jego `help-cmd-…-long` to tekst --help, w którym pusty
### wiersz zaczyna nowy akapit. Podział wiersza tutaj to podział wiersza
### w pomocy, więc każdy akapit zajmuje jeden wiersz. Podsumowania i opisy
### opcji kończą się bez kropki. `help-value-…` to symbole zastępcze wartości
### (--profile KATALOG), pisane wielkimi literami. Opcje (--all-users),
### polecenia (`doctor`), nazwy plików i zmienne środowiskowe pozostają bez
### zmian.

## Sam mailsetup i opcje, które przyjmuje każde polecenie.
help-cmd-mailsetup = Mail Setup Assistant: przenosi konta pocztowe na OAuth2 i konfiguruje program Thunderbird
# Wyświetlane na końcu `mailsetup --help`.
help-cmd-mailsetup-after = Kod wyjścia: 0 – wszystkie sprawdzenia się powiodły, 1 – któreś sprawdzenie się nie powiodło (lub nic nie znaleziono), 2 – nie udało się wykonać polecenia.
help-sandbox = Pozwala wypróbować wszystko na wbudowanym dostawcy ćwiczebnym; konto nie jest potrzebne
help-verbose = Wypisuje komunikaty dziennika (nigdy poufne dane) na standardowe wyjście błędów
help-lang = Język komunikatów (de, fr, pt-BR…); w przeciwnym razie MAILSETUP_LANG, a potem język systemu. Klucze JSON, identyfikatory i odpowiedzi serwerów pozostają bez zmian
help-fix-needed = Do skryptu logowania lub skrótu na pulpicie: nic nie robi (kod wyjścia 0), gdy każde konto programu Thunderbird tego użytkownika jest w porządku; w przeciwnym razie otwiera kreator przy pierwszym koncie wymagającym naprawy i podaje powód

## Polecenia: podsumowanie, a dla niektórych dłuższy tekst --help.
help-cmd-setup = Loguje się, sprawdza IMAP i SMTP i dodaje konto do programu Thunderbird
help-cmd-check = Wyszukuje serwery, loguje się i sprawdza IMAP i SMTP, niczego nie zapisując; każdy nieudany krok zostaje wyjaśniony (diagnoza)
help-cmd-check-long =
    Wyszukuje serwery, loguje się i sprawdza IMAP i SMTP, niczego nie zapisując; każdy nieudany krok zostaje wyjaśniony (diagnoza).

    Kod wyjścia: 0 – wszystkie sprawdzenia się powiodły, 1 – któreś sprawdzenie się nie powiodło, 2 – nie udało się wykonać polecenia.
help-cmd-explain = Wyjaśnia błąd bez połączenia z siecią: kod AADSTS, odpowiedź SMTP lub IMAP albo dowolny wklejony tekst błędu. Wypisuje, co się stało, co można zrobić i co musi zrobić administrator
help-cmd-explain-long =
    Wyjaśnia błąd bez połączenia z siecią: kod AADSTS, odpowiedź SMTP lub IMAP albo dowolny wklejony tekst błędu. Wypisuje, co się stało, co można zrobić i co musi zrobić administrator.

    Kod wyjścia: 0 – znaleziono diagnozę, 1 – nie znaleziono żadnej.
help-cmd-detect = Ustala dostawcę, serwery i metodę logowania dla adresu i pokazuje dowody
help-cmd-detect-long =
    Ustala dostawcę, serwery i metodę logowania dla adresu i pokazuje dowody.

    Kod wyjścia: 0 – znaleziono plan, 1 – nie znaleziono żadnego (lub konta nie można przełączyć), 2 – nie udało się wykonać polecenia.
help-cmd-profiles = Wyświetla profile programu Thunderbird (każdej instalacji: Linux, Flatpak, Snap, Windows, macOS) i ich konta wraz z tym, czego każde wymaga
help-cmd-migrate = Przełącza na OAuth2 konta w Microsoft lub Google logujące się hasłem, bez tworzenia nowych kont, z zachowaniem wiadomości, folderów i filtrów. Najpierw loguje się i sprawdza
help-cmd-migrate-long =
    Przełącza na OAuth2 konta w Microsoft lub Google logujące się hasłem, bez tworzenia nowych kont, z zachowaniem wiadomości, folderów i filtrów. Najpierw loguje się i sprawdza.

    Kod wyjścia: 0 – przełączono (lub nie było nic do zrobienia), 1 – któreś sprawdzenie się nie powiodło lub odpowiedziano „nie”, 2 – nie udało się wykonać polecenia.
help-cmd-doctor = Co mówi własne logowanie programu Thunderbird: dla każdego konta OAuth2 w profilu odczytuje logowanie zapisane przez program Thunderbird, odnawia je u dostawcy i sprawdza przy jego użyciu IMAP i SMTP. Bez przeglądarki, bez wpisywania czegokolwiek; na problemy „Thunderbird ciągle prosi o zalogowanie” i „wysyłanie przestało działać”
help-cmd-doctor-long =
    Co mówi własne logowanie programu Thunderbird: dla każdego konta OAuth2 w profilu odczytuje logowanie zapisane przez program Thunderbird, odnawia je u dostawcy i sprawdza przy jego użyciu IMAP i SMTP. Bez przeglądarki, bez wpisywania czegokolwiek; na problemy „Thunderbird ciągle prosi o zalogowanie” i „wysyłanie przestało działać”.

    Kod wyjścia: 0 – wszystkie konta przeszły sprawdzenie, 1 – któreś się nie powiodło (lub nie znaleziono żadnego), 2 – nie udało się wykonać polecenia.
help-cmd-alias = Dodaje inny adres skrzynki pocztowej (alias, np. sales@…) do jej konta w programie Thunderbird, aby wysyłać jako ten adres; `--send-test` najpierw sprawdza jedną prawdziwą wiadomością, czy serwer na to pozwala
help-cmd-alias-long =
    Dodaje inny adres skrzynki pocztowej (alias, np. sales@…) do jej konta w programie Thunderbird, aby wysyłać jako ten adres; `--send-test` najpierw sprawdza jedną prawdziwą wiadomością, czy serwer na to pozwala.

    Kod wyjścia: 0 – dodano (lub już był), 1 – wiadomość testowa została odrzucona, 2 – nie udało się wykonać polecenia.
# Nazwy stanów (works, password-microsoft-365, …) są wypisywane przez audit; pozostają bez zmian.
help-cmd-audit = Znajduje każde konto programu Thunderbird, które przestanie działać, i podaje kiedy: każde konto każdego profilu każdej instalacji, z jego stanem i tym, co zrobić. Tylko odczyt, bez sieci (`doctor` to sprawdzenie online)
help-cmd-audit-long =
    Znajduje każde konto programu Thunderbird, które przestanie działać, i podaje kiedy: każde konto każdego profilu każdej instalacji, z jego stanem i tym, co zrobić. Tylko odczyt, bez sieci (`doctor` to sprawdzenie online).

    Stany: works, password-microsoft-365 (wysyłanie przestanie działać pod koniec grudnia 2026 r.; odbieranie już nie działa), password-refused (Gmail, Outlook.com, Yahoo, AOL), ews-microsoft-365 (zablokowane od 1 października 2026 r., wyłączone 1 kwietnia 2027 r.), sign-in-missing, sign-in-expired (ocenione na podstawie magazynu danych logowania: Microsoft unieważnia logowanie nieużywane przez 90 dni), unknown-provider, nothing-to-do.

    Kod wyjścia: 0 – nic do zrobienia, 1 – któreś konto wymaga działania, 2 – nie udało się wykonać polecenia lub odczytać wszystkiego (a nic nie wymaga działania): skrypt wykrywania dla RMM lub Intune.
help-cmd-completions = Wypisuje skrypty uzupełniania dla powłoki bash, zsh lub fish (pakiet .deb je instaluje)
help-cmd-manpage = Wypisuje stronę podręcznika man (roff), do tworzenia pakietów
help-cmd-restore = Wyświetla kopie zapasowe profilu utworzone przez mailsetup lub przywraca jedną z nich (najpierw tworzona jest kopia zapasowa bieżącego pliku)
help-cmd-export = Zapisuje plik policies.json lub AutoConfig, który wdraża konta na wielu komputerach

## Symbole zastępcze wartości opcji i argumentów.
help-value-language = JĘZYK
help-value-delegate = PEŁNOMOCNIK
help-value-dir = KATALOG
help-value-seconds = SEKUNDY
help-value-file = PLIK
help-value-pem = PEM
help-value-code-or-text = KOD-LUB-TEKST
help-value-email = ADRES
help-value-date = DATA

## Skąd pochodzą ustawienia dostawcy: opcje poleceń setup, check, detect,
## migrate, doctor, alias i export.
help-provider-file = Używa ustawień dostawcy z tego pliku TOML dla wymienionych w nim domen (zobacz README)
help-ca-file = Dodatkowo ufa certyfikatom CA z tego pliku PEM (inspekcja TLS, serwery testowe)

## mailsetup setup i mailsetup check. ADRES, PEŁNOMOCNIK i PLIK to symbole
## zastępcze z help-value-….
help-setup-email = Adres e-mail do skonfigurowania
help-setup-name = Imię i nazwisko widoczne dla odbiorców (domyślnie: część przed znakiem @)
help-setup-delegate = ADRES to udostępniona skrzynka pocztowa (info@…, support@…), którą PEŁNOMOCNIK otwiera, logując się na własne konto (Microsoft 365): PEŁNOMOCNIK loguje się i wysyła, a konto odczytuje pocztę i wysyła jako ADRES
help-setup-profile = Zapisuje w tym katalogu profilu programu Thunderbird zamiast w domyślnym
help-setup-microsoft-365 = Adres jest w Microsoft 365 (konto służbowe lub szkolne), choć mailsetup nie zna jego domeny
help-setup-json = Wypisuje raport w formacie JSON
help-setup-no-write = Loguje się i sprawdza, ale niczego nie zapisuje
help-setup-no-sign-in-handoff = Nie przekazuje logowania do programu Thunderbird: Thunderbird poprosi wtedy raz o zalogowanie przy uruchomieniu
help-setup-timeout = Jak długo czekać na logowanie w przeglądarce, w sekundach
help-setup-device-code = Awaryjnie: logowanie kodem wpisanym na innym urządzeniu (RFC 8628), dla sesji zdalnych, w których przeglądarka nie może połączyć się z tym komputerem. Wiele organizacji to blokuje (AADSTS53003)
help-setup-send-test = Po sprawdzeniach wysyła też jedną prawdziwą wiadomość testową z adresu ADRES na konto, na które się zalogowano (pełnomocnika lub sam ADRES): to jedyny sposób, by wykryć brak uprawnienia Send As, które Exchange zgłasza tylko przy prawdziwej wiadomości. Bez tej opcji nic nigdy nie jest wysyłane
help-setup-ticket = Wypisuje gotowe do wysłania zgłoszenie dla administratora zamiast raportu
help-setup-bundle = Dodatkowo zapisuje pakiet pomocy technicznej (jeden plik JSON, bez poufnych danych) do pliku PLIK

## mailsetup explain. Przykładowe kody i odpowiedzi pozostają bez zmian.
help-explain-text = Kod AADSTS (AADSTS65001 lub 65001), odpowiedź SMTP (535 5.7.139 …), odpowiedź IMAP (NO AUTHENTICATE failed.) lub wklejony tekst błędu
help-explain-json = Wypisuje wynik w formacie JSON
help-explain-all = Pokazuje każdą pasującą diagnozę, od najlepszej, a nie tylko najlepszą

## mailsetup detect
help-detect-email = Adres e-mail do sprawdzenia
help-detect-json = Wypisuje plan i dowody w formacie JSON

## mailsetup profiles
help-profiles-root = Szuka w tym katalogu głównym programu Thunderbird zamiast w domyślnym dla systemu
help-profiles-json = Wypisuje wynik w formacie JSON

## mailsetup migrate
help-migrate-email = Adres konta do przełączenia; bez niego mailsetup wyświetla konta wymagające OAuth2 i pyta
help-migrate-profile = Katalog profilu programu Thunderbird (domyślnie: ten, który otwiera Thunderbird)
help-migrate-yes = Nie pyta: przełącza każde wyświetlone konto (do skryptów)
help-migrate-force = Przełącza nawet wtedy, gdy sprawdzenie się nie powiodło (po przeczytaniu diagnozy)
help-migrate-json = Wypisuje raporty w formacie JSON
help-migrate-timeout = Jak długo czekać na logowanie w przeglądarce, w sekundach
help-migrate-no-sign-in-handoff = Nie przekazuje logowania do programu Thunderbird: Thunderbird poprosi wtedy raz o zalogowanie przy uruchomieniu

## mailsetup doctor
help-doctor-email = Tylko konto o tym adresie; bez niego każde konto OAuth2 w profilu
help-doctor-profile = Katalog profilu programu Thunderbird (domyślnie: ten, który otwiera Thunderbird)
help-doctor-json = Wypisuje raporty w formacie JSON (lista, po jednym na konto)

## mailsetup alias
help-alias-email = Adres konta (jego skrzynki pocztowej) w profilu
help-alias-alias = Inny adres tej samej skrzynki pocztowej, z którego ma być wysyłana poczta (`sales@…`)
help-alias-name = Nazwa aliasu widoczna dla odbiorców (domyślnie: nazwa konta)
help-alias-profile = Katalog profilu programu Thunderbird (domyślnie: ten, który otwiera Thunderbird)
help-alias-send-test = Najpierw loguje się i wysyła jedną prawdziwą wiadomość testową z aliasu do skrzynki pocztowej, a alias dodaje tylko wtedy, gdy serwer ją przyjmie: to jedyny sposób, by sprawdzić, czy wysyłanie jako alias jest dozwolone
help-alias-timeout = Jak długo czekać na logowanie w przeglądarce, w sekundach
help-alias-json = Wypisuje raport z wiadomości testowej w formacie JSON

## mailsetup audit. RRRR-MM-DD to format daty; ścieżki pozostają bez zmian.
help-audit-all-users = Każdy użytkownik tego komputera (uruchom jako root lub Administrator): Linux /home/* i /root, macOS /Users/*, Windows C:\Users\*, każdy z Flatpak i Snap. Tylko odczyt; zapisane logowania innego użytkownika nigdy nie są odszyfrowywane („nie sprawdzono”); dowiązania prowadzące poza katalog domowy nie są śledzone
help-audit-users-dir = Z --all-users: katalog zawierający katalogi domowe, zamiast domyślnego dla systemu (np. zamontowany dysk)
help-audit-on = Ocenia stan na ten dzień (RRRR-MM-DD), aby zobaczyć, co przestanie działać w następnej kolejności; domyślnie dzisiaj
help-audit-json = Wypisuje wynik w formacie JSON (z polem schema_version)
help-audit-csv = Wypisuje wynik w formacie CSV, po jednym wierszu na konto

## mailsetup completions
help-completions-shell = Powłoka, dla której mają być skrypty uzupełniania

## mailsetup restore
help-restore-backup = Kopia zapasowa do przywrócenia (nazwa z listy); bez niej wyświetlana jest lista kopii zapasowych
help-restore-profile = Katalog profilu programu Thunderbird (domyślnie: ten, który otwiera Thunderbird)
help-restore-json = Wypisuje wynik w formacie JSON

## mailsetup export. policies i autoconfig to wartości --format i pozostają
## bez zmian, podobnie jak symbole zastępcze ${USER} i ${NAME} (zapisane
## tutaj jako ${"{"}USER{"}"}, ponieważ Fluent interpretuje nawiasy klamrowe).
help-export-format = policies (policies.json) lub autoconfig (mozilla.cfg)
help-export-format-policies = Plik zasad dla przedsiębiorstw policies.json (zasada `Preferences`)
help-export-format-autoconfig = Plik AutoConfig (mozilla.cfg); `${"{"}NAME{"}"}` w adresie odczytuje przy każdym uruchomieniu zmienną środowiskową NAME
help-export-emails = Adresy; przy --format autoconfig mogą zawierać symbole zastępcze w rodzaju `${"{"}USER{"}"}`, np. '${"{"}USER{"}"}@contoso.example'
help-export-name = Nazwa nadawcy (domyślnie: część przed znakiem @)
help-export-output = Zapisuje do pliku PLIK zamiast na standardowe wyjście

## Kolejne symbole zastępcze: alias polecenia alias, --name, --format
## polecenia export, powłoka polecenia completions i kopia zapasowa
## polecenia restore.
help-value-alias = ALIAS
help-value-name = NAZWA
help-value-format = FORMAT
help-value-shell = POWŁOKA
help-value-backup = KOPIA
