//! DNS lookups for discovery, through hickory-resolver: MX (which provider
//! receives the domain's mail) and RFC 6186 SRV (`_imaps._tcp`, `_imap._tcp`,
//! `_submissions._tcp`, `_submission._tcp`).
//!
//! The resolver is the system's (`/etc/resolv.conf`), or one name server
//! given in [`super::DnsConfig::Server`] (tests, labs), queried over UDP and
//! TCP. No caching across runs, no DNSSEC: the answers only choose which
//! servers to check, and every server is then verified by TLS.

use super::DnsConfig;
use crate::provider::{IncomingProtocol, Security, ServerEndpoint};
use hickory_resolver::TokioResolver;
use hickory_resolver::config::{NameServerConfig, ResolverConfig, ResolverOpts};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::proto::rr::RData;
use std::time::Duration;

/// Why a lookup gave no records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DnsError {
    /// The name exists but has no such records, or does not exist.
    NoRecords,
    /// No name server answered (offline, blocked) or it failed.
    Unreachable(String),
}

/// Builds the resolver. `deadline` bounds one query attempt.
pub fn resolver(config: &DnsConfig, deadline: Duration) -> Result<TokioResolver, String> {
    let mut options = ResolverOpts::default();
    options.timeout = deadline;
    options.attempts = 1;
    options.cache_size = 0;
    options.ndots = 0;
    let builder = match config {
        DnsConfig::System => TokioResolver::builder_tokio().map_err(|e| crate::tr!("provider-dns-no-settings", error = e.to_string()))?,
        DnsConfig::Server(address) => {
            let mut server = NameServerConfig::udp_and_tcp(address.ip());
            for connection in &mut server.connections {
                connection.port = address.port();
            }
            TokioResolver::builder_with_config(ResolverConfig::from_name_servers(vec![server]), TokioRuntimeProvider::default())
        }
        DnsConfig::Disabled => return Err(crate::tr!("provider-dns-off")),
    };
    builder.with_options(options).build().map_err(|e| crate::tr!("provider-dns-cannot-start", error = e.to_string()))
}

fn fqdn(name: &str) -> String {
    if name.ends_with('.') { name.to_owned() } else { format!("{name}.") }
}

fn classify(error: &hickory_resolver::net::NetError) -> DnsError {
    if error.is_no_records_found() || error.is_nx_domain() {
        DnsError::NoRecords
    } else {
        DnsError::Unreachable(error.to_string().chars().take(200).collect())
    }
}

/// MX hosts of `domain`, lowest preference first, lower-cased, no final dot.
pub async fn mx(resolver: &TokioResolver, domain: &str) -> Result<Vec<(u16, String)>, DnsError> {
    let lookup = resolver.mx_lookup(fqdn(domain)).await.map_err(|e| classify(&e))?;
    let mut hosts: Vec<(u16, String)> = lookup
        .answers()
        .iter()
        .filter_map(|record| match &record.data {
            RData::MX(mx) => Some((mx.preference, mx.exchange.to_ascii().trim_end_matches('.').to_ascii_lowercase())),
            _ => None,
        })
        .filter(|(_, host)| super::autoconfig::is_host_name(host))
        .collect();
    hosts.sort();
    if hosts.is_empty() { Err(DnsError::NoRecords) } else { Ok(hosts) }
}

/// What RFC 6186 SRV records said.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SrvFinding {
    /// The incoming server: IMAP where offered, else POP3 over TLS.
    pub incoming: Option<(IncomingProtocol, ServerEndpoint)>,
    pub smtp: Option<ServerEndpoint>,
    /// The records read, for the evidence (`_imaps._tcp → host:port`).
    pub records: Vec<String>,
}

/// The best SRV target of `name`: lowest priority, then highest weight. A
/// target of `.` means "not offered" (RFC 2782) and yields `NoRecords`.
async fn srv_one(resolver: &TokioResolver, name: &str) -> Result<(String, u16), DnsError> {
    let lookup = resolver.srv_lookup(fqdn(name)).await.map_err(|e| classify(&e))?;
    let mut records: Vec<(u16, std::cmp::Reverse<u16>, String, u16)> = lookup
        .answers()
        .iter()
        .filter_map(|record| match &record.data {
            RData::SRV(srv) => Some((
                srv.priority,
                std::cmp::Reverse(srv.weight),
                srv.target.to_ascii().trim_end_matches('.').to_ascii_lowercase(),
                srv.port,
            )),
            _ => None,
        })
        .collect();
    records.sort();
    match records.into_iter().next() {
        // A target that is no host name must not reach a plan or a report line.
        Some((_, _, target, port)) if super::autoconfig::is_host_name(&target) && port != 0 => Ok((target, port)),
        _ => Err(DnsError::NoRecords),
    }
}

/// The services asked, in [`srv`]'s order.
pub const SRV_SERVICES: [&str; 5] = ["_imaps._tcp", "_imap._tcp", "_pop3s._tcp", "_submissions._tcp", "_submission._tcp"];

