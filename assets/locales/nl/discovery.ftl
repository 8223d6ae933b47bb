# Het opzoeken van de e-mailinstellingen van een adres, en het formulier om
# ze met de hand in te voeren als er niets is gevonden. IMAP, POP3, SMTP, TLS
# en STARTTLS zijn namen van protocollen en blijven zoals ze zijn.

discovery-looking-up = De e-mailinstellingen voor { $domain } worden opgezocht…
discovery-offline = U lijkt offline te zijn: geen van de zoekopdrachten kreeg antwoord. Controleer uw verbinding en probeer het daarna opnieuw.
discovery-try-again = Opnieuw proberen
discovery-try-again-hint = De instellingen nog een keer opzoeken
discovery-or-enter-servers = Of voer hier uw mailservers in, als u ze kent:
discovery-nothing-found = Er is niets gevonden voor dit domein.
# Een uitklapbaar deel met elke zoekopdracht; $lookups is een getal, $millis milliseconden.
discovery-how-found = { $lookups ->
    [one] Hoe dit is gevonden (1 zoekopdracht, { $millis } ms)
   *[other] Hoe dit is gevonden ({ $lookups } zoekopdrachten, { $millis } ms)
}
discovery-technical-details = Technische details van de zoekopdrachten

manual-heading = Serverinstellingen
manual-receive-with = Ontvangen met
manual-imap = IMAP (berichten blijven op de server)
manual-pop3 = POP3 (berichten worden gedownload)
# $protocol is IMAP of POP3.
manual-incoming = Inkomende server ({ $protocol })
manual-outgoing = Uitgaande server (SMTP)
manual-port = poort
# De naam van het poortveld voor schermlezers; $server is manual-incoming of manual-outgoing.
manual-port-name = { $server }: poort
manual-sign-in = Aanmelden
manual-sign-in-microsoft-365 = Microsoft 365 (werk of school)
manual-sign-in-password = Wachtwoord
manual-continue = Doorgaan met deze instellingen
# $what is manual-incoming of manual-outgoing; $host wat er is getypt.
manual-host-empty = { $what }: voer de naam van de server in, zoals mail.example.com.
manual-host-invalid = { $what }: “{ $host }” is geen servernaam; die moet eruitzien als mail.example.com.
manual-port-invalid = { $what }, poort: voer een getal van 1 tot en met 65535 in (meestal 993 voor IMAP, 995 voor POP3, 587 of 465 voor uitgaande e-mail).

# The provider's name in the report when the servers were typed in.
manual-provider-by-hand = Handmatig ingevoerde instellingen
