# L’état de chaque compte Thunderbird en mots, tel que `mailsetup audit` et
# la liste des comptes de l’assistant le décrivent. $provider est le nom
# d’un fournisseur (Microsoft 365, Gmail) ou « none » s’il est inconnu ;
# $date, $blocked, $removed et $last_used sont des dates complètes
# (« 31 décembre 2026 ») ; $server est un nom de serveur. « Réparer » est
# le bouton de l’assistant qui porte ce nom. Termes de Thunderbird :
# compte, serveur entrant, serveur sortant (SMTP), se connecter,
# Paramètres des comptes, Paramètres serveur, Méthode d’authentification.

audit-fix = Choisissez « Réparer » dans Mail Setup (ou lancez mailsetup migrate) : vous vous connectez une seule fois à votre compte { $provider }, et le compte garde ses messages, ses dossiers et ses filtres.
audit-ews-before = Compte Exchange chez Microsoft 365 : Microsoft bloque ce mode de connexion à partir du { $blocked }
audit-ews-blocked = Compte Exchange chez Microsoft 365 : ce mode de connexion est bloqué depuis le { $blocked }, sauf si l’administrateur l’autorise, et prendra fin définitivement le { $removed }
audit-ews-gone = Compte Exchange chez Microsoft 365 : ce mode de connexion a pris fin le { $removed }
audit-ews-what-to-do = Ajoutez à nouveau la boîte aux lettres comme compte IMAP : choisissez « Ajouter un autre compte » dans Mail Setup (ou lancez mailsetup setup ADRESSE) ; les messages restent sur le serveur.
audit-ews-elsewhere = Compte Exchange : Mail Setup n’a rien à changer
audit-not-mail = Pas un compte de messagerie avec connexion (groupes de discussion ou flux) : rien à changer
audit-m365-both-before = Se connecte à Microsoft 365 avec un mot de passe : la réception avec ce mot de passe ne fonctionne déjà plus, et l’envoi cessera de fonctionner le { $date }
audit-m365-both-after = Se connecte à Microsoft 365 avec un mot de passe : la réception avec ce mot de passe ne fonctionne déjà plus, et Microsoft ne l’accepte plus pour l’envoi depuis le { $date } (sauf si l’administrateur l’a réactivé pour le moment)
audit-m365-receiving = Se connecte à Microsoft 365 avec un mot de passe pour la réception, ce que Microsoft refuse déjà
audit-m365-sending-before = Se connecte à Microsoft 365 avec un mot de passe pour l’envoi : l’envoi avec ce mot de passe cessera de fonctionner le { $date }
audit-m365-sending-after = Se connecte à Microsoft 365 avec un mot de passe pour l’envoi : Microsoft ne l’accepte plus pour l’envoi depuis le { $date } (sauf si l’administrateur l’a réactivé pour le moment)
audit-outlook-com-password = Se connecte à Outlook.com avec un mot de passe, ce que Microsoft refuse depuis le { $date }
audit-gmail-password = Se connecte à Gmail avec un mot de passe, ce que Google refuse depuis le { $date } (sauf s’il s’agit d’un mot de passe d’application)
audit-other-password-refused = Se connecte à { $provider } avec un mot de passe, alors que ce fournisseur n’accepte que les mots de passe d’application ou une connexion par sa propre page
audit-switch-in-thunderbird = Dans Thunderbird, Paramètres des comptes, Paramètres serveur : choisissez OAuth2 comme Méthode d’authentification (aussi pour le serveur sortant) ; Thunderbird ouvre alors la page de connexion du fournisseur { $provider }.
audit-unknown-password = Se connecte à { $server } avec un mot de passe ; sans interroger ce fournisseur, Mail Setup ne peut pas savoir s’il cessera d’accepter les mots de passe
audit-unknown-what-to-do = Rien, tant que la messagerie fonctionne. Pour en être sûr, lancez mailsetup migrate --dry-run, qui vérifie ce serveur.
audit-hand-off = Choisissez « Réparer » dans Mail Setup : vous vous connectez une seule fois à votre compte { $provider }, et Mail Setup transmet la connexion à Thunderbird.
audit-sign-in-in-thunderbird = { $provider ->
    [none] Ouvrez Thunderbird et connectez-vous auprès de votre fournisseur quand il vous le demande ; Thunderbird conserve ensuite la connexion.
   *[other] Ouvrez Thunderbird et connectez-vous à { $provider } quand il vous le demande ; Thunderbird conserve ensuite la connexion.
}
audit-signed-out-missing = { $provider ->
    [none] Déconnecté : le compte se connecte par la page du fournisseur, mais Thunderbird n’a aucune connexion enregistrée pour lui
   *[other] Déconnecté : le compte se connecte via { $provider }, mais Thunderbird n’a aucune connexion enregistrée pour lui
}
audit-signed-out-expired = { $last_used ->
    [none] Déconnecté : la connexion enregistrée dans Thunderbird est restée inutilisée trop longtemps et a expiré
   *[other] Déconnecté : la connexion enregistrée dans Thunderbird est restée inutilisée trop longtemps et a expiré (dernière utilisation le { $last_used })
}
audit-works-not-checked = { $provider ->
    [none] Fonctionne : se connecte par la page du fournisseur (la connexion enregistrée n’a pas été vérifiée)
   *[other] Fonctionne : se connecte via { $provider } (la connexion enregistrée n’a pas été vérifiée)
}
audit-works = { $provider ->
    [none] { $last_used ->
        [none] Fonctionne : se connecte par la page du fournisseur
       *[other] Fonctionne : se connecte par la page du fournisseur, dernière utilisation le { $last_used }
    }
   *[other] { $last_used ->
        [none] Fonctionne : se connecte via { $provider }
       *[other] Fonctionne : se connecte via { $provider }, dernière utilisation le { $last_used }
    }
}
audit-password-still-taken = Se connecte à { $provider } avec un mot de passe, qui y est toujours accepté : rien à changer

