//! The step report: what was tried, how long it took, what the server said.
//!
//! GUI and CLI render the same [`Report`]: the CLI prints its `Display` text or
//! its JSON, the wizard lists its steps and copies the `Display` text.
//!
//! A report never holds a secret. Its fields are strings chosen by us or
//! quoted from a server, and a server may quote a secret back (`NO token …`):
//! every secret alive in the process is redacted by value
//! ([`crate::secret::redact_known_secrets`]) where text enters a step (its
//! constructors, and the flow's diagnosis pass, [`Step::redact_known_secrets`])
//! and again when a report is rendered (`Display`, [`Report::to_json`], the
//! helpdesk ticket and bundle), for reports built from steps that never went
//! through the flow.
//!
//! Server-quoted text cannot split or overwrite a report line: every value a
//! line shows goes through [`printable`], which escapes control characters.

pub use crate::step::{Outcome, Phase, StepId};
use crate::secret::redact_known_secrets;
use crate::troubleshoot::{Diagnosis, Fault, StepFacts, TokenInspection};
use serde::Serialize;
use std::borrow::Cow;
use std::fmt;
use std::fmt::Write as _;
use std::time::Duration;

/// Bumped whenever a JSON field changes meaning or disappears.
/// 2: steps gained `fault` and `diagnosis`; the report gained `app_id`,
/// `authority` and `token`.
/// 3: step ids are one fixed set ([`StepId`]): `plan.lookup.<source>` became
/// `plan.lookup` (the source is in the title); every run has one step or
/// more per stage, skipped ones included.
pub const REPORT_SCHEMA_VERSION: u32 = 4;



/// One finished step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    pub phase: Phase,
    /// Which step (its stable name is e.g. `imap.authenticate`).
    pub id: StepId,
    /// What the step does, in plain words.
    pub title: String,
    pub outcome: Outcome,
    #[serde(rename = "duration_ms", serialize_with = "as_millis")]
    pub duration: Duration,
    #[serde(rename = "deadline_ms", serialize_with = "as_millis")]
    pub deadline: Duration,
    /// Our own words about the result.
    pub detail: String,
    /// The server's or provider's own words, verbatim, when it said something.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_says: Option<String>,
    /// What kind of failure the code saw (network, TLS, browser…), for matching.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fault: Option<Fault>,
    /// The explanation of a failed step; set by `flow` (see `troubleshoot`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diagnosis: Option<Box<Diagnosis>>,
}

fn as_millis<S: serde::Serializer>(duration: &Duration, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_u64(duration.as_millis() as u64)
}

impl Step {
    /// A step that passed.
    pub fn passed(phase: Phase, id: StepId, title: &str, duration: Duration, deadline: Duration, detail: impl Into<String>) -> Self {
        Self {
            phase,
            id,
            title: title.to_owned(),
            outcome: Outcome::Passed,
            duration,
            deadline,
            detail: redact_known_secrets(&detail.into()).into_owned(),
            server_says: None,
            fault: None,
            diagnosis: None,
        }
    }

    /// A step that failed.
    pub fn failed(phase: Phase, id: StepId, title: &str, duration: Duration, deadline: Duration, detail: impl Into<String>) -> Self {
        Self { outcome: Outcome::Failed, ..Self::passed(phase, id, title, duration, deadline, detail) }
    }

    /// A step that was not run.
    pub fn skipped(phase: Phase, id: StepId, title: &str, reason: impl Into<String>) -> Self {
        Self { outcome: Outcome::Skipped, ..Self::passed(phase, id, title, Duration::ZERO, Duration::ZERO, reason) }
    }

    /// Attaches the server's verbatim reply.
    pub fn with_server_says(mut self, words: impl Into<String>) -> Self {
        let words = words.into();
        if !words.trim().is_empty() {
            self.server_says = Some(redact_known_secrets(words.trim()).into_owned());
        }
        self
    }

    /// Redacts every secret alive in the process from all the text this step
    /// holds: our detail, the server's words and the diagnosis with its
    /// evidence. The flow calls it on every step before anyone sees it;
    /// the constructors already redact what they are given, while the secret
    /// (a PKCE verifier, say) may still be alive.
    pub fn redact_known_secrets(&mut self) {
        scrub(&mut self.detail);
        if let Some(words) = &mut self.server_says {
            scrub(words);
        }
        if let Some(diagnosis) = &mut self.diagnosis {
            for text in [&mut diagnosis.title, &mut diagnosis.what_happened, &mut diagnosis.user_can_do, &mut diagnosis.admin_must_do, &mut diagnosis.command_line] {
                scrub(text);
            }
            let evidence = &mut diagnosis.evidence;
            evidence.server_says.iter_mut().chain(&mut evidence.matched_on).chain(&mut evidence.facts).for_each(scrub);
            if let Some(error) = &mut evidence.sign_in_error {
                [&mut error.error, &mut error.error_description, &mut error.trace_id, &mut error.correlation_id, &mut error.timestamp]
                    .into_iter()
                    .flatten()
                    .for_each(scrub);
            }
        }
    }
}

