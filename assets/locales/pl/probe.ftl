# Sprawdzanie serwerów poczty (IMAP, POP3, SMTP): tytuł każdego kroku, co
# wykazał lub dlaczego się nie powiódł i na co czeka. Słowa pisane wielkimi
# literami (IMAP, POP3, SMTP, TLS, STARTTLS, STLS, XOAUTH2, EHLO, CAPABILITY,
# CAPA, AUTH, MAIL FROM, RCPT TO, RSET, LOGOUT, QUIT, SMTPUTF8, INBOX) to
# słowa kluczowe protokołów: pozostają bez zmian. „mailsetup” to nazwa
# programu. $host to nazwa serwera, $port numer jego portu.

## Kroki, tak jak nazywa je każdy wiersz raportu.
probe-step-imap-connect = Połącz się z serwerem IMAP
probe-step-pop3-connect = Połącz się z serwerem POP3
probe-step-smtp-connect = Połącz się z serwerem SMTP
probe-step-tls = Zabezpiecz połączenie (TLS)
probe-step-capability = Zapytaj o dostępne metody uwierzytelniania
probe-step-authenticate = Zaloguj się tokenem (XOAUTH2)
probe-step-imap-select = Otwórz folder Odebrane
# POP3 nie ma folderów: krok liczy oczekujące wiadomości.
probe-step-pop3-stat = Zajrzyj do folderu Odebrane
probe-step-logout = Wyloguj się
probe-step-smtp-greeting = Odczytaj powitanie
probe-step-smtp-envelope = Sprawdź, czy można wysyłać we własnym imieniu (nic nie zostanie wysłane)
probe-step-smtp-test-message = Wyślij jedną wiadomość testową do siebie
# Jedyny krok, który zastępuje całe sprawdzenie, jeśli nie mogło się ono w ogóle odbyć.
probe-step-imap-check = Sprawdź IMAP
probe-step-pop3-check = Sprawdź POP3

## Na co czeka krok; wyświetlane w „Oczekiwanie: { $what } (3 s z 8 s)”
## (progress-waiting). Serwer poczty przychodzącej to serwer IMAP lub POP3,
## serwer poczty wychodzącej to serwer SMTP.
probe-waiting-incoming-connect = przyjęcie połączenia przez serwer poczty przychodzącej
probe-waiting-incoming-tls = zestawienie bezpiecznego połączenia przez serwer poczty przychodzącej
probe-waiting-incoming-methods = podanie metod uwierzytelniania przez serwer poczty przychodzącej
probe-waiting-incoming-sign-in = przyjęcie logowania przez serwer poczty przychodzącej
probe-waiting-incoming-inbox = otwarcie folderu Odebrane przez serwer poczty przychodzącej
probe-waiting-incoming-goodbye = pożegnanie serwera poczty przychodzącej
probe-waiting-outgoing-connect = przyjęcie połączenia przez serwer poczty wychodzącej
probe-waiting-outgoing-answer = odpowiedź serwera poczty wychodzącej
probe-waiting-outgoing-tls = zestawienie bezpiecznego połączenia przez serwer poczty wychodzącej
probe-waiting-outgoing-methods = podanie metod uwierzytelniania przez serwer poczty wychodzącej
probe-waiting-outgoing-sign-in = przyjęcie logowania przez serwer poczty wychodzącej
probe-waiting-outgoing-envelope = potwierdzenie przez serwer poczty wychodzącej, że można wysyłać
probe-waiting-outgoing-test-message = przyjęcie wiadomości testowej przez serwer poczty wychodzącej
probe-waiting-any = odpowiedź serwera poczty

## Dlaczego nie podjęto próby wykonania kroku.
probe-skip-no-token = nie podjęto próby: mailsetup nie loguje się na to konto samodzielnie; robi to Thunderbird przy pierwszym połączeniu
probe-skip-password-server = nie podjęto próby: ten serwer wymaga logowania hasłem, o które prosi Thunderbird; mailsetup nigdy nie przetwarza haseł
# $step to tytuł kroku, który się nie powiódł.
probe-skip-after-failure = nie podjęto próby, ponieważ krok „{ $step }” się nie powiódł
probe-skip = nie podjęto próby

## Łączenie. $address to adres IP i port serwera, $target nazwa i port
## serwera („mail.example.com:993”), $error komunikat systemu operacyjnego.
probe-detail-connected = połączono z { $host }:{ $port } ({ $address })
probe-fail-connection-refused = serwer { $target } odmówił połączenia (nic tam nie nasłuchuje lub zapora je odrzuca)
probe-fail-connection-reset = serwer { $target } zresetował połączenie
probe-fail-connect-timed-out = serwer { $target } nie odpowiedział
probe-fail-name-not-resolved = nie udało się rozwiązać nazwy { $host }: { $error }
probe-fail-cannot-connect = nie można połączyć się z { $target }: { $error }
# $seconds to limit czasu kroku.
probe-fail-no-answer = brak odpowiedzi w ciągu { $seconds } s

