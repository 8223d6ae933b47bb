### I profili e i file di Thunderbird: gli errori nel leggerli e modificarli
### (il blocco del profilo, prefs.js, l’archivio delle credenziali e l’NSS di
### Thunderbird, la conversione di un account a OAuth2, il passaggio
### dell’accesso, l’avvio di Thunderbird) e l’elenco di `mailsetup profiles`.
### Nomi di file (prefs.js, logins.json, logins.db, profiles.ini,
### msgFilterRules.dat), nomi di preferenze (signon.storage.rust.active), nomi
### di funzioni NSS, HOME, `mailsetup restore` e --format autoconfig restano
### invariati. $path, $profile, $root, $dir e $backup_dir sono percorsi;
### $error sono le parole del sistema operativo o di una libreria.

## Errori, come li mostrano il rapporto, la procedura guidata e la riga di comando.
tb-error-profile-in-use = Thunderbird sta usando il profilo { $profile }; chiudere Thunderbird e riprovare
tb-error-read-only-profile = impossibile scrivere nel profilo { $profile } ({ $error }); si trova su un disco di sola lettura o mancano i permessi di scrittura: copiarlo in una posizione scrivibile, oppure rivolgersi a chi gestisce questo computer
# $found è uno dei testi tb-found-….
tb-error-not-regular-file = { $path } è { $found }, non un file normale, quindi mailsetup non lo legge; spostarlo altrove (Thunderbird si aspetta lì un file normale)
# $mebibytes è il limite (un numero); $what è il nome di un file o uno dei
# testi tb-limit-what-…, $why uno dei testi tb-limit-why-….
tb-error-too-large = { $path } supera { $mebibytes } MiB, il massimo che mailsetup legge per { $what } ({ $why }); spostarlo altrove se non appartiene a Thunderbird
tb-error-change-undone = impossibile sostituire { $path }: { $error }; non è stato modificato nulla: tutti i file sono com’erano prima (backup in { $backup_dir })
# $not_restored e $backups sono elenchi di percorsi, separati da virgole.
tb-error-half-changed = impossibile sostituire { $path }: { $error }, e non è stato possibile ripristinare { $not_restored }, quindi il profilo è modificato solo in parte; eseguire di nuovo mailsetup su questo profilo (prima rimette a posto i file), oppure ricopiare a mano questi backup al loro posto: { $backups }
tb-error-lock-check-failed = impossibile stabilire se Thunderbird sta usando il profilo { $profile }: { $error }; chiudere Thunderbird e riprovare
# $line è il numero della riga nel file; $message dice cosa non va lì
# (tb-prefs-nul-byte, tb-file-not-utf8, o le parole del lettore di prefs.js
# di Thunderbird, che restano in inglese).
tb-error-prefs-syntax = { $path }, riga { $line }: { $message }; correggere o rimuovere quella riga (anche Thunderbird la ignora), oppure avviare e chiudere Thunderbird una volta perché riscriva il file
# $message sono le parole del lettore INI.
tb-error-profiles-ini = { $path } non è un file INI valido: { $message }; correggerlo o spostarlo altrove perché Thunderbird lo ricrei
# $action è uno dei testi tb-action-…: ciò che non è stato possibile fare con $path.
tb-error-io = impossibile { $action } { $path }: { $error }; verificare che il percorso esista e di avere i permessi di lettura e scrittura
tb-error-no-home = impossibile trovare la cartella home; impostare HOME
tb-error-profile-not-found = non c’è alcuna cartella di profilo di Thunderbird in { $path }; controllare il percorso (una cartella di profilo contiene prefs.js)
# $names elenca i nomi dei profili, separati da virgole.
tb-error-no-default-profile = { $root } contiene più profili di Thunderbird ({ $names }) e nessuno è quello predefinito; indicarne uno esplicitamente
# $field è uno dei testi tb-field-… (quale parte dell’account), $problem uno
# dei testi che dicono cosa non va (tb-invalid-…, tb-migrate-…,
# tb-identity-…, tb-journal-…, tb-restore-…, tb-export-…, tb-pref-unwritable):
# «c’è un problema nell’account (indirizzo): il valore è vuoto».
tb-error-invalid-account = c’è un problema nell’account ({ $field }): { $problem }; controllare le impostazioni dell’account
# $message è uno dei testi tb-logins-….
tb-error-logins-invalid = { $path } non è un archivio delle credenziali leggibile da Thunderbird: { $message }; non è stato modificato nulla (Thunderbird lo metterebbe da parte e perderebbe ciò che mailsetup aggiunge)
tb-error-logins-elsewhere = questo profilo conserva gli accessi salvati in logins.db (signon.storage.rust.active), in cui mailsetup non scrive; non è stato modificato nulla
tb-error-primary-password = una password principale protegge gli accessi salvati di { $profile }, quindi mailsetup non può passare l’accesso a Thunderbird; non è stato modificato nulla
# $error è uno dei testi tb-nss-….
tb-error-nss = { $error }; non è stato modificato nulla

