//! Helpdesk outputs built from a [`Report`]: the admin ticket (ready-to-send
//! text) and the support bundle (one JSON file).
//!
//! A report holds no secret field, but a server's quoted words can hold one:
//! a server may echo the token it refused, a token endpoint the refresh token
//! or the PKCE verifier. So both outputs go through [`redact`], two passes:
//!
//! - by value: every secret alive in this process, raw, JSON- or
//!   form-escaped, or inside base64 ([`crate::secret::redact_known_secrets`]).
//!   This is what catches an opaque token quoted without any key. Steps are
//!   redacted this way when they are made, while their secrets are alive;
//!   this pass is the last belt for steps built elsewhere.
//! - by shape: credentials this process does not know, such as a token of
//!   another run pasted into `mailsetup explain`: JWTs, base64 XOAUTH2 or
//!   OAUTHBEARER payloads, and the value after `Bearer`, `code=`,
//!   `access_token`, `refresh_token`, `code_verifier`, `id_token` or
//!   `device_code`. An opaque value without such a key is not recognised.
//!
//! Both passes are linear in the text's length (`benches/redaction.rs`).
//! `tests/redaction.rs` checks the ticket, the bundle, the report's text and
//! its JSON against loopback servers that echo every secret of the run.

use crate::tr;
use crate::report::{Outcome, Report, Step, StepId, printable};
use crate::secret::redact_known_secrets;
use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde::Serialize;
use serde_json::json;

/// Bumped whenever a bundle field changes meaning or disappears.
pub const BUNDLE_SCHEMA_VERSION: u32 = 1;

/// The time now, UTC, RFC 3339 (whole seconds).
fn now_utc() -> String {
    let now = time::OffsetDateTime::now_utc().replace_nanosecond(0).unwrap_or_else(|_| time::OffsetDateTime::now_utc());
    now.format(&time::format_description::well_known::Rfc3339).unwrap_or_else(|_| "unknown".to_owned())
}

/// The tenant id to quote: the token's `tid`, else the authority's tenant segment.
fn tenant(report: &Report) -> Option<String> {
    report.token.as_ref().and_then(|t| t.claims.as_ref()).and_then(|c| c.tid.clone()).or_else(|| {
        let authority = url::Url::parse(report.authority.as_deref()?).ok()?;
        let host = authority.host_str()?.to_owned();
        crate::provider::microsoft_cloud_of_host(&host).is_some().then(|| authority.path_segments()?.next().map(str::to_owned)).flatten()
    })
}

/// Thunderbird's own public registrations: an admin approving one of these
/// approves Thunderbird, which the ticket should say in words.
const THUNDERBIRD_APP_IDS: [&str; 2] = [crate::provider::MICROSOFT_CLIENT_ID, crate::provider::FASTMAIL_CLIENT_ID];

/// The ticket's labels, each followed by its value in one column.
const TICKET_LABELS: [&str; 15] = [
    "ticket-sign-in",
    "ticket-tenant",
    "ticket-app-id",
    "ticket-sign-in-at",
    "ticket-user",
    "ticket-signed-in-as",
    "ticket-time",
    "ticket-provider",
    "ticket-shared-mailbox",
    "ticket-smtp-server",
    "ticket-failing-step",
    "ticket-result",
    "ticket-diagnosis",
    "ticket-what-happened",
    "ticket-evidence",
];

/// `label` and `value` with the value in the ticket's column: 18
/// columns, or wider where a language's labels are longer (a Japanese
/// character is two columns wide, as terminals and mail clients show it).
fn labelled(label: &str, value: &str) -> String {
    use unicode_width::UnicodeWidthStr as _;
    let incoming = tr!("ticket-incoming-server", protocol = "IMAP");
    let labels = TICKET_LABELS.iter().map(|id| crate::i18n::text(id)).chain([incoming]);
    let width = labels.map(|label| label.width() + 1).max().unwrap_or(0).max(18);
    let padding = " ".repeat(width.saturating_sub(label.width()));
    format!("{label}{padding}{value}")
}

