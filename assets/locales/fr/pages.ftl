# Le cadre de l’assistant et ses pages après celle des comptes : l’adresse,
# la connexion, les vérifications, Thunderbird et la dernière page. Les noms
# de boutons (« Suivant », « Réessayer », « Ignorer », « Réparer »…) sont
# cités dans d’autres textes : les écrire partout de la même façon.

## Les boutons en bas de chaque page, et ce qu’ils font quand le pointeur
## reste dessus.
nav-technical-details = Détails techniques
nav-technical-details-hint = Afficher les étapes, les durées, les serveurs et les échanges, pour l’assistance informatique
nav-back = Retour
nav-cancel = Annuler
# Le bouton « Annuler » une fois le compte écrit dans Thunderbird.
nav-start-over = Recommencer
nav-cancel-hint-close = Fermer Mail Setup sans rien modifier
nav-cancel-hint-stop-browser = Ne plus attendre le navigateur
nav-cancel-hint-stop-checks = Arrêter les vérifications
nav-cancel-hint-leave = Quitter cette page ; le compte reste tel qu’il a été écrit
nav-cancel-hint-start-over = Arrêter cette configuration et revenir à la première page ; rien n’a été modifié
nav-next = Suivant
nav-next-hint = Passer à l’étape suivante
nav-close = Fermer
nav-close-hint = Fermer Mail Setup
nav-see-report = Voir le rapport
nav-see-report-hint = Ce qui a échoué, et ce qu’il faut envoyer à votre service informatique
nav-add-account = Ajouter un autre compte
nav-add-account-hint = Configurer un compte qui n’est pas encore dans Thunderbird

## « Annuler » sur la première page demande confirmation avant de fermer la fenêtre.
close-question = Fermer Mail Setup ? Rien n’a été modifié.
close-confirm = Fermer Mail Setup
close-stay = Rester

## Les erreurs de l’assistant lui-même, affichées là où le travail l’aurait été.
wizard-worker-stopped = la tâche d’arrière-plan de l’assistant ne fonctionne pas
wizard-worker-stopped-restart = la tâche d’arrière-plan de l’assistant ne fonctionne pas ; redémarrez Mail Setup

## Le mode d’entraînement, proposé en bas des premières pages.
sandbox-offer = Pas de compte sous la main, ou simple curiosité ?
sandbox-try = Essayer le bac à sable (aucun compte nécessaire)
sandbox-starting = Démarrage du bac à sable…
sandbox-explained = Le bac à sable est un fournisseur d’entraînement intégré à Mail Setup : sa propre page de connexion, ses propres serveurs de messagerie, et un profil Thunderbird jetable avec un compte à réparer. Rien ne quitte cet ordinateur.
sandbox-approve-automatically = Approuver la connexion automatiquement (sans navigateur)
sandbox-leave = Quitter le bac à sable
# Affiché comme raison pour laquelle « Suivant » n’a pas continué.
sandbox-still-starting = le bac à sable est encore en train de démarrer ; réessayez dans un instant
sandbox-not-running = le bac à sable ne fonctionne pas

## La page de l’adresse.
address-heading = Votre adresse électronique
address-intro = Mail Setup vous connecte à votre fournisseur de messagerie dans votre navigateur, vérifie que les messages peuvent être reçus et envoyés, et ajoute le compte à Thunderbird. Votre mot de passe n’est saisi que sur la page de votre fournisseur.
address-email = Adresse électronique
# Un exemple affiché en grisé dans le champ d’adresse vide.
address-email-example = vous@example.com
address-name = Votre nom
address-name-hint = tel que les destinataires le voient (facultatif)
address-shared = C’est une boîte aux lettres partagée que je peux ouvrir
address-who-signs-in = Qui se connecte
address-who-signs-in-hint = votre propre adresse
address-shared-explained = Vous vous connectez avec votre propre compte ; Thunderbird affiche alors la boîte aux lettres partagée et envoie en son nom.
address-shared-needs-delegate = Saisissez l’adresse de la personne qui ouvre cette boîte aux lettres partagée : c’est elle qui se connecte, avec son propre compte.
# $domain est la partie de l’adresse saisie après le @.
address-unknown-domain = Mail Setup ne sait pas quel fournisseur héberge { $domain }. Si votre organisation utilise Microsoft 365, choisissez-le :
address-microsoft-365 = Microsoft 365 (compte professionnel ou scolaire)

