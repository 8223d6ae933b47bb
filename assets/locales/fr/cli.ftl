# Les textes propres à la ligne de commande (le tableau de l’audit est dans audit.ftl).

## mailsetup --fix-needed, lancé à l’ouverture de session. $reason est l’état du compte en mots.
cli-fix-needed-nothing = Tous les comptes de messagerie Thunderbird fonctionnent : rien à réparer.
cli-fix-needed = { $address } (profil « { $profile } ») doit être réparé : { $reason }.

## mailsetup profiles, migrate, doctor, restore, export, alias. Les chemins,
## adresses et noms de serveurs sont insérés ; les options et commandes
## entre accents graves restent telles quelles.
cli-no-profiles = Aucun profil Thunderbird trouvé (recherche dans { $looked }).
cli-profiles-needs-oauth2 = Les comptes marqués [OAuth2 nécessaire] cesseront de fonctionner quand le fournisseur désactivera les mots de passe : `mailsetup migrate` les convertit sur place.
cli-asking-host = Recherche de l’hébergeur du courrier pour { $address } ({ $server } n’est pas un nom que mailsetup connaît)…
cli-migrate-nothing = Aucun compte du profil { $profile } n’a besoin de passer à OAuth2.
cli-migrate-ask = { $accounts ->
    [one] Se connecter et vérifier d’abord, puis convertir ce compte ?
   *[other] Se connecter et vérifier d’abord, puis convertir ces { $accounts } comptes ?
}
cli-nothing-changed = Rien n’a été modifié.
cli-migrate-not-changed = Le compte n’a pas été modifié. Lisez le diagnostic ci-dessus ; `--force` le convertit quand même.
cli-migrate-start-thunderbird = Démarrez Thunderbird : il vous demandera de vous connecter une fois (dans votre navigateur à partir de la version 153).
cli-doctor-nothing = Aucun compte du profil { $profile } ne se connecte avec OAuth2 chez un fournisseur que mailsetup peut interroger.
cli-doctor-nothing-for = Aucun compte du profil { $profile } ne se connecte avec OAuth2 pour { $address } chez un fournisseur que mailsetup peut interroger.
cli-no-backups = Aucune sauvegarde de mailsetup dans { $profile }.
cli-backups = Sauvegardes dans { $folder } (les plus récentes d’abord) :
cli-restore-how = Pour en restaurer une : mailsetup restore --profile { $profile } NOM
cli-restored = { $file } restauré à partir de la sauvegarde { $backup }.
cli-restored-kept = Le fichier tel qu’il était est conservé dans { $path }.
cli-written = Écrit dans { $path }.
cli-alias-not-sent = Le message de test envoyé depuis { $alias } n’est pas passé, l’alias n’a donc pas été ajouté. Rien n’a été modifié.
cli-alias-sent = Le serveur a accepté le message de test envoyé depuis { $alias }. Regardez-le dans le dossier Courrier entrant du compte { $owner } : si l’expéditeur indiqué est { $owner } et non { $alias }, Exchange a réécrit l’expéditeur, et l’administrateur doit autoriser l’envoi depuis des alias (Set-OrganizationConfig -SendFromAliasEnabled $true).
# $name est le nom que voient les destinataires ; $account et $identity sont les clés de Thunderbird (account1, id2).
cli-alias-added = { $alias } ({ $name }) ajouté au compte { $owner } ({ $account }) comme identité { $identity } : choisissez-la dans le champ « De » de Thunderbird.
cli-alias-present = { $owner } envoie déjà en tant que { $alias } (identité { $identity }) ; rien n’a été modifié.
cli-backup-of-prefs = Sauvegarde de prefs.js : { $path }.

## mailsetup setup et check.
cli-bundle-written = Archive d’assistance enregistrée dans { $path } (elle ne contient ni mot de passe ni jeton).
# $seconds est la durée que peut prendre la connexion.
cli-sign-in-browser = Connectez-vous dans votre navigateur. Si aucun navigateur ne s’est ouvert, ouvrez ce lien :
    {"  "}{ $link }
    Attente de { $seconds } s au maximum…
cli-way-out = En ligne de commande, --provider-file FICHIER indique les serveurs à la main, et l’option --microsoft-365 de setup choisit Microsoft 365 (compte professionnel ou scolaire).

