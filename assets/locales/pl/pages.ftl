# Rama kreatora i jego strony po stronie kont: adres, logowanie, sprawdzanie,
# Thunderbird i ostatnia strona. Nazwy przycisków („Dalej”, „Spróbuj
# ponownie”, „Pomiń”, „Napraw”…) pojawiają się w innych tekstach: wszędzie
# należy je pisać tak samo.

## Przyciski u dołu każdej strony i opisy wyświetlane po najechaniu na nie.
nav-technical-details = Szczegóły techniczne
nav-technical-details-hint = Pokazuje kroki, czasy, serwery i zapis komunikacji – dla pracowników pomocy technicznej
nav-back = Wstecz
nav-cancel = Anuluj
# Przycisk „Anuluj” po zapisaniu konta w programie Thunderbird.
nav-start-over = Zacznij od nowa
nav-cancel-hint-close = Zamknij Mail Setup bez wprowadzania zmian
nav-cancel-hint-stop-browser = Przestań czekać na przeglądarkę
nav-cancel-hint-stop-checks = Zatrzymaj sprawdzanie
nav-cancel-hint-leave = Opuść tę stronę; konto pozostanie takie, jak zostało zapisane
nav-cancel-hint-start-over = Przerwij tę konfigurację i wróć do pierwszej strony; nic nie zostało zmienione
nav-next = Dalej
nav-next-hint = Przejdź do następnego kroku
nav-close = Zamknij
nav-close-hint = Zamknij Mail Setup
nav-see-report = Zobacz raport
nav-see-report-hint = Co się nie powiodło i co wysłać do działu IT
nav-add-account = Dodaj kolejne konto
nav-add-account-hint = Skonfiguruj konto, którego jeszcze nie ma w programie Thunderbird

## „Anuluj” na pierwszej stronie pyta przed zamknięciem okna.
close-question = Zamknąć Mail Setup? Nic nie zostało zmienione.
close-confirm = Zamknij Mail Setup
close-stay = Pozostań

## Błędy samego kreatora, wyświetlane tam, gdzie byłby wynik pracy.
wizard-worker-stopped = wątek roboczy kreatora nie działa
wizard-worker-stopped-restart = wątek roboczy kreatora nie działa; uruchom ponownie Mail Setup

## Tryb ćwiczeń, proponowany u dołu pierwszych stron.
sandbox-offer = Nie ma konta pod ręką? A może to po prostu ciekawość?
sandbox-try = Wypróbuj piaskownicę (konto nie jest potrzebne)
sandbox-starting = Uruchamianie piaskownicy…
sandbox-explained = Piaskownica to ćwiczebny dostawca wbudowany w Mail Setup: ma własną stronę logowania i serwery poczty oraz tymczasowy profil programu Thunderbird z jednym kontem, które wymaga naprawy. Nic nie opuszcza tego komputera.
sandbox-approve-automatically = Zatwierdź logowanie automatycznie (bez przeglądarki)
sandbox-leave = Opuść piaskownicę
# Wyświetlane jako powód, dla którego „Dalej” nie przeszło dalej.
sandbox-still-starting = piaskownica nadal się uruchamia; spróbuj ponownie za chwilę
sandbox-not-running = piaskownica nie działa

## Strona adresu.
address-heading = Adres e-mail
address-intro = Mail Setup przeprowadzi logowanie u dostawcy poczty w przeglądarce, sprawdzi, czy można odbierać i wysyłać wiadomości, i doda konto do programu Thunderbird. Hasło wpisuje się wyłącznie na stronie dostawcy.
address-email = Adres e-mail
# Przykład wyświetlany na szaro w pustym polu adresu.
address-email-example = nazwa@example.com
address-name = Imię i nazwisko
address-name-hint = widoczne dla odbiorców (opcjonalnie)
address-shared = To jest udostępniona skrzynka pocztowa, którą mogę otworzyć
address-who-signs-in = Kto się loguje
address-who-signs-in-hint = własny adres
address-shared-explained = Logowanie odbywa się na własne konto; Thunderbird pokazuje wtedy udostępnioną skrzynkę pocztową i wysyła wiadomości jako ona.
address-shared-needs-delegate = Wpisz adres osoby, która otwiera tę udostępnioną skrzynkę pocztową: to ona loguje się na swoje własne konto.
# $domain to część wpisanego adresu po znaku @.
address-unknown-domain = Mail Setup nie wie, który dostawca obsługuje domenę { $domain }. Jeśli organizacja korzysta z Microsoft 365, wybierz tę opcję:
address-microsoft-365 = Microsoft 365 (konto służbowe lub szkolne)

