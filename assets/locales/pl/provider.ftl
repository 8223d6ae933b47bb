### Ustalanie dostawcy i ustawień poczty dla adresu: logowanie, ostrzeżenia
### i uwagi planu, dowody z każdego zapytania (to, co wymienia `mailsetup
### detect` i kreator), oraz błędy plików dostawcy, nazw hostów i dokumentów
### autoconfig. Nazwy protokołów i rekordów (IMAP, POP3, SMTP, TLS, OAuth2,
### DNS, MX, SRV, RFC 6186, HTTP), usług Microsoft (Microsoft Entra,
### Exchange Online, Autodiscover), elementów XML (<emailProvider>,
### <domain>), sekcji plików ([imap], [pop3], [smtp], [oauth]), kluczy
### (oauth.scopes, auth = "password"), zmiennych środowiskowych
### (MAILSETUP_…) i dzierżaw ("common", "organizations") pozostają bez
### zmian. $domain to domena adresu, $host nazwa serwera, $provider nazwa
### dostawcy, $error komunikat biblioteki.

## Nazwy dostawców opisujące rodzaj konta.
provider-name-microsoft-365 = Microsoft 365 (konto służbowe lub szkolne)
provider-name-outlook-consumer = Outlook.com (osobiste konto Microsoft)

## Dlaczego nie udało się ułożyć planu (kreator i wiersz poleceń).
# $choice to provider-name-microsoft-365, wybór, którego może dokonać użytkownik.
provider-error-unknown-domain = mailsetup nie wie, który dostawca obsługuje domenę { $domain }; wybierz „{ $choice }”, jeśli organizacja z tego korzysta
provider-error-nothing-found = mailsetup nie znalazł ustawień poczty dla { $domain } (zapytania pokazują, co odpowiedziało każde źródło); wpisz serwery ręcznie lub wybierz „{ $choice }”, jeśli organizacja z tego korzysta
provider-error-no-answer = żadne z zapytań dotyczących { $domain } nie otrzymało odpowiedzi: wygląda na to, że ten komputer nie ma połączenia z siecią. Sprawdź połączenie i spróbuj ponownie albo wpisz serwery ręcznie

## Jak loguje się serwer, w kilku słowach.
provider-auth-none = bez logowania
provider-auth-password = hasło
provider-auth-encrypted-password = zaszyfrowane hasło
provider-auth-kerberos = Kerberos
provider-auth-ntlm = NTLM
provider-auth-oauth2 = OAuth2

## Logowanie według planu w jednym wierszu. $issuer to miejsce, z którego
## pochodzą tokeny (login.microsoftonline.com), $scopes to żądane
## uprawnienia, tak jak nazywa je dostawca.
provider-sign-in-oauth2 = OAuth2 w { $issuer } (zakresy: { $scopes })
# $sign_in to provider-sign-in-oauth2; $tenant to identyfikator organizacji w Microsoft.
provider-sign-in-tenant = { $sign_in }; dzierżawa { $tenant }
# $realm to Managed lub Federated, słowa samego Microsoft.
provider-sign-in-realm = { $sign_in }; domena typu { $realm }
provider-sign-in-oauth2-by-thunderbird = OAuth2 w { $issuer } (zakresy: { $scopes }), wykonywane przez sam program Thunderbird
provider-sign-in-password = hasło (Thunderbird o nie poprosi)
# Gdy tylko jeden z dwóch serwerów loguje się przez OAuth2: $sign_in to jeden
# z tekstów powyżej, $other sposób logowania drugiego serwera (provider-auth-…).
provider-sign-in-only-receiving = { $sign_in } do odbierania; wysyłanie używa: { $other }
provider-sign-in-only-sending = { $sign_in } do wysyłania; odbieranie używa: { $other }

