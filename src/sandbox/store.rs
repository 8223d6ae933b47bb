//! What the sandbox's authorization server remembers: pending sign-ins,
//! authorization codes and tokens, and the checks IMAP and SMTP run on a
//! bearer token.
//!
//! Codes and tokens are stored under their SHA-256 digest, never as text, so
//! a debug dump of the store shows nothing a client could replay. Raw values
//! exist only in [`Credential`]s on their way out to the client.
//!
//! Intentional omissions: no client secrets (the sandbox registration is a
//! public client, like Microsoft's for desktop apps), no token introspection,
//! no revocation endpoint, no garbage collection beyond dropping expired
//! entries on the way past (a sandbox lives for one wizard run).

use super::credential::Credential;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest as _, Sha256};
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// How long a consent page stays usable. Long enough for a person reading
/// the page; the code it leads to is what must be short-lived.
pub(crate) const PENDING_LIFETIME: Duration = Duration::from_secs(15 * 60);

/// Random bytes in every code and token: 256 bits, like any bearer secret.
const RANDOM_BYTES: usize = 32;

/// A SHA-256 digest: the only form in which codes and tokens are kept.
type Digest = [u8; 32];

fn digest(value: &str) -> Digest {
    Sha256::digest(value.as_bytes()).into()
}

/// A fresh random value, base64url without padding, behind `prefix`. The
/// prefix makes a pasted value recognisable ("sbx-at-" is a sandbox access
/// token) without telling anything about it.
pub(crate) fn random_value(prefix: &str) -> String {
    let bytes: [u8; RANDOM_BYTES] = rand::random();
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// True for a syntactically valid PKCE `code_verifier` (RFC 7636 §4.1:
/// 43–128 characters from the unreserved set).
pub(crate) fn is_valid_code_verifier(verifier: &str) -> bool {
    (43..=128).contains(&verifier.len())
        && verifier.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'))
}

/// True for a syntactically valid S256 `code_challenge`: base64url without
/// padding of 32 bytes, which is always 43 characters.
pub(crate) fn is_valid_s256_challenge(challenge: &str) -> bool {
    challenge.len() == 43 && URL_SAFE_NO_PAD.decode(challenge).is_ok_and(|bytes| bytes.len() == 32)
}

/// The S256 transformation: `BASE64URL-ENCODE(SHA256(ASCII(code_verifier)))`.
pub(crate) fn s256_challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

/// An authorization request the user has not answered yet.
#[derive(Debug, Clone)]
pub(crate) struct PendingAuthorization {
    pub client_id: String,
    pub redirect_uri: String,
    pub state: Option<String>,
    pub code_challenge: String,
    pub scope: Vec<String>,
    pub login_hint: Option<String>,
    pub created: Instant,
}

/// What an authorization code stands for.
#[derive(Debug)]
struct CodeGrant {
    client_id: String,
    redirect_uri: String,
    code_challenge: String,
    user: String,
    scope: Vec<String>,
    expires_at: Instant,
}

/// What an access token stands for.
#[derive(Debug)]
struct AccessGrant {
    user: String,
    scope: Vec<String>,
    expires_at: Instant,
    /// The `aud` and `scp` claims, for Microsoft-shaped JWT tokens.
    claims: Option<(String, String)>,
}

/// How to shape access tokens as Exchange Online's JWTs (see
/// `FaultScript::microsoft_tokens`).
#[derive(Debug, Clone)]
pub(crate) struct JwtShape {
    pub audience: String,
    pub scp: Option<String>,
}

/// A device code sign-in in progress (RFC 8628).
#[derive(Debug)]
struct DeviceGrant {
    client_id: String,
    scope: Vec<String>,
    user_code: String,
    /// `None` until the user answers; then the address, or `Err` for Deny.
    answer: Option<Result<String, ()>>,
    expires_at: Instant,
}

/// How long a device code is valid: Microsoft uses 15 minutes.
pub(crate) const DEVICE_CODE_LIFETIME: Duration = Duration::from_secs(15 * 60);

/// What a refresh token stands for.
#[derive(Debug)]
struct RefreshGrant {
    client_id: String,
    user: String,
    scope: Vec<String>,
}

/// Tokens handed to the client by the token endpoint.
pub(crate) struct IssuedTokens {
    pub access_token: Credential,
    pub refresh_token: Option<Credential>,
    pub expires_in: u64,
    pub scope: Vec<String>,
}

/// An RFC 6749 §5.2 error from the token endpoint.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct GrantError {
    pub error: &'static str,
    pub description: &'static str,
}