/// The ticket's sign-in lines: how the account signs in, in words, and the
/// tenant, app id and sign-in address only where they are known and real.
/// A password account has no registration at all, so none is quoted.
fn registration_lines(report: &Report) -> Vec<String> {
    use crate::report::SignInKind;
    let mut lines = Vec::new();
    let thunderbirds = report.app_id.as_deref().is_some_and(|id| THUNDERBIRD_APP_IDS.contains(&id));
    let how = match report.sign_in {
        Some(SignInKind::Password) => Some(tr!("ticket-how-password")),
        Some(SignInKind::OAuth2ByThunderbird) => Some(tr!("ticket-how-by-thunderbird")),
        Some(SignInKind::OAuth2) if thunderbirds => Some(tr!("ticket-how-thunderbirds-app")),
        Some(SignInKind::OAuth2) => Some(tr!("ticket-how-other-app")),
        None => None,
    };
    if let Some(how) = how {
        lines.push(labelled(&tr!("ticket-sign-in"), &how));
    }
    if report.sign_in == Some(SignInKind::Password) {
        return lines;
    }
    if let Some(tenant) = tenant(report) {
        lines.push(labelled(&tr!("ticket-tenant"), &tenant));
    } else if report.authority.as_deref().and_then(|a| url::Url::parse(a).ok()).and_then(|a| a.host_str().and_then(crate::provider::microsoft_cloud_of_host)).is_some() {
        lines.push(labelled(&tr!("ticket-tenant"), &tr!("ticket-tenant-unknown")));
    }
    if let Some(id) = report.app_id.as_deref().filter(|id| !id.is_empty()) {
        let value = if thunderbirds { tr!("ticket-app-id-thunderbirds", id = id) } else { id.to_owned() };
        lines.push(labelled(&tr!("ticket-app-id"), &value));
    }
    // A placeholder from an older report never reaches the admin either.
    if let Some(authority) = report.authority.as_deref().filter(|a| !a.contains(crate::provider::PLACEHOLDER_HOST)) {
        lines.push(labelled(&tr!("ticket-sign-in-at"), authority));
    }
    lines
}

/// The ready-to-send admin ticket for a report: who, when, which app and
/// tenant, the failing step with the server's words, the diagnosis, the
/// sign-in ids for the Entra logs, and the exact admin action.
pub fn admin_ticket(report: &Report) -> String {
    admin_ticket_at(report, &now_utc())
}

