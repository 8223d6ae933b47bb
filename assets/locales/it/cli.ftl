# I testi propri della riga di comando (la tabella di audit è in audit.ftl).

## mailsetup --fix-needed, eseguito all’accesso al sistema. $reason è lo stato dell’account a parole.
cli-fix-needed-nothing = Tutti gli account di posta di Thunderbird funzionano: niente da riparare.
cli-fix-needed = { $address } (profilo «{ $profile }») deve essere riparato: { $reason }.

## mailsetup profiles, migrate, doctor, restore, export, alias. Percorsi,
## indirizzi e nomi di server vengono inseriti; opzioni e comandi tra
## apici inversi restano invariati.
cli-no-profiles = Nessun profilo di Thunderbird trovato (ricerca in { $looked }).
cli-profiles-needs-oauth2 = Gli account contrassegnati con [richiede OAuth2] smetteranno di funzionare quando il provider disattiverà le password: `mailsetup migrate` li converte sul posto.
cli-asking-host = Ricerca di dove è ospitata la posta di { $address } ({ $server } non è un nome noto a mailsetup)…
cli-migrate-nothing = Nessun account di { $profile } deve passare a OAuth2.
cli-migrate-ask = { $accounts ->
    [one] Accedere e verificare prima, poi convertire questo account?
   *[other] Accedere e verificare prima, poi convertire questi { $accounts } account?
}
cli-nothing-changed = Non è stato modificato nulla.
cli-migrate-not-changed = L’account non è stato modificato. Leggere la diagnosi qui sopra; `--force` lo converte comunque.
cli-migrate-start-thunderbird = Avviare Thunderbird: chiederà di accedere una volta (nel browser a partire dalla versione 153).
cli-doctor-nothing = Nessun account di { $profile } accede con OAuth2 presso un provider che mailsetup può interrogare.
cli-doctor-nothing-for = Nessun account di { $profile } accede con OAuth2 per { $address } presso un provider che mailsetup può interrogare.
cli-no-backups = Nessun backup di mailsetup in { $profile }.
cli-backups = Backup in { $folder } (dal più recente):
cli-restore-how = Per ripristinarne uno: mailsetup restore --profile { $profile } NOME
cli-restored = { $file } ripristinato dal backup { $backup }.
cli-restored-kept = Il file com’era prima è conservato in { $path }.
cli-written = Scritto in { $path }.
cli-alias-not-sent = Il messaggio di prova da { $alias } non è stato inviato, quindi l’alias non è stato aggiunto. Non è stato modificato nulla.
cli-alias-sent = Il server ha accettato il messaggio di prova da { $alias }. Controllarlo nella cartella Posta in arrivo di { $owner }: se come mittente risulta { $owner } e non { $alias }, Exchange ha riscritto il mittente e l’amministratore deve consentire l’invio dagli alias (Set-OrganizationConfig -SendFromAliasEnabled $true).
# $name è il nome che vedono i destinatari; $account e $identity sono chiavi di Thunderbird (account1, id2).
cli-alias-added = { $alias } ({ $name }) aggiunto a { $owner } ({ $account }) come identità { $identity }: sceglierla nel campo «Da» di Thunderbird.
cli-alias-present = { $owner } invia già come { $alias } (identità { $identity }); non è stato modificato nulla.
cli-backup-of-prefs = Backup di prefs.js: { $path }.

## mailsetup setup e check.
cli-bundle-written = Pacchetto di supporto scritto in { $path } (non contiene password né token).
# $seconds è quanto può durare l’accesso.
cli-sign-in-browser = Accedere nel browser. Se non si è aperto alcun browser, aprire questo link:
    {"  "}{ $link }
    Attesa fino a { $seconds } s…
cli-way-out = Dalla riga di comando, --provider-file FILE indica i server a mano, e l’opzione --microsoft-365 di setup sceglie Microsoft 365 (lavoro o scuola).

