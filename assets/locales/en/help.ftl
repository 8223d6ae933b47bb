### The command line's help texts: what `mailsetup --help`, `mailsetup
### COMMAND --help` and -h, the man page and the shell completions say about
### each command, flag, argument and value (the words clap writes around
### them are in usage.ftl). Looked up by the clap definitions in
### src/cli/mod.rs and src/cli/tb.rs.
###
### A `help-cmd-…` message is the command's one-line summary (the command
### list, -h); its `help-cmd-…-long` is the text of --help, where a blank line
### starts a new paragraph. A line break here is a line break in the help,
### so each paragraph is one line. Summaries and flags' texts end without a
### full stop. `help-value-…` are the placeholders for values
### (--profile DIR), in capitals. Flags (--all-users), commands (`doctor`),
### file names and environment variables stay as they are.

## mailsetup itself, and the flags every command takes.
help-cmd-mailsetup = Mail Setup Assistant: moves mail accounts onto OAuth2 and sets Thunderbird up
# Shown at the end of `mailsetup --help`.
help-cmd-mailsetup-after = Exit status: 0 every check passed, 1 a check failed (or nothing was found), 2 the command could not run.
help-sandbox = Try everything against a built-in practice provider; no account needed
help-verbose = Print log messages (never secrets) to standard error
help-lang = The language to speak (de, fr, pt-BR…); otherwise MAILSETUP_LANG, then the system's. JSON keys, ids and servers' own words stay as they are
help-fix-needed = For a logon script or a desktop shortcut: do nothing (exit 0) when every Thunderbird account of this user is fine; otherwise open the wizard at the first account that needs fixing, saying why

## The commands: a summary, and for some the longer text of --help.
help-cmd-setup = Sign in, check IMAP and SMTP, and add the account to Thunderbird
help-cmd-check = Find the servers, sign in and check IMAP and SMTP, without writing anything; every failed step is explained (the diagnosis)
help-cmd-check-long =
    Find the servers, sign in and check IMAP and SMTP, without writing anything; every failed step is explained (the diagnosis).

    Exit status: 0 every check passed, 1 a check failed, 2 it could not run.
help-cmd-explain = Explain an error offline: an AADSTS code, an SMTP or IMAP reply, or any pasted error text. Prints what happened, what you can do and what your administrator must do
help-cmd-explain-long =
    Explain an error offline: an AADSTS code, an SMTP or IMAP reply, or any pasted error text. Prints what happened, what you can do and what your administrator must do.

    Exit status: 0 a diagnosis was found, 1 none was.
help-cmd-detect = Find the provider, servers and sign-in method for an address, and show the evidence
help-cmd-detect-long =
    Find the provider, servers and sign-in method for an address, and show the evidence.

    Exit status: 0 a plan was found, 1 none was (or the account cannot be moved), 2 it could not run.
help-cmd-profiles = List Thunderbird profiles (every install: Linux, Flatpak, Snap, Windows, macOS) and their accounts, with what each needs
help-cmd-migrate = Switch password accounts at Microsoft or Google to OAuth2 in place, keeping mail, folders and filters. Signs in and checks first
help-cmd-migrate-long =
    Switch password accounts at Microsoft or Google to OAuth2 in place, keeping mail, folders and filters. Signs in and checks first.

    Exit status: 0 switched (or nothing to do), 1 a check failed or you said no, 2 it could not run.
help-cmd-doctor = What Thunderbird's own sign-in says: for each OAuth2 account of the profile, read the sign-in Thunderbird saved, renew it at the provider and check IMAP and SMTP with it. No browser, nothing to type; for "Thunderbird keeps asking me to sign in" and "sending stopped"
help-cmd-doctor-long =
    What Thunderbird's own sign-in says: for each OAuth2 account of the profile, read the sign-in Thunderbird saved, renew it at the provider and check IMAP and SMTP with it. No browser, nothing to type; for "Thunderbird keeps asking me to sign in" and "sending stopped".

    Exit status: 0 every account passed, 1 one failed (or none was found), 2 it could not run.
