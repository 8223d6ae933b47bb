### La ricerca del provider e delle impostazioni di posta di un indirizzo:
### l’accesso del piano, i suoi avvisi e le sue note, i riscontri di ogni
### ricerca (ciò che elencano `mailsetup detect` e la procedura guidata) e gli
### errori dei file del provider, dei nomi host e dei documenti autoconfig.
### Nomi di protocolli e record (IMAP, POP3, SMTP, TLS, OAuth2, DNS, MX, SRV,
### RFC 6186, HTTP), dei servizi Microsoft (Microsoft Entra, Exchange Online,
### Autodiscover), degli elementi XML (<emailProvider>, <domain>), le sezioni
### dei file ([imap], [pop3], [smtp], [oauth]), le chiavi (oauth.scopes,
### auth = "password"), le variabili d’ambiente (MAILSETUP_…) e i tenant
### ("common", "organizations") restano invariati. $domain è il dominio
### dell’indirizzo, $host il nome di un server, $provider il nome di un
### provider, $error le parole di una libreria.

## Nomi di provider che descrivono il tipo di account.
provider-name-microsoft-365 = Microsoft 365 (lavoro o scuola)
provider-name-outlook-consumer = Outlook.com (account Microsoft personale)

## Perché non è stato possibile preparare un piano (la procedura guidata e la riga di comando).
# $choice è provider-name-microsoft-365, la scelta che l’utente può fare.
provider-error-unknown-domain = mailsetup non sa quale provider ospita { $domain }; scegliere «{ $choice }» se la propria organizzazione lo usa
provider-error-nothing-found = mailsetup non ha trovato impostazioni di posta per { $domain } (le ricerche indicano cosa ha risposto ogni fonte); inserire i server a mano, oppure scegliere «{ $choice }» se la propria organizzazione lo usa
provider-error-no-answer = nessuna delle ricerche per { $domain } ha ricevuto risposta: sembra che questo computer non sia connesso. Verificare la connessione di rete e riprovare, oppure inserire i server a mano

## Come accede un server, in poche parole.
provider-auth-none = nessuna autenticazione
provider-auth-password = password
provider-auth-encrypted-password = password cifrata
provider-auth-kerberos = Kerberos
provider-auth-ntlm = NTLM
provider-auth-oauth2 = OAuth2

## L’accesso del piano in una riga. $issuer è da dove vengono i token
## (login.microsoftonline.com), $scopes le autorizzazioni richieste, come le
## chiama il provider.
provider-sign-in-oauth2 = OAuth2 su { $issuer } (ambiti: { $scopes })
# $sign_in è provider-sign-in-oauth2; $tenant l’ID Microsoft dell’organizzazione.
provider-sign-in-tenant = { $sign_in }; tenant { $tenant }
# $realm è Managed o Federated, parole di Microsoft.
provider-sign-in-realm = { $sign_in }; tipo di dominio { $realm }
provider-sign-in-oauth2-by-thunderbird = OAuth2 su { $issuer } (ambiti: { $scopes }), eseguito da Thunderbird stesso
provider-sign-in-password = password (la chiede Thunderbird)
# Quando solo uno dei due server accede con OAuth2: $sign_in è uno dei testi
# qui sopra, $other come accede l’altro server (provider-auth-…).
provider-sign-in-only-receiving = { $sign_in } per la ricezione; per l’invio si usa { $other }
provider-sign-in-only-sending = { $sign_in } per l’invio; per la ricezione si usa { $other }

## Perché presso alcuni provider accede con OAuth2 Thunderbird, e non mailsetup.
provider-why-google = L’accesso a Google richiede una registrazione app con un client secret, e mailsetup non incorpora il segreto di un’altra applicazione. mailsetup verifica i server senza accedere e scrive l’account; poi Thunderbird accede a Google da solo. Per verificare anche l’accesso, l’assistenza tecnica può fornire a mailsetup la registrazione Google dell’organizzazione in un file del provider.
provider-why-redirect = La registrazione app di { $provider } per Thunderbird reindirizza a https://127.0.0.1, che mailsetup non può ricevere. mailsetup verifica i server senza accedere e scrive l’account; poi Thunderbird accede a { $provider } da solo.
# $issuer è dove accede il provider (comcast.net).
provider-why-no-registration = Thunderbird accede a { $provider } con la propria registrazione app su { $issuer }, che mailsetup non ha. mailsetup verifica i server senza accedere e scrive l’account; poi Thunderbird accede da solo.

