# Les pages de connexion du fournisseur d’entraînement (mailsetup --sandbox),
# affichées dans le navigateur. Elles tiennent lieu de page de connexion d’un
# fournisseur ; les réponses du fournisseur à mailsetup ainsi que les codes et
# les phrases d’Entra restent en anglais.

practice-provider-name = Bac à sable de mailsetup
practice-page-home = Ceci est le serveur de connexion du bac à sable de mailsetup. Lancez une connexion depuis mailsetup ; il vous amènera ici.
practice-page-sign-in-title = Se connecter au bac à sable de mailsetup
practice-page-note = Ceci est un fournisseur d’entraînement ; rien ne quitte votre ordinateur.
# $client est l’identifiant client de l’application, tel que le fournisseur le connaît.
practice-page-consent = { $client } souhaite lire et envoyer vos messages.
# Suivi de la liste des autorisations (scopes), telles que le fournisseur les nomme.
practice-page-scopes = Autorisations :
practice-page-email = Adresse électronique
practice-page-password = Mot de passe (n’importe lequel convient)
practice-page-allow = Autoriser
practice-page-deny = Refuser
practice-page-device-title = Saisir le code affiché par mailsetup
practice-page-code = Code
practice-page-unknown-code = Ce code est inconnu ou a déjà été utilisé. Vérifiez le code affiché par mailsetup.
practice-page-done-title = Terminé
practice-page-signed-in = Vous êtes connecté. Revenez à mailsetup : il continue tout seul.
practice-page-declined = Vous avez refusé. Revenez à mailsetup.
practice-page-failed-title = Échec de la connexion
practice-page-not-a-form = Le formulaire n’a pas été envoyé comme un formulaire.
practice-page-form-incomplete = Le formulaire est incomplet.
practice-page-choose = Choisissez « Autoriser » ou « Refuser ».
practice-page-ended-title = Cette connexion est terminée
practice-page-ended = Cette page de connexion a expiré ou a déjà reçu une réponse. Recommencez depuis mailsetup.
practice-page-invalid-link-title = Ce lien de connexion n’est pas valide
# $reason est l’erreur technique, en anglais.
practice-page-invalid-link = Le bac à sable de mailsetup ne peut pas continuer : { $reason }.
practice-page-invalid-link-report = mailsetup crée ce lien lui-même ; si vous voyez cette page, veuillez le signaler.
practice-page-address-no-at = Saisissez une adresse électronique : il n’y a pas de @.
practice-page-address-no-local-part = Saisissez une adresse électronique : rien d’utilisable ne précède le @.
practice-page-address-no-domain = Saisissez une adresse électronique : la partie après le @ n’est pas un nom de domaine.
# Après le refus d’Entra (AADSTS50057, en anglais). $shared est l’adresse de la
# boîte aux lettres partagée, $person la personne qui y a accès.
practice-page-shared-hint = { $shared } est une boîte aux lettres partagée : impossible de se connecter avec son compte. Connectez-vous en tant que personne qui y a accès ({ $person }), et indiquez { $shared } uniquement comme nom d’utilisateur du compte de messagerie.
# Après le refus d’Entra (AADSTS50034, en anglais). $person est le titulaire de l’alias.
practice-page-alias-hint = C’est un alias de { $person } : connectez-vous avec cette adresse.