/// Replaces `text` by its redacted form when it held a live secret.
fn scrub(text: &mut String) {
    if let Cow::Owned(redacted) = redact_known_secrets(text) {
        *text = redacted;
    }
}

/// Text from anywhere (a server's words, a host name from a file) made safe
/// for one report line: control characters (CR, LF, NUL, ESC, …) and the
/// Unicode line and paragraph separators are shown escaped (`\r`, `\n`,
/// `\0`, `\u{1b}`), so a quoted text can neither start a line of its own nor
/// rewrite the terminal. Tabs stay. Every renderer of report lines uses this.
pub fn printable(text: &str) -> Cow<'_, str> {
    let needs_escape = |c: char| (c.is_control() && c != '\t') || matches!(c, '\u{2028}' | '\u{2029}');
    if !text.contains(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\r' => out.push_str("\\r"),
            '\n' => out.push_str("\\n"),
            '\0' => out.push_str("\\0"),
            c if needs_escape(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

impl Step {
    /// What the diagnoses read from this step.
    pub fn facts(&self) -> StepFacts<'_> {
        StepFacts { id: self.id, failed: self.outcome == Outcome::Failed, fault: self.fault, server_says: self.server_says.as_deref(), detail: &self.detail }
    }

    /// The diagnosis for this step if it failed.
    pub fn diagnose(&self, context: &crate::troubleshoot::Context) -> Option<Diagnosis> {
        crate::troubleshoot::diagnose(&self.facts(), context)
    }

    /// Records what kind of failure this was.
    pub fn with_fault(mut self, fault: Option<Fault>) -> Self {
        self.fault = fault;
        self
    }
}

/// What the Thunderbird writer did, for the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ThunderbirdSummary {
    pub profile: String,
    /// `added`, `already-present` or `not-written`.
    pub action: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup: Option<String>,
}

impl ThunderbirdSummary {
    /// What the writer did to `profile`, and where the previous file went.
    pub fn new(profile: &std::path::Path, action: &str, backup: Option<&std::path::Path>) -> Self {
        Self { profile: profile.display().to_string(), action: action.to_owned(), backup: backup.map(|b| b.display().to_string()) }
    }
}

/// How an account signs in, as far as a ticket needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignInKind {
    /// OAuth2, signed in by mailsetup with the plan's registration.
    OAuth2,
    /// OAuth2 that Thunderbird does by itself, with its own registration.
    OAuth2ByThunderbird,
    /// A password: no app registration is involved.
    Password,
}

/// The whole run, as shown to the user and printed by the CLI.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema_version: u32,
    pub mailsetup_version: &'static str,
    /// The language of the report's words (`en`, `de`); keys, ids and
    /// servers' own words are the same in every language.
    pub lang: String,
    pub address: String,
    pub provider: String,
    /// `IMAP` or `POP3`.
    pub incoming_protocol: String,
    /// The incoming server, with how it signs in:
    /// `outlook.office365.com:993 (TLS), OAuth2`.
    pub incoming_server: String,
    /// The SMTP server, with how it signs in.
    pub smtp_server: String,
    /// Who signs in, when the address is a shared mailbox opened by a
    /// delegate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delegate: Option<String>,
    pub steps: Vec<Step>,
    pub warnings: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thunderbird: Option<ThunderbirdSummary>,
    /// How the account signs in, so the ticket can say it in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sign_in: Option<SignInKind>,
    /// The OAuth client id the sign-in used; none for password accounts and
    /// where the registration has no id of its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// Where the sign-in happened (the authorize URL without its query).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authority: Option<String>,
    /// The decoded access token (claims only: never the token or its signature).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<TokenInspection>,
}