## Dlaczego u niektórych dostawców przez OAuth2 loguje się Thunderbird, a nie mailsetup.
provider-why-google = Logowanie w Google wymaga rejestracji aplikacji z kluczem tajnym klienta, a mailsetup nie zawiera klucza tajnego innej aplikacji. mailsetup sprawdza serwery bez logowania i zapisuje konto; potem Thunderbird sam loguje się w Google. Aby sprawdzić również logowanie, pomoc techniczna może podać programowi mailsetup własną rejestrację Google organizacji w pliku dostawcy.
provider-why-redirect = Rejestracja aplikacji Thunderbird u dostawcy { $provider } przekierowuje na https://127.0.0.1, czego mailsetup nie może odebrać. mailsetup sprawdza serwery bez logowania i zapisuje konto; potem Thunderbird sam loguje się u dostawcy { $provider }.
# $issuer to miejsce, w którym dostawca prowadzi logowanie (comcast.net).
provider-why-no-registration = Thunderbird loguje się u dostawcy { $provider } własną rejestracją aplikacji w { $issuer }, której mailsetup nie ma. mailsetup sprawdza serwery bez logowania i zapisuje konto; potem Thunderbird sam się loguje.

## Co zrobić najpierw u dostawców, którzy logują hasłem. Ścieżki menu
## (E-Mail › Settings › POP3 & IMAP) wskazują strony internetowe samego
## dostawcy; dla tych menu nie są znane ustalone polskie nazwy, więc
## pozostają angielskie (oprócz Apple).
provider-note-gmx = Najpierw włącz „POP3 & IMAP access” w ustawieniach poczty internetowej (E-Mail › Settings › POP3 & IMAP). Przy uwierzytelnianiu dwuskładnikowym użyj hasła aplikacji.
provider-note-zoho = Najpierw włącz dostęp IMAP w ustawieniach Zoho Mail (Settings › Mail Accounts › IMAP). Przy uwierzytelnianiu dwuskładnikowym utwórz hasło aplikacji dla programu Thunderbird w ustawieniach bezpieczeństwa konta Zoho.
provider-note-icloud = iCloud nie oferuje OAuth2 dla programów pocztowych: utwórz hasło dla aplikacji na stronie account.apple.com (Logowanie i bezpieczeństwo › Hasła dla aplikacji; uwierzytelnianie dwuskładnikowe musi być włączone) i podaj je programowi Thunderbird zamiast hasła do konta Apple.
provider-note-web-de = Najpierw włącz „POP3/IMAP access” w ustawieniach WEB.DE (E-Mail › Settings › POP3/IMAP). Przy uwierzytelnianiu dwuskładnikowym użyj hasła aplikacji.
provider-note-mailbox-org = mailbox.org loguje programy pocztowe za pomocą hasła. Jeśli uwierzytelnianie dwuskładnikowe jest włączone, utwórz hasło aplikacji dla programu Thunderbird w ustawieniach mailbox.org (Security › App passwords).
provider-note-srv = Rekordy DNS SRV wskazują serwery, ale nie metodę logowania; Thunderbird poprosi o hasło.