/// The RFC 6186 / RFC 8314 lookups, concurrently. Implicit TLS is
/// preferred over STARTTLS for each direction (RFC 8314), and IMAP over
/// POP3, as Thunderbird prefers it. POP3 is taken with implicit TLS only
/// (`_pop3s`): a POP3 server found by DNS alone, on the plain `_pop3`
/// port, may not offer STLS at all.
pub async fn srv(resolver: &TokioResolver, domain: &str) -> Result<SrvFinding, DnsError> {
    let names = SRV_SERVICES.map(|service| format!("{service}.{domain}"));
    let (imaps, imap, pop3s, submissions, submission) = tokio::join!(
        srv_one(resolver, &names[0]),
        srv_one(resolver, &names[1]),
        srv_one(resolver, &names[2]),
        srv_one(resolver, &names[3]),
        srv_one(resolver, &names[4]),
    );
    let results = [imaps, imap, pop3s, submissions, submission];
    if let Some(DnsError::Unreachable(why)) = results.iter().find_map(|r| r.as_ref().err().filter(|e| matches!(e, DnsError::Unreachable(_))))
        && results.iter().all(|r| r.is_err()) {
            return Err(DnsError::Unreachable(why.clone()));
        }
    let mut finding = SrvFinding::default();
    for (name, result) in names.iter().zip(&results) {
        if let Ok((host, port)) = result {
            finding.records.push(format!("{} -> {host}:{port}", name.split('.').take(2).collect::<Vec<_>>().join(".")));
        }
    }
    let endpoint = |result: &Result<(String, u16), DnsError>, security| {
        result.as_ref().ok().map(|(host, port)| ServerEndpoint { host: host.clone(), port: *port, security })
    };
    finding.incoming = endpoint(&results[0], Security::Tls)
        .or_else(|| endpoint(&results[1], Security::Starttls))
        .map(|endpoint| (IncomingProtocol::Imap, endpoint))
        .or_else(|| endpoint(&results[2], Security::Tls).map(|endpoint| (IncomingProtocol::Pop3, endpoint)));
    finding.smtp = endpoint(&results[3], Security::Tls).or_else(|| endpoint(&results[4], Security::Starttls));
    if finding.records.is_empty() { Err(DnsError::NoRecords) } else { Ok(finding) }
}

/// What an MX host says about the provider, by Thunderbird's and
/// providers.md §4.6's rules: `*.mail.protection.outlook.com` is Exchange
/// Online; `aspmx.l.google.com`, `*.google.com` and `*.googlemail.com` are
/// Google Workspace; a few others name a catalogue provider.
pub fn provider_for_mx(host: &str) -> Option<MxProvider> {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let under = |suffix: &str| host == suffix || host.ends_with(&format!(".{suffix}"));
    if under("mail.protection.outlook.com") {
        return Some(MxProvider::Microsoft365);
    }
    if under("olc.protection.outlook.com") {
        return Some(MxProvider::Catalogue("outlook-consumer"));
    }
    if host == "aspmx.l.google.com" || under("google.com") || under("googlemail.com") {
        return Some(MxProvider::GoogleWorkspace);
    }
    let table: [(&str, &str); 7] = [
        ("messagingengine.com", "fastmail"),
        ("mail.icloud.com", "icloud"),
        ("zoho.com", "zoho"),
        ("zoho.eu", "zoho-eu"),
        ("mailbox.org", "mailbox-org"),
        ("yahoodns.net", "yahoo"),
        ("gmx.net", "gmx-net"),
    ];
    table.iter().find(|(suffix, _)| under(suffix)).map(|(_, id)| MxProvider::Catalogue(id))
}

/// A provider recognised from an MX host.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MxProvider {
    Microsoft365,
    GoogleWorkspace,
    /// A catalogue entry by id ([`crate::provider::provider_by_id`]).
    Catalogue(&'static str),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mx_rules() {
        assert_eq!(provider_for_mx("contoso-com.mail.protection.outlook.com."), Some(MxProvider::Microsoft365));
        assert_eq!(provider_for_mx("ASPMX.L.GOOGLE.COM"), Some(MxProvider::GoogleWorkspace));
        assert_eq!(provider_for_mx("alt1.aspmx.l.google.com"), Some(MxProvider::GoogleWorkspace));
        assert_eq!(provider_for_mx("smtp.google.com"), Some(MxProvider::GoogleWorkspace));
        assert_eq!(provider_for_mx("mx1.googlemail.com"), Some(MxProvider::GoogleWorkspace));
        assert_eq!(provider_for_mx("in1-smtp.messagingengine.com"), Some(MxProvider::Catalogue("fastmail")));
        assert_eq!(provider_for_mx("mail.protection.outlook.com.evil.example"), None);
        assert_eq!(provider_for_mx("notgoogle.com"), None);
        assert_eq!(provider_for_mx("mx.contoso.example"), None);
    }
}
