//! What names a step and how it ended: the small types that the report,
//! the diagnoses and every stage share. A leaf: it imports nothing of ours
//! but the messages (`tr!`), so both `report` (which holds diagnoses) and
//! `troubleshoot` (which reads steps) can use it without importing each
//! other.

use serde::Serialize;
use std::fmt;

/// Declares [`StepId`] with its stable names in one table, so the names in
/// JSON, in `kb.toml` and in the code cannot drift apart.
macro_rules! step_ids {
    ($($variant:ident => $name:literal,)*) => {
        /// Which step this is. Its name (`imap.authenticate`) is stable: it
        /// is the `id` in JSON and what `kb.toml` rules match on.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum StepId {
            $($variant,)*
        }

        impl StepId {
            /// Every step id, in flow order.
            pub const ALL: &'static [StepId] = &[$(StepId::$variant,)*];

            /// The stable name.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(StepId::$variant => $name,)*
                }
            }
        }
    };
}

step_ids! {
    PlanProvider => "plan.provider",
    PlanLookup => "plan.lookup",
    PlanStop => "plan.stop",
    SignInStart => "signin.start",
    SignInListen => "signin.listen",
    SignInBrowser => "signin.browser",
    SignInRedirect => "signin.redirect",
    SignInDevice => "signin.device",
    SignInExchange => "signin.exchange",
    SignInRefresh => "signin.refresh",
    SignInToken => "signin.token",
    ImapCheck => "imap.check",
    ImapConnect => "imap.connect",
    ImapTls => "imap.tls",
    ImapCapability => "imap.capability",
    ImapAuthenticate => "imap.authenticate",
    ImapSelect => "imap.select",
    ImapLogout => "imap.logout",
    Pop3Check => "pop3.check",
    Pop3Connect => "pop3.connect",
    Pop3Tls => "pop3.tls",
    Pop3Capability => "pop3.capability",
    Pop3Authenticate => "pop3.authenticate",
    Pop3Stat => "pop3.stat",
    Pop3Quit => "pop3.quit",
    SmtpCheck => "smtp.check",
    SmtpConnect => "smtp.connect",
    SmtpGreeting => "smtp.greeting",
    SmtpTls => "smtp.tls",
    SmtpEhlo => "smtp.ehlo",
    SmtpAuthenticate => "smtp.authenticate",
    SmtpEnvelope => "smtp.envelope",
    SmtpTestMessage => "smtp.test-message",
    ThunderbirdWrite => "thunderbird.write",
    ThunderbirdMigrate => "thunderbird.migrate",
    ThunderbirdHandoff => "thunderbird.handoff",
    ThunderbirdSavedSignIn => "thunderbird.saved-sign-in",
}

impl StepId {
    /// True when `pattern` names this step, or is a prefix ending in `.`
    /// (`imap.`) of its name: how `kb.toml` rules name steps.
    pub fn matches(self, pattern: &str) -> bool {
        let name = self.as_str();
        if pattern.ends_with('.') { name.starts_with(pattern) } else { name == pattern }
    }
}

impl fmt::Display for StepId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for StepId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl PartialEq<&str> for StepId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// The phase a step belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    Plan,
    SignIn,
    Imap,
    Pop3,
    Smtp,
    Thunderbird,
}

impl Phase {
    /// The phase as a heading says it, in the user's language: "Plan" and
    /// "Sign-in" are words (`report-phase-…` messages), IMAP, POP3, SMTP and
    /// Thunderbird names, the same in every language. `Display` stays the
    /// English word.
    pub fn in_words(&self) -> String {
        match self {
            Phase::Plan => crate::tr!("report-phase-plan"),
            Phase::SignIn => crate::tr!("report-phase-sign-in"),
            Phase::Imap | Phase::Pop3 | Phase::Smtp | Phase::Thunderbird => self.to_string(),
        }
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Phase::Plan => "Plan",
            Phase::SignIn => "Sign-in",
            Phase::Imap => "IMAP",
            Phase::Pop3 => "POP3",
            Phase::Smtp => "SMTP",
            Phase::Thunderbird => "Thunderbird",
        })
    }
}

/// How a step ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Passed,
    Failed,
    /// Not run, because an earlier step failed or the user chose so.
    Skipped,
}

impl Outcome {
    /// The mark a text report and the command line's progress lines put
    /// before a step: the same in every language, like the step ids, so a
    /// helpdesk can search any user's report for `[FAIL]`.
    pub fn mark(&self) -> &'static str {
        match self {
            Outcome::Passed => "[ ok ]",
            Outcome::Failed => "[FAIL]",
            Outcome::Skipped => "[skip]",
        }
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Outcome::Passed => "ok",
            Outcome::Failed => "FAILED",
            Outcome::Skipped => "skipped",
        })
    }
}

