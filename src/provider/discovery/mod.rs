//! Discovery: from any e-mail address to a complete, explained account plan.
//!
//! ```text
//! address ─▶ provider file covers the domain? ─▶ plan (nothing else asked)
//!         ─▶ built-in catalogue knows it?      ─▶ plan (nothing else asked)
//!         ─▶ all at once, each with its own deadline:
//!              autoconfig.<d>/mail/config-v1.1.xml      (1)
//!              <d>/.well-known/autoconfig/mail/…        (2)
//!              ISPDB live.thunderbird.net/…/<d>         (3)
//!              DNS MX <d>  → Microsoft 365 / Google / … (4)
//!              DNS SRV _imaps/_imap/_submissions/_submission (5)
//!              Microsoft: tenant, user realm, Autodiscover v2
//!         ─▶ the highest-priority source that answered decides the servers,
//!            as soon as every source above it has finished (Thunderbird's
//!            order, thunderbird.md §4.1); a Microsoft plan also waits for the
//!            three Microsoft lookups (tenant → sign-in URL, realm → warning,
//!            mailbox location → on-premises stop). Everything still running
//!            then is abandoned and reported as "not needed".
//! ```
//!
//! So the plan takes about as long as the slowest lookup it needed, never
//! the sum of the deadlines. Every lookup becomes an [`Evidence`] line: what
//! was asked, what it said, how long it took, whether the plan used it.
//!
//! Plans always use the hosts Thunderbird's OAuth2 table knows (a config
//! naming `smtp-mail.outlook.com` becomes `smtp.office365.com`); a plan whose
//! OAuth2 hosts Thunderbird does not know carries a warning.
//!
//! Everything the network part talks to is injectable ([`DiscoveryConfig`]):
//! the name server, every base URL and the trust store, so tests run against
//! loopback fixtures. Intentional omissions: no plain-HTTP autoconfig, no
//! redirects followed, no guessing of `imap.<domain>`, no Exchange
//! Autodiscover XML with a password, no `?emailaddress=` sent to the domain.

pub mod autoconfig;
pub mod dns;
pub mod http;
pub mod microsoft;

use super::catalogue::{self, google_plan, microsoft_plan, no_registration};
use super::{
    AuthMethod, Evidence, EvidenceOutcome, IncomingProtocol, PlanError, PlanSource, ProviderFile, ProviderPlan, ServerEndpoint, SignIn,
    canonical_host, provider_by_id, thunderbird_oauth_issuer,
};
use crate::address::EmailAddress;
use crate::tls::TrustStore;
use autoconfig::ClientConfig;
use dns::{MxProvider, SrvFinding};
use futures::StreamExt;
use futures::future::BoxFuture;
use futures::stream::FuturesUnordered;
use microsoft::{MailboxLocation, Realm, TenantAnswer};
use serde::Serialize;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use url::Url;

/// Which name server DNS lookups use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DnsConfig {
    /// The system's (`/etc/resolv.conf`).
    System,
    /// This one server, over UDP and TCP (tests, labs).
    Server(SocketAddr),
    /// No DNS lookups at all.
    Disabled,
}

/// Where each network source is asked. `{domain}` in a template is replaced
/// by the address's domain in ASCII (IDNA) form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoints {
    pub autoconfig: String,
    pub autoconfig_well_known: String,
    pub ispdb: String,
    /// Base of Microsoft's login service, without a final `/`.
    pub microsoft_login: String,
    /// The Autodiscover v2 JSON endpoint.
    pub autodiscover: String,
}

impl Default for Endpoints {
    fn default() -> Self {
        Self {
            autoconfig: "https://autoconfig.{domain}/mail/config-v1.1.xml".to_owned(),
            autoconfig_well_known: "https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml".to_owned(),
            ispdb: "https://live.thunderbird.net/autoconfig/v1.1/{domain}".to_owned(),
            microsoft_login: "https://login.microsoftonline.com".to_owned(),
            autodiscover: "https://outlook.office365.com/autodiscover/autodiscover.json".to_owned(),
        }
    }
}

/// Everything the network part of discovery needs.
#[derive(Debug, Clone)]
pub struct DiscoveryConfig {
    pub trust: TrustStore,
    pub dns: DnsConfig,
    pub endpoints: Endpoints,
    /// Deadline of each HTTPS lookup.
    pub http_deadline: Duration,
    /// Deadline of each DNS lookup.
    pub dns_deadline: Duration,
}

/// The environment variables [`DiscoveryConfig::from_env`] reads, for
/// helpdesk labs and the CLI tests: a name server `ip:port`, base URLs, and a
/// deadline in milliseconds for every lookup.
pub const ENV_VARIABLES: [&str; 7] = [
    "MAILSETUP_DNS_SERVER",
    "MAILSETUP_AUTOCONFIG_URL",
    "MAILSETUP_AUTOCONFIG_WELL_KNOWN_URL",
    "MAILSETUP_ISPDB_URL",
    "MAILSETUP_MICROSOFT_LOGIN_URL",
    "MAILSETUP_AUTODISCOVER_URL",
    "MAILSETUP_DISCOVERY_DEADLINE_MS",
];

impl DiscoveryConfig {
    /// The real internet: system DNS, the real endpoints, 6 s per HTTPS
    /// lookup, 5 s per DNS lookup.
    pub fn new(trust: TrustStore) -> Self {
        Self {
            trust,
            dns: DnsConfig::System,
            endpoints: Endpoints::default(),
            http_deadline: http::DEFAULT_HTTP_DEADLINE,
            dns_deadline: Duration::from_secs(5),
        }
    }