/// [`admin_ticket`] with a fixed time (tests).
pub fn admin_ticket_at(report: &Report, time: &str) -> String {
    let failure = report.first_failure();
    let diagnosed = report.steps.iter().find(|s| s.diagnosis.is_some());
    let focus = diagnosed.or(failure);
    let address = report.address.as_str();
    let subject = match focus.and_then(|s| s.diagnosis.as_deref()) {
        Some(diagnosis) => tr!("ticket-subject-diagnosed", address = address, title = &diagnosis.title, id = &diagnosis.id),
        None if report.all_passed() => tr!("ticket-subject-passed", address = address),
        None => tr!("ticket-subject-failed", address = address),
    };
    let mut out = String::new();
    // Each line printable: a field holding CR or LF cannot start a line of its own.
    let mut line = |text: String| {
        out.push_str(&printable(&text));
        out.push('\n');
    };
    line(tr!("ticket-subject", subject = subject));
    line(String::new());
    line(tr!("ticket-intro", version = report.mailsetup_version));
    line(String::new());
    line(labelled(&tr!("ticket-user"), address));
    if let Some(account) = report.token.as_ref().and_then(|t| t.claims.as_ref()).and_then(|c| c.account().map(str::to_owned))
        && !account.eq_ignore_ascii_case(&report.address)
    {
        line(labelled(&tr!("ticket-signed-in-as"), &account));
    }
    line(labelled(&tr!("ticket-time"), time));
    line(labelled(&tr!("ticket-provider"), &report.provider));
    if let Some(delegate) = &report.delegate {
        line(labelled(&tr!("ticket-shared-mailbox"), &tr!("ticket-shared-mailbox-value", address = address, delegate = delegate)));
    }
    for text in registration_lines(report) {
        line(text);
    }
    line(labelled(&tr!("ticket-incoming-server", protocol = &report.incoming_protocol), &report.incoming_server));
    line(labelled(&tr!("ticket-smtp-server"), &report.smtp_server));
    if let Some(step) = focus {
        line(String::new());
        line(labelled(&tr!("ticket-failing-step"), &format!("{} ({})", step.title, step.id)));
        line(labelled(&tr!("ticket-result"), &step.detail));
        if let Some(words) = &step.server_says {
            line(tr!("ticket-server-said"));
            for text in words.lines() {
                line(format!("    {text}"));
            }
        }
        if let Some(diagnosis) = step.diagnosis.as_deref() {
            line(String::new());
            line(labelled(&tr!("ticket-diagnosis"), &format!("{} [{}]", diagnosis.title, diagnosis.id)));
            line(labelled(&tr!("ticket-what-happened"), &diagnosis.what_happened));
            for fact in &diagnosis.evidence.facts {
                line(labelled(&tr!("ticket-evidence"), fact));
            }
            if let Some(error) = &diagnosis.evidence.sign_in_error {
                line(String::new());
                line(tr!("ticket-for-sign-in-logs"));
                for text in error.admin_lines() {
                    line(format!("    {text}"));
                }
            }
            line(String::new());
            line(tr!("ticket-admin-must-do"));
            if diagnosis.admin_must_do.is_empty() {
                line(format!("    {}", tr!("ticket-nothing-server-side")));
                line(format!("    {}", diagnosis.user_can_do));
            } else {
                for text in diagnosis.admin_must_do.lines() {
                    line(format!("    {text}"));
                }
            }
        }
    }
    let others: Vec<&Step> = report.steps.iter().filter(|s| s.outcome == Outcome::Failed && Some(s.id.as_str()) != focus.map(|f| f.id.as_str())).collect();
    if !others.is_empty() {
        line(String::new());
        line(tr!("ticket-other-failed-steps"));
        for step in others {
            let id = step.diagnosis.as_deref().map(|d| format!(" → {}", d.id)).unwrap_or_default();
            line(format!("    {} ({}): {}{id}", step.title, step.id, step.detail));
        }
    }
    line(String::new());
    line(tr!("ticket-generated"));
    redact(&out)
}

/// One entry of the protocol transcript: what we sent (secrets replaced by
/// placeholders) and what the server answered, per step.
#[derive(Debug, Clone, Serialize)]
pub struct TranscriptEntry {
    pub step: StepId,
    pub outcome: Outcome,
    pub duration_ms: u64,
    /// Client lines; SASL payloads appear as `<xoauth2 user=… token=<redacted>>`.
    pub client: Vec<String>,
    /// The server's words, verbatim (decoded JSON challenges included).
    pub server: Vec<String>,
}

/// What the client sends in a step, with every secret replaced.
fn client_lines(step_id: StepId, user: &str) -> Vec<String> {
    let sasl = format!("<xoauth2 user={user} token=<redacted>>");
    let lines: Vec<String> = match step_id {
        // Parameter names only: their values are secrets or single-use.
        StepId::SignInBrowser => vec!["GET <authorize URL> with response_type, client_id, redirect_uri, scope, state, PKCE challenge (S256), login_hint".into()],
        StepId::SignInRedirect => vec!["(wait on loopback for the browser's redirect carrying the authorization code and state)".into()],
        StepId::SignInExchange => vec!["POST <token URL> grant authorization_code with the code, the PKCE verifier, redirect_uri, client_id (values not recorded)".into()],
        StepId::SignInRefresh => vec!["POST <token URL> grant refresh_token with the refresh token, client_id (values not recorded)".into()],
        StepId::SignInDevice => vec!["POST <device URL> with client_id, scope".into(), "POST <token URL> grant device_code, polled (values not recorded)".into()],
        StepId::ImapCapability => vec!["c1 CAPABILITY".into()],
        StepId::ImapAuthenticate => vec!["a1 AUTHENTICATE XOAUTH2".into(), sasl],
        StepId::ImapSelect => vec!["a2 SELECT INBOX".into()],
        StepId::ImapLogout => vec!["a3 LOGOUT".into()],
        StepId::SmtpGreeting => vec!["EHLO mailsetup.localhost".into()],
        StepId::SmtpTls => vec!["STARTTLS".into(), "(TLS handshake)".into(), "EHLO mailsetup.localhost".into()],
        StepId::SmtpEhlo => vec!["EHLO mailsetup.localhost".into()],
        StepId::SmtpAuthenticate => vec![format!("AUTH XOAUTH2 {sasl}")],
        StepId::SmtpEnvelope => vec![format!("MAIL FROM:<{user}>"), format!("RCPT TO:<{user}>"), "RSET".into()],
        StepId::ImapTls => vec!["(TLS handshake)".into()],
        _ => Vec::new(),
    };
    lines
}