## Strona logowania. $company to usługa, w której użytkownik się loguje
## (Microsoft, Google lub nazwa dostawcy).
sign-in-heading-plain = Logowanie
sign-in-no-address = Najpierw wpisz adres.
sign-in-heading = Logowanie przez { $company }
sign-in-change-settings = Zmień ustawienia serwera…
# Podsumowanie konta. Każdy wiersz ma nazwę po lewej stronie.
sign-in-row-your-mail = Poczta
sign-in-row-hosted-by = Dostawca
sign-in-row-shared-mailbox = Udostępniona skrzynka pocztowa
sign-in-row-signs-in-as = Logowanie jako
# To samo podsumowanie z włączonymi szczegółami technicznymi.
sign-in-row-account = Konto
# $address to udostępniona skrzynka pocztowa, $name jej nazwa, $delegate
# adres osoby, która się loguje.
sign-in-account-shared = { $address } ({ $name }), udostępniona skrzynka pocztowa otwierana przez { $delegate }
sign-in-row-provider = Dostawca
sign-in-row-sign-in = Logowanie
# $protocol to IMAP lub POP3.
sign-in-row-incoming = Serwer poczty przychodzącej ({ $protocol })
sign-in-row-outgoing = Serwer poczty wychodzącej (SMTP)
# Wiersz dostawcy: $provider to nazwa dostawcy, a za nią informacja, skąd
# Mail Setup go zna.
sign-in-provider-catalogue = { $provider } (znany programowi Mail Setup)
sign-in-provider-user-choice = { $provider } (zgodnie z wyborem)
# $path to plik dostawcy podany w wierszu poleceń.
sign-in-provider-file = { $provider } (z pliku { $path })
sign-in-provider-sandbox = { $provider } (dostawca ćwiczebny)
# $lookup to nazwa wyszukiwania, które go znalazło: autoconfig, ispdb, dns-mx, dns-srv lub microsoft.
sign-in-provider-discovered = { $provider } (znaleziony przez { $lookup })
# $server to nazwa serwera, której używa istniejące konto programu Thunderbird.
sign-in-provider-thunderbird = { $provider } (Thunderbird już używa { $server })
sign-in-stops-here = Mail Setup nie może przełączyć tego konta na logowanie przez dostawcę, więc kończy w tym miejscu.
sign-in-by-thunderbird = Mail Setup nie loguje się na to konto samodzielnie: zrobi to Thunderbird przy pierwszym uruchomieniu. „Dalej” sprawdzi serwery bez logowania.
# $left to pozostały czas w formacie minuty:sekundy („4:59”).
sign-in-waiting = Oczekiwanie na zalogowanie i zezwolenie na dostęp w przeglądarce: pozostało { $left }
sign-in-link-intro = Jeśli przeglądarka się nie otworzyła lub została zamknięta, otwórz ten odnośnik w przeglądarce:
sign-in-copy-link = Kopiuj odnośnik
sign-in-link-copied = Skopiowano odnośnik logowania.
sign-in-open-browser-again = Otwórz przeglądarkę ponownie
# $how mówi, jak otwarto stronę („opened in your default browser”); na razie
# jest to jeszcze tekst angielski.
sign-in-browser-opened = Strona logowania: { $how }.
sign-in-browser-failed = Przeglądarka się nie otworzyła: { $why }. Skopiuj odnośnik do przeglądarki samodzielnie.
# $redirect_uri to adres na tym komputerze (http://127.0.0.1:…).
sign-in-redirect = Mail Setup odbiera odpowiedź pod adresem { $redirect_uri }, wyłącznie na tym komputerze.
sign-in-preparing = Przygotowywanie logowania…
sign-in-explained = Przeglądarka otworzy stronę logowania { $company }. Zaloguj się tam i zezwól na dostęp do poczty, a potem wróć tutaj. Hasło wpisuje się wyłącznie na stronie { $company }.
sign-in-done = Zalogowano.
sign-in-failed = Logowanie nie zostało ukończone.
sign-in-cancelled = Anulowano logowanie. Nic nie zostało zachowane; można rozpocząć je ponownie.
sign-in-again = Zaloguj ponownie
sign-in-try-again = Spróbuj ponownie
sign-in-with-browser = Zaloguj przez przeglądarkę
sign-in-with-code = Zaloguj za pomocą kodu
sign-in-steps = Kroki
# Nazwa kroku w raporcie, gdy logowanie nie mogło nawet się rozpocząć.
sign-in-step-start = Rozpoczęcie logowania
# Logowanie za pomocą kodu wpisanego na innym urządzeniu. $url to strona do otwarcia.
sign-in-code-where = Na dowolnym urządzeniu z przeglądarką otwórz { $url } i wpisz ten kod:
sign-in-copy-code = Kopiuj kod
sign-in-code-copied = Skopiowano kod.
# $minutes to liczba.
sign-in-code-valid = { $minutes ->
    [one] Kod jest ważny przez { $minutes } minutę.
    [few] Kod jest ważny przez { $minutes } minuty.
    [many] Kod jest ważny przez { $minutes } minut.
   *[other] Kod jest ważny przez { $minutes } minuty.
}
sign-in-code-waiting = Oczekiwanie na wpisanie kodu i zalogowanie…