help-cmd-alias = Add another address of a mailbox (an alias such as sales@…) to its account in Thunderbird, to send as it; `--send-test` first proves with one real message that the server allows it
help-cmd-alias-long =
    Add another address of a mailbox (an alias such as sales@…) to its account in Thunderbird, to send as it; `--send-test` first proves with one real message that the server allows it.

    Exit status: 0 added (or already there), 1 the test message was refused, 2 it could not run.
# The state names (works, password-microsoft-365, …) are what the audit prints; they stay as they are.
help-cmd-audit = Find every Thunderbird account that will break, and when: each account of each profile of each install, with its state and what to do. Reads only, offline (`doctor` is the online check)
help-cmd-audit-long =
    Find every Thunderbird account that will break, and when: each account of each profile of each install, with its state and what to do. Reads only, offline (`doctor` is the online check).

    States: works, password-microsoft-365 (sending stops at the end of December 2026; receiving already stopped), password-refused (Gmail, Outlook.com, Yahoo, AOL), ews-microsoft-365 (blocked since 1 October 2026, gone 1 April 2027), sign-in-missing, sign-in-expired (judged from the login store: Microsoft drops a sign-in unused for 90 days), unknown-provider, nothing-to-do.

    Exit status: 0 nothing to do, 1 an account needs action, 2 it could not run or could not read everything (and nothing needs action): a detection script for an RMM or Intune.
help-cmd-completions = Print shell completions for bash, zsh or fish (the .deb installs them)
help-cmd-manpage = Print the man page (roff), for packaging
help-cmd-restore = List mailsetup's backups of a profile, or restore one (the current file is backed up first)
help-cmd-export = Write a policies.json or AutoConfig file that deploys accounts to many machines

## Placeholders for flags' and arguments' values.
help-value-language = LANGUAGE
help-value-delegate = DELEGATE
help-value-dir = DIR
help-value-seconds = SECONDS
help-value-file = FILE
help-value-pem = PEM
help-value-code-or-text = CODE-OR-TEXT
help-value-email = EMAIL
help-value-date = DATE

## Where a provider's settings come from: flags of setup, check, detect,
## migrate, doctor, alias and export.
help-provider-file = Use the provider settings in this TOML file for the domains it lists (see the README)
help-ca-file = Also trust the CA certificates in this PEM file (TLS inspection, test servers)

## mailsetup setup and mailsetup check. EMAIL, DELEGATE and FILE are the
## placeholders of help-value-….
help-setup-email = The e-mail address to set up
help-setup-name = Your name as recipients see it (default: the part before the @)
help-setup-delegate = EMAIL is a shared mailbox (info@…, support@…) that DELEGATE opens with their own sign-in (Microsoft 365): DELEGATE signs in and sends, the account reads and sends as EMAIL
help-setup-profile = Write into this Thunderbird profile directory instead of the default one
help-setup-microsoft-365 = The address is on Microsoft 365 (work or school), though mailsetup does not know its domain
help-setup-json = Print the report as JSON
help-setup-no-write = Sign in and check, but do not write anything
help-setup-no-sign-in-handoff = Do not hand the sign-in to Thunderbird: Thunderbird then asks you to sign in once when it starts
help-setup-timeout = How long to wait for the browser sign-in, in seconds
help-setup-device-code = Fallback: sign in with a code typed on another device (RFC 8628), for remote sessions whose browser cannot reach this computer. Many organisations block it (AADSTS53003)
help-setup-send-test = Also send one real test message, from EMAIL to whoever signs in (the delegate, or EMAIL itself), after the checks: the only way to see a missing Send As permission, which Exchange reports only for a real message. Nothing is ever sent without this
help-setup-ticket = Print the ready-to-send admin ticket instead of the report
help-setup-bundle = Also write the support bundle (one JSON file, no secrets) to FILE

