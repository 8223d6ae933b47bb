//! Guided troubleshooting: every failed step becomes a [`Diagnosis`] — what
//! happened, what the user can do, what the administrator must do (exact
//! admin-center steps or PowerShell), and the evidence.
//!
//! ```text
//! Step (id, fault, server_says) ─┐
//! TokenInspection (findings) ────┼─▶ Signals ─▶ kb.toml rules (scored) ─▶ Diagnosis
//! Context (address, app, tenant) ┘                                         (texts filled in)
//! ```
//!
//! The knowledge base is data (`kb.toml`), readable by helpdesk staff. The
//! flow diagnoses each step as it finishes ([`crate::flow`] calls
//! [`diagnose`]); `mailsetup explain` calls [`explain`] on pasted text.
//! `crate::helpdesk` turns a report into an admin ticket and a support bundle.
//!
//! Intentional omissions: nothing here talks to the network (lookups are
//! offline), and nothing verifies token signatures (we only read claims).

pub mod fault;
pub mod kb;
pub mod signals;
pub mod signin_error;
pub mod token;

pub use fault::{Fault, ThunderbirdFault};
pub use kb::KnowledgeBase;
pub use signals::Signals;
pub use signin_error::SignInError;
pub use token::{TokenClaims, TokenInspection};

use crate::step::StepId;
use serde::Serialize;

/// Placeholders the knowledge base may use in its texts.
pub const PLACEHOLDERS: [&str; 8] = ["user", "app_id", "tenant", "admin_consent_url", "imap_host", "smtp_host", "signed_in_account", "delegate"];

/// Microsoft's sign-in host for the global cloud, for the admin-consent URL.
const MICROSOFT_LOGIN_HOST: &str = "login.microsoftonline.com";

/// A failure explained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnosis {
    /// Stable kebab-case id, the key into `kb.toml`.
    pub id: String,
    pub title: String,
    pub what_happened: String,
    pub user_can_do: String,
    /// Empty when there is nothing for an administrator to do.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub admin_must_do: String,
    /// The same on the command line (flags); empty when there is no such
    /// way. The wizard leaves it out.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub command_line: String,
    pub evidence: Evidence,
}

/// Why this diagnosis: the step, the server's or provider's exact words, and
/// the facts that matched.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// The step id, `None` for pasted text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_says: Option<String>,
    /// What matched: `AADSTS90094`, `fault tls-unknown-issuer`, `5.7.139`, …
    pub matched_on: Vec<String>,
    /// Facts for the admin: token findings, the decoded challenge.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<String>,
    /// The parsed sign-in error with trace and correlation ids, when there was one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sign_in_error: Option<SignInError>,
}

/// What the texts are filled in with.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The mailbox address.
    pub address: Option<String>,
    /// Who signs in for a shared mailbox (`address` is then the shared
    /// mailbox); `None` when the mailbox signs in itself.
    pub delegate: Option<String>,
    /// The OAuth client id the sign-in used.
    pub app_id: Option<String>,
    /// The tenant: the token's `tid`, else the authority path (`organizations`).
    pub tenant: Option<String>,
    /// The scopes the plan asks for.
    pub scopes: Vec<String>,
    /// True for Microsoft's sign-in (the admin-consent URL applies).
    pub microsoft: bool,
    /// Which Microsoft cloud signs in (its login host serves the
    /// admin-consent page); `None` means the global one.
    pub microsoft_cloud: Option<crate::provider::MicrosoftCloud>,
    pub imap_host: Option<String>,
    pub smtp_host: Option<String>,
    /// The inspected access token, when sign-in got one.
    pub token: Option<TokenInspection>,
}

