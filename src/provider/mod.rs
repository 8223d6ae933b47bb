//! Provider plans: which servers and which sign-in an address needs.
//!
//! One seam produces a [`ProviderPlan`] (alias [`AccountPlan`]):
//! [`discovery::discover`]. It consults a provider file (organisation presets,
//! test peers), then the built-in catalogue, then, for any other domain, the
//! network sources (domain autoconfig, Thunderbird's ISPDB, DNS MX and SRV,
//! Microsoft's tenant, realm and Autodiscover lookups), all at once. The
//! offline part of it, provider file → catalogue → the user's explicit
//! choice, is [`plan_for`], which discovery calls first.

mod catalogue;
pub mod discovery;
mod file;
mod oauth_provider;
mod oauth_table;
mod server;
pub mod host;

pub use catalogue::{MICROSOFT_CLIENT_ID, canonical_host, is_microsoft_consumer, microsoft_plan, provider_by_id};
pub use oauth_table::{thunderbird_knows_oauth_host, thunderbird_oauth_issuer};
pub use server::{AuthMethod, IncomingProtocol, Security, ServerEndpoint};
pub(crate) use catalogue::{FASTMAIL_CLIENT_ID, PLACEHOLDER_HOST, google_plan, no_registration};
pub use file::{ProviderFile, ProviderFileError};
pub use oauth_provider::{MicrosoftCloud, OAuthProvider, microsoft_cloud_of_host, oauth_provider_of_host, oauth_provider_of_plan};
pub use host::{HostError, check_host};

use crate::address::EmailAddress;
use crate::secret::Secret;
use serde::{Deserialize, Serialize};
use url::Url;

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

impl OAuthRegistration {
    /// True for the stand-in of password plans ([`no_registration`]), also
    /// where it names the issuer Thunderbird signs in at: it signs nobody
    /// in, so no report or ticket may quote its address or id.
    pub fn is_placeholder(&self) -> bool {
        self.client_id.is_empty() && self.authorize_url.host_str() == Some(catalogue::PLACEHOLDER_HOST)
    }
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
    /// Found by discovery; `lookup` names the source that decided
    /// (`autoconfig`, `ispdb`, `dns-mx`, `dns-srv`, `microsoft`).
    Discovered { lookup: String },
    /// The server name an existing Thunderbird account already uses
    /// (`outlook.office365.com`, `imap.gmail.com`) says who hosts the mail,
    /// so no lookup is needed.
    ThunderbirdAccount { host: String },
}

/// How the account signs in, as the plan explains it to the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "method")]
pub enum SignIn {
    /// OAuth2, and mailsetup has a registration it may use (`oauth`): it signs
    /// in first and checks IMAP and SMTP with the token.
    #[serde(rename = "oauth2")]
    OAuth2 {
        /// Microsoft only: the tenant sign-in uses (a GUID, or `common`).
        #[serde(skip_serializing_if = "Option::is_none")]
        tenant: Option<String>,
        /// Microsoft only: `Managed` or `Federated` (from the user-realm lookup).
        #[serde(skip_serializing_if = "Option::is_none")]
        realm: Option<String>,
    },
    /// OAuth2 that only Thunderbird can do: the provider's registration
    /// carries a secret mailsetup must not embed (Google), or needs a redirect
    /// mailsetup cannot receive (Yahoo, AOL). mailsetup checks the servers
    /// without a token (connect, TLS, XOAUTH2 offered) and writes the account;
    /// Thunderbird signs in by itself. `oauth` names the issuer and scopes.
    #[serde(rename = "oauth2-by-thunderbird")]
    OAuth2ByThunderbird {
        /// Why mailsetup does not sign in itself, and what a provider file changes.
        why: String,
    },
    /// A password (usually an app password). mailsetup checks the servers
    /// without signing in; Thunderbird asks for the password.
    Password {
        /// What the user must do first (app password, enable IMAP, …).
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
}

impl SignIn {
    /// True when the account uses OAuth2 in Thunderbird (authMethod 10).
    pub fn is_oauth2(&self) -> bool {
        !matches!(self, SignIn::Password { .. })
    }

    /// True when mailsetup itself signs in (and so checks with a token).
    pub fn mailsetup_signs_in(&self) -> bool {
        matches!(self, SignIn::OAuth2 { .. })
    }
}

/// How one discovery lookup ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceOutcome {
    /// It answered with something the plan can use.
    Found,
    /// It answered: nothing here (404, NXDOMAIN, "tenant not found").
    NotFound,
    /// It could not be reached (no network, refused, DNS failure).
    Unreachable,
    /// No answer within its deadline.
    TimedOut,
    /// It answered with something unusable (bad XML, too large).
    Invalid,
    /// Still running when the plan was complete; abandoned.
    NotNeeded,
}