## Strona sprawdzania. $direction to "receiving" lub "sending": po jednym wierszu.
checks-heading = Sprawdzanie poczty
checks-intro = Mail Setup sprawdza teraz, czy z nowym logowaniem można odbierać i wysyłać pocztę.
checks-does-not-work = { $direction ->
    [sending] Wysyłanie poczty: jeszcze nie działa
   *[receiving] Odbieranie poczty: jeszcze nie działa
}
checks-works = { $direction ->
    [sending] Wysyłanie poczty: działa
   *[receiving] Odbieranie poczty: działa
}
checks-not-checked-other-failed = { $direction ->
    [sending] Wysyłanie poczty: nie sprawdzono, ponieważ wcześniej nie powiodło się drugie sprawdzenie
   *[receiving] Odbieranie poczty: nie sprawdzono, ponieważ wcześniej nie powiodło się drugie sprawdzenie
}
checks-not-checked-yet = { $direction ->
    [sending] Wysyłanie poczty: jeszcze nie sprawdzono
   *[receiving] Odbieranie poczty: jeszcze nie sprawdzono
}
checks-passed = Poczta działa z nowym logowaniem. Następny krok: dodanie konta do programu Thunderbird.
checks-passed-switching = Poczta działa z nowym logowaniem. Następny krok: przełączenie konta w programie Thunderbird.
checks-stopped = Zatrzymano sprawdzanie.
checks-not-run = Sprawdzanie jeszcze się nie odbyło.
checks-try-again = Spróbuj ponownie
checks-run-again = Sprawdź ponownie
# $to to adres, na który się zalogowano; $subject to temat wiadomości testowej.
checks-test-message-sent = Wiadomość testowa jest w drodze do { $to }: poszukaj „{ $subject }” w folderze Odebrane tego konta.
checks-send-test-message = Wyślij jedną wiadomość testową do siebie
checks-send-test-message-hint = Wysyła jedną wiadomość z tego adresu na konto, na które się zalogowano: to jedyny sposób, by sprawdzić, czy wysyłanie jako udostępniona skrzynka pocztowa lub alias jest dozwolone
# Nagłówki nad krokami, przy włączonych szczegółach technicznych.
checks-incoming-steps = Serwer poczty przychodzącej (IMAP)
checks-outgoing-steps = Serwer poczty wychodzącej (SMTP)

