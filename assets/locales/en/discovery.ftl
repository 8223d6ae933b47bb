# Looking up an address's mail settings, and the form for entering them by
# hand when nothing was found. IMAP, POP3, SMTP, TLS and STARTTLS are the
# names of protocols and stay as they are.

discovery-looking-up = Looking up the mail settings for { $domain }…
discovery-offline = You seem to be offline: none of the lookups got an answer. Check your connection, then try again.
discovery-try-again = Try again
discovery-try-again-hint = Look the settings up once more
discovery-or-enter-servers = Or, if you know your mail servers, enter them here:
discovery-nothing-found = Nothing was found for this domain.
# A fold that lists each lookup; $lookups is a number, $millis milliseconds.
discovery-how-found = { $lookups ->
    [one] How this was found (1 lookup, { $millis } ms)
   *[other] How this was found ({ $lookups } lookups, { $millis } ms)
}
discovery-technical-details = Technical details of the lookups

manual-heading = Server settings
manual-receive-with = Receive with
manual-imap = IMAP (mail stays on the server)
manual-pop3 = POP3 (mail is downloaded)
# $protocol is IMAP or POP3.
manual-incoming = Incoming mail ({ $protocol })
manual-outgoing = Outgoing mail (SMTP)
manual-port = port
# The port field's name for screen readers; $server is manual-incoming or manual-outgoing.
manual-port-name = { $server } port
manual-sign-in = Sign-in
manual-sign-in-microsoft-365 = Microsoft 365 (work or school)
manual-sign-in-password = Password
manual-continue = Continue with these settings
# $what is manual-incoming or manual-outgoing; $host what was typed.
manual-host-empty = { $what } server: enter the server's name, such as mail.example.com.
manual-host-invalid = { $what } server: "{ $host }" is not a server name; it should look like mail.example.com.
manual-port-invalid = { $what } port: enter a number from 1 to 65535 (usually 993 for IMAP, 995 for POP3, 587 or 465 for outgoing).

# The provider's name in the report when the servers were typed in.
manual-provider-by-hand = Settings entered by hand