## La page de connexion. $company est celui auprès de qui l’utilisateur se
## connecte (Microsoft, Google, ou le nom du fournisseur).
sign-in-heading-plain = Connexion
sign-in-no-address = Saisissez d’abord une adresse.
sign-in-heading = Se connecter avec { $company }
sign-in-change-settings = Modifier les paramètres serveur…
# Le résumé du compte. Chaque ligne a un nom à gauche.
sign-in-row-your-mail = Votre messagerie
sign-in-row-hosted-by = Hébergée par
sign-in-row-shared-mailbox = Boîte aux lettres partagée
sign-in-row-signs-in-as = Vous vous connectez en tant que
# Le même résumé, avec les détails techniques affichés.
sign-in-row-account = Compte
# $address est la boîte aux lettres partagée, $name le nom qu’elle porte,
# $delegate l’adresse de la personne qui se connecte.
sign-in-account-shared = { $address } ({ $name }), boîte aux lettres partagée ouverte par { $delegate }
sign-in-row-provider = Fournisseur
sign-in-row-sign-in = Connexion
# $protocol est IMAP ou POP3.
sign-in-row-incoming = Serveur entrant ({ $protocol })
sign-in-row-outgoing = Serveur sortant (SMTP)
# La ligne du fournisseur : $provider est son nom, suivi de la façon dont
# Mail Setup l’a trouvé.
sign-in-provider-catalogue = { $provider } (connu de Mail Setup)
sign-in-provider-user-choice = { $provider } (selon votre choix)
# $path est le fichier de fournisseur donné en ligne de commande.
sign-in-provider-file = { $provider } (d’après { $path })
sign-in-provider-sandbox = { $provider } (fournisseur d’entraînement)
# $lookup nomme la recherche qui l’a trouvé : autoconfig, ispdb, dns-mx, dns-srv ou microsoft.
sign-in-provider-discovered = { $provider } (trouvé par { $lookup })
# $server est le nom de serveur qu’utilise le compte Thunderbird existant.
sign-in-provider-thunderbird = { $provider } (Thunderbird utilise déjà { $server })
sign-in-stops-here = Mail Setup ne peut pas faire passer ce compte à une connexion par votre fournisseur ; il s’arrête donc ici.
sign-in-by-thunderbird = Mail Setup ne se connecte pas lui-même à ce compte : c’est Thunderbird qui le fait, à son premier démarrage. « Suivant » vérifie les serveurs sans se connecter.
# $left est le temps restant, en minutes:secondes (« 4:59 »).
sign-in-waiting = En attente de votre connexion et de votre autorisation dans le navigateur : il reste { $left }
sign-in-link-intro = Si aucun navigateur ne s’est ouvert, ou si vous l’avez fermé, ouvrez ce lien dans un navigateur :
sign-in-copy-link = Copier le lien
sign-in-link-copied = Lien de connexion copié.
sign-in-open-browser-again = Rouvrir le navigateur
# $how dit comment la page a été ouverte (« opened in your default browser ») ;
# c’est encore en anglais pour l’instant.
sign-in-browser-opened = La page de connexion a été { $how }.
sign-in-browser-failed = Le navigateur ne s’est pas ouvert : { $why }. Copiez vous-même le lien dans un navigateur.
# $redirect_uri est une adresse sur cet ordinateur (http://127.0.0.1:…).
sign-in-redirect = Mail Setup reçoit la réponse à l’adresse { $redirect_uri }, sur cet ordinateur uniquement.
sign-in-preparing = Préparation de la connexion…
sign-in-explained = Votre navigateur ouvre la page de connexion de { $company }. Connectez-vous-y et autorisez l’accès à votre messagerie, puis revenez ici. Votre mot de passe n’est saisi que sur la page de { $company }.
sign-in-done = Connecté.
sign-in-failed = La connexion n’a pas abouti.
sign-in-cancelled = Connexion annulée. Rien n’a été conservé ; vous pouvez recommencer.
sign-in-again = Se reconnecter
sign-in-try-again = Réessayer
sign-in-with-browser = Se connecter avec le navigateur
sign-in-with-code = Se connecter plutôt avec un code
sign-in-steps = Étapes
# Le nom d’une étape du rapport, quand la connexion n’a même pas pu démarrer.
sign-in-step-start = Démarrer la connexion
# La connexion avec un code saisi sur un autre appareil. $url est la page à ouvrir.
sign-in-code-where = Sur n’importe quel appareil doté d’un navigateur, ouvrez { $url } et saisissez ce code :
sign-in-copy-code = Copier le code
sign-in-code-copied = Code copié.
# $minutes est un nombre.
sign-in-code-valid = { $minutes ->
    [one] Le code est valable { $minutes } minute.
   *[other] Le code est valable { $minutes } minutes.
}
sign-in-code-waiting = En attente de la saisie du code et de votre connexion…

