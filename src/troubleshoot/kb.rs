//! The knowledge base: `kb.toml`, compiled into the binary, parsed once.
//!
//! Each `[[diagnosis]]` has texts for the user and the admin, and one or more
//! `[[diagnosis.when]]` rules. A rule matches when **every** condition it
//! names holds; its score is the sum of the weights of those conditions, so
//! structured fields (AADSTS code, fault, token finding, enhanced status
//! code, IMAP response code) outweigh reply text, and a rule that names more
//! conditions beats a vaguer one. The best-scoring rule wins; ties go to the
//! entry listed first.
//!
//! The texts here are English. Each language may word them its own way in
//! `assets/locales/<tag>/kb.toml`: a table per entry id with the same text
//! fields and the same placeholders, as plain to read and correct as this
//! file; the rules stay here, once.

use super::fault::Fault;
use super::signals::Signals;
use super::token::FindingKind;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

/// The knowledge base text, as shipped.
pub const KB_TOML: &str = include_str!("kb.toml");

/// One entry of `kb.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KbEntry {
    pub id: String,
    pub title: String,
    pub what_happened: String,
    pub user_can_do: String,
    #[serde(default)]
    pub admin_must_do: String,
    /// The command line's way to do it (its flags); the wizard never shows it.
    #[serde(default)]
    pub command_line: String,
    #[serde(default)]
    pub when: Vec<Rule>,
}

/// One way of recognising an entry. Empty lists are "don't care".
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Step ids or prefixes (`signin.`, `imap.authenticate`).
    #[serde(default)]
    pub steps: Vec<String>,
    #[serde(default)]
    pub aadsts: Vec<u32>,
    #[serde(default)]
    pub oauth_error: Vec<String>,
    #[serde(default)]
    pub smtp_code: Vec<u16>,
    #[serde(default)]
    pub smtp_enhanced: Vec<String>,
    #[serde(default)]
    pub imap_status: Vec<String>,
    #[serde(default)]
    pub imap_code: Vec<String>,
    #[serde(default)]
    pub challenge_status: Vec<String>,
    #[serde(default)]
    pub fault: Vec<Fault>,
    #[serde(default)]
    pub token: Vec<FindingKind>,
    /// Case-insensitive substrings of the reply (any one suffices).
    #[serde(default)]
    pub text: Vec<String>,
    /// `true`: only for a shared mailbox opened by a delegate; `false`:
    /// never for one.
    #[serde(default)]
    pub shared_mailbox: Option<bool>,
}

/// Condition weights: structured fields first, reply text last.
mod weight {
    pub const AADSTS: u32 = 100;
    pub const TOKEN: u32 = 90;
    pub const FAULT: u32 = 80;
    pub const SMTP_ENHANCED: u32 = 60;
    pub const OAUTH_ERROR: u32 = 50;
    pub const IMAP_CODE: u32 = 40;
    pub const CHALLENGE: u32 = 35;
    pub const SMTP_CODE: u32 = 30;
    pub const TEXT: u32 = 25;
    pub const IMAP_STATUS: u32 = 10;
    /// Enough to beat the same rule without it, never a structured fact.
    pub const SHARED_MAILBOX: u32 = 8;
    pub const STEP: u32 = 5;
}

impl Rule {
    /// The rule's score for these signals, or `None` when a condition fails.
    pub fn score(&self, signals: &Signals) -> Option<u32> {
        let mut score = 0;
        let mut specific = false;
        if !self.steps.is_empty() {
            match &signals.step {
                Some(step) if self.steps.iter().any(|pattern| step.matches(pattern)) => score += weight::STEP,
                Some(_) => return None,
                // Pasted text has no step: the condition is not held against it.
                None => {}
            }
        }
        fn check<T: PartialEq>(wanted: &[T], have: Option<&T>, weight: u32, score: &mut u32, specific: &mut bool) -> Option<()> {
            if wanted.is_empty() {
                return Some(());
            }
            if have.is_some_and(|h| wanted.contains(h)) {
                *score += weight;
                *specific = true;
                Some(())
            } else {
                None
            }
        }
        check(&self.aadsts, signals.aadsts.as_ref(), weight::AADSTS, &mut score, &mut specific)?;
        check(&self.fault, signals.fault.as_ref(), weight::FAULT, &mut score, &mut specific)?;
        check(&self.oauth_error, signals.oauth_error.as_ref(), weight::OAUTH_ERROR, &mut score, &mut specific)?;
        check(&self.smtp_code, signals.smtp_code.as_ref(), weight::SMTP_CODE, &mut score, &mut specific)?;
        check(&self.smtp_enhanced, signals.smtp_enhanced.as_ref(), weight::SMTP_ENHANCED, &mut score, &mut specific)?;
        let upper = |v: &[String]| v.iter().map(|s| s.to_ascii_uppercase()).collect::<Vec<_>>();
        check(&upper(&self.imap_status), signals.imap_status.as_ref(), weight::IMAP_STATUS, &mut score, &mut specific)?;
        check(&upper(&self.imap_code), signals.imap_code.as_ref(), weight::IMAP_CODE, &mut score, &mut specific)?;
        let status = signals.challenge.as_ref().and_then(|c| c.status.clone());
        check(&self.challenge_status, status.as_ref(), weight::CHALLENGE, &mut score, &mut specific)?;
        if !self.token.is_empty() {
            if self.token.iter().any(|kind| signals.token.contains(kind)) {
                score += weight::TOKEN;
                specific = true;
            } else {
                return None;
            }
        }
        if !self.text.is_empty() {
            let haystack = signals.text.to_lowercase();
            if self.text.iter().any(|needle| haystack.contains(&needle.to_lowercase())) {
                score += weight::TEXT;
                specific = true;
            } else {
                return None;
            }
        }
        match self.shared_mailbox {
            Some(wanted) if wanted != signals.shared_mailbox => return None,
            Some(true) => score += weight::SHARED_MAILBOX,
            _ => {}
        }
        // A rule naming only steps is a fallback for that step; never for pasted text.
        if !specific && signals.step.is_none() {
            return None;
        }
        Some(score)
    }
}