    /// [`DiscoveryConfig::new`], with any of [`ENV_VARIABLES`] applied.
    pub fn from_env(trust: TrustStore) -> Result<Self, String> {
        let mut config = Self::new(trust);
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        if let Some(server) = var("MAILSETUP_DNS_SERVER") {
            config.dns = if server == "off" {
                DnsConfig::Disabled
            } else {
                DnsConfig::Server(server.parse().map_err(|_| crate::tr!("provider-env-dns-server", value = &server))?)
            };
        }
        for (name, field) in [
            ("MAILSETUP_AUTOCONFIG_URL", &mut config.endpoints.autoconfig),
            ("MAILSETUP_AUTOCONFIG_WELL_KNOWN_URL", &mut config.endpoints.autoconfig_well_known),
            ("MAILSETUP_ISPDB_URL", &mut config.endpoints.ispdb),
            ("MAILSETUP_MICROSOFT_LOGIN_URL", &mut config.endpoints.microsoft_login),
            ("MAILSETUP_AUTODISCOVER_URL", &mut config.endpoints.autodiscover),
        ] {
            if let Some(value) = var(name) {
                if !value.starts_with("https://") {
                    return Err(crate::tr!("provider-env-not-https", name = name));
                }
                *field = value.trim_end_matches('/').to_owned();
            }
        }
        if let Some(ms) = var("MAILSETUP_DISCOVERY_DEADLINE_MS") {
            let ms: u64 = ms.parse().map_err(|_| crate::tr!("provider-env-deadline", value = &ms))?;
            config.http_deadline = Duration::from_millis(ms.max(1));
            config.dns_deadline = Duration::from_millis(ms.max(1));
        }
        Ok(config)
    }
}

/// What discovery found: a plan (or none), and every lookup's evidence.
#[derive(Debug, Clone)]
pub struct Discovery {
    pub address: String,
    /// The plan; `None` when nothing was found (the user enters servers).
    pub plan: Option<ProviderPlan>,
    /// Every lookup, in the order they finished (abandoned ones last).
    pub evidence: Vec<Evidence>,
    /// Why there is no plan, when there is none.
    pub no_plan_reason: Option<String>,
    /// From the start to the plan.
    pub elapsed: Duration,
}

/// The JSON of `mailsetup detect --json` (schema version 1).
#[derive(Serialize)]
struct DiscoveryJson<'a> {
    schema_version: u32,
    address: &'a str,
    found: bool,
    /// True when not one lookup got an answer (see [`Discovery::nothing_answered`]).
    nothing_answered: bool,
    elapsed_ms: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    plan: Option<PlanJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    no_plan_reason: Option<&'a str>,
    evidence: &'a [Evidence],
}

#[derive(Serialize)]
struct PlanJson<'a> {
    provider: &'a str,
    source: &'a PlanSource,
    incoming: ServerJson<'a>,
    smtp: ServerJson<'a>,
    sign_in: &'a SignIn,
    #[serde(skip_serializing_if = "Option::is_none")]
    oauth2: Option<OAuthJson<'a>>,
    thunderbird_can_use_oauth2: bool,
    warnings: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    stop: Option<&'a str>,
}

/// One server of the plan: where, and how Thunderbird signs in there.
#[derive(Serialize)]
struct ServerJson<'a> {
    protocol: &'static str,
    #[serde(flatten)]
    endpoint: &'a ServerEndpoint,
    auth: AuthMethod,
}

#[derive(Serialize)]
struct OAuthJson<'a> {
    issuer: &'a str,
    authorize_url: &'a str,
    scopes: &'a [String],
    #[serde(skip_serializing_if = "str::is_empty")]
    client_id: &'a str,
}

impl Discovery {
    /// True when a plan was found that setup can go on with.
    pub fn found_usable_plan(&self) -> bool {
        self.plan.as_ref().is_some_and(|plan| plan.stop.is_none())
    }

    /// The slowest lookup the plan relied on (zero for catalogue plans).
    pub fn slowest_needed_lookup(&self) -> Duration {
        self.evidence.iter().filter(|e| e.used).map(|e| e.duration).max().unwrap_or_default()
    }

    /// True when there is no plan because not one lookup got an answer
    /// (every one failed to connect, to resolve or within its deadline): the
    /// computer is most likely offline, and trying again later may well find
    /// the settings. False as soon as anything answered, even "not found".
    pub fn nothing_answered(&self) -> bool {
        self.plan.is_none() && !self.evidence.is_empty() && self.evidence.iter().all(Evidence::got_no_answer)
    }

    /// The plan, or the error the shells show when there is none.
    pub fn into_plan(self) -> Result<ProviderPlan, PlanError> {
        let domain = self.address.rsplit_once('@').map(|(_, d)| d.to_owned()).unwrap_or_default();
        let offline = self.nothing_answered();
        self.plan.ok_or(if offline { PlanError::NoAnswer { domain } } else { PlanError::NothingFound { domain } })
    }

    /// Pretty JSON, for `detect --json`.
    pub fn to_json(&self) -> String {
        let plan = self.plan.as_ref().map(|plan| PlanJson {
            provider: &plan.provider_name,
            source: &plan.source,
            incoming: ServerJson { protocol: plan.incoming_protocol.as_str(), endpoint: &plan.incoming, auth: plan.incoming_auth },
            smtp: ServerJson { protocol: "smtp", endpoint: &plan.smtp, auth: plan.smtp_auth },
            sign_in: &plan.sign_in,
            oauth2: plan.sign_in.is_oauth2().then(|| OAuthJson {
                issuer: &plan.oauth.issuer,
                authorize_url: plan.oauth.authorize_url.as_str(),
                scopes: &plan.oauth.scopes,
                client_id: &plan.oauth.client_id,
            }),
            thunderbird_can_use_oauth2: plan.thunderbird_can_use_oauth(),
            warnings: &plan.warnings,
            stop: plan.stop.as_deref(),
        });
        let json = DiscoveryJson {
            schema_version: 2,
            address: &self.address,
            found: self.plan.is_some(),
            nothing_answered: self.nothing_answered(),
            elapsed_ms: self.elapsed.as_millis() as u64,
            plan,
            no_plan_reason: self.no_plan_reason.as_deref(),
            evidence: &self.evidence,
        };
        serde_json::to_string_pretty(&json).expect("the discovery JSON holds only strings, numbers and lists")
    }
}

