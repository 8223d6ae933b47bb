### Les profils et fichiers de Thunderbird : les erreurs de lecture et de
### modification (le verrou du profil, prefs.js, le magasin d’identifiants
### et le NSS de Thunderbird, le passage d’un compte à OAuth2, la
### transmission de la connexion, le démarrage de Thunderbird) et la liste
### de `mailsetup profiles`. Les noms de fichiers (prefs.js, logins.json,
### logins.db, profiles.ini, msgFilterRules.dat), les noms de préférences
### (signon.storage.rust.active), les noms de fonctions de NSS, HOME,
### `mailsetup restore` et --format autoconfig restent tels quels.
### $path, $profile, $root, $dir et $backup_dir sont des chemins ; $error
### est les propres mots du système d’exploitation ou d’une bibliothèque.

## Les erreurs, telles que le rapport, l’assistant et la ligne de commande les affichent.
tb-error-profile-in-use = Thunderbird utilise le profil { $profile } ; fermez Thunderbird et réessayez
tb-error-read-only-profile = impossible d’écrire dans le profil { $profile } ({ $error }) ; il se trouve sur un disque en lecture seule, ou vous n’avez pas le droit d’y écrire : copiez-le dans un emplacement accessible en écriture, ou adressez-vous à la personne qui gère cet ordinateur
# $found est l’un des textes tb-found-….
tb-error-not-regular-file = { $path } est { $found }, et non un fichier ordinaire : mailsetup ne le lit donc pas ; mettez-le de côté (Thunderbird attend un fichier ordinaire à cet endroit)
# $mebibytes est la limite (un nombre) ; $what est un nom de fichier ou l’un
# des textes tb-limit-what-…, $why l’un des textes tb-limit-why-….
tb-error-too-large = { $path } dépasse { $mebibytes } Mio, le maximum que mailsetup lit pour { $what } ({ $why }) ; mettez-le de côté s’il n’appartient pas à Thunderbird
tb-error-change-undone = impossible de remplacer { $path } : { $error } ; rien n’a été modifié : tous les fichiers sont tels qu’avant (sauvegardes dans { $backup_dir })
# $not_restored et $backups sont des listes de chemins, séparés par des virgules.
tb-error-half-changed = impossible de remplacer { $path } : { $error }, et la remise en place de { $not_restored } a échoué : le profil est donc à moitié modifié ; relancez mailsetup sur ce profil (il remet d’abord les fichiers en place), ou recopiez vous-même ces sauvegardes : { $backups }
tb-error-lock-check-failed = impossible de savoir si Thunderbird utilise le profil { $profile } : { $error } ; fermez Thunderbird et réessayez
# $line est le numéro de la ligne dans le fichier ; $message dit ce qui ne
# va pas (tb-prefs-nul-byte, tb-file-not-utf8, ou les mots du lecteur de
# prefs.js de Thunderbird, qui restent en anglais).
tb-error-prefs-syntax = { $path }, ligne { $line } : { $message } ; corrigez ou supprimez cette ligne (Thunderbird l’ignore aussi), ou démarrez puis fermez Thunderbird une fois pour qu’il réécrive le fichier
# $message est les propres mots du lecteur INI.
tb-error-profiles-ini = { $path } n’est pas un fichier INI valide : { $message } ; corrigez-le ou mettez-le de côté pour que Thunderbird le recrée
# $action est l’un des textes tb-action-… : ce qui n’a pas pu être fait sur $path.
tb-error-io = impossible { $action } { $path } : { $error } ; vérifiez que le chemin existe et que vous avez le droit d’y lire et d’y écrire
tb-error-no-home = impossible de trouver votre dossier personnel ; définissez HOME
tb-error-profile-not-found = il n’y a aucun dossier de profil Thunderbird à l’emplacement { $path } ; vérifiez le chemin (un dossier de profil contient prefs.js)
# $names énumère les noms des profils, séparés par des virgules.
tb-error-no-default-profile = { $root } contient plusieurs profils Thunderbird ({ $names }) et aucun n’est le profil par défaut ; choisissez-en un explicitement
# $field est l’un des textes tb-field-… (en français, le sujet de la phrase,
# avec son article, ou un libellé suivi d’un deux-points), $problem l’un des
# textes qui disent ce qui ne va pas (tb-invalid-…, tb-migrate-…,
# tb-identity-…, tb-journal-…, tb-restore-…, tb-export-…,
# tb-pref-unwritable), qui continuent la phrase : « l’adresse du compte est vide ».
tb-error-invalid-account = { $field } { $problem } ; vérifiez les paramètres du compte
# $message est l’un des textes tb-logins-….
tb-error-logins-invalid = { $path } n’est pas un magasin d’identifiants que Thunderbird peut lire : { $message } ; rien n’a été modifié (Thunderbird le mettrait de côté et perdrait ce que mailsetup y ajoute)
tb-error-logins-elsewhere = ce profil garde ses identifiants enregistrés dans logins.db (signon.storage.rust.active), où mailsetup n’écrit pas ; rien n’a été modifié
tb-error-primary-password = un mot de passe principal protège les identifiants enregistrés de { $profile } : mailsetup ne peut donc pas transmettre la connexion à Thunderbird ; rien n’a été modifié
# $error est l’un des textes tb-nss-….
tb-error-nss = { $error } ; rien n’a été modifié