impl Report {
    /// An empty report for an address and provider.
    pub fn new(address: &str, provider: &str, incoming_server: &str, smtp_server: &str) -> Self {
        Self {
            schema_version: REPORT_SCHEMA_VERSION,
            mailsetup_version: env!("CARGO_PKG_VERSION"),
            lang: crate::i18n::current_tag(),
            address: address.to_owned(),
            provider: provider.to_owned(),
            incoming_protocol: "IMAP".to_owned(),
            incoming_server: incoming_server.to_owned(),
            smtp_server: smtp_server.to_owned(),
            delegate: None,
            steps: Vec::new(),
            warnings: Vec::new(),
            thunderbird: None,
            sign_in: None,
            app_id: None,
            authority: None,
            token: None,
        }
    }

    /// True when no step failed.
    pub fn all_passed(&self) -> bool {
        self.steps.iter().all(|step| step.outcome != Outcome::Failed)
    }

    /// The first failed step, which is what a user most needs to read.
    pub fn first_failure(&self) -> Option<&Step> {
        self.steps.iter().find(|step| step.outcome == Outcome::Failed)
    }

    /// Pretty JSON, for `--json`; any secret alive in the process redacted
    /// (JSON escapes control characters itself).
    pub fn to_json(&self) -> String {
        let json = serde_json::to_string_pretty(self).expect("a report holds only strings, numbers and lists");
        redact_known_secrets(&json).into_owned()
    }

    /// The `Display` text before the by-value redaction.
    fn write_text(&self, f: &mut String) -> fmt::Result {
        use crate::tr;
        let p = printable;
        writeln!(f, "{}", tr!("report-title", version = self.mailsetup_version, address = p(&self.address).into_owned()))?;
        writeln!(f, "{}", tr!("report-provider", provider = p(&self.provider).into_owned()))?;
        if let Some(delegate) = &self.delegate {
            writeln!(f, "{}", tr!("report-shared-mailbox", delegate = p(delegate).into_owned()))?;
        }
        writeln!(f, "{}", tr!("report-incoming", protocol = p(&self.incoming_protocol).into_owned(), server = p(&self.incoming_server).into_owned()))?;
        writeln!(f, "{}", tr!("report-outgoing", server = p(&self.smtp_server).into_owned()))?;
        for warning in &self.warnings {
            writeln!(f, "{} {}", tr!("warning-prefix"), p(warning))?;
        }
        let mut phase = None;
        for step in &self.steps {
            if phase != Some(step.phase) {
                writeln!(f, "\n{}", step.phase.in_words())?;
                phase = Some(step.phase);
            }
            let mark = step.outcome.mark();
            let (title, detail) = (p(&step.title), p(&step.detail));
            let millis = u64::try_from(step.duration.as_millis()).unwrap_or(u64::MAX);
            if step.outcome == Outcome::Skipped {
                writeln!(f, "  {mark} {}", tr!("report-step-line", title = title.into_owned(), detail = detail.into_owned()))?;
            } else if step.deadline.is_zero() {
                writeln!(f, "  {mark} {}", tr!("report-step-timed", title = title.into_owned(), millis = millis, detail = detail.into_owned()))?;
            } else {
                let deadline = step.deadline.as_secs();
                writeln!(f, "  {mark} {}", tr!("report-step-timed-of", title = title.into_owned(), millis = millis, deadline = deadline, detail = detail.into_owned()))?;
            }
            if let Some(words) = &step.server_says {
                let mut lines = words.lines();
                let said = tr!("report-server-said");
                writeln!(f, "         {said} {}", p(lines.next().unwrap_or_default()))?;
                // Further lines start under the first line's words.
                let indent = " ".repeat(9 + said.chars().count() + 1);
                for line in lines {
                    writeln!(f, "{indent}{}", p(line))?;
                }
            }
            if let Some(diagnosis) = &step.diagnosis {
                for line in diagnosis.to_string().lines() {
                    writeln!(f, "         {}", p(line))?;
                }
            }
        }
        if let Some(tb) = &self.thunderbird {
            writeln!(f, "\n{}", tr!("report-thunderbird-profile", profile = p(&tb.profile).into_owned(), action = p(&tb.action).into_owned()))?;
            if let Some(backup) = &tb.backup {
                writeln!(f, "{}", tr!("report-backup", path = p(backup).into_owned()))?;
            }
        }
        let verdict = if self.all_passed() { tr!("report-all-passed") } else { tr!("report-something-failed") };
        write!(f, "\n{verdict}")
    }
}

impl fmt::Display for Report {
    /// The report as text, every line [`printable`] and every live secret
    /// redacted.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = String::new();
        self.write_text(&mut text)?;
        f.write_str(&redact_known_secrets(&text))
    }
}