impl std::fmt::Display for Discovery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Every value printable: answers from the network cannot split a line.
        let p = |value: &dyn std::fmt::Display| crate::report::printable(&value.to_string()).into_owned();
        writeln!(f, "{}", crate::tr!("provider-detect-title", address = p(&self.address), millis = self.elapsed.as_millis().to_string()))?;
        match &self.plan {
            Some(plan) => {
                writeln!(f, "{}", crate::tr!("provider-detect-provider", provider = p(&plan.provider_name)))?;
                let incoming = format!("{}, {}", p(&plan.incoming), plan.incoming_auth.describe());
                writeln!(f, "{}", crate::tr!("provider-detect-incoming", protocol = plan.incoming_protocol.to_string(), server = incoming))?;
                writeln!(f, "{}", crate::tr!("provider-detect-outgoing", server = format!("{}, {}", p(&plan.smtp), plan.smtp_auth.describe())))?;
                writeln!(f, "{}", crate::tr!("provider-detect-sign-in", sign_in = p(&describe_sign_in(plan))))?;
                for warning in &plan.warnings {
                    writeln!(f, "{}", crate::tr!("provider-detect-warning", warning = p(warning)))?;
                }
                if let Some(stop) = &plan.stop {
                    writeln!(f, "{}", crate::tr!("provider-detect-stop", stop = p(stop)))?;
                }
            }
            None => {
                let reason = self.no_plan_reason.clone().unwrap_or_else(|| crate::tr!("provider-detect-nothing-found"));
                writeln!(f, "{}", crate::tr!("provider-detect-no-plan", reason = p(&reason)))?;
            }
        }
        writeln!(f, "\n{}", crate::tr!("provider-detect-lookups"))?;
        for evidence in &self.evidence {
            writeln!(f, "  {}", p(evidence))?;
        }
        Ok(())
    }
}

/// The sign-in method in one line, for the CLI and the wizard.
pub fn describe_sign_in(plan: &ProviderPlan) -> String {
    let (issuer, scopes) = (plan.oauth.issuer.as_str(), plan.oauth.scopes.join(" "));
    let text = match &plan.sign_in {
        SignIn::OAuth2 { tenant, realm } => {
            let mut text = crate::tr!("provider-sign-in-oauth2", issuer = issuer, scopes = scopes);
            if let Some(tenant) = tenant {
                text = crate::tr!("provider-sign-in-tenant", sign_in = text, tenant = tenant);
            }
            if let Some(realm) = realm {
                // `Managed` or `Federated`: Microsoft's own words.
                text = crate::tr!("provider-sign-in-realm", sign_in = text, realm = realm);
            }
            text
        }
        SignIn::OAuth2ByThunderbird { .. } => crate::tr!("provider-sign-in-oauth2-by-thunderbird", issuer = issuer, scopes = scopes),
        SignIn::Password { .. } => crate::tr!("provider-sign-in-password"),
    };
    match (plan.incoming_auth.is_oauth2(), plan.smtp_auth.is_oauth2()) {
        (true, false) => crate::tr!("provider-sign-in-only-receiving", sign_in = text, other = plan.smtp_auth.describe()),
        (false, true) => crate::tr!("provider-sign-in-only-sending", sign_in = text, other = plan.incoming_auth.describe()),
        _ => text,
    }
}

/// The sources, in the order their answers win (Thunderbird's order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Source {
    Autoconfig,
    AutoconfigWellKnown,
    Ispdb,
    Mx,
    Srv,
    MsTenant,
    MsRealm,
    MsAutodiscover,
}

impl Source {
    const ALL: [Source; 8] = [
        Source::Autoconfig,
        Source::AutoconfigWellKnown,
        Source::Ispdb,
        Source::Mx,
        Source::Srv,
        Source::MsTenant,
        Source::MsRealm,
        Source::MsAutodiscover,
    ];

    fn name(self) -> &'static str {
        match self {
            Source::Autoconfig => "autoconfig",
            Source::AutoconfigWellKnown => "autoconfig-well-known",
            Source::Ispdb => "ispdb",
            Source::Mx => "dns-mx",
            Source::Srv => "dns-srv",
            Source::MsTenant => "microsoft-tenant",
            Source::MsRealm => "microsoft-realm",
            Source::MsAutodiscover => "microsoft-autodiscover",
        }
    }
}

/// A source's usable answer.
#[derive(Debug, Clone)]
enum Answer {
    Config(Box<ClientConfig>),
    Mx(Vec<(u16, String)>),
    Srv(SrvFinding),
    Tenant(TenantAnswer),
    Realm(Realm),
    Mailbox(MailboxLocation),
}

struct Finished {
    source: Source,
    evidence: Evidence,
    answer: Option<Answer>,
}