## Ce qui n’a pas pu être fait sur un fichier, dans tb-error-io
## (« impossible { $action } { $path } ») : chaque texte commence par
## « de » ou « d’ ».
tb-action-read = de lire
tb-action-write = d’écrire
tb-action-create = de créer
tb-action-copy = de copier
tb-action-remove = de supprimer
tb-action-replace = de remplacer
tb-action-resolve = de résoudre le chemin
tb-action-flush = d’enregistrer sur le disque
tb-action-set-permissions = de définir les autorisations de
tb-action-create-private-directory = de créer un dossier privé dans
tb-action-create-temporary-file = de créer un fichier temporaire dans
tb-action-create-backup = de créer la sauvegarde
tb-action-create-backup-of = de créer la sauvegarde de
tb-action-write-backup = d’écrire la sauvegarde

## Le paramètre qui ne va pas, dans tb-error-invalid-account (« { $field } { $problem } »).
tb-field-address = l’adresse du compte
tb-field-display-name = le nom affiché du compte
tb-field-incoming-host = le serveur entrant du compte
tb-field-smtp-host = le serveur sortant (SMTP) du compte
tb-field-incoming-port = le port du serveur entrant
tb-field-smtp-port = le port du serveur sortant (SMTP)
tb-field-settings = paramètres du compte :
tb-field-account = le compte
tb-field-user-name = le nom d’utilisateur du compte
tb-field-identity = identité :
tb-field-backup = sauvegarde :
tb-field-export = export :
tb-field-change-journal = journal des modifications :

## Ce qui se trouve là où devrait être un fichier, dans tb-error-not-regular-file.
tb-found-directory = un dossier
tb-found-symbolic-link = un lien symbolique
tb-found-named-pipe = un tube nommé (FIFO)
tb-found-socket = un socket
tb-found-device = un périphérique
tb-found-not-regular-file = autre chose

## Les fichiers que mailsetup ne lit que jusqu’à une certaine taille, et
## pourquoi cette taille, dans tb-error-too-large.
tb-limit-what-login-store = le magasin d’identifiants
tb-limit-what-profile-list = la liste des profils
tb-limit-what-key-store = le magasin de clés de Thunderbird
tb-limit-what-change-journal = le journal des modifications
tb-limit-why-prefs = dix fois le plus gros prefs.js que Thunderbird écrive à notre connaissance
tb-limit-why-logins = de quoi contenir des dizaines de milliers d’identifiants enregistrés, bien plus qu’un vrai profil n’en a
tb-limit-why-filters = de quoi contenir environ 100 000 filtres de messages
tb-limit-why-profiles = de quoi contenir des milliers de profils ; Thunderbird écrit quelques lignes par profil
tb-limit-why-key-store = bien plus que la taille de n’importe quel magasin de clés créé par Thunderbird
tb-limit-why-change-journal = quelques centaines d’octets par fichier touché par une modification

## La lecture de prefs.js.
tb-file-not-utf8 = le fichier n’est pas du texte UTF-8
tb-prefs-nul-byte = octet NUL dans le fichier ; Thunderbird arrête sa lecture à cet endroit
# $name est le nom de la préférence, entre guillemets.
tb-pref-unwritable = impossible d’écrire la préférence { $name } : { $reason }
tb-pref-name-empty = le nom est vide
tb-pref-name-nul = le nom contient un caractère NUL, que les préférences ne peuvent pas contenir
tb-pref-value-nul = la valeur contient un caractère NUL, que les préférences ne peuvent pas contenir

