# Strony logowania dostawcy ćwiczebnego (mailsetup --sandbox) wyświetlane
# w przeglądarce. Zastępują stronę logowania dostawcy; odpowiedzi dostawcy dla
# programu mailsetup oraz kody i zdania Entra pozostają po angielsku.

practice-provider-name = Piaskownica mailsetup
practice-page-home = To jest serwer logowania piaskownicy mailsetup. Rozpocznij logowanie w programie mailsetup; stamtąd nastąpi przekierowanie tutaj.
practice-page-sign-in-title = Zaloguj się do piaskownicy mailsetup
practice-page-note = To jest dostawca ćwiczebny; nic nie opuszcza tego komputera.
# $client to identyfikator klienta aplikacji, pod którym zna ją dostawca.
practice-page-consent = { $client } chce odczytywać i wysyłać pocztę.
# Po nim następuje lista zakresów w brzmieniu dostawcy.
practice-page-scopes = Zakresy:
practice-page-email = Adres e-mail
practice-page-password = Hasło (dowolne)
practice-page-allow = Zezwól
practice-page-deny = Odmów
practice-page-device-title = Wpisz kod z programu mailsetup
practice-page-code = Kod
practice-page-unknown-code = Ten kod jest nieznany lub został już użyty. Sprawdź kod wyświetlany przez program mailsetup.
practice-page-done-title = Gotowe
practice-page-signed-in = Zalogowano. Wróć do programu mailsetup: sam przejdzie dalej.
practice-page-declined = Odmówiono dostępu. Wróć do programu mailsetup.
practice-page-failed-title = Logowanie nie powiodło się
practice-page-not-a-form = Formularz nie został wysłany jako formularz.
practice-page-form-incomplete = Formularz jest niekompletny.
practice-page-choose = Wybierz „Zezwól” lub „Odmów”.
practice-page-ended-title = To logowanie zostało zakończone
practice-page-ended = Ta strona logowania wygasła lub już na nią odpowiedziano. Zacznij od nowa w programie mailsetup.
practice-page-invalid-link-title = Ten odnośnik logowania jest nieprawidłowy
# $reason to błąd techniczny, po angielsku.
practice-page-invalid-link = Piaskownica mailsetup nie może kontynuować: { $reason }.
practice-page-invalid-link-report = Program mailsetup sam tworzy ten odnośnik; jeśli pojawiła się ta strona, zgłoś to.
practice-page-address-no-at = Wpisz adres e-mail: brakuje w nim znaku @.
practice-page-address-no-local-part = Wpisz adres e-mail: przed znakiem @ nie ma niczego, czego można użyć.
practice-page-address-no-domain = Wpisz adres e-mail: część po znaku @ nie jest nazwą domeny.
# Po odmowie Entra (AADSTS50057, po angielsku). $shared to adres udostępnionej
# skrzynki pocztowej, $person osoba, która ma do niej dostęp.
practice-page-shared-hint = { $shared } to udostępniona skrzynka pocztowa: na jej konto nie można się zalogować. Zaloguj się jako osoba, która ma do niej dostęp ({ $person }), a { $shared } podaj wyłącznie jako nazwę użytkownika konta pocztowego.
# Po odmowie Entra (AADSTS50034, po angielsku). $person to właściciel aliasu.
practice-page-alias-hint = To alias adresu { $person }: zaloguj się tym adresem.
