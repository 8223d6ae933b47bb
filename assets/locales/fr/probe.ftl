# Les vérifications des serveurs de messagerie (IMAP, POP3, SMTP) : le titre
# de chaque étape, ce qu’elle a trouvé ou pourquoi elle a échoué, et ce
# qu’elle attend. Les mots en majuscules (IMAP, POP3, SMTP, TLS, STARTTLS,
# STLS, XOAUTH2, EHLO, CAPABILITY, CAPA, AUTH, MAIL FROM, RCPT TO, RSET,
# LOGOUT, QUIT, SMTPUTF8, INBOX) sont les mots-clés des protocoles : les
# laisser tels quels. « mailsetup » est le nom du programme. $host est le
# nom d’un serveur, $port son numéro de port.

## Les étapes, telles que chaque ligne du rapport les nomme.
probe-step-imap-connect = Ouvrir une connexion au serveur IMAP
probe-step-pop3-connect = Ouvrir une connexion au serveur POP3
probe-step-smtp-connect = Ouvrir une connexion au serveur SMTP
probe-step-tls = Sécuriser la connexion (TLS)
probe-step-capability = Demander les méthodes d’authentification proposées
probe-step-authenticate = Se connecter avec le jeton (XOAUTH2)
probe-step-imap-select = Ouvrir le dossier Courrier entrant
# POP3 n’a pas de dossiers : l’étape compte les messages en attente.
probe-step-pop3-stat = Examiner le dossier Courrier entrant
probe-step-logout = Se déconnecter
probe-step-smtp-greeting = Lire le message d’accueil
probe-step-smtp-envelope = Vérifier que vous pouvez envoyer en votre nom (aucun message n’est envoyé)
probe-step-smtp-test-message = Vous envoyer un message de test
# L’étape unique qui représente toute une vérification qui n’a pas pu s’exécuter.
probe-step-imap-check = Vérifier IMAP
probe-step-pop3-check = Vérifier POP3

## Ce qu’une étape attend, affiché dans « En attente de { $what } (3 s sur 8 s) »
## (progress-waiting). Le serveur entrant est le serveur IMAP ou POP3, le
## serveur sortant le serveur SMTP.
probe-waiting-incoming-connect = l’acceptation de la connexion par le serveur entrant
probe-waiting-incoming-tls = l’établissement d’une connexion sécurisée par le serveur entrant
probe-waiting-incoming-methods = la liste des méthodes d’authentification du serveur entrant
probe-waiting-incoming-sign-in = l’acceptation de votre connexion par le serveur entrant
probe-waiting-incoming-inbox = l’ouverture de votre dossier Courrier entrant par le serveur entrant
probe-waiting-incoming-goodbye = la fin de session du serveur entrant
probe-waiting-outgoing-connect = l’acceptation de la connexion par le serveur sortant
probe-waiting-outgoing-answer = la réponse du serveur sortant
probe-waiting-outgoing-tls = l’établissement d’une connexion sécurisée par le serveur sortant
probe-waiting-outgoing-methods = la liste des méthodes d’authentification du serveur sortant
probe-waiting-outgoing-sign-in = l’acceptation de votre connexion par le serveur sortant
probe-waiting-outgoing-envelope = la confirmation par le serveur sortant que vous pouvez envoyer
probe-waiting-outgoing-test-message = l’acceptation du message de test par le serveur sortant
probe-waiting-any = la réponse du serveur de messagerie

## Pourquoi une étape n’a pas été tentée.
probe-skip-no-token = non tenté : mailsetup ne se connecte pas lui-même à ce compte ; c’est Thunderbird qui le fait, à sa première connexion
probe-skip-password-server = non tenté : sur ce serveur, la connexion se fait avec un mot de passe, que Thunderbird demande ; mailsetup ne manipule jamais de mots de passe
# $step est le titre de l’étape qui a échoué.
probe-skip-after-failure = non tenté, car « { $step } » a échoué
probe-skip = non tenté

## La connexion. $address est l’adresse IP et le port du serveur, $target le
## nom et le port du serveur (« mail.example.com:993 »), $error les mots du
## système d’exploitation.
probe-detail-connected = connecté à { $host }:{ $port } ({ $address })
probe-fail-connection-refused = { $target } a refusé la connexion (rien n’y écoute, ou un pare-feu la rejette)
probe-fail-connection-reset = { $target } a réinitialisé la connexion
probe-fail-connect-timed-out = { $target } n’a pas répondu
probe-fail-name-not-resolved = le nom { $host } n’a pas pu être résolu : { $error }
probe-fail-cannot-connect = impossible de se connecter à { $target } : { $error }
# $seconds est le délai de l’étape.
probe-fail-no-answer = aucune réponse en { $seconds } s

