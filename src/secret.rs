//! `Secret`: the only type that may hold a token, refresh token, authorization
//! code, PKCE verifier or client secret; and the redaction of every secret
//! alive in the process, by value.
//!
//! A `Secret` prints `<redacted>` through both `Debug` and `Display`, in every
//! build, implements no `Serialize`, and wipes its memory on drop. Reading the
//! value needs an explicit `expose()`; grep for it when reviewing.
//!
//! A server can still quote a secret back (`NO token <the token> rejected`,
//! `refresh token <it> revoked`), and that text enters a report. So every
//! `Secret` registers its value, on creation, in a process-wide list of live
//! secrets, and leaves it when dropped (the copy is wiped).
//! [`redact_known_secrets`] replaces any occurrence of a live secret in a text,
//! in the forms a server could echo: the raw value, its JSON- and
//! form-escaped forms, and inside any base64 text (the XOAUTH2 line
//! `user=…\x01auth=Bearer <token>\x01\x01` is echoed base64-encoded). It is one
//! Aho–Corasick pass over the text: linear in its length, whatever the number
//! of secrets.

use aho_corasick::{AhoCorasick, Input, MatchKind};
use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD_NO_PAD, URL_SAFE_NO_PAD};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex, MutexGuard, PoisonError};
use zeroize::{Zeroize, Zeroizing};

/// What a redacted secret is replaced with, everywhere.
pub const REDACTED: &str = "<redacted>";

/// The shortest value redacted by value, in bytes. Every real secret is far
/// longer (a PKCE verifier has 43 characters at least, RFC 7636; tokens and
/// codes are longer still); a shorter value, such as a test's `"x"`, would
/// blank ordinary words all over a report.
pub const SHORTEST_REDACTED_BY_VALUE: usize = 8;

/// A string that must never reach a log, a report, JSON or a file.
#[derive(PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a value (and registers it for [`redact_known_secrets`]).
    pub fn new(value: impl Into<String>) -> Self {
        let value = value.into();
        registry().add(&value);
        Self(value)
    }

    /// Reveals the value, for the one place that must send it on the wire.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl Clone for Secret {
    fn clone(&self) -> Self {
        Self::new(self.0.clone())
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        registry().remove(&self.0);
        self.0.zeroize();
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(REDACTED)
    }
}

impl std::fmt::Display for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(REDACTED)
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

/// Replaces every occurrence of a secret alive in this process with
/// [`REDACTED`]: the raw value, its JSON-escaped and form-encoded forms, and
/// any base64 word that holds it (the whole word goes). Borrows the text when
/// nothing matched. One pass, linear in the text's length.
pub fn redact_known_secrets(text: &str) -> Cow<'_, str> {
    let Some(searcher) = registry().searcher() else {
        return Cow::Borrowed(text);
    };
    let mut out = String::new();
    let mut copied = 0;
    let mut matched = false;
    while let Some(found) = searcher.automaton.find(Input::new(text).span(copied..text.len())) {
        matched = true;
        let (mut start, mut end) = (found.start(), found.end());
        if searcher.in_base64[found.pattern().as_usize()] {
            // The whole base64 word: its other characters encode the secret's
            // neighbours (`auth=Bearer`, the address), and a cut word decodes to nothing.
            let bytes = text.as_bytes();
            while start > copied && is_base64_byte(bytes[start - 1]) {
                start -= 1;
            }
            while end < bytes.len() && (is_base64_byte(bytes[end]) || bytes[end] == b'=') {
                end += 1;
            }
        }
        out.push_str(&text[copied..start]);
        out.push_str(REDACTED);
        copied = end;
    }
    if !matched {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// A character of standard or URL-safe base64 (padding aside).
fn is_base64_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'/' | b'-' | b'_')
}

/// The live secrets, counted (clones of one value share an entry), and the
/// searcher built from them, rebuilt on the first search after a change.
#[derive(Default)]
struct Registry {
    live: HashMap<WipedString, usize>,
    searcher: Option<Arc<Searcher>>,
}

/// A registered value; wiped when it leaves the registry.
#[derive(PartialEq, Eq, Hash)]
struct WipedString(String);