/// One lookup discovery made: which, what it said, how long it took.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// Stable source name: `catalogue`, `provider-file`, `autoconfig`,
    /// `autoconfig-well-known`, `ispdb`, `dns-mx`, `dns-srv`,
    /// `microsoft-tenant`, `microsoft-realm`, `microsoft-autodiscover`.
    pub source: String,
    /// What was asked (a URL without query values, or `MX example.com`).
    pub lookup: String,
    pub outcome: EvidenceOutcome,
    /// What it said, in plain words.
    pub said: String,
    #[serde(rename = "duration_ms", serialize_with = "as_millis")]
    pub duration: std::time::Duration,
    /// True when the plan relies on this answer.
    pub used: bool,
}

fn as_millis<S: serde::Serializer>(duration: &std::time::Duration, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_u64(duration.as_millis() as u64)
}

impl EvidenceOutcome {
    /// The outcome in a word or two, as the evidence lists show it, in the
    /// user's language (the JSON has the kebab-case ids).
    pub fn as_str(self) -> String {
        match self {
            EvidenceOutcome::Found => crate::tr!("provider-outcome-found"),
            EvidenceOutcome::NotFound => crate::tr!("provider-outcome-nothing"),
            EvidenceOutcome::Unreachable => crate::tr!("provider-outcome-unreachable"),
            EvidenceOutcome::TimedOut => crate::tr!("provider-outcome-timed-out"),
            EvidenceOutcome::Invalid => crate::tr!("provider-outcome-invalid"),
            EvidenceOutcome::NotNeeded => crate::tr!("provider-outcome-not-needed"),
        }
    }
}

impl Evidence {
    /// True when the lookup got no answer at all: it could not connect, its
    /// name did not resolve, or it waited out its deadline. Any HTTP status
    /// or DNS reply, even "not found", is an answer.
    pub fn got_no_answer(&self) -> bool {
        matches!(self.outcome, EvidenceOutcome::Unreachable | EvidenceOutcome::TimedOut)
    }

    /// What happened, in a few plain words for the person at the screen; the
    /// technical words stay in [`Evidence::said`].
    pub fn in_plain_words(&self) -> String {
        match self.outcome {
            EvidenceOutcome::Found => crate::tr!("provider-plain-found"),
            EvidenceOutcome::NotFound => crate::tr!("provider-plain-not-found"),
            EvidenceOutcome::TimedOut => crate::tr!("provider-plain-no-answer"),
            EvidenceOutcome::Invalid => crate::tr!("provider-plain-unusable"),
            EvidenceOutcome::NotNeeded => crate::tr!("provider-plain-not-needed"),
            EvidenceOutcome::Unreachable => {
                // The texts `discovery::http` and `discovery::dns` make from
                // the error chain; only these three cases matter to a user.
                // The words looked for are the libraries' own, in English
                // whatever the language.
                let said = self.said.to_ascii_lowercase();
                if said.contains("refused") {
                    crate::tr!("provider-plain-refused")
                } else if said.contains("dns error") || said.contains("lookup address") || said.contains("name resolution") {
                    crate::tr!("provider-plain-name-not-found")
                } else {
                    crate::tr!("provider-plain-cannot-connect")
                }
            }
        }
    }

    /// The lookup in words: which kind of place was asked.
    pub fn source_in_plain_words(&self) -> String {
        match self.source.as_str() {
            "catalogue" => crate::tr!("provider-source-catalogue"),
            "provider-file" => crate::tr!("provider-source-provider-file"),
            "autoconfig" => crate::tr!("provider-source-autoconfig"),
            "autoconfig-well-known" => crate::tr!("provider-source-autoconfig-well-known"),
            "ispdb" => crate::tr!("provider-source-ispdb"),
            "dns-mx" => crate::tr!("provider-source-dns-mx"),
            "dns-srv" => crate::tr!("provider-source-dns-srv"),
            "microsoft-tenant" => crate::tr!("provider-source-microsoft-tenant"),
            "microsoft-realm" => crate::tr!("provider-source-microsoft-realm"),
            "microsoft-autodiscover" => crate::tr!("provider-source-microsoft-autodiscover"),
            other => other.to_owned(),
        }
    }
}

impl std::fmt::Display for Evidence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (source, millis, outcome, said) = (self.source.as_str(), self.duration.as_millis().to_string(), self.outcome.as_str(), self.said.as_str());
        if self.used {
            f.write_str(&crate::tr!("provider-evidence-used", source = source, millis = millis, outcome = outcome, said = said))
        } else {
            f.write_str(&crate::tr!("provider-evidence", source = source, millis = millis, outcome = outcome, said = said))
        }
    }
}

