# The command line's own words (the audit's table is in audit.ftl).

## mailsetup --fix-needed, run at logon. $reason is the account's state in words.
cli-fix-needed-nothing = Every Thunderbird mail account is fine: nothing to fix.
cli-fix-needed = { $address } (profile "{ $profile }") needs fixing: { $reason }.
