//! Provider plans: which servers and which sign-in an address needs.
//!
//! One seam produces a [`ProviderPlan`]: [`plan_for`]. Today it consults a
//! provider file (organisation presets, test peers), then the built-in
//! catalogue, then the user's explicit choice ("Microsoft 365, work or
//! school"). Discovery for arbitrary domains (autoconfig, ISPDB, DNS) plugs in
//! here later without changing callers.

mod catalogue;
mod file;

pub use catalogue::{MICROSOFT_CLIENT_ID, microsoft_plan, thunderbird_knows_oauth_host};
pub use file::{ProviderFile, ProviderFileError};

use crate::address::EmailAddress;
use crate::secret::Secret;
use serde::{Deserialize, Serialize};
use url::Url;

/// How a connection is protected from its first byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// TLS from the first byte (IMAPS 993, SMTPS 465).
    Tls,
    /// Plain text upgraded with STARTTLS before anything secret is sent.
    Starttls,
}

impl std::fmt::Display for Security {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Security::Tls => "TLS",
            Security::Starttls => "STARTTLS",
        })
    }
}

/// One server the account talks to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerEndpoint {
    pub host: String,
    pub port: u16,
    pub security: Security,
}

impl std::fmt::Display for ServerEndpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{} ({})", self.host, self.port, self.security)
    }
}

/// Which host name the loopback redirect URI uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum RedirectHost {
    /// `http://localhost:<port>/`: what Microsoft's public registrations accept.
    #[default]
    #[serde(rename = "localhost")]
    Localhost,
    /// `http://127.0.0.1:<port>/`: RFC 8252's recommendation, where registered.
    #[serde(rename = "127.0.0.1")]
    Ipv4Loopback,
}

impl RedirectHost {
    /// The host part as it appears in the redirect URI.
    pub fn as_str(self) -> &'static str {
        match self {
            RedirectHost::Localhost => "localhost",
            RedirectHost::Ipv4Loopback => "127.0.0.1",
        }
    }
}

/// An OAuth2 app registration and the endpoints it signs in at.
#[derive(Debug, Clone)]
pub struct OAuthRegistration {
    /// Who issues the tokens, for the user ("login.microsoftonline.com").
    pub issuer: String,
    pub authorize_url: Url,
    pub token_url: Url,
    pub client_id: String,
    /// Confidential clients only; public registrations have none.
    pub client_secret: Option<Secret>,
    pub scopes: Vec<String>,
    pub redirect_host: RedirectHost,
}

/// Where a plan came from, so the report can say why we chose these servers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum PlanSource {
    /// The built-in catalogue matched the address's domain.
    Catalogue,
    /// The user picked the provider for a domain we do not know.
    UserChoice,
    /// A provider file given with `--provider-file`.
    ProviderFile { path: String },
    /// The embedded sandbox provider.
    Sandbox,
}

/// Everything needed to sign in, check and write one account.
#[derive(Debug, Clone)]
pub struct ProviderPlan {
    /// Human name ("Microsoft 365", "Outlook.com").
    pub provider_name: String,
    pub source: PlanSource,
    pub oauth: OAuthRegistration,
    pub imap: ServerEndpoint,
    pub smtp: ServerEndpoint,
    /// Things the user should know before going on.
    pub warnings: Vec<String>,
}

impl ProviderPlan {
    /// True when Thunderbird's built-in OAuth table covers both hosts, so the
    /// account we write can actually sign in there.
    pub fn thunderbird_can_use_oauth(&self) -> bool {
        thunderbird_knows_oauth_host(&self.imap.host) && thunderbird_knows_oauth_host(&self.smtp.host)
    }
}

/// A provider the user may choose when the catalogue does not know the domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProviderChoice {
    /// Microsoft 365 (work or school) on a custom domain.
    Microsoft365,
}

/// Why no plan could be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PlanError {
    #[error(
        "mailsetup does not know which provider hosts {domain}; choose \"Microsoft 365 (work or school)\" if your organisation uses it, or pass --provider-file"
    )]
    UnknownDomain { domain: String },
}

/// Produces the plan for an address: the one seam where provider knowledge
/// enters the flow.
pub fn plan_for(
    address: &EmailAddress,
    provider_file: Option<&ProviderFile>,
    choice: Option<ProviderChoice>,
) -> Result<ProviderPlan, PlanError> {
    let mut plan = if let Some(file) = provider_file.filter(|file| file.covers(address.domain())) {
        file.plan()
    } else if let Some(plan) = catalogue::lookup(address.domain()) {
        plan
    } else if let Some(ProviderChoice::Microsoft365) = choice {
        let mut plan = microsoft_plan("Microsoft 365 (work or school)", "organizations");
        plan.source = PlanSource::UserChoice;
        plan
    } else {
        return Err(PlanError::UnknownDomain { domain: address.domain().to_owned() });
    };
    if !plan.thunderbird_can_use_oauth() {
        let mut hosts = vec![plan.imap.host.as_str(), plan.smtp.host.as_str()];
        hosts.retain(|host| !thunderbird_knows_oauth_host(host));
        hosts.dedup();
        plan.warnings.push(format!(
            "Thunderbird signs in with OAuth2 only on servers in its built-in table, and {} {} not in it: Thunderbird will not be able to use OAuth2 with this account.",
            hosts.join(" and "),
            if hosts.len() == 1 { "is" } else { "are" }
        ));
    }
    Ok(plan)
}
