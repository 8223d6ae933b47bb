# The command line's own words (the audit's table is in audit.ftl).

## mailsetup --fix-needed, run at logon. $reason is the account's state in words.
cli-fix-needed-nothing = Every Thunderbird mail account is fine: nothing to fix.
cli-fix-needed = { $address } (profile "{ $profile }") needs fixing: { $reason }.

## mailsetup profiles, migrate, doctor, restore, export, alias. Paths,
## addresses and server names are filled in; flags and commands in
## backquotes stay as they are.
cli-no-profiles = No Thunderbird profiles found (looked in { $looked }).
cli-profiles-needs-oauth2 = Accounts marked [needs OAuth2] stop working when the provider switches passwords off: `mailsetup migrate` switches them in place.
cli-asking-host = Asking where { $address }'s mail is hosted ({ $server } is not a name mailsetup knows)…
cli-migrate-nothing = No account in { $profile } needs to move to OAuth2.
cli-migrate-ask = { $accounts ->
    [one] Sign in and check first, then switch this account?
   *[other] Sign in and check first, then switch these { $accounts } accounts?
}
cli-nothing-changed = Nothing changed.
cli-migrate-not-changed = The account was not changed. Read the diagnosis above; `--force` switches it anyway.
cli-migrate-start-thunderbird = Start Thunderbird: it asks you to sign in once (in your browser from version 153 on).
cli-doctor-nothing = No account of { $profile } signs in with OAuth2 at a provider mailsetup can ask.
cli-doctor-nothing-for = No account of { $profile } signs in with OAuth2 at a provider mailsetup can ask for { $address }.
cli-no-backups = No mailsetup backups in { $profile }.
cli-backups = Backups in { $folder } (newest first):
cli-restore-how = Restore one with: mailsetup restore --profile { $profile } NAME
cli-restored = Restored { $file } from { $backup }.
cli-restored-kept = The file as it was is kept in { $path }.
cli-written = Written to { $path }.
cli-alias-not-sent = The test message from { $alias } did not go through, so the alias was not added. Nothing changed.
cli-alias-sent = The server took the test message from { $alias }. Look at it in { $owner }'s inbox: if it says it is from { $owner }, not { $alias }, Exchange rewrote the sender, and the administrator must allow sending from aliases (Set-OrganizationConfig -SendFromAliasEnabled $true).
# $name is the name recipients see; $account and $identity are Thunderbird's keys (account1, id2).
cli-alias-added = { $alias } ({ $name }) added to { $owner } ({ $account }) as identity { $identity }: choose it in Thunderbird's From field.
cli-alias-present = { $owner } already sends as { $alias } (identity { $identity }); nothing changed.
cli-backup-of-prefs = Backup of prefs.js: { $path }.

## mailsetup setup and check.
cli-bundle-written = Support bundle written to { $path } (it holds no password or token).
# $seconds is how long the sign-in may take.
cli-sign-in-browser = Sign in in your browser. If no browser opened, open this link:
    {"  "}{ $link }
    Waiting up to { $seconds } s…
cli-way-out = On the command line, --provider-file FILE gives the servers by hand, and setup's --microsoft-365 chooses Microsoft 365 (work or school).

## Why a command could not run (printed after "mailsetup: "). $error is the
## system's or the parser's own reason, as it says it; $path, $root,
## $profile and $file are files or folders; $address, $alias and $owner
## e-mail addresses. --profile and `mailsetup profiles` stay as they are;
## DIR is the placeholder of help-value-dir.
cli-manpage-failed = the man page could not be written: { $error }
cli-no-home = cannot find your home directory to look for Thunderbird
cli-profile-dir-missing = the profile directory { $path } does not exist
cli-bundle-failed = cannot write the support bundle to { $path }: { $error }
cli-write-failed = cannot write { $path }: { $error }
cli-no-profile-under = there is no Thunderbird profile under { $root }; pass --profile DIR
cli-no-prefs = { $profile } has no prefs.js, so no accounts
cli-no-account-for = the profile { $profile } has no account for { $address }; `mailsetup profiles` lists its accounts
# $account is the account's key in prefs.js (account1), $server its incoming server.
cli-migrate-not-oauth-provider = { $address } ({ $account } on { $server }) is not at Microsoft or Google as far as mailsetup can tell, so it cannot be switched to OAuth2 here
cli-no-google-plan = no Google plan
# $provider is the provider's name.
cli-export-password = { $address }: { $provider } signs in with a password, which mailsetup does not deploy
# $servers is one server name, or two joined by cli-two-servers.
cli-export-no-oauth = { $address }: Thunderbird cannot use OAuth2 with { $servers }, so an exported account could not sign in
cli-two-servers = { $first } and { $second }
cli-alias-invalid = the alias: { $error }
cli-alias-is-owner = { $alias } is the account's own address, not an alias of it
cli-alias-sign-in-unknown = mailsetup does not know how { $owner } signs in, so it cannot send the test message

## mailsetup migrate, before it asks: what would change in each account.
## $account is the account's key in prefs.js (account1), $protocol imap or
## pop3, $server its incoming server, $provider microsoft or google; $pref
## is a pref's name and $value, $old its values, all as they are.
cli-migrate-plan = { $address } ({ $account }, { $protocol } { $server }) → OAuth2 at { $provider }:
cli-migrate-pref = { $pref } = { $value }   (was { $old })
cli-migrate-pref-new = { $pref } = { $value }   (was unset)
cli-migrate-filters = filters in { $file } move to the new server name
# $origin is what the password was saved for (imap://mail.example.com).
cli-migrate-password-removed = the saved password for { $origin } is removed (Thunderbird signs in with OAuth2 now)
# $note is one of the migration's own notes.
cli-migrate-note = note: { $note }
# $account is the account's key in prefs.js (account1).
cli-already-oauth2 = { $address } ({ $account }) already signs in with OAuth2; nothing to do.

## mailsetup restore, one line per backup: $name is the backup's name (what
## restore takes), $bytes its size in bytes (digits only), $file the file
## it restores.
cli-backup-entry = { $name }  ({ $bytes } bytes, restores { $file })

## mailsetup explain, when no diagnosis fits. EMAIL is the placeholder of
## help-value-email.
cli-explain-nothing = mailsetup has no diagnosis for this. Run `mailsetup check EMAIL` to find the failing step, or paste the server's exact reply.

## setup --device-code, after the lines that say what this way of signing in
## is. $link is the page to open, $code what to enter there, $minutes how
## long the code is valid.
cli-device-code = On any device, open { $link } and enter the code:  { $code }
    (valid for { $minutes } min)

## The migrate question's answers: what follows the question, and the words
## that mean yes, separated by commas (y and yes are always taken too).
cli-ask-choices = [y/N]
cli-ask-yes = y, yes
# When the wizard cannot open its window; $error is the system's reason.
cli-window-failed = the window could not open: { $error }
# --sandbox given to a command that only works on the real Thunderbird or providers.
cli-sandbox-not-here = `{ $command }` does not use the practice provider: `--sandbox` goes with the wizard, `setup`, `check`, `migrate` and `alias`. Nothing was done.
