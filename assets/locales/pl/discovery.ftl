# Wyszukiwanie ustawień poczty dla adresu i formularz do wpisania ich ręcznie,
# gdy nic nie znaleziono. IMAP, POP3, SMTP, TLS i STARTTLS to nazwy
# protokołów i pozostają bez zmian.

discovery-looking-up = Wyszukiwanie ustawień poczty dla { $domain }…
discovery-offline = Wygląda na to, że nie ma połączenia z internetem: żadne z zapytań nie otrzymało odpowiedzi. Sprawdź połączenie i spróbuj ponownie.
discovery-try-again = Spróbuj ponownie
discovery-try-again-hint = Wyszukaj ustawienia jeszcze raz
discovery-or-enter-servers = Jeśli serwery poczty są znane, można też wpisać je tutaj:
discovery-nothing-found = Nic nie znaleziono dla tej domeny.
# Rozwijana sekcja z każdym zapytaniem; $lookups to liczba, $millis milisekundy.
discovery-how-found = { $lookups ->
    [one] Jak to znaleziono (1 zapytanie, { $millis } ms)
    [few] Jak to znaleziono ({ $lookups } zapytania, { $millis } ms)
    [many] Jak to znaleziono ({ $lookups } zapytań, { $millis } ms)
   *[other] Jak to znaleziono ({ $lookups } zapytania, { $millis } ms)
}
discovery-technical-details = Szczegóły techniczne zapytań

manual-heading = Konfiguracja serwera
manual-receive-with = Odbieranie przez
manual-imap = IMAP (wiadomości pozostają na serwerze)
manual-pop3 = POP3 (wiadomości są pobierane)
# $protocol to IMAP lub POP3.
manual-incoming = Serwer poczty przychodzącej ({ $protocol })
manual-outgoing = Serwer poczty wychodzącej (SMTP)
manual-port = port
# Nazwa pola portu dla czytników ekranu; $server to manual-incoming lub manual-outgoing.
manual-port-name = { $server }: port
manual-sign-in = Logowanie
manual-sign-in-microsoft-365 = Microsoft 365 (konto służbowe lub szkolne)
manual-sign-in-password = Hasło
manual-continue = Kontynuuj z tymi ustawieniami
# $what to manual-incoming lub manual-outgoing; $host to wpisany tekst.
manual-host-empty = { $what }: wpisz nazwę serwera, np. mail.example.com.
manual-host-invalid = { $what }: „{ $host }” nie jest nazwą serwera; powinna wyglądać podobnie do mail.example.com.
manual-port-invalid = { $what }, port: wpisz liczbę od 1 do 65535 (zwykle 993 dla IMAP, 995 dla POP3, 587 lub 465 dla poczty wychodzącej).

# The provider's name in the report when the servers were typed in.
manual-provider-by-hand = Ustawienia wprowadzone ręcznie