/// The whole seam: provider file → catalogue → network discovery.
pub async fn discover(address: &EmailAddress, provider_file: Option<&ProviderFile>, config: &DiscoveryConfig) -> Discovery {
    let started = Instant::now();
    let shown = address.to_string();
    let known = |source: &str, said: String| Evidence {
        source: source.to_owned(),
        lookup: address.domain().to_owned(),
        outcome: EvidenceOutcome::Found,
        said,
        duration: started.elapsed(),
        used: true,
    };
    if let Some(file) = provider_file.filter(|file| file.covers(address.domain())) {
        let mut plan = file.plan();
        plan.evidence.push(known("provider-file", crate::tr!("provider-evidence-provider-file", domain = address.domain())));
        super::add_thunderbird_oauth_warning(&mut plan);
        return Discovery { address: shown, evidence: plan.evidence.clone(), plan: Some(plan), no_plan_reason: None, elapsed: started.elapsed() };
    }
    if let Some(mut plan) = catalogue::lookup(address.domain()) {
        plan.evidence.push(known("catalogue", crate::tr!("provider-evidence-catalogue", domain = address.domain(), provider = &plan.provider_name)));
        super::add_thunderbird_oauth_warning(&mut plan);
        return Discovery { address: shown, evidence: plan.evidence.clone(), plan: Some(plan), no_plan_reason: None, elapsed: started.elapsed() };
    }
    let domain = match address.ascii_domain() {
        Ok(domain) => domain,
        Err(error) => {
            return Discovery { address: shown, plan: None, evidence: Vec::new(), no_plan_reason: Some(error.to_string()), elapsed: started.elapsed() };
        }
    };
    let mut lookups = Lookups::start(&domain, &address.to_ascii(), config);
    let mut results: HashMap<Source, Option<Answer>> = HashMap::new();
    let mut evidence: Vec<Evidence> = Vec::new();
    let decision = loop {
        if let Some(decision) = decide(&domain, &results) {
            break decision;
        }
        match lookups.pending.next().await {
            Some(finished) => {
                tracing::debug!(source = finished.source.name(), outcome = ?finished.evidence.outcome, ms = finished.evidence.duration.as_millis() as u64, "discovery lookup finished");
                evidence.push(finished.evidence);
                results.insert(finished.source, finished.answer);
            }
            None => break Decision::Nothing,
        }
    };
    let elapsed = started.elapsed();
    for source in Source::ALL {
        if !results.contains_key(&source) && lookups.started.contains(&source) {
            evidence.push(Evidence {
                source: source.name().to_owned(),
                lookup: lookups.described.get(&source).cloned().unwrap_or_default(),
                outcome: EvidenceOutcome::NotNeeded,
                said: crate::tr!("provider-evidence-abandoned"),
                duration: elapsed,
                used: false,
            });
        }
    }
    drop(lookups);
    match decision {
        Decision::Plan { mut plan, used } => {
            for item in &mut evidence {
                item.used = used.iter().any(|source| source.name() == item.source);
            }
            plan.evidence = evidence.clone();
            super::add_thunderbird_oauth_warning(&mut plan);
            Discovery { address: shown, plan: Some(plan), evidence, no_plan_reason: None, elapsed }
        }
        Decision::Nothing => {
            let mut discovery = Discovery { address: shown, plan: None, no_plan_reason: None, evidence, elapsed };
            let domain = address.domain().to_owned();
            let why = if discovery.nothing_answered() { PlanError::NoAnswer { domain } } else { PlanError::NothingFound { domain } };
            discovery.no_plan_reason = Some(why.to_string());
            discovery
        }
    }
}

/// [`discover`] on a runtime, for threads outside it (the CLI's main thread,
/// the wizard's worker).
pub fn discover_blocking(
    runtime: &tokio::runtime::Handle,
    address: &EmailAddress,
    provider_file: Option<&ProviderFile>,
    config: &DiscoveryConfig,
) -> Discovery {
    runtime.block_on(discover(address, provider_file, config))
}

/// The running lookups.
struct Lookups {
    pending: FuturesUnordered<BoxFuture<'static, Finished>>,
    started: Vec<Source>,
    described: HashMap<Source, String>,
}

/// A URL for the evidence: no query values (the address is one).
fn describe_url(url: &Url) -> String {
    let mut shown = url.clone();
    let names: Vec<String> = url.query_pairs().map(|(name, _)| name.into_owned()).collect();
    shown.set_query(None);
    if names.is_empty() { shown.to_string() } else { format!("{shown}?{}", names.join("&")) }
}

