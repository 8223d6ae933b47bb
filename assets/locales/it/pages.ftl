# La cornice della procedura guidata e le pagine dopo quella degli account:
# l’indirizzo, l’accesso, le verifiche, Thunderbird e l’ultima pagina. I nomi
# dei pulsanti («Avanti», «Riprova», «Salta», «Ripara»…) sono citati in altri
# testi: scriverli sempre allo stesso modo.

## I pulsanti in fondo a ogni pagina, e cosa fanno quando il puntatore si
## ferma sopra di essi.
nav-technical-details = Dettagli tecnici
nav-technical-details-hint = Mostra passaggi, tempi, server e trascrizioni, per il personale dell’assistenza tecnica
nav-back = Indietro
nav-cancel = Annulla
# Il pulsante «Annulla» dopo che l’account è stato scritto in Thunderbird.
nav-start-over = Ricomincia
nav-cancel-hint-close = Chiudi Mail Setup senza modificare nulla
nav-cancel-hint-stop-browser = Smetti di attendere il browser
nav-cancel-hint-stop-checks = Interrompi le verifiche
nav-cancel-hint-leave = Esci da questa pagina; l’account resta come è stato scritto
nav-cancel-hint-start-over = Interrompi questa configurazione e torna alla prima pagina; non è stato modificato nulla
nav-next = Avanti
nav-next-hint = Vai al passaggio successivo
nav-close = Chiudi
nav-close-hint = Chiudi Mail Setup
nav-see-report = Visualizza il rapporto
nav-see-report-hint = Cosa non ha funzionato e cosa inviare al reparto informatico
nav-add-account = Aggiungi un altro account
nav-add-account-hint = Configura un account non ancora presente in Thunderbird

## «Annulla» nella prima pagina chiede conferma prima di chiudere la finestra.
close-question = Chiudere Mail Setup? Non è stato modificato nulla.
close-confirm = Chiudi Mail Setup
close-stay = Resta

## Errori della procedura guidata stessa, mostrati dove sarebbe apparso il lavoro.
wizard-worker-stopped = il processo in background della procedura guidata non è in esecuzione
wizard-worker-stopped-restart = il processo in background della procedura guidata non è in esecuzione; riavviare Mail Setup

## La modalità di prova, proposta in fondo alle prime pagine.
sandbox-offer = Nessun account a portata di mano, o solo curiosità?
sandbox-try = Prova la sandbox (non serve alcun account)
sandbox-starting = Avvio della sandbox…
sandbox-explained = La sandbox è un provider di prova all’interno di Mail Setup: con una propria pagina di accesso e propri server di posta, e un profilo di Thunderbird usa e getta con un account da riparare. Nulla lascia questo computer.
sandbox-approve-automatically = Approva l’accesso automaticamente (senza browser)
sandbox-leave = Esci dalla sandbox
# Mostrato come motivo per cui «Avanti» non è andato avanti.
sandbox-still-starting = la sandbox si sta ancora avviando; riprovare tra un momento
sandbox-not-running = la sandbox non è in esecuzione

## La pagina dell’indirizzo.
address-heading = Indirizzo email
address-intro = Mail Setup effettua l’accesso presso il provider di posta nel browser, verifica che la posta possa essere ricevuta e inviata, e aggiunge l’account a Thunderbird. La password viene digitata solo nella pagina del provider.
address-email = Indirizzo email
# Un esempio mostrato in grigio nel campo dell’indirizzo vuoto.
address-email-example = nome@example.com
address-name = Nome
address-name-hint = come lo vedono i destinatari (facoltativo)
address-shared = Questa è una cassetta postale condivisa che posso aprire
address-who-signs-in = Chi accede
address-who-signs-in-hint = il proprio indirizzo
address-shared-explained = Si accede con il proprio account; Thunderbird mostra poi la cassetta postale condivisa e invia a suo nome.
address-shared-needs-delegate = Inserire l’indirizzo della persona che apre questa cassetta postale condivisa: è lei ad accedere, con il proprio account.
# $domain è la parte dell’indirizzo digitato dopo la @.
address-unknown-domain = Mail Setup non sa quale provider ospita { $domain }. Se la propria organizzazione usa Microsoft 365, sceglierlo:
address-microsoft-365 = Microsoft 365 (lavoro o scuola)

