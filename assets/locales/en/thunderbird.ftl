### Thunderbird's profiles and files: the errors of reading and changing
### them (the profile lock, prefs.js, the login store and Thunderbird's
### NSS, moving an account to OAuth2, handing the sign-in over, starting
### Thunderbird) and the listing of `mailsetup profiles`. File names
### (prefs.js, logins.json, logins.db, profiles.ini, msgFilterRules.dat),
### pref names (signon.storage.rust.active), NSS's function names, HOME,
### `mailsetup restore` and --format autoconfig stay as they are.
### $path, $profile, $root, $dir and $backup_dir are paths; $error is the
### operating system's or a library's own words.

## Errors, as the report, the wizard and the command line show them.
tb-error-profile-in-use = Thunderbird is using the profile { $profile }; close Thunderbird and try again
tb-error-read-only-profile = the profile { $profile } cannot be written ({ $error }); it is on a read-only disk or you may not write there: copy it somewhere writable, or ask whoever manages this computer
# $found is one of the tb-found-… texts.
tb-error-not-regular-file = { $path } is { $found }, not a regular file, so mailsetup does not read it; move it aside (Thunderbird expects a plain file there)
# $mebibytes is the limit (a number); $what is a file's name or one of the
# tb-limit-what-… texts, $why one of the tb-limit-why-… texts.
tb-error-too-large = { $path } is larger than { $mebibytes } MiB, the most mailsetup reads of { $what } ({ $why }); move it aside if it is not Thunderbird's
tb-error-change-undone = cannot replace { $path }: { $error }; nothing was changed: every file is as it was before (backups in { $backup_dir })
# $not_restored and $backups are lists of paths, separated by commas.
tb-error-half-changed = cannot replace { $path }: { $error }, and { $not_restored } could not be put back, so the profile is half changed; run mailsetup again on this profile (it puts the files back first), or copy these backups back by hand: { $backups }
tb-error-lock-check-failed = cannot tell whether Thunderbird is using the profile { $profile }: { $error }; close Thunderbird and try again
# $line is the line's number in the file; $message says what is wrong
# there (tb-prefs-nul-byte, tb-file-not-utf8, or the words of Thunderbird's
# own prefs.js reader, which stay English).
tb-error-prefs-syntax = { $path }, line { $line }: { $message }; fix or remove that line (Thunderbird skips it too), or start and close Thunderbird once so that it rewrites the file
# $message is the INI reader's own words.
tb-error-profiles-ini = { $path } is not a valid INI file: { $message }; fix it or move it aside so that Thunderbird recreates it
# $action is one of the tb-action-… texts: what could not be done to $path.
tb-error-io = cannot { $action } { $path }: { $error }; check that the path exists and that you may read and write there
tb-error-no-home = cannot find your home directory; set HOME
tb-error-profile-not-found = there is no Thunderbird profile directory at { $path }; check the path (a profile directory holds prefs.js)
# $names lists the profiles' names, separated by commas.
tb-error-no-default-profile = { $root } has several Thunderbird profiles ({ $names }) and none is the default; choose one of them explicitly
# $field is one of the tb-field-… texts, $problem one of the texts that
# say what is wrong with it (tb-invalid-…, tb-migrate-…, tb-identity-…,
# tb-journal-…, tb-restore-…, tb-export-…, tb-pref-unwritable), which
# continue the sentence: "the account's address is empty".
tb-error-invalid-account = the account's { $field } { $problem }; check the account settings
# $message is one of the tb-logins-… texts.
tb-error-logins-invalid = { $path } is not a login store Thunderbird can read: { $message }; nothing was changed (Thunderbird would set it aside and lose what mailsetup adds)
tb-error-logins-elsewhere = this profile keeps its saved logins in logins.db (signon.storage.rust.active), which mailsetup does not write; nothing was changed
tb-error-primary-password = a Primary Password protects the saved logins of { $profile }, so mailsetup cannot hand the sign-in to Thunderbird; nothing was changed
# $error is one of the tb-nss-… texts.
tb-error-nss = { $error }; nothing was changed

## What could not be done to a file, inside tb-error-io ("cannot { $action } { $path }").
tb-action-read = read
tb-action-write = write
tb-action-create = create
tb-action-copy = copy
tb-action-remove = remove
tb-action-replace = replace
tb-action-resolve = resolve
tb-action-flush = flush
tb-action-set-permissions = set permissions on
tb-action-create-private-directory = create a private directory in
tb-action-create-temporary-file = create a temporary file in
tb-action-create-backup = create the backup
tb-action-create-backup-of = create the backup of
tb-action-write-backup = write the backup