## Cosa fare prima presso i provider che accedono con una password. I
## percorsi dei menu (E-mail › Impostazioni › POP3 e IMAP) indicano le
## pagine web del provider: usare i nomi che quelle pagine mostrano nella
## propria lingua.
provider-note-gmx = Attivare prima «Accesso POP3 e IMAP» nelle impostazioni della webmail (E-mail › Impostazioni › POP3 e IMAP). Con l’autenticazione a due fattori, usare una password specifica per l’applicazione.
provider-note-zoho = Attivare prima l’accesso IMAP nelle impostazioni di Zoho Mail (Impostazioni › Account di posta › IMAP). Con l’autenticazione a due fattori, creare una password specifica per l’applicazione per Thunderbird nelle impostazioni di sicurezza dell’account Zoho.
provider-note-icloud = iCloud non offre OAuth2 per i programmi di posta: creare una password specifica per le app su account.apple.com (Accesso e sicurezza › Password specifiche per le app; l’autenticazione a due fattori deve essere attiva) e fornire a Thunderbird quella, non la password dell’Account Apple.
provider-note-web-de = Attivare prima «Accesso POP3/IMAP» nelle impostazioni di WEB.DE (E-Mail › Impostazioni › POP3/IMAP). Con l’autenticazione a due fattori, usare una password specifica per l’applicazione.
provider-note-mailbox-org = mailbox.org fa accedere i programmi di posta con una password. Con l’autenticazione a due fattori attiva, creare una password per le app per Thunderbird nelle impostazioni di mailbox.org (Sicurezza › Password per le app).
provider-note-srv = I record DNS SRV indicano i server ma non il metodo di accesso; Thunderbird chiederà la password.

## Avvisi mostrati con il piano.
provider-warning-not-in-oauth-table = Thunderbird accede con OAuth2 solo ai server della sua tabella integrata, e { $host } non ne fa parte: Thunderbird non potrà usare OAuth2 con questo account.
# $first e $second sono i nomi dei due server.
provider-warning-not-in-oauth-table-two = Thunderbird accede con OAuth2 solo ai server della sua tabella integrata, e né { $first } né { $second } ne fanno parte: Thunderbird non potrà usare OAuth2 con questo account.
# $cloud è il nome Microsoft del cloud (microsoftonline.us).
provider-warning-national-cloud = Il tenant si trova in un cloud nazionale ({ $cloud }); l’accesso Microsoft di Thunderbird e outlook.office365.com servono solo il cloud globale, quindi l’accesso potrebbe non riuscire.
# $tenant è "common" o "organizations", i nomi Microsoft del punto in cui si accede.
provider-warning-no-tenant = Microsoft non conosce alcun tenant di lavoro o scuola per { $domain }; accesso su «{ $tenant }».
provider-warning-tenant-unknown = Non è stato possibile cercare il tenant Microsoft; accesso su «{ $tenant }» (qualsiasi account di lavoro o scuola).
# $brand è il nome dell’organizzazione come lo conosce Microsoft, $host dove
# si trova la sua pagina di accesso.
provider-warning-federated = L’organizzazione gestisce l’accesso con una propria pagina: dopo aver inserito l’indirizzo presso Microsoft, il browser passa a quella pagina, che potrebbe chiedere un secondo fattore o un dispositivo registrato.
provider-warning-federated-brand = L’organizzazione gestisce l’accesso con una propria pagina ({ $brand }): dopo aver inserito l’indirizzo presso Microsoft, il browser passa a quella pagina, che potrebbe chiedere un secondo fattore o un dispositivo registrato.
provider-warning-federated-host = L’organizzazione gestisce l’accesso con una propria pagina su { $host }: dopo aver inserito l’indirizzo presso Microsoft, il browser passa a quella pagina, che potrebbe chiedere un secondo fattore o un dispositivo registrato.
provider-warning-federated-brand-host = L’organizzazione gestisce l’accesso con una propria pagina ({ $brand }) su { $host }: dopo aver inserito l’indirizzo presso Microsoft, il browser passa a quella pagina, che potrebbe chiedere un secondo fattore o un dispositivo registrato.
# $server_says è la risposta del server di posta, in inglese.
provider-warning-no-mailbox = Autodiscover non conosce alcuna cassetta postale Exchange Online per questo indirizzo: se l’accesso funziona ma poi IMAP risponde «{ $server_says }», la cassetta postale si trova altrove o non ha una licenza Exchange Online.
provider-warning-autodiscover-silent = Autodiscover non ha risposto, quindi non si sa se la cassetta postale è in Exchange Online.
# Perché la configurazione si ferma prima di scrivere qualcosa; $host è il server Exchange dell’organizzazione.
provider-stop-on-premises = La cassetta postale si trova sul server Exchange della propria organizzazione ({ $host }), non in Exchange Online. L’accesso Microsoft 365 (OAuth2) raggiunge solo le cassette postali in Exchange Online, e Thunderbird può usare OAuth2 solo con outlook.office365.com, quindi mailsetup non può convertire questo account. Chiedere al reparto informatico le impostazioni IMAP e SMTP di { $host }.

