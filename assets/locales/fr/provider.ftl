### La recherche du fournisseur et des paramètres de messagerie d’une
### adresse : la connexion, les avertissements et les remarques du plan, les
### constats de chaque recherche (ce que listent `mailsetup detect` et
### l’assistant), et les erreurs des fichiers de fournisseur, des noms de
### serveurs et des documents autoconfig. Les noms de protocoles et
### d’enregistrements (IMAP, POP3, SMTP, TLS, OAuth2, DNS, MX, SRV, RFC 6186,
### HTTP), des services de Microsoft (Microsoft Entra, Exchange Online,
### Autodiscover), des éléments XML (<emailProvider>, <domain>), des sections
### de fichier ([imap], [pop3], [smtp], [oauth]), les clés (oauth.scopes,
### auth = "password"), les variables d’environnement (MAILSETUP_…) et les
### locataires (« common », « organizations ») restent tels quels. $domain est
### le domaine de l’adresse, $host le nom d’un serveur, $provider le nom d’un
### fournisseur, $error les propres mots d’une bibliothèque.

## Les noms de fournisseurs qui décrivent le type de compte.
provider-name-microsoft-365 = Microsoft 365 (compte professionnel ou scolaire)
provider-name-outlook-consumer = Outlook.com (compte Microsoft personnel)

## Pourquoi aucun plan n’a pu être établi (l’assistant et la ligne de commande).
# $choice est provider-name-microsoft-365, le choix que l’utilisateur peut faire.
provider-error-unknown-domain = mailsetup ne sait pas quel fournisseur héberge { $domain } ; choisissez « { $choice } » si votre organisation l’utilise
provider-error-nothing-found = mailsetup n’a trouvé aucun paramètre de messagerie pour { $domain } (les recherches indiquent ce que chaque source a répondu) ; saisissez les serveurs à la main, ou choisissez « { $choice } » si votre organisation l’utilise
provider-error-no-answer = aucune des recherches pour { $domain } n’a obtenu de réponse : cet ordinateur semble être hors ligne. Vérifiez la connexion réseau et réessayez, ou saisissez les serveurs à la main

## Comment un serveur se connecte, en quelques mots.
provider-auth-none = sans authentification
provider-auth-password = mot de passe
provider-auth-encrypted-password = mot de passe chiffré
provider-auth-kerberos = Kerberos
provider-auth-ntlm = NTLM
provider-auth-oauth2 = OAuth2

## La connexion du plan en une ligne. $issuer est l’endroit d’où viennent les
## jetons (login.microsoftonline.com), $scopes les autorisations demandées,
## telles que le fournisseur les nomme.
provider-sign-in-oauth2 = OAuth2 sur { $issuer } (autorisations : { $scopes })
# $sign_in est provider-sign-in-oauth2 ; $tenant l’identifiant de l’organisation chez Microsoft.
provider-sign-in-tenant = { $sign_in } ; locataire { $tenant }
# $realm vaut Managed ou Federated, les propres mots de Microsoft.
provider-sign-in-realm = { $sign_in } ; domaine de type { $realm }
provider-sign-in-oauth2-by-thunderbird = OAuth2 sur { $issuer } (autorisations : { $scopes }), fait par Thunderbird lui-même
provider-sign-in-password = mot de passe (Thunderbird le demande)
# Quand un seul des deux serveurs se connecte avec OAuth2 : $sign_in est l’un
# des textes ci-dessus, $other la façon dont l’autre serveur se connecte (provider-auth-…).
provider-sign-in-only-receiving = { $sign_in } pour la réception ; pour l’envoi : { $other }
provider-sign-in-only-sending = { $sign_in } pour l’envoi ; pour la réception : { $other }