## Strona programu Thunderbird.
thunderbird-heading = Thunderbird
thunderbird-no-address = Najpierw wpisz adres.
thunderbird-switching-heading = Przełączanie konta w programie Thunderbird
thunderbird-switching = Konto { $address } zachowa wiadomości, foldery i filtry, a od teraz będzie logować się przez { $company }.
thunderbird-sign-in-handed-off = OAuth2: zalogowano; Thunderbird uruchomi się zalogowany, a żadne hasło nie jest przechowywane
thunderbird-sign-in-once = OAuth2: Thunderbird raz poprosi o zalogowanie; żadne hasło nie jest przechowywane
thunderbird-no-home = Mail Setup nie może znaleźć katalogu domowego, więc nie może wyszukać programu Thunderbird. Pomiń ten krok.
thunderbird-folder = Folder programu Thunderbird:
thunderbird-folder-sandbox = Tymczasowy folder programu Thunderbird w piaskownicy (usuwany po zamknięciu Mail Setup):
thunderbird-looking = Wyszukiwanie profili…
thunderbird-no-profile = Nie ma tam jeszcze profilu programu Thunderbird; Mail Setup utworzy go i ustawi jako domyślny.
thunderbird-profiles-found = Konto trafi do profilu, który Thunderbird otwiera domyślnie. Znalezione profile:
# Po nazwie profilu. $count to liczba kont pocztowych w nim.
thunderbird-profile-default = (domyślny; { $count ->
    [0] jeszcze bez kont pocztowych
    [one] { $count } konto pocztowe
    [few] { $count } konta pocztowe
    [many] { $count } kont pocztowych
   *[other] { $count } konta pocztowego
})
thunderbird-profile-other = (nie jest domyślny; { $count ->
    [0] jeszcze bez kont pocztowych
    [one] { $count } konto pocztowe
    [few] { $count } konta pocztowe
    [many] { $count } kont pocztowych
   *[other] { $count } konta pocztowego
})
thunderbird-check-sign-in = Sprawdź własne logowanie programu Thunderbird
thunderbird-check-sign-in-hint = Odczytuje logowanie zapisane przez program Thunderbird dla każdego konta OAuth2, odnawia je i sprawdza przy jego użyciu IMAP i SMTP; bez przeglądarki
thunderbird-asking-provider = Sprawdzanie u dostawcy…
thunderbird-nothing-to-ask = Żadne konto w tym miejscu nie loguje się u dostawcy, którego Mail Setup może zapytać.
thunderbird-saved-sign-in-works = { $address }: zapisane logowanie programu Thunderbird działa przy odbieraniu i wysyłaniu.
# $problem to kilka słów o tym, co poszło źle.
thunderbird-saved-sign-in-fails = { $address }: { $problem }
thunderbird-already-has = To konto już jest w programie Thunderbird
# $protocol to IMAP lub POP3, $server serwer poczty przychodzącej konta;
# $incoming_server i $outgoing_server to serwery, na które jest przełączane.
thunderbird-offer-technical = Ten profil ma już konto { $address } ({ $protocol } na { $server }), które loguje się hasłem. { $provider } przestaje przyjmować hasła; przełączenie zachowa konto z wiadomościami, folderami i filtrami i ustawi logowanie przez OAuth2 na serwerach { $incoming_server } i { $outgoing_server }.
thunderbird-offer = Konto { $address } loguje się tam hasłem, które { $provider } przestaje przyjmować. Przełączenie zachowa jego wiadomości, foldery i filtry.
thunderbird-switch = Przełącz to konto
thunderbird-switch-needs-checks = (najpierw sprawdzanie musi zakończyć się powodzeniem)
thunderbird-or-add = Można też dodać je jako drugie konto:
thunderbird-what-is-added = Co zostanie dodane
thunderbird-row-email = Adres e-mail
thunderbird-row-name = Imię i nazwisko
# $protocol to IMAP lub POP3.
thunderbird-row-incoming = Serwer poczty przychodzącej ({ $protocol })
thunderbird-row-outgoing = Serwer poczty wychodzącej (SMTP)
thunderbird-row-sign-in = Logowanie
thunderbird-will-ask = Po uruchomieniu Thunderbird raz poprosi o zalogowanie.
# $why to powód, dla którego Mail Setup nie może przekazać logowania.
thunderbird-will-ask-because = Po uruchomieniu Thunderbird raz poprosi o zalogowanie: { $why }.
thunderbird-keep-signed-in = Pozostaw program Thunderbird zalogowany
thunderbird-keep-signed-in-hint = Przekazuje logowanie do programu Thunderbird, zaszyfrowane w jego zachowanych danych logowania, aby nie prosił ponownie o zalogowanie. Mail Setup nie zachowuje kopii.
thunderbird-no-oauth = Thunderbird nie może używać OAuth2 z tymi serwerami, więc logowanie konta na nich może się nie udać.
thunderbird-close-first = Najpierw zamknij program Thunderbird: przy zamykaniu nadpisuje on swoje ustawienia.
thunderbird-write = Zapisz w programie Thunderbird
thunderbird-skip = Pomiń
thunderbird-skip-hint = Przejdź do raportu bez zapisywania
thunderbird-writing = Zapisywanie w programie Thunderbird…
thunderbird-waiting-for-close = Thunderbird jest otwarty, a przy zamykaniu nadpisuje swoje ustawienia. Zakończ go (Plik › Zakończ): Mail Setup będzie kontynuować samodzielnie, gdy tylko to nastąpi.
thunderbird-closed-writing = Thunderbird został zamknięty; trwa zapisywanie konta.
thunderbird-not-changed = Konto nie zostało zmienione w programie Thunderbird.
thunderbird-handed-off = Thunderbird uruchomi się zalogowany: nie trzeba będzie logować się ponownie.
# $why to opis tego, co poszło źle przy przekazywaniu logowania.
thunderbird-handoff-failed = Po uruchomieniu Thunderbird raz poprosi o zalogowanie. { $why }
# Co zmienił krok programu Thunderbird. $profile to folder profilu.
thunderbird-changed-already-present = Konto już było w programie Thunderbird; nie trzeba było niczego zmieniać (profil { $profile }).
thunderbird-changed-switched = Konto w programie Thunderbird loguje się teraz przez dostawcę; jego wiadomości, foldery i filtry pozostały bez zmian (profil { $profile }).
thunderbird-changed-added = Konto zostało dodane do programu Thunderbird (profil { $profile }).
# Następuje po zdaniu powyżej; $backup to plik.
thunderbird-backup = Poprzednie ustawienia programu Thunderbird zostały zapisane w { $backup }.

