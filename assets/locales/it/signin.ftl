# L’accesso presso il provider (i suoi passaggi nel rapporto, la pagina che
# il browser mostra dopo, l’accesso alternativo con codice) e i passaggi
# attorno: il piano, la fase Thunderbird e il passaggio dell’accesso a
# Thunderbird. I titoli dei passaggi sono comandi brevi; i dettagli iniziano
# con la minuscola. Lasciare invariati: le opzioni (--no-write, --force), i
# nomi di file (logins.json, key4.db), offline_access, $BROWSER, NSS, OAuth2.

## Come è stata aperta la pagina di accesso. Completano la frase
## «La pagina di accesso è stata { $how }.» e iniziano il dettaglio del
## passaggio «Aprire la pagina di accesso».
signin-browser-opened-by-mailsetup = aperta da mailsetup stesso
signin-browser-opened-default = aperta nel browser predefinito
# $program è il comando della variabile d’ambiente BROWSER.
signin-browser-opened-variable = aperta con $BROWSER ({ $program })
# $error è il testo di errore del sistema.
signin-browser-default-failed = impossibile avviare il browser predefinito: { $error }
# $failures elenca ogni comando provato con l’errore del sistema.
signin-browser-variable-failed = non è stato possibile avviare nessun comando di $BROWSER ({ $failures })

## I passaggi dell’accesso nel rapporto.
signin-listen-title = Prepararsi a ricevere l’accesso
# $port è un numero, $redirect l’indirizzo a cui torna il browser.
signin-listen-detail = in ascolto su 127.0.0.1, porta { $port }, per { $redirect }
signin-listen-detail-ipv6 = in ascolto su 127.0.0.1 e [::1], porta { $port }, per { $redirect }
signin-listen-failed = impossibile ascoltare su 127.0.0.1 il reindirizzamento dell’accesso: { $error }
signin-browser-title = Aprire la pagina di accesso
# $how è uno dei testi «aperta …» qui sopra; $issuer il server di accesso.
signin-browser-detail = { $how }: { $issuer }
# $why è uno dei testi «impossibile avviare …» qui sopra.
signin-browser-failed = { $why }; aprire manualmente il link mostrato da mailsetup
signin-redirect-title = Accedere e autorizzare nel browser
# $server è il nome host del server di accesso.
signin-redirect-other-issuer = la risposta indica un server di accesso diverso da { $server }; il codice non è stato usato
# Sostituisce $server quando l’indirizzo di accesso non ha un nome host.
signin-redirect-the-server = il server di accesso
signin-redirect-code = il browser è tornato con un codice di autorizzazione
signin-redirect-refused = il provider ha rifiutato l’accesso
# $seconds è un numero.
signin-redirect-timed-out = nessuna risposta dal browser entro { $seconds } s
signin-wait-cancelled = l’accesso è stato annullato
signin-wait-listener-gone = l’ascolto locale si è interrotto inaspettatamente
# $duration è un intervallo di tempo come lo scrive il programma (300s).
signin-wait-timed-out = il browser non è tornato entro { $duration }
signin-exchange-title = Scambiare il codice con i token
# $minutes è un numero.
signin-exchange-with-refresh-valid = ricevuto un token di accesso con un token di aggiornamento, valido per { $minutes } min
signin-exchange-without-refresh-valid = ricevuto un token di accesso senza token di aggiornamento, valido per { $minutes } min
signin-exchange-with-refresh = ricevuto un token di accesso con un token di aggiornamento
signin-exchange-without-refresh = ricevuto un token di accesso senza token di aggiornamento
signin-refresh-title = Rinnovare il token di accesso
signin-refresh-none = il provider non ha emesso alcun token di aggiornamento (è stato richiesto offline_access?)
signin-refresh-accepted = il token di aggiornamento è stato accettato

## Perché una richiesta all’endpoint dei token non è riuscita. Le parole
## del provider sono mostrate a parte.
signin-token-timed-out = l’endpoint dei token non ha risposto entro { $seconds } s
signin-token-refused = il provider ha rifiutato la richiesta
signin-token-unreachable = impossibile raggiungere l’endpoint dei token: { $error }
signin-token-unreadable = impossibile leggere la risposta dell’endpoint dei token: { $error }
# $status è lo stato HTTP (429), $seconds l’attesa richiesta dal provider.
signin-throttled-wait-waited = il servizio di accesso sta limitando le richieste (HTTP { $status }) e chiede di attendere { $seconds } s; mailsetup ha atteso una volta come richiesto e si ferma qui invece di richiedere in continuazione
signin-throttled-wait = il servizio di accesso sta limitando le richieste (HTTP { $status }) e chiede di attendere { $seconds } s; più di quanto mailsetup attende in un passaggio, quindi non ha richiesto di nuovo
signin-throttled-slow-down-waited = il servizio di accesso sta limitando le richieste (HTTP { $status }) e chiede di rallentare; mailsetup ha atteso una volta come richiesto e si ferma qui invece di richiedere in continuazione
signin-throttled-slow-down = il servizio di accesso sta limitando le richieste (HTTP { $status }) e chiede di rallentare; più di quanto mailsetup attende in un passaggio, quindi non ha richiesto di nuovo

