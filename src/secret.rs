//! `Secret`: the only type that may hold a token, refresh token, authorization
//! code, PKCE verifier or client secret.
//!
//! It prints `<redacted>` through both `Debug` and `Display`, in every build,
//! implements no `Serialize`, and wipes its memory on drop. Reading the value
//! needs an explicit `expose()`; grep for it when reviewing.

use zeroize::Zeroize;

/// A string that must never reach a log, a report, JSON or a file.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// Reveals the value, for the one place that must send it on the wire.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

impl std::fmt::Display for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_prints_its_value() {
        let secret = Secret::new("eyJ0eXAiOiJKV1Qi.token-value");
        assert_eq!(format!("{secret:?}"), "<redacted>");
        assert_eq!(format!("{secret}"), "<redacted>");
        assert_eq!(format!("{:?}", Some(secret.clone())), "Some(<redacted>)");
        assert_eq!(secret.expose(), "eyJ0eXAiOiJKV1Qi.token-value");
    }
}
