### Les textes d’aide de la ligne de commande : ce que `mailsetup --help`,
### `mailsetup COMMANDE --help` et -h, la page de manuel et la complétion du
### shell disent de chaque commande, option, argument et valeur (les mots
### que clap écrit autour sont dans usage.ftl). Recherchés d’après les
### définitions clap de src/cli/mod.rs et src/cli/tb.rs.
###
### Un message `help-cmd-…` est le résumé d’une ligne de la commande (la
### liste des commandes, -h) ; son `help-cmd-…-long` est le texte de --help,
### où une ligne vide commence un nouveau paragraphe. Un saut de ligne ici
### est un saut de ligne dans l’aide : chaque paragraphe tient donc sur une
### ligne. Les résumés et les textes des options finissent sans point.
### `help-value-…` sont les emplacements des valeurs (--profile DOSSIER), en
### majuscules. Les options (--all-users), les commandes (`doctor`), les noms
### de fichiers et les variables d’environnement restent tels quels.

## mailsetup lui-même, et les options que toutes les commandes acceptent.
help-cmd-mailsetup = Assistant Mail Setup : fait passer les comptes de messagerie à OAuth2 et configure Thunderbird
# À la fin de `mailsetup --help`.
help-cmd-mailsetup-after = Code de sortie : 0 toutes les vérifications ont réussi, 1 une vérification a échoué (ou rien n’a été trouvé), 2 la commande n’a pas pu s’exécuter.
help-sandbox = Tout essayer avec un fournisseur d’entraînement intégré ; aucun compte nécessaire
help-verbose = Écrire les messages du journal (jamais de secrets) sur la sortie d’erreur standard
help-lang = La langue à utiliser (de, fr, pt-BR…) ; à défaut, MAILSETUP_LANG, puis celle du système. Les clés JSON, les identifiants et les propres mots des serveurs restent tels quels
help-fix-needed = Pour un script d’ouverture de session ou un raccourci sur le bureau : ne rien faire (code de sortie 0) si tous les comptes Thunderbird de cet utilisateur fonctionnent ; sinon, ouvrir l’assistant sur le premier compte à réparer, en indiquant pourquoi

## Les commandes : un résumé et, pour certaines, le texte plus long de --help.
help-cmd-setup = Se connecter, vérifier IMAP et SMTP, et ajouter le compte à Thunderbird
help-cmd-check = Trouver les serveurs, se connecter et vérifier IMAP et SMTP, sans rien écrire ; chaque étape en échec est expliquée (le diagnostic)
help-cmd-check-long =
    Trouver les serveurs, se connecter et vérifier IMAP et SMTP, sans rien écrire ; chaque étape en échec est expliquée (le diagnostic).

    Code de sortie : 0 toutes les vérifications ont réussi, 1 une vérification a échoué, 2 la commande n’a pas pu s’exécuter.
help-cmd-explain = Expliquer une erreur hors ligne : un code AADSTS, une réponse SMTP ou IMAP, ou n’importe quel texte d’erreur collé. Affiche ce qui s’est passé, ce que vous pouvez faire et ce que votre administrateur doit faire
help-cmd-explain-long =
    Expliquer une erreur hors ligne : un code AADSTS, une réponse SMTP ou IMAP, ou n’importe quel texte d’erreur collé. Affiche ce qui s’est passé, ce que vous pouvez faire et ce que votre administrateur doit faire.

    Code de sortie : 0 un diagnostic a été trouvé, 1 aucun.
help-cmd-detect = Trouver le fournisseur, les serveurs et la méthode de connexion d’une adresse, et montrer les constats
help-cmd-detect-long =
    Trouver le fournisseur, les serveurs et la méthode de connexion d’une adresse, et montrer les constats.

    Code de sortie : 0 un plan a été trouvé, 1 aucun (ou le compte ne peut pas être converti), 2 la commande n’a pas pu s’exécuter.