## Ce qui ne va pas dans un paramètre, après son nom dans tb-error-invalid-account.
tb-invalid-is-empty = est vide
tb-invalid-not-an-address = n’est pas une adresse électronique (il faut un @ et aucune espace)
tb-invalid-contains-nul = contient un caractère NUL, que les préférences de Thunderbird ne peuvent pas contenir
tb-invalid-not-a-host-name = n’est pas un nom de serveur
tb-invalid-port-zero = vaut 0
# $account est la clé du compte dans prefs.js (account1).
tb-invalid-account-not-in-profile = { $account } n’est pas dans ce profil
tb-invalid-user-name-not-set = n’est pas défini sur ses serveurs

## Le passage d’un compte à OAuth2. $account est la clé du compte dans
## prefs.js (account1).
tb-migrate-not-a-mail-account = { $account } n’est pas un compte de messagerie de ce profil
# $kind est le type du compte tel que prefs.js le nomme (nntp, rss, ews).
tb-migrate-not-imap-or-pop = { $account } est un compte de type { $kind } ; seuls les comptes IMAP et POP peuvent passer à OAuth2
# $user_name est le nom d’utilisateur du compte, entre guillemets.
tb-migrate-no-address = { $account } n’a pas d’adresse électronique avec laquelle se connecter (nom d’utilisateur { $user_name }) ; indiquez l’adresse
# $pref est le nom d’une préférence.
tb-migrate-cannot-write = impossible d’écrire { $pref }
# Remarques affichées avec le plan. $origin est l’endroit pour lequel un mot de passe est enregistré (imap://mail.example.com).
tb-migrate-note-password-stays = le mot de passe enregistré pour { $origin } est conservé : un autre compte s’y connecte encore avec un mot de passe, et Thunderbird chiffre les noms d’utilisateur, si bien que les deux ne peuvent pas être distingués
tb-migrate-note-logins-db = logins.db (la copie inutilisée de logins.json que garde Thunderbird) est laissé tel quel

## L’ajout d’une adresse (une identité) à un compte.
# $alias est l’adresse donnée, entre guillemets.
tb-identity-not-an-address = { $alias } n’est pas une adresse électronique
tb-identity-name-nul = le nom contient un caractère NUL, que les préférences de Thunderbird ne peuvent pas contenir
tb-identity-no-prefs = le profil n’a pas de prefs.js, donc aucun compte auquel ajouter une adresse
# $account est la clé du compte dans prefs.js (account1).
tb-identity-no-such-account = { $account } n’est pas un compte avec une identité dans ce profil

## Le journal d’une modification inachevée, que mailsetup lit pour remettre
## les fichiers en place après un plantage. $path est le chemin du journal ;
## $why l’un des textes tb-journal-… qui le suivent.
tb-journal-refused = { $path } { $why } ; mettez-le de côté si ce n’est pas mailsetup qui l’a écrit
# $error est les propres mots du lecteur JSON.
tb-journal-not-a-journal = n’est pas un journal écrit par mailsetup ({ $error })
tb-journal-names-other-file = désigne { $path }, qu’aucune modification n’écrit
# $name est un nom de fichier, entre guillemets.
tb-journal-names-bad-backup = désigne la sauvegarde { $name }, qui n’est pas un nom de fichier

## La restauration d’une sauvegarde. $which est ce qui a été donné, entre guillemets.
tb-restore-not-a-backup = { $which } n’est pas l’une des sauvegardes de ce profil (`mailsetup restore` les liste)

## L’export de comptes pour de nombreux ordinateurs (policies.json,
## mozilla.cfg). ${NAME} est l’emplacement d’une variable d’environnement ;
## $text et $name sont ce qui a été donné, entre guillemets.
tb-export-unclosed-placeholder = ${"{"} non fermé dans { $text }
tb-export-bad-variable-name = { $name } n’est pas un nom de variable d’environnement (lettres, chiffres, _)
tb-export-value-nul = une valeur contient un caractère NUL, que les préférences ne peuvent pas contenir
tb-export-policies-placeholder = policies.json est le même pour tous les utilisateurs d’un ordinateur, { $text } ne peut donc pas contenir de variable propre à chaque utilisateur ; utilisez --format autoconfig

