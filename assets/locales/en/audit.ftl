# The state of each Thunderbird account in words, as `mailsetup audit` and
# the wizard's account list say it. $provider is a provider's name
# (Microsoft 365, Gmail) or "none" when it is not known; $date, $blocked,
# $removed and $last_used are whole dates ("31 December 2026"); $server is
# a server name. "Fix" is the wizard's button of that name.

audit-fix = Choose Fix in Mail Setup (or run mailsetup migrate): you sign in once at { $provider }, and the account keeps its mail, folders and filters.
audit-ews-before = Exchange account at Microsoft 365: Microsoft blocks this way of connecting from { $blocked }
audit-ews-blocked = Exchange account at Microsoft 365: blocked since { $blocked } unless the admin allows it, and gone on { $removed }
audit-ews-gone = Exchange account at Microsoft 365: this way of connecting ended on { $removed }
audit-ews-what-to-do = Add the mailbox again as an IMAP account: choose Add another account in Mail Setup (or run mailsetup setup ADDRESS); the mail stays on the server.
audit-ews-elsewhere = Exchange account: nothing Mail Setup needs to change
audit-not-mail = Not a mail account that signs in (news or feeds): nothing to change
audit-m365-both-before = Uses a password at Microsoft 365: receiving with it already stopped, and sending with it stops on { $date }
audit-m365-both-after = Uses a password at Microsoft 365: receiving with it already stopped, and Microsoft stopped taking it for sending on { $date } (unless the admin switched it back on for now)
audit-m365-receiving = Uses a password at Microsoft 365 for receiving, which Microsoft already refuses
audit-m365-sending-before = Uses a password at Microsoft 365 for sending: sending with it stops on { $date }
audit-m365-sending-after = Uses a password at Microsoft 365 for sending: Microsoft stopped taking it for sending on { $date } (unless the admin switched it back on for now)
audit-outlook-com-password = Uses a password at Outlook.com, which Microsoft has refused since { $date }
audit-gmail-password = Uses a password at Gmail, which Google has refused since { $date } (unless it is an app password)
audit-other-password-refused = Uses a password at { $provider }, which only takes app passwords or a sign-in through its page
audit-switch-in-thunderbird = In Thunderbird, Account Settings, Server Settings: set Authentication method to OAuth2 (for the outgoing server too); Thunderbird then opens the sign-in page of { $provider }.
audit-unknown-password = Signs in with a password at { $server }; Mail Setup cannot tell without asking that provider whether it will stop taking passwords
audit-unknown-what-to-do = Nothing, as long as mail works. To be sure, run mailsetup migrate --dry-run, which looks the server up.
audit-hand-off = Choose Fix in Mail Setup: you sign in once at { $provider }, and Mail Setup hands the sign-in to Thunderbird.
audit-sign-in-in-thunderbird = { $provider ->
    [none] Open Thunderbird and sign in to your provider when it asks; Thunderbird keeps the sign-in from then on.
   *[other] Open Thunderbird and sign in to { $provider } when it asks; Thunderbird keeps the sign-in from then on.
}
audit-signed-out-missing = { $provider ->
    [none] Signed out: the account signs in through the provider's page, but Thunderbird has no saved sign-in for it
   *[other] Signed out: the account signs in with { $provider }, but Thunderbird has no saved sign-in for it
}
audit-signed-out-expired = { $last_used ->
    [none] Signed out: Thunderbird's saved sign-in lay unused too long and has expired
   *[other] Signed out: Thunderbird's saved sign-in lay unused too long and has expired, last used on { $last_used }
}
audit-works-not-checked = { $provider ->
    [none] Works: signs in through the provider's page (the saved sign-in was not checked)
   *[other] Works: signs in with { $provider } (the saved sign-in was not checked)
}
audit-works = { $provider ->
    [none] { $last_used ->
        [none] Works: signs in through the provider's page
       *[other] Works: signs in through the provider's page, last used on { $last_used }
    }
   *[other] { $last_used ->
        [none] Works: signs in with { $provider }
       *[other] Works: signs in with { $provider }, last used on { $last_used }
    }
}
audit-password-still-taken = Signs in with a password at { $provider }, which still takes one: nothing to change

## The table `mailsetup audit` prints. $count, $accounts, $profiles and
## $needing are numbers; $day a whole date; $path a folder; $user a user name.
audit-table-title = Thunderbird accounts, as they stand on { $day }
audit-table-no-home = No home directory to look in.
audit-table-user = User { $user } ({ $path })
audit-table-not-checked = Not checked: { $why }
audit-table-no-profiles-here = No Thunderbird profiles.
audit-table-install = Thunderbird: { $path }
audit-table-install-flatpak = Thunderbird (Flatpak): { $path }
audit-table-install-snap = Thunderbird (Snap): { $path }
audit-table-no-profiles = No profiles.
audit-table-profile = Profile "{ $name }" ({ $facts }): { $path }
audit-table-opens-by-default = opens by default
audit-table-last-version = last used by Thunderbird { $version }
audit-table-never-opened = never opened by Thunderbird
audit-table-running = Thunderbird has it open: close Thunderbird before a fix
audit-table-running-unknown = could not tell whether Thunderbird has it open
audit-table-and-more = { $names } and { $more } more
audit-table-user-js = Warning: user.js sets account settings on every start ({ $names }); a fix would be undone. Remove them from user.js first.
audit-table-primary-password = Note: a Primary Password protects its saved sign-ins, so Mail Setup cannot hand a sign-in over; Thunderbird asks once after a fix.
audit-table-no-accounts = No mail accounts.
# Six characters wide, so the addresses line up; the second is padded.
audit-table-action = ACTION
audit-table-ok = ok
audit-table-what-to-do = What to do: { $what }
audit-table-accounts-in = { $accounts ->
    [one] 1 account
   *[other] { $accounts } accounts
} in { $profiles ->
    [one] 1 profile
   *[other] { $profiles } profiles
}
audit-table-none-found = { $profiles ->
    [one] No Thunderbird mail account found (1 profile looked at).
   *[other] No Thunderbird mail account found ({ $profiles } profiles looked at).
}
audit-table-nothing-to-do = Nothing to do: { $accounts_in }.
audit-table-need-action = { $needing ->
    [one] 1 of { $accounts_in } needs action.
   *[other] { $needing } of { $accounts_in } need action.
}
audit-table-incomplete = Nothing to do in what could be read ({ $accounts_in }), but not everything could be read (see above).

## Why a home, a folder or a profile was not read (shown after "Not
## checked:"), or the users' directory could not be listed. $path is a
## file or folder; $error is the system's reason, as it says it.
audit-cannot-list = cannot list { $path }: { $error }
audit-cannot-read = cannot read { $path }: { $error }
audit-cannot-follow = { $path } cannot be followed: { $error }
audit-link-loop = { $path } is a loop of symbolic links
# $target is where the link really leads.
audit-leads-out = { $path } leads out of the home ({ $target }); not read
# --on was given something else than a date: $text is what was given;
# YYYY-MM-DD and 2026-12-31 stay as they are.
audit-not-a-date = '{ $text }' is not a date written as YYYY-MM-DD (for example 2026-12-31)
