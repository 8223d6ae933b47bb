//! [`Credential`]: how the sandbox holds the codes and tokens it hands out
//! on their way to the client.
//!
//! The store keeps only digests (see `store`); a raw value exists in a
//! `Credential` between being made and being written into a response, or
//! between being read off the wire and being checked. It prints
//! `<redacted>` and is wiped on drop (by `zeroize`), so a `{:?}` of any
//! sandbox type never shows a value a client could replay.

use zeroize::Zeroizing;

/// A code, token or device code the sandbox issued or was shown.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Credential(Zeroizing<String>);

impl Credential {
    /// Wraps a value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(Zeroizing::new(value.into()))
    }

    /// The value, for the response body or the digest look-up.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

#[cfg(test)]
mod tests {
    use super::Credential;

    #[test]
    fn prints_no_value() {
        let credential = Credential::new("sbx-at-value");
        assert_eq!(format!("{credential:?}"), "<redacted>");
        assert_eq!(format!("{:?}", Some(credential.clone())), "Some(<redacted>)");
        assert_eq!(credential.expose(), "sbx-at-value");
    }
}
