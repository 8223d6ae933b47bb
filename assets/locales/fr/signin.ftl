# La connexion auprès du fournisseur (ses étapes dans le rapport, la page que
# le navigateur affiche ensuite, la connexion de secours par code) et les
# étapes autour : le plan, l’étape Thunderbird et la transmission de la
# connexion à Thunderbird. Les titres d’étape sont des ordres courts ; les
# détails commencent par une minuscule. Laisser tels quels : les options
# (--no-write, --force), les noms de fichiers (logins.json, key4.db),
# offline_access, $BROWSER, NSS, OAuth2.

## Comment la page de connexion a été ouverte. Complète la phrase
## « La page de connexion a été { $how }. » et commence le détail de l’étape
## « Ouvrir la page de connexion ».
signin-browser-opened-by-mailsetup = ouverte par mailsetup lui-même
signin-browser-opened-default = ouverte dans votre navigateur par défaut
# $program est la commande de la variable d’environnement BROWSER.
signin-browser-opened-variable = ouverte avec $BROWSER ({ $program })
# $error est le texte d’erreur du système.
signin-browser-default-failed = impossible de démarrer votre navigateur par défaut : { $error }
# $failures liste chaque commande essayée avec l’erreur du système.
signin-browser-variable-failed = aucune commande de $BROWSER n’a pu être démarrée ({ $failures })

## Les étapes de la connexion dans le rapport.
signin-listen-title = Se préparer à recevoir la connexion
# $port est un nombre, $redirect l’adresse à laquelle le navigateur revient.
signin-listen-detail = en écoute sur 127.0.0.1, port { $port }, pour { $redirect }
signin-listen-detail-ipv6 = en écoute sur 127.0.0.1 et [::1], port { $port }, pour { $redirect }
signin-listen-failed = impossible d’écouter sur 127.0.0.1 pour le retour de la connexion : { $error }
signin-browser-title = Ouvrir la page de connexion
# $how est l’un des textes « ouverte … » ci-dessus ; $issuer le serveur de connexion.
signin-browser-detail = { $how } : { $issuer }
# $why est l’un des textes « impossible de démarrer … » ci-dessus.
signin-browser-failed = { $why } ; ouvrez vous-même le lien affiché par mailsetup
signin-redirect-title = Se connecter et autoriser dans le navigateur
# $server est le nom d’hôte du serveur de connexion.
signin-redirect-other-issuer = la réponse indique un autre serveur de connexion que { $server } ; le code n’a pas été utilisé
# Remplace $server quand l’adresse de connexion n’a pas de nom d’hôte.
signin-redirect-the-server = le serveur de connexion
signin-redirect-code = le navigateur est revenu avec un code d’autorisation
signin-redirect-refused = le fournisseur a refusé la connexion
# $seconds est un nombre.
signin-redirect-timed-out = aucune réponse du navigateur en { $seconds } s
signin-wait-cancelled = la connexion a été annulée
signin-wait-listener-gone = l’écoute locale s’est arrêtée de façon inattendue
# $duration est une durée telle que le programme l’écrit (300s).
signin-wait-timed-out = le navigateur n’est pas revenu en { $duration }
signin-exchange-title = Échanger le code contre des jetons
# $minutes est un nombre.
signin-exchange-with-refresh-valid = jeton d’accès reçu avec un jeton d’actualisation, valable { $minutes } min
signin-exchange-without-refresh-valid = jeton d’accès reçu sans jeton d’actualisation, valable { $minutes } min
signin-exchange-with-refresh = jeton d’accès reçu avec un jeton d’actualisation
signin-exchange-without-refresh = jeton d’accès reçu sans jeton d’actualisation
signin-refresh-title = Renouveler le jeton d’accès
signin-refresh-none = le fournisseur n’a émis aucun jeton d’actualisation (offline_access a-t-il été demandé ?)
signin-refresh-accepted = le jeton d’actualisation a été accepté

## Pourquoi une requête au point de terminaison des jetons a échoué. Les
## propres mots du fournisseur sont affichés à part.
signin-token-timed-out = le point de terminaison des jetons n’a pas répondu en { $seconds } s
signin-token-refused = le fournisseur a refusé la requête
signin-token-unreachable = impossible de joindre le point de terminaison des jetons : { $error }
signin-token-unreadable = la réponse du point de terminaison des jetons est illisible : { $error }
# $status est le statut HTTP (429), $seconds l’attente demandée par le fournisseur.
signin-throttled-wait-waited = le service de connexion limite les requêtes (HTTP { $status }) et demande d’attendre { $seconds } s ; mailsetup a attendu une fois comme demandé et s’arrête ici plutôt que de redemander en boucle
signin-throttled-wait = le service de connexion limite les requêtes (HTTP { $status }) et demande d’attendre { $seconds } s ; c’est plus long que ce que mailsetup attend au cours d’une étape, il n’a donc pas redemandé
signin-throttled-slow-down-waited = le service de connexion limite les requêtes (HTTP { $status }) et demande de ralentir ; mailsetup a attendu une fois comme demandé et s’arrête ici plutôt que de redemander en boucle
signin-throttled-slow-down = le service de connexion limite les requêtes (HTTP { $status }) et demande de ralentir ; c’est plus long que ce que mailsetup attend au cours d’une étape, il n’a donc pas redemandé

