//! Fault injection, for mailsetup's tests only: the `faults` feature.
//!
//! With the feature, [`SandboxOptions`] carries switches and a
//! [`FaultScript`] that make the servers misbehave the way real providers do
//! (refused tokens, missing mechanisms, black holes, scripted Exchange and
//! Gmail replies, bad certificates, broken TLS). Without it, which is how
//! mailsetup itself builds the sandbox, `SandboxOptions` holds only the
//! sign-in pages' words and every
//! switch below is the healthy constant, so the fault branches compile away
//! and the release binary carries none of these names (checked by
//! mailsetup's `tests/release_binary.rs`).
//!
//! The servers read the switches only through the `Shared` methods here;
//! each has a faulty and a healthy body, side by side.
//!
//! The tenant switches of the shared-mailbox and alias model (see
//! `directory`; the healthy value first):
//! - `shared_full_access` (true): off, IMAP as shared@ with you@'s token is `NO AUTHENTICATE failed.`
//! - `shared_send_as` (true): off, a message from shared@ is refused after DATA with `554 5.2.252 SendAsDenied; …`.
//! - `delegate_smtp_auth_enabled` (true): off, SMTP AUTH as you@ is `535 5.7.139 … disabled for the Mailbox. …`.
//! - `send_from_alias_enabled` (false, Exchange Online's default): on, mail from sales@ keeps sales@ as sender instead of you@.
//! - `shared_is_distribution_group` (false): on, shared@ is a group with no mailbox and no grants (IMAP `NO`, DATA `5.2.252`).

use super::words::PageWords;
use super::{ConsentDecision, Service, Shared};
use std::time::Duration;
#[cfg(feature = "faults")]
use super::{ACCESS_TOKEN_LIFETIME, CODE_LIFETIME};

impl SandboxOptions {
    /// These options, with sign-in pages worded by `words`.
    pub fn with_page_words(self, words: PageWords) -> Self {
        Self { page_words: words, ..self }
    }
}

#[cfg(feature = "faults")]
/// How the sandbox behaves. The default is a healthy provider; each field
/// switches on one fault. Build with `..SandboxOptions::default()` so new
/// switches do not break callers.
#[derive(Debug, Clone)]
pub struct SandboxOptions {
    /// IMAP and SMTP accept the tokens the sandbox issued. Off: every token
    /// is refused (`NO AUTHENTICATE failed.`, `535 5.7.3`), as when a token
    /// was issued for the wrong resource.
    pub accept_tokens: bool,
    /// IMAP advertises and accepts `AUTH=XOAUTH2`. Off: neither.
    pub imap_offers_xoauth2: bool,
    /// `SELECT INBOX` works. Off: it answers Exchange's `BAD User is
    /// authenticated but not connected.`
    pub imap_inbox_reachable: bool,
    /// SMTP advertises and accepts `STARTTLS`. Off: neither, so AUTH can
    /// never be offered (it is never offered in plain text).
    pub smtp_offers_starttls: bool,
    /// SMTP advertises and accepts `AUTH XOAUTH2` after STARTTLS.
    pub smtp_offers_xoauth2: bool,
    /// What [`Sandbox::approve_in_background`] presses on the consent page.
    pub auto_consent: ConsentDecision,
    /// Servers that accept connections and then never answer, to exercise
    /// the client's deadlines.
    pub black_holes: Vec<Service>,
    /// Lifetime of access tokens (`expires_in`). Zero: issued already expired.
    pub access_token_lifetime: Duration,
    /// Lifetime of authorization codes. Zero: every code has expired by the
    /// time it is exchanged.
    pub code_lifetime: Duration,
    /// you@ has FullAccess on the shared mailbox. Off: IMAP with
    /// `user=shared@…` gives `NO AUTHENTICATE failed.`
    pub shared_full_access: bool,
    /// you@ has Send As on the shared mailbox. Off: a message from it is
    /// refused after DATA with `554 5.2.252 SendAsDenied; …`.
    pub shared_send_as: bool,
    /// SMTP AUTH is on for the delegate's (you@'s) mailbox. Off: AUTH as
    /// you@ gives `535 5.7.139 … SmtpClientAuthentication is disabled for
    /// the Mailbox. …`.
    pub delegate_smtp_auth_enabled: bool,
    /// The tenant's SendFromAliasEnabled. On: a message from the alias keeps
    /// it as sender; off (Exchange Online's default): it is sent from you@.
    pub send_from_alias_enabled: bool,
    /// The shared address is a distribution group, not a mailbox, and holds
    /// none of the grants: IMAP with `user=shared@…` gives `NO AUTHENTICATE
    /// failed.`, and a message from it `554 5.2.252 SendAsDenied; …`.
    pub shared_is_distribution_group: bool,
    /// Scripted provider replies and wire faults, for the troubleshooting
    /// fault corpus (exact Exchange and Gmail words, AADSTS errors, bad
    /// certificates…). The default scripts nothing.
    pub script: FaultScript,
    /// The words of the sign-in pages; English unless the program gives its own.
    pub page_words: PageWords,
}

#[cfg(feature = "faults")]
impl Default for SandboxOptions {
    fn default() -> Self {
        Self {
            accept_tokens: true,
            imap_offers_xoauth2: true,
            imap_inbox_reachable: true,
            smtp_offers_starttls: true,
            smtp_offers_xoauth2: true,
            auto_consent: ConsentDecision::Allow,
            black_holes: Vec::new(),
            access_token_lifetime: ACCESS_TOKEN_LIFETIME,
            code_lifetime: CODE_LIFETIME,
            shared_full_access: true,
            shared_send_as: true,
            delegate_smtp_auth_enabled: true,
            send_from_alias_enabled: false,
            shared_is_distribution_group: false,
            script: FaultScript::default(),
            page_words: PageWords::english(),
        }
    }
}

/// How the sandbox behaves: always the healthy provider, since this build
/// has no `faults` feature.
#[cfg(not(feature = "faults"))]
#[derive(Debug, Clone, Default)]
pub struct SandboxOptions {
    /// The words of the sign-in pages; English unless the program gives its own.
    pub page_words: PageWords,
}

#[cfg(feature = "faults")]
/// The certificate the IMAP server presents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CertFault {
    /// Valid for `localhost`, signed by the sandbox CA.
    #[default]
    Valid,
    /// Signed by the sandbox CA, but expired last year.
    Expired,
    /// Signed by the sandbox CA, but for `mail.wrong-host.invalid` only.
    WrongHost,
    /// Valid for `localhost`, but self-signed by a CA nobody trusts (what a
    /// TLS-inspecting proxy looks like without its CA installed).
    UnknownIssuer,
}

#[cfg(feature = "faults")]
/// How the IMAP server's TLS misbehaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TlsFault {
    /// Normal TLS 1.2/1.3.
    #[default]
    None,
    /// Answers the ClientHello with a `protocol_version` alert, as a server
    /// that only speaks TLS 1.0/1.1 does.
    OnlyOldVersions,
    /// Resets the connection (TCP RST) as soon as it is accepted.
    Reset,
}

#[cfg(feature = "faults")]
/// Scripted faults. Every field defaults to "behave normally".
#[derive(Debug, Clone, Default)]
pub struct FaultScript {
    /// `/authorize` redirects straight back with `error` and `error_description`
    /// (e.g. `("invalid_client", "AADSTS90094: … Trace ID: …")`).
    pub authorize_error: Option<(String, String)>,
    /// The token endpoint answers the code exchange with this JSON body (400).
    pub token_error: Option<serde_json::Value>,
    /// The token endpoint answers the refresh grant with this JSON body (400).
    pub refresh_error: Option<serde_json::Value>,
    /// The first `.0` refresh grants are answered `429 Too Many Requests`
    /// with `Retry-After: .1` (seconds), as a throttled provider does.
    pub refresh_throttled: Option<(u32, u64)>,
    /// IMAP refuses every AUTHENTICATE with this final reply (without tag),
    /// after the challenge (e.g. `NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)`).
    pub imap_auth_reply: Option<String>,
    /// The JSON of the XOAUTH2 error challenge (base64-encoded on the wire).
    pub challenge_json: Option<String>,
    /// IMAP answers SELECT with this reply (without tag).
    pub imap_select_reply: Option<String>,
    /// SMTP refuses every AUTH with this final reply (e.g. Exchange's 5.7.139).
    pub smtp_auth_reply: Option<String>,
    /// SMTP answers MAIL FROM with this reply.
    pub smtp_mail_reply: Option<String>,
    /// SMTP greets with this reply and closes (e.g. `421 4.3.2 Service not available`).
    pub smtp_greeting: Option<String>,
    /// Access tokens are JWTs shaped like Exchange Online's (`aud`, `scp`,
    /// `upn`, `tid`, `appid`; unsigned), the plan asks for the Outlook scopes,
    /// and IMAP/SMTP check audience and scope as Exchange does.
    pub microsoft_tokens: bool,
    /// With `microsoft_tokens`: the `aud` claim (e.g. Graph).
    pub token_audience: Option<String>,
    /// With `microsoft_tokens`: the `scp` claim.
    pub token_scp: Option<String>,
    /// The automatic browser signs in as this address instead of the mailbox.
    pub login_as: Option<String>,
    /// The certificate the IMAP server presents.
    pub imap_certificate: CertFault,
    /// How the IMAP server's TLS misbehaves.
    pub imap_tls: TlsFault,
    /// The device code grant is refused with AADSTS53003 (Conditional Access).
    pub device_code_blocked: bool,
}

/// The store, with Exchange-shaped tokens if the script asks for them.
#[cfg(feature = "faults")]
pub(crate) fn shape_tokens(mut store: super::store::Store, options: &SandboxOptions) -> super::store::Store {
    if options.script.microsoft_tokens {
        store.jwt = Some(super::store::JwtShape {
            audience: options.script.token_audience.clone().unwrap_or_else(|| "https://outlook.office.com".to_owned()),
            scp: options.script.token_scp.clone(),
        });
    }
    store
}

/// The switches, as the servers read them: from the options.
#[cfg(feature = "faults")]
impl Shared {
    /// IMAP and SMTP accept the tokens the sandbox issued.
    pub(crate) fn accepts_tokens(&self) -> bool {
        self.options.accept_tokens
    }

    pub(crate) fn imap_offers_xoauth2(&self) -> bool {
        self.options.imap_offers_xoauth2
    }

    pub(crate) fn imap_inbox_reachable(&self) -> bool {
        self.options.imap_inbox_reachable
    }

    pub(crate) fn smtp_offers_starttls(&self) -> bool {
        self.options.smtp_offers_starttls
    }

    pub(crate) fn smtp_offers_xoauth2(&self) -> bool {
        self.options.smtp_offers_xoauth2
    }

    /// What the automatic browser presses on the consent page.
    pub(crate) fn auto_consent(&self) -> ConsentDecision {
        self.options.auto_consent
    }

    /// The automatic browser types this address instead of the `login_hint`.
    pub(crate) fn login_as(&self) -> Option<&str> {
        self.options.script.login_as.as_deref()
    }

    /// `service` accepts connections and never answers.
    pub(crate) fn is_black_hole(&self, service: Service) -> bool {
        self.options.black_holes.contains(&service)
    }

    pub(crate) fn access_token_lifetime(&self) -> Duration {
        self.options.access_token_lifetime
    }

    pub(crate) fn code_lifetime(&self) -> Duration {
        self.options.code_lifetime
    }

    /// you@ may open the shared mailbox over IMAP.
    pub(crate) fn shared_full_access(&self) -> bool {
        self.options.shared_full_access
    }

    /// you@ may send as the shared mailbox.
    pub(crate) fn shared_send_as(&self) -> bool {
        self.options.shared_send_as
    }

    /// SMTP AUTH is on for you@'s mailbox.
    pub(crate) fn delegate_smtp_auth_enabled(&self) -> bool {
        self.options.delegate_smtp_auth_enabled
    }

    /// Mail from the alias keeps the alias as sender.
    pub(crate) fn send_from_alias_enabled(&self) -> bool {
        self.options.send_from_alias_enabled
    }

    /// The shared address is a group without a mailbox or grants.
    pub(crate) fn shared_is_distribution_group(&self) -> bool {
        self.options.shared_is_distribution_group
    }

    /// Tokens are Exchange-shaped JWTs, checked for audience and scope.
    pub(crate) fn microsoft_tokens(&self) -> bool {
        self.options.script.microsoft_tokens
    }

    pub(crate) fn device_code_blocked(&self) -> bool {
        self.options.script.device_code_blocked
    }

    /// `error` and `error_description` for `/authorize` to redirect with.
    pub(crate) fn scripted_authorize_error(&self) -> Option<(&str, &str)> {
        self.options.script.authorize_error.as_ref().map(|(error, description)| (error.as_str(), description.as_str()))
    }

    pub(crate) fn scripted_token_error(&self) -> Option<&serde_json::Value> {
        self.options.script.token_error.as_ref()
    }

    pub(crate) fn scripted_refresh_error(&self) -> Option<&serde_json::Value> {
        self.options.script.refresh_error.as_ref()
    }

    /// `Retry-After` seconds when this refresh grant is to be throttled.
    pub(crate) fn scripted_refresh_throttle(&self) -> Option<u64> {
        let (answers, retry_after) = self.options.script.refresh_throttled?;
        let seen = self.refresh_grants.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        (seen < answers).then_some(retry_after)
    }

    pub(crate) fn scripted_challenge_json(&self) -> Option<&str> {
        self.options.script.challenge_json.as_deref()
    }

    pub(crate) fn scripted_imap_auth_reply(&self) -> Option<&str> {
        self.options.script.imap_auth_reply.as_deref()
    }

    pub(crate) fn scripted_imap_select_reply(&self) -> Option<&str> {
        self.options.script.imap_select_reply.as_deref()
    }

    pub(crate) fn scripted_smtp_greeting(&self) -> Option<&str> {
        self.options.script.smtp_greeting.as_deref()
    }

    pub(crate) fn scripted_smtp_auth_reply(&self) -> Option<&str> {
        self.options.script.smtp_auth_reply.as_deref()
    }

    pub(crate) fn scripted_smtp_mail_reply(&self) -> Option<&str> {
        self.options.script.smtp_mail_reply.as_deref()
    }
}

/// The same switches in a build without `faults`: always healthy, as
/// constants the optimiser folds into the servers.
#[cfg(not(feature = "faults"))]
impl Shared {
    pub(crate) fn accepts_tokens(&self) -> bool {
        true
    }

    pub(crate) fn imap_offers_xoauth2(&self) -> bool {
        true
    }

    pub(crate) fn imap_inbox_reachable(&self) -> bool {
        true
    }

    pub(crate) fn smtp_offers_starttls(&self) -> bool {
        true
    }

    pub(crate) fn smtp_offers_xoauth2(&self) -> bool {
        true
    }

    pub(crate) fn auto_consent(&self) -> ConsentDecision {
        ConsentDecision::Allow
    }

    pub(crate) fn login_as(&self) -> Option<&str> {
        None
    }

    pub(crate) fn is_black_hole(&self, _service: Service) -> bool {
        false
    }

    pub(crate) fn access_token_lifetime(&self) -> Duration {
        super::ACCESS_TOKEN_LIFETIME
    }

    pub(crate) fn code_lifetime(&self) -> Duration {
        super::CODE_LIFETIME
    }

    pub(crate) fn shared_full_access(&self) -> bool {
        true
    }

    pub(crate) fn shared_send_as(&self) -> bool {
        true
    }

    pub(crate) fn delegate_smtp_auth_enabled(&self) -> bool {
        true
    }

    pub(crate) fn send_from_alias_enabled(&self) -> bool {
        false
    }

    pub(crate) fn shared_is_distribution_group(&self) -> bool {
        false
    }

    pub(crate) fn microsoft_tokens(&self) -> bool {
        false
    }

    pub(crate) fn device_code_blocked(&self) -> bool {
        false
    }

    pub(crate) fn scripted_authorize_error(&self) -> Option<(&str, &str)> {
        None
    }

    pub(crate) fn scripted_token_error(&self) -> Option<&serde_json::Value> {
        None
    }

    pub(crate) fn scripted_refresh_error(&self) -> Option<&serde_json::Value> {
        None
    }

    pub(crate) fn scripted_refresh_throttle(&self) -> Option<u64> {
        None
    }

    pub(crate) fn scripted_challenge_json(&self) -> Option<&str> {
        None
    }

    pub(crate) fn scripted_imap_auth_reply(&self) -> Option<&str> {
        None
    }

    pub(crate) fn scripted_imap_select_reply(&self) -> Option<&str> {
        None
    }

    pub(crate) fn scripted_smtp_greeting(&self) -> Option<&str> {
        None
    }

    pub(crate) fn scripted_smtp_auth_reply(&self) -> Option<&str> {
        None
    }

    pub(crate) fn scripted_smtp_mail_reply(&self) -> Option<&str> {
        None
    }
}