## La pagina di accesso. $company è il soggetto presso cui l’utente accede
## (Microsoft, Google o il nome del provider).
sign-in-heading-plain = Accesso
sign-in-no-address = Inserire prima un indirizzo.
sign-in-heading = Accedi con { $company }
sign-in-change-settings = Modifica le impostazioni server…
# Il riepilogo dell’account. Ogni riga ha un nome a sinistra.
sign-in-row-your-mail = Posta
sign-in-row-hosted-by = Ospitata da
sign-in-row-shared-mailbox = Cassetta postale condivisa
sign-in-row-signs-in-as = Accesso come
# Lo stesso riepilogo con i dettagli tecnici attivi.
sign-in-row-account = Account
# $address è la cassetta postale condivisa, $name il nome che porta,
# $delegate l’indirizzo della persona che accede.
sign-in-account-shared = { $address } ({ $name }), cassetta postale condivisa aperta da { $delegate }
sign-in-row-provider = Provider
sign-in-row-sign-in = Accesso
# $protocol è IMAP o POP3.
sign-in-row-incoming = Server in entrata ({ $protocol })
sign-in-row-outgoing = Server in uscita (SMTP)
# La riga del provider: $provider è il nome del provider, seguito da come
# Mail Setup lo ha individuato.
sign-in-provider-catalogue = { $provider } (noto a Mail Setup)
sign-in-provider-user-choice = { $provider } (come scelto)
# $path è il file del provider indicato dalla riga di comando.
sign-in-provider-file = { $provider } (da { $path })
sign-in-provider-sandbox = { $provider } (provider di prova)
# $lookup indica la ricerca che lo ha trovato: autoconfig, ispdb, dns-mx, dns-srv o microsoft.
sign-in-provider-discovered = { $provider } (trovato tramite { $lookup })
# $server è il nome del server usato dall’account di Thunderbird esistente.
sign-in-provider-thunderbird = { $provider } (Thunderbird usa già { $server })
sign-in-stops-here = Mail Setup non può far accedere questo account tramite il provider, quindi si ferma qui.
sign-in-by-thunderbird = Mail Setup non accede direttamente a questo account: lo fa Thunderbird al primo avvio. «Avanti» verifica i server senza accedere.
# $left è il tempo rimanente, in minuti:secondi («4:59»).
sign-in-waiting = In attesa dell’accesso e dell’autorizzazione nel browser: tempo rimanente { $left }
sign-in-link-intro = Se non si è aperto alcun browser, o se è stato chiuso, aprire questo link in un browser:
sign-in-copy-link = Copia link
sign-in-link-copied = Link di accesso copiato.
sign-in-open-browser-again = Riapri il browser
# $how dice come è stata aperta la pagina («opened in your default browser»); per
# ora è ancora in inglese.
sign-in-browser-opened = La pagina di accesso è stata { $how }.
sign-in-browser-failed = Il browser non si è aperto: { $why }. Copiare manualmente il link in un browser.
# $redirect_uri è un indirizzo su questo computer (http://127.0.0.1:…).
sign-in-redirect = Mail Setup riceve la risposta su { $redirect_uri }, solo su questo computer.
sign-in-preparing = Preparazione dell’accesso…
sign-in-explained = Il browser apre la pagina di accesso di { $company }. Accedere lì e consentire l’accesso alla posta, poi tornare qui. La password viene digitata solo nella pagina di { $company }.
sign-in-done = Accesso effettuato.
sign-in-failed = L’accesso non è stato completato.
sign-in-cancelled = Accesso annullato. Non è stato conservato nulla; è possibile ricominciare.
sign-in-again = Accedi di nuovo
sign-in-try-again = Riprova
sign-in-with-browser = Accedi con il browser
sign-in-with-code = Accedi invece con un codice
sign-in-steps = Passaggi
# Il nome di un passaggio nel rapporto, quando l’accesso non è nemmeno potuto iniziare.
sign-in-step-start = Avvio dell’accesso
# L’accesso con un codice digitato su un altro dispositivo. $url è la pagina da aprire.
sign-in-code-where = Su qualsiasi dispositivo con un browser, aprire { $url } e inserire questo codice:
sign-in-copy-code = Copia codice
sign-in-code-copied = Codice copiato.
# $minutes è un numero.
sign-in-code-valid = { $minutes ->
    [one] Il codice è valido per { $minutes } minuto.
   *[other] Il codice è valido per { $minutes } minuti.
}
sign-in-code-waiting = In attesa dell’inserimento del codice e dell’accesso…

