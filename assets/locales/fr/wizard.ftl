# Les pages de l’assistant. « Réparer » et « Ajouter un autre compte » sont
# des noms de boutons ; les écrire partout de la même façon.

## La première page : les comptes du Thunderbird de l’utilisateur.
accounts-heading = Vos comptes de messagerie
accounts-looking = Recherche de Thunderbird sur cet ordinateur…
accounts-unreadable = Mail Setup n’a pas pu lire les profils Thunderbird : { $why }
accounts-unreadable-hint = Vous pouvez quand même ajouter un compte : Mail Setup créera alors un profil pour celui-ci.
accounts-intro = Voici les comptes de votre Thunderbird. Choisissez « Réparer » pour un compte qui ne fonctionne plus, ou qui va bientôt cesser de fonctionner.
accounts-profile = Profil Thunderbird :
accounts-profile-opens-first = { $name } (ouvert en premier)
# Affiché quand `mailsetup --fix-needed` a ouvert la fenêtre pour un compte.
accounts-opened-to-fix = Mail Setup s’est ouvert car { $address } doit être réparé. Choisissez « Réparer » pour ce compte : vous vous connectez une seule fois, et le compte garde ses messages, ses dossiers et ses filtres.
accounts-opened-to-attend = Mail Setup s’est ouvert car { $address } demande votre attention : la marche à suivre est indiquée ci-dessous.
accounts-none-yet = Ce profil n’a encore aucun compte de messagerie.
accounts-fix = Réparer
# Le nom du bouton « Réparer » pour les lecteurs d’écran.
accounts-fix-name = Réparer { $address }
accounts-asking-provider = Vérification auprès du fournisseur que la connexion enregistrée dans Thunderbird fonctionne toujours…
accounts-add-shared = Ajouter une boîte aux lettres partagée que vous ouvrez avec ce compte…
accounts-add-shared-name = Ajouter une boîte aux lettres partagée que vous ouvrez avec { $address }
accounts-not-checked = Les connexions enregistrées n’ont pas pu être vérifiées : { $why }
accounts-cannot-fix = Ce compte ne peut pas être réparé ici : { $why }.

## La ligne d’un compte une fois que le fournisseur a répondu.
health-confirmed = Fonctionne : se connecte via { $provider }, et la réception et l’envoi viennent d’être vérifiés
health-signed-out = Déconnecté. { $why }
health-failing = Ne fonctionne pas. { $why }
health-fixed-just-now = Réparé à l’instant : Thunderbird vous demandera de vous connecter une fois à son prochain démarrage

## La ligne de progression en haut de chaque page. $number et $count sont
## des nombres ; $stage est l’un des noms de page ci-dessous ; $state dit
## comment une étape s’est terminée : done, failed, skipped ou stopped.
page-account = Compte
page-sign-in = Connexion
page-checks = Vérifications
page-thunderbird = Thunderbird
page-done = Terminé
header-stage = { $number }. { $stage }
header-stage-shown-ended = { $stage } ({ $state ->
    [failed] échec
    [skipped] ignoré
    [stopped] interrompu
   *[done] terminé
})
# Ce que les lecteurs d’écran entendent pour toute la ligne.
header-step = Étape { $number } sur { $count } : { $stage }
header-stage-ended = { $stage } : { $state ->
    [failed] échec
    [skipped] ignoré
    [stopped] interrompu
   *[done] terminé
}
header-step-and-ended = { $step } ; { $ended }

## Une étape qui attend un serveur. $what dit quoi, $waited et $deadline
## sont des secondes.
progress-waiting = En attente de { $what } ({ $waited } s sur { $deadline } s)
progress-next-step = Exécution de l’étape suivante…

## Une étape terminée, et l’explication d’une étape qui a échoué.
step-passed = Réussi
step-failed = ÉCHEC
step-skipped = Ignoré
# $took est une durée déjà écrite (« 12 ms ») ; $deadline des secondes.
step-timing = { $took } sur { $deadline } s autorisées
# $title est le nom de l’étape, $phase sa partie (IMAP, SMTP, connexion).
step-details = Détails : { $title } ({ $phase })
step-server-said = Réponse du serveur :
diagnosis-what-happened = Ce qui s’est passé :
diagnosis-user-can-do = Ce que vous pouvez faire :
diagnosis-admin-must-do = Ce que votre administrateur doit faire :
warning-prefix = Attention :
sandbox-banner = Bac à sable — mode d’entraînement, rien ne quitte cet ordinateur

## Quand l’assistant ne peut pas faire quelque chose en arrière-plan. $error
## est la raison donnée par le système, telle quelle.
wizard-thread-thunderbird-failed = impossible de lancer une tâche d’arrière-plan pour ouvrir Thunderbird : { $error }
wizard-thread-browser-failed = impossible de lancer une tâche d’arrière-plan pour ouvrir le navigateur : { $error }
wizard-practice-profile-failed = impossible d’écrire le profil d’entraînement du bac à sable : { $error }
