# The wizard's frame and its pages after the accounts page: the address,
# the sign-in, the checks, Thunderbird and the last page. Button names
# ("Next", "Try again", "Skip", "Fix"…) are quoted in other texts: keep
# them the same wherever a text mentions them.

## The buttons along the bottom of every page, and what they do when the
## pointer rests on them.
nav-technical-details = Technical details
nav-technical-details-hint = Show the steps, times, servers and transcripts, for helpdesk staff
nav-back = Back
nav-cancel = Cancel
# The Cancel button once the account has been written to Thunderbird.
nav-start-over = Start over
nav-cancel-hint-close = Close Mail Setup without changing anything
nav-cancel-hint-stop-browser = Stop waiting for the browser
nav-cancel-hint-stop-checks = Stop the checks
nav-cancel-hint-leave = Leave this page; the account stays as it was written
nav-cancel-hint-start-over = Stop this setup and return to the first page; nothing has been changed
nav-next = Next
nav-next-hint = Go to the next step
nav-close = Close
nav-close-hint = Close Mail Setup
nav-see-report = See the report
nav-see-report-hint = What failed, and what to send your IT department
nav-add-account = Add another account
nav-add-account-hint = Set up an account that is not in Thunderbird yet

## Cancel on the first page asks before closing the window.
close-question = Close Mail Setup? Nothing has been changed.
close-confirm = Close Mail Setup
close-stay = Stay

## Errors of the wizard itself, shown where the work would have shown.
wizard-worker-stopped = the wizard's worker thread is not running
wizard-worker-stopped-restart = the wizard's worker thread is not running; restart Mail Setup

## Practice mode, offered at the bottom of the first pages.
sandbox-offer = No account at hand, or just curious?
sandbox-try = Try the sandbox (no account needed)
sandbox-starting = Starting the sandbox…
sandbox-explained = The sandbox is a practice provider inside Mail Setup: its own sign-in page and mail servers, and a throwaway Thunderbird profile with one account that needs fixing. Nothing leaves this computer.
sandbox-approve-automatically = Approve the sign-in automatically (no browser)
sandbox-leave = Leave the sandbox
# Shown as the reason Next did not go on.
sandbox-still-starting = the sandbox is still starting; try again in a moment
sandbox-not-running = the sandbox is not running

## The address page.
address-heading = Your e-mail address
address-intro = Mail Setup signs you in with your mail provider in your browser, checks that mail can be read and sent, and adds the account to Thunderbird. Your password is typed only into your provider's page.
address-email = E-mail address
# An example shown greyed out in the empty address field.
address-email-example = you@example.com
address-name = Your name
address-name-hint = as recipients see it (optional)
address-shared = This is a shared mailbox I can open
address-who-signs-in = Who signs in
address-who-signs-in-hint = your own address
address-shared-explained = You sign in with your own account; Thunderbird then shows the shared mailbox and sends as it.
address-shared-needs-delegate = Enter the address of the person who opens this shared mailbox: they sign in, with their own account.
# $domain is the part of the typed address after the @.
address-unknown-domain = Mail Setup does not know which provider hosts { $domain }. If your organisation uses Microsoft 365, choose it:
address-microsoft-365 = Microsoft 365 (work or school)

## The sign-in page. $company is who the user signs in with (Microsoft,
## Google, or the provider's name).
sign-in-heading-plain = Sign in
sign-in-no-address = Enter an address first.
sign-in-heading = Sign in with { $company }
sign-in-change-settings = Change the server settings…
# The summary of the account. Each row has a name on the left.
sign-in-row-your-mail = Your mail
sign-in-row-hosted-by = Hosted by
sign-in-row-shared-mailbox = Shared mailbox
sign-in-row-signs-in-as = You sign in as
# The same summary with technical details on.
sign-in-row-account = Account
# $address is the shared mailbox, $name the name on it, $delegate the
# address of the person who signs in.
sign-in-account-shared = { $address } ({ $name }), shared mailbox opened by { $delegate }
sign-in-row-provider = Provider
sign-in-row-sign-in = Sign-in
# $protocol is IMAP or POP3.
sign-in-row-incoming = Incoming mail ({ $protocol })
sign-in-row-outgoing = Outgoing mail (SMTP)
# The provider row: $provider is the provider's name, followed by how Mail
# Setup came to it.
sign-in-provider-catalogue = { $provider } (known to Mail Setup)
sign-in-provider-user-choice = { $provider } (as you chose)
# $path is the provider file given on the command line.
sign-in-provider-file = { $provider } (from { $path })
sign-in-provider-sandbox = { $provider } (practice provider)
# $lookup names the lookup that found it: autoconfig, ispdb, dns-mx, dns-srv or microsoft.
sign-in-provider-discovered = { $provider } (found by { $lookup })
# $server is the server name the existing Thunderbird account uses.
sign-in-provider-thunderbird = { $provider } (Thunderbird already uses { $server })
sign-in-stops-here = Mail Setup cannot switch this account to signing in through your provider, so it stops here.
sign-in-by-thunderbird = Mail Setup does not sign in to this account itself: Thunderbird does, the first time it starts. Next checks the servers without signing in.
# $left is the time left, as minutes:seconds ("4:59").
sign-in-waiting = Waiting for you to sign in and allow access in your browser: { $left } left
sign-in-link-intro = If no browser opened, or you closed it, open this link in a browser:
sign-in-copy-link = Copy link
sign-in-link-copied = Copied the sign-in link.
sign-in-open-browser-again = Open browser again
# $how says how the page was opened ("opened in your default browser"); it is
# still English for now.
sign-in-browser-opened = The sign-in page was { $how }.
sign-in-browser-failed = The browser did not open: { $why }. Copy the link into a browser yourself.
# $redirect_uri is an address on this computer (http://127.0.0.1:…).
sign-in-redirect = Mail Setup receives the answer at { $redirect_uri }, on this computer only.
sign-in-preparing = Preparing the sign-in…
sign-in-explained = Your browser opens { $company }'s sign-in page. Sign in there and allow access to your mail; then come back here. Your password is typed only into { $company }'s page.
sign-in-done = Signed in.
sign-in-failed = The sign-in did not complete.
sign-in-cancelled = Sign-in cancelled. Nothing was kept; you can start it again.
sign-in-again = Sign in again
sign-in-try-again = Try again
sign-in-with-browser = Sign in with browser
sign-in-with-code = Sign in with a code instead
sign-in-steps = Steps
# The name of a step in the report, when the sign-in could not even start.
sign-in-step-start = Start the sign-in
# The sign-in with a code typed on another device. $url is the page to open.
sign-in-code-where = On any device with a browser, open { $url } and enter this code:
sign-in-copy-code = Copy code
sign-in-code-copied = Copied the code.
# $minutes is a number.
sign-in-code-valid = { $minutes ->
    [one] The code is valid for { $minutes } minute.
   *[other] The code is valid for { $minutes } minutes.
}
sign-in-code-waiting = Waiting for you to enter the code and sign in…

## The checks page. $direction is "receiving" or "sending": one line each.
checks-heading = Checking your mail
checks-intro = Mail Setup now checks that your mail can be received and sent with the new sign-in.
checks-does-not-work = { $direction ->
    [sending] Sending mail: does not work yet
   *[receiving] Receiving mail: does not work yet
}
checks-works = { $direction ->
    [sending] Sending mail: works
   *[receiving] Receiving mail: works
}
checks-not-checked-other-failed = { $direction ->
    [sending] Sending mail: not checked, because the other check failed first
   *[receiving] Receiving mail: not checked, because the other check failed first
}
checks-not-checked-yet = { $direction ->
    [sending] Sending mail: not checked yet
   *[receiving] Receiving mail: not checked yet
}
checks-passed = Your mail works with the new sign-in. Next: add the account to Thunderbird.
checks-passed-switching = Your mail works with the new sign-in. Switching the account in Thunderbird next.
checks-stopped = Checks stopped.
checks-not-run = The checks have not run yet.
checks-try-again = Try again
checks-run-again = Run the checks again
# $to is the address that signed in; $subject the test message's subject.
checks-test-message-sent = A test message is on its way to { $to }: look for "{ $subject }" in that inbox.
checks-send-test-message = Send one test message to yourself
checks-send-test-message-hint = Sends one message from this address to the account you signed in with: the only way to prove that sending as a shared mailbox or an alias is allowed
# Headings over the steps, with technical details on.
checks-incoming-steps = Incoming mail (IMAP)
checks-outgoing-steps = Outgoing mail (SMTP)