impl Lookups {
    fn start(domain: &str, address: &str, config: &DiscoveryConfig) -> Self {
        let mut lookups = Lookups { pending: FuturesUnordered::new(), started: Vec::new(), described: HashMap::new() };
        let client = config.trust.https_client(config.http_deadline).map_err(|e| e.to_string());
        let http_deadline = config.http_deadline;
        let fill = |template: &str| Url::parse(&template.replace("{domain}", domain)).map_err(|e| format!("{template}: {e}"));
        let login = config.endpoints.microsoft_login.trim_end_matches('/').to_owned();

        let mut http_source = |source: Source, url: Result<Url, String>, parse: fn(&str, http::Fetched) -> (EvidenceOutcome, String, Option<Answer>)| {
            let client = client.clone();
            let domain = domain.to_owned();
            let lookup = url.as_ref().map(describe_url).unwrap_or_else(|e| e.clone());
            lookups.described.insert(source, lookup.clone());
            lookups.started.push(source);
            lookups.pending.push(Box::pin(timed(source, lookup, http_deadline, async move {
                let client = client?;
                let url = url?;
                match http::get(&client, &url).await {
                    Ok(fetched) => Ok(parse(&domain, fetched)),
                    Err(http::FetchError::TooLarge) => Ok((EvidenceOutcome::Invalid, crate::tr!("provider-evidence-too-large"), None)),
                    Err(http::FetchError::Unreachable(why)) => Err(why),
                }
            })));
        };
        http_source(Source::Autoconfig, fill(&config.endpoints.autoconfig), parse_config_answer);
        http_source(Source::AutoconfigWellKnown, fill(&config.endpoints.autoconfig_well_known), parse_config_answer);
        http_source(Source::Ispdb, fill(&config.endpoints.ispdb), parse_config_answer);
        let tenant_url = Url::parse(&format!("{login}/{domain}/v2.0/.well-known/openid-configuration")).map_err(|e| e.to_string());
        http_source(Source::MsTenant, tenant_url, |_, fetched| match microsoft::parse_tenant(fetched.status, &fetched.body) {
            Ok(TenantAnswer::Tenant(tenant)) => (
                EvidenceOutcome::Found,
                match tenant.region.as_deref() {
                    Some(region) => crate::tr!("provider-evidence-tenant-region", tenant = &tenant.id, cloud = &tenant.cloud_instance, region = region),
                    None => crate::tr!("provider-evidence-tenant", tenant = &tenant.id, cloud = &tenant.cloud_instance),
                },
                Some(Answer::Tenant(TenantAnswer::Tenant(tenant))),
            ),
            Ok(TenantAnswer::NotATenant) => {
                (EvidenceOutcome::NotFound, crate::tr!("provider-evidence-no-tenant", code = "AADSTS90002"), Some(Answer::Tenant(TenantAnswer::NotATenant)))
            }
            Err(why) => (EvidenceOutcome::Invalid, why, None),
        });
        let mut realm_url = Url::parse(&format!("{login}/getuserrealm.srf")).map_err(|e| e.to_string());
        if let Ok(url) = &mut realm_url {
            url.query_pairs_mut().append_pair("login", address).append_pair("json", "1");
        }
        http_source(Source::MsRealm, realm_url, |_, fetched| match microsoft::parse_realm(fetched.status, &fetched.body) {
            Ok(Realm::Unknown) => (EvidenceOutcome::NotFound, crate::tr!("provider-evidence-realm-unknown"), Some(Answer::Realm(Realm::Unknown))),
            Ok(Realm::Managed) => (EvidenceOutcome::Found, crate::tr!("provider-evidence-realm-managed"), Some(Answer::Realm(Realm::Managed))),
            Ok(Realm::Federated { brand, auth_host }) => (
                EvidenceOutcome::Found,
                {
                    let place = auth_host.clone().unwrap_or_else(|| crate::tr!("provider-evidence-realm-own-provider"));
                    match brand.as_deref() {
                        Some(brand) => crate::tr!("provider-evidence-realm-federated-brand", place = place, brand = brand),
                        None => crate::tr!("provider-evidence-realm-federated", place = place),
                    }
                },
                Some(Answer::Realm(Realm::Federated { brand, auth_host })),
            ),
            Err(why) => (EvidenceOutcome::Invalid, why, None),
        });
        let mut autodiscover_url = Url::parse(&config.endpoints.autodiscover).map_err(|e| e.to_string());
        if let Ok(url) = &mut autodiscover_url {
            url.query_pairs_mut().append_pair("Email", address).append_pair("Protocol", "AutodiscoverV1");
        }
        http_source(Source::MsAutodiscover, autodiscover_url, |_, fetched| {
            match microsoft::parse_autodiscover(fetched.status, fetched.location.as_deref(), &fetched.body) {
                Ok(MailboxLocation::ExchangeOnline) => (EvidenceOutcome::Found, crate::tr!("provider-evidence-mailbox-online"), Some(Answer::Mailbox(MailboxLocation::ExchangeOnline))),
                Ok(MailboxLocation::OnPremises { host }) => (
                    EvidenceOutcome::Found,
                    crate::tr!("provider-evidence-mailbox-on-premises", host = &host),
                    Some(Answer::Mailbox(MailboxLocation::OnPremises { host })),
                ),
                Ok(MailboxLocation::Unknown) => (EvidenceOutcome::NotFound, crate::tr!("provider-evidence-mailbox-unknown"), Some(Answer::Mailbox(MailboxLocation::Unknown))),
                Err(why) => (EvidenceOutcome::Invalid, why, None),
            }
        });

        let resolver = dns::resolver(&config.dns, config.dns_deadline).map(std::sync::Arc::new);
        // A DNS lookup may retry over TCP after UDP: allow it twice the deadline.
        let dns_deadline = config.dns_deadline * 2;
        for source in [Source::Mx, Source::Srv] {
            let resolver = resolver.clone();
            let domain = domain.to_owned();
            let lookup = match source {
                Source::Mx => format!("MX {domain}"),
                _ => format!("SRV _imaps/_imap/_pop3s/_submissions/_submission._tcp.{domain}"),
            };
            lookups.described.insert(source, lookup.clone());
            lookups.started.push(source);
            lookups.pending.push(Box::pin(timed(source, lookup, dns_deadline, async move {
                let resolver = resolver?;
                if source == Source::Mx {
                    match dns::mx(&resolver, &domain).await {
                        Ok(hosts) => {
                            let (_, first) = &hosts[0];
                            let said = match dns::provider_for_mx(first) {
                                Some(MxProvider::Microsoft365) => crate::tr!("provider-evidence-mx", host = first, provider = "Microsoft 365 (Exchange Online)"),
                                Some(MxProvider::GoogleWorkspace) => crate::tr!("provider-evidence-mx", host = first, provider = "Google Workspace"),
                                Some(MxProvider::Catalogue(id)) => crate::tr!(
                                    "provider-evidence-mx",
                                    host = first,
                                    provider = provider_by_id(id).map(|p| p.provider_name).unwrap_or_else(|| id.to_owned())
                                ),
                                None => crate::tr!("provider-evidence-mx-unknown", host = first),
                            };
                            let outcome = if dns::provider_for_mx(first).is_some() { EvidenceOutcome::Found } else { EvidenceOutcome::NotFound };
                            Ok((outcome, said, Some(Answer::Mx(hosts))))
                        }
                        Err(dns::DnsError::NoRecords) => Ok((EvidenceOutcome::NotFound, crate::tr!("provider-evidence-no-mx"), None)),
                        Err(dns::DnsError::Unreachable(why)) => Err(why),
                    }
                } else {
                    match dns::srv(&resolver, &domain).await {
                        Ok(finding) => {
                            let complete = finding.incoming.is_some() && finding.smtp.is_some();
                            let records = finding.records.join(", ");
                            let said = if complete { records } else { crate::tr!("provider-evidence-srv-incomplete", records = records) };
                            Ok((if complete { EvidenceOutcome::Found } else { EvidenceOutcome::NotFound }, said, Some(Answer::Srv(finding))))
                        }
                        Err(dns::DnsError::NoRecords) => Ok((EvidenceOutcome::NotFound, crate::tr!("provider-evidence-no-srv"), None)),
                        Err(dns::DnsError::Unreachable(why)) => Err(why),
                    }
                }
            })));
        }
        lookups
    }
}