impl GrantError {
    const fn new(error: &'static str, description: &'static str) -> Self {
        Self { error, description }
    }
}

/// Why a bearer token was refused by IMAP or SMTP (logged, never sent: the
/// wire answer is the same for all of them, as on real servers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenRejection {
    /// The sandbox never issued it (or forgot it: each sandbox is fresh).
    Unknown,
    Expired,
    /// `user=` names someone other than the person who signed in.
    WrongUser,
    /// The token was issued without the `mail` scope (like a Graph token
    /// shown to Exchange's IMAP).
    MissingMailScope,
    /// [`super::SandboxOptions::accept_tokens`] is off.
    RejectedByOptions,
    /// `user=` is the shared mailbox, but the token's owner has no
    /// FullAccess on it.
    NoFullAccess,
    /// `user=` is the shared address, which is a group: nothing to open.
    NotAMailbox,
    /// SMTP `user=` is the shared mailbox: Exchange takes only the delegate.
    SharedMailboxUser,
    /// SMTP AUTH is off for the signed-in mailbox (Exchange's 5.7.139).
    SmtpAuthDisabled,
}

/// Everything the authorization server remembers.
#[derive(Debug, Default)]
pub(crate) struct Store {
    pending: HashMap<String, PendingAuthorization>,
    codes: HashMap<Digest, CodeGrant>,
    /// Codes already exchanged, with the access tokens issued for them, so a
    /// replayed code revokes them (RFC 6749 §4.1.2).
    spent_codes: HashMap<Digest, Vec<Digest>>,
    access: HashMap<Digest, AccessGrant>,
    refresh: HashMap<Digest, RefreshGrant>,
    /// Access tokens issued so far, by either grant.
    pub issued_access_tokens: usize,
    /// Issue Microsoft-shaped JWTs instead of opaque tokens.
    pub jwt: Option<JwtShape>,
    devices: HashMap<Digest, DeviceGrant>,
}

impl Store {
    /// Remembers an authorization request until the user answers it, and
    /// returns the id the consent form carries.
    pub fn add_pending(&mut self, pending: PendingAuthorization) -> String {
        self.pending.retain(|_, p| p.created.elapsed() < PENDING_LIFETIME);
        let request_id = random_value("sbx-req-");
        self.pending.insert(request_id.clone(), pending);
        request_id
    }

    /// The pending request, if it is still open.
    pub fn pending(&self, request_id: &str) -> Option<&PendingAuthorization> {
        self.pending.get(request_id).filter(|p| p.created.elapsed() < PENDING_LIFETIME)
    }

    /// Closes a pending request (the user answered it).
    pub fn take_pending(&mut self, request_id: &str) -> Option<PendingAuthorization> {
        self.pending.remove(request_id).filter(|p| p.created.elapsed() < PENDING_LIFETIME)
    }

    /// Issues an authorization code for an approved request.
    pub fn issue_code(&mut self, pending: &PendingAuthorization, user: &str, lifetime: Duration) -> Credential {
        let code = random_value("sbx-code-");
        self.codes.insert(
            digest(&code),
            CodeGrant {
                client_id: pending.client_id.clone(),
                redirect_uri: pending.redirect_uri.clone(),
                code_challenge: pending.code_challenge.clone(),
                user: user.to_owned(),
                scope: pending.scope.clone(),
                expires_at: Instant::now() + lifetime,
            },
        );
        Credential::new(code)
    }