## Ostrzeżenia wyświetlane z planem.
provider-warning-not-in-oauth-table = Thunderbird loguje się przez OAuth2 tylko na serwerach ze swojej wbudowanej tabeli, a { $host } w niej nie ma: Thunderbird nie będzie mógł używać OAuth2 z tym kontem.
# $first i $second to nazwy obu serwerów.
provider-warning-not-in-oauth-table-two = Thunderbird loguje się przez OAuth2 tylko na serwerach ze swojej wbudowanej tabeli, a { $first } i { $second } w niej nie ma: Thunderbird nie będzie mógł używać OAuth2 z tym kontem.
# $cloud to nazwa chmury w Microsoft (microsoftonline.us).
provider-warning-national-cloud = Dzierżawa jest w chmurze krajowej ({ $cloud }); logowanie Microsoft w programie Thunderbird i outlook.office365.com obsługują tylko chmurę globalną, więc logowanie może się nie udać.
# $tenant to "common" lub "organizations", nazwy Microsoft miejsca logowania.
provider-warning-no-tenant = Microsoft nie zna dzierżawy służbowej ani szkolnej dla { $domain }; logowanie w „{ $tenant }”.
provider-warning-tenant-unknown = Nie udało się sprawdzić dzierżawy Microsoft; logowanie w „{ $tenant }” (dowolne konto służbowe lub szkolne).
# $brand to nazwa organizacji zapisana w Microsoft, $host miejsce jej
# własnej strony logowania.
provider-warning-federated = Organizacja prowadzi logowanie na własnej stronie: po wpisaniu adresu w Microsoft przeglądarka przejdzie na tę stronę, a ta może poprosić o drugi składnik lub zarejestrowane urządzenie.
provider-warning-federated-brand = Organizacja prowadzi logowanie na własnej stronie ({ $brand }): po wpisaniu adresu w Microsoft przeglądarka przejdzie na tę stronę, a ta może poprosić o drugi składnik lub zarejestrowane urządzenie.
provider-warning-federated-host = Organizacja prowadzi logowanie na własnej stronie w { $host }: po wpisaniu adresu w Microsoft przeglądarka przejdzie na tę stronę, a ta może poprosić o drugi składnik lub zarejestrowane urządzenie.
provider-warning-federated-brand-host = Organizacja prowadzi logowanie na własnej stronie ({ $brand }) w { $host }: po wpisaniu adresu w Microsoft przeglądarka przejdzie na tę stronę, a ta może poprosić o drugi składnik lub zarejestrowane urządzenie.
# $server_says to odpowiedź samego serwera poczty, po angielsku.
provider-warning-no-mailbox = Autodiscover nie zna skrzynki pocztowej Exchange Online dla tego adresu: jeśli logowanie się uda, ale IMAP odpowie „{ $server_says }”, skrzynka jest gdzie indziej lub nie ma licencji Exchange Online.
provider-warning-autodiscover-silent = Autodiscover nie odpowiedział, więc nie wiadomo, czy skrzynka pocztowa jest w Exchange Online.
# Dlaczego setup kończy, zanim cokolwiek zapisze; $host to serwer Exchange organizacji.
provider-stop-on-premises = Skrzynka pocztowa jest na własnym serwerze Exchange organizacji ({ $host }), a nie w Exchange Online. Logowanie Microsoft 365 (OAuth2) obejmuje tylko skrzynki w Exchange Online, a Thunderbird może używać OAuth2 tylko z outlook.office365.com, więc mailsetup nie może przełączyć tego konta. Poproś dział IT o ustawienia IMAP i SMTP serwera { $host }.

## mailsetup detect: plan jako tekst. $millis to czas w milisekundach.
provider-detect-title = Plan konta dla { $address } ({ $millis } ms)
provider-detect-provider = Dostawca: { $provider }
# $protocol to IMAP lub POP3; $server to serwer i sposób logowania.
provider-detect-incoming = Serwer poczty przychodzącej ({ $protocol }): { $server }
provider-detect-outgoing = Serwer poczty wychodzącej (SMTP): { $server }
provider-detect-sign-in = Logowanie: { $sign_in }
provider-detect-warning = Ostrzeżenie: { $warning }
# $stop to powód, dla którego setup kończy (provider-stop-…). STOP ma przyciągać uwagę.
provider-detect-stop = STOP: { $stop }
provider-detect-no-plan = Brak planu: { $reason }
provider-detect-nothing-found = nic nie znaleziono
provider-detect-lookups = Zapytania:

## Jedno zapytanie na liście. $source to identyfikator zapytania (dns-mx,
## ispdb), który pozostaje bez zmian; $millis czas trwania w milisekundach;
## $outcome jedno ze słów provider-outcome-…; $said to, co znalazło.
provider-evidence = { $source } ({ $millis } ms, { $outcome }): { $said }
# [użyte] oznacza zapytania, na których opiera się plan.
provider-evidence-used = { $source } ({ $millis } ms, { $outcome }) [użyte]: { $said }
provider-outcome-found = znaleziono
provider-outcome-nothing = nic
provider-outcome-unreachable = nieosiągalne
provider-outcome-timed-out = przekroczono czas
provider-outcome-invalid = nieprawidłowe
provider-outcome-not-needed = niepotrzebne