## L’accesso alternativo con codice, per quando il browser non può tornare
## a questo computer (sessioni remote).
signin-device-label = Alternativa: accedere con un codice su un altro dispositivo
signin-device-warning = Usare questa opzione solo quando il normale accesso nel browser non può funzionare (ad esempio in una sessione remota). Molte organizzazioni bloccano l’accesso con codice dispositivo (AADSTS53003); in tal caso questa procedura non riesce e la strada giusta è il normale accesso.
signin-device-title = Accedere con un codice dispositivo (alternativa)
signin-device-no-endpoint = per questo provider mailsetup non conosce alcun endpoint per i codici dispositivo
signin-device-start-refused = il provider ha rifiutato di avviare un accesso con codice dispositivo
signin-device-unreachable = impossibile raggiungere l’endpoint dei codici dispositivo: { $error }
signin-device-unusable = impossibile usare la risposta dell’endpoint dei codici dispositivo: { $error }
signin-device-timed-out = l’endpoint dei codici dispositivo non ha risposto entro { $seconds } s
signin-device-cancelled = annullato
signin-device-refused = il provider ha rifiutato l’accesso con codice dispositivo
signin-device-failed = l’accesso con codice dispositivo non è riuscito: { $error }
# $code è il codice digitato dall’utente, $uri dove l’ha digitato.
signin-device-approved = il codice { $code } è stato approvato su { $uri }; ricevuto un token di accesso

## La pagina che la scheda del browser mostra dopo l’accesso. Testo semplice:
## il programma aggiunge il markup.
signin-page-signed-in-title = Accesso effettuato
signin-page-signed-in = Mail Setup ha ciò che gli serve. È possibile chiudere questa scheda e tornare a Mail Setup.
signin-page-not-complete-title = L’accesso non è stato completato
# $error è il codice di errore del provider (access_denied), mostrato come codice.
signin-page-provider-answered = Il provider ha risposto { $error }.
signin-page-provider-explained = Tornare a Mail Setup: spiega che cosa significa e che cosa fare dopo.
signin-page-another-issuer = Questa risposta indica un server di accesso diverso da quello a cui Mail Setup ha inviato l’utente, quindi Mail Setup non l’ha usata. Tornare a Mail Setup e ricominciare l’accesso da lì.
signin-page-not-this-title = Questo non è l’accesso che Mail Setup sta aspettando
signin-page-not-this = Il link non corrisponde all’accesso avviato da Mail Setup. Potrebbe provenire da un tentativo precedente. Tornare a Mail Setup e ricominciare l’accesso da lì.
signin-page-malformed-title = Questa non è una risposta di accesso valida
signin-page-malformed = Il link ripete un parametro dell’accesso, quindi Mail Setup non l’ha usato. Tornare a Mail Setup e ricominciare l’accesso da lì.
signin-page-not-waiting-title = Mail Setup non sta aspettando alcun accesso
signin-page-not-waiting = Tornare a Mail Setup e avviare l’accesso da lì.
signin-page-refused-title = Richiesta rifiutata
# $status è un numero di stato HTTP.
signin-page-refused = L’ascolto dell’accesso di Mail Setup non accetta questa richiesta (HTTP { $status }).
signin-page-not-found-title = Non trovato
signin-page-not-found = Qui non c’è nulla.

## Ciò che è stato digitato, rifiutato prima che venga eseguito qualcosa.
# $error dice che cosa non va nell’indirizzo digitato.
flow-delegate-invalid = la persona che accede: { $error }
flow-delegate-is-mailbox = { $address } è la cassetta postale condivisa stessa; chi accede è la persona che la apre con il proprio accesso
flow-delegate-not-oauth = una cassetta postale condivisa si apre con l’accesso personale di chi la utilizza, e { $provider } non accede con l’OAuth2 di mailsetup (usa una password o l’accesso di Thunderbird stesso)
flow-name-has-nul = il nome non deve contenere un carattere NUL
# $host è il server in entrata dell’account.
flow-account-no-address = l’account su { $host } non ha un indirizzo email