/// The transcript of a report's steps.
pub fn transcript(report: &Report) -> Vec<TranscriptEntry> {
    report
        .steps
        .iter()
        .filter(|s| s.outcome != Outcome::Skipped)
        .map(|step| TranscriptEntry {
            step: step.id,
            outcome: step.outcome,
            duration_ms: step.duration.as_millis() as u64,
            client: client_lines(step.id, &report.address),
            server: step.server_says.as_deref().unwrap_or_default().lines().map(redact).collect(),
        })
        .collect()
}

/// The support bundle: one JSON document with the report, the transcript,
/// the decoded token claims (no signature), the diagnoses and the versions.
pub fn support_bundle(report: &Report) -> String {
    let diagnoses: Vec<_> = report.steps.iter().filter_map(|s| s.diagnosis.as_deref()).collect();
    let bundle = json!({
        "bundle_schema_version": BUNDLE_SCHEMA_VERSION,
        "generated_at": now_utc(),
        "versions": {
            "mailsetup": env!("CARGO_PKG_VERSION"),
            "report_schema": crate::report::REPORT_SCHEMA_VERSION,
            "os": std::env::consts::OS,
            "arch": std::env::consts::ARCH,
        },
        "report": report,
        "transcript": transcript(report),
        "token_claims": report.token.as_ref().and_then(|t| t.claims.as_ref()),
        "token_findings": report.token.as_ref().map(|t| &t.findings),
        "diagnoses": diagnoses,
        "admin_ticket": admin_ticket(report),
    });
    redact(&serde_json::to_string_pretty(&bundle).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}")))
}

/// Words after which a value of eight characters or more is a credential.
const CREDENTIAL_KEYS: [&str; 7] = ["bearer", "code", "access_token", "refresh_token", "code_verifier", "id_token", "device_code"];

/// Redacts every secret alive in this process, by value, and anything shaped
/// like a credential: JWTs, base64 XOAUTH2 or OAUTHBEARER payloads, and the
/// value after one of [`CREDENTIAL_KEYS`]. Linear in the text's length.
pub fn redact(text: &str) -> String {
    // Shapes first: a whole SASL payload is still recognisable then.
    let shaped = redact_credential_shapes(text);
    redact_known_secrets(&shaped).into_owned()
}

/// The by-shape pass of [`redact`]: one scan over the words, each looked at
/// once, and for a key only the few bytes before it (never the whole text
/// so far, which made this quadratic once).
fn redact_credential_shapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(is_token_char) {
        let (before, from) = rest.split_at(start);
        out.push_str(before);
        let mut end = from.find(|c: char| !is_token_char(c)).unwrap_or(from.len());
        // Base64 padding belongs to the word; any other '=' separates a key.
        end += from[end..].chars().take_while(|c| *c == '=').count();
        let (word, after) = from.split_at(end);
        // Only the separators since the previous word are trimmed, so every
        // byte is looked at a bounded number of times.
        let preceding = out.trim_end_matches(['"', ':', ' ', '=']).as_bytes();
        let keyed = word.len() >= 8
            && CREDENTIAL_KEYS.iter().any(|key| preceding.len() >= key.len() && preceding[preceding.len() - key.len()..].eq_ignore_ascii_case(key.as_bytes()));
        if keyed || looks_like_jwt(word) || is_sasl_payload(word) {
            out.push_str("<redacted>");
        } else {
            out.push_str(word);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '+' | '/' | '~')
}

