# The checks of the mail servers (IMAP, POP3, SMTP): each step's title,
# what it found or why it failed, and what it waits for. Words in capitals
# (IMAP, POP3, SMTP, TLS, STARTTLS, STLS, XOAUTH2, EHLO, CAPABILITY, CAPA,
# AUTH, MAIL FROM, RCPT TO, RSET, LOGOUT, QUIT, SMTPUTF8, INBOX) are the
# protocols' own keywords: keep them as they are. "mailsetup" is the
# program's name. $host is a server's name, $port its port number.

## The steps, as each line of the report names them.
probe-step-imap-connect = Connect to the IMAP server
probe-step-pop3-connect = Connect to the POP3 server
probe-step-smtp-connect = Connect to the SMTP server
probe-step-tls = Secure the connection (TLS)
probe-step-capability = Ask which sign-in methods it offers
probe-step-authenticate = Sign in with the token (XOAUTH2)
probe-step-imap-select = Open the inbox
# POP3 has no folders: the step counts the messages waiting.
probe-step-pop3-stat = Look into the inbox
probe-step-logout = Log out
probe-step-smtp-greeting = Read the greeting
probe-step-smtp-envelope = Check you may send as yourself (no mail is sent)
probe-step-smtp-test-message = Send one test message to yourself
# The one step that stands for a whole check that could not run at all.
probe-step-imap-check = Check IMAP
probe-step-pop3-check = Check POP3

## What a step waits for, shown inside "Waiting for { $what } (3 s of 8 s)"
## (progress-waiting). The incoming mail server is the IMAP or POP3 server,
## the outgoing one the SMTP server.
probe-waiting-incoming-connect = the incoming mail server to accept the connection
probe-waiting-incoming-tls = the incoming mail server to set up a secure connection
probe-waiting-incoming-methods = the incoming mail server to say how you may sign in
probe-waiting-incoming-sign-in = the incoming mail server to accept your sign-in
probe-waiting-incoming-inbox = the incoming mail server to open your inbox
probe-waiting-incoming-goodbye = the incoming mail server to say goodbye
probe-waiting-outgoing-connect = the outgoing mail server to accept the connection
probe-waiting-outgoing-answer = the outgoing mail server to answer
probe-waiting-outgoing-tls = the outgoing mail server to set up a secure connection
probe-waiting-outgoing-methods = the outgoing mail server to say how you may sign in
probe-waiting-outgoing-sign-in = the outgoing mail server to accept your sign-in
probe-waiting-outgoing-envelope = the outgoing mail server to confirm you may send
probe-waiting-outgoing-test-message = the outgoing mail server to take the test message
probe-waiting-any = the mail server to answer

## Why a step was not tried.
probe-skip-no-token = not tried: mailsetup does not sign in to this account itself; Thunderbird does, when it first connects
probe-skip-password-server = not tried: this server signs in with a password, which Thunderbird asks for; mailsetup never handles passwords
# $step is the title of the step that failed.
probe-skip-after-failure = not tried, because "{ $step }" failed
probe-skip = not tried

## Connecting. $address is the server's IP address and port, $target the
## server's name and port ("mail.example.com:993"), $error the operating
## system's own words.
probe-detail-connected = connected to { $host }:{ $port } ({ $address })
probe-fail-connection-refused = { $target } refused the connection (nothing listens there, or a firewall rejects it)
probe-fail-connection-reset = { $target } reset the connection
probe-fail-connect-timed-out = { $target } did not answer
probe-fail-name-not-resolved = the name { $host } could not be resolved: { $error }
probe-fail-cannot-connect = cannot connect to { $target }: { $error }
# $seconds is the step's deadline.
probe-fail-no-answer = no answer within { $seconds } s

## Securing the connection. $version is the TLS version ("TLSv1.3"),
## $command the protocol's command for it (STARTTLS or STLS), $reason the
## TLS library's own words.
probe-detail-tls = { $version }, certificate verified for { $host }
probe-detail-tls-after-command = { $command }, then { $version }, certificate verified for { $host }
probe-fail-tls-server-name = { $host } is not a valid TLS server name
probe-fail-tls-handshake = TLS handshake failed: { $reason }
probe-fail-tls-certificate = TLS handshake failed: the server's certificate was refused: { $reason }
probe-fail-no-starttls = the server does not offer { $command }; mailsetup stops here so that your token is never sent unencrypted
probe-fail-starttls-refused = the server refused { $command }; mailsetup stops here so that your token is never sent unencrypted
# $offers lists what the server offers in SMTP's keywords ("AUTH PLAIN, AUTH LOGIN").
probe-fail-smtp-no-starttls = the server does not offer STARTTLS (offers { $offers }); mailsetup stops here so that your token is never sent unencrypted
probe-fail-smtp-no-starttls-nor-auth = the server does not offer STARTTLS (offers neither STARTTLS nor AUTH); mailsetup stops here so that your token is never sent unencrypted
# $bytes is a number of bytes.
probe-fail-starttls-injection = the server sent { $bytes } more bytes in plain text right after agreeing to STARTTLS, before encryption began; something on the network (or the server) is tampering with the connection, so mailsetup stopped before the TLS handshake
probe-fail-not-encrypted = the connection is not encrypted; the token was not sent