## Le magasin d’identifiants (logins.json), après tb-error-logins-invalid.
# $error est les propres mots du lecteur JSON.
tb-logins-not-json = ce n’est pas du JSON ({ $error })
tb-logins-not-an-object = ce n’est pas un objet JSON
# $number compte les identifiants enregistrés à partir de 1.
tb-logins-entry-not-an-object = l’identifiant numéro { $number } n’est pas un objet
tb-logins-not-a-list = "logins" n’est pas une liste
tb-logins-no-list = il n’a pas de liste "logins"
tb-logins-next-id = "nextId" n’est pas un nombre entier

## Le NSS de Thunderbird, qui chiffre les identifiants enregistrés. $dir est
## le dossier d’une installation de Thunderbird.
# $looked_in énumère des dossiers, séparés par des virgules.
tb-nss-not-found = aucune installation de Thunderbird avec ses bibliothèques NSS n’a été trouvée (recherche dans { $looked_in })
# $reason est l’un des deux textes ci-dessous, ou les propres mots du chargeur du système.
tb-nss-unloadable = le NSS de Thunderbird dans { $dir } n’a pas pu être chargé : { $reason }
tb-nss-library-missing = sa bibliothèque NSS est absente
# $file est le chemin d’une bibliothèque.
tb-nss-did-not-load = { $file } ne s’est pas chargé
# $loaded et $wanted sont des dossiers d’installations.
tb-nss-other-install-loaded = cette exécution utilise déjà le NSS de { $loaded } ; elle ne peut pas utiliser aussi celui de { $wanted }
tb-nss-primary-password = un mot de passe principal protège les identifiants enregistrés de ce profil
# $call est le nom d’une fonction de NSS, $code le numéro d’erreur de NSS.
tb-nss-call-failed = l’appel NSS { $call } a échoué (erreur NSS { $code })
tb-nss-still-open = le NSS de Thunderbird garde encore ouvert le magasin de clés précédent ; relancez mailsetup
tb-nss-not-base64 = un identifiant enregistré n’est pas dans le format base64 qu’écrit Thunderbird

## Le démarrage de Thunderbird depuis la dernière page de l’assistant.
tb-launch-already-open = Thunderbird est déjà ouvert
# $program est le chemin du programme.
tb-launch-failed = Thunderbird n’a pas pu être démarré ({ $program } : { $error })

## mailsetup profiles : chaque profil et ses comptes.
tb-listing-profile = { $name } : { $path }
tb-listing-profile-default = { $name } (par défaut) : { $path }
# $problem est l’une des erreurs ci-dessus.
tb-listing-accounts-unknown = comptes inconnus : { $problem }
tb-listing-no-accounts = aucun compte de messagerie
# $kind est le type du compte (imap, pop3) ; $sign_in l’un des textes
# tb-sign-in-….
tb-listing-account = { $address } : { $kind } { $host } ({ $sign_in })
# À la place de l’adresse d’un compte qui n’en a pas.
tb-listing-no-identity = (aucune identité)
# Suit tb-listing-account sur la même ligne.
tb-listing-sends-via = , envoie via { $host } ({ $sign_in })
# $hash est l’identifiant de l’installation, $dir son dossier (ou
# tb-listing-an-install), $profile le profil qu’elle ouvre (ou
# tb-listing-opens-nothing).
tb-listing-install = l’installation { $hash } ({ $dir }) ouvre { $profile }
tb-listing-an-install = une installation
tb-listing-opens-nothing = rien
tb-listing-no-profiles = aucun profil
# Ce dont un compte a besoin, entre crochets devant lui.
tb-status-needs-oauth2 = OAuth2 nécessaire
tb-status-ok = ok
tb-status-unknown-provider = fournisseur inconnu
# Comment un serveur se connecte.
tb-sign-in-none = sans authentification
tb-sign-in-password = mot de passe
tb-sign-in-kerberos = Kerberos
tb-sign-in-ntlm = NTLM
tb-sign-in-tls-certificate = certificat TLS
tb-sign-in-oauth2 = OAuth2
tb-sign-in-other = autre méthode
