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
//! [imap]                           # or [pop3], for a POP3 account
//! host = "imap.contoso.example"
//! port = 993
//! security = "tls"                 # or "starttls"
//!
//! [smtp]
//! host = "smtp.contoso.example"
//! port = 587
//! security = "starttls"
//! # auth = "password"              # a server that takes a password, not the token
//! ```
//!
//! Each server signs in with the file's OAuth2 registration unless its
//! `auth` says `"password"` (a campus relay beside a hosted mailbox); at
//! least one must use OAuth2, or the file has nothing to sign in for.

use super::{AuthMethod, IncomingProtocol, OAuthRegistration, PlanSource, ProviderPlan, RedirectHost, Security, ServerEndpoint, SignIn, check_host};
use crate::secret::Secret;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use toml::Spanned;
use url::Url;

/// Why a provider file could not be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ProviderFileError {
    #[error("{}", crate::tr!("provider-file-unreadable", path = .path.display().to_string(), error = .source.to_string()))]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{}", crate::tr!("provider-file-invalid", path = .path.display().to_string(), message = .message))]
    Invalid { path: PathBuf, message: String },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    name: String,
    #[serde(default)]
    domains: Vec<String>,
    oauth: RawOAuth,
    imap: Option<RawEndpoint>,
    pop3: Option<RawEndpoint>,
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
    #[serde(default)]
    auth: RawAuth,
}

/// How one server of a provider file signs in.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
enum RawAuth {
    #[default]
    OAuth2,
    Password,
}

impl RawAuth {
    fn method(self) -> AuthMethod {
        match self {
            RawAuth::OAuth2 => AuthMethod::OAuth2,
            RawAuth::Password => AuthMethod::PasswordCleartext,
        }
    }
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
    incoming: ServerEndpoint,
    incoming_protocol: IncomingProtocol,
    incoming_auth: AuthMethod,
    smtp: ServerEndpoint,
    smtp_auth: AuthMethod,
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
            return Err(invalid(crate::tr!("provider-file-no-scopes")));
        }
        for (field, url) in [("authorize_url", &raw.oauth.authorize_url), ("token_url", &raw.oauth.token_url)] {
            if url.scheme() != "https" {
                return Err(invalid(crate::tr!("provider-file-not-https", field = field, url = url.to_string())));
            }
        }
        let (incoming_section, incoming_protocol, incoming) = match (&raw.imap, &raw.pop3) {
            (Some(imap), None) => ("imap", IncomingProtocol::Imap, imap),
            (None, Some(pop3)) => ("pop3", IncomingProtocol::Pop3, pop3),
            (Some(_), Some(_)) => return Err(invalid(crate::tr!("provider-file-imap-and-pop3"))),
            (None, None) => return Err(invalid(crate::tr!("provider-file-no-incoming"))),
        };
        let (incoming_auth, smtp_auth) = (incoming.auth.method(), raw.smtp.auth.method());
        if !incoming_auth.is_oauth2() && !smtp_auth.is_oauth2() {
            return Err(invalid(crate::tr!("provider-file-no-oauth2")));
        }
        let mut endpoints = Vec::new();
        for (section, endpoint) in [(incoming_section, incoming), ("smtp", &raw.smtp)] {
            if endpoint.port == 0 {
                return Err(invalid(crate::tr!("provider-file-port-zero", section = section)));
            }
            let line = line_of(text, endpoint.host.span().start);
            let host = check_host(endpoint.host.get_ref()).map_err(|why| {
                invalid(crate::tr!("provider-file-bad-host", section = section, line = line.to_string(), host = format!("{:?}", endpoint.host.get_ref()), why = why.to_string()))
            })?;
            endpoints.push(ServerEndpoint { host, port: endpoint.port, security: endpoint.security });
        }
        let smtp = endpoints.pop().expect("two endpoints");
        let incoming = endpoints.pop().expect("two endpoints");
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
            incoming,
            incoming_protocol,
            incoming_auth,
            smtp,
            smtp_auth,
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
            incoming: self.incoming.clone(),
            incoming_protocol: self.incoming_protocol,
            incoming_auth: self.incoming_auth,
            smtp: self.smtp.clone(),
            smtp_auth: self.smtp_auth,
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
        assert_eq!(plan.incoming.security, Security::Tls);
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

    #[test]
    fn a_pop3_server_and_a_password_relay_are_carried_per_server() {
        let text = EXAMPLE.replace("[imap]\nhost = \"imap.contoso.example\"\nport = 993", "[pop3]\nhost = \"pop.contoso.example\"\nport = 995")
            .replace("security = \"starttls\"", "security = \"starttls\"\nauth = \"password\"");
        let plan = ProviderFile::parse(Path::new("p.toml"), &text).unwrap().plan();
        assert_eq!((plan.incoming_protocol, plan.incoming.host.as_str(), plan.incoming.port), (IncomingProtocol::Pop3, "pop.contoso.example", 995));
        assert_eq!((plan.incoming_auth, plan.smtp_auth), (AuthMethod::OAuth2, AuthMethod::PasswordCleartext));
    }

    #[test]
    fn refuses_two_incoming_servers_none_or_no_oauth2_at_all() {
        let both = EXAMPLE.replace("[smtp]", "[pop3]\nhost = \"pop.contoso.example\"\nport = 995\nsecurity = \"tls\"\n[smtp]");
        assert!(ProviderFile::parse(Path::new("p.toml"), &both).unwrap_err().to_string().contains("both [imap] and [pop3]"));
        let none = EXAMPLE.replace("[imap]\nhost = \"imap.contoso.example\"\nport = 993\nsecurity = \"tls\"\n", "");
        assert!(ProviderFile::parse(Path::new("p.toml"), &none).unwrap_err().to_string().contains("[imap] or [pop3]"));
        let passwords = EXAMPLE.replace("security = \"tls\"", "security = \"tls\"\nauth = \"password\"").replace("security = \"starttls\"", "security = \"starttls\"\nauth = \"password\"");
        assert!(ProviderFile::parse(Path::new("p.toml"), &passwords).unwrap_err().to_string().contains("no server signs in with OAuth2"));
    }
}
