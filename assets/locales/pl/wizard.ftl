# Strony kreatora. „Napraw” i „Dodaj kolejne konto” to nazwy przycisków;
# wszędzie należy je pisać tak samo.

## Pierwsza strona: konta w programie Thunderbird użytkownika.
accounts-heading = Konta pocztowe
accounts-looking = Wyszukiwanie programu Thunderbird na tym komputerze…
accounts-unreadable = Mail Setup nie może odczytać profili programu Thunderbird: { $why }
accounts-unreadable-hint = Mimo to można dodać konto: Mail Setup utworzy dla niego profil.
accounts-intro = Oto konta w programie Thunderbird. Wybierz „Napraw” przy koncie, które przestało działać lub wkrótce przestanie.
accounts-profile = Profil programu Thunderbird:
accounts-profile-opens-first = { $name } (otwierany jako pierwszy)
# Wyświetlane, gdy `mailsetup --fix-needed` otworzył okno z powodu konta.
accounts-opened-to-fix = Mail Setup został otwarty, ponieważ konto { $address } wymaga naprawy. Wybierz przy nim „Napraw”: wystarczy raz się zalogować, a konto zachowa wiadomości, foldery i filtry.
accounts-opened-to-attend = Mail Setup został otwarty, ponieważ konto { $address } wymaga uwagi: poniżej opisano, co zrobić.
accounts-none-yet = Ten profil nie ma jeszcze kont pocztowych.
accounts-fix = Napraw
# Nazwa przycisku „Napraw” dla czytników ekranu.
accounts-fix-name = Napraw { $address }
accounts-asking-provider = Sprawdzanie u dostawcy, czy zapisane logowanie programu Thunderbird nadal działa…
accounts-add-shared = Dodaj udostępnioną skrzynkę pocztową otwieraną za pomocą tego konta…
accounts-add-shared-name = Dodaj udostępnioną skrzynkę pocztową otwieraną za pomocą { $address }
accounts-not-checked = Nie udało się sprawdzić zapisanych logowań: { $why }
accounts-cannot-fix = Tego konta nie można tutaj naprawić: { $why }.

## Wiersz konta po odpowiedzi dostawcy.
health-confirmed = Działa: logowanie przez { $provider }; odbieranie i wysyłanie zostały właśnie sprawdzone
health-signed-out = Wylogowane. { $why }
health-failing = Nie działa. { $why }
health-fixed-just-now = Właśnie naprawione: przy następnym uruchomieniu Thunderbird raz poprosi o zalogowanie

## Wiersz postępu nad każdą stroną. $number i $count to liczby; $stage to
## jedna z nazw stron poniżej; $state mówi, jak zakończył się etap:
## done, failed, skipped lub stopped.
page-account = Konto
page-sign-in = Logowanie
page-checks = Sprawdzanie
page-thunderbird = Thunderbird
page-done = Gotowe
header-stage = { $number }. { $stage }
header-stage-shown-ended = { $stage } ({ $state ->
    [failed] niepowodzenie
    [skipped] pominięto
    [stopped] przerwano
   *[done] ukończono
})
# To, co czytniki ekranu odczytują dla całego wiersza.
header-step = Krok { $number } z { $count }: { $stage }
header-stage-ended = { $stage }: { $state ->
    [failed] niepowodzenie
    [skipped] pominięto
    [stopped] przerwano
   *[done] ukończono
}
header-step-and-ended = { $step }; { $ended }

## Krok, który czeka na serwer. $what mówi, na co; $waited i $deadline
## to sekundy.
progress-waiting = Oczekiwanie: { $what } ({ $waited } s z { $deadline } s)
progress-next-step = Wykonywanie następnego kroku…

## Zakończony krok i wyjaśnienie kroku nieudanego.
step-passed = Udany
step-failed = NIEUDANY
step-skipped = Pominięty
# $took to już zapisany czas trwania („12 ms”); $deadline to sekundy.
step-timing = { $took } z dozwolonych { $deadline } s
# $title to nazwa kroku, $phase to część, do której należy (IMAP, SMTP, logowanie).
step-details = Szczegóły: { $title } ({ $phase })
step-server-said = Odpowiedź serwera:
diagnosis-what-happened = Co się stało:
diagnosis-user-can-do = Co można zrobić:
diagnosis-admin-must-do = Co musi zrobić administrator:
warning-prefix = Ostrzeżenie:
sandbox-banner = Piaskownica – tryb ćwiczeń, nic nie opuszcza tego komputera

## Gdy kreator nie może czegoś zrobić w tle. $error to przyczyna podana
## przez system, bez zmian.
wizard-thread-thunderbird-failed = nie można uruchomić wątku, aby otworzyć program Thunderbird: { $error }
wizard-thread-browser-failed = nie można uruchomić wątku, aby otworzyć przeglądarkę: { $error }
wizard-practice-profile-failed = nie udało się zapisać profilu ćwiczebnego piaskownicy: { $error }