## La connexion de secours par code, quand le navigateur ne peut pas revenir
## à cet ordinateur (sessions à distance).
signin-device-label = Solution de secours : se connecter avec un code sur un autre appareil
signin-device-warning = N’utilisez ceci que si la connexion normale dans le navigateur ne peut pas fonctionner (par exemple dans une session à distance). Beaucoup d’organisations bloquent la connexion par code d’appareil (AADSTS53003) ; si c’est le cas de la vôtre, ceci échouera et la connexion normale est la bonne voie.
signin-device-title = Se connecter avec un code d’appareil (secours)
signin-device-no-endpoint = mailsetup ne connaît aucun point de terminaison de code d’appareil pour ce fournisseur
signin-device-start-refused = le fournisseur a refusé de démarrer une connexion par code d’appareil
signin-device-unreachable = impossible de joindre le point de terminaison de code d’appareil : { $error }
signin-device-unusable = la réponse du point de terminaison de code d’appareil est inutilisable : { $error }
signin-device-timed-out = le point de terminaison de code d’appareil n’a pas répondu en { $seconds } s
signin-device-cancelled = annulé
signin-device-refused = le fournisseur a refusé la connexion par code d’appareil
signin-device-failed = la connexion par code d’appareil a échoué : { $error }
# $code est le code saisi par l’utilisateur, $uri l’endroit où il l’a saisi.
signin-device-approved = le code { $code } a été approuvé sur { $uri } ; jeton d’accès reçu

## La page que l’onglet du navigateur affiche après la connexion. Texte brut :
## le programme ajoute la mise en forme.
signin-page-signed-in-title = Vous êtes connecté
signin-page-signed-in = Mail Setup a ce qu’il lui faut. Vous pouvez fermer cet onglet et revenir à Mail Setup.
signin-page-not-complete-title = La connexion n’a pas abouti
# $error est le code d’erreur du fournisseur (access_denied), affiché comme code.
signin-page-provider-answered = Votre fournisseur a répondu { $error }.
signin-page-provider-explained = Revenez à Mail Setup : il explique ce que cela signifie et ce qu’il faut faire ensuite.
signin-page-another-issuer = Cette réponse indique un autre serveur de connexion que celui vers lequel Mail Setup vous a envoyé ; Mail Setup ne l’a donc pas utilisée. Revenez à Mail Setup et recommencez la connexion depuis là.
signin-page-not-this-title = Cette connexion n’est pas celle qu’attend Mail Setup
signin-page-not-this = Le lien ne correspond pas à la connexion lancée par Mail Setup. Il provient peut-être d’une tentative précédente. Revenez à Mail Setup et recommencez la connexion depuis là.
signin-page-malformed-title = Ce n’est pas une réponse de connexion valide
signin-page-malformed = Le lien répète un paramètre de connexion ; Mail Setup ne l’a donc pas utilisé. Revenez à Mail Setup et recommencez la connexion depuis là.
signin-page-not-waiting-title = Mail Setup n’attend aucune connexion
signin-page-not-waiting = Revenez à Mail Setup et lancez la connexion depuis là.
signin-page-refused-title = Requête refusée
# $status est un numéro de statut HTTP.
signin-page-refused = L’écoute de connexion de Mail Setup n’accepte pas cette requête (HTTP { $status }).
signin-page-not-found-title = Introuvable
signin-page-not-found = Il n’y a rien ici.

## Ce qui a été saisi, refusé avant que quoi que ce soit ne s’exécute.
# $error dit ce qui ne va pas dans l’adresse saisie.
flow-delegate-invalid = la personne qui se connecte : { $error }
flow-delegate-is-mailbox = { $address } est la boîte aux lettres partagée elle-même ; la personne qui se connecte est celle qui l’ouvre avec sa propre connexion
flow-delegate-not-oauth = une boîte aux lettres partagée s’ouvre avec la propre connexion de la personne qui y accède, et { $provider } ne se connecte pas avec l’OAuth2 de mailsetup (il utilise un mot de passe ou la propre connexion de Thunderbird)
flow-name-has-nul = le nom ne doit pas contenir de caractère NUL
# $host est le serveur entrant du compte.
flow-account-no-address = le compte sur { $host } n’a pas d’adresse e-mail