impl Context {
    /// The context for a plan and a mailbox.
    pub fn for_plan(address: &str, plan: &crate::provider::ProviderPlan) -> Self {
        let authorize = &plan.oauth.authorize_url;
        let microsoft_cloud = authorize.host_str().and_then(crate::provider::microsoft_cloud_of_host);
        let microsoft = microsoft_cloud.is_some();
        let tenant = microsoft.then(|| authorize.path_segments().and_then(|mut s| s.next()).map(str::to_owned)).flatten();
        Self {
            address: Some(address.to_owned()),
            delegate: None,
            app_id: Some(plan.oauth.client_id.clone()),
            tenant,
            scopes: plan.oauth.scopes.clone(),
            microsoft,
            microsoft_cloud,
            imap_host: Some(plan.incoming.host.clone()),
            smtp_host: Some(plan.smtp.host.clone()),
            token: None,
        }
    }

    /// For a shared mailbox opened by `delegate`.
    pub fn with_delegate(mut self, delegate: Option<String>) -> Self {
        self.delegate = delegate;
        self
    }

    /// Adds the token inspection (its `tid` wins over the authority path).
    pub fn with_token(mut self, inspection: TokenInspection) -> Self {
        if let Some(tid) = inspection.claims.as_ref().and_then(|c| c.tid.clone()) {
            self.tenant = Some(tid);
        }
        self.token = Some(inspection);
        self
    }

    /// The v2 admin-consent URL for the app (Microsoft), or a sentence.
    pub fn admin_consent_url(&self) -> String {
        match (&self.app_id, self.microsoft) {
            (Some(app_id), true) => {
                let tenant = match self.tenant.as_deref() {
                    None | Some("common" | "consumers") => "organizations",
                    Some(tenant) => tenant,
                };
                let scopes: Vec<&str> = self.scopes.iter().map(String::as_str).filter(|s| *s != "offline_access").collect();
                let scope = if scopes.is_empty() { "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send".to_owned() } else { scopes.join(" ") };
                let query: String = url::form_urlencoded::Serializer::new(String::new()).append_pair("client_id", app_id).append_pair("scope", &scope).finish();
                let login = self.microsoft_cloud.map_or(MICROSOFT_LOGIN_HOST, crate::provider::MicrosoftCloud::login_host);
                format!("https://{login}/{tenant}/v2.0/adminconsent?{query}")
            }
            (Some(app_id), false) => crate::tr!("kb-approve-in-admin-console", app_id = app_id.as_str()),
            // Only pasted text (`explain`) lacks the app id; a run always has it.
            (None, _) => crate::tr!("kb-unknown-admin-consent-url"),
        }
    }

    /// The entry's text with what this run knows put in; what it does not
    /// know (`explain` of pasted text knows nothing) is said in words.
    fn fill(&self, text: &str) -> String {
        let signed_in = self.token.as_ref().and_then(|t| t.claims.as_ref()).and_then(|c| c.account()).map(str::to_owned);
        let admin_consent_url = Some(self.admin_consent_url());
        let values: [(&str, &Option<String>, String); 8] = [
            ("{user}", &self.address, crate::tr!("kb-unknown-user")),
            // After "app" or "application": a parenthesis reads in both.
            ("{app_id}", &self.app_id, crate::tr!("kb-unknown-app-id")),
            ("{tenant}", &self.tenant, crate::tr!("kb-unknown-tenant")),
            ("{admin_consent_url}", &admin_consent_url, String::new()),
            ("{imap_host}", &self.imap_host, crate::tr!("kb-unknown-imap-host")),
            ("{smtp_host}", &self.smtp_host, crate::tr!("kb-unknown-smtp-host")),
            ("{signed_in_account}", &signed_in, crate::tr!("kb-unknown-signed-in-account")),
            ("{delegate}", &self.delegate, crate::tr!("kb-unknown-delegate")),
        ];
        let mut filled = text.to_owned();
        for (placeholder, value, in_words) in values {
            filled = put(&filled, placeholder, value.as_deref(), &in_words);
        }
        filled.trim().to_owned()
    }
}

