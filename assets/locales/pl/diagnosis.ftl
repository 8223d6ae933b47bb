# Karta diagnozy jako tekst (wiersz poleceń, skopiowany raport) oraz słowa,
# które w diagnozie zastępują to, czego przebieg nie wie. Teksty samych
# diagnoz są w kb.toml.

# $id to identyfikator diagnozy (aad-consent-missing); pozostaje bez zmian.
diagnosis-card-title = Diagnoza [{ $id }]: { $title }
diagnosis-on-the-command-line = W wierszu poleceń:
diagnosis-evidence = Dowody:

# Te słowa stają w tekstach kb.toml w miejscu adresu, w mianowniku lub
# bierniku (konto, serwer); bez zdań względnych, żeby nie wymagały przecinka.
kb-unknown-user = konto dotknięte problemem
kb-unknown-app-id = (identyfikator aplikacji, która się loguje; identyfikator programu Thunderbird to 9e5f94bc-e8a4-4e73-b8be-63364c29d753)
kb-unknown-tenant = identyfikator dzierżawy lub domena organizacji
kb-unknown-imap-host = serwer poczty przychodzącej
kb-unknown-smtp-host = serwer poczty wychodzącej
kb-unknown-signed-in-account = konto użyte do logowania
kb-unknown-delegate = konto osoby otwierającej udostępnioną skrzynkę pocztową

kb-approve-in-admin-console = (zatwierdź aplikację { $app_id } w konsoli administracyjnej dostawcy)
kb-unknown-admin-consent-url = strona zgody administratora dla aplikacji (zgłoszenie ze sprawdzenia podaje jej adres)
