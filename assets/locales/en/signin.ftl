# The sign-in with the provider (its steps in the report, the page the
# browser shows afterwards, the device code fallback) and the steps of the
# setup around it: the plan, the Thunderbird stage and the hand-off of the
# sign-in to Thunderbird. Step titles are short commands; step details are
# lower-case clauses, as the report shows them after the title. Keep
# verbatim: option names (--no-write, --force), file names (logins.json,
# key4.db), offline_access, $BROWSER, NSS, OAuth2.

## How the sign-in page was opened. These finish the wizard's sentence
## "The sign-in page was { $how }." and start the report's detail of the
## step "Open the sign-in page".
signin-browser-opened-by-mailsetup = opened by mailsetup itself
signin-browser-opened-default = opened in your default browser
# $program is the command from the BROWSER environment variable.
signin-browser-opened-variable = opened with $BROWSER ({ $program })
# $error is the system's own error text.
signin-browser-default-failed = could not start your default browser: { $error }
# $failures lists each command tried with the system's error.
signin-browser-variable-failed = no command in $BROWSER could be started ({ $failures })

## The sign-in steps of the report.
signin-listen-title = Prepare to receive the sign-in
# $port is a number, $redirect the address the browser comes back to.
signin-listen-detail = listening on 127.0.0.1 port { $port } for { $redirect }
signin-listen-detail-ipv6 = listening on 127.0.0.1 and [::1] port { $port } for { $redirect }
# $error is the system's own error text.
signin-listen-failed = cannot listen on 127.0.0.1 for the sign-in redirect: { $error }
signin-browser-title = Open the sign-in page
# $how is one of the "opened …" texts above; $issuer the sign-in server.
signin-browser-detail = { $how }: { $issuer }
# $why is one of the "could not start …" texts above.
signin-browser-failed = { $why }; open the link shown by mailsetup yourself
signin-redirect-title = Sign in and approve in the browser
# $server is the sign-in server's host name.
signin-redirect-other-issuer = the answer names another issuer than { $server }; the code was not used
# Stands in for $server when the sign-in address has no host name.
signin-redirect-the-server = the sign-in server
signin-redirect-code = the browser came back with an authorization code
signin-redirect-refused = the provider refused the sign-in
# $seconds is a number.
signin-redirect-timed-out = no answer from the browser within { $seconds } s
signin-wait-cancelled = sign-in was cancelled
signin-wait-listener-gone = the loopback listener stopped unexpectedly
# $duration is a time span as the program writes it (300s).
signin-wait-timed-out = the browser did not come back within { $duration }
signin-exchange-title = Exchange the code for tokens
# $minutes is a number.
signin-exchange-with-refresh-valid = received an access token with a refresh token, valid for { $minutes } min
signin-exchange-without-refresh-valid = received an access token without a refresh token, valid for { $minutes } min
signin-exchange-with-refresh = received an access token with a refresh token
signin-exchange-without-refresh = received an access token without a refresh token
signin-refresh-title = Renew the access token
signin-refresh-none = the provider issued no refresh token (was offline_access requested?)
signin-refresh-accepted = the refresh token was accepted

## Why a request to the token endpoint failed. The provider's own words
## are shown apart from these.
# $seconds is a number.
signin-token-timed-out = the token endpoint did not answer within { $seconds } s
signin-token-refused = the provider refused the request
# $error is the system's own error text.
signin-token-unreachable = could not reach the token endpoint: { $error }
signin-token-unreadable = the token endpoint's answer could not be read: { $error }
# $status is the HTTP status (429), $seconds the wait the provider asks for.
signin-throttled-wait-waited = the sign-in service is throttling requests (HTTP { $status }) and asks to wait { $seconds } s; mailsetup waited once as asked and stops here rather than ask again in a loop
signin-throttled-wait = the sign-in service is throttling requests (HTTP { $status }) and asks to wait { $seconds } s; longer than mailsetup waits within one step, so it did not ask again
signin-throttled-slow-down-waited = the sign-in service is throttling requests (HTTP { $status }) and asks to slow down; mailsetup waited once as asked and stops here rather than ask again in a loop
signin-throttled-slow-down = the sign-in service is throttling requests (HTTP { $status }) and asks to slow down; longer than mailsetup waits within one step, so it did not ask again

## The device code fallback, for when the browser cannot come back to
## this computer (remote sessions).
signin-device-label = Fallback: sign in with a code on another device
signin-device-warning = Use this only when the normal browser sign-in cannot work (for example in a remote session). Many organisations block device code sign-in (AADSTS53003); if yours does, this fails and the normal sign-in is the way.
signin-device-title = Sign in with a device code (fallback)
signin-device-no-endpoint = this provider has no device code endpoint mailsetup knows of
signin-device-start-refused = the provider refused to start a device code sign-in
# $error is the system's own error text.
signin-device-unreachable = could not reach the device code endpoint: { $error }
signin-device-unusable = the device code endpoint's answer could not be used: { $error }
# $seconds is a number.
signin-device-timed-out = the device code endpoint did not answer within { $seconds } s
signin-device-cancelled = cancelled
signin-device-refused = the provider refused the device code sign-in
signin-device-failed = the device code sign-in failed: { $error }
# $code is the code the user typed, $uri where they typed it.
signin-device-approved = code { $code } was approved at { $uri }; received an access token