## La sécurisation de la connexion. $version est la version de TLS
## (« TLSv1.3 »), $command la commande du protocole pour cela (STARTTLS ou
## STLS), $reason les mots de la bibliothèque TLS.
probe-detail-tls = { $version }, certificat vérifié pour { $host }
probe-detail-tls-after-command = { $command }, puis { $version }, certificat vérifié pour { $host }
probe-fail-tls-server-name = { $host } n’est pas un nom de serveur TLS valide
probe-fail-tls-handshake = la négociation TLS a échoué : { $reason }
probe-fail-tls-certificate = la négociation TLS a échoué : le certificat du serveur a été refusé : { $reason }
probe-fail-no-starttls = le serveur ne propose pas { $command } ; mailsetup s’arrête ici pour que votre jeton ne soit jamais envoyé sans chiffrement
probe-fail-starttls-refused = le serveur a refusé { $command } ; mailsetup s’arrête ici pour que votre jeton ne soit jamais envoyé sans chiffrement
# $offers liste ce que le serveur propose, en mots-clés SMTP (« AUTH PLAIN, AUTH LOGIN »).
probe-fail-smtp-no-starttls = le serveur ne propose pas STARTTLS (il propose { $offers }) ; mailsetup s’arrête ici pour que votre jeton ne soit jamais envoyé sans chiffrement
probe-fail-smtp-no-starttls-nor-auth = le serveur ne propose pas STARTTLS (il ne propose ni STARTTLS ni AUTH) ; mailsetup s’arrête ici pour que votre jeton ne soit jamais envoyé sans chiffrement
# $bytes est un nombre d’octets.
probe-fail-starttls-injection = le serveur a envoyé { $bytes } octets de plus en clair juste après avoir accepté STARTTLS, avant le début du chiffrement ; quelque chose sur le réseau (ou le serveur) altère la connexion, mailsetup s’est donc arrêté avant la négociation TLS
probe-fail-not-encrypted = la connexion n’est pas chiffrée ; le jeton n’a pas été envoyé

## Le message d’accueil et les méthodes d’authentification. $methods liste les
## méthodes en mots-clés du protocole (« AUTH=XOAUTH2 AUTH=PLAIN », « PLAIN XOAUTH2 »).
probe-fail-greeting-refused = le serveur a refusé la connexion dans son message d’accueil
probe-fail-smtp-greeting = le serveur n’a pas envoyé de message d’accueil correct
probe-fail-smtp-more-than-greeting = le serveur a envoyé plus que son message d’accueil avant qu’on lui demande quoi que ce soit
probe-detail-smtp-greeted = le serveur a envoyé son message d’accueil
probe-detail-smtp-greeted-offers = le serveur a envoyé son message d’accueil et répondu à EHLO (il propose { $offers })
probe-detail-smtp-greeted-offers-nothing = le serveur a envoyé son message d’accueil et répondu à EHLO (il ne propose ni STARTTLS ni AUTH)
probe-fail-smtp-ehlo-refused = le serveur a refusé EHLO
probe-detail-offers-xoauth2 = propose XOAUTH2
probe-detail-offers-xoauth2-among = propose XOAUTH2 (méthodes d’authentification : { $methods })
probe-detail-methods = méthodes d’authentification : { $methods }
probe-detail-imap-methods-login-only = méthodes d’authentification : aucune méthode AUTH= (LOGIN uniquement)
probe-detail-pop3-methods-user-pass-only = méthodes d’authentification : aucune méthode SASL (USER/PASS uniquement)
probe-detail-smtp-offers = propose { $offers }
probe-detail-smtp-offers-nothing = ne propose ni STARTTLS ni AUTH
probe-fail-no-xoauth2 = le serveur ne propose pas XOAUTH2, nécessaire à la connexion par jeton ; il propose : { $methods }
probe-fail-imap-no-xoauth2-no-methods = le serveur ne propose pas XOAUTH2, nécessaire à la connexion par jeton ; il propose : aucune méthode AUTH=
probe-fail-pop3-no-xoauth2-no-methods = le serveur ne propose pas XOAUTH2, nécessaire à la connexion par jeton ; il propose : aucune méthode SASL (USER/PASS uniquement)
probe-fail-smtp-no-xoauth2 = le serveur ne propose pas XOAUTH2 (AUTH XOAUTH2), nécessaire à la connexion par jeton
probe-fail-capability = CAPABILITY a échoué
# $command est CAPABILITY (IMAP) ou CAPA (POP3).
probe-fail-data-after-capability = le serveur a envoyé des données inattendues après { $command }