/// Runs one lookup under `deadline` and turns its result into evidence.
async fn timed(
    source: Source,
    lookup: String,
    deadline: Duration,
    work: impl std::future::Future<Output = Result<(EvidenceOutcome, String, Option<Answer>), String>> + Send + 'static,
) -> Finished {
    let started = Instant::now();
    let (outcome, said, answer) = match tokio::time::timeout(deadline, work).await {
        Ok(Ok(result)) => result,
        Ok(Err(why)) => (EvidenceOutcome::Unreachable, why, None),
        Err(_) => (EvidenceOutcome::TimedOut, crate::tr!("provider-evidence-timed-out", millis = deadline.as_millis().to_string()), None),
    };
    let evidence = Evidence { source: source.name().to_owned(), lookup, outcome, said, duration: started.elapsed(), used: false };
    Finished { source, evidence, answer }
}

fn parse_config_answer(domain: &str, fetched: http::Fetched) -> (EvidenceOutcome, String, Option<Answer>) {
    match fetched.status {
        200 => match autoconfig::parse_config(&fetched.body, domain) {
            Ok(config) => {
                let servers: Vec<String> = [config.incoming_server(), config.smtp()].into_iter().flatten().map(|s| s.summary()).collect();
                let incomplete = config.why_incomplete();
                let name = config.display_name.as_deref().unwrap_or(&config.provider_id);
                let said = match (servers.is_empty(), incomplete.as_deref()) {
                    (true, Some(why)) => crate::tr!("provider-evidence-config-unusable", name = name, why = why),
                    (false, Some(why)) => crate::tr!("provider-evidence-config-incomplete", name = name, servers = servers.join(", "), why = why),
                    (_, None) => format!("{name}: {}", servers.join(", ")),
                };
                let complete = incomplete.is_none();
                (if complete { EvidenceOutcome::Found } else { EvidenceOutcome::NotFound }, said, Some(Answer::Config(Box::new(config))))
            }
            Err(error) => (EvidenceOutcome::Invalid, error.to_string(), None),
        },
        301 | 302 | 303 | 307 | 308 => (
            EvidenceOutcome::NotFound,
            crate::tr!("provider-evidence-redirected", status = fetched.status.to_string(), location = fetched.location.as_deref().unwrap_or("?").chars().take(120).collect::<String>()),
            None,
        ),
        status @ 400..=499 => (EvidenceOutcome::NotFound, crate::tr!("provider-evidence-no-config", status = status.to_string()), None),
        status => (EvidenceOutcome::Invalid, format!("HTTP {status}"), None),
    }
}

// One value per discovery, moved once and never stored in bulk: boxing the
// plan would only add an allocation.
#[allow(clippy::large_enum_variant)]
enum Decision {
    Plan { plan: ProviderPlan, used: Vec<Source> },
    Nothing,
}

/// Servers chosen by one source, before Microsoft details are added.
// One per lookup, moved once (see `Decision`).
#[allow(clippy::large_enum_variant)]
enum Choice {
    /// A finished plan (catalogue provider, Google, password, SRV).
    Plan(ProviderPlan),
    /// Microsoft 365: needs the tenant, realm and mailbox location. The
    /// servers are the ones a document named, where one did (a Microsoft
    /// 365 mailbox may send through the organisation's own relay).
    Microsoft(Option<Servers>),
}

/// The servers a source named and how Thunderbird signs in to each.
#[derive(Debug, Clone)]
struct Servers {
    incoming: ServerEndpoint,
    protocol: IncomingProtocol,
    incoming_auth: AuthMethod,
    smtp: ServerEndpoint,
    smtp_auth: AuthMethod,
}

impl Servers {
    /// Puts these servers into a provider's plan, which keeps its sign-in.
    fn apply_to(self, mut plan: ProviderPlan) -> ProviderPlan {
        plan.incoming = self.incoming;
        plan.incoming_protocol = self.protocol;
        plan.incoming_auth = self.incoming_auth;
        plan.smtp = self.smtp;
        plan.smtp_auth = self.smtp_auth;
        plan
    }

    /// The issuer of the first server that signs in with OAuth2.
    fn oauth_issuer(&self) -> Option<&'static str> {
        [(&self.incoming, self.incoming_auth), (&self.smtp, self.smtp_auth)]
            .into_iter()
            .filter(|(_, auth)| auth.is_oauth2())
            .find_map(|(endpoint, _)| thunderbird_oauth_issuer(&endpoint.host))
    }
}

