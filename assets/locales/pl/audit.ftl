# Stan każdego konta programu Thunderbird słowami, tak jak podaje go
# `mailsetup audit` i lista kont w kreatorze. Terminy jak w programie
# Thunderbird: konto, serwer poczty przychodzącej, serwer poczty wychodzącej
# (SMTP), logowanie, Konfiguracja kont, Konfiguracja serwera, Metoda
# uwierzytelniania. „Napraw” to przycisk kreatora o tej nazwie.

audit-fix = Wybierz „Napraw” w programie Mail Setup (lub uruchom mailsetup migrate): wystarczy raz zalogować się w usłudze { $provider }, a konto zachowa wiadomości, foldery i filtry.
audit-ews-before = Konto Exchange w Microsoft 365: Microsoft blokuje ten sposób łączenia od { $blocked }
audit-ews-blocked = Konto Exchange w Microsoft 365: zablokowane od { $blocked }, chyba że administrator na to zezwala, a od { $removed } całkowicie wyłączone
audit-ews-gone = Konto Exchange w Microsoft 365: ten sposób łączenia został wyłączony { $removed }
audit-ews-what-to-do = Dodaj skrzynkę pocztową ponownie jako konto IMAP: wybierz „Dodaj kolejne konto” w programie Mail Setup (lub uruchom mailsetup setup ADRES); wiadomości pozostaną na serwerze.
audit-ews-elsewhere = Konto Exchange: Mail Setup nie musi nic zmieniać
audit-not-mail = To nie jest konto pocztowe z logowaniem (grupy dyskusyjne lub kanały): nic do zmiany
audit-m365-both-before = Używa hasła w Microsoft 365: odbieranie poczty z jego użyciem już nie działa, a wysyłanie przestanie działać { $date }
audit-m365-both-after = Używa hasła w Microsoft 365: odbieranie poczty z jego użyciem już nie działa, a od { $date } Microsoft nie przyjmuje go też przy wysyłaniu (chyba że administrator tymczasowo przywrócił tę możliwość)
audit-m365-receiving = Używa hasła w Microsoft 365 do odbierania poczty, a Microsoft już go nie przyjmuje
audit-m365-sending-before = Używa hasła w Microsoft 365 do wysyłania poczty: wysyłanie z jego użyciem przestanie działać { $date }
audit-m365-sending-after = Używa hasła w Microsoft 365 do wysyłania poczty: od { $date } Microsoft nie przyjmuje go przy wysyłaniu (chyba że administrator tymczasowo przywrócił tę możliwość)
audit-outlook-com-password = Używa hasła w usłudze Outlook.com, którego Microsoft nie przyjmuje od { $date }
audit-gmail-password = Używa hasła w usłudze Gmail, którego Google nie przyjmuje od { $date } (chyba że jest to hasło aplikacji)
audit-other-password-refused = Używa hasła w usłudze { $provider }, która przyjmuje tylko hasła aplikacji lub logowanie przez swoją stronę
audit-switch-in-thunderbird = W programie Thunderbird, Konfiguracja kont, Konfiguracja serwera: ustaw „Metoda uwierzytelniania” na OAuth2 (także dla serwera poczty wychodzącej); Thunderbird otworzy wtedy stronę logowania usługi { $provider }.
audit-unknown-password = Loguje się hasłem na serwerze { $server }; bez zapytania tego dostawcy Mail Setup nie może stwierdzić, czy przestanie on przyjmować hasła
audit-unknown-what-to-do = Nic, dopóki poczta działa. Dla pewności uruchom mailsetup migrate --dry-run, które sprawdzi ten serwer.
audit-hand-off = Wybierz „Napraw” w programie Mail Setup: wystarczy raz zalogować się w usłudze { $provider }, a Mail Setup przekaże logowanie do programu Thunderbird.
audit-sign-in-in-thunderbird = { $provider ->
    [none] Otwórz program Thunderbird i zaloguj się u swojego dostawcy, gdy pojawi się prośba; od tej pory Thunderbird zapamięta logowanie.
   *[other] Otwórz program Thunderbird i zaloguj się w usłudze { $provider }, gdy pojawi się prośba; od tej pory Thunderbird zapamięta logowanie.
}
audit-signed-out-missing = { $provider ->
    [none] Wylogowane: konto loguje się przez stronę dostawcy, ale Thunderbird nie ma dla niego zapisanego logowania
   *[other] Wylogowane: konto loguje się przez { $provider }, ale Thunderbird nie ma dla niego zapisanego logowania
}
audit-signed-out-expired = { $last_used ->
    [none] Wylogowane: zapisane logowanie programu Thunderbird zbyt długo nie było używane i wygasło
   *[other] Wylogowane: zapisane logowanie programu Thunderbird zbyt długo nie było używane i wygasło, ostatnio używane { $last_used }
}
audit-works-not-checked = { $provider ->
    [none] Działa: logowanie przez stronę dostawcy (zapisane logowanie nie zostało sprawdzone)
   *[other] Działa: logowanie przez { $provider } (zapisane logowanie nie zostało sprawdzone)
}
audit-works = { $provider ->
    [none] { $last_used ->
        [none] Działa: logowanie przez stronę dostawcy
       *[other] Działa: logowanie przez stronę dostawcy, ostatnio używane { $last_used }
    }
   *[other] { $last_used ->
        [none] Działa: logowanie przez { $provider }
       *[other] Działa: logowanie przez { $provider }, ostatnio używane { $last_used }
    }
}
audit-password-still-taken = Loguje się hasłem w usłudze { $provider }, która nadal je przyjmuje: nic do zmiany