fn looks_like_jwt(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    parts.len() == 3 && parts[0].starts_with("eyJ") && URL_SAFE_NO_PAD.decode(parts[1].trim_end_matches('=')).is_ok()
}

fn is_sasl_payload(word: &str) -> bool {
    word.len() >= 24
        && STANDARD
            .decode(word)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .is_some_and(|text| text.contains("auth=Bearer") || text.contains("auth=bearer"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::address::EmailAddress;
    use crate::flow::{ProfileTarget, SetupRequest};
    use crate::provider::{ProviderPlan, SignIn, google_plan, microsoft_plan, no_registration};

    fn ticket_for(plan: ProviderPlan) -> String {
        let address = EmailAddress::parse("bob@nowhere.example").unwrap();
        let request = SetupRequest::new(
            address,
            "Bob".to_owned(),
            plan,
            crate::tls::TrustStore::system(),
            crate::oauth::BrowserLauncher::System,
            ProfileTarget::NoWrite,
        );
        admin_ticket_at(&crate::flow::start_report(&request), "2026-01-05T09:00:00Z")
    }

    #[test]
    fn a_password_account_has_no_registration_to_quote() {
        let mut plan = microsoft_plan("Settings entered by hand", "organizations");
        plan.oauth = no_registration();
        plan.sign_in = SignIn::Password { note: None };
        let ticket = ticket_for(plan);
        assert!(ticket.contains("Sign-in:          with a password (Thunderbird asks for it)"), "{ticket}");
        for placeholder in ["invalid.invalid", "App (client) id", "Sign-in at:", "Tenant id"] {
            assert!(!ticket.contains(placeholder), "{placeholder} in {ticket}");
        }
    }

    #[test]
    fn thunderbirds_registration_is_named_in_words() {
        let ticket = ticket_for(microsoft_plan("Microsoft 365 (work or school)", "organizations"));
        assert!(ticket.contains("Sign-in:          OAuth2, with Thunderbird's own app registration"), "{ticket}");
        assert!(ticket.contains("App (client) id:  9e5f94bc-e8a4-4e73-b8be-63364c29d753 (Thunderbird's own registration)"), "{ticket}");
        assert!(ticket.contains("Sign-in at:       https://login.microsoftonline.com/organizations/"), "{ticket}");

        // Google's registration has no id mailsetup may use: no empty line for it.
        let google = ticket_for(google_plan("Google Workspace"));
        assert!(google.contains("done by Thunderbird itself"), "{google}");
        assert!(!google.contains("App (client) id"), "{google}");
    }

    #[test]
    fn nothing_known_means_no_sign_in_lines() {
        let ticket = admin_ticket_at(&Report::new("bob@nowhere.example", "Somewhere", "imap.x:993", "smtp.x:587"), "2026-01-05T09:00:00Z");
        for line in ["Sign-in", "App (client) id", "Tenant id", "unknown"] {
            assert!(!ticket.contains(line), "{line} in {ticket}");
        }
    }

    #[test]
    fn redacts_jwts_sasl_payloads_and_keyed_values() {
        let payload = STANDARD.encode("user=a@b.test\x01auth=Bearer sekrit-token-value\x01\x01");
        let jwt = "eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2ln";
        let text = format!("AUTH XOAUTH2 {payload}\nBearer abcdefghijklmnop\n{jwt}\ncode=sbx-code-1234567890 ok\nTrace ID: 0d6b8a43-1c2e-4e0b-9b8e-7b2a2f2c0100");
        let redacted = redact(&text);
        for secret in [payload.as_str(), "abcdefghijklmnop", jwt, "sbx-code-1234567890"] {
            assert!(!redacted.contains(secret), "{secret} in {redacted}");
        }
        assert!(redacted.contains("0d6b8a43-1c2e-4e0b-9b8e-7b2a2f2c0100"), "ids stay: {redacted}");
        assert!(redacted.contains("ok"));
        assert_eq!(redact("535 5.7.139 Authentication unsuccessful"), "535 5.7.139 Authentication unsuccessful");
    }
}
