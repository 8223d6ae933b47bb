# Le verifiche dei server di posta (IMAP, POP3, SMTP): il titolo di ogni
# passaggio, che cosa ha trovato o perché non è riuscito, e che cosa attende.
# Le parole in maiuscolo (IMAP, POP3, SMTP, TLS, STARTTLS, STLS, XOAUTH2,
# EHLO, CAPABILITY, CAPA, AUTH, MAIL FROM, RCPT TO, RSET, LOGOUT, QUIT,
# SMTPUTF8, INBOX) sono parole chiave dei protocolli: lasciarle invariate.
# «mailsetup» è il nome del programma. $host è il nome di un server, $port
# il suo numero di porta.

## I passaggi, come li nomina ogni riga del rapporto.
probe-step-imap-connect = Connettersi al server IMAP
probe-step-pop3-connect = Connettersi al server POP3
probe-step-smtp-connect = Connettersi al server SMTP
probe-step-tls = Proteggere la connessione (TLS)
probe-step-capability = Chiedere quali metodi di autenticazione offre
probe-step-authenticate = Accedere con il token (XOAUTH2)
probe-step-imap-select = Aprire la cartella Posta in arrivo
# POP3 non ha cartelle: il passaggio conta i messaggi in attesa.
probe-step-pop3-stat = Esaminare la cartella Posta in arrivo
probe-step-logout = Chiudere la sessione
probe-step-smtp-greeting = Leggere il saluto
probe-step-smtp-envelope = Verificare che sia possibile inviare a proprio nome (non viene inviato alcun messaggio)
probe-step-smtp-test-message = Inviare a se stessi un messaggio di prova
# L’unico passaggio che rappresenta un’intera verifica che non è stato possibile eseguire.
probe-step-imap-check = Verificare IMAP
probe-step-pop3-check = Verificare POP3

## Che cosa attende un passaggio, mostrato in «In attesa di { $what } (3 s su 8 s)»
## (progress-waiting). Il server in entrata è il server IMAP o POP3, quello
## in uscita il server SMTP.
probe-waiting-incoming-connect = accettazione della connessione da parte del server in entrata
probe-waiting-incoming-tls = connessione sicura con il server in entrata
probe-waiting-incoming-methods = elenco dei metodi di autenticazione del server in entrata
probe-waiting-incoming-sign-in = accettazione dell’accesso da parte del server in entrata
probe-waiting-incoming-inbox = apertura della cartella Posta in arrivo da parte del server in entrata
probe-waiting-incoming-goodbye = chiusura della sessione da parte del server in entrata
probe-waiting-outgoing-connect = accettazione della connessione da parte del server in uscita
probe-waiting-outgoing-answer = risposta del server in uscita
probe-waiting-outgoing-tls = connessione sicura con il server in uscita
probe-waiting-outgoing-methods = elenco dei metodi di autenticazione del server in uscita
probe-waiting-outgoing-sign-in = accettazione dell’accesso da parte del server in uscita
probe-waiting-outgoing-envelope = conferma del server in uscita che l’invio è consentito
probe-waiting-outgoing-test-message = accettazione del messaggio di prova da parte del server in uscita
probe-waiting-any = risposta del server di posta

## Perché un passaggio non è stato tentato.
probe-skip-no-token = non tentato: mailsetup non accede direttamente a questo account; lo fa Thunderbird alla prima connessione
probe-skip-password-server = non tentato: su questo server si accede con una password, che chiede Thunderbird; mailsetup non gestisce mai le password
# $step è il titolo del passaggio non riuscito.
probe-skip-after-failure = non tentato, perché «{ $step }» non è riuscito
probe-skip = non tentato

## La connessione. $address è l’indirizzo IP e la porta del server, $target
## il nome e la porta del server («mail.example.com:993»), $error le parole
## del sistema operativo.
probe-detail-connected = connesso a { $host }:{ $port } ({ $address })
probe-fail-connection-refused = { $target } ha rifiutato la connessione (nessun servizio in ascolto, oppure un firewall la respinge)
probe-fail-connection-reset = { $target } ha reimpostato la connessione
probe-fail-connect-timed-out = { $target } non ha risposto
probe-fail-name-not-resolved = impossibile risolvere il nome { $host }: { $error }
probe-fail-cannot-connect = impossibile connettersi a { $target }: { $error }
# $seconds è il limite di tempo del passaggio.
probe-fail-no-answer = nessuna risposta entro { $seconds } s