## Pourquoi une commande n’a pas pu s’exécuter (affiché après « mailsetup: »).
## $error est la raison donnée par le système ou par l’analyseur, telle
## quelle ; $path, $root, $profile et $file sont des fichiers ou des
## dossiers ; $address, $alias et $owner des adresses électroniques.
## --profile et `mailsetup profiles` restent tels quels ; DOSSIER est
## l’emplacement de help-value-dir.
cli-manpage-failed = impossible d’écrire la page de manuel : { $error }
cli-no-home = impossible de trouver votre dossier personnel pour y chercher Thunderbird
cli-profile-dir-missing = le dossier de profil { $path } n’existe pas
cli-bundle-failed = impossible d’écrire l’archive d’assistance dans { $path } : { $error }
cli-write-failed = impossible d’écrire { $path } : { $error }
cli-no-profile-under = il n’y a aucun profil Thunderbird dans { $root } ; indiquez --profile DOSSIER
cli-no-prefs = { $profile } n’a pas de prefs.js, donc aucun compte
cli-no-account-for = le profil { $profile } n’a aucun compte pour { $address } ; `mailsetup profiles` liste ses comptes
# $account est la clé du compte dans prefs.js (account1), $server son serveur entrant.
cli-migrate-not-oauth-provider = { $address } ({ $account } sur { $server }) n’est ni chez Microsoft ni chez Google, pour autant que mailsetup puisse en juger, et ne peut donc pas être converti à OAuth2 ici
cli-no-google-plan = aucun plan pour Google
# $provider est le nom du fournisseur.
cli-export-password = { $address } : { $provider } se connecte avec un mot de passe, ce que mailsetup ne déploie pas
# $servers est un nom de serveur, ou deux reliés par cli-two-servers.
cli-export-no-oauth = { $address } : Thunderbird ne peut pas utiliser OAuth2 avec { $servers }, un compte exporté ne pourrait donc pas se connecter
cli-two-servers = { $first } et { $second }
cli-alias-invalid = l’alias : { $error }
cli-alias-is-owner = { $alias } est l’adresse même du compte, et non l’un de ses alias
cli-alias-sign-in-unknown = mailsetup ne sait pas comment { $owner } se connecte, et ne peut donc pas envoyer le message de test

## mailsetup migrate, avant de demander : ce qui changerait dans chaque
## compte. $account est la clé du compte dans prefs.js (account1), $protocol
## imap ou pop3, $server son serveur entrant, $provider microsoft ou
## google ; $pref est le nom d’une préférence, $value et $old ses valeurs,
## tous tels quels.
cli-migrate-plan = { $address } ({ $account }, { $protocol } { $server }) → OAuth2 chez { $provider } :
cli-migrate-pref = { $pref } = { $value }   (auparavant { $old })
cli-migrate-pref-new = { $pref } = { $value }   (auparavant non défini)
cli-migrate-filters = les filtres de { $file } passent au nouveau nom de serveur
# $origin est ce pour quoi le mot de passe était enregistré (imap://mail.example.com).
cli-migrate-password-removed = le mot de passe enregistré pour { $origin } est supprimé (Thunderbird se connecte désormais avec OAuth2)
# $note est l’une des remarques de la conversion elle-même.
cli-migrate-note = remarque : { $note }
cli-already-oauth2 = { $address } ({ $account }) se connecte déjà avec OAuth2 ; rien à faire.

## mailsetup restore, une ligne par sauvegarde : $name est le nom de la
## sauvegarde (celui que prend restore), $bytes sa taille en octets
## (chiffres seuls), $file le fichier qu’elle restaure.
cli-backup-entry = { $name }  ({ $bytes } octets, restaure { $file })

## mailsetup explain, quand aucun diagnostic ne correspond. ADRESSE est
## l’emplacement de help-value-email.
cli-explain-nothing = mailsetup n’a aucun diagnostic pour cela. Lancez `mailsetup check ADRESSE` pour trouver l’étape qui échoue, ou collez la réponse exacte du serveur.

## setup --device-code, après les lignes qui expliquent cette façon de se
## connecter. $link est la page à ouvrir, $code ce qu’il faut y saisir,
## $minutes la durée de validité du code.
cli-device-code = Sur n’importe quel appareil, ouvrez { $link } et saisissez le code :  { $code }
    (valable { $minutes } min)

cli-ask-choices = [o/N]
cli-ask-yes = o, oui
cli-window-failed = la fenêtre n’a pas pu s’ouvrir : { $error }
cli-sandbox-not-here = `{ $command }` n’utilise pas le fournisseur d’entraînement : `--sandbox` s’emploie avec l’assistant, `setup`, `check`, `migrate` et `alias`. Rien n’a été fait.
