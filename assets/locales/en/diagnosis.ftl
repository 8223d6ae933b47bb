# The diagnosis card as text (the command line, the copied report), and the
# words that stand in a diagnosis for what a run does not know. The
# diagnoses' own texts are in kb.toml.

# $id is the diagnosis id (aad-consent-missing); it stays as it is.
diagnosis-card-title = Diagnosis [{ $id }]: { $title }
diagnosis-on-the-command-line = On the command line:
diagnosis-evidence = Evidence:

kb-unknown-user = the affected account
# After "app" or "application": a parenthesis reads well in both.
kb-unknown-app-id = (the id of the app that signs in; Thunderbird's is 9e5f94bc-e8a4-4e73-b8be-63364c29d753)
kb-unknown-tenant = your organisation's tenant id or domain
kb-unknown-imap-host = the incoming mail server
kb-unknown-smtp-host = the outgoing mail server
kb-unknown-signed-in-account = the account that signed in
kb-unknown-delegate = the person who opens the shared mailbox

# Where the admin-consent link would go. $app_id is the app's id.
kb-approve-in-admin-console = (approve the app { $app_id } in your provider's admin console)
kb-unknown-admin-consent-url = the app's admin-consent page (the admin ticket of a check gives its address)
