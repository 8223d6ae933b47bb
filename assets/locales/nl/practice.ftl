# De aanmeldpagina's van de oefenprovider (mailsetup --sandbox), getoond in de
# browser. Ze staan in voor de aanmeldpagina van een provider; de antwoorden
# van de provider aan mailsetup en de codes en zinnen van Entra blijven in het
# Engels.

practice-provider-name = mailsetup-sandbox
practice-page-home = Dit is de aanmeldserver van de mailsetup-sandbox. Start een aanmelding vanuit mailsetup; dan komt u vanzelf hier.
practice-page-sign-in-title = Aanmelden bij de mailsetup-sandbox
practice-page-note = Dit is een oefenprovider; er verlaat niets uw computer.
# $client is de client-id van de app, zoals de provider die kent.
practice-page-consent = { $client } wil uw e-mail lezen en verzenden.
# Gevolgd door de lijst met scopes, zoals de provider ze noemt.
practice-page-scopes = Scopes:
practice-page-email = E-mailadres
practice-page-password = Wachtwoord (alles is goed)
practice-page-allow = Toestaan
practice-page-deny = Weigeren
practice-page-device-title = De code uit mailsetup invoeren
practice-page-code = Code
practice-page-unknown-code = Die code is onbekend of is al gebruikt. Controleer de code die mailsetup toont.
practice-page-done-title = Klaar
practice-page-signed-in = U bent aangemeld. Keer terug naar mailsetup: het gaat vanzelf verder.
practice-page-declined = U hebt geweigerd. Keer terug naar mailsetup.
practice-page-failed-title = Aanmelden mislukt
practice-page-not-a-form = Het formulier is niet als formulier verzonden.
practice-page-form-incomplete = Het formulier is onvolledig.
practice-page-choose = Kies “Toestaan” of “Weigeren”.
practice-page-ended-title = Deze aanmelding is afgelopen
practice-page-ended = Deze aanmeldpagina is verlopen of al beantwoord. Begin opnieuw vanuit mailsetup.
practice-page-invalid-link-title = Deze aanmeldlink is niet geldig
# $reason is de technische fout, in het Engels.
practice-page-invalid-link = De mailsetup-sandbox kan niet verder: { $reason }.
practice-page-invalid-link-report = mailsetup maakt deze link zelf; als u deze pagina ziet, meld dat dan.
practice-page-address-no-at = Typ een e-mailadres: er staat geen @ in.
practice-page-address-no-local-part = Typ een e-mailadres: er staat niets bruikbaars vóór de @.
practice-page-address-no-domain = Typ een e-mailadres: het deel na de @ is geen domeinnaam.
# Na de weigering door Entra (AADSTS50057, in het Engels). $shared is het adres
# van de gedeelde mailbox, $person de persoon die er toegang toe heeft.
practice-page-shared-hint = { $shared } is een gedeelde mailbox: met de account ervan kunt u zich niet aanmelden. Meld u aan als een persoon die er toegang toe heeft ({ $person }), en geef { $shared } alleen op als gebruikersnaam van de e-mailaccount.
# Na de weigering door Entra (AADSTS50034, in het Engels). $person is de
# eigenaar van de alias.
practice-page-alias-hint = Dit is een alias van { $person }: meld u aan met dat adres.