## Ciò che non è stato possibile fare con un file, in tb-error-io («impossibile { $action } { $path }»).
tb-action-read = leggere
tb-action-write = scrivere
tb-action-create = creare
tb-action-copy = copiare
tb-action-remove = rimuovere
tb-action-replace = sostituire
tb-action-resolve = risolvere il percorso
tb-action-flush = scrivere su disco
tb-action-set-permissions = impostare i permessi di
tb-action-create-private-directory = creare una cartella privata in
tb-action-create-temporary-file = creare un file temporaneo in
tb-action-create-backup = creare il backup
tb-action-create-backup-of = creare il backup di
tb-action-write-backup = scrivere il backup

## Quale impostazione è errata, in tb-error-invalid-account («c’è un problema nell’account ({ $field })»).
tb-field-address = indirizzo
tb-field-display-name = nome visualizzato
tb-field-incoming-host = server in entrata
tb-field-smtp-host = server SMTP
tb-field-incoming-port = porta in entrata
tb-field-smtp-port = porta SMTP
tb-field-settings = impostazioni
tb-field-account = account
tb-field-user-name = nome utente
tb-field-identity = identità
tb-field-backup = backup
tb-field-export = esportazione
tb-field-change-journal = registro delle modifiche

## Cosa c’è dove dovrebbe esserci un file, in tb-error-not-regular-file.
tb-found-directory = una cartella
tb-found-symbolic-link = un collegamento simbolico
tb-found-named-pipe = una pipe con nome (FIFO)
tb-found-socket = un socket
tb-found-device = un dispositivo
tb-found-not-regular-file = qualcosa che non è un file normale

## I file che mailsetup legge solo fino a una certa dimensione, e perché
## quella dimensione, in tb-error-too-large.
tb-limit-what-login-store = l’archivio delle credenziali
tb-limit-what-profile-list = l’elenco dei profili
tb-limit-what-key-store = l’archivio delle chiavi di Thunderbird
tb-limit-what-change-journal = il registro delle modifiche
tb-limit-why-prefs = dieci volte il più grande prefs.js che Thunderbird risulta scrivere
tb-limit-why-logins = spazio per decine di migliaia di accessi salvati, molti più di quanti ne abbia qualsiasi profilo reale
tb-limit-why-filters = spazio per circa 100 000 filtri dei messaggi
tb-limit-why-profiles = spazio per migliaia di profili; Thunderbird scrive poche righe per profilo
tb-limit-why-key-store = molte volte la dimensione di qualsiasi archivio delle chiavi creato da Thunderbird
tb-limit-why-change-journal = qualche centinaio di byte per ogni file toccato da una modifica

## La lettura di prefs.js.
tb-file-not-utf8 = il file non è testo UTF-8
tb-prefs-nul-byte = byte NUL nel file; Thunderbird smette di leggere lì
# $name è il nome della preferenza, tra virgolette.
tb-pref-unwritable = impossibile scrivere la preferenza { $name }: { $reason }
tb-pref-name-empty = il nome è vuoto
tb-pref-name-nul = il nome contiene un carattere NUL, che le preferenze non possono contenere
tb-pref-value-nul = il valore contiene un carattere NUL, che le preferenze non possono contenere