## Il piano: i primi passaggi e gli avvisi del rapporto.
flow-delegate-other-domain = { $delegate } e la cassetta postale condivisa { $address } sono in domini diversi: entrambi devono appartenere alla stessa organizzazione Microsoft 365, altrimenti il server di posta non permetterà a { $delegate } di aprirla.
flow-plan-title = Trovare il provider e i server
# $provider è il nome del provider, $source da dove viene il piano (uno dei
# testi flow-source), $sign_in come avviene l’accesso (uno dei testi
# flow-plan-sign-in).
flow-plan-detail = { $provider } ({ $source }); { $sign_in }
# $issuer è il server di accesso, $client l’ID di registrazione dell’app.
flow-plan-sign-in-oauth = accesso su { $issuer } con il client { $client }
flow-plan-sign-in-thunderbird = OAuth2 su { $issuer }, eseguito da Thunderbird stesso; mailsetup verifica i server senza accedere
flow-plan-sign-in-password = accesso con password (la chiede Thunderbird); mailsetup verifica i server senza accedere
# $lookup indica la ricerca (DNS SRV, autoconfig…).
flow-lookup-title = Ricerca: { $lookup }
flow-stop-title = Questo account può essere convertito a OAuth2?
flow-source-catalogue = dal catalogo integrato di mailsetup
flow-source-user-choice = come scelto
flow-source-provider-file = dal file del provider { $path }
flow-source-sandbox = la sandbox integrata
flow-source-discovered = trovato tramite la ricerca { $lookup }
flow-source-thunderbird = dal server che Thunderbird usa già, { $host }

## Le fasi di accesso e di verifica.
flow-token-title = Esaminare il contenuto del token di accesso
flow-token-expired = l’endpoint dei token ha indicato che il token dura { $seconds } s, e quel tempo è scaduto
flow-no-sign-in-held = non c’è più alcun accesso attivo; accedere di nuovo
flow-sign-in-title = Accedere nel browser
flow-smtp-title = Verificare SMTP
flow-cancelled = annullato
flow-not-done-yet = non ancora eseguito
flow-sign-in-by-thunderbird = non eseguito da mailsetup: Thunderbird accede a questo account da solo
flow-stopped-by-plan = non tentato: questo account non può essere convertito a OAuth2 (vedere sopra)
flow-checks-after-failed-sign-in = non tentato, perché l’accesso non è stato completato
flow-checks-not-yet = non ancora tentato

## La fase Thunderbird.
flow-write-title = Aggiungere l’account a Thunderbird
flow-migrate-title = Convertire l’account di Thunderbird a OAuth2
flow-write-no-write = non scritto (--no-write)
# $account è la chiave dell’account di Thunderbird (account3), $profile una cartella.
flow-write-added = account { $account } aggiunto a { $profile }
flow-write-already-present = il profilo ha già questo account ({ $account }); nulla è stato modificato
flow-write-updated = l’account { $account } del profilo ora accede con OAuth2 (messaggi e cartelle vengono mantenuti)
flow-migrate-already = { $account } accede già con OAuth2; nulla è stato modificato
# $changes e $removed sono numeri; $server è la chiave del server di Thunderbird.
flow-migrate-done = { $account } ora accede con OAuth2 su { $incoming } ({ $changes } impostazioni modificate, { $removed } password salvate rimosse; chiave del server { $server } e relativi messaggi mantenuti)
flow-migrate-done-smtp = { $account } ora accede con OAuth2 su { $incoming } e { $smtp } ({ $changes } impostazioni modificate, { $removed } password salvate rimosse; chiave del server { $server } e relativi messaggi mantenuti)
# $detail è il dettaglio del passaggio; si aggiunge quando --force ha scavalcato una verifica.
flow-forced = { $detail } (eseguito nonostante una verifica non riuscita: --force)
flow-write-skipped-no-write = non scritto: questa esecuzione si limita a verificare (--no-write)
flow-write-skipped-by-user = non scritto: è stato scelto «Salta»
flow-write-skipped-sign-in = non scritto, perché l’accesso non è stato completato
flow-write-skipped-check = non scritto, perché una verifica non è riuscita
flow-write-skipped-yet = non ancora scritto
flow-migrate-skipped-no-write = non convertito: questa esecuzione si limita a verificare (--no-write)
flow-migrate-skipped-by-user = non convertito: è stato scelto «Salta»
flow-migrate-skipped-sign-in = non convertito, perché l’accesso non è stato completato
flow-migrate-skipped-check = non convertito, perché una verifica non è riuscita (vedere la diagnosi; con --force verrebbe convertito comunque)
flow-migrate-skipped-yet = non ancora convertito

