### Finding an address's provider and mail settings: the plan's sign-in,
### warnings and notes, the evidence of each lookup (what `mailsetup
### detect` and the wizard list), and the errors of provider files, host
### names and autoconfig documents. Names of protocols and records (IMAP,
### POP3, SMTP, TLS, OAuth2, DNS, MX, SRV, RFC 6186, HTTP), of Microsoft's
### services (Microsoft Entra, Exchange Online, Autodiscover), of XML
### elements (<emailProvider>, <domain>), file sections ([imap], [pop3],
### [smtp], [oauth]), keys (oauth.scopes, auth = "password"), environment
### variables (MAILSETUP_…) and tenants ("common", "organizations") stay as
### they are. $domain is the address's domain, $host a server's name,
### $provider a provider's name, $error a library's own words.

## Provider names that describe the kind of account.
provider-name-microsoft-365 = Microsoft 365 (work or school)
provider-name-outlook-consumer = Outlook.com (Microsoft personal account)

## Why no plan could be made (the wizard and the command line).
# $choice is provider-name-microsoft-365, the choice the user can make.
provider-error-unknown-domain = mailsetup does not know which provider hosts { $domain }; choose "{ $choice }" if your organisation uses it
provider-error-nothing-found = mailsetup found no mail settings for { $domain } (the lookups say what each source answered); enter the servers by hand, or choose "{ $choice }" if your organisation uses it
provider-error-no-answer = none of the lookups for { $domain } got an answer: this computer seems to be offline. Check the network connection and try again, or enter the servers by hand

## How a server signs in, in a few words.
provider-auth-none = no sign-in
provider-auth-password = password
provider-auth-encrypted-password = encrypted password
provider-auth-kerberos = Kerberos
provider-auth-ntlm = NTLM
provider-auth-oauth2 = OAuth2

## The plan's sign-in in one line. $issuer is where tokens come from
## (login.microsoftonline.com), $scopes the permissions asked for, as the
## provider names them.
provider-sign-in-oauth2 = OAuth2 at { $issuer } (scopes: { $scopes })
# $sign_in is provider-sign-in-oauth2; $tenant Microsoft's id of the organisation.
provider-sign-in-tenant = { $sign_in }; tenant { $tenant }
# $realm is Managed or Federated, Microsoft's own words.
provider-sign-in-realm = { $sign_in }; { $realm } realm
provider-sign-in-oauth2-by-thunderbird = OAuth2 at { $issuer } (scopes: { $scopes }), done by Thunderbird itself
provider-sign-in-password = password (Thunderbird asks for it)
# When only one of the two servers signs in with OAuth2: $sign_in is one of
# the texts above, $other how the other server signs in (provider-auth-…).
provider-sign-in-only-receiving = { $sign_in } for receiving; sending uses { $other }
provider-sign-in-only-sending = { $sign_in } for sending; receiving uses { $other }

## Why Thunderbird, not mailsetup, signs in with OAuth2 at some providers.
provider-why-google = Google's sign-in needs an app registration with a client secret, and mailsetup does not embed another application's secret. mailsetup checks the servers without signing in and writes the account; Thunderbird then signs in to Google by itself. To check the sign-in too, a helpdesk can give mailsetup the organisation's own Google registration in a provider file.
provider-why-redirect = { $provider }'s app registration for Thunderbird redirects to https://127.0.0.1, which mailsetup cannot receive. mailsetup checks the servers without signing in and writes the account; Thunderbird then signs in to { $provider } by itself.
# $issuer is where the provider signs in (comcast.net).
provider-why-no-registration = Thunderbird signs in to { $provider } with its own app registration at { $issuer }, which mailsetup does not have. mailsetup checks the servers without signing in and writes the account; Thunderbird then signs in by itself.

## What to do first at providers that sign in with a password. The menu
## paths (E-Mail › Settings › POP3 & IMAP) name the provider's own web
## pages: use the names those pages show in your language.
provider-note-gmx = Turn on "POP3 & IMAP access" in the web mail settings (E-Mail › Settings › POP3 & IMAP) first. With two-factor authentication, use an application-specific password.
provider-note-zoho = Turn on IMAP access in Zoho Mail's settings (Settings › Mail Accounts › IMAP) first. With two-factor authentication, create an application-specific password for Thunderbird in Zoho's account security settings.
provider-note-icloud = iCloud has no OAuth2 for mail programs: create an app-specific password at account.apple.com (Sign-In and Security › App-Specific Passwords; two-factor authentication must be on) and give Thunderbird that, not your Apple Account password.
provider-note-web-de = Turn on "POP3/IMAP access" in WEB.DE's settings (E-Mail › Settings › POP3/IMAP) first. With two-factor authentication, use an application-specific password.
provider-note-mailbox-org = mailbox.org signs mail programs in with a password. With two-factor authentication on, create an application password for Thunderbird in mailbox.org's settings (Security › App passwords).
provider-note-srv = DNS SRV records name the servers but not the sign-in method; Thunderbird will ask for your password.