## The page the browser tab shows after the sign-in. Plain text: the
## program adds the markup.
signin-page-signed-in-title = You are signed in
signin-page-signed-in = Mail Setup has what it needs. You can close this tab and return to Mail Setup.
signin-page-not-complete-title = Sign-in did not complete
# $error is the provider's error code (access_denied), shown as code.
signin-page-provider-answered = Your provider answered { $error }.
signin-page-provider-explained = Return to Mail Setup: it explains what this means and what to do next.
signin-page-another-issuer = This answer names another sign-in server than the one Mail Setup sent you to, so Mail Setup did not use it. Return to Mail Setup and start the sign-in again from there.
signin-page-not-this-title = This sign-in is not the one Mail Setup is waiting for
signin-page-not-this = The link does not match the sign-in Mail Setup started. It may be from an earlier attempt. Return to Mail Setup and start the sign-in again from there.
signin-page-malformed-title = This is not a valid sign-in answer
signin-page-malformed = The link repeats a sign-in parameter, so Mail Setup did not use it. Return to Mail Setup and start the sign-in again from there.
signin-page-not-waiting-title = Mail Setup is not waiting for a sign-in
signin-page-not-waiting = Return to Mail Setup and start the sign-in from there.
signin-page-refused-title = Request refused
# $status is an HTTP status number.
signin-page-refused = Mail Setup's sign-in listener does not take this request (HTTP { $status }).
signin-page-not-found-title = Not found
signin-page-not-found = Nothing here.

