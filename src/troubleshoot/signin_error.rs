//! Sign-in errors as an administrator needs them: the OAuth `error`, its
//! description, Microsoft's AADSTS code, and the trace id, correlation id
//! and timestamp that find the attempt in the Entra sign-in logs.
//!
//! Microsoft puts the ids into `error_description`:
//!
//! ```text
//! AADSTS65001: The user or administrator has not consented to use the application …
//! Trace ID: 0d6b… Correlation ID: 5f2c… Timestamp: 2026-11-30 10:15:00Z
//! ```
//!
//! and its token endpoint also returns them as JSON fields (`error_codes`,
//! `trace_id`, `correlation_id`, `timestamp`); `oauth` appends those to the
//! provider's words in the same "Trace ID: …" form, so this one parser reads
//! both.

use serde::Serialize;

/// A parsed sign-in error. Every field is optional: providers say what they say.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SignInError {
    /// The OAuth error code (`access_denied`, `invalid_grant`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The provider's description, verbatim.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_description: Option<String>,
    /// Microsoft Entra's error number (`AADSTS90094` → 90094).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aadsts: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// As the provider wrote it (Microsoft: `2026-11-30 10:15:00Z`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
}

impl SignInError {
    /// Parses the provider's words as the sign-in steps record them:
    /// `error=CODE: description` (redirect), `CODE: description` (token
    /// endpoint), or any pasted text holding an AADSTS code and ids.
    pub fn parse(words: &str) -> Self {
        let trimmed = words.trim();
        if let Some(parsed) = Self::from_json_body(trimmed) {
            return parsed;
        }
        let head = trimmed.strip_prefix("error=").unwrap_or(trimmed);
        let (error, description) = match head.split_once(':') {
            Some((code, rest)) if is_error_code(code) => (Some(code.to_owned()), Some(rest.trim().to_owned())),
            _ if is_error_code(head) => (Some(head.to_owned()), None),
            _ => (None, Some(trimmed.to_owned())),
        };
        let description = description.filter(|d| !d.is_empty());
        Self {
            error,
            aadsts: aadsts_code(trimmed),
            trace_id: field(trimmed, "Trace ID:"),
            correlation_id: field(trimmed, "Correlation ID:"),
            timestamp: timestamp(trimmed),
            error_description: description,
        }
    }

    /// A token endpoint's JSON error body, pasted whole (`{"error":
    /// "invalid_grant", "error_description": "AADSTS700082: …",
    /// "error_codes": [700082], "trace_id": …}`); `None` for anything else.
    fn from_json_body(text: &str) -> Option<Self> {
        if !text.starts_with('{') {
            return None;
        }
        let body: serde_json::Value = serde_json::from_str(text).ok()?;
        let string = |name: &str| body.get(name).and_then(serde_json::Value::as_str).map(str::to_owned).filter(|s| !s.is_empty());
        let description = string("error_description");
        let first_code = body.get("error_codes").and_then(|codes| codes.get(0)).and_then(serde_json::Value::as_u64).and_then(|code| u32::try_from(code).ok());
        let parsed = Self {
            error: string("error").filter(|error| is_error_code(error)),
            aadsts: description.as_deref().and_then(aadsts_code).or(first_code),
            trace_id: string("trace_id").or_else(|| description.as_deref().and_then(|d| field(d, "Trace ID:"))),
            correlation_id: string("correlation_id").or_else(|| description.as_deref().and_then(|d| field(d, "Correlation ID:"))),
            timestamp: string("timestamp").or_else(|| description.as_deref().and_then(timestamp)),
            error_description: description,
        };
        (!parsed.is_empty()).then_some(parsed)
    }

    /// True when nothing useful was found.
    pub fn is_empty(&self) -> bool {
        self.error.is_none() && self.aadsts.is_none() && self.trace_id.is_none()
    }