/// One entry's texts in another language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KbTexts {
    pub title: String,
    pub what_happened: String,
    pub user_can_do: String,
    #[serde(default)]
    pub admin_must_do: String,
    #[serde(default)]
    pub command_line: String,
}

impl KbEntry {
    /// The entry's own (English) texts.
    pub fn texts(&self) -> KbTexts {
        KbTexts {
            title: self.title.clone(),
            what_happened: self.what_happened.clone(),
            user_can_do: self.user_can_do.clone(),
            admin_must_do: self.admin_must_do.clone(),
            command_line: self.command_line.clone(),
        }
    }

    /// The texts in the current language: the language's `kb.toml` entry,
    /// else these English ones.
    pub fn localized(&self) -> KbTexts {
        let tag = crate::i18n::current_tag();
        if tag == crate::i18n::ENGLISH {
            return self.texts();
        }
        translations_in(&tag).ok().and_then(|table| table.get(&self.id).cloned()).unwrap_or_else(|| self.texts())
    }
}

/// One language's knowledge-base texts, by entry id.
type Translation = Arc<HashMap<String, KbTexts>>;

static TRANSLATIONS: LazyLock<Mutex<HashMap<String, Translation>>> = LazyLock::new(Mutex::default);

/// The knowledge base's texts in language `tag`, by entry id (empty when
/// the language has no `kb.toml`), parsed once per language.
pub fn translations_in(tag: &str) -> Result<Translation, String> {
    let mut cache = TRANSLATIONS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(table) = cache.get(tag) {
        return Ok(Arc::clone(table));
    }
    let table: HashMap<String, KbTexts> = match crate::i18n::embedded_file(tag, "kb.toml") {
        Some(text) => toml::from_str(text).map_err(|error| format!("assets/locales/{tag}/kb.toml does not parse: {error}"))?,
        None => HashMap::new(),
    };
    let table = Arc::new(table);
    cache.insert(tag.to_owned(), Arc::clone(&table));
    Ok(table)
}

/// The parsed knowledge base.
#[derive(Debug)]
pub struct KnowledgeBase {
    pub entries: Vec<KbEntry>,
}

static KB: LazyLock<Result<KnowledgeBase, String>> = LazyLock::new(|| KnowledgeBase::parse(KB_TOML));