## The greeting and the sign-in methods. $methods lists the methods in the
## protocol's own keywords ("AUTH=XOAUTH2 AUTH=PLAIN", "PLAIN XOAUTH2").
probe-fail-greeting-refused = the server refused the connection in its greeting
probe-fail-smtp-greeting = the server did not greet properly
probe-fail-smtp-more-than-greeting = the server sent more than its greeting before it was asked anything
probe-detail-smtp-greeted = the server greeted
probe-detail-smtp-greeted-offers = the server greeted and answered EHLO (offers { $offers })
probe-detail-smtp-greeted-offers-nothing = the server greeted and answered EHLO (offers neither STARTTLS nor AUTH)
probe-fail-smtp-ehlo-refused = the server refused EHLO
probe-detail-offers-xoauth2 = offers XOAUTH2
probe-detail-offers-xoauth2-among = offers XOAUTH2 (sign-in methods: { $methods })
probe-detail-methods = sign-in methods: { $methods }
probe-detail-imap-methods-login-only = sign-in methods: no AUTH= methods (LOGIN only)
probe-detail-pop3-methods-user-pass-only = sign-in methods: no SASL methods (USER/PASS only)
probe-detail-smtp-offers = offers { $offers }
probe-detail-smtp-offers-nothing = offers neither STARTTLS nor AUTH
probe-fail-no-xoauth2 = the server does not offer XOAUTH2, which token sign-in needs; it offers: { $methods }
probe-fail-imap-no-xoauth2-no-methods = the server does not offer XOAUTH2, which token sign-in needs; it offers: no AUTH= methods
probe-fail-pop3-no-xoauth2-no-methods = the server does not offer XOAUTH2, which token sign-in needs; it offers: no SASL methods (USER/PASS only)
probe-fail-smtp-no-xoauth2 = the server does not offer XOAUTH2 (AUTH XOAUTH2), which token sign-in needs
probe-fail-capability = CAPABILITY failed
# $command is CAPABILITY (IMAP) or CAPA (POP3).
probe-fail-data-after-capability = the server sent unexpected data after { $command }

## Signing in. $address is the mailbox or the person who signs in.
probe-detail-token-accepted = the server accepted the token for { $address }
probe-fail-token-refused = the server refused the token
probe-fail-auth-not-accepted = the server did not accept AUTH XOAUTH2
probe-fail-auth-unexpected = unexpected answer to AUTH

## The inbox and the goodbye. $count is a number of messages: give your
## language its plural forms with a selector on it ({ $count -> [one] …
## *[other] … }).
probe-detail-imap-inbox = { $count ->
    [one] INBOX holds 1 message
   *[other] INBOX holds { $count } messages
}
probe-detail-pop3-inbox = { $count ->
    [one] the inbox holds 1 message
   *[other] the inbox holds { $count } messages
}
probe-detail-pop3-inbox-open = the inbox is open
probe-fail-inbox = the inbox could not be opened
probe-detail-logged-out = logged out cleanly
# $command is LOGOUT (IMAP) or QUIT (POP3).
probe-fail-logout = { $command } failed

## Whether the server takes mail from the mailbox. $address is the
## mailbox, $error the mail library's own words.
probe-detail-envelope = the server accepts mail from { $address } (then RSET: nothing was sent)
probe-fail-sender-invalid = { $address } cannot be used as a sender: { $error }
probe-fail-sender-needs-smtputf8 = { $address } has characters outside ASCII before the @; sending from it needs the server's SMTPUTF8 extension, which this server does not offer, so it cannot take mail from this address

## SMTP commands the server refused or that broke off. $error is what the
## server or the mail library said.
probe-fail-ehlo = EHLO failed
probe-fail-ehlo-because = EHLO failed: { $error }
probe-fail-sender-refused = the server refused you as the sender (MAIL FROM)
probe-fail-sender-refused-because = the server refused you as the sender (MAIL FROM): { $error }
probe-fail-recipient-refused = the server refused the recipient (RCPT TO)
probe-fail-recipient-refused-because = the server refused the recipient (RCPT TO): { $error }
probe-fail-rset = RSET failed
probe-fail-rset-because = RSET failed: { $error }
probe-fail-token-refused-because = the server refused the token: { $error }
probe-fail-test-message-refused = the server refused the test message
probe-fail-test-message-refused-because = the server refused the test message: { $error }

## The one test message. $sender is the address it is sent as, $recipient
## the one who signed in.
probe-detail-test-message-sent = the server took one test message from { $sender } to { $recipient }
probe-fail-test-message-address = { $address } cannot be used in a message: { $error }
probe-fail-test-message-build = the test message could not be put together: { $error }
probe-fail-test-message-envelope = the test message has no valid envelope: { $error }

## Reading and writing. $error is the operating system's own words, $limit
## a number of bytes.
probe-fail-read = reading from the server failed: { $error }
probe-fail-write = writing to the server failed: { $error }
probe-fail-closed = the server closed the connection
probe-fail-cannot-check-connection = the connection could not be checked: { $error }
probe-fail-line-too-long = the server sent a line longer than { $limit } bytes; mailsetup stopped reading (a mail server never needs that much: it is broken or hostile)
probe-fail-step-too-long = the server sent more than { $limit } bytes in answer to one step; mailsetup stopped reading (a mail server never needs that much: it is broken or hostile)
probe-fail-not-smtp-reply = the server's answer is not an SMTP reply
# $first and $then are SMTP reply codes (250, 535).
probe-fail-smtp-code-changed = the server's reply changed its code from { $first } to { $then } halfway