## mailsetup detect: il piano come testo. $millis è un tempo in millisecondi.
provider-detect-title = Piano dell’account per { $address } ({ $millis } ms)
provider-detect-provider = Provider: { $provider }
# $protocol è IMAP o POP3; $server il server e come accede.
provider-detect-incoming = Server in entrata ({ $protocol }): { $server }
provider-detect-outgoing = Server in uscita (SMTP): { $server }
provider-detect-sign-in = Accesso: { $sign_in }
provider-detect-warning = Attenzione: { $warning }
# $stop è il motivo per cui la configurazione si ferma (provider-stop-…). STOP deve saltare all’occhio.
provider-detect-stop = STOP: { $stop }
provider-detect-no-plan = Nessun piano: { $reason }
provider-detect-nothing-found = non è stato trovato nulla
provider-detect-lookups = Ricerche:

## Una ricerca dell’elenco. $source è l’ID della ricerca (dns-mx, ispdb), che
## resta invariato; $millis quanto è durata in millisecondi; $outcome una delle
## parole provider-outcome-…; $said cosa ha trovato.
provider-evidence = { $source } ({ $millis } ms, { $outcome }): { $said }
# [usata] contrassegna le ricerche su cui si basa il piano.
provider-evidence-used = { $source } ({ $millis } ms, { $outcome }) [usata]: { $said }
provider-outcome-found = trovato
provider-outcome-nothing = nulla
provider-outcome-unreachable = irraggiungibile
provider-outcome-timed-out = tempo scaduto
provider-outcome-invalid = non valido
provider-outcome-not-needed = non necessaria

## L’elenco delle ricerche della procedura guidata in parole semplici: che
## tipo di fonte è stata interpellata, e con quale esito.
provider-source-catalogue = L’elenco integrato dei provider
provider-source-provider-file = Il file del provider
provider-source-autoconfig = Il server delle impostazioni del provider
provider-source-autoconfig-well-known = Il server web del dominio
provider-source-ispdb = L’elenco dei provider di Thunderbird
provider-source-dns-mx = Dove viene consegnata la posta (DNS)
provider-source-dns-srv = Record dei server (DNS)
provider-source-microsoft-tenant = Microsoft: organizzazione
provider-source-microsoft-realm = Microsoft: pagina di accesso
provider-source-microsoft-autodiscover = Microsoft: cassetta postale
provider-plain-found = trovato
provider-plain-not-found = non trovato
provider-plain-no-answer = nessuna risposta
provider-plain-unusable = ha risposto con qualcosa di inutilizzabile
provider-plain-not-needed = non necessaria
provider-plain-refused = rifiutata
provider-plain-name-not-found = nessuna risposta (impossibile trovare il nome del server)
provider-plain-cannot-connect = nessuna risposta (impossibile connettersi)