impl KnowledgeBase {
    /// Parses and validates knowledge-base text.
    pub fn parse(text: &str) -> Result<Self, String> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct File {
            diagnosis: Vec<KbEntry>,
        }
        let file: File = toml::from_str(text).map_err(|e| format!("kb.toml does not parse: {e}"))?;
        let kb = KnowledgeBase { entries: file.diagnosis };
        kb.validate()?;
        Ok(kb)
    }

    /// The shipped knowledge base. It is validated by a unit test, so the
    /// error case only happens to a developer who just broke `kb.toml`.
    pub fn get() -> &'static KnowledgeBase {
        match &*KB {
            Ok(kb) => kb,
            Err(message) => panic!("the built-in kb.toml is invalid (a test catches this): {message}"),
        }
    }

    /// The entry with this id.
    pub fn entry(&self, id: &str) -> Option<&KbEntry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// The best entry for these signals, with its score.
    pub fn best(&self, signals: &Signals) -> Option<(&KbEntry, u32)> {
        let mut best: Option<(&KbEntry, u32)> = None;
        for entry in &self.entries {
            let score = entry.when.iter().filter_map(|rule| rule.score(signals)).max();
            if let Some(score) = score
                && best.is_none_or(|(_, top)| score > top)
            {
                best = Some((entry, score));
            }
        }
        best
    }

    /// The entries with a rule on the pasted text's SMTP enhanced code or
    /// AADSTS code, in file order (for `explain` of a bare code).
    pub fn sharing_code(&self, signals: &Signals) -> Vec<&KbEntry> {
        self.entries
            .iter()
            .filter(|entry| {
                entry.when.iter().any(|rule| {
                    signals.smtp_enhanced.as_ref().is_some_and(|code| rule.smtp_enhanced.contains(code))
                        || signals.aadsts.is_some_and(|code| rule.aadsts.contains(&code))
                })
            })
            .collect()
    }

    /// Every entry that matches, best first (for `explain` of vague text).
    pub fn ranked(&self, signals: &Signals) -> Vec<(&KbEntry, u32)> {
        let mut all: Vec<(&KbEntry, u32)> =
            self.entries.iter().filter_map(|e| e.when.iter().filter_map(|r| r.score(signals)).max().map(|s| (e, s))).collect();
        all.sort_by_key(|(_, score)| std::cmp::Reverse(*score));
        all
    }

    fn validate(&self) -> Result<(), String> {
        let mut seen = std::collections::HashSet::new();
        for entry in &self.entries {
            let id = &entry.id;
            if !seen.insert(id.as_str()) {
                return Err(format!("{id} appears twice"));
            }
            if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') || id.starts_with('-') || id.ends_with('-') {
                return Err(format!("{id:?} is not a kebab-case id"));
            }
            for (name, text) in [("title", &entry.title), ("what_happened", &entry.what_happened), ("user_can_do", &entry.user_can_do)] {
                if text.trim().is_empty() {
                    return Err(format!("{id} has no {name}"));
                }
            }
            // These reach the wizard, where a flag means nothing.
            for (name, text) in [("title", &entry.title), ("what_happened", &entry.what_happened), ("user_can_do", &entry.user_can_do), ("admin_must_do", &entry.admin_must_do)] {
                if let Some(flag) = text.split_whitespace().find(|word| word.starts_with("--") && word[2..].starts_with(|c: char| c.is_ascii_lowercase())) {
                    return Err(format!("{id}'s {name} names the flag {flag}: put it in command_line"));
                }
            }
            if entry.when.is_empty() {
                return Err(format!("{id} has no [[diagnosis.when]] rule, so nothing can produce it"));
            }
            for pattern in entry.when.iter().flat_map(|rule| &rule.steps) {
                if !crate::step::StepId::ALL.iter().any(|step| step.matches(pattern)) {
                    return Err(format!("{id} names the step {pattern:?}, which no stage records (see step::StepId)"));
                }
            }
            for text in [&entry.title, &entry.what_happened, &entry.user_can_do, &entry.admin_must_do, &entry.command_line] {
                let mut rest = text.as_str();
                while let Some(open) = rest.find('{') {
                    let Some(close) = rest[open..].find('}') else { break };
                    let name = &rest[open + 1..open + close];
                    if name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') && !super::PLACEHOLDERS.contains(&name) {
                        return Err(format!("{id} uses the unknown placeholder {{{name}}}"));
                    }
                    rest = &rest[open + close..];
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_knowledge_base_is_valid_and_large_enough() {
        let kb = KnowledgeBase::parse(KB_TOML).unwrap_or_else(|e| panic!("{e}"));
        assert!(kb.entries.len() >= 40, "only {} diagnoses", kb.entries.len());
        for entry in &kb.entries {
            assert!(entry.title.len() < 90, "{}: keep titles short", entry.id);
        }
    }

    #[test]
    fn validation_catches_mistakes() {
        let twice = "[[diagnosis]]\nid='a'\ntitle='t'\nwhat_happened='w'\nuser_can_do='u'\n[[diagnosis.when]]\ntext=['x']\n";
        assert!(KnowledgeBase::parse(&format!("{twice}{twice}")).unwrap_err().contains("twice"));
        let bad_id = twice.replace("id='a'", "id='Not Kebab'");
        assert!(KnowledgeBase::parse(&bad_id).unwrap_err().contains("kebab"));
        let no_rule = "[[diagnosis]]\nid='a'\ntitle='t'\nwhat_happened='w'\nuser_can_do='u'\n";
        assert!(KnowledgeBase::parse(no_rule).unwrap_err().contains("rule"));
        let placeholder = twice.replace("user_can_do='u'", "user_can_do='{usr}'");
        assert!(KnowledgeBase::parse(&placeholder).unwrap_err().contains("placeholder"));
        // The wizard shows user_can_do: a flag belongs in command_line.
        let flag = twice.replace("user_can_do='u'", "user_can_do='run with --device-code'");
        assert!(KnowledgeBase::parse(&flag).unwrap_err().contains("--device-code"));
        let on_the_command_line = twice.replace("user_can_do='u'", "user_can_do='u'\ncommand_line='run with --device-code'");
        assert!(KnowledgeBase::parse(&on_the_command_line).is_ok());
        let unknown_fault = twice.replace("text=['x']", "fault=['no-such-fault']");
        assert!(KnowledgeBase::parse(&unknown_fault).is_err());
    }
}