## What was typed, refused before anything runs.
# $error says what is wrong with the typed address.
flow-delegate-invalid = the delegate: { $error }
flow-delegate-is-mailbox = { $address } is the shared mailbox itself; the delegate is the person who opens it with their own sign-in
flow-delegate-not-oauth = a shared mailbox is opened with the delegate's own sign-in, and { $provider } does not sign in with mailsetup's OAuth2 (it uses a password or Thunderbird's own sign-in)
flow-name-has-nul = the name must not contain a NUL character
# $host is the account's incoming server.
flow-account-no-address = the account on { $host } has no e-mail address

## The plan: the report's first steps and warnings.
flow-delegate-other-domain = { $delegate } and the shared mailbox { $address } are in different domains: both must be in the same Microsoft 365 organisation, or the mail server will not let { $delegate } open it.
flow-plan-title = Find the provider and servers
# $provider is the provider's name, $source where the plan came from (one
# of the flow-source texts), $sign-in how the sign-in happens (one of the
# flow-plan-sign-in texts).
flow-plan-detail = { $provider } ({ $source }); { $sign_in }
# $issuer is the sign-in server, $client the app's registration id.
flow-plan-sign-in-oauth = sign-in at { $issuer } with client { $client }
flow-plan-sign-in-thunderbird = OAuth2 at { $issuer }, done by Thunderbird itself; mailsetup checks the servers without signing in
flow-plan-sign-in-password = password sign-in (Thunderbird asks for it); mailsetup checks the servers without signing in
# $lookup names the lookup (DNS SRV, autoconfig…).
flow-lookup-title = Lookup: { $lookup }
flow-stop-title = Can this account be moved to OAuth2?
flow-source-catalogue = from mailsetup's built-in catalogue
flow-source-user-choice = as you chose
flow-source-provider-file = from the provider file { $path }
flow-source-sandbox = the built-in sandbox
flow-source-discovered = found by the { $lookup } lookup
flow-source-thunderbird = from the server Thunderbird already uses, { $host }

## The sign-in and checks stages.
flow-token-title = Look inside the access token
# $seconds is a number.
flow-token-expired = the token endpoint said the token lasts { $seconds } s, and that time is over
flow-no-sign-in-held = no sign-in is held any more; sign in again
flow-sign-in-title = Sign in in the browser
flow-smtp-title = Check SMTP
flow-cancelled = cancelled
flow-not-done-yet = not done yet
flow-sign-in-by-thunderbird = not done by mailsetup: Thunderbird signs in to this account by itself
flow-stopped-by-plan = not tried: this account cannot be moved to OAuth2 (see above)
flow-checks-after-failed-sign-in = not tried, because sign-in did not complete
flow-checks-not-yet = not tried yet

## The Thunderbird stage.
flow-write-title = Add the account to Thunderbird
flow-migrate-title = Switch the Thunderbird account to OAuth2
flow-write-no-write = not written (--no-write)
# $account is Thunderbird's account key (account3), $profile a folder.
flow-write-added = account { $account } added to { $profile }
flow-write-already-present = the profile already has this account ({ $account }); nothing changed
flow-write-updated = the profile's account { $account } now signs in with OAuth2 (its mail and folders are kept)
flow-migrate-already = { $account } already signs in with OAuth2; nothing changed
# $changes and $removed are numbers; $server is Thunderbird's server key.
flow-migrate-done = { $account } now signs in with OAuth2 on { $incoming } ({ $changes } settings changed, { $removed } saved passwords removed; server key { $server } and its mail kept)
flow-migrate-done-smtp = { $account } now signs in with OAuth2 on { $incoming } and { $smtp } ({ $changes } settings changed, { $removed } saved passwords removed; server key { $server } and its mail kept)
# $detail is the step's detail; this is added when --force overrode a check.
flow-forced = { $detail } (done although a check failed: --force)
flow-write-skipped-no-write = not written: this run only checks (--no-write)
flow-write-skipped-by-user = not written: you chose Skip
flow-write-skipped-sign-in = not written, because sign-in did not complete
flow-write-skipped-check = not written, because a check failed
flow-write-skipped-yet = not written yet
flow-migrate-skipped-no-write = not switched: this run only checks (--no-write)
flow-migrate-skipped-by-user = not switched: you chose Skip
flow-migrate-skipped-sign-in = not switched, because sign-in did not complete
flow-migrate-skipped-check = not switched, because a check failed (see the diagnosis; --force would switch anyway)
flow-migrate-skipped-yet = not switched yet

## Handing the sign-in to Thunderbird, so it starts signed in.
flow-handoff-title = Keep Thunderbird signed in
# $why is one of the reasons below, or an error.
flow-handoff-without = { $why }; Thunderbird will ask you to sign in once when it starts
flow-handoff-no-write = not handed over: this run writes nothing (--no-write)
flow-handoff-not-written = not handed over, because the account was not written
flow-handoff-not-switched = not handed over, because the account was not switched
flow-handoff-no-sign-in = not handed over: mailsetup holds no sign-in
flow-handoff-no-refresh = not handed over: the provider gave no refresh token
flow-handoff-turned-off = not handed over: turned off (--no-sign-in-handoff)
# The reasons the hand-off cannot happen, each alone (the wizard shows it
# instead of its "Keep Thunderbird signed in" box) and in the report.
flow-handoff-by-thunderbird = Thunderbird signs in to this account by itself
flow-handoff-by-thunderbird-report = not needed: Thunderbird signs in to this account by itself
flow-handoff-provider-file = the sign-in was made for the provider file's own app registration, and Thunderbird can only use one made for its own
flow-handoff-provider-file-report = not handed over: the sign-in was made for the provider file's own app registration, and Thunderbird can only use one made for its own
flow-handoff-sandbox = the sign-in was made for the practice provider, and Thunderbird can only use one made for its own
flow-handoff-sandbox-report = not handed over: the sign-in was made for the practice provider, and Thunderbird can only use one made for its own
flow-handoff-other-app = the sign-in was made for an app registration that is not Thunderbird's, and Thunderbird can only use one made for its own
flow-handoff-other-app-report = not handed over: the sign-in was made for an app registration that is not Thunderbird's, and Thunderbird can only use one made for its own
flow-handoff-other-service = Thunderbird signs in to these servers through another Microsoft sign-in service
flow-handoff-other-service-report = not handed over: Thunderbird signs in to these servers through another Microsoft sign-in service
# $user is an address.
flow-handoff-replaced = { $user } (replacing the sign-in saved before)
# $users lists the addresses; $nss is the folder of Thunderbird's NSS.
flow-handoff-done = Thunderbird starts signed in as { $users }: the sign-in is in the profile's login store (logins.json), encrypted as Thunderbird does it, with its own NSS from { $nss }; mailsetup keeps no copy
flow-handoff-done-key-store = Thunderbird starts signed in as { $users }: the sign-in is in the profile's login store (logins.json), encrypted as Thunderbird does it, with its own NSS from { $nss }; mailsetup keeps no copy; the profile had no key store (key4.db) and now has one
# $detail is one of the two texts above; $backups lists files.
flow-handoff-backups = { $detail }; backups: { $backups }

## The doctor: Thunderbird's own saved sign-in, renewed.
flow-doctor-no-browser = doctor never opens a browser
flow-saved-title = Find Thunderbird's saved sign-in
# $user is the sign-in name, $issuer the sign-in server.
flow-saved-none = Thunderbird has no saved sign-in for { $user } at { $issuer }: it will ask the user to sign in when it next connects
flow-saved-found = Thunderbird has a saved sign-in for { $user } at { $issuer }
flow-save-title = Save the renewed sign-in for Thunderbird
flow-save-running = not saved: Thunderbird is running; its own saved sign-in stays valid and Thunderbird renews it itself
flow-save-done = the provider renewed the refresh token; the new one replaces Thunderbird's, as Thunderbird itself would do

# Before Microsoft's error code in the lines an administrator copies (the
# ticket, explain); the other labels there are Microsoft's field names.
signin-aadsts-code = AADSTS code:
