# The practice provider's sign-in pages (mailsetup --sandbox), shown in the
# browser. They stand in for a provider's own sign-in page; the provider's
# answers to mailsetup and Entra's codes and sentences stay in English.

# The practice provider's name: in reports, the wizard and its pages.
practice-provider-name = mailsetup sandbox
practice-page-home = This is the sign-in server of the mailsetup sandbox. Start a sign-in from mailsetup; it will bring you here.
practice-page-sign-in-title = Sign in to the mailsetup sandbox
practice-page-note = This is a practice provider; nothing leaves your computer.
# $client is the application's client id, as the provider knows it.
practice-page-consent = { $client } wants to read and send your mail.
# Followed by the list of scopes, as the provider names them.
practice-page-scopes = Scopes:
practice-page-email = E-mail address
practice-page-password = Password (anything will do)
practice-page-allow = Allow
practice-page-deny = Deny
practice-page-device-title = Enter the code from mailsetup
practice-page-code = Code
practice-page-unknown-code = That code is not known, or was already used. Check the code mailsetup shows.
practice-page-done-title = Done
practice-page-signed-in = You are signed in. Return to mailsetup: it continues by itself.
practice-page-declined = You declined. Return to mailsetup.
practice-page-failed-title = Sign-in failed
practice-page-not-a-form = The form was not sent as a form.
practice-page-form-incomplete = The form is incomplete.
practice-page-choose = Choose Allow or Deny.
practice-page-ended-title = This sign-in has ended
practice-page-ended = This sign-in page has expired or was already answered. Start again from mailsetup.
practice-page-invalid-link-title = This sign-in link is not valid
# $reason is the technical fault, in English.
practice-page-invalid-link = The mailsetup sandbox cannot continue: { $reason }.
practice-page-invalid-link-report = mailsetup builds this link itself; if you see this page, please report it.
practice-page-address-no-at = Type an e-mail address: it has no @.
practice-page-address-no-local-part = Type an e-mail address: nothing usable stands before the @.
practice-page-address-no-domain = Type an e-mail address: the part after the @ is not a domain name.
# After Entra's refusal (AADSTS50057, in English). $shared is the shared
# mailbox's address, $person the person who has access to it.
practice-page-shared-hint = { $shared } is a shared mailbox: its account cannot sign in. Sign in as a person who has access to it ({ $person }), and give { $shared } only as the mail account's user name.
# After Entra's refusal (AADSTS50034, in English). $person owns the alias.
practice-page-alias-hint = It is an alias of { $person }: sign in with that address.