## Warnings shown with the plan.
provider-warning-not-in-oauth-table = Thunderbird signs in with OAuth2 only on servers in its built-in table, and { $host } is not in it: Thunderbird will not be able to use OAuth2 with this account.
# $first and $second are the two servers' names.
provider-warning-not-in-oauth-table-two = Thunderbird signs in with OAuth2 only on servers in its built-in table, and { $first } and { $second } are not in it: Thunderbird will not be able to use OAuth2 with this account.
# $cloud is Microsoft's name of the cloud (microsoftonline.us).
provider-warning-national-cloud = The tenant is in a national cloud ({ $cloud }); Thunderbird's Microsoft sign-in and outlook.office365.com serve the global cloud only, so sign-in may fail.
# $tenant is "common" or "organizations", Microsoft's names of where to sign in.
provider-warning-no-tenant = Microsoft knows no work or school tenant for { $domain }; signing in at "{ $tenant }".
provider-warning-tenant-unknown = The Microsoft tenant could not be looked up; signing in at "{ $tenant }" (any work or school account).
# $brand is the organisation's name as Microsoft has it, $host where its own
# sign-in page is.
provider-warning-federated = Your organisation signs you in on its own page: after you enter your address at Microsoft, the browser moves there, and it may ask for a second factor or a registered device.
provider-warning-federated-brand = Your organisation signs you in on its own page ({ $brand }): after you enter your address at Microsoft, the browser moves there, and it may ask for a second factor or a registered device.
provider-warning-federated-host = Your organisation signs you in on its own page at { $host }: after you enter your address at Microsoft, the browser moves there, and it may ask for a second factor or a registered device.
provider-warning-federated-brand-host = Your organisation signs you in on its own page ({ $brand }) at { $host }: after you enter your address at Microsoft, the browser moves there, and it may ask for a second factor or a registered device.
# $server_says is the mail server's own answer, in English.
provider-warning-no-mailbox = Autodiscover knows no Exchange Online mailbox for this address: if sign-in works but IMAP then says "{ $server_says }", the mailbox is elsewhere or has no Exchange Online licence.
provider-warning-autodiscover-silent = Autodiscover did not answer, so whether the mailbox is in Exchange Online is not known.
# Why setup stops before anything is written; $host is the organisation's Exchange server.
provider-stop-on-premises = Your mailbox is on your organisation's own Exchange server ({ $host }), not in Exchange Online. Microsoft 365 sign-in (OAuth2) reaches only mailboxes in Exchange Online, and Thunderbird can use OAuth2 only with outlook.office365.com, so mailsetup cannot move this account. Ask your IT department for the IMAP and SMTP settings of { $host }.

## mailsetup detect: the plan as text. $millis is a time in milliseconds.
provider-detect-title = Account plan for { $address } ({ $millis } ms)
provider-detect-provider = Provider: { $provider }
# $protocol is IMAP or POP3; $server the server and how it signs in.
provider-detect-incoming = Incoming ({ $protocol }): { $server }
provider-detect-outgoing = Outgoing (SMTP): { $server }
provider-detect-sign-in = Sign-in: { $sign_in }
provider-detect-warning = Warning: { $warning }
# $stop is why setup stops (provider-stop-…). STOP is meant to catch the eye.
provider-detect-stop = STOP: { $stop }
provider-detect-no-plan = No plan: { $reason }
provider-detect-nothing-found = nothing found
provider-detect-lookups = Lookups:

## One lookup in the list. $source is the lookup's id (dns-mx, ispdb),
## which stays as it is; $millis how long it took in milliseconds;
## $outcome one of the provider-outcome-… words; $said what it found.
provider-evidence = { $source } ({ $millis } ms, { $outcome }): { $said }
# [used] marks the lookups the plan relies on.
provider-evidence-used = { $source } ({ $millis } ms, { $outcome }) [used]: { $said }
provider-outcome-found = found
provider-outcome-nothing = nothing
provider-outcome-unreachable = unreachable
provider-outcome-timed-out = timed out
provider-outcome-invalid = invalid
provider-outcome-not-needed = not needed