## Cosa ha trovato una ricerca, come lo dicono i riscontri.
provider-evidence-provider-file = il file del provider copre { $domain }
provider-evidence-catalogue = { $domain } è { $provider } nel catalogo integrato di mailsetup
provider-evidence-abandoned = ancora in corso quando il piano era completo; abbandonata
provider-evidence-too-large = la risposta è troppo grande; ignorata
# $millis è il limite di tempo della ricerca in millisecondi.
provider-evidence-timed-out = nessuna risposta entro { $millis } ms
# $tenant è l’ID Microsoft dell’organizzazione, $cloud il suo cloud
# (microsoftonline.com), $region il nome Microsoft di una regione (EU).
provider-evidence-tenant = un tenant Microsoft Entra: { $tenant } in { $cloud }
provider-evidence-tenant-region = un tenant Microsoft Entra: { $tenant } in { $cloud }, regione { $region }
# $code è il codice di errore di Microsoft.
provider-evidence-no-tenant = { $code }: nessun tenant Microsoft Entra ha questo dominio
# «NameSpaceType Unknown», «Managed» e «Federated» sono parole di Microsoft.
provider-evidence-realm-unknown = Microsoft non conosce questo dominio (NameSpaceType Unknown)
provider-evidence-realm-managed = Managed: la pagina di accesso di Microsoft
# $place è dove prosegue l’accesso: il nome di un server, o
# provider-evidence-realm-own-provider; $brand il nome dell’organizzazione
# come lo conosce Microsoft.
provider-evidence-realm-federated = Federated: l’accesso prosegue su { $place }
provider-evidence-realm-federated-brand = Federated: l’accesso prosegue su { $place } ({ $brand })
provider-evidence-realm-own-provider = il provider di identità dell’organizzazione
provider-evidence-mailbox-online = la cassetta postale è in Exchange Online
provider-evidence-mailbox-on-premises = la cassetta postale è sul server Exchange dell’organizzazione ({ $host })
provider-evidence-mailbox-unknown = nessuna cassetta postale Exchange Online per questo indirizzo
# $host è il primo server di posta dei record MX del dominio.
provider-evidence-mx = la posta va a { $host }: { $provider }
provider-evidence-mx-unknown = la posta va a { $host }, che non corrisponde a nessun provider noto a mailsetup
provider-evidence-no-mx = nessun record MX
# $records elenca i record SRV trovati (_imaps._tcp -> host:porta).
provider-evidence-srv-incomplete = { $records } (incompleti: servono un server in entrata (IMAP o POP3) e uno per l’invio)
provider-evidence-no-srv = nessun record SRV RFC 6186
# $name è il nome del provider in un documento di impostazioni; $servers i
# server che indica; $why perché non bastano (provider-autoconfig-…).
provider-evidence-config-unusable = { $name }: niente di utilizzabile: { $why }
provider-evidence-config-incomplete = { $name }: { $servers } (incompleto: { $why })
# $status è il codice di stato HTTP, $location dove rimanda la risposta.
provider-evidence-redirected = HTTP { $status }: reindirizzamento a { $location } (non seguito)
provider-evidence-no-config = HTTP { $status }: nessuna configurazione qui

## Documenti di impostazioni (autoconfig, config-v1.1.xml) che non si possono usare.
# $limit è un numero di byte.
provider-autoconfig-too-large = il documento supera { $limit } byte
# $why è uno dei testi qui sotto, o le parole del lettore XML.
provider-autoconfig-malformed = il documento non è un config-v1.1.xml valido: { $why }
provider-autoconfig-no-usable-server = il documento non indica alcun server utilizzabile da Thunderbird: { $why }
provider-autoconfig-not-utf8 = non è UTF-8
provider-autoconfig-dtd = dichiara una DTD, cosa che i documenti autoconfig non fanno mai
provider-autoconfig-no-provider = non contiene <emailProvider>
provider-autoconfig-no-domain = non indica alcun <domain>, che Thunderbird richiede
provider-autoconfig-lists-none = non ne elenca nessuno
provider-autoconfig-incoming-plain = tutti i suoi server in entrata funzionano senza cifratura (plain), che mailsetup non usa mai: la password viaggerebbe in chiaro
provider-autoconfig-no-incoming = non indica alcun server IMAP o POP3 utilizzabile da Thunderbird
provider-autoconfig-smtp-plain = tutti i suoi server SMTP funzionano senza cifratura (plain), che mailsetup non usa mai
provider-autoconfig-no-smtp = non indica alcun server SMTP utilizzabile da Thunderbird
# Server esclusi da un documento. $kind è il tipo del server come lo chiama il
# documento (IMAP, POP3, SMTP, o ciò che dice il documento).
provider-autoconfig-unknown-type = un server di tipo «{ $kind }» non è tra quelli che Thunderbird configura
provider-autoconfig-no-host = un server { $kind } non ha un nome host
provider-autoconfig-bad-host = il nome host di un server { $kind } non è un nome host valido
provider-autoconfig-no-port = { $kind } { $host } non ha una porta da 1 a 65535
provider-autoconfig-no-socket-type = { $kind } { $host }:{ $port } non ha una sicurezza della connessione nota a Thunderbird
provider-autoconfig-oauth2-only = { $kind } { $host } offre solo OAuth2, e la tabella OAuth2 integrata di Thunderbird non include { $host }, quindi Thunderbird non può accedervi
provider-autoconfig-no-sign-in-method = { $kind } { $host } non indica alcun metodo di autenticazione noto a Thunderbird

