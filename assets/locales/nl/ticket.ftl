# Het ticket voor de beheerder, dat de gebruiker naar de IT-afdeling stuurt.
# Labels eindigen op een dubbele punt; de waarden staan in één kolom.
# ID's tussen [haken] blijven ongewijzigd.

ticket-subject = Onderwerp: { $subject }
ticket-subject-diagnosed = E-mailconfiguratie voor { $address } mislukt: { $title } [{ $id }]
ticket-subject-passed = E-mailconfiguratie voor { $address }: alle controles geslaagd
ticket-subject-failed = E-mailconfiguratie voor { $address } mislukt
ticket-intro = mailsetup { $version } heeft de onderstaande e-mailaccount gecontroleerd; een beheerder moet iets doen.
ticket-user = Gebruiker (mailbox):
ticket-signed-in-as = Aangemeld als:
ticket-time = Tijd (UTC):
ticket-provider = Provider:
ticket-shared-mailbox = Gedeelde mailbox:
ticket-shared-mailbox-value = { $address } (geopend met de aanmelding van { $delegate })
ticket-sign-in = Aanmelding:
ticket-how-password = met een wachtwoord (Thunderbird vraagt erom); er is geen OAuth2-app-registratie bij betrokken
ticket-how-by-thunderbird = OAuth2, door Thunderbird zelf uitgevoerd met de eigen app-registratie van Thunderbird
ticket-how-thunderbirds-app = OAuth2, met de eigen app-registratie van Thunderbird (dezelfde app waarmee Thunderbird zich aanmeldt)
ticket-how-other-app = OAuth2, met de hieronder genoemde app-registratie
ticket-tenant = Tenant-ID:
ticket-tenant-unknown = onbekend (geen token en geen tenant in het aanmeldadres)
ticket-app-id = App-ID (client):
ticket-app-id-thunderbirds = { $id } (de eigen registratie van Thunderbird)
ticket-sign-in-at = Aanmelden bij:
# $protocol is IMAP of POP3.
ticket-incoming-server = { $protocol }-server:
ticket-smtp-server = SMTP-server:
ticket-failing-step = Mislukte stap:
ticket-result = Resultaat:
ticket-server-said = Antwoord van de server:
ticket-diagnosis = Diagnose:
ticket-what-happened = Wat er is gebeurd:
ticket-evidence = Aanwijzingen:
ticket-for-sign-in-logs = Voor de aanmeldingslogboeken van Entra of de provider:
ticket-admin-must-do = Wat de beheerder moet doen:
ticket-nothing-server-side = Niets aan de serverkant; de gebruiker kan dit zelf oplossen:
ticket-other-failed-steps = Andere mislukte stappen:
ticket-generated = (Gegenereerd door mailsetup; bevat geen wachtwoord en geen token.)