## Cosa non va in un’impostazione, dopo il suo nome in tb-error-invalid-account.
tb-invalid-is-empty = il valore è vuoto
tb-invalid-not-an-address = il valore non è un indirizzo email (serve una @ e nessuno spazio)
tb-invalid-contains-nul = il valore contiene un carattere NUL, che le preferenze di Thunderbird non possono contenere
tb-invalid-not-a-host-name = il valore non è un nome host
tb-invalid-port-zero = il valore è 0
# $account è la chiave dell’account in prefs.js (account1).
tb-invalid-account-not-in-profile = { $account } non è in questo profilo
tb-invalid-user-name-not-set = non è impostato sui suoi server

## La conversione di un account a OAuth2. $account è la chiave dell’account
## in prefs.js (account1).
tb-migrate-not-a-mail-account = { $account } non è un account di posta di questo profilo
# $kind è il tipo dell’account come lo chiama prefs.js (nntp, rss, ews).
tb-migrate-not-imap-or-pop = { $account } è un account { $kind }; solo gli account IMAP e POP passano a OAuth2
# $user_name è il nome utente dell’account, tra virgolette.
tb-migrate-no-address = { $account } non ha un indirizzo email con cui accedere (nome utente { $user_name }); indicare l’indirizzo
# $pref è il nome di una preferenza.
tb-migrate-cannot-write = impossibile scrivere { $pref }
# Note mostrate con il piano. $origin è dove è salvata una password (imap://mail.example.com).
tb-migrate-note-password-stays = la password salvata per { $origin } resta: un altro account vi accede ancora con una password, e Thunderbird cifra i nomi utente, quindi non è possibile distinguerli
tb-migrate-note-logins-db = logins.db (la copia di logins.json che Thunderbird mantiene senza usarla) viene lasciato com’è

## L’aggiunta di un indirizzo (un’identità) a un account.
# $alias è l’indirizzo indicato, tra virgolette.
tb-identity-not-an-address = { $alias } non è un indirizzo email
tb-identity-name-nul = il nome contiene un carattere NUL, che le preferenze di Thunderbird non possono contenere
tb-identity-no-prefs = il profilo non ha un prefs.js, quindi non ha alcun account a cui aggiungere un indirizzo
# $account è la chiave dell’account in prefs.js (account1).
tb-identity-no-such-account = { $account } non è un account con un’identità in questo profilo

## Il registro di una modifica non conclusa, che mailsetup legge per
## rimettere a posto i file dopo un arresto anomalo. $path è il percorso del
## registro; $why uno dei testi tb-journal-… che lo seguono.
tb-journal-refused = { $path } { $why }; spostarlo altrove se non è stato scritto da mailsetup
# $error sono le parole del lettore JSON.
tb-journal-not-a-journal = non è un registro scritto da mailsetup ({ $error })
tb-journal-names-other-file = indica { $path }, un file che nessuna modifica scrive
# $name è un nome di file, tra virgolette.
tb-journal-names-bad-backup = indica il backup { $name }, che non è un nome di file

## Il ripristino di un backup. $which è ciò che è stato indicato, tra virgolette.
tb-restore-not-a-backup = { $which } non è uno dei backup di questo profilo (`mailsetup restore` li elenca)

## L’esportazione di account per molti computer (policies.json, mozilla.cfg).
## ${NAME} è un segnaposto per una variabile d’ambiente; $text e $name sono
## ciò che è stato indicato, tra virgolette.
tb-export-unclosed-placeholder = ${"{"} non chiusa in { $text }
tb-export-bad-variable-name = { $name } non è un nome di variabile d’ambiente (lettere, cifre, _)
tb-export-value-nul = un valore contiene un carattere NUL, che le preferenze non possono contenere
tb-export-policies-placeholder = policies.json è lo stesso per tutti gli utenti di un computer, quindi { $text } non può contenere un segnaposto per utente; usare --format autoconfig