## Pourquoi, chez certains fournisseurs, c’est Thunderbird et non mailsetup qui se connecte avec OAuth2.
provider-why-google = La connexion Google nécessite une inscription d’application avec un secret client, et mailsetup n’intègre pas le secret d’une autre application. mailsetup vérifie les serveurs sans se connecter et écrit le compte ; Thunderbird se connecte ensuite lui-même à Google. Pour vérifier aussi la connexion, un service d’assistance peut fournir à mailsetup l’inscription Google propre à l’organisation dans un fichier de fournisseur.
provider-why-redirect = L’inscription d’application de { $provider } pour Thunderbird redirige vers https://127.0.0.1, où mailsetup ne peut rien recevoir. mailsetup vérifie les serveurs sans se connecter et écrit le compte ; Thunderbird se connecte ensuite lui-même à { $provider }.
# $issuer est l’endroit où le fournisseur connecte l’utilisateur (comcast.net).
provider-why-no-registration = Thunderbird se connecte à { $provider } avec sa propre inscription d’application sur { $issuer }, que mailsetup n’a pas. mailsetup vérifie les serveurs sans se connecter et écrit le compte ; Thunderbird se connecte ensuite lui-même.

## Ce qu’il faut faire d’abord chez les fournisseurs qui se connectent avec
## un mot de passe. Les chemins de menu (E-Mail › Paramètres › POP3 & IMAP)
## désignent les pages web du fournisseur lui-même, avec les noms qu’elles
## affichent en français.
provider-note-gmx = Activez d’abord l’accès POP3 et IMAP dans les paramètres du webmail (E-Mail › Paramètres › POP3 & IMAP). Avec la validation en deux étapes, utilisez un mot de passe propre à l’application.
provider-note-zoho = Activez d’abord l’accès IMAP dans les paramètres de Zoho Mail (Paramètres › Comptes de messagerie › IMAP). Avec l’authentification à deux facteurs, créez un mot de passe propre à l’application pour Thunderbird dans les paramètres de sécurité de votre compte Zoho.
provider-note-icloud = iCloud ne propose pas OAuth2 aux logiciels de messagerie : créez un mot de passe pour app sur account.apple.com (Connexion et sécurité › Mots de passe pour app ; l’identification à deux facteurs doit être activée) et donnez-le à Thunderbird, et non le mot de passe de votre compte Apple.
provider-note-web-de = Activez d’abord l’accès POP3/IMAP dans les paramètres de WEB.DE (E-Mail › Paramètres › POP3/IMAP). Avec la validation en deux étapes, utilisez un mot de passe propre à l’application.
provider-note-mailbox-org = mailbox.org connecte les logiciels de messagerie avec un mot de passe. Si l’authentification à deux facteurs est activée, créez un mot de passe d’application pour Thunderbird dans les paramètres de mailbox.org (Sécurité › Mots de passe d’application).
provider-note-srv = Les enregistrements DNS SRV indiquent les serveurs, mais pas la méthode de connexion ; Thunderbird vous demandera votre mot de passe.