    /// The lines an administrator copies into a ticket or the sign-in log search.
    /// `error`, `Trace ID`, `Correlation ID` and `Timestamp` are the names
    /// OAuth and Microsoft's sign-in error page give these fields, which the
    /// sign-in logs are searched by, so they stay as they are in every
    /// language; "AADSTS code" is ours, in the user's.
    pub fn admin_lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if let Some(error) = &self.error {
            lines.push(format!("error: {error}"));
        }
        if let Some(code) = self.aadsts {
            lines.push(format!("{} AADSTS{code} (https://login.microsoftonline.com/error?code={code})", crate::tr!("signin-aadsts-code")));
        }
        if let Some(id) = &self.trace_id {
            lines.push(format!("Trace ID: {id}"));
        }
        if let Some(id) = &self.correlation_id {
            lines.push(format!("Correlation ID: {id}"));
        }
        if let Some(time) = &self.timestamp {
            lines.push(format!("Timestamp: {time}"));
        }
        lines
    }
}

/// An OAuth error code: lower-case letters, digits and underscores.
fn is_error_code(text: &str) -> bool {
    !text.is_empty() && text.len() <= 64 && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// The first `AADSTS<digits>` in the text.
pub fn aadsts_code(text: &str) -> Option<u32> {
    let upper = text.to_ascii_uppercase();
    let mut rest = upper.as_str();
    while let Some(at) = rest.find("AADSTS") {
        let digits: String = rest[at + 6..].chars().take_while(char::is_ascii_digit).collect();
        if let Ok(code) = digits.parse() {
            return Some(code);
        }
        rest = &rest[at + 6..];
    }
    None
}

/// The id after `label` (a GUID-like run of hex digits and dashes).
fn field(text: &str, label: &str) -> Option<String> {
    let at = text.find(label)?;
    let value: String = text[at + label.len()..].trim_start().chars().take_while(|c| c.is_ascii_hexdigit() || *c == '-').collect();
    (!value.is_empty()).then_some(value)
}

/// Microsoft's timestamp, `YYYY-MM-DD hh:mm:ss[.fffffff]Z`, up to its `Z`
/// (or the end of the line).
fn timestamp(text: &str) -> Option<String> {
    let at = text.find("Timestamp:")?;
    let rest = text[at + "Timestamp:".len()..].trim_start();
    let line = rest.lines().next().unwrap_or_default();
    let value = match line.find('Z') {
        Some(z) => &line[..=z],
        None => line.trim_end_matches(['"', '\'', ',', '.']),
    };
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const MICROSOFT: &str = "error=invalid_client: AADSTS90094: The grant requires admin permission. Trace ID: 0d6b8a43-1c2e-4e0b-9b8e-7b2a2f2c0100 Correlation ID: 5f2c3a11-9d4e-4c7e-a3a9-4c8f0f4b2e01 Timestamp: 2026-11-30 10:15:00Z";

    #[test]
    fn reads_microsofts_description_format() {
        let parsed = SignInError::parse(MICROSOFT);
        assert_eq!(parsed.error.as_deref(), Some("invalid_client"));
        assert_eq!(parsed.aadsts, Some(90094));
        assert_eq!(parsed.trace_id.as_deref(), Some("0d6b8a43-1c2e-4e0b-9b8e-7b2a2f2c0100"));
        assert_eq!(parsed.correlation_id.as_deref(), Some("5f2c3a11-9d4e-4c7e-a3a9-4c8f0f4b2e01"));
        assert_eq!(parsed.timestamp.as_deref(), Some("2026-11-30 10:15:00Z"));
        assert!(parsed.error_description.unwrap().starts_with("AADSTS90094"));
    }

    #[test]
    fn reads_plain_oauth_errors_and_pasted_text() {
        let parsed = SignInError::parse("invalid_grant: Token has been expired or revoked.");
        assert_eq!(parsed.error.as_deref(), Some("invalid_grant"));
        assert_eq!(parsed.aadsts, None);
        assert_eq!(SignInError::parse("access_denied").error.as_deref(), Some("access_denied"));
        let pasted = SignInError::parse("Sorry, but we're having trouble signing you in. AADSTS50011: The redirect URI …");
        assert_eq!(pasted.error, None);
        assert_eq!(pasted.aadsts, Some(50011));
        assert_eq!(aadsts_code("aadsts 1 and AADSTS700016"), Some(700016));
    }
}
