//! Access-token inspection: decode (never verify) a JWT access token and
//! flag what will make IMAP or SMTP refuse it.
//!
//! Only the claims are kept: the header, the signature and the token itself
//! never leave [`inspect`]. Microsoft's Outlook tokens are JWTs
//! (`aud = https://outlook.office.com`, `scp = "IMAP.AccessAsUser.All
//! SMTP.Send"`, `upn`, `tid`, `appid`); Google's and many others are opaque,
//! and are reported as such.
//!
//! Also here: Google's XOAUTH2 failure challenge, base64 JSON
//! `{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}`.

use crate::secret::Secret;
use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde::Serialize;
use serde_json::Value;
use std::time::{SystemTime, UNIX_EPOCH};

/// Audiences Exchange Online accepts for IMAP, POP and SMTP.
pub const OUTLOOK_AUDIENCES: [&str; 3] = ["https://outlook.office.com", "https://outlook.office365.com", "00000002-0000-0ff1-ce00-000000000000"];

/// How far the local clock may be off before we say so. Microsoft allows
/// five minutes of skew.
pub const CLOCK_SKEW_TOLERANCE_SECS: i64 = 5 * 60;

/// The claims of a JWT access token that matter for mail. No signature, no
/// header, no token.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TokenClaims {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aud: Option<String>,
    /// Delegated scopes, space-separated, as in the token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scp: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upn: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_username: Option<String>,
    /// Other account claims some providers use instead (`unique_name`, `email`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The Entra tenant id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tid: Option<String>,
    /// The application the token was issued to (`appid`, or `azp`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub appid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iss: Option<String>,
    /// Seconds since the epoch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exp: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iat: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nbf: Option<i64>,
}

impl TokenClaims {
    /// The signed-in account, from whichever claim the provider uses.
    pub fn account(&self) -> Option<&str> {
        self.upn.as_deref().or(self.preferred_username.as_deref()).or(self.email.as_deref())
    }

    /// The scopes as a list.
    pub fn scopes(&self) -> Vec<&str> {
        self.scp.as_deref().unwrap_or_default().split_whitespace().collect()
    }
}

/// Something in a token that will make IMAP or SMTP fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// The token is for another API (e.g. Microsoft Graph), not Outlook.
    WrongAudience,
    /// `scp` lacks `IMAP.AccessAsUser.All`.
    MissingImapScope,
    /// `scp` lacks `SMTP.Send`.
    MissingSmtpScope,
    /// The signed-in account is not the mailbox address.
    WrongAccount,
    /// The token has expired.
    Expired,
    /// This computer's clock disagrees with the issuer's.
    ClockSkew,
}

impl FindingKind {
    /// Every kind, for validating the knowledge base.
    pub const ALL: [FindingKind; 6] = [
        FindingKind::WrongAudience,
        FindingKind::MissingImapScope,
        FindingKind::MissingSmtpScope,
        FindingKind::WrongAccount,
        FindingKind::Expired,
        FindingKind::ClockSkew,
    ];
}

/// One finding, with the claim values that show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub kind: FindingKind,
    pub detail: String,
}

/// What a token looks like from the outside.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TokenInspection {
    /// `jwt` or `opaque`.
    pub format: &'static str,
    /// Decoded claims (JWT only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<TokenClaims>,
    pub findings: Vec<Finding>,
}

impl TokenInspection {
    /// True when a finding of this kind was made.
    pub fn has(&self, kind: FindingKind) -> bool {
        self.findings.iter().any(|f| f.kind == kind)
    }

    /// One line for a report step.
    pub fn summary(&self) -> String {
        let Some(claims) = &self.claims else {
            return crate::tr!("finding-token-opaque");
        };
        let mut parts = Vec::new();
        if let Some(aud) = &claims.aud {
            parts.push(crate::tr!("finding-token-audience", audience = aud));
        }
        if let Some(scp) = &claims.scp {
            parts.push(crate::tr!("finding-token-scopes", scopes = scp));
        }
        if let Some(account) = claims.account() {
            parts.push(crate::tr!("finding-token-account", account = account));
        }
        if let Some(tid) = &claims.tid {
            parts.push(crate::tr!("finding-token-tenant", tenant = tid));
        }
        if let Some(appid) = &claims.appid {
            parts.push(crate::tr!("finding-token-app", app = appid));
        }
        let mut text = crate::tr!("finding-token-jwt", claims = parts.join(", "));
        for finding in &self.findings {
            text = crate::tr!("finding-token-warning", summary = text, finding = &finding.detail);
        }
        text
    }
}