## La page des vérifications. $direction vaut « receiving » ou « sending » :
## une ligne pour chacun.
checks-heading = Vérification de votre messagerie
checks-intro = Mail Setup vérifie maintenant que vos messages peuvent être reçus et envoyés avec la nouvelle connexion.
checks-does-not-work = { $direction ->
    [sending] Envoi des messages : ne fonctionne pas encore
   *[receiving] Réception des messages : ne fonctionne pas encore
}
checks-works = { $direction ->
    [sending] Envoi des messages : fonctionne
   *[receiving] Réception des messages : fonctionne
}
checks-not-checked-other-failed = { $direction ->
    [sending] Envoi des messages : non vérifié, car l’autre vérification a échoué avant
   *[receiving] Réception des messages : non vérifiée, car l’autre vérification a échoué avant
}
checks-not-checked-yet = { $direction ->
    [sending] Envoi des messages : pas encore vérifié
   *[receiving] Réception des messages : pas encore vérifiée
}
checks-passed = Votre messagerie fonctionne avec la nouvelle connexion. Étape suivante : ajouter le compte à Thunderbird.
checks-passed-switching = Votre messagerie fonctionne avec la nouvelle connexion. Étape suivante : convertir le compte dans Thunderbird.
checks-stopped = Vérifications arrêtées.
checks-not-run = Les vérifications n’ont pas encore été effectuées.
checks-try-again = Réessayer
checks-run-again = Relancer les vérifications
# $to est l’adresse qui s’est connectée ; $subject l’objet du message de test.
checks-test-message-sent = Un message de test est en route vers { $to } : cherchez « { $subject } » dans le dossier Courrier entrant de ce compte.
checks-send-test-message = M’envoyer un message de test
checks-send-test-message-hint = Envoie un message depuis cette adresse vers le compte avec lequel vous vous êtes connecté : le seul moyen de prouver que l’envoi en tant que boîte aux lettres partagée ou alias est autorisé
# Titres au-dessus des étapes, avec les détails techniques affichés.
checks-incoming-steps = Serveur entrant (IMAP)
checks-outgoing-steps = Serveur sortant (SMTP)