## Lista zapytań w kreatorze, prostymi słowami: jakie miejsce zapytano
## i co z tego wynikło.
provider-source-catalogue = Wbudowana lista dostawców
provider-source-provider-file = Plik dostawcy
provider-source-autoconfig = Serwer ustawień dostawcy
provider-source-autoconfig-well-known = Serwer WWW domeny
provider-source-ispdb = Lista dostawców programu Thunderbird
provider-source-dns-mx = Dokąd dostarczana jest poczta (DNS)
provider-source-dns-srv = Rekordy serwerów (DNS)
provider-source-microsoft-tenant = Microsoft: organizacja
provider-source-microsoft-realm = Microsoft: strona logowania
provider-source-microsoft-autodiscover = Microsoft: skrzynka pocztowa
provider-plain-found = znaleziono
provider-plain-not-found = nie znaleziono
provider-plain-no-answer = brak odpowiedzi
provider-plain-unusable = odpowiedź nie nadaje się do użycia
provider-plain-not-needed = niepotrzebne
provider-plain-refused = odmowa
provider-plain-name-not-found = brak odpowiedzi (nie udało się odnaleźć nazwy serwera)
provider-plain-cannot-connect = brak odpowiedzi (nie udało się połączyć)

## Co znalazło zapytanie, tak jak podają to dowody.
provider-evidence-provider-file = plik dostawcy obejmuje { $domain }
provider-evidence-catalogue = { $domain } to { $provider } według wbudowanego katalogu programu mailsetup
provider-evidence-abandoned = nadal trwało, gdy plan był gotowy; przerwano
provider-evidence-too-large = odpowiedź jest zbyt duża; pominięto
# $millis to limit czasu zapytania w milisekundach.
provider-evidence-timed-out = brak odpowiedzi w ciągu { $millis } ms
# $tenant to identyfikator organizacji w Microsoft, $cloud jej chmura
# (microsoftonline.com), $region nazwa regionu w Microsoft (EU).
provider-evidence-tenant = dzierżawa Microsoft Entra: { $tenant } w { $cloud }
provider-evidence-tenant-region = dzierżawa Microsoft Entra: { $tenant } w { $cloud }, region { $region }
# $code to kod błędu Microsoft.
provider-evidence-no-tenant = { $code }: żadna dzierżawa Microsoft Entra nie ma tej domeny
# "NameSpaceType Unknown", "Managed" i "Federated" to słowa samego Microsoft.
provider-evidence-realm-unknown = Microsoft nie zna tej domeny (NameSpaceType Unknown)
provider-evidence-realm-managed = Managed: własna strona logowania Microsoft
# $place to miejsce, w którym logowanie jest kontynuowane: nazwa serwera lub
# provider-evidence-realm-own-provider; $brand to nazwa organizacji zapisana
# w Microsoft.
provider-evidence-realm-federated = Federated: logowanie jest kontynuowane w { $place }
provider-evidence-realm-federated-brand = Federated: logowanie jest kontynuowane w { $place } ({ $brand })
provider-evidence-realm-own-provider = własny dostawca tożsamości organizacji
provider-evidence-mailbox-online = skrzynka pocztowa jest w Exchange Online
provider-evidence-mailbox-on-premises = skrzynka pocztowa jest na własnym serwerze Exchange organizacji ({ $host })
provider-evidence-mailbox-unknown = brak skrzynki pocztowej Exchange Online dla tego adresu
# $host to pierwszy serwer poczty z rekordów MX domeny.
provider-evidence-mx = poczta trafia do { $host }: { $provider }
provider-evidence-mx-unknown = poczta trafia do { $host }, którego nazwa nie wskazuje żadnego dostawcy znanego programowi mailsetup
provider-evidence-no-mx = brak rekordów MX
# $records wymienia znalezione rekordy SRV (_imaps._tcp -> host:port).
provider-evidence-srv-incomplete = { $records } (niekompletne: potrzebny jest serwer poczty przychodzącej (IMAP lub POP3) i serwer wysyłania (submission))
provider-evidence-no-srv = brak rekordów SRV według RFC 6186
# $name to nazwa dostawcy w dokumencie ustawień; $servers to wymienione
# w nim serwery; $why to powód, dla którego nie wystarczają (provider-autoconfig-…).
provider-evidence-config-unusable = { $name }: nic nie nadaje się do użycia: { $why }
provider-evidence-config-incomplete = { $name }: { $servers } (niekompletne: { $why })
# $status to kod statusu HTTP, $location miejsce, na które wskazuje odpowiedź.
provider-evidence-redirected = HTTP { $status }: przekierowanie na { $location } (nie śledzono)
provider-evidence-no-config = HTTP { $status }: brak konfiguracji w tym miejscu