## The Thunderbird page.
thunderbird-heading = Thunderbird
thunderbird-no-address = Enter an address first.
thunderbird-switching-heading = Switching the account in Thunderbird
thunderbird-switching = { $address } keeps its mail, folders and filters, and from now on signs in with { $company }.
thunderbird-sign-in-handed-off = OAuth2: you have signed in; Thunderbird starts signed in, and no password is stored
thunderbird-sign-in-once = OAuth2: Thunderbird asks you to sign in once; no password is stored
thunderbird-no-home = Mail Setup cannot find your home directory, so it cannot look for Thunderbird. Skip this step.
thunderbird-folder = Thunderbird's folder:
thunderbird-folder-sandbox = The sandbox's throwaway Thunderbird folder (deleted when Mail Setup closes):
thunderbird-looking = Looking for profiles…
thunderbird-no-profile = There is no Thunderbird profile there yet; Mail Setup creates one and makes it the default.
thunderbird-profiles-found = The account goes into the profile Thunderbird opens by default. Profiles found:
# After a profile's name. $count is its number of mail accounts.
thunderbird-profile-default = (default; { $count ->
    [0] no mail accounts yet
    [one] { $count } mail account
   *[other] { $count } mail accounts
})
thunderbird-profile-other = (not the default; { $count ->
    [0] no mail accounts yet
    [one] { $count } mail account
   *[other] { $count } mail accounts
})
thunderbird-check-sign-in = Check Thunderbird's own sign-in
thunderbird-check-sign-in-hint = Reads the sign-in Thunderbird saved for each OAuth2 account, renews it and checks IMAP and SMTP with it; no browser
thunderbird-asking-provider = Asking the provider…
thunderbird-nothing-to-ask = No account there signs in at a provider Mail Setup can ask.
thunderbird-saved-sign-in-works = { $address }: Thunderbird's saved sign-in works for receiving and sending.
# $problem is what went wrong, in a few words.
thunderbird-saved-sign-in-fails = { $address }: { $problem }
thunderbird-already-has = Your Thunderbird already has this account
# $protocol is IMAP or POP3, $server the account's incoming server;
# $incoming_server and $outgoing_server are the servers it is switched to.
thunderbird-offer-technical = This profile already has { $address } ({ $protocol } on { $server }), which signs in with a password. { $provider } stops accepting passwords; switching keeps the account with its mail, folders and filters, and sets it to sign in with OAuth2 on { $incoming_server } and { $outgoing_server }.
thunderbird-offer = { $address } signs in with a password there, which { $provider } stops accepting. Switching it keeps its mail, folders and filters.
thunderbird-switch = Switch this account
thunderbird-switch-needs-checks = (the checks must pass first)
thunderbird-or-add = Or add it as a second account:
thunderbird-what-is-added = What will be added
thunderbird-row-email = E-mail address
thunderbird-row-name = Name
# $protocol is IMAP or POP3.
thunderbird-row-incoming = Incoming ({ $protocol })
thunderbird-row-outgoing = Outgoing (SMTP)
thunderbird-row-sign-in = Sign-in
thunderbird-will-ask = Thunderbird will ask you to sign in once when it starts.
# $why is why Mail Setup cannot hand the sign-in over.
thunderbird-will-ask-because = Thunderbird will ask you to sign in once when it starts: { $why }.
thunderbird-keep-signed-in = Keep Thunderbird signed in
thunderbird-keep-signed-in-hint = Hands your sign-in to Thunderbird, encrypted in its own saved logins, so that it does not ask you to sign in again. Mail Setup keeps no copy.
thunderbird-no-oauth = Thunderbird cannot use OAuth2 with these servers, so the account may not sign in there.
thunderbird-close-first = Close Thunderbird first: it rewrites its settings when it exits.
thunderbird-write = Write to Thunderbird
thunderbird-skip = Skip
thunderbird-skip-hint = Go to the report without writing
thunderbird-writing = Writing to Thunderbird…
thunderbird-waiting-for-close = Thunderbird is open, and it rewrites its settings when it closes. Quit it (File › Quit): Mail Setup goes on by itself as soon as it has.
thunderbird-closed-writing = Thunderbird has closed; writing the account now.
thunderbird-not-changed = The account was not changed in Thunderbird.
thunderbird-handed-off = Thunderbird starts signed in: you will not have to sign in again.
# $why is what went wrong when handing the sign-in over.
thunderbird-handoff-failed = Thunderbird will ask you to sign in once when it starts. { $why }
# What the Thunderbird step changed. $profile is the profile's folder.
thunderbird-changed-already-present = The account was already in Thunderbird; nothing needed changing (profile { $profile }).
thunderbird-changed-switched = The account in Thunderbird now signs in with your provider; its mail, folders and filters are as they were (profile { $profile }).
thunderbird-changed-added = The account was added to Thunderbird (profile { $profile }).
# Follows the sentence above; $backup is a file.
thunderbird-backup = Thunderbird's previous settings are saved in { $backup }.