## Les avertissements affichés avec le plan.
provider-warning-not-in-oauth-table = Thunderbird ne se connecte avec OAuth2 qu’aux serveurs de sa table intégrée, et { $host } n’y figure pas : Thunderbird ne pourra pas utiliser OAuth2 avec ce compte.
# $first et $second sont les noms des deux serveurs.
provider-warning-not-in-oauth-table-two = Thunderbird ne se connecte avec OAuth2 qu’aux serveurs de sa table intégrée, et { $first } et { $second } n’y figurent pas : Thunderbird ne pourra pas utiliser OAuth2 avec ce compte.
# $cloud est le nom du cloud chez Microsoft (microsoftonline.us).
provider-warning-national-cloud = Le locataire se trouve dans un cloud national ({ $cloud }) ; la connexion Microsoft de Thunderbird et outlook.office365.com ne desservent que le cloud mondial : la connexion risque donc d’échouer.
# $tenant vaut « common » ou « organizations », les noms que donne Microsoft à l’endroit où se connecter.
provider-warning-no-tenant = Microsoft ne connaît aucun locataire professionnel ou scolaire pour { $domain } ; connexion via « { $tenant } ».
provider-warning-tenant-unknown = Le locataire Microsoft n’a pas pu être déterminé ; connexion via « { $tenant } » (n’importe quel compte professionnel ou scolaire).
# $brand est le nom de l’organisation tel que Microsoft le connaît, $host
# l’endroit où se trouve sa propre page de connexion.
provider-warning-federated = Votre organisation vous connecte sur sa propre page : après la saisie de votre adresse chez Microsoft, le navigateur y est redirigé, et cette page peut demander un second facteur ou un appareil enregistré.
provider-warning-federated-brand = Votre organisation vous connecte sur sa propre page ({ $brand }) : après la saisie de votre adresse chez Microsoft, le navigateur y est redirigé, et cette page peut demander un second facteur ou un appareil enregistré.
provider-warning-federated-host = Votre organisation vous connecte sur sa propre page, à l’adresse { $host } : après la saisie de votre adresse chez Microsoft, le navigateur y est redirigé, et cette page peut demander un second facteur ou un appareil enregistré.
provider-warning-federated-brand-host = Votre organisation vous connecte sur sa propre page ({ $brand }), à l’adresse { $host } : après la saisie de votre adresse chez Microsoft, le navigateur y est redirigé, et cette page peut demander un second facteur ou un appareil enregistré.
# $server_says est la réponse du serveur de messagerie lui-même, en anglais.
provider-warning-no-mailbox = Autodiscover ne connaît aucune boîte aux lettres Exchange Online pour cette adresse : si la connexion réussit mais qu’IMAP répond ensuite « { $server_says } », la boîte aux lettres est ailleurs ou n’a pas de licence Exchange Online.
provider-warning-autodiscover-silent = Autodiscover n’a pas répondu : on ne sait donc pas si la boîte aux lettres est dans Exchange Online.
# Pourquoi setup s’arrête avant d’écrire quoi que ce soit ; $host est le serveur Exchange de l’organisation.
provider-stop-on-premises = Votre boîte aux lettres se trouve sur le propre serveur Exchange de votre organisation ({ $host }), et non dans Exchange Online. La connexion Microsoft 365 (OAuth2) n’atteint que les boîtes aux lettres d’Exchange Online, et Thunderbird ne peut utiliser OAuth2 qu’avec outlook.office365.com : mailsetup ne peut donc pas convertir ce compte. Demandez à votre service informatique les paramètres IMAP et SMTP de { $host }.

## mailsetup detect : le plan en texte. $millis est une durée en millisecondes.
provider-detect-title = Plan du compte { $address } ({ $millis } ms)
provider-detect-provider = Fournisseur : { $provider }
# $protocol vaut IMAP ou POP3 ; $server est le serveur et sa façon de se connecter.
provider-detect-incoming = Serveur entrant ({ $protocol }) : { $server }
provider-detect-outgoing = Serveur sortant (SMTP) : { $server }
provider-detect-sign-in = Connexion : { $sign_in }
provider-detect-warning = Attention : { $warning }
# $stop est la raison pour laquelle setup s’arrête (provider-stop-…). ARRÊT doit attirer l’œil.
provider-detect-stop = ARRÊT : { $stop }
provider-detect-no-plan = Aucun plan : { $reason }
provider-detect-nothing-found = rien n’a été trouvé
provider-detect-lookups = Recherches :

## Une recherche dans la liste. $source est l’identifiant de la recherche
## (dns-mx, ispdb), qui reste tel quel ; $millis sa durée en millisecondes ;
## $outcome l’un des mots provider-outcome-… ; $said ce qu’elle a trouvé.
provider-evidence = { $source } ({ $millis } ms, { $outcome }) : { $said }
# [utilisée] marque les recherches sur lesquelles le plan s’appuie.
provider-evidence-used = { $source } ({ $millis } ms, { $outcome }) [utilisée] : { $said }
provider-outcome-found = trouvé
provider-outcome-nothing = rien
provider-outcome-unreachable = injoignable
provider-outcome-timed-out = délai dépassé
provider-outcome-invalid = non valide
provider-outcome-not-needed = inutile

