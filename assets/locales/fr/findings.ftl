### Ce que mailsetup trouve dans un jeton d’accès et dans le défi XOAUTH2
### d’un serveur (l’étape de connexion du rapport et les constats du
### diagnostic), et les mots des autres vérifications du cœur : adresses
### électroniques, fichiers CA et fournisseur d’entraînement. JWT, IMAP,
### SMTP, XOAUTH2, PEM, CA, TLS et Outlook sont des noms ;
### IMAP.AccessAsUser.All et SMTP.Send sont les noms que Microsoft donne à
### des autorisations (scopes) et restent tels quels.

## Le jeton d’accès en une ligne, pour l’étape de connexion du rapport.
finding-token-opaque = le jeton d’accès est opaque (ce n’est pas un JWT) : seul le serveur peut dire ce qu’il autorise
# $claims énumère ce que dit le jeton, séparé par des virgules : les textes ci-dessous.
finding-token-jwt = jeton d’accès JWT : { $claims }
# $audience est le service auquel le jeton est destiné (https://outlook.office.com).
finding-token-audience = audience { $audience }
# $scopes sont les autorisations du jeton, telles que Microsoft les nomme.
finding-token-scopes = autorisations « { $scopes } »
# $account est le compte connecté.
finding-token-account = compte { $account }
# $tenant est l’identifiant de l’organisation chez Microsoft.
finding-token-tenant = locataire { $tenant }
# $app est l’identifiant de l’application à laquelle le jeton a été délivré.
finding-token-app = application { $app }
# Chaque constat après la ligne : $summary est la ligne jusque-là, $finding
# l’un des constats ci-dessous. ATTENTION doit attirer l’œil.
finding-token-warning = { $summary } ; ATTENTION : { $finding }

## Ce qui, dans un jeton, fera qu’IMAP ou SMTP le refuse.
finding-wrong-audience = le jeton est destiné à { $audience }, et non à Outlook (https://outlook.office.com) ; IMAP et SMTP le refuseront
finding-missing-imap-scope = les autorisations du jeton (« { $scopes } ») ne comprennent pas IMAP.AccessAsUser.All
finding-missing-smtp-scope = les autorisations du jeton (« { $scopes } ») ne comprennent pas SMTP.Send
# $mailbox est l’adresse en cours de configuration.
finding-wrong-account = vous vous êtes connecté en tant que { $account }, mais la boîte aux lettres est { $mailbox }
# $seconds est un nombre de secondes.
finding-expired = le jeton a expiré il y a { $seconds } s (selon l’horloge de cet ordinateur)
finding-clock-skew = le jeton a été émis { $seconds } s dans le futur selon l’horloge de cet ordinateur : celle-ci retarde

## Le défi XOAUTH2 d’un serveur, comme constat d’un diagnostic. $status,
## $scheme et $scope sont les propres valeurs du serveur (« ? » s’il n’en a
## donné aucune).
finding-xoauth2-challenge = le défi XOAUTH2 du serveur indique : status { $status }, scheme { $scheme }, scope { $scope }

## Une adresse électronique refusée. $input est ce qui a été saisi ; $reason
## l’un des textes qui suivent.
finding-address-invalid = « { $input } » n’est pas une adresse électronique : { $reason }
finding-address-no-at = elle n’a pas de @
finding-address-nothing-before-at = rien ne précède le @
finding-address-too-long = elle est trop longue
finding-address-bad-local-part = la partie avant le @ contient une espace, un guillemet ou un autre caractère que les serveurs de messagerie refusent
finding-address-bad-domain = la partie après le @ n’est pas un nom de domaine
finding-address-bad-idn = la partie après le @ n’est pas un nom de domaine international valide

## Les autorités de certification supplémentaires (--ca-file) et le magasin
## de certificats du système. $path est le chemin d’un fichier ; $error et
## $message sont les propres mots d’une bibliothèque.
finding-ca-file-unreadable = impossible de lire le fichier CA { $path } : { $error }
finding-ca-file-no-certificate = le fichier CA { $path } ne contient aucun certificat PEM
finding-ca-file-bad-pem = le fichier CA { $path } n’est pas un PEM valide : { $message }
finding-trust-store-unusable = le magasin de certificats TLS de confiance du système est inutilisable : { $error }
finding-extra-ca-unusable = une autorité de certification supplémentaire est inutilisable : { $error }

## Le fournisseur d’entraînement (mailsetup --sandbox) : ce que tout plan pour lui dit en premier.
finding-practice-warning = Ceci est le fournisseur d’entraînement intégré à mailsetup : rien ne quitte votre ordinateur, et le compte qu’il configure ne fonctionne que tant que mailsetup --sandbox est en cours d’exécution.