## Le plan : les premières étapes et les avertissements du rapport.
flow-delegate-other-domain = { $delegate } et la boîte aux lettres partagée { $address } sont dans des domaines différents : les deux doivent appartenir à la même organisation Microsoft 365, sinon le serveur de messagerie ne laissera pas { $delegate } l’ouvrir.
flow-plan-title = Trouver le fournisseur et les serveurs
# $provider est le nom du fournisseur, $source l’origine du plan (l’un des
# textes flow-source), $sign_in la façon de se connecter (l’un des textes
# flow-plan-sign-in).
flow-plan-detail = { $provider } ({ $source }) ; { $sign_in }
# $issuer est le serveur de connexion, $client l’identifiant d’inscription de l’application.
flow-plan-sign-in-oauth = connexion sur { $issuer } avec le client { $client }
flow-plan-sign-in-thunderbird = OAuth2 sur { $issuer }, fait par Thunderbird lui-même ; mailsetup vérifie les serveurs sans se connecter
flow-plan-sign-in-password = connexion par mot de passe (Thunderbird le demande) ; mailsetup vérifie les serveurs sans se connecter
# $lookup nomme la recherche (DNS SRV, autoconfig…).
flow-lookup-title = Recherche : { $lookup }
flow-stop-title = Ce compte peut-il passer à OAuth2 ?
flow-source-catalogue = d’après le catalogue intégré de mailsetup
flow-source-user-choice = selon votre choix
flow-source-provider-file = d’après le fichier de fournisseur { $path }
flow-source-sandbox = le bac à sable intégré
flow-source-discovered = trouvé par la recherche { $lookup }
flow-source-thunderbird = d’après le serveur que Thunderbird utilise déjà, { $host }

## Les étapes de connexion et de vérification.
flow-token-title = Examiner le contenu du jeton d’accès
flow-token-expired = le point de terminaison des jetons a indiqué que le jeton dure { $seconds } s, et ce délai est écoulé
flow-no-sign-in-held = aucune connexion n’est plus détenue ; reconnectez-vous
flow-sign-in-title = Se connecter dans le navigateur
flow-smtp-title = Vérifier SMTP
flow-cancelled = annulé
flow-not-done-yet = pas encore fait
flow-sign-in-by-thunderbird = pas fait par mailsetup : Thunderbird se connecte lui-même à ce compte
flow-stopped-by-plan = non tenté : ce compte ne peut pas passer à OAuth2 (voir ci-dessus)
flow-checks-after-failed-sign-in = non tenté, car la connexion n’a pas abouti
flow-checks-not-yet = pas encore tenté

## L’étape Thunderbird.
flow-write-title = Ajouter le compte à Thunderbird
flow-migrate-title = Convertir le compte Thunderbird à OAuth2
flow-write-no-write = non écrit (--no-write)
# $account est la clé de compte de Thunderbird (account3), $profile un dossier.
flow-write-added = compte { $account } ajouté à { $profile }
flow-write-already-present = le profil a déjà ce compte ({ $account }) ; rien n’a été modifié
flow-write-updated = le compte { $account } du profil se connecte désormais avec OAuth2 (ses messages et ses dossiers sont conservés)
flow-migrate-already = { $account } se connecte déjà avec OAuth2 ; rien n’a été modifié
# $changes et $removed sont des nombres ; $server est la clé de serveur de Thunderbird.
flow-migrate-done = { $account } se connecte désormais avec OAuth2 sur { $incoming } ({ $changes } paramètres modifiés, { $removed } mots de passe enregistrés supprimés ; clé de serveur { $server } et ses messages conservés)
flow-migrate-done-smtp = { $account } se connecte désormais avec OAuth2 sur { $incoming } et { $smtp } ({ $changes } paramètres modifiés, { $removed } mots de passe enregistrés supprimés ; clé de serveur { $server } et ses messages conservés)
# $detail est le détail de l’étape ; ajouté quand --force a outrepassé une vérification.
flow-forced = { $detail } (fait bien qu’une vérification ait échoué : --force)
flow-write-skipped-no-write = non écrit : cette exécution ne fait que vérifier (--no-write)
flow-write-skipped-by-user = non écrit : vous avez choisi « Ignorer »
flow-write-skipped-sign-in = non écrit, car la connexion n’a pas abouti
flow-write-skipped-check = non écrit, car une vérification a échoué
flow-write-skipped-yet = pas encore écrit
flow-migrate-skipped-no-write = non converti : cette exécution ne fait que vérifier (--no-write)
flow-migrate-skipped-by-user = non converti : vous avez choisi « Ignorer »
flow-migrate-skipped-sign-in = non converti, car la connexion n’a pas abouti
flow-migrate-skipped-check = non converti, car une vérification a échoué (voir le diagnostic ; --force convertirait quand même)
flow-migrate-skipped-yet = pas encore converti

