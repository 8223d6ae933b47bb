# Le diagnostic en texte, et les mots qui remplacent ce qu’une vérification ne sait pas.

diagnosis-card-title = Diagnostic [{ $id }] : { $title }
diagnosis-on-the-command-line = En ligne de commande :
diagnosis-evidence = Constat :

kb-unknown-user = le compte concerné
kb-unknown-app-id = (l’identifiant de l’application qui se connecte ; celui de Thunderbird est 9e5f94bc-e8a4-4e73-b8be-63364c29d753)
kb-unknown-tenant = l’identifiant de locataire ou le domaine de votre organisation
kb-unknown-imap-host = le serveur entrant
kb-unknown-smtp-host = le serveur sortant
kb-unknown-signed-in-account = le compte avec lequel la connexion a été faite
kb-unknown-delegate = la personne qui ouvre la boîte aux lettres partagée

kb-approve-in-admin-console = (approuvez l’application { $app_id } dans la console d’administration de votre fournisseur)
kb-unknown-admin-consent-url = la page de consentement administrateur de l’application (le ticket d’une vérification indique son adresse)