## La liste des recherches de l’assistant, en mots simples : quel genre
## d’endroit a été interrogé, et ce qui en est ressorti.
provider-source-catalogue = La liste intégrée des fournisseurs
provider-source-provider-file = Le fichier de fournisseur
provider-source-autoconfig = Le serveur de paramètres de votre fournisseur
provider-source-autoconfig-well-known = Le serveur web de votre domaine
provider-source-ispdb = La liste des fournisseurs de Thunderbird
provider-source-dns-mx = L’endroit où votre courrier est livré (DNS)
provider-source-dns-srv = Les enregistrements de serveurs (DNS)
provider-source-microsoft-tenant = Microsoft : organisation
provider-source-microsoft-realm = Microsoft : page de connexion
provider-source-microsoft-autodiscover = Microsoft : boîte aux lettres
provider-plain-found = trouvé
provider-plain-not-found = introuvable
provider-plain-no-answer = pas de réponse
provider-plain-unusable = réponse inutilisable
provider-plain-not-needed = inutile
provider-plain-refused = refusé
provider-plain-name-not-found = pas de réponse (le nom du serveur n’a pas pu être résolu)
provider-plain-cannot-connect = pas de réponse (connexion impossible)

## Ce qu’une recherche a trouvé, tel que le constat le dit.
provider-evidence-provider-file = le fichier de fournisseur couvre { $domain }
provider-evidence-catalogue = { $domain } est chez { $provider } d’après le catalogue intégré de mailsetup
provider-evidence-abandoned = toujours en cours quand le plan a été prêt ; abandonnée
provider-evidence-too-large = la réponse est trop grande ; ignorée
# $millis est le délai de la recherche en millisecondes.
provider-evidence-timed-out = pas de réponse en { $millis } ms
# $tenant est l’identifiant de l’organisation chez Microsoft, $cloud son cloud
# (microsoftonline.com), $region le nom d’une région chez Microsoft (EU).
provider-evidence-tenant = un locataire Microsoft Entra : { $tenant } dans { $cloud }
provider-evidence-tenant-region = un locataire Microsoft Entra : { $tenant } dans { $cloud }, région { $region }
# $code est le code d’erreur de Microsoft.
provider-evidence-no-tenant = { $code } : aucun locataire Microsoft Entra n’a ce domaine
# « NameSpaceType Unknown », « Managed » et « Federated » sont les propres mots de Microsoft.
provider-evidence-realm-unknown = Microsoft ne connaît pas ce domaine (NameSpaceType Unknown)
provider-evidence-realm-managed = Managed : la propre page de connexion de Microsoft
# $place est l’endroit où la connexion continue : un nom de serveur, ou
# provider-evidence-realm-own-provider ; $brand le nom de l’organisation tel
# que Microsoft le connaît.
provider-evidence-realm-federated = Federated : la connexion continue chez { $place }
provider-evidence-realm-federated-brand = Federated : la connexion continue chez { $place } ({ $brand })
provider-evidence-realm-own-provider = le propre fournisseur d’identité de l’organisation
provider-evidence-mailbox-online = la boîte aux lettres est dans Exchange Online
provider-evidence-mailbox-on-premises = la boîte aux lettres est sur le propre serveur Exchange de l’organisation ({ $host })
provider-evidence-mailbox-unknown = aucune boîte aux lettres Exchange Online pour cette adresse
# $host est le premier serveur de messagerie des enregistrements MX du domaine.
provider-evidence-mx = le courrier va à { $host } : { $provider }
provider-evidence-mx-unknown = le courrier va à { $host }, qui ne désigne aucun fournisseur connu de mailsetup
provider-evidence-no-mx = aucun enregistrement MX
# $records énumère les enregistrements SRV trouvés (_imaps._tcp -> host:port).
provider-evidence-srv-incomplete = { $records } (incomplet : il faut un serveur entrant (IMAP ou POP3) et un serveur d’envoi (submission))
provider-evidence-no-srv = aucun enregistrement SRV RFC 6186
# $name est le nom du fournisseur dans un document de paramètres ; $servers
# les serveurs qu’il désigne ; $why pourquoi ils ne suffisent pas (provider-autoconfig-…).
provider-evidence-config-unusable = { $name } : rien d’utilisable : { $why }
provider-evidence-config-incomplete = { $name } : { $servers } (incomplet : { $why })
# $status est le code de statut HTTP, $location l’endroit vers lequel la réponse renvoie.
provider-evidence-redirected = HTTP { $status } : redirigé vers { $location } (non suivi)
provider-evidence-no-config = HTTP { $status } : aucune configuration ici

