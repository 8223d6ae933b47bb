# Die Diagnose als Text (Befehlszeile, kopierter Bericht) und die Wörter für
# das, was ein Lauf nicht weiß. Die Texte der Diagnosen stehen in kb.toml.

diagnosis-card-title = Diagnose [{ $id }]: { $title }
diagnosis-on-the-command-line = In der Befehlszeile:
diagnosis-evidence = Beleg:

kb-unknown-user = das betroffene Konto
kb-unknown-app-id = (die ID der App, die sich anmeldet; die von Thunderbird ist 9e5f94bc-e8a4-4e73-b8be-63364c29d753)
kb-unknown-tenant = die Mandanten-ID oder Domain Ihrer Organisation
kb-unknown-imap-host = der Posteingangs-Server
kb-unknown-smtp-host = der Postausgangs-Server
kb-unknown-signed-in-account = das angemeldete Konto
kb-unknown-delegate = die Person, die das freigegebene Postfach öffnet

kb-approve-in-admin-console = (genehmigen Sie die App { $app_id } in der Verwaltungskonsole Ihres Anbieters)
kb-unknown-admin-consent-url = die Seite zur Administratorzustimmung der App (das Ticket einer Prüfung nennt ihre Adresse)
