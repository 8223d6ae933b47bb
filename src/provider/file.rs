//! Provider files: organisation presets in TOML, given with `--provider-file`.
//!
//! ```toml
//! name = "Contoso mail"
//! domains = ["contoso.example"]
//!
//! [oauth]
//! authorize_url = "https://login.example/authorize"
//! token_url = "https://login.example/token"
//! client_id = "mailsetup"
//! # client_secret = "..."          # confidential clients only
//! scopes = ["openid", "email", "offline_access"]
//! redirect_host = "localhost"      # or "127.0.0.1"
//!
//! [imap]
//! host = "imap.contoso.example"
//! port = 993
//! security = "tls"                 # or "starttls"
//!
//! [smtp]
//! host = "smtp.contoso.example"
//! port = 587
//! security = "starttls"
//! ```

use super::{OAuthRegistration, PlanSource, ProviderPlan, RedirectHost, Security, ServerEndpoint, SignIn, check_host};
use crate::secret::Secret;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use toml::Spanned;
use url::Url;

/// Why a provider file could not be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ProviderFileError {
    #[error("cannot read provider file {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("provider file {path} is not valid: {message}")]
    Invalid { path: PathBuf, message: String },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    name: String,
    #[serde(default)]
    domains: Vec<String>,
    oauth: RawOAuth,
    imap: RawEndpoint,
    smtp: RawEndpoint,
}

/// `[imap]` and `[smtp]`. Unknown keys are refused like everywhere else in
/// the file: a `verify_certificate = false` that is silently ignored would
/// make its author believe something that is not so.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEndpoint {
    /// Spanned, so that a bad host is reported with its line.
    host: Spanned<String>,
    port: u16,
    security: Security,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOAuth {
    authorize_url: Url,
    token_url: Url,
    client_id: String,
    client_secret: Option<String>,
    scopes: Scopes,
    #[serde(default)]
    redirect_host: RedirectHost,
}

/// Scopes as a list, or as the space-separated string OAuth itself uses.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Scopes {
    List(Vec<String>),
    SpaceSeparated(String),
}

/// A parsed, validated provider file.
#[derive(Debug, Clone)]
pub struct ProviderFile {
    path: PathBuf,
    name: String,
    domains: Vec<String>,
    oauth: OAuthRegistration,
    imap: ServerEndpoint,
    smtp: ServerEndpoint,
}

impl ProviderFile {
    /// Reads and validates a provider file.
    pub fn load(path: &Path) -> Result<Self, ProviderFileError> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| ProviderFileError::Read { path: path.to_owned(), source })?;
        Self::parse(path, &text)
    }

    /// Parses provider file text; `path` only names it in errors.
    pub fn parse(path: &Path, text: &str) -> Result<Self, ProviderFileError> {
        let invalid = |message: String| ProviderFileError::Invalid { path: path.to_owned(), message };
        let raw: RawFile = toml::from_str(text).map_err(|e| invalid(e.to_string()))?;
        let scopes = match raw.oauth.scopes {
            Scopes::List(list) => list,
            Scopes::SpaceSeparated(text) => text.split_whitespace().map(str::to_owned).collect(),
        };
        if scopes.is_empty() {
            return Err(invalid("oauth.scopes is empty".into()));
        }
        for (field, url) in [("authorize_url", &raw.oauth.authorize_url), ("token_url", &raw.oauth.token_url)] {
            if url.scheme() != "https" {
                return Err(invalid(format!(
                    "oauth.{field} must use https, because tokens are never sent without TLS (got {url})"
                )));
            }
        }
        let mut endpoints = Vec::new();
        for (section, endpoint) in [("imap", &raw.imap), ("smtp", &raw.smtp)] {
            if endpoint.port == 0 {
                return Err(invalid(format!("[{section}] port must not be 0")));
            }
            let line = line_of(text, endpoint.host.span().start);
            let host = check_host(endpoint.host.get_ref()).map_err(|why| {
                invalid(format!("[{section}] host on line {line} ({:?}) {why}", endpoint.host.get_ref()))
            })?;
            endpoints.push(ServerEndpoint { host, port: endpoint.port, security: endpoint.security });
        }
        let smtp = endpoints.pop().expect("two endpoints");
        let imap = endpoints.pop().expect("two endpoints");
        let issuer = raw.oauth.authorize_url.host_str().unwrap_or_default().to_owned();
        Ok(Self {
            path: path.to_owned(),
            name: raw.name,
            domains: raw.domains.into_iter().map(|d| d.to_ascii_lowercase()).collect(),
            oauth: OAuthRegistration {
                issuer,
                authorize_url: raw.oauth.authorize_url,
                token_url: raw.oauth.token_url,
                client_id: raw.oauth.client_id,
                client_secret: raw.oauth.client_secret.map(Secret::new),
                scopes,
                redirect_host: raw.oauth.redirect_host,
            },
            imap,
            smtp,
        })
    }

    /// True when this file applies to `domain`. A file without `domains`
    /// applies to every address: that is how a helpdesk pins one preset.
    pub fn covers(&self, domain: &str) -> bool {
        self.domains.is_empty() || self.domains.iter().any(|d| d.eq_ignore_ascii_case(domain))
    }

    /// The plan this file describes.
    pub fn plan(&self) -> ProviderPlan {
        ProviderPlan {
            provider_name: self.name.clone(),
            source: PlanSource::ProviderFile { path: self.path.display().to_string() },
            oauth: self.oauth.clone(),
            imap: self.imap.clone(),
            smtp: self.smtp.clone(),
            warnings: Vec::new(),
            sign_in: SignIn::OAuth2 { tenant: None, realm: None },
            evidence: Vec::new(),
            stop: None,
        }
    }
}

/// The line number (from 1) of a byte offset into `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::provider::Security;

    const EXAMPLE: &str = r#"
name = "Contoso mail"
domains = ["Contoso.example"]
[oauth]
authorize_url = "https://login.contoso.example/authorize"
token_url = "https://login.contoso.example/token"
client_id = "mailsetup"
scopes = "openid email offline_access"
redirect_host = "127.0.0.1"
[imap]
host = "imap.contoso.example"
port = 993
security = "tls"
[smtp]
host = "smtp.contoso.example"
port = 587
security = "starttls"
"#;

    #[test]
    fn parses_a_complete_file() {
        let file = ProviderFile::parse(Path::new("contoso.toml"), EXAMPLE).unwrap();
        assert!(file.covers("contoso.example"));
        assert!(!file.covers("fabrikam.example"));
        let plan = file.plan();
        assert_eq!(plan.oauth.scopes, ["openid", "email", "offline_access"]);
        assert_eq!(plan.oauth.redirect_host, RedirectHost::Ipv4Loopback);
        assert_eq!(plan.oauth.issuer, "login.contoso.example");
        assert_eq!(plan.imap.security, Security::Tls);
        assert_eq!(plan.smtp.port, 587);
    }

    #[test]
    fn refuses_plain_http_endpoints() {
        let text = EXAMPLE.replace("https://login.contoso.example/token", "http://login.contoso.example/token");
        let err = ProviderFile::parse(Path::new("p.toml"), &text).unwrap_err();
        assert!(err.to_string().contains("must use https"), "{err}");
    }

    #[test]
    fn refuses_unknown_keys_and_bad_security() {
        let text = EXAMPLE.replace("security = \"tls\"", "security = \"ssl\"");
        assert!(ProviderFile::parse(Path::new("p.toml"), &text).is_err());
        let text = EXAMPLE.replace("client_id", "clientid");
        assert!(ProviderFile::parse(Path::new("p.toml"), &text).is_err());
    }
}