/// Decides as soon as nothing still running could change the outcome.
/// `None` means "wait for the next lookup".
fn decide(domain: &str, results: &HashMap<Source, Option<Answer>>) -> Option<Decision> {
    let finished = |source: Source| results.contains_key(&source);
    let answer = |source: Source| results.get(&source).and_then(Option::as_ref);
    let mut choice = None;
    for source in [Source::Autoconfig, Source::AutoconfigWellKnown, Source::Ispdb, Source::Mx, Source::Srv, Source::MsAutodiscover] {
        if source == Source::MsAutodiscover {
            // The last resort: nothing named servers, but Microsoft says the
            // domain is a tenant with a mailbox (in Exchange Online or not).
            if !finished(Source::MsTenant) || !finished(Source::MsAutodiscover) {
                return None;
            }
            let is_tenant = matches!(answer(Source::MsTenant), Some(Answer::Tenant(TenantAnswer::Tenant(_))));
            let has_mailbox = matches!(answer(Source::MsAutodiscover), Some(Answer::Mailbox(MailboxLocation::ExchangeOnline | MailboxLocation::OnPremises { .. })));
            if is_tenant && has_mailbox {
                choice = Some((Choice::Microsoft(None), source));
            }
            break;
        }
        if !finished(source) {
            return None;
        }
        let found = match answer(source) {
            Some(Answer::Config(config)) => choice_from_config(config),
            Some(Answer::Mx(hosts)) => hosts.first().and_then(|(_, host)| dns::provider_for_mx(host)).and_then(|provider| match provider {
                MxProvider::Microsoft365 => Some(Choice::Microsoft(None)),
                MxProvider::GoogleWorkspace => Some(Choice::Plan(google_plan("Google Workspace"))),
                MxProvider::Catalogue("outlook-consumer") => Some(Choice::Plan(microsoft_plan(&crate::tr!("provider-name-outlook-consumer"), "common"))),
                MxProvider::Catalogue(id) => provider_by_id(id).map(Choice::Plan),
            }),
            Some(Answer::Srv(finding)) => choice_from_srv(finding),
            _ => None,
        };
        if let Some(found) = found {
            choice = Some((found, source));
            break;
        }
    }
    let Some((choice, decided_by)) = choice else {
        return Some(Decision::Nothing);
    };
    let mut plan = match choice {
        Choice::Plan(plan) => plan,
        Choice::Microsoft(servers) => {
            if ![Source::MsTenant, Source::MsRealm, Source::MsAutodiscover].iter().all(|s| finished(*s)) {
                return None;
            }
            let mut plan = microsoft_365_plan(domain, answer(Source::MsTenant), answer(Source::MsRealm), answer(Source::MsAutodiscover));
            if let Some(servers) = servers {
                plan = servers.apply_to(plan);
            }
            plan.source = PlanSource::Discovered { lookup: if decided_by == Source::MsAutodiscover { "microsoft".to_owned() } else { decided_by.name().to_owned() } };
            let used = [decided_by, Source::MsTenant, Source::MsRealm, Source::MsAutodiscover].into_iter().collect();
            return Some(Decision::Plan { plan, used });
        }
    };
    plan.source = PlanSource::Discovered { lookup: decided_by.name().to_owned() };
    Some(Decision::Plan { plan, used: vec![decided_by] })
}

/// The plan a config document describes: its servers, as Thunderbird
/// reads them, with canonical hosts. `None` when it lacks a usable
/// incoming or SMTP server.
fn choice_from_config(config: &ClientConfig) -> Option<Choice> {
    let (incoming, smtp) = (config.incoming_server()?, config.smtp()?);
    let name = config.display_name.clone().unwrap_or_else(|| config.provider_id.clone());
    let canonical = |endpoint: ServerEndpoint| ServerEndpoint { host: canonical_host(&endpoint.host), ..endpoint };
    let servers = Servers {
        incoming: canonical(incoming.endpoint()?),
        protocol: incoming.incoming_protocol()?,
        incoming_auth: incoming.auth,
        smtp: canonical(smtp.endpoint()?),
        smtp_auth: smtp.auth,
    };
    Some(plan_for_servers(&name, servers, None))
}

/// The plan RFC 6186 records describe.
fn choice_from_srv(finding: &SrvFinding) -> Option<Choice> {
    let ((protocol, incoming), smtp) = (finding.incoming.clone()?, finding.smtp.clone()?);
    let (incoming, smtp) = (
        ServerEndpoint { host: canonical_host(&incoming.host), ..incoming },
        ServerEndpoint { host: canonical_host(&smtp.host), ..smtp },
    );
    // SRV says nothing about sign-in: OAuth2 where Thunderbird's table
    // covers the host, as Thunderbird's own guess does, else a password.
    let auth_for = |endpoint: &ServerEndpoint| {
        if thunderbird_oauth_issuer(&endpoint.host).is_some() { AuthMethod::OAuth2 } else { AuthMethod::PasswordCleartext }
    };
    let servers = Servers { incoming_auth: auth_for(&incoming), smtp_auth: auth_for(&smtp), protocol, incoming, smtp };
    let note = crate::tr!("provider-note-srv");
    let name = servers.incoming.host.clone();
    Some(plan_for_servers(&name, servers, Some(&note)))
}