## Zabezpieczanie połączenia. $version to wersja TLS („TLSv1.3”), $command
## polecenie protokołu, które je rozpoczyna (STARTTLS lub STLS), $reason
## komunikat biblioteki TLS.
probe-detail-tls = { $version }, certyfikat zweryfikowany dla { $host }
probe-detail-tls-after-command = { $command }, następnie { $version }, certyfikat zweryfikowany dla { $host }
probe-fail-tls-server-name = { $host } nie jest prawidłową nazwą serwera TLS
probe-fail-tls-handshake = uzgadnianie TLS nie powiodło się: { $reason }
probe-fail-tls-certificate = uzgadnianie TLS nie powiodło się: certyfikat serwera został odrzucony: { $reason }
probe-fail-no-starttls = serwer nie oferuje { $command }; mailsetup kończy w tym miejscu, aby token nigdy nie został wysłany bez szyfrowania
probe-fail-starttls-refused = serwer odrzucił { $command }; mailsetup kończy w tym miejscu, aby token nigdy nie został wysłany bez szyfrowania
# $offers wymienia, co oferuje serwer, w słowach kluczowych SMTP („AUTH PLAIN, AUTH LOGIN”).
probe-fail-smtp-no-starttls = serwer nie oferuje STARTTLS (oferuje { $offers }); mailsetup kończy w tym miejscu, aby token nigdy nie został wysłany bez szyfrowania
probe-fail-smtp-no-starttls-nor-auth = serwer nie oferuje STARTTLS (nie oferuje ani STARTTLS, ani AUTH); mailsetup kończy w tym miejscu, aby token nigdy nie został wysłany bez szyfrowania
# $bytes to liczba bajtów.
probe-fail-starttls-injection = serwer zaraz po zgodzie na STARTTLS, zanim zaczęło się szyfrowanie, wysłał jeszcze tekstem jawnym dodatkowe bajty (liczba bajtów: { $bytes }); coś w sieci (lub sam serwer) manipuluje połączeniem, więc mailsetup przerwał pracę przed uzgadnianiem TLS
probe-fail-not-encrypted = połączenie nie jest szyfrowane; token nie został wysłany

## Powitanie i metody uwierzytelniania. $methods wymienia metody w słowach
## kluczowych protokołu („AUTH=XOAUTH2 AUTH=PLAIN”, „PLAIN XOAUTH2”).
probe-fail-greeting-refused = serwer odrzucił połączenie w powitaniu
probe-fail-smtp-greeting = serwer nie przywitał się prawidłowo
probe-fail-smtp-more-than-greeting = serwer wysłał więcej niż powitanie, zanim o cokolwiek go zapytano
probe-detail-smtp-greeted = serwer się przywitał
probe-detail-smtp-greeted-offers = serwer się przywitał i odpowiedział na EHLO (oferuje { $offers })
probe-detail-smtp-greeted-offers-nothing = serwer się przywitał i odpowiedział na EHLO (nie oferuje ani STARTTLS, ani AUTH)
probe-fail-smtp-ehlo-refused = serwer odrzucił EHLO
probe-detail-offers-xoauth2 = oferuje XOAUTH2
probe-detail-offers-xoauth2-among = oferuje XOAUTH2 (metody uwierzytelniania: { $methods })
probe-detail-methods = metody uwierzytelniania: { $methods }
probe-detail-imap-methods-login-only = metody uwierzytelniania: brak metod AUTH= (tylko LOGIN)
probe-detail-pop3-methods-user-pass-only = metody uwierzytelniania: brak metod SASL (tylko USER/PASS)
probe-detail-smtp-offers = oferuje { $offers }
probe-detail-smtp-offers-nothing = nie oferuje ani STARTTLS, ani AUTH
probe-fail-no-xoauth2 = serwer nie oferuje XOAUTH2, które jest potrzebne do logowania tokenem; oferuje: { $methods }
probe-fail-imap-no-xoauth2-no-methods = serwer nie oferuje XOAUTH2, które jest potrzebne do logowania tokenem; oferuje: brak metod AUTH=
probe-fail-pop3-no-xoauth2-no-methods = serwer nie oferuje XOAUTH2, które jest potrzebne do logowania tokenem; oferuje: brak metod SASL (tylko USER/PASS)
probe-fail-smtp-no-xoauth2 = serwer nie oferuje XOAUTH2 (AUTH XOAUTH2), które jest potrzebne do logowania tokenem
probe-fail-capability = CAPABILITY nie powiodło się
# $command to CAPABILITY (IMAP) lub CAPA (POP3).
probe-fail-data-after-capability = serwer wysłał nieoczekiwane dane po { $command }