## Les documents de paramètres (autoconfig, config-v1.1.xml) inutilisables.
# $limit est un nombre d’octets.
provider-autoconfig-too-large = le document dépasse { $limit } octets
# $why est l’un des textes ci-dessous, ou les propres mots du lecteur XML.
provider-autoconfig-malformed = le document n’est pas un config-v1.1.xml valide : { $why }
provider-autoconfig-no-usable-server = le document ne désigne aucun serveur que Thunderbird pourrait utiliser : { $why }
provider-autoconfig-not-utf8 = il n’est pas en UTF-8
provider-autoconfig-dtd = il déclare une DTD, ce que les documents autoconfig ne font jamais
provider-autoconfig-no-provider = il n’a pas de <emailProvider>
provider-autoconfig-no-domain = il ne désigne aucun <domain>, alors que Thunderbird l’exige
provider-autoconfig-lists-none = il n’en liste aucun
provider-autoconfig-incoming-plain = ses serveurs entrants fonctionnent tous sans chiffrement (plain), ce que mailsetup n’utilise jamais : le mot de passe circulerait en clair
provider-autoconfig-no-incoming = il ne désigne aucun serveur IMAP ou POP3 que Thunderbird pourrait utiliser
provider-autoconfig-smtp-plain = ses serveurs SMTP fonctionnent tous sans chiffrement (plain), ce que mailsetup n’utilise jamais
provider-autoconfig-no-smtp = il ne désigne aucun serveur SMTP que Thunderbird pourrait utiliser
# Les serveurs laissés de côté dans un document. $kind est le type du
# serveur tel que le document le nomme (IMAP, POP3, SMTP, ou ce que dit le document).
provider-autoconfig-unknown-type = un serveur de type « { $kind } » n’est pas un type que Thunderbird configure
provider-autoconfig-no-host = un serveur { $kind } n’a pas de nom de serveur
provider-autoconfig-bad-host = le nom d’un serveur { $kind } n’est pas un nom de serveur valide
provider-autoconfig-no-port = { $kind } { $host } n’a pas de port entre 1 et 65535
provider-autoconfig-no-socket-type = { $kind } { $host }:{ $port } n’a aucun type de connexion (socketType) que Thunderbird connaisse
provider-autoconfig-oauth2-only = { $kind } { $host } ne propose qu’OAuth2, et la table OAuth2 intégrée de Thunderbird ne couvre pas { $host } : Thunderbird ne peut donc pas s’y connecter
provider-autoconfig-no-sign-in-method = { $kind } { $host } n’indique aucune méthode de connexion que Thunderbird connaisse

## Les échecs des recherches elles-mêmes.
provider-dns-no-settings = les paramètres DNS du système sont illisibles : { $error }
provider-dns-off = les recherches DNS sont désactivées
provider-dns-cannot-start = le résolveur DNS ne peut pas démarrer : { $error }
# $why est provider-http-… et les propres mots de la bibliothèque réseau.
provider-http-unreachable = injoignable : { $why }
# $kibibytes est la limite, un nombre.
provider-http-too-large = la réponse dépasse { $kibibytes } Kio
provider-http-timed-out = pas de réponse à temps
provider-http-cannot-connect = connexion impossible
provider-http-failed = la requête a échoué
provider-microsoft-openid-not-json = la configuration OpenID n’est pas du JSON valide : { $error }
provider-microsoft-openid-no-issuer = la configuration OpenID n’indique pas d’émetteur (issuer)
# $issuer est ce que Microsoft a répondu.
provider-microsoft-issuer-no-tenant = l’émetteur { $issuer } ne désigne aucun GUID de locataire
provider-microsoft-realm-not-json = la réponse sur le domaine de l’utilisateur (user realm) n’est pas du JSON valide : { $error }
provider-microsoft-autodiscover-not-json = la réponse d’Autodiscover n’est pas du JSON valide : { $error }
# Url et Location sont des noms de champs de la réponse de Microsoft.
provider-microsoft-autodiscover-no-url = la réponse d’Autodiscover n’a pas de Url
# $url est ce que Microsoft a répondu.
provider-microsoft-autodiscover-bad-url = l’Url { $url } d’Autodiscover n’est pas une URL
provider-microsoft-autodiscover-no-location = Autodiscover a redirigé sans Location
provider-microsoft-autodiscover-location-not-url = Autodiscover a redirigé vers quelque chose qui n’est pas une URL