## La protezione della connessione. $version è la versione di TLS
## («TLSv1.3»), $command il comando del protocollo per farlo (STARTTLS o
## STLS), $reason le parole della libreria TLS.
probe-detail-tls = { $version }, certificato verificato per { $host }
probe-detail-tls-after-command = { $command }, poi { $version }, certificato verificato per { $host }
probe-fail-tls-server-name = { $host } non è un nome di server TLS valido
probe-fail-tls-handshake = handshake TLS non riuscito: { $reason }
probe-fail-tls-certificate = handshake TLS non riuscito: il certificato del server è stato rifiutato: { $reason }
probe-fail-no-starttls = il server non offre { $command }; mailsetup si ferma qui, così il token non viene mai inviato senza cifratura
probe-fail-starttls-refused = il server ha rifiutato { $command }; mailsetup si ferma qui, così il token non viene mai inviato senza cifratura
# $offers elenca ciò che il server offre con le parole chiave di SMTP («AUTH PLAIN, AUTH LOGIN»).
probe-fail-smtp-no-starttls = il server non offre STARTTLS (offre { $offers }); mailsetup si ferma qui, così il token non viene mai inviato senza cifratura
probe-fail-smtp-no-starttls-nor-auth = il server non offre STARTTLS (non offre né STARTTLS né AUTH); mailsetup si ferma qui, così il token non viene mai inviato senza cifratura
# $bytes è un numero di byte.
probe-fail-starttls-injection = il server ha inviato altri { $bytes } byte in chiaro subito dopo aver accettato STARTTLS, prima dell’inizio della cifratura; qualcosa nella rete (o il server) sta manomettendo la connessione, quindi mailsetup si è fermato prima dell’handshake TLS
probe-fail-not-encrypted = la connessione non è cifrata; il token non è stato inviato

## Il saluto e i metodi di autenticazione. $methods elenca i metodi con le parole
## chiave del protocollo («AUTH=XOAUTH2 AUTH=PLAIN», «PLAIN XOAUTH2»).
probe-fail-greeting-refused = il server ha rifiutato la connessione nel suo saluto
probe-fail-smtp-greeting = il server non ha salutato correttamente
probe-fail-smtp-more-than-greeting = il server ha inviato più del suo saluto prima che gli venisse chiesto qualcosa
probe-detail-smtp-greeted = il server ha salutato
probe-detail-smtp-greeted-offers = il server ha salutato e ha risposto a EHLO (offre { $offers })
probe-detail-smtp-greeted-offers-nothing = il server ha salutato e ha risposto a EHLO (non offre né STARTTLS né AUTH)
probe-fail-smtp-ehlo-refused = il server ha rifiutato EHLO
probe-detail-offers-xoauth2 = offre XOAUTH2
probe-detail-offers-xoauth2-among = offre XOAUTH2 (metodi di autenticazione: { $methods })
probe-detail-methods = metodi di autenticazione: { $methods }
probe-detail-imap-methods-login-only = metodi di autenticazione: nessun metodo AUTH= (solo LOGIN)
probe-detail-pop3-methods-user-pass-only = metodi di autenticazione: nessun metodo SASL (solo USER/PASS)
probe-detail-smtp-offers = offre { $offers }
probe-detail-smtp-offers-nothing = non offre né STARTTLS né AUTH
probe-fail-no-xoauth2 = il server non offre XOAUTH2, necessario per l’accesso con token; offre: { $methods }
probe-fail-imap-no-xoauth2-no-methods = il server non offre XOAUTH2, necessario per l’accesso con token; offre: nessun metodo AUTH=
probe-fail-pop3-no-xoauth2-no-methods = il server non offre XOAUTH2, necessario per l’accesso con token; offre: nessun metodo SASL (solo USER/PASS)
probe-fail-smtp-no-xoauth2 = il server non offre XOAUTH2 (AUTH XOAUTH2), necessario per l’accesso con token
probe-fail-capability = CAPABILITY non riuscito
# $command è CAPABILITY (IMAP) o CAPA (POP3).
probe-fail-data-after-capability = il server ha inviato dati inattesi dopo { $command }

