# Das Nachschlagen der E-Mail-Einstellungen einer Adresse und das Formular,
# um sie von Hand einzugeben. IMAP, POP3, SMTP, TLS und STARTTLS bleiben.

discovery-looking-up = Die E-Mail-Einstellungen für { $domain } werden gesucht…
discovery-offline = Sie scheinen offline zu sein: Keine der Anfragen wurde beantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.
discovery-try-again = Erneut versuchen
discovery-try-again-hint = Die Einstellungen noch einmal suchen
discovery-or-enter-servers = Oder, wenn Sie Ihre E-Mail-Server kennen, geben Sie sie hier ein:
discovery-nothing-found = Für diese Domain wurde nichts gefunden.
discovery-how-found = { $lookups ->
    [one] Wie das gefunden wurde (1 Anfrage, { $millis } ms)
   *[other] Wie das gefunden wurde ({ $lookups } Anfragen, { $millis } ms)
}
discovery-technical-details = Technische Details der Anfragen

manual-heading = Server-Einstellungen
manual-receive-with = Empfangen mit
manual-imap = IMAP (Nachrichten bleiben auf dem Server)
manual-pop3 = POP3 (Nachrichten werden heruntergeladen)
manual-incoming = Posteingangs-Server ({ $protocol })
manual-outgoing = Postausgangs-Server (SMTP)
manual-port = Port
manual-port-name = { $server }: Port
manual-sign-in = Anmeldung
manual-sign-in-microsoft-365 = Microsoft 365 (Geschäfts- oder Schulkonto)
manual-sign-in-password = Passwort
manual-continue = Mit diesen Einstellungen fortfahren
manual-host-empty = { $what }: Geben Sie den Namen des Servers ein, zum Beispiel mail.example.com.
manual-host-invalid = { $what }: „{ $host }“ ist kein Servername; er sieht etwa so aus: mail.example.com.
manual-port-invalid = { $what }, Port: Geben Sie eine Zahl von 1 bis 65535 ein (meist 993 für IMAP, 995 für POP3, 587 oder 465 für den Postausgang).

# The provider's name in the report when the servers were typed in.
manual-provider-by-hand = Von Hand eingegebene Einstellungen