/// Everything needed to sign in, check and write one account.
#[derive(Debug, Clone)]
pub struct ProviderPlan {
    /// Human name ("Microsoft 365", "Outlook.com").
    pub provider_name: String,
    pub source: PlanSource,
    pub oauth: OAuthRegistration,
    /// Where mail is received: an IMAP or a POP3 server
    /// ([`ProviderPlan::incoming_protocol`]).
    pub incoming: ServerEndpoint,
    pub incoming_protocol: IncomingProtocol,
    /// How Thunderbird signs in to the incoming server.
    pub incoming_auth: AuthMethod,
    pub smtp: ServerEndpoint,
    /// How Thunderbird signs in to the SMTP server: may differ from the
    /// incoming server's (a Microsoft 365 mailbox sending through the
    /// campus relay with a password).
    pub smtp_auth: AuthMethod,
    /// Things the user should know before going on.
    pub warnings: Vec<String>,
    /// How the account's OAuth2 sign-in is done, for the servers whose
    /// method is [`AuthMethod::OAuth2`]; [`SignIn::Password`] when none is.
    /// Only with [`SignIn::OAuth2`] is `oauth` a registration mailsetup
    /// uses; otherwise it names the issuer and scopes Thunderbird will use
    /// (client id empty), or nothing (password).
    pub sign_in: SignIn,
    /// The lookups that led here (empty for provider files and the sandbox).
    pub evidence: Vec<Evidence>,
    /// Set when this account cannot be moved to OAuth2 by mailsetup at all
    /// (an on-premises Exchange mailbox): the reason, shown before anything
    /// is written. Setup stops there.
    pub stop: Option<String>,
}

/// The discovery result the issue calls an account plan: the same type.
pub type AccountPlan = ProviderPlan;

impl ProviderPlan {
    /// True when Thunderbird's built-in OAuth table covers every server
    /// that signs in with OAuth2 (and at least one does), so the account we
    /// write can actually sign in there.
    pub fn thunderbird_can_use_oauth(&self) -> bool {
        let servers = self.oauth_hosts();
        !servers.is_empty() && servers.iter().all(|host| thunderbird_knows_oauth_host(host))
    }

    /// The hosts of the servers that sign in with OAuth2.
    pub fn oauth_hosts(&self) -> Vec<&str> {
        let mut hosts = Vec::new();
        if self.incoming_auth.is_oauth2() {
            hosts.push(self.incoming.host.as_str());
        }
        if self.smtp_auth.is_oauth2() && !hosts.contains(&self.smtp.host.as_str()) {
            hosts.push(self.smtp.host.as_str());
        }
        hosts
    }

    /// True when the SMTP server signs in differently from the incoming
    /// server (one with OAuth2, one with a password).
    pub fn mixed_sign_in(&self) -> bool {
        self.incoming_auth.is_oauth2() != self.smtp_auth.is_oauth2()
    }

    /// Sets both servers' method from the plan's [`SignIn`]: OAuth2 for
    /// both, or a password for both. For the plans of one provider.
    pub fn with_uniform_auth(mut self) -> Self {
        let auth = if self.sign_in.is_oauth2() { AuthMethod::OAuth2 } else { AuthMethod::PasswordCleartext };
        self.incoming_auth = auth;
        self.smtp_auth = auth;
        self
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
    // These texts reach the wizard as well as the command line, so they name
    // no command-line flag: the CLI adds its own hint where it prints them.
    #[error("{}", crate::tr!("provider-error-unknown-domain", domain = .domain, choice = crate::tr!("provider-name-microsoft-365")))]
    UnknownDomain { domain: String },
    #[error("{}", crate::tr!("provider-error-nothing-found", domain = .domain, choice = crate::tr!("provider-name-microsoft-365")))]
    NothingFound { domain: String },
    /// Not one lookup got an answer: no HTTP reply, no DNS reply.
    #[error("{}", crate::tr!("provider-error-no-answer", domain = .domain))]
    NoAnswer { domain: String },
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
        let mut plan = microsoft_plan(&crate::tr!("provider-name-microsoft-365"), "organizations");
        plan.source = PlanSource::UserChoice;
        plan
    } else {
        return Err(PlanError::UnknownDomain { domain: address.domain().to_owned() });
    };
    add_thunderbird_oauth_warning(&mut plan);
    Ok(plan)
}

/// Warns when the plan signs in with OAuth2 but Thunderbird's built-in table
/// does not cover its hosts (then Thunderbird cannot use OAuth2 there).
pub fn add_thunderbird_oauth_warning(plan: &mut ProviderPlan) {
    if plan.sign_in.is_oauth2() && !plan.thunderbird_can_use_oauth() && plan.source != PlanSource::Sandbox {
        let mut hosts = plan.oauth_hosts();
        hosts.retain(|host| !thunderbird_knows_oauth_host(host));
        if hosts.is_empty() {
            return;
        }
        hosts.dedup();
        plan.warnings.push(match hosts.as_slice() {
            [host] => crate::tr!("provider-warning-not-in-oauth-table", host = *host),
            // Two at most: the incoming and the SMTP server.
            [first, second, ..] => crate::tr!("provider-warning-not-in-oauth-table-two", first = *first, second = *second),
            [] => return,
        });
    }
}