## Dokumenty ustawień (autoconfig, config-v1.1.xml), których nie można użyć.
# $limit to liczba bajtów.
provider-autoconfig-too-large = dokument ma ponad { $limit } B
# $why to jeden z tekstów poniżej lub słowa samego czytnika XML.
provider-autoconfig-malformed = dokument nie jest prawidłowym plikiem config-v1.1.xml: { $why }
provider-autoconfig-no-usable-server = dokument nie wskazuje żadnego serwera, którego mógłby użyć Thunderbird: { $why }
provider-autoconfig-not-utf8 = nie jest w UTF-8
provider-autoconfig-dtd = deklaruje DTD, czego dokumenty autoconfig nigdy nie robią
provider-autoconfig-no-provider = nie ma elementu <emailProvider>
provider-autoconfig-no-domain = nie wskazuje elementu <domain>, którego wymaga Thunderbird
provider-autoconfig-lists-none = nie wymienia żadnego
provider-autoconfig-incoming-plain = wszystkie jego serwery poczty przychodzącej działają bez szyfrowania (plain), którego mailsetup nigdy nie używa: hasło byłoby przesyłane otwartym tekstem
provider-autoconfig-no-incoming = nie wskazuje żadnego serwera IMAP ani POP3, którego mógłby użyć Thunderbird
provider-autoconfig-smtp-plain = wszystkie jego serwery SMTP działają bez szyfrowania (plain), którego mailsetup nigdy nie używa
provider-autoconfig-no-smtp = nie wskazuje żadnego serwera SMTP, którego mógłby użyć Thunderbird
# Serwery pominięte w dokumencie. $kind to typ serwera, tak jak nazywa go
# dokument (IMAP, POP3, SMTP lub to, co podaje dokument).
provider-autoconfig-unknown-type = serwera typu „{ $kind }” Thunderbird nie konfiguruje
provider-autoconfig-no-host = serwer { $kind } nie ma nazwy hosta
provider-autoconfig-bad-host = nazwa hosta serwera { $kind } nie jest nazwą hosta
provider-autoconfig-no-port = { $kind } { $host } nie ma portu z zakresu od 1 do 65535
provider-autoconfig-no-socket-type = { $kind } { $host }:{ $port } nie ma typu gniazda znanego programowi Thunderbird
provider-autoconfig-oauth2-only = { $kind } { $host } oferuje tylko OAuth2, a wbudowana tabela OAuth2 programu Thunderbird nie obejmuje { $host }, więc Thunderbird nie może się tam zalogować
provider-autoconfig-no-sign-in-method = { $kind } { $host } nie wskazuje żadnej metody logowania znanej programowi Thunderbird

## Niepowodzenia samych zapytań.
provider-dns-no-settings = nie można odczytać systemowych ustawień DNS: { $error }
provider-dns-off = zapytania DNS są wyłączone
provider-dns-cannot-start = nie można uruchomić resolvera DNS: { $error }
# $why to provider-http-… i słowa samej biblioteki sieciowej.
provider-http-unreachable = nieosiągalne: { $why }
# $kibibytes to limit, liczba.
provider-http-too-large = odpowiedź ma ponad { $kibibytes } KiB
provider-http-timed-out = brak odpowiedzi w wyznaczonym czasie
provider-http-cannot-connect = nie można nawiązać połączenia
provider-http-failed = żądanie nie powiodło się
provider-microsoft-openid-not-json = konfiguracja OpenID nie jest prawidłowym JSON: { $error }
provider-microsoft-openid-no-issuer = konfiguracja OpenID nie ma wystawcy (issuer)
# $issuer to odpowiedź Microsoft.
provider-microsoft-issuer-no-tenant = wystawca { $issuer } nie wskazuje identyfikatora GUID dzierżawy
provider-microsoft-realm-not-json = odpowiedź user-realm nie jest prawidłowym JSON: { $error }
provider-microsoft-autodiscover-not-json = odpowiedź Autodiscover nie jest prawidłowym JSON: { $error }
# Url i Location to nazwy pól w odpowiedzi Microsoft.
provider-microsoft-autodiscover-no-url = odpowiedź Autodiscover nie ma pola Url
# $url to odpowiedź Microsoft.
provider-microsoft-autodiscover-bad-url = Url { $url } z Autodiscover nie jest adresem URL
provider-microsoft-autodiscover-no-location = Autodiscover przekierował bez pola Location
provider-microsoft-autodiscover-location-not-url = Autodiscover przekierował na coś, co nie jest adresem URL