    /// The `authorization_code` grant (RFC 6749 §4.1.3, RFC 7636 §4.6). The
    /// code is spent by the first attempt, whether it succeeds or not.
    pub fn exchange_code(
        &mut self,
        client_id: &str,
        code: &str,
        redirect_uri: Option<&str>,
        code_verifier: Option<&str>,
        token_lifetime: Duration,
    ) -> Result<IssuedTokens, GrantError> {
        let code_digest = digest(code);
        if let Some(revoked) = self.spent_codes.get(&code_digest) {
            // A replayed code: someone else may hold it. Revoke what it bought.
            for token in revoked {
                self.access.remove(token);
            }
            return Err(GrantError::new("invalid_grant", "The authorization code was already used."));
        }
        let Some(grant) = self.codes.remove(&code_digest) else {
            return Err(GrantError::new("invalid_grant", "The authorization code is not known to this server."));
        };
        self.spent_codes.insert(code_digest, Vec::new());
        if grant.expires_at <= Instant::now() {
            return Err(GrantError::new("invalid_grant", "The authorization code has expired."));
        }
        if grant.client_id != client_id {
            return Err(GrantError::new("invalid_grant", "The authorization code was issued to another client."));
        }
        if redirect_uri != Some(grant.redirect_uri.as_str()) {
            return Err(GrantError::new(
                "invalid_grant",
                "The redirect_uri does not match the one in the authorization request.",
            ));
        }
        let Some(verifier) = code_verifier else {
            return Err(GrantError::new("invalid_request", "The code_verifier parameter is missing."));
        };
        if !is_valid_code_verifier(verifier) {
            return Err(GrantError::new("invalid_grant", "The code_verifier is not 43 to 128 unreserved characters."));
        }
        if s256_challenge(verifier) != grant.code_challenge {
            return Err(GrantError::new("invalid_grant", "The code_verifier does not match the code_challenge."));
        }
        let tokens = self.issue_tokens(&grant.client_id, &grant.user, &grant.scope, token_lifetime, None);
        if let Some(spent) = self.spent_codes.get_mut(&code_digest) {
            spent.push(digest(tokens.access_token.expose()));
        }
        Ok(tokens)
    }

    /// The `refresh_token` grant (RFC 6749 §6). The refresh token stays
    /// valid and is returned again.
    pub fn refresh(
        &mut self,
        client_id: &str,
        refresh_token: &str,
        token_lifetime: Duration,
    ) -> Result<IssuedTokens, GrantError> {
        let Some(grant) = self.refresh.get(&digest(refresh_token)) else {
            return Err(GrantError::new("invalid_grant", "The refresh token is not known to this server."));
        };
        if grant.client_id != client_id {
            return Err(GrantError::new("invalid_grant", "The refresh token was issued to another client."));
        }
        let (user, scope) = (grant.user.clone(), grant.scope.clone());
        Ok(self.issue_tokens(client_id, &user, &scope, token_lifetime, Some(refresh_token)))
    }

    fn issue_tokens(
        &mut self,
        client_id: &str,
        user: &str,
        scope: &[String],
        lifetime: Duration,
        existing_refresh: Option<&str>,
    ) -> IssuedTokens {
        let (access_token, claims) = match &self.jwt {
            None => (random_value("sbx-at-"), None),
            Some(shape) => {
                let scp = shape.scp.clone().unwrap_or_else(|| {
                    let short: Vec<&str> = scope.iter().filter(|s| *s != "offline_access").map(|s| s.rsplit('/').next().unwrap_or(s)).collect();
                    short.join(" ")
                });
                (microsoft_jwt(client_id, user, &shape.audience, &scp, lifetime), Some((shape.audience.clone(), scp)))
            }
        };
        self.access.insert(
            digest(&access_token),
            AccessGrant { user: user.to_owned(), scope: scope.to_vec(), expires_at: Instant::now() + lifetime, claims },
        );
        self.issued_access_tokens += 1;
        // Like Microsoft: a refresh token only with `offline_access`.
        let refresh_token = if let Some(existing) = existing_refresh {
            Some(existing.to_owned())
        } else if scope.iter().any(|s| s == "offline_access") {
            let refresh = random_value("sbx-rt-");
            self.refresh.insert(
                digest(&refresh),
                RefreshGrant { client_id: client_id.to_owned(), user: user.to_owned(), scope: scope.to_vec() },
            );
            Some(refresh)
        } else {
            None
        };
        IssuedTokens {
            access_token: Credential::new(access_token),
            refresh_token: refresh_token.map(Credential::new),
            expires_in: lifetime.as_secs(),
            scope: scope.to_vec(),
        }
    }