## L’accesso. $address è la cassetta postale o la persona che accede.
probe-detail-token-accepted = il server ha accettato il token per { $address }
probe-fail-token-refused = il server ha rifiutato il token
probe-fail-auth-not-accepted = il server non ha accettato AUTH XOAUTH2
probe-fail-auth-unexpected = risposta inattesa ad AUTH

## La cartella Posta in arrivo e il congedo. $count è un numero di messaggi.
probe-detail-imap-inbox =
    { $count ->
        [one] INBOX contiene { $count } messaggio
       *[other] INBOX contiene { $count } messaggi
    }
probe-detail-pop3-inbox =
    { $count ->
        [one] la cartella Posta in arrivo contiene { $count } messaggio
       *[other] la cartella Posta in arrivo contiene { $count } messaggi
    }
probe-detail-pop3-inbox-open = la cartella Posta in arrivo è aperta
probe-fail-inbox = impossibile aprire la cartella Posta in arrivo
probe-detail-logged-out = sessione chiusa correttamente
# $command è LOGOUT (IMAP) o QUIT (POP3).
probe-fail-logout = { $command } non riuscito

## Se il server accetta posta dalla cassetta postale. $address è la cassetta
## postale, $error le parole della libreria di posta.
probe-detail-envelope = il server accetta posta da { $address } (poi RSET: non è stato inviato nulla)
probe-fail-sender-invalid = { $address } non può essere usato come mittente: { $error }
probe-fail-sender-needs-smtputf8 = { $address } contiene caratteri non ASCII prima della @; per inviare da questo indirizzo serve l’estensione SMTPUTF8 del server, che questo server non offre, quindi non può accettare posta da questo indirizzo

## Comandi SMTP che il server ha rifiutato o che si sono interrotti. $error è
## ciò che ha detto il server o la libreria di posta.
probe-fail-ehlo = EHLO non riuscito
probe-fail-ehlo-because = EHLO non riuscito: { $error }
probe-fail-sender-refused = il server ha rifiutato l’utente come mittente (MAIL FROM)
probe-fail-sender-refused-because = il server ha rifiutato l’utente come mittente (MAIL FROM): { $error }
probe-fail-recipient-refused = il server ha rifiutato il destinatario (RCPT TO)
probe-fail-recipient-refused-because = il server ha rifiutato il destinatario (RCPT TO): { $error }
probe-fail-rset = RSET non riuscito
probe-fail-rset-because = RSET non riuscito: { $error }
probe-fail-token-refused-because = il server ha rifiutato il token: { $error }
probe-fail-test-message-refused = il server ha rifiutato il messaggio di prova
probe-fail-test-message-refused-because = il server ha rifiutato il messaggio di prova: { $error }

## L’unico messaggio di prova. $sender è l’indirizzo con cui viene inviato,
## $recipient quello che ha effettuato l’accesso.
probe-detail-test-message-sent = il server ha accettato un messaggio di prova da { $sender } a { $recipient }
probe-fail-test-message-address = { $address } non può essere usato in un messaggio: { $error }
probe-fail-test-message-build = impossibile comporre il messaggio di prova: { $error }
probe-fail-test-message-envelope = il messaggio di prova non ha una busta valida: { $error }

## Lettura e scrittura. $error sono le parole del sistema operativo, $limit
## un numero di byte.
probe-fail-read = lettura dal server non riuscita: { $error }
probe-fail-write = scrittura sul server non riuscita: { $error }
probe-fail-closed = il server ha chiuso la connessione
probe-fail-cannot-check-connection = impossibile verificare la connessione: { $error }
probe-fail-line-too-long = il server ha inviato una riga più lunga di { $limit } byte; mailsetup ha smesso di leggere (un server di posta non ne ha mai bisogno: è guasto o ostile)
probe-fail-step-too-long = il server ha inviato più di { $limit } byte in risposta a un solo passaggio; mailsetup ha smesso di leggere (un server di posta non ne ha mai bisogno: è guasto o ostile)
probe-fail-not-smtp-reply = la risposta del server non è una risposta SMTP
# $first e $then sono codici di risposta SMTP (250, 535).
probe-fail-smtp-code-changed = la risposta del server ha cambiato codice a metà, da { $first } a { $then }