## Le tableau qu’affiche `mailsetup audit`. $count, $accounts, $profiles et
## $needing sont des nombres ; $day une date complète ; $path un dossier ;
## $user un nom d’utilisateur.
audit-table-title = Comptes Thunderbird, état au { $day }
audit-table-no-home = Aucun dossier personnel à examiner.
audit-table-user = Utilisateur { $user } ({ $path })
audit-table-not-checked = Non vérifié : { $why }
audit-table-no-profiles-here = Aucun profil Thunderbird.
audit-table-install = Thunderbird : { $path }
audit-table-install-flatpak = Thunderbird (Flatpak) : { $path }
audit-table-install-snap = Thunderbird (Snap) : { $path }
audit-table-no-profiles = Aucun profil.
audit-table-profile = Profil « { $name } » ({ $facts }) : { $path }
audit-table-opens-by-default = ouvert par défaut
audit-table-last-version = dernière ouverture avec Thunderbird { $version }
audit-table-never-opened = jamais ouvert par Thunderbird
audit-table-running = ouvert dans Thunderbird : fermez Thunderbird avant une réparation
audit-table-running-unknown = impossible de savoir s’il est ouvert dans Thunderbird
audit-table-and-more = { $names } et { $more } de plus
audit-table-user-js = Attention : user.js impose des paramètres de compte à chaque démarrage ({ $names }) ; une réparation serait annulée. Retirez-les d’abord de user.js.
audit-table-primary-password = Remarque : un mot de passe principal protège les connexions enregistrées de ce profil, Mail Setup ne peut donc pas transmettre la connexion ; Thunderbird vous demandera de vous connecter une fois après une réparation.
audit-table-no-accounts = Aucun compte de messagerie.
# Six caractères de large, pour aligner les adresses ; le second est complété par des espaces.
audit-table-action = ACTION
audit-table-ok = ok
audit-table-what-to-do = À faire : { $what }
audit-table-accounts-in = { $accounts ->
    [one] { $accounts } compte
   *[other] { $accounts } comptes
} dans { $profiles ->
    [one] { $profiles } profil
   *[other] { $profiles } profils
}
audit-table-none-found = { $profiles ->
    [one] Aucun compte de messagerie Thunderbird trouvé ({ $profiles } profil examiné).
   *[other] Aucun compte de messagerie Thunderbird trouvé ({ $profiles } profils examinés).
}
audit-table-nothing-to-do = Rien à faire : { $accounts_in }.
audit-table-need-action = { $needing ->
    [one] { $needing } sur { $accounts_in } nécessite une action.
   *[other] { $needing } sur { $accounts_in } nécessitent une action.
}
audit-table-incomplete = Rien à faire dans ce qui a pu être lu ({ $accounts_in }), mais tout n’a pas pu être lu (voir plus haut).

## Pourquoi un dossier personnel, un dossier ou un profil n’a pas été lu
## (affiché après « Non vérifié : »), ou pourquoi le dossier des
## utilisateurs n’a pas pu être listé. $path est un fichier ou un dossier ;
## $error la raison donnée par le système, telle quelle.
audit-cannot-list = impossible de lister { $path } : { $error }
audit-cannot-read = impossible de lire { $path } : { $error }
audit-cannot-follow = impossible de suivre { $path } : { $error }
audit-link-loop = { $path } est une boucle de liens symboliques
# $target est l’endroit où mène réellement le lien.
audit-leads-out = { $path } mène hors du dossier personnel ({ $target }) ; non lu
# --on a reçu autre chose qu’une date : $text est ce qui a été donné ;
# YYYY-MM-DD et 2026-12-31 restent tels quels.
audit-not-a-date = « { $text } » n’est pas une date écrite sous la forme YYYY-MM-DD (par exemple 2026-12-31)