## Logowanie. $address to skrzynka pocztowa lub osoba, która się loguje.
probe-detail-token-accepted = serwer przyjął token dla { $address }
probe-fail-token-refused = serwer odrzucił token
probe-fail-auth-not-accepted = serwer nie przyjął AUTH XOAUTH2
probe-fail-auth-unexpected = nieoczekiwana odpowiedź na AUTH

## Folder Odebrane i pożegnanie. $count to liczba wiadomości.
probe-detail-imap-inbox =
    { $count ->
        [one] INBOX zawiera { $count } wiadomość
        [few] INBOX zawiera { $count } wiadomości
        [many] INBOX zawiera { $count } wiadomości
       *[other] INBOX zawiera { $count } wiadomości
    }
probe-detail-pop3-inbox =
    { $count ->
        [one] folder Odebrane zawiera { $count } wiadomość
        [few] folder Odebrane zawiera { $count } wiadomości
        [many] folder Odebrane zawiera { $count } wiadomości
       *[other] folder Odebrane zawiera { $count } wiadomości
    }
probe-detail-pop3-inbox-open = folder Odebrane jest otwarty
probe-fail-inbox = nie udało się otworzyć folderu Odebrane
probe-detail-logged-out = wylogowano poprawnie
# $command to LOGOUT (IMAP) lub QUIT (POP3).
probe-fail-logout = { $command } nie powiodło się

## Czy serwer przyjmuje pocztę od skrzynki. $address to skrzynka pocztowa,
## $error komunikat biblioteki poczty.
probe-detail-envelope = serwer przyjmuje pocztę od { $address } (następnie RSET: nic nie zostało wysłane)
probe-fail-sender-invalid = adresu { $address } nie można użyć jako nadawcy: { $error }
probe-fail-sender-needs-smtputf8 = adres { $address } zawiera przed znakiem @ znaki spoza ASCII; wysyłanie z tego adresu wymaga rozszerzenia SMTPUTF8 serwera, którego ten serwer nie oferuje, więc nie może przyjąć poczty od tego adresu

## Polecenia SMTP, które serwer odrzucił lub które zostały przerwane. $error
## to odpowiedź serwera lub komunikat biblioteki poczty.
probe-fail-ehlo = EHLO nie powiodło się
probe-fail-ehlo-because = EHLO nie powiodło się: { $error }
probe-fail-sender-refused = serwer odrzucił nadawcę (MAIL FROM)
probe-fail-sender-refused-because = serwer odrzucił nadawcę (MAIL FROM): { $error }
probe-fail-recipient-refused = serwer odrzucił odbiorcę (RCPT TO)
probe-fail-recipient-refused-because = serwer odrzucił odbiorcę (RCPT TO): { $error }
probe-fail-rset = RSET nie powiodło się
probe-fail-rset-because = RSET nie powiodło się: { $error }
probe-fail-token-refused-because = serwer odrzucił token: { $error }
probe-fail-test-message-refused = serwer odrzucił wiadomość testową
probe-fail-test-message-refused-because = serwer odrzucił wiadomość testową: { $error }

## Jedna wiadomość testowa. $sender to adres, z którego jest wysyłana,
## $recipient adres, na który się zalogowano.
probe-detail-test-message-sent = serwer przyjął jedną wiadomość testową od { $sender } do { $recipient }
probe-fail-test-message-address = adresu { $address } nie można użyć w wiadomości: { $error }
probe-fail-test-message-build = nie udało się utworzyć wiadomości testowej: { $error }
probe-fail-test-message-envelope = wiadomość testowa nie ma prawidłowej koperty: { $error }

## Odczyt i zapis. $error to komunikat systemu operacyjnego, $limit liczba
## bajtów.
probe-fail-read = odczyt z serwera nie powiódł się: { $error }
probe-fail-write = zapis do serwera nie powiódł się: { $error }
probe-fail-closed = serwer zamknął połączenie
probe-fail-cannot-check-connection = nie udało się sprawdzić połączenia: { $error }
probe-fail-line-too-long = serwer wysłał wiersz dłuższy niż { $limit } B; mailsetup przerwał odczyt (serwer poczty nigdy nie potrzebuje tak wiele: jest uszkodzony lub wrogi)
probe-fail-step-too-long = serwer w odpowiedzi na jeden krok wysłał więcej niż { $limit } B; mailsetup przerwał odczyt (serwer poczty nigdy nie potrzebuje tak wiele: jest uszkodzony lub wrogi)
probe-fail-not-smtp-reply = odpowiedź serwera nie jest odpowiedzią SMTP
# $first i $then to kody odpowiedzi SMTP (250, 535).
probe-fail-smtp-code-changed = odpowiedź serwera w połowie zmieniła kod z { $first } na { $then }
