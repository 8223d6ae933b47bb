# De diagnosekaart als tekst (de opdrachtregel, het gekopieerde rapport), en
# de woorden die in een diagnose staan voor wat een uitvoering niet weet. De
# eigen teksten van de diagnoses staan in kb.toml.

# $id is de id van de diagnose (aad-consent-missing); die blijft zoals hij is.
diagnosis-card-title = Diagnose [{ $id }]: { $title }
diagnosis-on-the-command-line = Op de opdrachtregel:
diagnosis-evidence = Aanwijzingen:

kb-unknown-user = de betreffende account
kb-unknown-app-id = (de id van de app die zich aanmeldt; die van Thunderbird is 9e5f94bc-e8a4-4e73-b8be-63364c29d753)
kb-unknown-tenant = de tenant-id of het domein van uw organisatie
kb-unknown-imap-host = de inkomende server
kb-unknown-smtp-host = de uitgaande server
kb-unknown-signed-in-account = de account waarmee is aangemeld
kb-unknown-delegate = de persoon die de gedeelde mailbox opent

kb-approve-in-admin-console = (keur de app { $app_id } goed in de beheerconsole van uw provider)
kb-unknown-admin-consent-url = de pagina voor beheerderstoestemming van de app (het ticket van een controle noemt het adres)