## Les variables d’environnement pour les laboratoires de test (développeurs et services d’assistance).
# $value est le contenu de la variable.
provider-env-dns-server = MAILSETUP_DNS_SERVER={ $value } n’est pas de la forme ip:port
# $name est le nom de la variable.
provider-env-not-https = { $name } doit être une URL https
provider-env-deadline = MAILSETUP_DISCOVERY_DEADLINE_MS={ $value } n’est pas un nombre

## Les fichiers de fournisseur (--provider-file). $path est le chemin du fichier.
provider-file-unreadable = impossible de lire le fichier de fournisseur { $path } : { $error }
# $message est l’un des textes ci-dessous, ou les propres mots du lecteur TOML.
provider-file-invalid = le fichier de fournisseur { $path } n’est pas valide : { $message }
provider-file-no-scopes = oauth.scopes est vide
# $field vaut authorize_url ou token_url, $url ce que donne le fichier.
provider-file-not-https = oauth.{ $field } doit utiliser https, car les jetons ne sont jamais envoyés sans TLS (valeur donnée : { $url })
provider-file-imap-and-pop3 = le fichier contient à la fois [imap] et [pop3] ; un compte n’a qu’un seul serveur entrant
provider-file-no-incoming = le fichier a besoin d’un serveur entrant : [imap] ou [pop3]
provider-file-no-oauth2 = aucun serveur ne se connecte avec OAuth2 (les deux indiquent auth = "password") : l’inscription [oauth] ne servirait donc jamais
# $section vaut imap, pop3 ou smtp.
provider-file-port-zero = [{ $section }] port ne doit pas valoir 0
# $line est le numéro de la ligne dans le fichier, $host l’hôte tel qu’il est
# écrit (entre guillemets), $why l’un des textes provider-host-….
provider-file-bad-host = [{ $section }] host à la ligne { $line } ({ $host }) { $why }

## Pourquoi un texte n’est pas un nom de serveur. Chacun complète « l’hôte … ».
provider-host-empty = est vide
# $what est l’un des textes provider-host-char-… ou le caractère entre
# guillemets ; $position compte les caractères à partir de 1.
provider-host-bad-character = contient { $what } au caractère { $position } ; un nom de serveur ne contient que des lettres, des chiffres, des tirets et des points
provider-host-url = est une URL ; indiquez seulement le nom du serveur (comme imap.example.com), sans schéma ni chemin
provider-host-port = contient un port après un deux-points ; indiquez le port à part (`port = …`)
# $length et $longest sont des nombres de caractères.
provider-host-too-long = fait { $length } caractères ; un nom de serveur en a au plus { $longest }
provider-host-empty-label = a une partie vide (un point au début, ou deux « . » à la suite)
provider-host-long-label = a une partie de { $length } caractères ; une partie en a au plus { $longest }
provider-host-hyphen = a la partie « { $label } », qui commence ou finit par un tiret
provider-host-bad-idn = n’est pas un nom de domaine internationalisé valide
provider-host-char-cr = un retour chariot (CR)
provider-host-char-lf = un saut de ligne (LF)
provider-host-char-nul = un caractère NUL
provider-host-char-tab = une tabulation
provider-host-char-space = une espace
# $code est le numéro du caractère (U+200B).
provider-host-char-invisible = le caractère invisible { $code }