## La page Thunderbird.
thunderbird-heading = Thunderbird
thunderbird-no-address = Saisissez d’abord une adresse.
thunderbird-switching-heading = Conversion du compte dans Thunderbird
thunderbird-switching = { $address } garde ses messages, ses dossiers et ses filtres, et se connecte désormais via { $company }.
thunderbird-sign-in-handed-off = OAuth2 : vous êtes connecté ; Thunderbird démarre déjà connecté, et aucun mot de passe n’est enregistré
thunderbird-sign-in-once = OAuth2 : Thunderbird vous demandera de vous connecter une fois ; aucun mot de passe n’est enregistré
thunderbird-no-home = Mail Setup ne trouve pas votre dossier personnel, et ne peut donc pas chercher Thunderbird. Ignorez cette étape.
thunderbird-folder = Dossier de Thunderbird :
thunderbird-folder-sandbox = Le dossier Thunderbird jetable du bac à sable (supprimé à la fermeture de Mail Setup) :
thunderbird-looking = Recherche des profils…
thunderbird-no-profile = Il n’y a pas encore de profil Thunderbird ici ; Mail Setup en crée un et en fait le profil par défaut.
thunderbird-profiles-found = Le compte va dans le profil que Thunderbird ouvre par défaut. Profils trouvés :
# Après le nom d’un profil. $count est son nombre de comptes de messagerie.
thunderbird-profile-default = (par défaut ; { $count ->
    [0] aucun compte de messagerie pour l’instant
    [one] { $count } compte de messagerie
   *[other] { $count } comptes de messagerie
})
thunderbird-profile-other = (pas par défaut ; { $count ->
    [0] aucun compte de messagerie pour l’instant
    [one] { $count } compte de messagerie
   *[other] { $count } comptes de messagerie
})
thunderbird-check-sign-in = Vérifier la connexion enregistrée par Thunderbird
thunderbird-check-sign-in-hint = Lit la connexion que Thunderbird a enregistrée pour chaque compte OAuth2, la renouvelle et vérifie IMAP et SMTP avec elle ; sans navigateur
thunderbird-asking-provider = Interrogation du fournisseur…
thunderbird-nothing-to-ask = Aucun compte de ce profil ne se connecte chez un fournisseur que Mail Setup peut interroger.
thunderbird-saved-sign-in-works = { $address } : la connexion enregistrée dans Thunderbird fonctionne pour la réception et l’envoi.
# $problem est ce qui n’a pas marché, en quelques mots.
thunderbird-saved-sign-in-fails = { $address } : { $problem }
thunderbird-already-has = Votre Thunderbird a déjà ce compte
# $protocol est IMAP ou POP3, $server le serveur entrant du compte ;
# $incoming_server et $outgoing_server sont les serveurs vers lesquels il est converti.
thunderbird-offer-technical = Ce profil contient déjà { $address } ({ $protocol } sur { $server }), qui se connecte avec un mot de passe. { $provider } cesse d’accepter les mots de passe ; la conversion garde le compte avec ses messages, dossiers et filtres, et le règle pour se connecter avec OAuth2 sur { $incoming_server } et { $outgoing_server }.
thunderbird-offer = { $address } s’y connecte avec un mot de passe, que { $provider } cesse d’accepter. La conversion garde ses messages, ses dossiers et ses filtres.
thunderbird-switch = Convertir ce compte
thunderbird-switch-needs-checks = (les vérifications doivent d’abord réussir)
thunderbird-or-add = Ou l’ajouter comme second compte :
thunderbird-what-is-added = Ce qui sera ajouté
thunderbird-row-email = Adresse électronique
thunderbird-row-name = Nom
# $protocol est IMAP ou POP3.
thunderbird-row-incoming = Serveur entrant ({ $protocol })
thunderbird-row-outgoing = Serveur sortant (SMTP)
thunderbird-row-sign-in = Connexion
thunderbird-will-ask = Thunderbird vous demandera de vous connecter une fois au démarrage.
# $why explique pourquoi Mail Setup ne peut pas transmettre la connexion.
thunderbird-will-ask-because = Thunderbird vous demandera de vous connecter une fois au démarrage : { $why }.
thunderbird-keep-signed-in = Garder Thunderbird connecté
thunderbird-keep-signed-in-hint = Transmet votre connexion à Thunderbird, chiffrée dans ses propres identifiants enregistrés, pour qu’il ne vous redemande pas de vous connecter. Mail Setup n’en garde aucune copie.
thunderbird-no-oauth = Thunderbird ne peut pas utiliser OAuth2 avec ces serveurs ; il se peut donc que le compte ne puisse pas s’y connecter.
thunderbird-close-first = Fermez d’abord Thunderbird : il réécrit ses paramètres en quittant.
thunderbird-write = Écrire dans Thunderbird
thunderbird-skip = Ignorer
thunderbird-skip-hint = Aller au rapport sans rien écrire
thunderbird-writing = Écriture dans Thunderbird…
thunderbird-waiting-for-close = Thunderbird est ouvert, et il réécrit ses paramètres à sa fermeture. Quittez-le (Fichier › Quitter) : Mail Setup continuera tout seul dès que ce sera fait.
thunderbird-closed-writing = Thunderbird s’est fermé ; écriture du compte en cours.
thunderbird-not-changed = Le compte n’a pas été modifié dans Thunderbird.
thunderbird-handed-off = Thunderbird démarre déjà connecté : vous n’aurez pas à vous reconnecter.
# $why est ce qui n’a pas marché lors de la transmission de la connexion.
thunderbird-handoff-failed = Thunderbird vous demandera de vous connecter une fois au démarrage. { $why }
# Ce que l’étape Thunderbird a modifié. $profile est le dossier du profil.
thunderbird-changed-already-present = Le compte était déjà dans Thunderbird ; rien n’avait besoin d’être modifié (profil { $profile }).
thunderbird-changed-switched = Le compte dans Thunderbird se connecte désormais via votre fournisseur ; ses messages, dossiers et filtres sont restés tels quels (profil { $profile }).
thunderbird-changed-added = Le compte a été ajouté à Thunderbird (profil { $profile }).
# Suit la phrase ci-dessus ; $backup est un fichier.
thunderbird-backup = Les paramètres précédents de Thunderbird sont sauvegardés dans { $backup }.