## Which setting is wrong, inside tb-error-invalid-account ("the account's { $field } …").
tb-field-address = address
tb-field-display-name = display name
tb-field-incoming-host = incoming host
tb-field-smtp-host = SMTP host
tb-field-incoming-port = incoming port
tb-field-smtp-port = SMTP port
tb-field-settings = settings
tb-field-account = account
tb-field-user-name = user name
tb-field-identity = identity
tb-field-backup = backup
tb-field-export = export
tb-field-change-journal = change journal

## What sits where a file should be, inside tb-error-not-regular-file.
tb-found-directory = a directory
tb-found-symbolic-link = a symbolic link
tb-found-named-pipe = a named pipe (FIFO)
tb-found-socket = a socket
tb-found-device = a device
tb-found-not-regular-file = not a regular file

## The files mailsetup reads only up to a size, and why that size, inside
## tb-error-too-large.
tb-limit-what-login-store = the login store
tb-limit-what-profile-list = the profile list
tb-limit-what-key-store = Thunderbird's key store
tb-limit-what-change-journal = the change journal
tb-limit-why-prefs = ten times the largest prefs.js Thunderbird is known to write
tb-limit-why-logins = room for tens of thousands of saved logins, far more than any real profile has
tb-limit-why-filters = room for about 100 000 message filters
tb-limit-why-profiles = room for thousands of profiles; Thunderbird writes a few lines per profile
tb-limit-why-key-store = many times the size of any key store Thunderbird makes
tb-limit-why-change-journal = a few hundred bytes per file a change touches

## Reading prefs.js.
tb-file-not-utf8 = the file is not UTF-8 text
tb-prefs-nul-byte = NUL byte in the file; Thunderbird stops reading there
# $name is the pref's name, in quotes.
tb-pref-unwritable = cannot write pref { $name }: { $reason }
tb-pref-name-empty = the name is empty
tb-pref-name-nul = the name contains a NUL character, which prefs cannot hold
tb-pref-value-nul = the value contains a NUL character, which prefs cannot hold

## What is wrong with a setting, after its name in tb-error-invalid-account.
tb-invalid-is-empty = is empty
tb-invalid-not-an-address = is not an e-mail address (it needs an @ and no spaces)
tb-invalid-contains-nul = contains a NUL character, which Thunderbird's prefs cannot hold
tb-invalid-not-a-host-name = is not a host name
tb-invalid-port-zero = is 0
# $account is the account's key in prefs.js (account1).
tb-invalid-account-not-in-profile = { $account } is not in this profile
tb-invalid-user-name-not-set = is not set on its servers

