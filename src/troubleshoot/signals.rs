//! The structured facts a diagnosis is matched on, read from a step (or from
//! text pasted into `mailsetup explain`): AADSTS code, OAuth error, SMTP
//! reply and enhanced status code, IMAP status and response code, the
//! [`Fault`] the code recorded, and the token findings.

use super::fault::Fault;
use super::signin_error::{SignInError, aadsts_code};
use super::token::{ChallengeError, FindingKind, challenge_in};

/// What is known about one failure.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Signals {
    /// The step id (`imap.authenticate`); `None` for pasted text.
    pub step: Option<crate::step::StepId>,
    pub fault: Option<Fault>,
    pub aadsts: Option<u32>,
    pub oauth_error: Option<String>,
    /// The final SMTP reply code (`535`).
    pub smtp_code: Option<u16>,
    /// The RFC 3463 enhanced status code (`5.7.139`).
    pub smtp_enhanced: Option<String>,
    /// `NO` or `BAD` (or `BYE`).
    pub imap_status: Option<String>,
    /// The bracketed response code (`AUTHENTICATIONFAILED`, `ALERT`).
    pub imap_code: Option<String>,
    /// Google's decoded challenge, when the server sent one.
    pub challenge: Option<ChallengeError>,
    /// Token findings that apply to this step.
    pub token: Vec<FindingKind>,
    /// The words matched by `text` rules: the server's words and our detail.
    pub text: String,
    /// The parsed sign-in error, for sign-in steps and pasted errors.
    pub sign_in: Option<SignInError>,
    /// The run is for a shared mailbox that a delegate opens (from the
    /// context, not the words).
    pub shared_mailbox: bool,
}

impl Signals {
    /// Reads the facts from a failed step.
    pub fn from_step(step: &super::StepFacts<'_>) -> Self {
        let words = step.server_says.unwrap_or_default().to_owned();
        let mut signals = Self::from_words(&words, step.id.matches("signin."));
        signals.step = Some(step.id);
        signals.fault = step.fault;
        signals.text = format!("{words}\n{}", step.detail);
        signals
    }

    /// Reads the facts from text a user pasted (`mailsetup explain`).
    pub fn from_pasted(text: &str) -> Self {
        let trimmed = text.trim();
        let mut signals = Self::from_words(trimmed, true);
        // A bare code: "AADSTS50011", "50011", "5.7.139", "535 5.7.139".
        if signals.aadsts.is_none()
            && let Ok(code) = trimmed.trim_start_matches("AADSTS").trim_start_matches("aadsts").parse::<u32>()
            && trimmed.len() >= 5
        {
            signals.aadsts = Some(code);
        }
        if signals.smtp_enhanced.is_none() {
            // Quoted in a sentence, the code may wear punctuation: "(5.7.139)", "5.7.3:".
            signals.smtp_enhanced = trimmed
                .split_whitespace()
                .map(|word| word.trim_matches(|c: char| !c.is_ascii_digit()))
                .find(|word| is_enhanced_code(word))
                .map(str::to_owned);
        }
        signals.text = trimmed.to_owned();
        signals
    }

    fn from_words(words: &str, sign_in: bool) -> Self {
        let mut signals = Signals { aadsts: aadsts_code(words), challenge: challenge_in(words), ..Signals::default() };
        if sign_in {
            let parsed = SignInError::parse(words);
            if !parsed.is_empty() {
                signals.oauth_error = parsed.error.clone();
                // A JSON body may carry its code only in `error_codes`.
                signals.aadsts = signals.aadsts.or(parsed.aadsts);
                signals.sign_in = Some(parsed);
            }
        }
        // The last reply line that carries a status is the final answer.
        for line in words.lines().map(str::trim) {
            if let Some((code, enhanced)) = smtp_reply(line) {
                if code >= 400 {
                    signals.smtp_code = Some(code);
                    signals.smtp_enhanced = enhanced;
                }
            } else if let Some((status, code)) = imap_reply(line) {
                signals.imap_status = Some(status);
                signals.imap_code = code;
            }
        }
        signals
    }
}

/// `535 5.7.139 text` → (535, Some("5.7.139")); also `535-5.7.8`.
fn smtp_reply(line: &str) -> Option<(u16, Option<String>)> {
    let code: u16 = line.get(..3)?.parse().ok()?;
    if !(200..600).contains(&code) || !matches!(line.as_bytes().get(3), None | Some(b' ' | b'-')) {
        return None;
    }
    let enhanced = line.get(4..).and_then(|rest| rest.split_whitespace().next()).filter(|w| is_enhanced_code(w)).map(str::to_owned);
    Some((code, enhanced))
}

/// `5.7.139`: class.subject.detail.
pub(crate) fn is_enhanced_code(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    parts.len() == 3
        && matches!(parts[0], "2" | "4" | "5")
        && parts[1..].iter().all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// `NO [CODE] text`, `a1 NO text`, `BAD text`, `* BYE text` → (status, code).
fn imap_reply(line: &str) -> Option<(String, Option<String>)> {
    let mut words = line.split_whitespace();
    let mut first = words.next()?;
    let upper = |w: &str| w.to_ascii_uppercase();
    if !matches!(upper(first).as_str(), "NO" | "BAD" | "BYE") {
        first = words.next()?; // a tag or "*"
    }
    let status = upper(first);
    if !matches!(status.as_str(), "NO" | "BAD" | "BYE") {
        return None;
    }
    let rest = line.split_once(first).map(|(_, rest)| rest.trim_start()).unwrap_or_default();
    let code = rest
        .strip_prefix('[')
        .and_then(|r| r.split_once(']'))
        .map(|(code, _)| code.split_whitespace().next().unwrap_or_default().to_ascii_uppercase());
    Some((status, code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_smtp_and_imap_replies() {
        let signals = Signals::from_words("334 {\"status\":\"401\"}\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.", false);
        assert_eq!(signals.smtp_code, Some(535));
        assert_eq!(signals.smtp_enhanced.as_deref(), Some("5.7.139"));
        assert!(signals.challenge.is_some());
        let imap = Signals::from_words("+ {\"status\":\"400\"}\nNO [AUTHENTICATIONFAILED] Invalid credentials (Failure)", false);
        assert_eq!(imap.imap_status.as_deref(), Some("NO"));
        assert_eq!(imap.imap_code.as_deref(), Some("AUTHENTICATIONFAILED"));
        let bad = Signals::from_words("BAD User is authenticated but not connected.", false);
        assert_eq!((bad.imap_status.as_deref(), bad.imap_code), (Some("BAD"), None));
        assert_eq!(smtp_reply("535-5.7.8 Username and Password not accepted"), Some((535, Some("5.7.8".into()))));
    }

    #[test]
    fn reads_pasted_codes() {
        assert_eq!(Signals::from_pasted("AADSTS50011").aadsts, Some(50011));
        assert_eq!(Signals::from_pasted("700016").aadsts, Some(700016));
        assert_eq!(Signals::from_pasted("5.7.139").smtp_enhanced.as_deref(), Some("5.7.139"));
        assert_eq!(Signals::from_pasted("error=access_denied").oauth_error.as_deref(), Some("access_denied"));
    }
}