/// `text` with every `placeholder` replaced by `known`, or else by `in_words`:
/// quoted where it is a command's argument (`-Identity "the affected
/// account"`), in parentheses inside a URL, so that the words never read as
/// part of the command or the address.
fn put(text: &str, placeholder: &str, known: Option<&str>, in_words: &str) -> String {
    let mut filled = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(placeholder) {
        filled.push_str(&rest[..at]);
        match known {
            Some(value) => filled.push_str(value),
            None if follows_a_parameter(&filled) => filled.push_str(&format!("\"{in_words}\"")),
            None if filled.ends_with('/') && !in_words.starts_with('(') => filled.push_str(&format!("({in_words})")),
            None => filled.push_str(in_words),
        }
        rest = &rest[at + placeholder.len()..];
    }
    filled.push_str(rest);
    filled
}

/// True when `before` ends in a PowerShell parameter and a space (`-Identity `).
fn follows_a_parameter(before: &str) -> bool {
    let Some(before) = before.strip_suffix(' ') else { return false };
    let last = before.rsplit(char::is_whitespace).next().unwrap_or_default();
    last.strip_prefix('-').is_some_and(|name| name.starts_with(|c: char| c.is_ascii_alphabetic()))
}

/// Token findings that can explain a failure at this step.
fn findings_for_step(step_id: StepId, token: &TokenInspection) -> Vec<token::FindingKind> {
    use token::FindingKind::*;
    let relevant: &[token::FindingKind] = match step_id {
        StepId::ImapAuthenticate => &[WrongAudience, MissingImapScope, WrongAccount, Expired],
        StepId::ImapSelect => &[WrongAccount],
        StepId::SmtpAuthenticate | StepId::SmtpEnvelope => &[WrongAudience, MissingSmtpScope, WrongAccount, Expired],
        _ => &[],
    };
    token.findings.iter().map(|f| f.kind).filter(|k| relevant.contains(k)).collect()
}

/// What a diagnosis reads from a finished step (see `report::Step::facts`).
#[derive(Debug, Clone, Copy)]
pub struct StepFacts<'a> {
    pub id: StepId,
    pub failed: bool,
    pub fault: Option<Fault>,
    /// The server's or provider's own words.
    pub server_says: Option<&'a str>,
    /// Our own words about the result.
    pub detail: &'a str,
}

/// The diagnosis for a failed step, or `None` for a step that did not fail.
pub fn diagnose(step: &StepFacts<'_>, context: &Context) -> Option<Diagnosis> {
    if !step.failed {
        return None;
    }
    let mut signals = Signals::from_step(step);
    signals.shared_mailbox = context.delegate.is_some();
    if let Some(token) = &context.token {
        signals.token = findings_for_step(step.id, token);
    }
    let (entry, _) = KnowledgeBase::get().best(&signals)?;
    Some(render(entry, &signals, step.server_says.map(str::to_owned), context))
}

/// Offline lookup for `mailsetup explain`: an AADSTS code, an SMTP reply, an
/// IMAP reply or any pasted error. Best match first; at most `limit`.
pub fn explain(text: &str, limit: usize) -> Vec<Diagnosis> {
    let signals = Signals::from_pasted(text);
    let context = Context::default();
    let kb = KnowledgeBase::get();
    // A code such as 5.7.139 names several diagnoses that each also need
    // words of the reply ("…disabled for the Tenant"). When the pasted text
    // has the code but not the words, every one of them is the answer, not
    // a generic entry that happens to match "535".
    let family = kb.sharing_code(&signals);
    let ranked = kb.ranked(&signals);
    if !family.is_empty() && ranked.first().is_none_or(|(top, _)| !family.iter().any(|member| member.id == top.id)) {
        return family.into_iter().map(|entry| render(entry, &signals, None, &context)).collect();
    }
    let Some(top) = ranked.first().map(|(_, score)| *score) else {
        return Vec::new();
    };
    ranked
        .into_iter()
        .filter(|(_, score)| *score == top || limit > 1)
        .take(limit)
        .map(|(entry, _)| render(entry, &signals, None, &context))
        .collect()
}

