### Co mailsetup znajduje w tokenie dostępu i w wyzwaniu XOAUTH2 serwera
### (krok logowania w raporcie i dowody w diagnozie), oraz słowa innych
### sprawdzeń rdzenia: adresy e-mail, pliki CA i dostawca ćwiczebny. JWT,
### IMAP, SMTP, XOAUTH2, PEM, CA, TLS i Outlook to nazwy;
### IMAP.AccessAsUser.All i SMTP.Send to nazwy uprawnień (zakresów) w
### Microsoft i pozostają bez zmian.

## Token dostępu w jednym wierszu, dla kroku logowania w raporcie.
finding-token-opaque = token dostępu jest nieprzezroczysty (nie jest to JWT), więc tylko serwer wie, na co pozwala
# $claims wymienia, co mówi token, rozdzielone przecinkami: teksty poniżej.
finding-token-jwt = token dostępu JWT: { $claims }
# $audience to usługa, dla której jest token (https://outlook.office.com).
finding-token-audience = odbiorca { $audience }
# $scopes to uprawnienia w tokenie, tak jak nazywa je Microsoft.
finding-token-scopes = zakresy "{ $scopes }"
# $account to konto, na które się zalogowano.
finding-token-account = konto { $account }
# $tenant to identyfikator organizacji w Microsoft.
finding-token-tenant = dzierżawa { $tenant }
# $app to identyfikator aplikacji, dla której wystawiono token.
finding-token-app = aplikacja { $app }
# Każde ustalenie po wierszu: $summary to dotychczasowy wiersz, $finding
# jedno z ustaleń poniżej. OSTRZEŻENIE ma przyciągać uwagę.
finding-token-warning = { $summary }; OSTRZEŻENIE: { $finding }

## Co w tokenie sprawi, że IMAP lub SMTP go odrzuci.
finding-wrong-audience = token jest przeznaczony dla { $audience }, a nie dla Outlook (https://outlook.office.com); IMAP i SMTP go odrzucą
finding-missing-imap-scope = w zakresach tokenu ("{ $scopes }") brakuje IMAP.AccessAsUser.All
finding-missing-smtp-scope = w zakresach tokenu ("{ $scopes }") brakuje SMTP.Send
# $mailbox to konfigurowany adres.
finding-wrong-account = zalogowano się jako { $account }, ale skrzynka pocztowa to { $mailbox }
# $seconds to liczba sekund.
finding-expired = token wygasł { $seconds } s temu (według zegara tego komputera)
finding-clock-skew = token wystawiono { $seconds } s w przyszłości względem tego komputera: jego zegar się spóźnia

## Wyzwanie XOAUTH2 serwera jako dowód w diagnozie. $status, $scheme
## i $scope to wartości podane przez serwer („?”, gdy żadnej nie podał).
finding-xoauth2-challenge = wyzwanie XOAUTH2 serwera mówi: status { $status }, scheme { $scheme }, scope { $scope }

## Odrzucony adres e-mail. $input to wpisany tekst; $reason jeden z tekstów
## po nim.
finding-address-invalid = „{ $input }” nie jest adresem e-mail: { $reason }
finding-address-no-at = brak znaku @
finding-address-nothing-before-at = przed znakiem @ nic nie ma
finding-address-too-long = jest za długi
finding-address-bad-local-part = część przed znakiem @ zawiera spację, cudzysłów lub inny znak odrzucany przez serwery poczty
finding-address-bad-domain = część po znaku @ nie jest nazwą domeny
finding-address-bad-idn = część po znaku @ nie jest prawidłową międzynarodową nazwą domeny

## Dodatkowe urzędy certyfikacji (--ca-file) i systemowy magazyn zaufanych
## certyfikatów. $path to ścieżka pliku; $error i $message to komunikaty
## biblioteki.
finding-ca-file-unreadable = nie można odczytać pliku CA { $path }: { $error }
finding-ca-file-no-certificate = plik CA { $path } nie zawiera certyfikatu PEM
finding-ca-file-bad-pem = plik CA { $path } nie jest prawidłowym plikiem PEM: { $message }
finding-trust-store-unusable = nie można użyć systemowego magazynu zaufanych certyfikatów TLS: { $error }
finding-extra-ca-unusable = nie można użyć dodatkowego urzędu CA: { $error }

## Dostawca ćwiczebny (mailsetup --sandbox): co każdy plan dla niego mówi najpierw.
finding-practice-warning = To jest dostawca ćwiczebny wbudowany w mailsetup: nic nie opuszcza tego komputera, a konto, które konfiguruje, działa tylko wtedy, gdy uruchomiony jest mailsetup --sandbox.
