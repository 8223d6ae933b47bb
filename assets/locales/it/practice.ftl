# Le pagine di accesso del provider di prova (mailsetup --sandbox), mostrate
# nel browser. Sostituiscono la pagina di accesso di un provider; le risposte
# del provider a mailsetup e i codici e le frasi di Entra restano in inglese.

practice-provider-name = Sandbox di mailsetup
practice-page-home = Questo è il server di accesso della sandbox di mailsetup. Avviare un accesso da mailsetup, che rimanderà a questa pagina.
practice-page-sign-in-title = Accesso alla sandbox di mailsetup
practice-page-note = Questo è un provider di prova; nulla lascia questo computer.
# $client è il client ID dell’applicazione, come lo conosce il provider.
practice-page-consent = { $client } chiede di leggere e inviare la posta.
# Seguito dall’elenco degli ambiti (scope), come li chiama il provider.
practice-page-scopes = Ambiti:
practice-page-email = Indirizzo email
practice-page-password = Password (va bene qualsiasi)
practice-page-allow = Consenti
practice-page-deny = Nega
practice-page-device-title = Inserire il codice mostrato da mailsetup
practice-page-code = Codice
practice-page-unknown-code = Questo codice non è noto o è già stato usato. Controllare il codice mostrato da mailsetup.
practice-page-done-title = Fatto
practice-page-signed-in = Accesso effettuato. Tornare a mailsetup: proseguirà da solo.
practice-page-declined = L’autorizzazione è stata negata. Tornare a mailsetup.
practice-page-failed-title = Accesso non riuscito
practice-page-not-a-form = Il modulo non è stato inviato come modulo.
practice-page-form-incomplete = Il modulo è incompleto.
practice-page-choose = Scegliere «Consenti» o «Nega».
practice-page-ended-title = Questo accesso è terminato
practice-page-ended = Questa pagina di accesso è scaduta o ha già ricevuto una risposta. Ricominciare da mailsetup.
practice-page-invalid-link-title = Questo link di accesso non è valido
# $reason è l’errore tecnico, in inglese.
practice-page-invalid-link = La sandbox di mailsetup non può continuare: { $reason }.
practice-page-invalid-link-report = mailsetup crea questo link da sé; se compare questa pagina, si prega di segnalarlo.
practice-page-address-no-at = Digitare un indirizzo email: manca la @.
practice-page-address-no-local-part = Digitare un indirizzo email: prima della @ non c’è nulla di utilizzabile.
practice-page-address-no-domain = Digitare un indirizzo email: la parte dopo la @ non è un nome di dominio.
# Dopo il rifiuto di Entra (AADSTS50057, in inglese). $shared è l’indirizzo
# della cassetta postale condivisa, $person la persona che vi ha accesso.
practice-page-shared-hint = { $shared } è una cassetta postale condivisa: con il suo account non si può accedere. Accedere come una persona autorizzata ad aprirla ({ $person }) e indicare { $shared } solo come nome utente dell’account di posta.
# Dopo il rifiuto di Entra (AADSTS50034, in inglese). $person è il titolare dell’alias.
practice-page-alias-hint = È un alias di { $person }: accedere con quell’indirizzo.
