//! SASL payloads.
//!
//! XOAUTH2 (Google's and Microsoft's documentation):
//! `user=<address>^Aauth=Bearer <access token>^A^A`, base64-encoded on the
//! wire. On failure, servers send a challenge holding base64 JSON
//! (`{"status":"401","schemes":"Bearer","scope":"…"}`); the client must
//! answer it with an empty line, after which the server fails the command.

use crate::secret::Secret;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// The raw (not yet base64) XOAUTH2 initial response. It holds the token, so
/// it is a [`Secret`].
pub fn xoauth2_payload(user: &str, access_token: &Secret) -> Secret {
    Secret::new(format!("user={user}\x01auth=Bearer {}\x01\x01", access_token.expose()))
}

/// The base64 XOAUTH2 initial response as sent on the wire.
pub fn xoauth2_base64(user: &str, access_token: &Secret) -> Secret {
    Secret::new(STANDARD.encode(xoauth2_payload(user, access_token).expose()))
}

/// Decodes a server's base64 error challenge to text for the report, when it
/// decodes to UTF-8; otherwise returns the challenge as sent.
pub fn describe_challenge(challenge_base64: &str) -> String {
    let trimmed = challenge_base64.trim();
    match STANDARD.decode(trimmed).ok().and_then(|bytes| String::from_utf8(bytes).ok()) {
        Some(text) if !text.trim().is_empty() => text,
        _ => trimmed.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xoauth2_encoding_matches_the_documented_example() {
        // The worked example from Google's XOAUTH2 documentation.
        let token = Secret::new("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg");
        assert_eq!(
            xoauth2_base64("someuser@example.com", &token).expose(),
            "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="
        );
    }

    #[test]
    fn decodes_the_json_error_challenge() {
        let challenge = STANDARD.encode(r#"{"status":"401","schemes":"Bearer","scope":"https://mail.google.com/"}"#);
        assert!(describe_challenge(&challenge).contains("\"status\":\"401\""));
        assert_eq!(describe_challenge("not base64!"), "not base64!");
    }
}