help-cmd-profiles = Lister les profils Thunderbird de chaque installation (Linux, Flatpak, Snap, Windows, macOS) et leurs comptes, avec ce dont chacun a besoin
help-cmd-migrate = Convertir sur place à OAuth2 les comptes à mot de passe chez Microsoft ou Google, en gardant les messages, les dossiers et les filtres. Se connecte et vérifie d’abord
help-cmd-migrate-long =
    Convertir sur place à OAuth2 les comptes à mot de passe chez Microsoft ou Google, en gardant les messages, les dossiers et les filtres. Se connecte et vérifie d’abord.

    Code de sortie : 0 converti (ou rien à faire), 1 une vérification a échoué ou vous avez refusé, 2 la commande n’a pas pu s’exécuter.
help-cmd-doctor = Ce que dit la connexion propre à Thunderbird : pour chaque compte OAuth2 du profil, lire la connexion enregistrée par Thunderbird, la renouveler auprès du fournisseur et vérifier IMAP et SMTP avec elle. Sans navigateur, rien à saisir ; pour « Thunderbird me demande sans cesse de me connecter » et « l’envoi ne marche plus »
help-cmd-doctor-long =
    Ce que dit la connexion propre à Thunderbird : pour chaque compte OAuth2 du profil, lire la connexion enregistrée par Thunderbird, la renouveler auprès du fournisseur et vérifier IMAP et SMTP avec elle. Sans navigateur, rien à saisir ; pour « Thunderbird me demande sans cesse de me connecter » et « l’envoi ne marche plus ».

    Code de sortie : 0 tous les comptes ont réussi, 1 l’un d’eux a échoué (ou aucun n’a été trouvé), 2 la commande n’a pas pu s’exécuter.
help-cmd-alias = Ajouter une autre adresse d’une boîte aux lettres (un alias comme sales@…) à son compte dans Thunderbird, pour envoyer en son nom ; `--send-test` prouve d’abord, avec un vrai message, que le serveur l’autorise
help-cmd-alias-long =
    Ajouter une autre adresse d’une boîte aux lettres (un alias comme sales@…) à son compte dans Thunderbird, pour envoyer en son nom ; `--send-test` prouve d’abord, avec un vrai message, que le serveur l’autorise.

    Code de sortie : 0 ajouté (ou déjà présent), 1 le message de test a été refusé, 2 la commande n’a pas pu s’exécuter.
# Les noms d’état (works, password-microsoft-365, …) sont ceux qu’affiche l’audit ; ils restent tels quels.
help-cmd-audit = Trouver chaque compte Thunderbird qui va cesser de fonctionner, et quand : chaque compte de chaque profil de chaque installation, avec son état et ce qu’il faut faire. Lecture seule, hors ligne (`doctor` est la vérification en ligne)
help-cmd-audit-long =
    Trouver chaque compte Thunderbird qui va cesser de fonctionner, et quand : chaque compte de chaque profil de chaque installation, avec son état et ce qu’il faut faire. Lecture seule, hors ligne (`doctor` est la vérification en ligne).

    États : works, password-microsoft-365 (l’envoi s’arrête fin décembre 2026 ; la réception ne fonctionne déjà plus), password-refused (Gmail, Outlook.com, Yahoo, AOL), ews-microsoft-365 (bloqué depuis le 1er octobre 2026, supprimé le 1er avril 2027), sign-in-missing, sign-in-expired (jugé d’après le magasin d’identifiants : Microsoft abandonne une connexion inutilisée pendant 90 jours), unknown-provider, nothing-to-do.

    Code de sortie : 0 rien à faire, 1 un compte nécessite une action, 2 la commande n’a pas pu s’exécuter ou n’a pas pu tout lire (et rien ne nécessite d’action) : un script de détection pour un RMM ou Intune.
help-cmd-completions = Afficher la complétion du shell pour bash, zsh ou fish (le paquet .deb l’installe)
help-cmd-manpage = Afficher la page de manuel (roff), pour l’empaquetage
help-cmd-restore = Lister les sauvegardes d’un profil faites par mailsetup, ou en restaurer une (le fichier actuel est d’abord sauvegardé)
help-cmd-export = Écrire un fichier policies.json ou AutoConfig qui déploie des comptes sur de nombreux ordinateurs

