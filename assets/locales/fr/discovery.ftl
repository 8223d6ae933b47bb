# La recherche des paramètres de messagerie d’une adresse, et le formulaire
# pour les saisir à la main quand rien n’a été trouvé. IMAP, POP3, SMTP, TLS
# et STARTTLS sont des noms de protocoles et restent tels quels.

discovery-looking-up = Recherche des paramètres de messagerie pour { $domain }…
discovery-offline = Vous semblez être hors ligne : aucune des recherches n’a obtenu de réponse. Vérifiez votre connexion, puis réessayez.
discovery-try-again = Réessayer
discovery-try-again-hint = Rechercher à nouveau les paramètres
discovery-or-enter-servers = Ou, si vous connaissez vos serveurs de messagerie, saisissez-les ici :
discovery-nothing-found = Rien n’a été trouvé pour ce domaine.
# Un volet qui liste chaque recherche ; $lookups est un nombre, $millis des millisecondes.
discovery-how-found = { $lookups ->
    [one] Comment ces paramètres ont été trouvés ({ $lookups } recherche, { $millis } ms)
   *[other] Comment ces paramètres ont été trouvés ({ $lookups } recherches, { $millis } ms)
}
discovery-technical-details = Détails techniques des recherches

manual-heading = Paramètres serveur
manual-receive-with = Recevoir avec
manual-imap = IMAP (les messages restent sur le serveur)
manual-pop3 = POP3 (les messages sont téléchargés)
# $protocol est IMAP ou POP3.
manual-incoming = Serveur entrant ({ $protocol })
manual-outgoing = Serveur sortant (SMTP)
manual-port = port
# Le nom du champ du port pour les lecteurs d’écran ; $server est manual-incoming ou manual-outgoing.
manual-port-name = { $server } : port
manual-sign-in = Connexion
manual-sign-in-microsoft-365 = Microsoft 365 (compte professionnel ou scolaire)
manual-sign-in-password = Mot de passe
manual-continue = Continuer avec ces paramètres
# $what est manual-incoming ou manual-outgoing ; $host ce qui a été saisi.
manual-host-empty = { $what } : saisissez le nom du serveur, par exemple mail.example.com.
manual-host-invalid = { $what } : « { $host } » n’est pas un nom de serveur ; il devrait ressembler à mail.example.com.
manual-port-invalid = { $what }, port : saisissez un nombre de 1 à 65535 (en général 993 pour IMAP, 995 pour POP3, 587 ou 465 pour le serveur sortant).

# The provider's name in the report when the servers were typed in.
manual-provider-by-hand = Paramètres saisis manuellement