## Under a failure, on every page: what to send the helpdesk, and the
## diagnosis.
help-copy-ticket = Copy admin ticket
help-copy-ticket-hint = Ready-to-send text for your IT department: who, when, which app, the failing step, the diagnosis and the exact admin action
help-save-bundle = Save support bundle
help-save-bundle-hint = One file with the report and the protocol transcript for your helpdesk; it holds no password or token
help-what-happened = What happened
help-user-can-do = What you can do
help-admin-must-do = What your IT department must do
help-open-consent = I am the administrator: open the consent page
help-consent-opening = Opening the consent page in your browser. After accepting, choose Try again.
help-ticket-copied = Copied the admin ticket. Paste it into an e-mail to your IT department.
help-no-folder = Cannot find your Downloads or home folder to save the support bundle.
# $path is the file the bundle is saved to.
help-saving-bundle = Saving the support bundle to { $path } (it holds no password or token).
help-bundle-failed = Could not save the support bundle: { $why }

## The last page.
done-heading = Done
done-nothing-yet = Nothing was set up yet.
done-heading-fixed = Your mail works again
done-heading-set-up = Your mail is set up
done-heading-problem = Done, with a problem
done-heading-not-finished = Not finished
done-works = Receiving and sending mail work for { $address }.
done-practice-profile = This is the practice profile: it disappears when Mail Setup closes.
done-signed-in = Thunderbird is already signed in: it will not ask for your password.
done-sign-in-once = When Thunderbird starts, it asks you to sign in once, in your browser.
# $server is the mail server that still takes a password.
done-password-receiving = For receiving, your mail server ({ $server }) still uses your password: Thunderbird asks for it once.
done-password-sending = For sending, your mail server ({ $server }) still uses your password: Thunderbird asks for it the first time you send.
done-nothing-changed = Nothing was changed in Thunderbird.
# $problem is what went wrong, in a few words.
done-not-working = Not working: { $problem }
done-open-thunderbird = Open Thunderbird
done-copy-report = Copy report
done-copy-report-hint = The whole report as text, for your helpdesk
done-report-copied = Copied the report to the clipboard.
done-full-report = The full report
done-starting-thunderbird = Starting Thunderbird…
done-thunderbird-starting = Thunderbird is starting.
done-thunderbird-did-not-start = Thunderbird did not start: { $why }.