## La pagina delle verifiche. $direction è «receiving» o «sending»: una riga
## per ciascuno.
checks-heading = Verifica della posta
checks-intro = Mail Setup ora verifica che la posta possa essere ricevuta e inviata con il nuovo accesso.
checks-does-not-work = { $direction ->
    [sending] Invio della posta: non funziona ancora
   *[receiving] Ricezione della posta: non funziona ancora
}
checks-works = { $direction ->
    [sending] Invio della posta: funziona
   *[receiving] Ricezione della posta: funziona
}
checks-not-checked-other-failed = { $direction ->
    [sending] Invio della posta: non verificato, perché l’altra verifica non è riuscita
   *[receiving] Ricezione della posta: non verificata, perché l’altra verifica non è riuscita
}
checks-not-checked-yet = { $direction ->
    [sending] Invio della posta: non ancora verificato
   *[receiving] Ricezione della posta: non ancora verificata
}
checks-passed = La posta funziona con il nuovo accesso. Prossimo passaggio: aggiungere l’account a Thunderbird.
checks-passed-switching = La posta funziona con il nuovo accesso. Prossimo passaggio: convertire l’account in Thunderbird.
checks-stopped = Verifiche interrotte.
checks-not-run = Le verifiche non sono ancora state eseguite.
checks-try-again = Riprova
checks-run-again = Esegui di nuovo le verifiche
# $to è l’indirizzo che ha effettuato l’accesso; $subject l’oggetto del messaggio di prova.
checks-test-message-sent = Un messaggio di prova è in arrivo a { $to }: cercare «{ $subject }» nella cartella Posta in arrivo di quell’indirizzo.
checks-send-test-message = Inviami un messaggio di prova
checks-send-test-message-hint = Invia un messaggio da questo indirizzo all’account con cui è stato effettuato l’accesso: l’unico modo per dimostrare che l’invio come cassetta postale condivisa o come alias è consentito
# Intestazioni sopra i passaggi, con i dettagli tecnici attivi.
checks-incoming-steps = Server in entrata (IMAP)
checks-outgoing-steps = Server in uscita (SMTP)