/// What the mail servers will want from the token.
#[derive(Debug, Clone, Default)]
pub struct Expectation {
    /// The mailbox address (the XOAUTH2 `user=`).
    pub mailbox: String,
    /// Check `aud` and `scp` as Exchange Online does (the plan asked for
    /// `…/IMAP.AccessAsUser.All` scopes).
    pub outlook: bool,
}

impl Expectation {
    /// The expectation for a plan's requested scopes and a mailbox.
    pub fn for_scopes(mailbox: &str, scopes: &[String]) -> Self {
        Self { mailbox: mailbox.to_owned(), outlook: scopes.iter().any(|s| s.ends_with("/IMAP.AccessAsUser.All") || s.ends_with("/SMTP.Send")) }
    }
}

/// Decodes a token's claims and flags problems. `now` is this computer's clock.
pub fn inspect(token: &Secret, expectation: &Expectation, now: SystemTime) -> TokenInspection {
    let Some(claims) = decode_claims(token.expose()) else {
        return TokenInspection { format: "opaque", claims: None, findings: Vec::new() };
    };
    let now = now.duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or_default();
    let mut findings = Vec::new();
    if expectation.outlook {
        if let Some(aud) = &claims.aud
            && !OUTLOOK_AUDIENCES.iter().any(|ok| aud.trim_end_matches('/').eq_ignore_ascii_case(ok))
        {
            findings.push(Finding {
                kind: FindingKind::WrongAudience,
                detail: crate::tr!("finding-wrong-audience", audience = aud),
            });
        }
        let scopes = claims.scopes();
        let has = |wanted: &str| scopes.iter().any(|s| s.eq_ignore_ascii_case(wanted) || s.to_ascii_lowercase().ends_with(&format!("/{}", wanted.to_ascii_lowercase())));
        if !has("IMAP.AccessAsUser.All") {
            findings.push(Finding {
                kind: FindingKind::MissingImapScope,
                detail: crate::tr!("finding-missing-imap-scope", scopes = claims.scp.as_deref().unwrap_or_default()),
            });
        }
        if !has("SMTP.Send") {
            findings.push(Finding {
                kind: FindingKind::MissingSmtpScope,
                detail: crate::tr!("finding-missing-smtp-scope", scopes = claims.scp.as_deref().unwrap_or_default()),
            });
        }
    }
    if let Some(account) = claims.account()
        && !expectation.mailbox.is_empty()
        && !account.eq_ignore_ascii_case(&expectation.mailbox)
    {
        findings.push(Finding {
            kind: FindingKind::WrongAccount,
            detail: crate::tr!("finding-wrong-account", account = account, mailbox = &expectation.mailbox),
        });
    }
    if let Some(exp) = claims.exp
        && exp <= now
    {
        findings.push(Finding { kind: FindingKind::Expired, detail: crate::tr!("finding-expired", seconds = (now - exp).to_string()) });
    }
    let issued = claims.nbf.or(claims.iat);
    if let Some(issued) = issued
        && issued > now + CLOCK_SKEW_TOLERANCE_SECS
    {
        findings.push(Finding {
            kind: FindingKind::ClockSkew,
            detail: crate::tr!("finding-clock-skew", seconds = (issued - now).to_string()),
        });
    }
    TokenInspection { format: "jwt", claims: Some(claims), findings }
}

/// The claims of a JWT (`header.payload.signature`, base64url), or `None`
/// for anything that is not one. The signature is not looked at.
pub fn decode_claims(token: &str) -> Option<TokenClaims> {
    let mut parts = token.split('.');
    let (header, payload, _signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || !header.starts_with("eyJ") {
        return None;
    }
    let bytes = URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).ok()?;
    let value: Value = serde_json::from_slice(&bytes).ok()?;
    let object = value.as_object()?;
    let text = |name: &str| object.get(name).and_then(Value::as_str).map(str::to_owned);
    let number = |name: &str| object.get(name).and_then(Value::as_i64);
    let aud = match object.get("aud") {
        Some(Value::String(aud)) => Some(aud.clone()),
        Some(Value::Array(list)) => Some(list.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(" ")),
        _ => None,
    };
    Some(TokenClaims {
        aud,
        scp: text("scp").or_else(|| text("scope")),
        upn: text("upn"),
        preferred_username: text("preferred_username"),
        email: text("email").or_else(|| text("unique_name")),
        tid: text("tid"),
        appid: text("appid").or_else(|| text("azp")).or_else(|| text("client_id")),
        iss: text("iss"),
        exp: number("exp"),
        iat: number("iat"),
        nbf: number("nbf"),
    })
}

/// Google's (and Microsoft-compatible servers') XOAUTH2 error challenge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChallengeError {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schemes: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