## Sous un échec, sur chaque page : ce qu’il faut envoyer à l’assistance
## informatique, et le diagnostic.
help-copy-ticket = Copier le ticket pour l’administrateur
help-copy-ticket-hint = Un texte prêt à envoyer à votre service informatique : qui, quand, quelle application, l’étape en échec, le diagnostic et l’action exacte que doit effectuer l’administrateur
help-save-bundle = Enregistrer l’archive d’assistance
help-save-bundle-hint = Un seul fichier avec le rapport et la transcription des échanges pour votre assistance informatique ; il ne contient ni mot de passe ni jeton
help-what-happened = Ce qui s’est passé
help-user-can-do = Ce que vous pouvez faire
help-admin-must-do = Ce que votre service informatique doit faire
help-open-consent = Je suis l’administrateur : ouvrir la page de consentement
help-consent-opening = Ouverture de la page de consentement dans votre navigateur. Après avoir accepté, choisissez « Réessayer ».
help-ticket-copied = Ticket pour l’administrateur copié. Collez-le dans un message adressé à votre service informatique.
help-no-folder = Impossible de trouver votre dossier Téléchargements ou votre dossier personnel pour enregistrer l’archive d’assistance.
# $path est le fichier dans lequel l’archive est enregistrée.
help-saving-bundle = Enregistrement de l’archive d’assistance dans { $path } (elle ne contient ni mot de passe ni jeton).
help-bundle-failed = Impossible d’enregistrer l’archive d’assistance : { $why }

## La dernière page.
done-heading = Terminé
done-nothing-yet = Rien n’a encore été configuré.
done-heading-fixed = Votre messagerie fonctionne à nouveau
done-heading-set-up = Votre messagerie est configurée
done-heading-problem = Terminé, avec un problème
done-heading-not-finished = Pas terminé
done-works = La réception et l’envoi de messages fonctionnent pour { $address }.
done-practice-profile = Ceci est le profil d’entraînement : il disparaît à la fermeture de Mail Setup.
done-signed-in = Thunderbird est déjà connecté : il ne vous demandera pas votre mot de passe.
done-sign-in-once = Au démarrage, Thunderbird vous demandera de vous connecter une fois, dans votre navigateur.
# $server est le serveur de messagerie qui accepte encore un mot de passe.
done-password-receiving = Pour la réception, votre serveur de messagerie ({ $server }) utilise toujours votre mot de passe : Thunderbird vous le demandera une fois.
done-password-sending = Pour l’envoi, votre serveur de messagerie ({ $server }) utilise toujours votre mot de passe : Thunderbird vous le demandera lors du premier envoi.
done-nothing-changed = Rien n’a été modifié dans Thunderbird.
# $problem est ce qui n’a pas marché, en quelques mots.
done-not-working = Ne fonctionne pas : { $problem }
done-open-thunderbird = Ouvrir Thunderbird
done-copy-report = Copier le rapport
done-copy-report-hint = Le rapport complet sous forme de texte, pour votre assistance informatique
done-report-copied = Rapport copié dans le presse-papiers.
done-full-report = Le rapport complet
done-starting-thunderbird = Démarrage de Thunderbird…
done-thunderbird-starting = Thunderbird démarre.
done-thunderbird-did-not-start = Thunderbird n’a pas démarré : { $why }.