## La pagina di Thunderbird.
thunderbird-heading = Thunderbird
thunderbird-no-address = Inserire prima un indirizzo.
thunderbird-switching-heading = Conversione dell’account in Thunderbird
thunderbird-switching = { $address } conserva messaggi, cartelle e filtri, e d’ora in poi accede con { $company }.
thunderbird-sign-in-handed-off = OAuth2: l’accesso è stato effettuato; Thunderbird si avvia già connesso e non viene salvata alcuna password
thunderbird-sign-in-once = OAuth2: Thunderbird chiederà di accedere una volta; non viene salvata alcuna password
thunderbird-no-home = Mail Setup non trova la cartella home, quindi non può cercare Thunderbird. Saltare questo passaggio.
thunderbird-folder = Cartella di Thunderbird:
thunderbird-folder-sandbox = La cartella di Thunderbird usa e getta della sandbox (eliminata alla chiusura di Mail Setup):
thunderbird-looking = Ricerca dei profili…
thunderbird-no-profile = Qui non c’è ancora alcun profilo di Thunderbird; Mail Setup ne crea uno e lo imposta come predefinito.
thunderbird-profiles-found = L’account viene aggiunto al profilo che Thunderbird apre come predefinito. Profili trovati:
# Dopo il nome di un profilo. $count è il suo numero di account di posta.
thunderbird-profile-default = (predefinito; { $count ->
    [0] ancora nessun account di posta
    [one] { $count } account di posta
   *[other] { $count } account di posta
})
thunderbird-profile-other = (non predefinito; { $count ->
    [0] ancora nessun account di posta
    [one] { $count } account di posta
   *[other] { $count } account di posta
})
thunderbird-check-sign-in = Verifica l’accesso salvato da Thunderbird
thunderbird-check-sign-in-hint = Legge l’accesso che Thunderbird ha salvato per ogni account OAuth2, lo rinnova e verifica IMAP e SMTP con esso; senza browser
thunderbird-asking-provider = Richiesta al provider in corso…
thunderbird-nothing-to-ask = Nessun account qui accede presso un provider che Mail Setup può interrogare.
thunderbird-saved-sign-in-works = { $address }: l’accesso salvato in Thunderbird funziona per la ricezione e l’invio.
# $problem è cosa non ha funzionato, in poche parole.
thunderbird-saved-sign-in-fails = { $address }: { $problem }
thunderbird-already-has = Questo account è già presente in Thunderbird
# $protocol è IMAP o POP3, $server il server in entrata dell’account;
# $incoming_server e $outgoing_server sono i server verso cui viene convertito.
thunderbird-offer-technical = Questo profilo contiene già { $address } ({ $protocol } su { $server }), che accede con una password. { $provider } smette di accettare le password; la conversione mantiene l’account con messaggi, cartelle e filtri, e lo imposta per accedere con OAuth2 su { $incoming_server } e { $outgoing_server }.
thunderbird-offer = { $address } qui accede con una password, che { $provider } smette di accettare. La conversione mantiene messaggi, cartelle e filtri.
thunderbird-switch = Converti questo account
thunderbird-switch-needs-checks = (prima devono riuscire le verifiche)
thunderbird-or-add = Oppure aggiungerlo come secondo account:
thunderbird-what-is-added = Cosa verrà aggiunto
thunderbird-row-email = Indirizzo email
thunderbird-row-name = Nome
# $protocol è IMAP o POP3.
thunderbird-row-incoming = Server in entrata ({ $protocol })
thunderbird-row-outgoing = Server in uscita (SMTP)
thunderbird-row-sign-in = Accesso
thunderbird-will-ask = All’avvio Thunderbird chiederà di accedere una volta.
# $why è il motivo per cui Mail Setup non può passare l’accesso.
thunderbird-will-ask-because = All’avvio Thunderbird chiederà di accedere una volta: { $why }.
thunderbird-keep-signed-in = Mantieni l’accesso in Thunderbird
thunderbird-keep-signed-in-hint = Passa l’accesso a Thunderbird, cifrato tra le sue credenziali salvate, così non chiederà di accedere di nuovo. Mail Setup non ne conserva alcuna copia.
thunderbird-no-oauth = Thunderbird non può usare OAuth2 con questi server, quindi l’account potrebbe non riuscire ad accedere.
thunderbird-close-first = Chiudere prima Thunderbird: riscrive le proprie impostazioni quando viene chiuso.
thunderbird-write = Scrivi in Thunderbird
thunderbird-skip = Salta
thunderbird-skip-hint = Vai al rapporto senza scrivere nulla
thunderbird-writing = Scrittura in Thunderbird…
thunderbird-waiting-for-close = Thunderbird è aperto e riscrive le proprie impostazioni quando viene chiuso. Chiuderlo (File › Esci): Mail Setup proseguirà da solo non appena sarà chiuso.
thunderbird-closed-writing = Thunderbird è stato chiuso; scrittura dell’account in corso.
thunderbird-not-changed = L’account non è stato modificato in Thunderbird.
thunderbird-handed-off = Thunderbird si avvia già connesso: non sarà necessario accedere di nuovo.
# $why è cosa non ha funzionato nel passare l’accesso.
thunderbird-handoff-failed = All’avvio Thunderbird chiederà di accedere una volta. { $why }
# Cosa ha modificato il passaggio Thunderbird. $profile è la cartella del profilo.
thunderbird-changed-already-present = L’account era già presente in Thunderbird; non è stato necessario modificare nulla (profilo { $profile }).
thunderbird-changed-switched = L’account in Thunderbird ora accede tramite il provider; messaggi, cartelle e filtri sono rimasti invariati (profilo { $profile }).
thunderbird-changed-added = L’account è stato aggiunto a Thunderbird (profilo { $profile }).
# Segue la frase precedente; $backup è un file.
thunderbird-backup = Le impostazioni precedenti di Thunderbird sono salvate in { $backup }.

