# Le rapport en texte. Les marques [ ok ], [FAIL] et [skip] restent telles quelles.

report-title = mailsetup { $version } : rapport pour { $address }
report-provider = Fournisseur : { $provider }
report-shared-mailbox = Boîte aux lettres partagée, ouverte par : { $delegate }
report-incoming = Serveur entrant ({ $protocol }) : { $server }
report-outgoing = Serveur sortant (SMTP) : { $server }
report-step-line = { $title } : { $detail }
report-step-timed = { $title } ({ $millis } ms) : { $detail }
report-step-timed-of = { $title } ({ $millis } ms sur { $deadline } s autorisées) : { $detail }
report-server-said = le serveur a répondu :
report-thunderbird-profile = Profil Thunderbird : { $profile } ({ $action })
report-backup = Sauvegarde de l’ancien prefs.js : { $path }
report-all-passed = Tout a réussi.
report-something-failed = Quelque chose a échoué ; voir les étapes marquées FAIL.

## Le titre au-dessus des étapes de chaque phase ; les autres phases sont
## IMAP, POP3, SMTP et Thunderbird, des noms qui restent tels quels.
report-phase-plan = Plan
report-phase-sign-in = Connexion
