# Zgłoszenie dla administratora, które użytkownik wysyła do działu IT.
# Etykiety kończą się dwukropkiem; wartości są wyrównane w jednej kolumnie.
# Identyfikatory w [nawiasach] pozostają bez zmian.

ticket-subject = Temat: { $subject }
ticket-subject-diagnosed = Błąd konfiguracji poczty dla { $address }: { $title } [{ $id }]
ticket-subject-passed = Konfiguracja poczty dla { $address }: wszystkie sprawdzenia zakończone powodzeniem
ticket-subject-failed = Błąd konfiguracji poczty dla { $address }
ticket-intro = mailsetup { $version } sprawdził poniższe konto pocztowe; potrzebna jest interwencja administratora.
ticket-user = Użytkownik (skrzynka):
ticket-signed-in-as = Zalogowano jako:
ticket-time = Czas (UTC):
ticket-provider = Dostawca:
ticket-shared-mailbox = Udostępniona skrzynka:
ticket-shared-mailbox-value = { $address } (otwierana po zalogowaniu się jako { $delegate })
ticket-sign-in = Logowanie:
ticket-how-password = za pomocą hasła (Thunderbird o nie prosi); nie jest używana żadna rejestracja aplikacji OAuth2
ticket-how-by-thunderbird = OAuth2, wykonywane przez sam program Thunderbird z użyciem jego własnej rejestracji aplikacji
ticket-how-thunderbirds-app = OAuth2, z użyciem własnej rejestracji aplikacji programu Thunderbird (tej samej aplikacji, przez którą loguje się Thunderbird)
ticket-how-other-app = OAuth2, z użyciem rejestracji aplikacji podanej poniżej
ticket-tenant = ID dzierżawy:
ticket-tenant-unknown = nieznany (brak tokenu i brak dzierżawy w adresie logowania)
ticket-app-id = ID aplikacji (klienta):
ticket-app-id-thunderbirds = { $id } (własna rejestracja programu Thunderbird)
ticket-sign-in-at = Adres logowania:
# $protocol to IMAP lub POP3.
ticket-incoming-server = Serwer { $protocol }:
ticket-smtp-server = Serwer SMTP:
ticket-failing-step = Nieudany krok:
ticket-result = Wynik:
ticket-server-said = Odpowiedź serwera:
ticket-diagnosis = Diagnoza:
ticket-what-happened = Co się stało:
ticket-evidence = Dowody:
ticket-for-sign-in-logs = Do dzienników logowania Entra lub dostawcy:
ticket-admin-must-do = Co musi zrobić administrator:
ticket-nothing-server-side = Nic po stronie serwera; użytkownik może to naprawić sam:
ticket-other-failed-steps = Inne nieudane kroki:
ticket-generated = (Wygenerowano przez mailsetup; nie zawiera hasła ani tokenu.)
