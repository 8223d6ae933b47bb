# Le ticket pour l’administrateur, que l’utilisateur envoie au service
# informatique. Les libellés finissent par « : » ; les valeurs s’alignent
# dans une colonne. Les identifiants entre [crochets] restent tels quels.

ticket-subject = Objet : { $subject }
ticket-subject-diagnosed = Échec de la configuration de messagerie pour { $address } : { $title } [{ $id }]
ticket-subject-passed = Configuration de messagerie pour { $address } : toutes les vérifications ont réussi
ticket-subject-failed = Échec de la configuration de messagerie pour { $address }
ticket-intro = mailsetup { $version } a vérifié le compte de messagerie ci-dessous ; l’intervention d’un administrateur est nécessaire.
ticket-user = Utilisateur (boîte) :
ticket-signed-in-as = Connecté en tant que :
ticket-time = Heure (UTC) :
ticket-provider = Fournisseur :
ticket-shared-mailbox = Boîte aux lettres partagée :
ticket-shared-mailbox-value = { $address } (ouverte avec la connexion de { $delegate })
ticket-sign-in = Connexion :
ticket-how-password = par mot de passe (Thunderbird le demande) ; aucune inscription d’application OAuth2 n’intervient
ticket-how-by-thunderbird = OAuth2, effectuée par Thunderbird lui-même avec l’inscription d’application propre à Thunderbird
ticket-how-thunderbirds-app = OAuth2, avec l’inscription d’application propre à Thunderbird (la même application que celle avec laquelle Thunderbird se connecte)
ticket-how-other-app = OAuth2, avec l’inscription d’application indiquée ci-dessous
ticket-tenant = ID de locataire :
ticket-tenant-unknown = inconnu (aucun jeton, et aucun locataire dans l’adresse de connexion)
ticket-app-id = ID d’application (client) :
ticket-app-id-thunderbirds = { $id } (inscription propre à Thunderbird)
ticket-sign-in-at = Adresse de connexion :
# $protocol vaut IMAP ou POP3.
ticket-incoming-server = Serveur { $protocol } :
ticket-smtp-server = Serveur SMTP :
ticket-failing-step = Étape en échec :
ticket-result = Résultat :
ticket-server-said = Le serveur a répondu :
ticket-diagnosis = Diagnostic :
ticket-what-happened = Ce qui s’est passé :
ticket-evidence = Constat :
ticket-for-sign-in-logs = Pour les journaux de connexion d’Entra ou du fournisseur :
ticket-admin-must-do = Ce que l’administrateur doit faire :
ticket-nothing-server-side = Rien côté serveur ; l’utilisateur peut corriger cela lui-même :
ticket-other-failed-steps = Autres étapes en échec :
ticket-generated = (Généré par mailsetup ; ne contient ni mot de passe ni jeton.)
