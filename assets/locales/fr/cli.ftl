# Les textes propres à la ligne de commande (le tableau de l’audit est dans audit.ftl).

## mailsetup --fix-needed, lancé à l’ouverture de session. $reason est l’état du compte en mots.
cli-fix-needed-nothing = Tous les comptes de messagerie Thunderbird fonctionnent : rien à réparer.
cli-fix-needed = { $address } (profil « { $profile } ») doit être réparé : { $reason }.

## mailsetup profiles, migrate, doctor, restore, export, alias. Les chemins,
## adresses et noms de serveurs sont insérés ; les options et commandes
## entre accents graves restent telles quelles.
cli-no-profiles = Aucun profil Thunderbird trouvé (recherche dans { $looked }).
cli-profiles-needs-oauth2 = Les comptes marqués [needs OAuth2] cesseront de fonctionner quand le fournisseur désactivera les mots de passe : `mailsetup migrate` les convertit sur place.
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