## Tabela, którą wypisuje `mailsetup audit`. $count, $accounts, $profiles
## i $needing to liczby; $day pełna data; $path folder; $user nazwa użytkownika.
audit-table-title = Konta programu Thunderbird, stan na { $day }
audit-table-no-home = Brak katalogu domowego do przeszukania.
audit-table-user = Użytkownik { $user } ({ $path })
audit-table-not-checked = Nie sprawdzono: { $why }
audit-table-no-profiles-here = Brak profili programu Thunderbird.
audit-table-install = Thunderbird: { $path }
audit-table-install-flatpak = Thunderbird (Flatpak): { $path }
audit-table-install-snap = Thunderbird (Snap): { $path }
audit-table-no-profiles = Brak profili.
audit-table-profile = Profil „{ $name }” ({ $facts }): { $path }
audit-table-opens-by-default = otwierany domyślnie
audit-table-last-version = ostatnio używany przez program Thunderbird { $version }
audit-table-never-opened = nigdy nieotwarty w programie Thunderbird
audit-table-running = otwarty w programie Thunderbird: przed naprawą zamknij program Thunderbird
audit-table-running-unknown = nie udało się ustalić, czy jest otwarty w programie Thunderbird
audit-table-and-more = { $names } i jeszcze { $more }
audit-table-user-js = Ostrzeżenie: user.js przy każdym uruchomieniu ustawia konfigurację kont ({ $names }); naprawa zostałaby cofnięta. Najpierw usuń te ustawienia z user.js.
audit-table-primary-password = Uwaga: zapisane logowania chroni hasło główne, więc Mail Setup nie może przekazać logowania; po naprawie Thunderbird raz poprosi o zalogowanie.
audit-table-no-accounts = Brak kont pocztowych.
# Krótkie znaczniki w kolumnie; krótszy jest dopełniany spacjami, aby adresy były wyrównane.
audit-table-action = UWAGA
audit-table-ok = ok
audit-table-what-to-do = Co zrobić: { $what }
audit-table-accounts-in = { $accounts ->
    [one] 1 konto
    [few] { $accounts } konta
    [many] { $accounts } kont
   *[other] { $accounts } konta
} w { $profiles ->
    [one] 1 profilu
    [few] { $profiles } profilach
    [many] { $profiles } profilach
   *[other] { $profiles } profilu
}
audit-table-none-found = { $profiles ->
    [one] Nie znaleziono kont pocztowych programu Thunderbird (przeszukano 1 profil).
    [few] Nie znaleziono kont pocztowych programu Thunderbird (przeszukano { $profiles } profile).
    [many] Nie znaleziono kont pocztowych programu Thunderbird (przeszukano { $profiles } profili).
   *[other] Nie znaleziono kont pocztowych programu Thunderbird (przeszukano { $profiles } profilu).
}
audit-table-nothing-to-do = Nic do zrobienia: { $accounts_in }.
audit-table-need-action = { $needing ->
    [one] { $accounts_in }, z czego 1 wymaga uwagi.
    [few] { $accounts_in }, z czego { $needing } wymagają uwagi.
    [many] { $accounts_in }, z czego { $needing } wymaga uwagi.
   *[other] { $accounts_in }, z czego { $needing } wymaga uwagi.
}
audit-table-incomplete = Nic do zrobienia w tym, co udało się odczytać ({ $accounts_in }), ale nie wszystko dało się odczytać (patrz wyżej).

## Dlaczego katalog domowy, katalog lub profil nie został odczytany (po
## „Nie sprawdzono:”) albo nie udało się wyświetlić katalogu użytkowników.
## $path to plik lub katalog; $error przyczyna podana przez system, bez
## zmian.
audit-cannot-list = nie można wyświetlić zawartości { $path }: { $error }
audit-cannot-read = nie można odczytać { $path }: { $error }
audit-cannot-follow = nie można podążyć za { $path }: { $error }
audit-link-loop = { $path } to pętla dowiązań symbolicznych
# $target to miejsce, do którego naprawdę prowadzi dowiązanie.
audit-leads-out = { $path } prowadzi poza katalog domowy ({ $target }); nie odczytano
# --on otrzymało coś, co nie jest datą: $text to podana wartość;
# YYYY-MM-DD i 2026-12-31 pozostają bez zmian.
audit-not-a-date = „{ $text }” nie jest datą zapisaną jako YYYY-MM-DD (na przykład 2026-12-31)