## mailsetup explain. The example codes and replies stay as they are.
help-explain-text = An AADSTS code (AADSTS65001 or 65001), an SMTP reply (535 5.7.139 …), an IMAP reply (NO AUTHENTICATE failed.), or pasted error text
help-explain-json = Print JSON
help-explain-all = Show every matching diagnosis, best first, not only the best

## mailsetup detect
help-detect-email = The e-mail address to look up
help-detect-json = Print the plan and the evidence as JSON

## mailsetup profiles
help-profiles-root = Look under this Thunderbird root instead of the platform's
help-profiles-json = Print JSON

## mailsetup migrate
help-migrate-email = The address of the account to switch; without it, mailsetup lists the accounts that need OAuth2 and asks
help-migrate-profile = The Thunderbird profile directory (default: the one Thunderbird opens)
help-migrate-yes = Do not ask: switch every account listed (for scripts)
help-migrate-force = Switch even when a check failed (after reading the diagnosis)
help-migrate-json = Print the reports as JSON
help-migrate-timeout = How long to wait for the browser sign-in, in seconds
help-migrate-no-sign-in-handoff = Do not hand the sign-in to Thunderbird: Thunderbird then asks you to sign in once when it starts

## mailsetup doctor
help-doctor-email = Only the account with this address; without it, every OAuth2 account of the profile
help-doctor-profile = The Thunderbird profile directory (default: the one Thunderbird opens)
help-doctor-json = Print the reports as JSON (a list, one per account)

## mailsetup alias
help-alias-email = The address of the account (its mailbox) in the profile
help-alias-alias = The other address of the same mailbox to send as (`sales@…`)
help-alias-name = The name recipients see for the alias (default: the account's)
help-alias-profile = The Thunderbird profile directory (default: the one Thunderbird opens)
help-alias-send-test = First sign in and send one real test message from the alias to the mailbox, and add the alias only if the server takes it: the only way to see whether sending as the alias is allowed
help-alias-timeout = How long to wait for the browser sign-in, in seconds
help-alias-json = Print the report of the test message as JSON

## mailsetup audit. YYYY-MM-DD is the date's format; the paths stay as they are.
help-audit-all-users = Every user of this machine (run as root or Administrator): Linux /home/* and /root, macOS /Users/*, Windows C:\Users\*, each with Flatpak and Snap. Reads only; another user's saved sign-ins are never decrypted ("not checked"); links out of a home are not followed
help-audit-users-dir = With --all-users: the directory holding the homes, instead of the platform's (a mounted disk, say)
help-audit-on = Judge as of this day (YYYY-MM-DD), to see what breaks next; default today
help-audit-json = Print JSON (with a schema_version)
help-audit-csv = Print CSV, one row per account

## mailsetup completions
help-completions-shell = The shell to complete in

## mailsetup restore
help-restore-backup = The backup to restore (a name from the list); without it, the backups are listed
help-restore-profile = The Thunderbird profile directory (default: the one Thunderbird opens)
help-restore-json = Print JSON

## mailsetup export. policies and autoconfig are the values of --format and
## stay as they are, as do the placeholders ${USER} and ${NAME} (written
## ${"{"}USER{"}"} here, as Fluent reads braces).
help-export-format = policies (policies.json) or autoconfig (mozilla.cfg)
help-export-format-policies = An enterprise policies.json (`Preferences` policy)
help-export-format-autoconfig = An AutoConfig file (mozilla.cfg); `${"{"}NAME{"}"}` in an address reads the environment variable NAME at each start
help-export-emails = The addresses; with --format autoconfig they may hold `${"{"}USER{"}"}`-style placeholders, e.g. '${"{"}USER{"}"}@contoso.example'
help-export-name = The sender name (default: the part before the @)
help-export-output = Write to FILE instead of standard output

## More placeholders: the alias of alias, --name, export's --format,
## completions' shell and restore's backup.
help-value-alias = ALIAS
help-value-name = NAME
help-value-format = FORMAT
help-value-shell = SHELL
help-value-backup = BACKUP
