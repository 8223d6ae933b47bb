# La ricerca delle impostazioni di posta di un indirizzo, e il modulo per
# inserirle a mano quando non è stato trovato nulla. IMAP, POP3, SMTP, TLS e
# STARTTLS sono nomi di protocolli e restano invariati.

discovery-looking-up = Ricerca delle impostazioni di posta per { $domain }…
discovery-offline = Sembra che non ci sia connessione: nessuna delle ricerche ha ricevuto risposta. Verificare la connessione, poi riprovare.
discovery-try-again = Riprova
discovery-try-again-hint = Cerca di nuovo le impostazioni
discovery-or-enter-servers = Oppure, se si conoscono i server di posta, inserirli qui:
discovery-nothing-found = Non è stato trovato nulla per questo dominio.
# Un pannello che elenca ogni ricerca; $lookups è un numero, $millis millisecondi.
discovery-how-found = { $lookups ->
    [one] Come sono state trovate ({ $lookups } ricerca, { $millis } ms)
   *[other] Come sono state trovate ({ $lookups } ricerche, { $millis } ms)
}
discovery-technical-details = Dettagli tecnici delle ricerche

manual-heading = Impostazioni server
manual-receive-with = Ricevi con
manual-imap = IMAP (la posta resta sul server)
manual-pop3 = POP3 (la posta viene scaricata)
# $protocol è IMAP o POP3.
manual-incoming = Server in entrata ({ $protocol })
manual-outgoing = Server in uscita (SMTP)
manual-port = porta
# Il nome del campo della porta per i lettori di schermo; $server è manual-incoming o manual-outgoing.
manual-port-name = { $server }: porta
manual-sign-in = Accesso
manual-sign-in-microsoft-365 = Microsoft 365 (lavoro o scuola)
manual-sign-in-password = Password
manual-continue = Continua con queste impostazioni
# $what è manual-incoming o manual-outgoing; $host ciò che è stato digitato.
manual-host-empty = { $what }: inserire il nome del server, ad esempio mail.example.com.
manual-host-invalid = { $what }: «{ $host }» non è un nome di server; dovrebbe essere simile a mail.example.com.
manual-port-invalid = { $what }, porta: inserire un numero da 1 a 65535 (di solito 993 per IMAP, 995 per POP3, 587 o 465 per il server in uscita).

# The provider's name in the report when the servers were typed in.
manual-provider-by-hand = Impostazioni inserite a mano