## La transmission de la connexion à Thunderbird, pour qu’il démarre connecté.
flow-handoff-title = Garder Thunderbird connecté
# $why est l’une des raisons ci-dessous, ou une erreur.
flow-handoff-without = { $why } ; Thunderbird vous demandera de vous connecter une fois à son démarrage
flow-handoff-no-write = non transmise : cette exécution n’écrit rien (--no-write)
flow-handoff-not-written = non transmise, car le compte n’a pas été écrit
flow-handoff-not-switched = non transmise, car le compte n’a pas été converti
flow-handoff-no-sign-in = non transmise : mailsetup ne détient aucune connexion
flow-handoff-no-refresh = non transmise : le fournisseur n’a fourni aucun jeton d’actualisation
flow-handoff-turned-off = non transmise : désactivée (--no-sign-in-handoff)
# Les raisons pour lesquelles la transmission est impossible, seules
# (l’assistant les affiche à la place de sa case « Garder Thunderbird
# connecté ») et dans le rapport.
flow-handoff-by-thunderbird = Thunderbird se connecte lui-même à ce compte
flow-handoff-by-thunderbird-report = inutile : Thunderbird se connecte lui-même à ce compte
flow-handoff-provider-file = la connexion a été faite pour l’inscription d’application propre au fichier de fournisseur, et Thunderbird ne peut utiliser qu’une connexion faite pour la sienne
flow-handoff-provider-file-report = non transmise : la connexion a été faite pour l’inscription d’application propre au fichier de fournisseur, et Thunderbird ne peut utiliser qu’une connexion faite pour la sienne
flow-handoff-sandbox = la connexion a été faite pour le fournisseur d’entraînement, et Thunderbird ne peut utiliser qu’une connexion faite pour la sienne
flow-handoff-sandbox-report = non transmise : la connexion a été faite pour le fournisseur d’entraînement, et Thunderbird ne peut utiliser qu’une connexion faite pour la sienne
flow-handoff-other-app = la connexion a été faite pour une inscription d’application qui n’est pas celle de Thunderbird, et Thunderbird ne peut utiliser qu’une connexion faite pour la sienne
flow-handoff-other-app-report = non transmise : la connexion a été faite pour une inscription d’application qui n’est pas celle de Thunderbird, et Thunderbird ne peut utiliser qu’une connexion faite pour la sienne
flow-handoff-other-service = Thunderbird se connecte à ces serveurs via un autre service de connexion Microsoft
flow-handoff-other-service-report = non transmise : Thunderbird se connecte à ces serveurs via un autre service de connexion Microsoft
# $user est une adresse.
flow-handoff-replaced = { $user } (remplace la connexion enregistrée auparavant)
# $users liste les adresses ; $nss est le dossier du NSS de Thunderbird.
flow-handoff-done = Thunderbird démarre connecté en tant que { $users } : la connexion se trouve dans le magasin d’identifiants du profil (logins.json), chiffrée comme le fait Thunderbird, avec son propre NSS de { $nss } ; mailsetup n’en garde aucune copie
flow-handoff-done-key-store = Thunderbird démarre connecté en tant que { $users } : la connexion se trouve dans le magasin d’identifiants du profil (logins.json), chiffrée comme le fait Thunderbird, avec son propre NSS de { $nss } ; mailsetup n’en garde aucune copie ; le profil n’avait pas de magasin de clés (key4.db) et en a maintenant un
# $detail est l’un des deux textes ci-dessus ; $backups liste des fichiers.
flow-handoff-backups = { $detail } ; sauvegardes : { $backups }

## Le diagnostic (doctor) : la connexion enregistrée par Thunderbird, renouvelée.
flow-doctor-no-browser = doctor n’ouvre jamais de navigateur
flow-saved-title = Trouver la connexion enregistrée de Thunderbird
# $user est le nom de connexion, $issuer le serveur de connexion.
flow-saved-none = Thunderbird n’a aucune connexion enregistrée pour { $user } sur { $issuer } : il demandera à l’utilisateur de se connecter à sa prochaine connexion au serveur
flow-saved-found = Thunderbird a une connexion enregistrée pour { $user } sur { $issuer }
flow-save-title = Enregistrer la connexion renouvelée pour Thunderbird
flow-save-running = non enregistrée : Thunderbird est ouvert ; sa propre connexion enregistrée reste valable et Thunderbird la renouvelle lui-même
flow-save-done = le fournisseur a renouvelé le jeton d’actualisation ; le nouveau remplace celui de Thunderbird, comme Thunderbird le ferait lui-même

signin-aadsts-code = Code AADSTS :