## Les emplacements des valeurs des options et des arguments.
help-value-language = LANGUE
help-value-delegate = DÉLÉGUÉ
help-value-dir = DOSSIER
help-value-seconds = SECONDES
help-value-file = FICHIER
help-value-pem = PEM
help-value-code-or-text = CODE-OU-TEXTE
help-value-email = ADRESSE
help-value-date = DATE

## D’où viennent les paramètres d’un fournisseur : options de setup, check,
## detect, migrate, doctor, alias et export.
help-provider-file = Utiliser les paramètres de fournisseur de ce fichier TOML pour les domaines qu’il liste (voir le README)
help-ca-file = Faire aussi confiance aux certificats d’autorité (CA) de ce fichier PEM (inspection TLS, serveurs de test)

## mailsetup setup et mailsetup check. DÉLÉGUÉ et FICHIER sont les
## emplacements de help-value-… ; clap affiche l’adresse elle-même sous
## la forme <EMAIL>, les textes ne la nomment donc pas par un emplacement.
help-setup-email = L’adresse électronique à configurer
help-setup-name = Votre nom tel que les destinataires le voient (par défaut : la partie avant le @)
help-setup-delegate = L’adresse à configurer est une boîte aux lettres partagée (info@…, support@…) que DÉLÉGUÉ ouvre avec sa propre connexion (Microsoft 365) : DÉLÉGUÉ se connecte et envoie, le compte lit et envoie en tant que cette adresse
help-setup-profile = Écrire dans ce dossier de profil Thunderbird plutôt que dans celui par défaut
help-setup-microsoft-365 = L’adresse est sur Microsoft 365 (compte professionnel ou scolaire), même si mailsetup ne connaît pas son domaine
help-setup-json = Afficher le rapport en JSON
help-setup-no-write = Se connecter et vérifier, mais ne rien écrire
help-setup-no-sign-in-handoff = Ne pas transmettre la connexion à Thunderbird : Thunderbird vous demandera alors de vous connecter une fois à son démarrage
help-setup-timeout = Combien de temps attendre la connexion dans le navigateur, en secondes
help-setup-device-code = Solution de secours : se connecter avec un code saisi sur un autre appareil (RFC 8628), pour les sessions à distance dont le navigateur ne peut pas joindre cet ordinateur. Beaucoup d’organisations la bloquent (AADSTS53003)
help-setup-send-test = Après les vérifications, envoyer aussi un vrai message de test, de cette adresse à la personne qui se connecte (DÉLÉGUÉ, ou l’adresse elle-même) : le seul moyen de voir qu’il manque l’autorisation « Envoyer en tant que », qu’Exchange ne signale que pour un vrai message. Sans cette option, rien n’est jamais envoyé
help-setup-ticket = Afficher le ticket pour l’administrateur, prêt à envoyer, au lieu du rapport
help-setup-bundle = Écrire aussi l’archive d’assistance (un seul fichier JSON, sans secrets) dans FICHIER

## mailsetup explain. Les codes et réponses d’exemple restent tels quels.
help-explain-text = Un code AADSTS (AADSTS65001 ou 65001), une réponse SMTP (535 5.7.139 …), une réponse IMAP (NO AUTHENTICATE failed.) ou un texte d’erreur collé
help-explain-json = Afficher en JSON
help-explain-all = Afficher tous les diagnostics correspondants, le meilleur d’abord, et pas seulement le meilleur

## mailsetup detect
help-detect-email = L’adresse électronique à rechercher
help-detect-json = Afficher le plan et les constats en JSON

## mailsetup profiles
help-profiles-root = Chercher dans ce dossier racine de Thunderbird plutôt que dans celui de la plateforme
help-profiles-json = Afficher en JSON

## mailsetup migrate
help-migrate-email = L’adresse du compte à convertir ; sans elle, mailsetup liste les comptes qui ont besoin d’OAuth2 et vous demande
help-migrate-profile = Le dossier du profil Thunderbird (par défaut : celui que Thunderbird ouvre)
help-migrate-yes = Ne rien demander : convertir chaque compte listé (pour les scripts)
help-migrate-force = Convertir même si une vérification a échoué (après avoir lu le diagnostic)
help-migrate-json = Afficher les rapports en JSON
help-migrate-timeout = Combien de temps attendre la connexion dans le navigateur, en secondes
help-migrate-no-sign-in-handoff = Ne pas transmettre la connexion à Thunderbird : Thunderbird vous demandera alors de vous connecter une fois à son démarrage