    /// Checks a bearer token presented over IMAP or SMTP for `user`.
    /// Addresses compare without regard to ASCII case.
    pub fn check_bearer(&self, user: &str, token: &Credential) -> Result<(), TokenRejection> {
        let Some(grant) = self.access.get(&digest(token.expose())) else {
            return Err(TokenRejection::Unknown);
        };
        if grant.expires_at <= Instant::now() {
            return Err(TokenRejection::Expired);
        }
        if !grant.user.eq_ignore_ascii_case(user) {
            return Err(TokenRejection::WrongUser);
        }
        if !grant.scope.iter().any(|s| s == "mail" || s.starts_with("https://outlook.office.com/")) {
            return Err(TokenRejection::MissingMailScope);
        }
        Ok(())
    }

    /// The `aud` and `scp` of a Microsoft-shaped token.
    pub fn token_claims(&self, token: &Credential) -> Option<(String, String)> {
        self.access.get(&digest(token.expose())).and_then(|grant| grant.claims.clone())
    }

    /// Starts a device code sign-in; returns the device code and the user code.
    pub fn start_device(&mut self, client_id: &str, scope: Vec<String>) -> (Credential, String) {
        let device_code = random_value("sbx-dc-");
        let bytes: [u8; 4] = rand::random();
        let letters: String = bytes.iter().flat_map(|b| [b'A' + (b % 26), b'A' + ((b / 26) % 26)]).map(char::from).collect();
        let user_code = format!("{}-{}", &letters[..4], &letters[4..]);
        self.devices.insert(
            digest(&device_code),
            DeviceGrant { client_id: client_id.to_owned(), scope, user_code: user_code.clone(), answer: None, expires_at: Instant::now() + DEVICE_CODE_LIFETIME },
        );
        (Credential::new(device_code), user_code)
    }

    /// The user typed `user_code` and pressed Allow (or Deny).
    pub fn answer_device_code(&mut self, user_code: &str, address: &str, allow: bool) -> bool {
        match self.devices.values_mut().find(|d| d.user_code.eq_ignore_ascii_case(user_code.trim()) && d.answer.is_none()) {
            Some(device) => {
                device.answer = Some(if allow { Ok(address.to_owned()) } else { Err(()) });
                true
            }
            None => false,
        }
    }

    /// The device code grant (RFC 8628 §3.4/3.5).
    pub fn poll_device(&mut self, client_id: &str, device_code: &str, token_lifetime: Duration) -> Result<IssuedTokens, GrantError> {
        let key = digest(device_code);
        let Some(device) = self.devices.get(&key) else {
            return Err(GrantError::new("invalid_grant", "The device code is not known to this server."));
        };
        if device.client_id != client_id {
            return Err(GrantError::new("invalid_grant", "The device code was issued to another client."));
        }
        if device.expires_at <= Instant::now() {
            self.devices.remove(&key);
            return Err(GrantError::new("expired_token", "The device code has expired."));
        }
        match device.answer.clone() {
            None => Err(GrantError::new("authorization_pending", "The user has not yet entered the code.")),
            Some(Err(())) => {
                self.devices.remove(&key);
                Err(GrantError::new("access_denied", "The user declined the device sign-in."))
            }
            Some(Ok(user)) => {
                let device = self.devices.remove(&key).expect("just looked up");
                Ok(self.issue_tokens(client_id, &user, &device.scope, token_lifetime, None))
            }
        }
    }

    /// The user an access token was issued to, if it is known and current.
    #[cfg(test)]
    pub fn token_user(&self, token: &Credential) -> Option<&str> {
        self.access
            .get(&digest(token.expose()))
            .filter(|grant| grant.expires_at > Instant::now())
            .map(|grant| grant.user.as_str())
    }
}

