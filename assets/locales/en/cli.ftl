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