## Perché non è stato possibile eseguire un comando (mostrato dopo
## «mailsetup: »). $error è il motivo del sistema o del parser, invariato;
## $path, $root, $profile e $file sono file o cartelle; $address, $alias e
## $owner indirizzi email. --profile e `mailsetup profiles` restano
## invariati; CARTELLA è il segnaposto di help-value-dir.
cli-manpage-failed = impossibile scrivere la pagina di manuale: { $error }
cli-no-home = impossibile trovare la cartella home in cui cercare Thunderbird
cli-profile-dir-missing = la cartella del profilo { $path } non esiste
cli-bundle-failed = impossibile scrivere il pacchetto di supporto in { $path }: { $error }
cli-write-failed = impossibile scrivere { $path }: { $error }
cli-no-profile-under = non c’è alcun profilo di Thunderbird in { $root }; indicare --profile CARTELLA
cli-no-prefs = { $profile } non ha un prefs.js, quindi nessun account
cli-no-account-for = il profilo { $profile } non ha alcun account per { $address }; `mailsetup profiles` ne elenca gli account
# $account è la chiave dell’account in prefs.js (account1), $server il suo server in entrata.
cli-migrate-not-oauth-provider = { $address } ({ $account } su { $server }) non è presso Microsoft o Google, per quanto mailsetup possa stabilire, quindi qui non può essere convertito a OAuth2
cli-no-google-plan = nessun piano per Google
# $provider è il nome del provider.
cli-export-password = { $address }: { $provider } accede con una password, e mailsetup non distribuisce account di questo tipo
# $servers è un nome di server, o due uniti con cli-two-servers.
cli-export-no-oauth = { $address }: Thunderbird non può usare OAuth2 con { $servers }, quindi un account esportato non potrebbe accedere
cli-two-servers = { $first } e { $second }
cli-alias-invalid = l’alias: { $error }
cli-alias-is-owner = { $alias } è l’indirizzo stesso dell’account, non un suo alias
cli-alias-sign-in-unknown = mailsetup non sa come accede { $owner }, quindi non può inviare il messaggio di prova

## mailsetup migrate, prima di chiedere: cosa cambierebbe in ogni account.
## $account è la chiave dell’account in prefs.js (account1), $protocol imap
## o pop3, $server il suo server in entrata, $provider microsoft o google;
## $pref è il nome di una preferenza, $value e $old i suoi valori, tutti
## invariati.
cli-migrate-plan = { $address } ({ $account }, { $protocol } { $server }) → OAuth2 presso { $provider }:
cli-migrate-pref = { $pref } = { $value }   (prima { $old })
cli-migrate-pref-new = { $pref } = { $value }   (prima non impostato)
cli-migrate-filters = i filtri in { $file } passano al nuovo nome del server
# $origin è ciò per cui era salvata la password (imap://mail.example.com).
cli-migrate-password-removed = la password salvata per { $origin } viene rimossa (ora Thunderbird accede con OAuth2)
# $note è una delle note della conversione stessa.
cli-migrate-note = nota: { $note }
cli-already-oauth2 = { $address } ({ $account }) accede già con OAuth2; niente da fare.

## mailsetup restore, una riga per backup: $name è il nome del backup
## (quello che accetta restore), $bytes la sua dimensione in byte (solo
## cifre), $file il file che ripristina.
cli-backup-entry = { $name }  ({ $bytes } byte, ripristina { $file })

## mailsetup explain, quando nessuna diagnosi corrisponde. INDIRIZZO è il
## segnaposto di help-value-email.
cli-explain-nothing = mailsetup non ha alcuna diagnosi per questo. Eseguire `mailsetup check INDIRIZZO` per trovare il passaggio che non riesce, oppure incollare la risposta esatta del server.

## setup --device-code, dopo le righe che spiegano questo modo di accedere.
## $link è la pagina da aprire, $code ciò che va inserito lì, $minutes per
## quanto tempo il codice è valido.
cli-device-code = Su qualsiasi dispositivo, aprire { $link } e inserire il codice:  { $code }
    (valido per { $minutes } min)

cli-ask-choices = [s/N]
cli-ask-yes = s, sì, si
cli-window-failed = non è stato possibile aprire la finestra: { $error }
cli-sandbox-not-here = `{ $command }` non usa il provider di prova: `--sandbox` vale per la procedura guidata, `setup`, `check`, `migrate` e `alias`. Non è stato fatto nulla.
