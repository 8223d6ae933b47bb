### What mailsetup finds in an access token and in a server's XOAUTH2
### challenge (the report's sign-in step and the diagnosis's evidence), and
### the words of the core's other checks: e-mail addresses, CA files and
### the practice provider. JWT, IMAP, SMTP, XOAUTH2, PEM, CA, TLS and
### Outlook are names; IMAP.AccessAsUser.All and SMTP.Send are Microsoft's
### names of permissions (scopes) and stay as they are.

## The access token in one line, for the report's sign-in step.
finding-token-opaque = the access token is opaque (not a JWT), so only the server can tell what it allows
# $claims lists what the token says, joined with commas: the texts below.
finding-token-jwt = JWT access token: { $claims }
# $audience is the service the token is for (https://outlook.office.com).
finding-token-audience = audience { $audience }
# $scopes are the permissions in the token, as Microsoft names them.
finding-token-scopes = scopes "{ $scopes }"
# $account is the signed-in account.
finding-token-account = account { $account }
# $tenant is Microsoft's id of the organisation.
finding-token-tenant = tenant { $tenant }
# $app is the id of the application the token was issued to.
finding-token-app = app { $app }
# Each finding after the line: $summary is the line so far, $finding one
# of the findings below. WARNING is meant to catch the eye.
finding-token-warning = { $summary }; WARNING: { $finding }

## What in a token will make IMAP or SMTP refuse it.
finding-wrong-audience = the token is for { $audience }, not for Outlook (https://outlook.office.com); IMAP and SMTP will refuse it
finding-missing-imap-scope = the token's scopes ("{ $scopes }") lack IMAP.AccessAsUser.All
finding-missing-smtp-scope = the token's scopes ("{ $scopes }") lack SMTP.Send
# $mailbox is the address being set up.
finding-wrong-account = you signed in as { $account }, but the mailbox is { $mailbox }
# $seconds is a number of seconds.
finding-expired = the token expired { $seconds } s ago (by this computer's clock)
finding-clock-skew = the token was issued { $seconds } s in this computer's future: its clock is behind

## A server's XOAUTH2 challenge, as a diagnosis's evidence. $status,
## $scheme and $scope are the server's own values ("?" when it gave none).
finding-xoauth2-challenge = the server's XOAUTH2 challenge says: status { $status }, scheme { $scheme }, scope { $scope }

## An e-mail address that is refused. $input is what was typed; $reason one
## of the texts after it.
finding-address-invalid = "{ $input }" is not an e-mail address: { $reason }
finding-address-no-at = it has no @
finding-address-nothing-before-at = nothing stands before the @
finding-address-too-long = it is too long
finding-address-bad-local-part = the part before the @ contains a space, quote or other character mail servers refuse
finding-address-bad-domain = the part after the @ is not a domain name
finding-address-bad-idn = the part after the @ is not a valid international domain name

## Extra certificate authorities (--ca-file) and the system's trust store.
## $path is a file's path; $error and $message are a library's own words.
finding-ca-file-unreadable = cannot read CA file { $path }: { $error }
finding-ca-file-no-certificate = CA file { $path } holds no PEM certificate
finding-ca-file-bad-pem = CA file { $path } is not valid PEM: { $message }
finding-trust-store-unusable = the system's TLS trust store cannot be used: { $error }
finding-extra-ca-unusable = an extra CA is unusable: { $error }

## The practice provider (mailsetup --sandbox): what every plan for it says first.
finding-practice-warning = This is the practice provider built into mailsetup: nothing leaves your computer, and the account it sets up works only while mailsetup --sandbox is running.