## Sotto un errore, in ogni pagina: cosa inviare all’assistenza tecnica, e
## la diagnosi.
help-copy-ticket = Copia ticket per l’amministratore
help-copy-ticket-hint = Testo pronto da inviare al reparto informatico: chi, quando, quale app, il passaggio non riuscito, la diagnosi e l’intervento esatto richiesto all’amministratore
help-save-bundle = Salva pacchetto di supporto
help-save-bundle-hint = Un unico file con il rapporto e la trascrizione del protocollo per l’assistenza tecnica; non contiene password né token
help-what-happened = Cosa è successo
help-user-can-do = Cosa si può fare
help-admin-must-do = Cosa deve fare il reparto informatico
help-open-consent = Sono l’amministratore: apri la pagina di consenso
help-consent-opening = Apertura della pagina di consenso nel browser. Dopo aver accettato, scegliere «Riprova».
help-ticket-copied = Ticket per l’amministratore copiato. Incollarlo in un’email al reparto informatico.
help-no-folder = Impossibile trovare la cartella Scaricati o la cartella home per salvare il pacchetto di supporto.
# $path è il file in cui viene salvato il pacchetto.
help-saving-bundle = Salvataggio del pacchetto di supporto in { $path } (non contiene password né token).
help-bundle-failed = Impossibile salvare il pacchetto di supporto: { $why }

## L’ultima pagina.
done-heading = Fine
done-nothing-yet = Non è stato ancora configurato nulla.
done-heading-fixed = La posta funziona di nuovo
done-heading-set-up = La posta è configurata
done-heading-problem = Fine, con un problema
done-heading-not-finished = Non completato
done-works = La ricezione e l’invio della posta funzionano per { $address }.
done-practice-profile = Questo è il profilo di prova: scompare alla chiusura di Mail Setup.
done-signed-in = Thunderbird ha già effettuato l’accesso: non chiederà la password.
done-sign-in-once = All’avvio Thunderbird chiederà di accedere una volta, nel browser.
# $server è il server di posta che accetta ancora una password.
done-password-receiving = Per la ricezione, il server di posta ({ $server }) usa ancora la password: Thunderbird la chiederà una volta.
done-password-sending = Per l’invio, il server di posta ({ $server }) usa ancora la password: Thunderbird la chiederà al primo invio.
done-nothing-changed = Non è stato modificato nulla in Thunderbird.
# $problem è cosa non ha funzionato, in poche parole.
done-not-working = Non funziona: { $problem }
done-open-thunderbird = Apri Thunderbird
done-copy-report = Copia rapporto
done-copy-report-hint = L’intero rapporto come testo, per l’assistenza tecnica
done-report-copied = Rapporto copiato negli appunti.
done-full-report = Il rapporto completo
done-starting-thunderbird = Avvio di Thunderbird…
done-thunderbird-starting = Thunderbird si sta avviando.
done-thunderbird-did-not-start = Thunderbird non si è avviato: { $why }.