/// A knowledge-base entry by id, with the texts filled in from `context`.
pub fn by_id(id: &str, context: &Context) -> Option<Diagnosis> {
    let entry = KnowledgeBase::get().entry(id)?;
    Some(render(entry, &Signals::default(), None, context))
}

fn render(entry: &kb::KbEntry, signals: &Signals, server_says: Option<String>, context: &Context) -> Diagnosis {
    let mut matched_on = Vec::new();
    if let Some(code) = signals.aadsts {
        matched_on.push(format!("AADSTS{code}"));
    }
    if let Some(error) = &signals.oauth_error {
        matched_on.push(format!("error={error}"));
    }
    if let Some(fault) = signals.fault {
        matched_on.push(format!("fault {}", fault.name()));
    }
    if let Some(code) = signals.smtp_code {
        matched_on.push(match &signals.smtp_enhanced {
            Some(enhanced) => format!("SMTP {code} {enhanced}"),
            None => format!("SMTP {code}"),
        });
    }
    if let Some(status) = &signals.imap_status {
        matched_on.push(match &signals.imap_code {
            Some(code) => format!("IMAP {status} [{code}]"),
            None => format!("IMAP {status}"),
        });
    }
    let mut facts = Vec::new();
    if let Some(token) = &context.token {
        facts.extend(token.findings.iter().filter(|f| signals.token.contains(&f.kind)).map(|f| {
            matched_on.push(format!("token {}", serde_json::to_value(f.kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()));
            f.detail.clone()
        }));
    }
    if let Some(challenge) = &signals.challenge {
        facts.push(crate::tr!(
            "finding-xoauth2-challenge",
            status = challenge.status.as_deref().unwrap_or("?"),
            scheme = challenge.schemes.as_deref().unwrap_or("?"),
            scope = challenge.scope.as_deref().unwrap_or("?")
        ));
    }
    let texts = entry.localized();
    Diagnosis {
        id: entry.id.clone(),
        title: context.fill(&texts.title),
        what_happened: context.fill(&texts.what_happened),
        user_can_do: context.fill(&texts.user_can_do),
        admin_must_do: context.fill(&texts.admin_must_do),
        command_line: context.fill(&texts.command_line),
        evidence: Evidence { step: signals.step.map(|id| id.as_str().to_owned()), server_says, matched_on, facts, sign_in_error: signals.sign_in.clone() },
    }
}

impl std::fmt::Display for Diagnosis {
    /// The card as text: for the CLI and the copied report.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        writeln!(f, "{}", tr!("diagnosis-card-title", id = &self.id, title = &self.title))?;
        writeln!(f, "  {} {}", tr!("diagnosis-what-happened"), self.what_happened)?;
        writeln!(f, "  {} {}", tr!("diagnosis-user-can-do"), self.user_can_do)?;
        if !self.command_line.is_empty() {
            writeln!(f, "  {} {}", tr!("diagnosis-on-the-command-line"), self.command_line)?;
        }
        if !self.admin_must_do.is_empty() {
            let mut lines = self.admin_must_do.lines();
            writeln!(f, "  {} {}", tr!("diagnosis-admin-must-do"), lines.next().unwrap_or_default())?;
            for line in lines {
                writeln!(f, "    {line}")?;
            }
        }
        for fact in &self.evidence.facts {
            writeln!(f, "  {} {fact}", tr!("diagnosis-evidence"))?;
        }
        if let Some(error) = &self.evidence.sign_in_error {
            for line in error.admin_lines() {
                writeln!(f, "  {line}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explain_finds_codes_and_replies() {
        let cases = [
            ("AADSTS90094", "aad-admin-consent-required"),
            ("AADSTS65001: The user or administrator has not consented", "aad-consent-missing"),
            ("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.", "smtp-auth-disabled-tenant"),
            ("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.", "smtp-auth-disabled-mailbox"),
            ("BAD User is authenticated but not connected.", "exo-imap-not-connected"),
            ("NO AUTHENTICATE failed.", "exo-imap-authenticate-failed"),
            ("550 5.7.60 SMTP; Client does not have permissions to send as this sender", "smtp-send-as-denied"),
            ("error=access_denied", "oauth-access-denied"),
            ("connection refused", "connection-refused"),
        ];
        for (text, id) in cases {
            let found = explain(text, 1);
            assert_eq!(found.first().map(|d| d.id.as_str()), Some(id), "{text}");
        }
        assert!(explain("the weather is nice", 3).is_empty());
    }

    #[test]
    fn a_bare_code_lists_every_diagnosis_it_can_mean() {
        for text in ["5.7.139", "535 5.7.139", "535 5.7.139 Authentication unsuccessful"] {
            let ids: Vec<String> = explain(text, 1).into_iter().map(|d| d.id).collect();
            for id in ["smtp-auth-disabled-tenant", "smtp-auth-disabled-mailbox", "exo-smtp-security-defaults"] {
                assert!(ids.iter().any(|found| found == id), "{text}: {ids:?}");
            }
            assert!(!ids.iter().any(|found| found == "smtp-token-rejected"), "{text}: the generic 535 entry is not the answer: {ids:?}");
        }
        for (text, id) in [("5.7.3", "exo-smtp-not-authorized"), ("5.7.30", "exo-basic-auth-disabled"), ("AADSTS700082", "aad-grant-expired"), ("700082", "aad-grant-expired")] {
            assert_eq!(explain(text, 1).first().map(|d| d.id.as_str()), Some(id), "{text}");
        }
    }

    #[test]
    fn what_pasted_text_cannot_fill_in_is_said_in_words() {
        for text in ["5.7.139", "5.7.3", "AADSTS700082", "AADSTS90094", "NO AUTHENTICATE failed."] {
            for diagnosis in explain(text, 10) {
                let all = format!("{} {} {}", diagnosis.what_happened, diagnosis.user_can_do, diagnosis.admin_must_do);
                assert!(!all.contains("<user>") && !all.contains("<app id>") && !all.contains('{'), "{text} → {}: {all}", diagnosis.id);
            }
        }
    }

    /// The headline codes of issue 12, as users paste them: each names its
    /// own entry, not the generic "the SMTP server refused the token".
    #[test]
    fn explain_finds_the_headline_codes_and_whole_replies() {
        let cases = [
            ("535 5.7.139 Authentication unsuccessful, the user credentials were incorrect", "exo-smtp-credentials-incorrect"),
            ("535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [AM0PR02CA0001.eurprd02.prod.outlook.com]", "exo-smtp-credentials-incorrect"),
            (
                "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
                "smtp-auth-disabled-tenant",
            ),
            (
                "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information. [SN4PR0501CA0033.namprd05.prod.outlook.com]",
                "smtp-auth-disabled-mailbox",
            ),
            ("535 5.7.139 Authentication unsuccessful, basic authentication is disabled.", "exo-basic-auth-disabled"),
            ("535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.", "exo-smtp-security-defaults"),
            ("535 5.7.3 Authentication unsuccessful [SN4PR0501CA0033.namprd05.prod.outlook.com]", "exo-smtp-not-authorized"),
            ("550 5.7.30 Basic authentication is not supported for Client Submission.", "exo-basic-auth-disabled"),
            ("The server responded: (5.7.3)", "exo-smtp-not-authorized"),
            ("AADSTS700082: The refresh token has expired due to inactivity.", "aad-grant-expired"),
            (
                r#"{"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2026-01-02T10:00:00Z and was inactive for 90.00:00:00. Trace ID: 0d6b8a43-1c2e-4e0b-9b8e-7b2a2f2c0100 Correlation ID: 5f2c3a11-9d4e-4c7e-a3a9-4c8f0f4b2e01 Timestamp: 2026-04-02 10:15:00Z","error_codes":[700082],"timestamp":"2026-04-02 10:15:00Z","trace_id":"0d6b8a43-1c2e-4e0b-9b8e-7b2a2f2c0100","correlation_id":"5f2c3a11-9d4e-4c7e-a3a9-4c8f0f4b2e01","error_uri":"https://login.microsoftonline.com/error?code=700082"}"#,
                "aad-grant-expired",
            ),
            // Pretty-printed, and with the code only in `error_codes`.
            ("{\n  \"error\": \"invalid_grant\",\n  \"error_codes\": [700082]\n}", "aad-grant-expired"),
            // An AADSTS code the knowledge base does not know falls back on the OAuth error.
            (r#"{"error":"invalid_grant","error_description":"AADSTS1234567: Something new.","error_codes":[1234567]}"#, "oauth-grant-invalid"),
        ];
        for (text, id) in cases {
            let found: Vec<String> = explain(text, 1).into_iter().map(|d| d.id).collect();
            assert_eq!(found, [id], "{text}");
        }
        let json = explain(cases[10].0, 1).remove(0);
        let sign_in = json.evidence.sign_in_error.expect("the JSON body is read as a sign-in error");
        assert_eq!((sign_in.error.as_deref(), sign_in.aadsts), (Some("invalid_grant"), Some(700082)));
        assert_eq!(sign_in.correlation_id.as_deref(), Some("5f2c3a11-9d4e-4c7e-a3a9-4c8f0f4b2e01"));
    }

    /// Every entry, rendered as `explain` does (knowing nothing about the
    /// run): no `{placeholder}` and no `<user>`-style blank left in it.
    #[test]
    fn no_entry_prints_a_placeholder_when_nothing_is_known() {
        let blank = |text: &str| {
            let mut rest = text;
            while let Some(open) = rest.find('<') {
                let after = &rest[open + 1..];
                let word: String = after.chars().take_while(|c| c.is_ascii_alphabetic() || *c == ' ' || *c == '-' || *c == '_').collect();
                if !word.is_empty() && after[word.len()..].starts_with('>') {
                    return Some(format!("<{word}>"));
                }
                rest = after;
            }
            None
        };
        for entry in &KnowledgeBase::get().entries {
            let diagnosis = by_id(&entry.id, &Context::default()).expect("every entry renders");
            for text in [&diagnosis.title, &diagnosis.what_happened, &diagnosis.user_can_do, &diagnosis.admin_must_do] {
                assert!(!text.contains('{'), "{}: {text}", entry.id);
                assert_eq!(blank(text), None, "{}: {text}", entry.id);
            }
        }
    }

    #[test]
    fn unknown_values_read_as_words_in_commands_and_addresses() {
        let context = Context::default();
        assert_eq!(
            context.fill("Set-CASMailbox -Identity {user} -SmtpClientAuthenticationDisabled $false"),
            "Set-CASMailbox -Identity \"the affected account\" -SmtpClientAuthenticationDisabled $false"
        );
        assert_eq!(context.fill("Sign in again as {user}."), "Sign in again as the affected account.");
        assert_eq!(
            context.fill("https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize"),
            "https://login.microsoftonline.com/(your organisation's tenant id or domain)/oauth2/v2.0/authorize"
        );
        let known = Context { address: Some("alice@contoso.example".into()), ..Context::default() };
        assert_eq!(known.fill("-Identity {user} -User {signed_in_account}"), "-Identity alice@contoso.example -User \"the account that signed in\"");
    }

    #[test]
    fn admin_consent_url_names_the_app_and_the_tenant() {
        let context = Context {
            app_id: Some("9e5f94bc-e8a4-4e73-b8be-63364c29d753".into()),
            tenant: Some("contoso.example".into()),
            scopes: vec!["https://outlook.office.com/IMAP.AccessAsUser.All".into(), "offline_access".into()],
            microsoft: true,
            ..Context::default()
        };
        assert_eq!(
            context.admin_consent_url(),
            "https://login.microsoftonline.com/contoso.example/v2.0/adminconsent?client_id=9e5f94bc-e8a4-4e73-b8be-63364c29d753&scope=https%3A%2F%2Foutlook.office.com%2FIMAP.AccessAsUser.All"
        );
    }
}
