# I testi propri della riga di comando (la tabella di audit è in audit.ftl).

## mailsetup --fix-needed, eseguito all’accesso al sistema. $reason è lo stato dell’account a parole.
cli-fix-needed-nothing = Tutti gli account di posta di Thunderbird funzionano: niente da riparare.
cli-fix-needed = { $address } (profilo «{ $profile }») deve essere riparato: { $reason }.

## mailsetup profiles, migrate, doctor, restore, export, alias. Percorsi,
## indirizzi e nomi di server vengono inseriti; opzioni e comandi tra
## apici inversi restano invariati.
cli-no-profiles = Nessun profilo di Thunderbird trovato (ricerca in { $looked }).
cli-profiles-needs-oauth2 = Gli account contrassegnati con [needs OAuth2] smetteranno di funzionare quando il provider disattiverà le password: `mailsetup migrate` li converte sul posto.
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