## Zmienne środowiskowe dla środowisk testowych (programiści i pomoc techniczna).
# $value to wartość zmiennej.
provider-env-dns-server = MAILSETUP_DNS_SERVER={ $value } nie ma postaci ip:port
# $name to nazwa zmiennej.
provider-env-not-https = { $name } musi być adresem URL https
provider-env-deadline = MAILSETUP_DISCOVERY_DEADLINE_MS={ $value } nie jest liczbą

## Pliki dostawcy (--provider-file). $path to ścieżka pliku.
provider-file-unreadable = nie można odczytać pliku dostawcy { $path }: { $error }
# $message to jeden z tekstów poniżej lub słowa samego czytnika TOML.
provider-file-invalid = plik dostawcy { $path } jest nieprawidłowy: { $message }
provider-file-no-scopes = oauth.scopes jest puste
# $field to authorize_url lub token_url, $url to wartość podana w pliku.
provider-file-not-https = oauth.{ $field } musi używać https, ponieważ tokeny nigdy nie są wysyłane bez TLS (podano { $url })
provider-file-imap-and-pop3 = plik zawiera zarówno [imap], jak i [pop3]; konto ma jeden serwer poczty przychodzącej
provider-file-no-incoming = plik musi zawierać serwer poczty przychodzącej: [imap] lub [pop3]
provider-file-no-oauth2 = żaden serwer nie loguje się przez OAuth2 (oba mają auth = "password"), więc rejestracja [oauth] nigdy nie zostałaby użyta
# $section to imap, pop3 lub smtp.
provider-file-port-zero = [{ $section }] port nie może mieć wartości 0
# $line to numer wiersza w pliku, $host host w zapisanej postaci (w
# cudzysłowie), $why jeden z tekstów provider-host-….
provider-file-bad-host = [{ $section }] host w wierszu { $line } ({ $host }) { $why }

## Dlaczego tekst nie jest nazwą hosta. Każdy uzupełnia zdanie „host …”.
provider-host-empty = jest pusty
# $what to jeden z tekstów provider-host-char-… lub znak w cudzysłowie;
# $position liczy znaki od 1.
provider-host-bad-character = zawiera { $what } na pozycji { $position }; nazwa hosta może zawierać tylko litery, cyfry, łączniki i kropki
provider-host-url = jest adresem URL; podaj samą nazwę hosta (np. imap.example.com), bez schematu i ścieżki
provider-host-port = zawiera port po dwukropku; podaj port osobno (`port = …`)
# $length i $longest to liczby znaków.
provider-host-too-long = ma { $length ->
        [one] { $length } znak
        [few] { $length } znaki
        [many] { $length } znaków
       *[other] { $length } znaku
    }; nazwa hosta może mieć najwyżej { $longest ->
        [one] { $longest } znak
        [few] { $longest } znaki
        [many] { $longest } znaków
       *[other] { $longest } znaku
    }
provider-host-empty-label = zawiera pustą etykietę (kropkę na początku lub dwie kropki z rzędu)
provider-host-long-label = zawiera etykietę o długości { $length ->
        [one] { $length } znaku
       *[other] { $length } znaków
    }; etykieta może mieć najwyżej { $longest ->
        [one] { $longest } znak
        [few] { $longest } znaki
        [many] { $longest } znaków
       *[other] { $longest } znaku
    }
provider-host-hyphen = zawiera etykietę „{ $label }”, która zaczyna się lub kończy łącznikiem
provider-host-bad-idn = nie jest prawidłową umiędzynarodowioną nazwą domeny
provider-host-char-cr = znak powrotu karetki (CR)
provider-host-char-lf = znak nowego wiersza (LF)
provider-host-char-nul = znak NUL
provider-host-char-tab = znak tabulacji
provider-host-char-space = spację
# $code to numer znaku (U+200B).
provider-host-char-invisible = niewidoczny znak { $code }