/// Servers, plus the sign-in their methods need: where a server signs in
/// with OAuth2, the plan of the issuer Thunderbird's table names for its
/// host (mailsetup's own sign-in for Microsoft and Fastmail, Thunderbird's
/// for the others), with the document's servers kept as they are; else a
/// password plan.
fn plan_for_servers(name: &str, servers: Servers, password_note: Option<&str>) -> Choice {
    let Some(issuer) = servers.oauth_issuer() else {
        return Choice::Plan(ProviderPlan {
            provider_name: name.to_owned(),
            source: PlanSource::Catalogue,
            oauth: no_registration(),
            incoming: servers.incoming,
            incoming_protocol: servers.protocol,
            incoming_auth: servers.incoming_auth,
            smtp: servers.smtp,
            smtp_auth: servers.smtp_auth,
            warnings: Vec::new(),
            sign_in: SignIn::Password { note: password_note.map(str::to_owned) },
            evidence: Vec::new(),
            stop: None,
        });
    };
    let plan = match issuer {
        "login.microsoftonline.com" => return Choice::Microsoft(Some(servers)),
        "accounts.google.com" => google_plan(name),
        "www.fastmail.com" => super::catalogue::fastmail_plan(),
        "login.yahoo.com" => catalogue::thunderbird_signs_in(name, "yahoo"),
        "login.aol.com" => catalogue::thunderbird_signs_in(name, "aol"),
        other => catalogue::issuer_without_registration(name, other),
    };
    let pop3 = servers.protocol == IncomingProtocol::Pop3;
    let mut plan = servers.apply_to(plan);
    if pop3 && issuer == "www.fastmail.com" {
        // Fastmail grants one scope per protocol.
        for scope in &mut plan.oauth.scopes {
            *scope = scope.replace("protocol-imap", "protocol-pop");
        }
    }
    Choice::Plan(plan)
}

/// The Microsoft 365 plan for a custom domain, shaped by what Microsoft said.
fn microsoft_365_plan(domain: &str, tenant: Option<&Answer>, realm: Option<&Answer>, mailbox: Option<&Answer>) -> ProviderPlan {
    let mut warnings = Vec::new();
    let tenant_id = match tenant {
        Some(Answer::Tenant(TenantAnswer::Tenant(tenant))) => {
            if tenant.cloud_instance != "microsoftonline.com" {
                warnings.push(crate::tr!("provider-warning-national-cloud", cloud = &tenant.cloud_instance));
            }
            tenant.id.clone()
        }
        Some(Answer::Tenant(TenantAnswer::NotATenant)) => {
            warnings.push(crate::tr!("provider-warning-no-tenant", domain = domain, tenant = "common"));
            "common".to_owned()
        }
        _ => {
            warnings.push(crate::tr!("provider-warning-tenant-unknown", tenant = "organizations"));
            "organizations".to_owned()
        }
    };
    let mut plan = microsoft_plan(&crate::tr!("provider-name-microsoft-365"), &tenant_id);
    let realm_name = match realm {
        Some(Answer::Realm(Realm::Managed)) => Some("Managed".to_owned()),
        Some(Answer::Realm(Realm::Federated { brand, auth_host })) => {
            warnings.push(match (brand.as_deref(), auth_host.as_deref()) {
                (Some(brand), Some(host)) => crate::tr!("provider-warning-federated-brand-host", brand = brand, host = host),
                (Some(brand), None) => crate::tr!("provider-warning-federated-brand", brand = brand),
                (None, Some(host)) => crate::tr!("provider-warning-federated-host", host = host),
                (None, None) => crate::tr!("provider-warning-federated"),
            });
            Some("Federated".to_owned())
        }
        _ => None,
    };
    match mailbox {
        Some(Answer::Mailbox(MailboxLocation::OnPremises { host })) => {
            plan.stop = Some(crate::tr!("provider-stop-on-premises", host = host));
        }
        // The quoted words are Exchange's own IMAP answer.
        Some(Answer::Mailbox(MailboxLocation::Unknown)) => warnings.push(crate::tr!("provider-warning-no-mailbox", server_says = "User is authenticated but not connected")),
        Some(Answer::Mailbox(MailboxLocation::ExchangeOnline)) => {}
        _ => warnings.push(crate::tr!("provider-warning-autodiscover-silent")),
    }
    plan.sign_in = SignIn::OAuth2 { tenant: Some(tenant_id), realm: realm_name };
    plan.warnings.extend(warnings);
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    fn discovery(outcomes: &[EvidenceOutcome]) -> Discovery {
        let evidence = outcomes
            .iter()
            .map(|outcome| Evidence {
                source: "autoconfig".to_owned(),
                lookup: "https://autoconfig.nowhere.example/".to_owned(),
                outcome: *outcome,
                said: "cannot connect: client error (Connect): dns error: failed to lookup address information".to_owned(),
                duration: Duration::from_millis(3),
                used: false,
            })
            .collect();
        Discovery { address: "bob@nowhere.example".to_owned(), plan: None, evidence, no_plan_reason: None, elapsed: Duration::ZERO }
    }

    #[test]
    fn nothing_answered_only_when_no_lookup_got_any_answer() {
        use EvidenceOutcome::*;
        let offline = discovery(&[Unreachable, TimedOut, Unreachable]);
        assert!(offline.nothing_answered());
        assert!(matches!(offline.clone().into_plan(), Err(PlanError::NoAnswer { .. })));
        assert!(offline.to_json().contains("\"nothing_answered\": true"));
        // One "not found" is an answer: the network works, the domain has nothing.
        assert!(!discovery(&[Unreachable, NotFound]).nothing_answered());
        assert!(!discovery(&[Invalid, TimedOut]).nothing_answered());
        // No lookup ran at all (a bad domain): that says nothing about the network.
        assert!(!discovery(&[]).nothing_answered());
        assert_eq!(offline.evidence[0].in_plain_words(), "no answer (the server's name could not be looked up)");
    }
}
