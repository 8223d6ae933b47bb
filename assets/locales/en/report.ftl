# The report as text: what the command line prints, the wizard copies and
# the support bundle holds. The step marks [ ok ], [FAIL] and [skip] stay
# as they are in every language; step titles and details are filled in.

report-title = mailsetup { $version } report for { $address }
report-provider = Provider: { $provider }
report-shared-mailbox = Shared mailbox, opened by: { $delegate }
# $protocol is IMAP or POP3; $server the server, port and how it signs in.
report-incoming = Incoming ({ $protocol }): { $server }
report-outgoing = Outgoing (SMTP): { $server }
# $millis is the step's time in milliseconds, $deadline its limit in seconds.
# A step without timing (one that did not run, a progress line): its title and result.
report-step-line = { $title }: { $detail }
report-step-timed = { $title } ({ $millis } ms): { $detail }
report-step-timed-of = { $title } ({ $millis } ms of { $deadline } s allowed): { $detail }
report-server-said = server said:
report-thunderbird-profile = Thunderbird profile: { $profile } ({ $action })
report-backup = Backup of the previous prefs.js: { $path }
report-all-passed = Everything passed.
report-something-failed = Something failed; see the steps marked FAIL.

## The heading over each phase's steps; the other phases are IMAP, POP3,
## SMTP and Thunderbird, names that stay as they are.
report-phase-plan = Plan
report-phase-sign-in = Sign-in