## Pod błędem, na każdej stronie: co wysłać do pomocy technicznej, oraz
## diagnoza.
help-copy-ticket = Kopiuj zgłoszenie dla administratora
help-copy-ticket-hint = Gotowy do wysłania tekst dla działu IT: kto, kiedy, która aplikacja, który krok się nie powiódł, diagnoza i dokładne działanie, które musi wykonać administrator
help-save-bundle = Zapisz pakiet pomocy technicznej
help-save-bundle-hint = Jeden plik z raportem i zapisem komunikacji dla pomocy technicznej; nie zawiera haseł ani tokenów
help-what-happened = Co się stało
help-user-can-do = Co można zrobić
help-admin-must-do = Co musi zrobić dział IT
help-open-consent = Dla administratora: otwórz stronę zgody
help-consent-opening = Otwieranie strony zgody w przeglądarce. Po udzieleniu zgody wybierz „Spróbuj ponownie”.
help-ticket-copied = Skopiowano zgłoszenie dla administratora. Wklej je do wiadomości e-mail do działu IT.
help-no-folder = Nie można znaleźć folderu Pobrane ani katalogu domowego, aby zapisać pakiet pomocy technicznej.
# $path to plik, w którym zapisywany jest pakiet.
help-saving-bundle = Zapisywanie pakietu pomocy technicznej w { $path } (nie zawiera haseł ani tokenów).
help-bundle-failed = Nie udało się zapisać pakietu pomocy technicznej: { $why }

## Ostatnia strona.
done-heading = Gotowe
done-nothing-yet = Nic jeszcze nie zostało skonfigurowane.
done-heading-fixed = Poczta znów działa
done-heading-set-up = Poczta jest skonfigurowana
done-heading-problem = Gotowe, ale wystąpił problem
done-heading-not-finished = Nie ukończono
done-works = Odbieranie i wysyłanie poczty działa dla { $address }.
done-practice-profile = To jest profil ćwiczebny: zniknie po zamknięciu Mail Setup.
done-signed-in = Thunderbird jest już zalogowany: nie poprosi o hasło.
done-sign-in-once = Po uruchomieniu Thunderbird raz poprosi o zalogowanie w przeglądarce.
# $server to serwer poczty, który nadal przyjmuje hasło.
done-password-receiving = Do odbierania poczty serwer ({ $server }) nadal używa hasła: Thunderbird raz o nie poprosi.
done-password-sending = Do wysyłania poczty serwer ({ $server }) nadal używa hasła: Thunderbird poprosi o nie przy pierwszym wysyłaniu.
done-nothing-changed = W programie Thunderbird nic nie zostało zmienione.
# $problem to kilka słów o tym, co poszło źle.
done-not-working = Nie działa: { $problem }
done-open-thunderbird = Otwórz program Thunderbird
done-copy-report = Kopiuj raport
done-copy-report-hint = Cały raport jako tekst, dla pomocy technicznej
done-report-copied = Skopiowano raport do schowka.
done-full-report = Pełny raport
done-starting-thunderbird = Uruchamianie programu Thunderbird…
done-thunderbird-starting = Thunderbird się uruchamia.
done-thunderbird-did-not-start = Nie udało się uruchomić programu Thunderbird: { $why }.