## mailsetup doctor
help-doctor-email = Seulement le compte qui a cette adresse ; sans elle, chaque compte OAuth2 du profil
help-doctor-profile = Le dossier du profil Thunderbird (par défaut : celui que Thunderbird ouvre)
help-doctor-json = Afficher les rapports en JSON (une liste, un par compte)

## mailsetup alias
help-alias-email = L’adresse du compte (sa boîte aux lettres) dans le profil
help-alias-alias = L’autre adresse de la même boîte aux lettres, au nom de laquelle envoyer (`sales@…`)
help-alias-name = Le nom que voient les destinataires pour l’alias (par défaut : celui du compte)
help-alias-profile = Le dossier du profil Thunderbird (par défaut : celui que Thunderbird ouvre)
help-alias-send-test = D’abord se connecter et envoyer un vrai message de test de l’alias vers la boîte aux lettres, et n’ajouter l’alias que si le serveur l’accepte : le seul moyen de savoir si l’envoi en tant qu’alias est autorisé
help-alias-timeout = Combien de temps attendre la connexion dans le navigateur, en secondes
help-alias-json = Afficher en JSON le rapport du message de test

## mailsetup audit. AAAA-MM-JJ est le format de la date (YYYY-MM-DD) ; les
## chemins restent tels quels.
help-audit-all-users = Chaque utilisateur de cet ordinateur (à lancer en root ou en administrateur) : Linux /home/* et /root, macOS /Users/*, Windows C:\Users\*, chacun avec Flatpak et Snap. Lecture seule ; les connexions enregistrées d’un autre utilisateur ne sont jamais déchiffrées (« non vérifié ») ; les liens qui sortent d’un dossier personnel ne sont pas suivis
help-audit-users-dir = Avec --all-users : le dossier qui contient les dossiers personnels, au lieu de celui de la plateforme (un disque monté, par exemple)
help-audit-on = Évaluer la situation à cette date (AAAA-MM-JJ, par exemple 2026-12-31), pour voir ce qui cessera de fonctionner ensuite ; par défaut, aujourd’hui
help-audit-json = Afficher en JSON (avec un schema_version)
help-audit-csv = Afficher en CSV, une ligne par compte

## mailsetup completions
help-completions-shell = Le shell pour lequel générer la complétion

## mailsetup restore
help-restore-backup = La sauvegarde à restaurer (un nom de la liste) ; sans elle, les sauvegardes sont listées
help-restore-profile = Le dossier du profil Thunderbird (par défaut : celui que Thunderbird ouvre)
help-restore-json = Afficher en JSON

## mailsetup export. policies et autoconfig sont les valeurs de --format et
## restent telles quelles, comme les variables ${USER} et ${NAME} (écrites
## ${"{"}USER{"}"} ici, car Fluent lit les accolades).
help-export-format = policies (policies.json) ou autoconfig (mozilla.cfg)
help-export-format-policies = Un fichier policies.json d’entreprise (stratégie `Preferences`)
help-export-format-autoconfig = Un fichier AutoConfig (mozilla.cfg) ; `${"{"}NAME{"}"}` dans une adresse lit la variable d’environnement NAME à chaque démarrage
help-export-emails = Les adresses ; avec --format autoconfig, elles peuvent contenir des variables du type `${"{"}USER{"}"}`, par exemple '${"{"}USER{"}"}@contoso.example'
help-export-name = Le nom de l’expéditeur (par défaut : la partie avant le @)
help-export-output = Écrire dans FICHIER au lieu de la sortie standard

## Autres emplacements : l’alias d’alias, --name, le --format d’export, le
## shell de completions et la sauvegarde de restore.
help-value-alias = ALIAS
help-value-name = NOM
help-value-format = FORMAT
help-value-shell = SHELL
help-value-backup = SAUVEGARDE
