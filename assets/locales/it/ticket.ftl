# Il ticket per l’amministratore, che l’utente invia al reparto informatico.
# Le etichette terminano con i due punti; i valori sono allineati in una
# colonna. Gli ID tra [parentesi quadre] restano invariati.

ticket-subject = Oggetto: { $subject }
ticket-subject-diagnosed = Configurazione della posta per { $address } non riuscita: { $title } [{ $id }]
ticket-subject-passed = Configurazione della posta per { $address }: tutte le verifiche superate
ticket-subject-failed = Configurazione della posta per { $address } non riuscita
ticket-intro = mailsetup { $version } ha verificato l’account di posta indicato di seguito; è necessario l’intervento di un amministratore.
ticket-user = Utente (casella):
ticket-signed-in-as = Accesso come:
ticket-time = Ora (UTC):
ticket-provider = Provider:
ticket-shared-mailbox = Cassetta postale condivisa:
ticket-shared-mailbox-value = { $address } (aperta con l’accesso di { $delegate })
ticket-sign-in = Accesso:
ticket-how-password = con password (Thunderbird la richiede); non è coinvolta alcuna registrazione app OAuth2
ticket-how-by-thunderbird = OAuth2, eseguito da Thunderbird stesso con la registrazione app propria di Thunderbird
ticket-how-thunderbirds-app = OAuth2, con la registrazione app propria di Thunderbird (la stessa app con cui accede Thunderbird)
ticket-how-other-app = OAuth2, con la registrazione app indicata di seguito
ticket-tenant = ID tenant:
ticket-tenant-unknown = sconosciuto (nessun token e nessun tenant nell’indirizzo di accesso)
ticket-app-id = ID app (client):
ticket-app-id-thunderbirds = { $id } (registrazione propria di Thunderbird)
ticket-sign-in-at = Accesso presso:
# $protocol è IMAP o POP3.
ticket-incoming-server = Server { $protocol }:
ticket-smtp-server = Server SMTP:
ticket-failing-step = Passaggio non riuscito:
ticket-result = Risultato:
ticket-server-said = Il server ha risposto:
ticket-diagnosis = Diagnosi:
ticket-what-happened = Cosa è successo:
ticket-evidence = Riscontro:
ticket-for-sign-in-logs = Per i log di accesso di Entra o del provider:
ticket-admin-must-do = Cosa deve fare l’amministratore:
ticket-nothing-server-side = Nulla lato server; l’utente può risolvere da sé:
ticket-other-failed-steps = Altri passaggi non riusciti:
ticket-generated = (Generato da mailsetup; non contiene password né token.)