impl std::borrow::Borrow<str> for WipedString {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl Drop for WipedString {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

/// The automaton over every form of every live secret. Its tables hold the
/// patterns' bytes and are not wiped when it is dropped (aho-corasick offers no
/// hook for that): the values are in the process anyway, and the automaton is
/// dropped as soon as the set of secrets changes.
struct Searcher {
    automaton: AhoCorasick,
    /// Per pattern: true when it is a base64 rendering (widened to its word).
    in_base64: Vec<bool>,
}

static REGISTRY: LazyLock<Mutex<Registry>> = LazyLock::new(Mutex::default);

/// The registry, even after a panic elsewhere while it was held (its state is
/// a map and a cache; neither can be left half-changed by a panic).
fn registry() -> MutexGuard<'static, Registry> {
    REGISTRY.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Registry {
    fn add(&mut self, value: &str) {
        if value.len() < SHORTEST_REDACTED_BY_VALUE {
            return;
        }
        match self.live.get_mut(value) {
            Some(count) => *count += 1,
            None => {
                self.live.insert(WipedString(value.to_owned()), 1);
                self.searcher = None;
            }
        }
    }

    fn remove(&mut self, value: &str) {
        let Some(count) = self.live.get_mut(value) else { return };
        *count -= 1;
        if *count == 0 {
            self.live.remove(value);
            self.searcher = None;
        }
    }

    /// The searcher for the live secrets; `None` when there are none.
    fn searcher(&mut self) -> Option<Arc<Searcher>> {
        if self.live.is_empty() {
            return None;
        }
        if self.searcher.is_none() {
            let mut patterns: Vec<Zeroizing<String>> = Vec::new();
            let mut in_base64 = Vec::new();
            for value in self.live.keys() {
                for (form, base64) in forms(&value.0) {
                    patterns.push(form);
                    in_base64.push(base64);
                }
            }
            let automaton = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(patterns.iter().map(|p| p.as_bytes()))
                .expect("a few hundred short patterns are within aho-corasick's limits");
            self.searcher = Some(Arc::new(Searcher { automaton, in_base64 }));
        }
        self.searcher.clone()
    }
}

/// The forms in which a server could quote `value` back, each with whether it
/// is a base64 rendering.
///
/// Base64: a secret inside a longer encoded text (the XOAUTH2 line, whose
/// prefix holds the address) starts at one of three offsets modulo 3. For each,
/// the characters that encode only the secret's own bytes are the same
/// whatever surrounds it, so three patterns per alphabet find it in any base64
/// text, for any user.
fn forms(value: &str) -> Vec<(Zeroizing<String>, bool)> {
    let mut forms = vec![(Zeroizing::new(value.to_owned()), false)];
    let json = Zeroizing::new(serde_json::to_string(value).unwrap_or_default());
    if json.len() > 2 && json[1..json.len() - 1] != *value {
        forms.push((Zeroizing::new(json[1..json.len() - 1].to_owned()), false));
    }
    let form_encoded: Zeroizing<String> = Zeroizing::new(url::form_urlencoded::byte_serialize(value.as_bytes()).collect());
    if *form_encoded != value {
        forms.push((form_encoded, false));
    }
    let bytes = value.as_bytes();
    for skip in 0..3 {
        let whole_groups = bytes.len().saturating_sub(skip) / 3 * 3;
        // Six bytes give eight characters: shorter runs would match by chance.
        if whole_groups < 6 {
            continue;
        }
        let run = &bytes[skip..skip + whole_groups];
        for encoded in [STANDARD_NO_PAD.encode(run), URL_SAFE_NO_PAD.encode(run)] {
            if !forms.iter().any(|(known, _)| **known == encoded) {
                forms.push((Zeroizing::new(encoded), true));
            }
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::engine::general_purpose::STANDARD;

    #[test]
    fn never_prints_its_value() {
        let secret = Secret::new("eyJ0eXAiOiJKV1Qi.token-value");
        assert_eq!(format!("{secret:?}"), "<redacted>");
        assert_eq!(format!("{secret}"), "<redacted>");
        assert_eq!(format!("{:?}", Some(secret.clone())), "Some(<redacted>)");
        assert_eq!(secret.expose(), "eyJ0eXAiOiJKV1Qi.token-value");
    }

    #[test]
    fn a_live_secret_is_redacted_by_value_and_forgotten_when_dropped() {
        let value = "unit-live-secret-4f0c9a1e";
        let secret = Secret::new(value);
        let text = format!("a1 NO token {value} rejected");
        assert_eq!(redact_known_secrets(&text), "a1 NO token <redacted> rejected");
        let clone = secret.clone();
        drop(secret);
        assert_eq!(redact_known_secrets(&text), "a1 NO token <redacted> rejected", "a clone keeps it registered");
        drop(clone);
        assert_eq!(redact_known_secrets(&text), text, "dropped secrets are no longer searched for");
    }

    #[test]
    fn finds_the_secret_inside_any_base64_text() {
        let token = Secret::new("unit-base64-token/+value-77");
        for user in ["a@b.test", "ab@b.test", "abc@b.test"] {
            let line = STANDARD.encode(format!("user={user}\x01auth=Bearer {}\x01\x01", token.expose()));
            let text = format!("535 5.7.8 {line} not accepted");
            assert_eq!(redact_known_secrets(&text), "535 5.7.8 <redacted> not accepted", "for {user}");
        }
        let url_safe = URL_SAFE_NO_PAD.encode(format!("x{}", token.expose()));
        assert_eq!(redact_known_secrets(&format!("[{url_safe}]")), "[<redacted>]");
    }

    #[test]
    fn finds_escaped_forms_and_leaves_other_text_alone() {
        let secret = Secret::new("unit \"quoted\" secret&more");
        let json = serde_json::to_string(&format!("said {}", secret.expose())).unwrap();
        assert_eq!(redact_known_secrets(&json), "\"said <redacted>\"");
        let form: String = url::form_urlencoded::byte_serialize(secret.expose().as_bytes()).collect();
        assert_eq!(redact_known_secrets(&format!("refresh_token={form}&x=1")), "refresh_token=<redacted>&x=1");
        let untouched = "535 5.7.139 Authentication unsuccessful";
        assert!(matches!(redact_known_secrets(untouched), Cow::Borrowed(_)));
    }

    #[test]
    fn short_values_are_not_searched_for() {
        let _short = Secret::new("abc");
        assert_eq!(redact_known_secrets("abc abc"), "abc abc");
    }
}