## Moving an account to OAuth2. $account is the account's key in prefs.js
## (account1).
tb-migrate-not-a-mail-account = { $account } is not a mail account in this profile
# $kind is the account's type as prefs.js names it (nntp, rss, ews).
tb-migrate-not-imap-or-pop = { $account } is a { $kind } account; only IMAP and POP accounts move to OAuth2
# $user_name is the account's user name, in quotes.
tb-migrate-no-address = { $account } has no e-mail address to sign in with (user name { $user_name }); give the address
# $pref is a pref's name.
tb-migrate-cannot-write = cannot write { $pref }
# Notes shown with the plan. $origin is where a password is saved (imap://mail.example.com).
tb-migrate-note-password-stays = the saved password for { $origin } stays: another account still signs in there with a password, and Thunderbird encrypts user names, so the two cannot be told apart
tb-migrate-note-logins-db = logins.db (Thunderbird's unused mirror of logins.json) is left as it is

## Adding an address (an identity) to an account.
# $alias is the address given, in quotes.
tb-identity-not-an-address = { $alias } is not an e-mail address
tb-identity-name-nul = the name contains a NUL character, which Thunderbird's prefs cannot hold
tb-identity-no-prefs = the profile has no prefs.js, so it has no account to add an address to
# $account is the account's key in prefs.js (account1).
tb-identity-no-such-account = { $account } is not an account with an identity in this profile

## The journal of an unfinished change, which mailsetup reads to put files
## back after a crash. $path is the journal's path; $why one of the
## tb-journal-… texts after it.
tb-journal-refused = { $path } { $why }; move it aside if mailsetup did not write it
# $error is the JSON reader's own words.
tb-journal-not-a-journal = is not a journal mailsetup writes ({ $error })
tb-journal-names-other-file = names { $path }, which no change writes
# $name is a file name, in quotes.
tb-journal-names-bad-backup = names the backup { $name }, which is not a file name

## Restoring a backup. $which is what was given, in quotes.
tb-restore-not-a-backup = { $which } is not one of this profile's backups (`mailsetup restore` lists them)

## Exporting accounts for many computers (policies.json, mozilla.cfg).
## ${NAME} is a placeholder for an environment variable; $text and $name
## are what was given, in quotes.
tb-export-unclosed-placeholder = unclosed ${"{"} in { $text }
tb-export-bad-variable-name = { $name } is not an environment variable name (letters, digits, _)
tb-export-value-nul = a value contains a NUL character, which prefs cannot hold
tb-export-policies-placeholder = policies.json is the same for every user of a machine, so { $text } cannot hold a per-user placeholder; use --format autoconfig

## The login store (logins.json), after tb-error-logins-invalid.
# $error is the JSON reader's own words.
tb-logins-not-json = not JSON ({ $error })
tb-logins-not-an-object = not a JSON object
# $number counts the saved logins from 1.
tb-logins-entry-not-an-object = login number { $number } is not an object
tb-logins-not-a-list = "logins" is not a list
tb-logins-no-list = it has no "logins" list
tb-logins-next-id = "nextId" is not a whole number

## Thunderbird's NSS, which encrypts the saved logins. $dir is a
## Thunderbird installation's directory.
# $looked_in lists directories, separated by commas.
tb-nss-not-found = no Thunderbird installation with its NSS libraries was found (looked in { $looked_in })
# $reason is one of the two texts below, or the system loader's own words.
tb-nss-unloadable = Thunderbird's NSS in { $dir } could not be loaded: { $reason }
tb-nss-library-missing = its NSS library is missing
# $file is a library's path.
tb-nss-did-not-load = { $file } did not load
# $loaded and $wanted are installations' directories.
tb-nss-other-install-loaded = this run already uses the NSS of { $loaded }; it cannot also use the one in { $wanted }
tb-nss-primary-password = a Primary Password protects this profile's saved logins
# $call is an NSS function's name, $code NSS's error number.
tb-nss-call-failed = NSS's { $call } failed (NSS error { $code })
tb-nss-still-open = Thunderbird's NSS still holds the previous key store open; run mailsetup again
tb-nss-not-base64 = a saved login is not the base64 that Thunderbird writes

## Starting Thunderbird from the wizard's last page.
tb-launch-already-open = Thunderbird is already open
# $program is the program's path.
tb-launch-failed = Thunderbird could not be started ({ $program }: { $error })

## mailsetup profiles: each profile and its accounts.
tb-listing-profile = { $name }: { $path }
tb-listing-profile-default = { $name } (default): { $path }
# $problem is an error above.
tb-listing-accounts-unknown = accounts unknown: { $problem }
tb-listing-no-accounts = no mail accounts
# $kind is the account's type (imap, pop3); $sign_in one of the
# tb-sign-in-… texts.
tb-listing-account = { $address }: { $kind } { $host } ({ $sign_in })
# In place of the address of an account that has none.
tb-listing-no-identity = (no identity)
# Follows tb-listing-account on the same line.
tb-listing-sends-via = , sends via { $host } ({ $sign_in })
# $hash is the installation's id, $dir its directory (or
# tb-listing-an-install), $profile the profile it opens (or
# tb-listing-opens-nothing).
tb-listing-install = install { $hash } ({ $dir }) opens { $profile }
tb-listing-an-install = an install
tb-listing-opens-nothing = nothing
tb-listing-no-profiles = no profiles
# What an account needs, in brackets before it.
tb-status-needs-oauth2 = needs OAuth2
tb-status-ok = ok
tb-status-unknown-provider = unknown provider
# How a server signs in.
tb-sign-in-none = no sign-in
tb-sign-in-password = password
tb-sign-in-kerberos = Kerberos
tb-sign-in-ntlm = NTLM
tb-sign-in-tls-certificate = TLS certificate
tb-sign-in-oauth2 = OAuth2
tb-sign-in-other = other sign-in