/// An unsigned (`alg: none`) JWT shaped like an Exchange Online access
/// token. Nothing verifies it but the sandbox's own table.
fn microsoft_jwt(client_id: &str, user: &str, audience: &str, scp: &str, lifetime: Duration) -> String {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default();
    let header = URL_SAFE_NO_PAD.encode(br#"{"typ":"JWT","alg":"none"}"#);
    let claims = serde_json::json!({
        "aud": audience,
        "iss": format!("https://sts.windows.net/{}/", super::SANDBOX_TENANT_ID),
        "iat": now, "nbf": now, "exp": now + lifetime.as_secs(),
        "appid": client_id,
        "scp": scp,
        "upn": user,
        "tid": super::SANDBOX_TENANT_ID,
        "ver": "1.0",
        "uti": random_value(""),
    });
    let payload = URL_SAFE_NO_PAD.encode(claims.to_string());
    format!("{header}.{payload}.")
}

/// A decoded XOAUTH2 initial response.
pub(crate) struct Xoauth2 {
    pub user: String,
    pub token: Credential,
}

/// Decodes an XOAUTH2 client response:
/// `base64("user=" U "\x01auth=Bearer " T "\x01\x01")`.
/// Returns `None` for anything else (bad base64, wrong layout, other scheme).
pub(crate) fn parse_xoauth2(base64_text: &str) -> Option<Xoauth2> {
    use base64::engine::general_purpose::STANDARD;
    let raw = STANDARD.decode(base64_text.trim()).ok()?;
    let text = Credential::new(String::from_utf8(raw).ok()?);
    let rest = text.expose().strip_suffix("\x01\x01")?;
    let (user_part, auth_part) = rest.split_once('\x01')?;
    let user = user_part.strip_prefix("user=")?;
    let token = auth_part.strip_prefix("auth=Bearer ")?;
    if user.is_empty() || token.is_empty() || token.contains('\x01') {
        return None;
    }
    Some(Xoauth2 { user: user.to_owned(), token: Credential::new(token) })
}

/// The JSON error challenge IMAP and SMTP send before failing XOAUTH2, as
/// Google does and Microsoft-compatible clients expect, base64-encoded.
pub(crate) fn xoauth2_error_challenge() -> String {
    use base64::engine::general_purpose::STANDARD;
    STANDARD.encode(br#"{"status":"401","schemes":"Bearer","scope":"mail"}"#)
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::engine::general_purpose::STANDARD;

    fn pending(scope: &[&str]) -> PendingAuthorization {
        PendingAuthorization {
            client_id: "mailsetup-sandbox".into(),
            redirect_uri: "http://localhost:4000/".into(),
            state: Some("st".into()),
            code_challenge: s256_challenge(VERIFIER),
            scope: scope.iter().map(|s| (*s).to_owned()).collect(),
            login_hint: None,
            created: Instant::now(),
        }
    }

    const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    const HOUR: Duration = Duration::from_secs(3600);

    #[test]
    fn s256_matches_rfc_7636_appendix_b() {
        assert_eq!(s256_challenge(VERIFIER), "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        assert!(is_valid_s256_challenge("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        assert!(!is_valid_s256_challenge(VERIFIER.get(..42).unwrap_or_default()));
        assert!(is_valid_code_verifier(VERIFIER));
        assert!(!is_valid_code_verifier("short"));
        assert!(!is_valid_code_verifier(&"a+".repeat(30)));
    }

    #[test]
    fn a_code_is_single_use_and_a_replay_revokes_its_token() {
        let mut store = Store::default();
        let code = store.issue_code(&pending(&["mail"]), "you@sandbox.mailsetup.test", HOUR);
        let redirect = Some("http://localhost:4000/");
        let tokens = store
            .exchange_code("mailsetup-sandbox", code.expose(), redirect, Some(VERIFIER), HOUR)
            .expect("first exchange");
        assert!(tokens.refresh_token.is_none(), "no offline_access, no refresh token");
        assert_eq!(store.check_bearer("YOU@sandbox.mailsetup.test", &tokens.access_token), Ok(()));
        let replay = store.exchange_code("mailsetup-sandbox", code.expose(), redirect, Some(VERIFIER), HOUR);
        assert_eq!(replay.err().map(|e| e.error), Some("invalid_grant"));
        assert_eq!(
            store.check_bearer("you@sandbox.mailsetup.test", &tokens.access_token),
            Err(TokenRejection::Unknown)
        );
    }

    #[test]
    fn exchange_checks_client_redirect_and_verifier() {
        let redirect = Some("http://localhost:4000/");
        let cases: [(&str, Option<&str>, Option<&str>, &str); 5] = [
            ("other-client", redirect, Some(VERIFIER), "invalid_grant"),
            ("mailsetup-sandbox", Some("http://localhost:4001/"), Some(VERIFIER), "invalid_grant"),
            ("mailsetup-sandbox", None, Some(VERIFIER), "invalid_grant"),
            ("mailsetup-sandbox", redirect, None, "invalid_request"),
            ("mailsetup-sandbox", redirect, Some(&"x".repeat(43)), "invalid_grant"),
        ];
        for (client_id, redirect_uri, verifier, expected) in cases {
            let mut store = Store::default();
            let code = store.issue_code(&pending(&["mail"]), "you@sandbox.mailsetup.test", HOUR);
            let result = store.exchange_code(client_id, code.expose(), redirect_uri, verifier, HOUR);
            assert_eq!(result.err().map(|e| e.error), Some(expected), "{client_id} {redirect_uri:?}");
        }
    }

    #[test]
    fn an_expired_code_is_refused() {
        let mut store = Store::default();
        let code = store.issue_code(&pending(&["mail"]), "you@sandbox.mailsetup.test", Duration::ZERO);
        let result = store.exchange_code(
            "mailsetup-sandbox",
            code.expose(),
            Some("http://localhost:4000/"),
            Some(VERIFIER),
            HOUR,
        );
        assert_eq!(result.err(), Some(GrantError::new("invalid_grant", "The authorization code has expired.")));
    }

    #[test]
    fn refresh_issues_a_new_access_token_for_the_same_user() {
        let mut store = Store::default();
        let code = store.issue_code(&pending(&["mail", "offline_access"]), "you@sandbox.mailsetup.test", HOUR);
        let first = store
            .exchange_code("mailsetup-sandbox", code.expose(), Some("http://localhost:4000/"), Some(VERIFIER), HOUR)
            .expect("exchange");
        let refresh = first.refresh_token.expect("offline_access gives a refresh token");
        let second = store.refresh("mailsetup-sandbox", refresh.expose(), HOUR).expect("refresh");
        assert_ne!(first.access_token, second.access_token);
        assert_eq!(store.token_user(&second.access_token), Some("you@sandbox.mailsetup.test"));
        assert_eq!(store.issued_access_tokens, 2);
        assert!(store.refresh("someone-else", refresh.expose(), HOUR).is_err());
        assert!(store.refresh("mailsetup-sandbox", "sbx-rt-made-up", HOUR).is_err());
    }

    #[test]
    fn bearer_checks_expiry_and_scope() {
        let mut store = Store::default();
        let redirect = Some("http://localhost:4000/");
        let code = store.issue_code(&pending(&["mail"]), "you@x.test", HOUR);
        let expired = store.exchange_code("mailsetup-sandbox", code.expose(), redirect, Some(VERIFIER), Duration::ZERO);
        let expired = expired.expect("exchange").access_token;
        assert_eq!(store.check_bearer("you@x.test", &expired), Err(TokenRejection::Expired));

        let code = store.issue_code(&pending(&["openid"]), "you@x.test", HOUR);
        let no_mail = store.exchange_code("mailsetup-sandbox", code.expose(), redirect, Some(VERIFIER), HOUR);
        let no_mail = no_mail.expect("exchange").access_token;
        assert_eq!(store.check_bearer("you@x.test", &no_mail), Err(TokenRejection::MissingMailScope));
        assert_eq!(store.check_bearer("other@x.test", &no_mail), Err(TokenRejection::WrongUser));
    }

    #[test]
    fn xoauth2_parsing() {
        let encode = |s: &str| STANDARD.encode(s);
        let good = parse_xoauth2(&encode("user=you@x.test\x01auth=Bearer tok\x01\x01")).expect("valid");
        assert_eq!((good.user.as_str(), good.token.expose()), ("you@x.test", "tok"));
        for bad in [
            encode("user=you@x.test\x01auth=Bearer tok\x01"),
            encode("user=you@x.test\x01auth=Basic tok\x01\x01"),
            encode("user=\x01auth=Bearer tok\x01\x01"),
            encode("auth=Bearer tok\x01\x01"),
            "not base64!".to_owned(),
            String::new(),
        ] {
            assert!(parse_xoauth2(&bad).is_none(), "{bad:?}");
        }
    }
}
