//! The step report: what was tried, how long it took, what the server said.
//!
//! GUI and CLI render the same [`Report`]: the CLI prints its `Display` text or
//! its JSON, the wizard lists its steps and copies the `Display` text. A report
//! never holds a secret; its fields are plain strings chosen by us or quoted
//! from a server reply that carried no credential.

pub use crate::step::{Outcome, Phase, StepId};
use crate::troubleshoot::{Diagnosis, Fault, StepFacts, TokenInspection};
use serde::Serialize;
use std::fmt;
use std::time::Duration;

/// Bumped whenever a JSON field changes meaning or disappears.
/// 2: steps gained `fault` and `diagnosis`; the report gained `app_id`,
/// `authority` and `token`.
/// 3: step ids are one fixed set ([`StepId`]): `plan.lookup.<source>` became
/// `plan.lookup` (the source is in the title); every run has one step or
/// more per stage, skipped ones included.
pub const REPORT_SCHEMA_VERSION: u32 = 3;



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
            detail: detail.into(),
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
            self.server_says = Some(words.trim().to_owned());
        }
        self
    }
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

/// The whole run, as shown to the user and printed by the CLI.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema_version: u32,
    pub mailsetup_version: &'static str,
    pub address: String,
    pub provider: String,
    pub imap_server: String,
    pub smtp_server: String,
    pub steps: Vec<Step>,
    pub warnings: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thunderbird: Option<ThunderbirdSummary>,
    /// The OAuth client id the sign-in used.
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
    pub fn new(address: &str, provider: &str, imap_server: &str, smtp_server: &str) -> Self {
        Self {
            schema_version: REPORT_SCHEMA_VERSION,
            mailsetup_version: env!("CARGO_PKG_VERSION"),
            address: address.to_owned(),
            provider: provider.to_owned(),
            imap_server: imap_server.to_owned(),
            smtp_server: smtp_server.to_owned(),
            steps: Vec::new(),
            warnings: Vec::new(),
            thunderbird: None,
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

    /// Pretty JSON, for `--json`.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a report holds only strings, numbers and lists")
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "mailsetup {} report for {}", self.mailsetup_version, self.address)?;
        writeln!(f, "Provider: {}", self.provider)?;
        writeln!(f, "Incoming (IMAP): {}", self.imap_server)?;
        writeln!(f, "Outgoing (SMTP): {}", self.smtp_server)?;
        for warning in &self.warnings {
            writeln!(f, "Warning: {warning}")?;
        }
        let mut phase = None;
        for step in &self.steps {
            if phase != Some(step.phase) {
                writeln!(f, "\n{}", step.phase)?;
                phase = Some(step.phase);
            }
            let mark = match step.outcome {
                Outcome::Passed => "[ ok ]",
                Outcome::Failed => "[FAIL]",
                Outcome::Skipped => "[skip]",
            };
            if step.outcome == Outcome::Skipped {
                writeln!(f, "  {mark} {}: {}", step.title, step.detail)?;
            } else if step.deadline.is_zero() {
                writeln!(f, "  {mark} {} ({} ms): {}", step.title, step.duration.as_millis(), step.detail)?;
            } else {
                writeln!(
                    f,
                    "  {mark} {} ({} ms of {} s allowed): {}",
                    step.title,
                    step.duration.as_millis(),
                    step.deadline.as_secs(),
                    step.detail
                )?;
            }
            if let Some(words) = &step.server_says {
                let mut lines = words.lines();
                writeln!(f, "         server said: {}", lines.next().unwrap_or_default())?;
                for line in lines {
                    writeln!(f, "                      {line}")?;
                }
            }
            if let Some(diagnosis) = &step.diagnosis {
                for line in diagnosis.to_string().lines() {
                    writeln!(f, "         {line}")?;
                }
            }
        }
        if let Some(tb) = &self.thunderbird {
            writeln!(f, "\nThunderbird profile: {} ({})", tb.profile, tb.action)?;
            if let Some(backup) = &tb.backup {
                writeln!(f, "Backup of the previous prefs.js: {backup}")?;
            }
        }
        let verdict = if self.all_passed() { "Everything passed." } else { "Something failed; see the steps marked FAIL." };
        write!(f, "\n{verdict}")
    }
}