## La connexion au compte. $address est la boîte aux lettres ou la personne qui se connecte.
probe-detail-token-accepted = le serveur a accepté le jeton pour { $address }
probe-fail-token-refused = le serveur a refusé le jeton
probe-fail-auth-not-accepted = le serveur n’a pas accepté AUTH XOAUTH2
probe-fail-auth-unexpected = réponse inattendue à AUTH

## Le dossier Courrier entrant et la déconnexion. $count est un nombre de messages.
probe-detail-imap-inbox =
    { $count ->
        [one] INBOX contient { $count } message
       *[other] INBOX contient { $count } messages
    }
probe-detail-pop3-inbox =
    { $count ->
        [one] le dossier Courrier entrant contient { $count } message
       *[other] le dossier Courrier entrant contient { $count } messages
    }
probe-detail-pop3-inbox-open = le dossier Courrier entrant est ouvert
probe-fail-inbox = le dossier Courrier entrant n’a pas pu être ouvert
probe-detail-logged-out = déconnexion propre
# $command est LOGOUT (IMAP) ou QUIT (POP3).
probe-fail-logout = { $command } a échoué

## Si le serveur accepte du courrier de la part de la boîte aux lettres.
## $address est la boîte aux lettres, $error les mots de la bibliothèque de messagerie.
probe-detail-envelope = le serveur accepte du courrier de { $address } (puis RSET : rien n’a été envoyé)
probe-fail-sender-invalid = { $address } ne peut pas être utilisée comme expéditeur : { $error }
probe-fail-sender-needs-smtputf8 = { $address } contient des caractères hors ASCII avant le @ ; envoyer depuis cette adresse nécessite l’extension SMTPUTF8 du serveur, que ce serveur ne propose pas ; il ne peut donc pas accepter de courrier de cette adresse

## Les commandes SMTP que le serveur a refusées ou qui ont été interrompues.
## $error est ce qu’ont dit le serveur ou la bibliothèque de messagerie.
probe-fail-ehlo = EHLO a échoué
probe-fail-ehlo-because = EHLO a échoué : { $error }
probe-fail-sender-refused = le serveur vous a refusé comme expéditeur (MAIL FROM)
probe-fail-sender-refused-because = le serveur vous a refusé comme expéditeur (MAIL FROM) : { $error }
probe-fail-recipient-refused = le serveur a refusé le destinataire (RCPT TO)
probe-fail-recipient-refused-because = le serveur a refusé le destinataire (RCPT TO) : { $error }
probe-fail-rset = RSET a échoué
probe-fail-rset-because = RSET a échoué : { $error }
probe-fail-token-refused-because = le serveur a refusé le jeton : { $error }
probe-fail-test-message-refused = le serveur a refusé le message de test
probe-fail-test-message-refused-because = le serveur a refusé le message de test : { $error }

## L’unique message de test. $sender est l’adresse d’envoi, $recipient celle
## qui s’est connectée.
probe-detail-test-message-sent = le serveur a accepté un message de test de { $sender } à { $recipient }
probe-fail-test-message-address = { $address } ne peut pas être utilisée dans un message : { $error }
probe-fail-test-message-build = le message de test n’a pas pu être composé : { $error }
probe-fail-test-message-envelope = le message de test n’a pas d’enveloppe valide : { $error }

## Lecture et écriture. $error est les mots du système d’exploitation,
## $limit un nombre d’octets.
probe-fail-read = la lecture depuis le serveur a échoué : { $error }
probe-fail-write = l’écriture vers le serveur a échoué : { $error }
probe-fail-closed = le serveur a fermé la connexion
probe-fail-cannot-check-connection = la connexion n’a pas pu être vérifiée : { $error }
probe-fail-line-too-long = le serveur a envoyé une ligne de plus de { $limit } octets ; mailsetup a arrêté la lecture (un serveur de messagerie n’a jamais besoin d’autant : il est défaillant ou malveillant)
probe-fail-step-too-long = le serveur a envoyé plus de { $limit } octets en réponse à une seule étape ; mailsetup a arrêté la lecture (un serveur de messagerie n’a jamais besoin d’autant : il est défaillant ou malveillant)
probe-fail-not-smtp-reply = la réponse du serveur n’est pas une réponse SMTP
# $first et $then sont des codes de réponse SMTP (250, 535).
probe-fail-smtp-code-changed = la réponse du serveur a changé de code en cours de route, de { $first } à { $then }
