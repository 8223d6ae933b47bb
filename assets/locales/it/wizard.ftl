# Le pagine della procedura guidata. «Ripara» e «Aggiungi un altro account»
# sono nomi di pulsanti; scriverli sempre allo stesso modo.

## La prima pagina: gli account del Thunderbird dell’utente.
accounts-heading = Account di posta
accounts-looking = Ricerca di Thunderbird su questo computer…
accounts-unreadable = Mail Setup non è riuscito a leggere i profili di Thunderbird: { $why }
accounts-unreadable-hint = È comunque possibile aggiungere un account: Mail Setup creerà un profilo apposito.
accounts-intro = Questi sono gli account presenti in Thunderbird. Scegliere «Ripara» per un account che ha smesso di funzionare o che sta per smettere.
accounts-profile = Profilo di Thunderbird:
accounts-profile-opens-first = { $name } (si apre per primo)
# Mostrato quando `mailsetup --fix-needed` ha aperto la finestra per un account.
accounts-opened-to-fix = Mail Setup si è aperto perché { $address } deve essere riparato. Scegliere «Ripara» per questo account: basta accedere una volta e l’account conserva messaggi, cartelle e filtri.
accounts-opened-to-attend = Mail Setup si è aperto perché { $address } richiede attenzione: qui sotto è indicato cosa fare.
accounts-none-yet = Questo profilo non ha ancora account di posta.
accounts-fix = Ripara
# Il nome del pulsante «Ripara» per i lettori di schermo.
accounts-fix-name = Ripara { $address }
accounts-asking-provider = Verifica presso il provider che l’accesso salvato in Thunderbird funzioni ancora…
accounts-add-shared = Aggiungi una cassetta postale condivisa aperta con questo account…
accounts-add-shared-name = Aggiungi una cassetta postale condivisa aperta con { $address }
accounts-not-checked = Non è stato possibile verificare gli accessi salvati: { $why }
accounts-cannot-fix = Questo account non può essere riparato qui: { $why }.

## La riga di un account dopo la risposta del provider.
health-confirmed = Funziona: accede con { $provider }, e ricezione e invio sono appena stati verificati
health-signed-out = Disconnesso. { $why }
health-failing = Non funziona. { $why }
health-fixed-just-now = Riparato ora: al prossimo avvio Thunderbird chiederà di accedere una volta

## La riga di avanzamento in cima a ogni pagina. $number e $count sono
## numeri; $stage è uno dei nomi di pagina qui sotto; $state indica come si
## è concluso un passaggio: done, failed, skipped o stopped.
page-account = Account
page-sign-in = Accesso
page-checks = Verifiche
page-thunderbird = Thunderbird
page-done = Fine
header-stage = { $number }. { $stage }
header-stage-shown-ended = { $stage } ({ $state ->
    [failed] non riuscito
    [skipped] saltato
    [stopped] interrotto
   *[done] completato
})
# Ciò che i lettori di schermo leggono per l’intera riga.
header-step = Passaggio { $number } di { $count }: { $stage }
header-stage-ended = { $stage }: { $state ->
    [failed] non riuscito
    [skipped] saltato
    [stopped] interrotto
   *[done] completato
}
header-step-and-ended = { $step }; { $ended }

## Un passaggio che attende un server. $what indica che cosa; $waited e
## $deadline sono secondi.
progress-waiting = In attesa di { $what } ({ $waited } s su { $deadline } s)
progress-next-step = Esecuzione del passaggio successivo…

## Un passaggio concluso, e la spiegazione di uno non riuscito.
step-passed = Riuscito
step-failed = NON RIUSCITO
step-skipped = Saltato
# $took è una durata già scritta («12 ms»); $deadline sono secondi.
step-timing = { $took } su { $deadline } s consentiti
# $title è il nome del passaggio, $phase la parte a cui appartiene (IMAP, SMTP, accesso).
step-details = Dettagli: { $title } ({ $phase })
step-server-said = Risposta del server:
diagnosis-what-happened = Cosa è successo:
diagnosis-user-can-do = Cosa si può fare:
diagnosis-admin-must-do = Cosa deve fare l’amministratore:
warning-prefix = Attenzione:
sandbox-banner = Sandbox — modalità di prova, nulla lascia questo computer

## Quando la procedura guidata non riesce a fare qualcosa in background.
## $error è il motivo del sistema, invariato.
wizard-thread-thunderbird-failed = impossibile avviare un processo in background per aprire Thunderbird: { $error }
wizard-thread-browser-failed = impossibile avviare un processo in background per aprire il browser: { $error }
wizard-practice-profile-failed = impossibile scrivere il profilo di prova della sandbox: { $error }