/// Finds and decodes an XOAUTH2 error challenge in a server's words: a
/// `+ …` (IMAP) or `334 …` (SMTP) line holding JSON, either already decoded
/// by the probe or still base64.
pub fn challenge_in(words: &str) -> Option<ChallengeError> {
    words.lines().find_map(|line| {
        let rest = line.trim().strip_prefix("+ ").or_else(|| line.trim().strip_prefix("334 "))?.trim();
        let json = if rest.starts_with('{') {
            rest.to_owned()
        } else {
            String::from_utf8(STANDARD.decode(rest).ok()?).ok()?
        };
        let value: Value = serde_json::from_str(&json).ok()?;
        let field = |name: &str| value.get(name).map(|v| v.as_str().map(str::to_owned).unwrap_or_else(|| v.to_string()));
        Some(ChallengeError { status: field("status"), schemes: field("schemes"), scope: field("scope") })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn jwt(claims: &Value) -> Secret {
        let header = URL_SAFE_NO_PAD.encode(br#"{"typ":"JWT","alg":"RS256"}"#);
        let payload = URL_SAFE_NO_PAD.encode(claims.to_string());
        Secret::new(format!("{header}.{payload}.c2lnbmF0dXJl"))
    }

    fn at(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs)
    }

    #[test]
    fn a_good_outlook_token_has_no_findings() {
        let token = jwt(&serde_json::json!({
            "aud": "https://outlook.office.com", "scp": "IMAP.AccessAsUser.All SMTP.Send", "upn": "Alice@Contoso.example",
            "tid": "72f988bf-0000-0000-0000-000000000000", "appid": "9e5f94bc-e8a4-4e73-b8be-63364c29d753", "iat": 1000, "exp": 4600
        }));
        let expectation = Expectation { mailbox: "alice@contoso.example".into(), outlook: true };
        let inspection = inspect(&token, &expectation, at(2000));
        assert_eq!(inspection.findings, vec![], "{inspection:?}");
        let claims = inspection.claims.unwrap();
        assert_eq!(claims.tid.as_deref(), Some("72f988bf-0000-0000-0000-000000000000"));
        assert_eq!(claims.appid.as_deref(), Some("9e5f94bc-e8a4-4e73-b8be-63364c29d753"));
        let json = serde_json::to_string(&claims).unwrap();
        assert!(!json.contains("c2lnbmF0dXJl") && !json.contains("RS256"), "no signature, no header: {json}");
    }

    #[test]
    fn flags_graph_tokens_missing_scopes_wrong_account_and_expiry() {
        let token = jwt(&serde_json::json!({
            "aud": "https://graph.microsoft.com", "scp": "User.Read", "upn": "bob@contoso.example", "iat": 1000, "exp": 1500
        }));
        let expectation = Expectation { mailbox: "alice@contoso.example".into(), outlook: true };
        let inspection = inspect(&token, &expectation, at(2000));
        for kind in [FindingKind::WrongAudience, FindingKind::MissingImapScope, FindingKind::MissingSmtpScope, FindingKind::WrongAccount, FindingKind::Expired] {
            assert!(inspection.has(kind), "{kind:?} in {inspection:?}");
        }
        assert!(!inspection.has(FindingKind::ClockSkew));
    }

    #[test]
    fn flags_clock_skew_and_reports_opaque_tokens() {
        let token = jwt(&serde_json::json!({ "iat": 10_000, "nbf": 10_000, "exp": 13_600 }));
        let inspection = inspect(&token, &Expectation::default(), at(2000));
        assert!(inspection.has(FindingKind::ClockSkew), "{inspection:?}");
        let opaque = inspect(&Secret::new("ya29.opaque-google-token"), &Expectation::default(), at(0));
        assert_eq!(opaque.format, "opaque");
        assert!(opaque.summary().contains("opaque"));
    }

    #[test]
    fn decodes_googles_challenge() {
        let encoded = STANDARD.encode(r#"{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}"#);
        let challenge = challenge_in(&format!("+ {encoded}\nNO [AUTHENTICATIONFAILED] Invalid credentials (Failure)")).unwrap();
        assert_eq!(challenge.status.as_deref(), Some("400"));
        assert_eq!(challenge.scope.as_deref(), Some("https://mail.google.com/"));
        let decoded = challenge_in("334 {\"status\":\"401\",\"schemes\":\"Bearer\",\"scope\":\"mail\"}\n535 5.7.3").unwrap();
        assert_eq!(decoded.status.as_deref(), Some("401"));
        assert_eq!(challenge_in("NO AUTHENTICATE failed."), None);
    }
}
