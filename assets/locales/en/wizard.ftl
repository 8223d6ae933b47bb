# The wizard's pages. "Fix" and "Add another account" are button names;
# keep them the same wherever a text mentions them.

## The first page: the accounts of the user's Thunderbird.
accounts-heading = Your mail accounts
accounts-looking = Looking for Thunderbird on this computer…
accounts-unreadable = Mail Setup could not read Thunderbird's profiles: { $why }
accounts-unreadable-hint = You can still add an account: Mail Setup then makes a profile for it.
accounts-intro = These are the accounts in your Thunderbird. Choose Fix on an account that has stopped working, or is about to.
accounts-profile = Thunderbird profile:
accounts-profile-opens-first = { $name } (opens first)
# Shown when `mailsetup --fix-needed` opened the window for an account.
accounts-opened-to-fix = Mail Setup opened because { $address } needs fixing. Choose its Fix: you sign in once, and the account keeps its mail, folders and filters.
accounts-opened-to-attend = Mail Setup opened because { $address } needs your attention: what to do is below.
accounts-none-yet = This profile has no mail accounts yet.
accounts-fix = Fix
# The Fix button's name for screen readers.
accounts-fix-name = Fix { $address }
accounts-asking-provider = Asking the provider whether Thunderbird's saved sign-in still works…
accounts-add-shared = Add a shared mailbox you open with this account…
accounts-add-shared-name = Add a shared mailbox you open with { $address }
accounts-not-checked = The saved sign-ins could not be checked: { $why }
accounts-cannot-fix = This account cannot be fixed here: { $why }.

## An account's line once the provider has answered.
health-confirmed = Works: signs in with { $provider }, and receiving and sending were just checked
health-signed-out = Signed out. { $why }
health-failing = Not working. { $why }
health-fixed-just-now = Fixed just now: Thunderbird asks you to sign in once when it next starts

## The progress line on top of every page. $number and $count are
## numbers; $stage is one of the page names below; $state says how a stage
## ended: done, failed, skipped or stopped.
page-account = Account
page-sign-in = Sign in
page-checks = Checks
page-thunderbird = Thunderbird
page-done = Done
header-stage = { $number }. { $stage }
header-stage-shown-ended = { $stage } ({ $state ->
    [failed] failed
    [skipped] skipped
    [stopped] stopped
   *[done] done
})
# What screen readers hear for the whole line.
header-step = Step { $number } of { $count }: { $stage }
header-stage-ended = { $stage } { $state ->
    [failed] failed
    [skipped] skipped
    [stopped] stopped
   *[done] done
}
header-step-and-ended = { $step }; { $ended }

## A step that waits on a server. $what says on what, $waited and
## $deadline are seconds.
progress-waiting = Waiting for { $what } ({ $waited } s of { $deadline } s)
progress-next-step = Running the next step…

## One finished step, and the explanation of a failed one.
step-passed = Passed
step-failed = FAILED
step-skipped = Skipped
# $took is a duration already written out ("12 ms"); $deadline seconds.
step-timing = { $took } of { $deadline } s allowed
# $title is the step's name, $phase where it belongs (IMAP, SMTP, Sign-in).
step-details = Details: { $title } ({ $phase })
step-server-said = Server said:
diagnosis-what-happened = What happened:
diagnosis-user-can-do = What you can do:
diagnosis-admin-must-do = What your administrator must do:
warning-prefix = Warning:
sandbox-banner = Sandbox — practice mode, nothing leaves this computer

## When the wizard cannot do something in the background. $error is the
## system's reason, as it says it.
wizard-thread-thunderbird-failed = cannot start a thread to open Thunderbird: { $error }
wizard-thread-browser-failed = cannot start a thread to open the browser: { $error }
wizard-practice-profile-failed = the sandbox's practice profile could not be written: { $error }