## Il passaggio dell’accesso a Thunderbird, perché si avvii già connesso.
flow-handoff-title = Mantieni l’accesso in Thunderbird
# $why è uno dei motivi qui sotto, oppure un errore.
flow-handoff-without = { $why }; all’avvio Thunderbird chiederà di accedere una volta
flow-handoff-no-write = non passato: questa esecuzione non scrive nulla (--no-write)
flow-handoff-not-written = non passato, perché l’account non è stato scritto
flow-handoff-not-switched = non passato, perché l’account non è stato convertito
flow-handoff-no-sign-in = non passato: mailsetup non ha alcun accesso
flow-handoff-no-refresh = non passato: il provider non ha fornito alcun token di aggiornamento
flow-handoff-turned-off = non passato: disattivato (--no-sign-in-handoff)
# I motivi per cui il passaggio non è possibile, da soli (la procedura
# guidata li mostra al posto della casella «Mantieni l’accesso in
# Thunderbird») e nel rapporto.
flow-handoff-by-thunderbird = Thunderbird accede a questo account da solo
flow-handoff-by-thunderbird-report = non necessario: Thunderbird accede a questo account da solo
flow-handoff-provider-file = l’accesso è stato effettuato per la registrazione dell’app propria del file del provider, e Thunderbird può usare solo un accesso effettuato per la propria
flow-handoff-provider-file-report = non passato: l’accesso è stato effettuato per la registrazione dell’app propria del file del provider, e Thunderbird può usare solo un accesso effettuato per la propria
flow-handoff-sandbox = l’accesso è stato effettuato per il provider di prova, e Thunderbird può usare solo un accesso effettuato per la propria registrazione
flow-handoff-sandbox-report = non passato: l’accesso è stato effettuato per il provider di prova, e Thunderbird può usare solo un accesso effettuato per la propria registrazione
flow-handoff-other-app = l’accesso è stato effettuato per una registrazione dell’app che non è quella di Thunderbird, e Thunderbird può usare solo un accesso effettuato per la propria
flow-handoff-other-app-report = non passato: l’accesso è stato effettuato per una registrazione dell’app che non è quella di Thunderbird, e Thunderbird può usare solo un accesso effettuato per la propria
flow-handoff-other-service = Thunderbird accede a questi server tramite un altro servizio di accesso Microsoft
flow-handoff-other-service-report = non passato: Thunderbird accede a questi server tramite un altro servizio di accesso Microsoft
# $user è un indirizzo.
flow-handoff-replaced = { $user } (sostituisce l’accesso salvato in precedenza)
# $users elenca gli indirizzi; $nss è la cartella dell’NSS di Thunderbird.
flow-handoff-done = Thunderbird si avvia con l’accesso già effettuato come { $users }: l’accesso si trova nell’archivio delle credenziali del profilo (logins.json), cifrato come fa Thunderbird, con il suo NSS da { $nss }; mailsetup non ne conserva alcuna copia
flow-handoff-done-key-store = Thunderbird si avvia con l’accesso già effettuato come { $users }: l’accesso si trova nell’archivio delle credenziali del profilo (logins.json), cifrato come fa Thunderbird, con il suo NSS da { $nss }; mailsetup non ne conserva alcuna copia; il profilo non aveva un archivio delle chiavi (key4.db) e ora ne ha uno
# $detail è uno dei due testi qui sopra; $backups elenca dei file.
flow-handoff-backups = { $detail }; copie di sicurezza: { $backups }

## La diagnosi (doctor): l’accesso salvato da Thunderbird, rinnovato.
flow-doctor-no-browser = doctor non apre mai un browser
flow-saved-title = Trovare l’accesso salvato di Thunderbird
# $user è il nome di accesso, $issuer il server di accesso.
flow-saved-none = Thunderbird non ha alcun accesso salvato per { $user } su { $issuer }: chiederà all’utente di accedere alla prossima connessione
flow-saved-found = Thunderbird ha un accesso salvato per { $user } su { $issuer }
flow-save-title = Salvare l’accesso rinnovato per Thunderbird
flow-save-running = non salvato: Thunderbird è in esecuzione; il suo accesso salvato resta valido e Thunderbird lo rinnova da solo
flow-save-done = il provider ha rinnovato il token di aggiornamento; quello nuovo sostituisce quello di Thunderbird, come farebbe Thunderbird stesso

signin-aadsts-code = Codice AADSTS:
