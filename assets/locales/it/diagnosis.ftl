# La diagnosi come testo, e le parole che sostituiscono ciò che una verifica non sa.

diagnosis-card-title = Diagnosi [{ $id }]: { $title }
diagnosis-on-the-command-line = Dalla riga di comando:
diagnosis-evidence = Riscontro:

kb-unknown-user = l’account interessato
kb-unknown-app-id = (l’ID dell’app che effettua l’accesso; quello di Thunderbird è 9e5f94bc-e8a4-4e73-b8be-63364c29d753)
kb-unknown-tenant = l’ID del tenant o il dominio della sua organizzazione
kb-unknown-imap-host = il server in entrata
kb-unknown-smtp-host = il server in uscita
kb-unknown-signed-in-account = l’account con cui è stato effettuato l’accesso
kb-unknown-delegate = la persona che apre la cassetta postale condivisa

kb-approve-in-admin-console = (approvare l’app { $app_id } nella console di amministrazione del provider)
kb-unknown-admin-consent-url = la pagina di consenso amministratore dell’app (il ticket di una verifica ne indica l’indirizzo)