## Gli errori delle ricerche stesse.
provider-dns-no-settings = impossibile leggere le impostazioni DNS del sistema: { $error }
provider-dns-off = le ricerche DNS sono disattivate
provider-dns-cannot-start = impossibile avviare il resolver DNS: { $error }
# $why è provider-http-… e le parole della libreria di rete.
provider-http-unreachable = irraggiungibile: { $why }
# $kibibytes è il limite, un numero.
provider-http-too-large = la risposta supera { $kibibytes } KiB
provider-http-timed-out = nessuna risposta in tempo
provider-http-cannot-connect = impossibile connettersi
provider-http-failed = la richiesta non è riuscita
provider-microsoft-openid-not-json = la configurazione OpenID non è un JSON valido: { $error }
provider-microsoft-openid-no-issuer = la configurazione OpenID non ha un issuer
# $issuer è ciò che ha risposto Microsoft.
provider-microsoft-issuer-no-tenant = l’issuer { $issuer } non indica alcun GUID di tenant
provider-microsoft-realm-not-json = la risposta user-realm non è un JSON valido: { $error }
provider-microsoft-autodiscover-not-json = la risposta di Autodiscover non è un JSON valido: { $error }
# Url e Location sono nomi di campi della risposta di Microsoft.
provider-microsoft-autodiscover-no-url = la risposta di Autodiscover non ha un Url
# $url è ciò che ha risposto Microsoft.
provider-microsoft-autodiscover-bad-url = l’Url { $url } di Autodiscover non è un URL
provider-microsoft-autodiscover-no-location = Autodiscover ha reindirizzato senza Location
provider-microsoft-autodiscover-location-not-url = Autodiscover ha reindirizzato a qualcosa che non è un URL

## Variabili d’ambiente per i laboratori di test (sviluppatori e assistenza tecnica).
# $value è ciò che contiene la variabile.
provider-env-dns-server = MAILSETUP_DNS_SERVER={ $value } non è nel formato ip:porta
# $name è il nome della variabile.
provider-env-not-https = { $name } deve essere un URL https
provider-env-deadline = MAILSETUP_DISCOVERY_DEADLINE_MS={ $value } non è un numero

## File del provider (--provider-file). $path è il percorso del file.
provider-file-unreadable = impossibile leggere il file del provider { $path }: { $error }
# $message è uno dei testi qui sotto, o le parole del lettore TOML.
provider-file-invalid = il file del provider { $path } non è valido: { $message }
provider-file-no-scopes = oauth.scopes è vuoto
# $field è authorize_url o token_url, $url ciò che indica il file.
provider-file-not-https = oauth.{ $field } deve usare https, perché i token non vengono mai inviati senza TLS (indicato: { $url })
provider-file-imap-and-pop3 = il file contiene sia [imap] sia [pop3]; un account ha un solo server in entrata
provider-file-no-incoming = il file richiede un server in entrata: [imap] o [pop3]
provider-file-no-oauth2 = nessun server accede con OAuth2 (entrambi indicano auth = "password"), quindi la registrazione [oauth] non verrebbe mai usata
# $section è imap, pop3 o smtp.
provider-file-port-zero = la porta (port) di [{ $section }] non deve essere 0
# $line è il numero della riga nel file, $host l’host come è scritto (tra
# virgolette), $why uno dei testi provider-host-….
provider-file-bad-host = l’host di [{ $section }] alla riga { $line } ({ $host }) { $why }

## Perché un testo non è un nome host. Ognuno completa «l’host …».
provider-host-empty = è vuoto
# $what è uno dei testi provider-host-char-… o il carattere tra virgolette;
# $position conta i caratteri a partire da 1.
provider-host-bad-character = contiene { $what } in posizione { $position }; un nome host contiene solo lettere, cifre, trattini e punti
provider-host-url = è un URL; indicare solo il nome host (come imap.example.com), senza schema né percorso
provider-host-port = contiene una porta dopo i due punti; indicare la porta a parte (`port = …`)
# $length e $longest sono numeri di caratteri.
provider-host-too-long = è lungo { $length } caratteri; un nome host ne ha al massimo { $longest }
provider-host-empty-label = ha un’etichetta vuota (un punto all’inizio, oppure due punti fermi di seguito: «..»)
provider-host-long-label = ha un’etichetta di { $length } caratteri; un’etichetta ne ha al massimo { $longest }
provider-host-hyphen = ha l’etichetta «{ $label }», che inizia o termina con un trattino
provider-host-bad-idn = non è un nome di dominio internazionalizzato valido
provider-host-char-cr = un ritorno a capo (CR)
provider-host-char-lf = un avanzamento riga (LF)
provider-host-char-nul = un carattere NUL
provider-host-char-tab = una tabulazione
provider-host-char-space = uno spazio
# $code è il numero del carattere (U+200B).
provider-host-char-invisible = il carattere invisibile { $code }