## L’archivio delle credenziali (logins.json), dopo tb-error-logins-invalid.
# $error sono le parole del lettore JSON.
tb-logins-not-json = non è JSON ({ $error })
tb-logins-not-an-object = non è un oggetto JSON
# $number conta gli accessi salvati a partire da 1.
tb-logins-entry-not-an-object = l’accesso numero { $number } non è un oggetto
tb-logins-not-a-list = «logins» non è un elenco
tb-logins-no-list = non contiene un elenco «logins»
tb-logins-next-id = «nextId» non è un numero intero

## L’NSS di Thunderbird, che cifra gli accessi salvati. $dir è la cartella di
## un’installazione di Thunderbird.
# $looked_in elenca cartelle, separate da virgole.
tb-nss-not-found = non è stata trovata alcuna installazione di Thunderbird con le sue librerie NSS (ricerca in { $looked_in })
# $reason è uno dei due testi qui sotto, o le parole del caricatore del sistema.
tb-nss-unloadable = impossibile caricare l’NSS di Thunderbird in { $dir }: { $reason }
tb-nss-library-missing = manca la sua libreria NSS
# $file è il percorso di una libreria.
tb-nss-did-not-load = { $file } non è stato caricato
# $loaded e $wanted sono cartelle di installazioni.
tb-nss-other-install-loaded = questa esecuzione usa già l’NSS di { $loaded }; non può usare anche quello in { $wanted }
tb-nss-primary-password = una password principale protegge gli accessi salvati di questo profilo
# $call è il nome di una funzione NSS, $code il numero di errore NSS.
tb-nss-call-failed = la funzione NSS { $call } non è riuscita (errore NSS { $code })
tb-nss-still-open = l’NSS di Thunderbird tiene ancora aperto il precedente archivio delle chiavi; eseguire di nuovo mailsetup
tb-nss-not-base64 = un accesso salvato non è nel formato base64 che scrive Thunderbird

## L’avvio di Thunderbird dall’ultima pagina della procedura guidata.
tb-launch-already-open = Thunderbird è già aperto
# $program è il percorso del programma.
tb-launch-failed = impossibile avviare Thunderbird ({ $program }: { $error })

## mailsetup profiles: ogni profilo e i suoi account.
tb-listing-profile = { $name }: { $path }
tb-listing-profile-default = { $name } (predefinito): { $path }
# $problem è uno degli errori qui sopra.
tb-listing-accounts-unknown = impossibile leggere gli account: { $problem }
tb-listing-no-accounts = nessun account di posta
# $kind è il tipo dell’account (imap, pop3); $sign_in uno dei testi
# tb-sign-in-….
tb-listing-account = { $address }: { $kind } { $host } ({ $sign_in })
# Al posto dell’indirizzo di un account che non ne ha.
tb-listing-no-identity = (nessuna identità)
# Segue tb-listing-account sulla stessa riga.
tb-listing-sends-via = , invia tramite { $host } ({ $sign_in })
# $hash è l’ID dell’installazione, $dir la sua cartella (o
# tb-listing-an-install), $profile il profilo che apre (o
# tb-listing-opens-nothing).
tb-listing-install = installazione { $hash } ({ $dir }), profilo aperto: { $profile }
tb-listing-an-install = un’installazione
tb-listing-opens-nothing = nessuno
tb-listing-no-profiles = nessun profilo
# Ciò che serve a un account, tra parentesi quadre prima di esso; cli-profiles-needs-oauth2 (cli.ftl) cita questo contrassegno.
tb-status-needs-oauth2 = richiede OAuth2
tb-status-ok = ok
tb-status-unknown-provider = provider sconosciuto
# Come accede un server (i nomi del Metodo di autenticazione di Thunderbird).
tb-sign-in-none = nessuna autenticazione
tb-sign-in-password = password
tb-sign-in-kerberos = Kerberos
tb-sign-in-ntlm = NTLM
tb-sign-in-tls-certificate = certificato TLS
tb-sign-in-oauth2 = OAuth2
tb-sign-in-other = altro metodo di autenticazione