## The wizard's list of lookups in plain words: which kind of place was
## asked, and what came of it.
provider-source-catalogue = The built-in list of providers
provider-source-provider-file = The provider file
provider-source-autoconfig = Your provider's settings server
provider-source-autoconfig-well-known = Your domain's web server
provider-source-ispdb = Thunderbird's list of providers
provider-source-dns-mx = Where your mail is delivered (DNS)
provider-source-dns-srv = Server records (DNS)
provider-source-microsoft-tenant = Microsoft: organisation
provider-source-microsoft-realm = Microsoft: sign-in page
provider-source-microsoft-autodiscover = Microsoft: mailbox
provider-plain-found = found
provider-plain-not-found = not found
provider-plain-no-answer = no answer
provider-plain-unusable = answered with something unusable
provider-plain-not-needed = not needed
provider-plain-refused = refused
provider-plain-name-not-found = no answer (the server's name could not be looked up)
provider-plain-cannot-connect = no answer (could not connect)

## What a lookup found, as the evidence says it.
provider-evidence-provider-file = the provider file covers { $domain }
provider-evidence-catalogue = { $domain } is { $provider } in mailsetup's built-in catalogue
provider-evidence-abandoned = still running when the plan was complete; abandoned
provider-evidence-too-large = the answer is too large; ignored
# $millis is the lookup's deadline in milliseconds.
provider-evidence-timed-out = no answer within { $millis } ms
# $tenant is Microsoft's id of the organisation, $cloud its cloud
# (microsoftonline.com), $region Microsoft's name of a region (EU).
provider-evidence-tenant = a Microsoft Entra tenant: { $tenant } in { $cloud }
provider-evidence-tenant-region = a Microsoft Entra tenant: { $tenant } in { $cloud }, region { $region }
# $code is Microsoft's error code.
provider-evidence-no-tenant = { $code }: no Microsoft Entra tenant has this domain
# "NameSpaceType Unknown", "Managed" and "Federated" are Microsoft's own words.
provider-evidence-realm-unknown = Microsoft does not know this domain (NameSpaceType Unknown)
provider-evidence-realm-managed = Managed: Microsoft's own sign-in page
# $place is where sign-in continues: a server's name, or provider-evidence-realm-own-provider;
# $brand the organisation's name as Microsoft has it.
provider-evidence-realm-federated = Federated: sign-in continues at { $place }
provider-evidence-realm-federated-brand = Federated: sign-in continues at { $place } ({ $brand })
provider-evidence-realm-own-provider = the organisation's own identity provider
provider-evidence-mailbox-online = the mailbox is in Exchange Online
provider-evidence-mailbox-on-premises = the mailbox is on the organisation's own Exchange server ({ $host })
provider-evidence-mailbox-unknown = no Exchange Online mailbox for this address
# $host is the first mail server of the domain's MX records.
provider-evidence-mx = mail goes to { $host }: { $provider }
provider-evidence-mx-unknown = mail goes to { $host }, which names no provider mailsetup knows
provider-evidence-no-mx = no MX records
# $records lists the SRV records found (_imaps._tcp -> host:port).
provider-evidence-srv-incomplete = { $records } (incomplete: an incoming server (IMAP or POP3) and submission are needed)
provider-evidence-no-srv = no RFC 6186 SRV records
# $name is the provider's name in a settings document; $servers the servers
# it names; $why why they are not enough (provider-autoconfig-…).
provider-evidence-config-unusable = { $name }: nothing usable: { $why }
provider-evidence-config-incomplete = { $name }: { $servers } (incomplete: { $why })
# $status is the HTTP status code, $location where the answer points.
provider-evidence-redirected = HTTP { $status }: redirected to { $location } (not followed)
provider-evidence-no-config = HTTP { $status }: no configuration here

## Settings documents (autoconfig, config-v1.1.xml) that cannot be used.
# $limit is a number of bytes.
provider-autoconfig-too-large = the document is larger than { $limit } bytes
# $why is one of the texts below, or the XML reader's own words.
provider-autoconfig-malformed = the document is not a valid config-v1.1.xml: { $why }
provider-autoconfig-no-usable-server = the document names no server Thunderbird could use: { $why }
provider-autoconfig-not-utf8 = it is not UTF-8
provider-autoconfig-dtd = it declares a DTD, which autoconfig documents never do
provider-autoconfig-no-provider = it has no <emailProvider>
provider-autoconfig-no-domain = it names no <domain>, which Thunderbird requires
provider-autoconfig-lists-none = it lists none
provider-autoconfig-incoming-plain = its incoming servers all go without encryption (plain), which mailsetup never uses: the password would travel in the clear
provider-autoconfig-no-incoming = it names no IMAP or POP3 server Thunderbird could use
provider-autoconfig-smtp-plain = its SMTP servers all go without encryption (plain), which mailsetup never uses
provider-autoconfig-no-smtp = it names no SMTP server Thunderbird could use
# Servers left out of a document. $kind is the server's type as the
# document names it (IMAP, POP3, SMTP, or what the document says).
provider-autoconfig-unknown-type = a server of type "{ $kind }" is not one Thunderbird sets up
provider-autoconfig-no-host = a { $kind } server has no host name
provider-autoconfig-bad-host = a { $kind } server's host name is not a host name
provider-autoconfig-no-port = { $kind } { $host } has no port from 1 to 65535
provider-autoconfig-no-socket-type = { $kind } { $host }:{ $port } has no socket type Thunderbird knows
provider-autoconfig-oauth2-only = { $kind } { $host } offers only OAuth2, and Thunderbird's built-in OAuth2 table does not cover { $host }, so Thunderbird cannot sign in there
provider-autoconfig-no-sign-in-method = { $kind } { $host } names no sign-in method Thunderbird knows

## The lookups' own failures.
provider-dns-no-settings = the system's DNS settings cannot be read: { $error }
provider-dns-off = DNS lookups are switched off
provider-dns-cannot-start = the DNS resolver cannot start: { $error }
# $why is provider-http-… and the network library's own words.
provider-http-unreachable = unreachable: { $why }
# $kibibytes is the limit, a number.
provider-http-too-large = the answer is larger than { $kibibytes } KiB
provider-http-timed-out = no answer in time
provider-http-cannot-connect = cannot connect
provider-http-failed = the request failed
provider-microsoft-openid-not-json = the OpenID configuration is not valid JSON: { $error }
provider-microsoft-openid-no-issuer = the OpenID configuration has no issuer
# $issuer is what Microsoft answered.
provider-microsoft-issuer-no-tenant = the issuer { $issuer } names no tenant GUID
provider-microsoft-realm-not-json = the user-realm answer is not valid JSON: { $error }
provider-microsoft-autodiscover-not-json = the Autodiscover answer is not valid JSON: { $error }
# Url and Location are the names of fields in Microsoft's answer.
provider-microsoft-autodiscover-no-url = the Autodiscover answer has no Url
# $url is what Microsoft answered.
provider-microsoft-autodiscover-bad-url = the Autodiscover Url { $url } is not a URL
provider-microsoft-autodiscover-no-location = Autodiscover redirected without a Location
provider-microsoft-autodiscover-location-not-url = Autodiscover redirected to something that is not a URL

## Environment variables for test labs (developers and helpdesks).
# $value is what the variable holds.
provider-env-dns-server = MAILSETUP_DNS_SERVER={ $value } is not ip:port
# $name is the variable's name.
provider-env-not-https = { $name } must be an https URL
provider-env-deadline = MAILSETUP_DISCOVERY_DEADLINE_MS={ $value } is not a number

## Provider files (--provider-file). $path is the file's path.
provider-file-unreadable = cannot read provider file { $path }: { $error }
# $message is one of the texts below, or the TOML reader's own words.
provider-file-invalid = provider file { $path } is not valid: { $message }
provider-file-no-scopes = oauth.scopes is empty
# $field is authorize_url or token_url, $url what the file gives.
provider-file-not-https = oauth.{ $field } must use https, because tokens are never sent without TLS (got { $url })
provider-file-imap-and-pop3 = the file has both [imap] and [pop3]; an account has one incoming server
provider-file-no-incoming = the file needs an incoming server: [imap] or [pop3]
provider-file-no-oauth2 = no server signs in with OAuth2 (both say auth = "password"), so the [oauth] registration would never be used
# $section is imap, pop3 or smtp.
provider-file-port-zero = [{ $section }] port must not be 0
# $line is the line's number in the file, $host the host as written (in
# quotes), $why one of the provider-host-… texts.
provider-file-bad-host = [{ $section }] host on line { $line } ({ $host }) { $why }

## Why a text is not a host name. Each completes "the host …".
provider-host-empty = is empty
# $what is one of the provider-host-char-… texts or the character in
# quotes; $position counts characters from 1.
provider-host-bad-character = contains { $what } at character { $position }; a host name has only letters, digits, hyphens and dots
provider-host-url = is a URL; give the host name only (like imap.example.com), without scheme or path
provider-host-port = has a port after a colon; give the port on its own (`port = …`)
# $length and $longest are numbers of characters.
provider-host-too-long = is { $length } characters long; a host name has at most { $longest }
provider-host-empty-label = has an empty label (a leading dot, or two dots in a row)
provider-host-long-label = has a label of { $length } characters; a label has at most { $longest }
provider-host-hyphen = has the label "{ $label }", which starts or ends with a hyphen
provider-host-bad-idn = is not a valid internationalised domain name
provider-host-char-cr = a carriage return (CR)
provider-host-char-lf = a line feed (LF)
provider-host-char-nul = a NUL character
provider-host-char-tab = a tab
provider-host-char-space = a space
# $code is the character's number (U+200B).
provider-host-char-invisible = the invisible character { $code }
