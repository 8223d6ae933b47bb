//! Loopback fixtures for discovery: a real DNS server (hickory-server, UDP
//! and TCP on 127.0.0.1:<free port>) serving MX and SRV records, and one
//! HTTPS server (test CA, certificate for `localhost`) standing in for every
//! web source: domain autoconfig, its `.well-known` twin, the ISPDB,
//! Microsoft's OpenID configuration and user realm, and Autodiscover v2.
//!
//! Both can add a fixed latency to every answer (the benchmark uses 150 ms)
//! or never answer at all (the timeout tests). Nothing leaves loopback.
//! Used by `tests/discovery.rs`, `tests/detect_cli.rs` and
//! `benches/discovery.rs`.

#![allow(dead_code)]

use hyper::body::Bytes;
use hickory_server::Server;
use hickory_server::net::runtime::Time;
use hickory_server::proto::rr::rdata::{MX, SOA, SRV};
use hickory_server::proto::rr::{LowerName, Name, RData, Record};
use hickory_server::server::{Request, RequestHandler, ResponseHandler, ResponseInfo};
use hickory_server::store::in_memory::InMemoryZoneHandler;
use hickory_server::zone_handler::{AxfrPolicy, Catalog, ZoneHandler, ZoneType};
use http_body_util::Full;
use hyper::service::service_fn;
use hyper::{Request as HttpRequest, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use mailsetup::provider::discovery::{DiscoveryConfig, DnsConfig, Endpoints};
use mailsetup::tls::TrustStore;
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::str::FromStr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// One DNS record for the fixture zone.
#[derive(Clone, Debug)]
pub enum DnsRecord {
    Mx { name: String, preference: u16, exchange: String },
    Srv { name: String, priority: u16, weight: u16, port: u16, target: String },
}

/// One canned HTTP answer.
#[derive(Clone, Debug)]
pub struct Answer {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    pub location: Option<String>,
}

impl Answer {
    pub fn xml(body: &str) -> Self {
        Self { status: 200, content_type: "application/xml", body: body.as_bytes().to_vec(), location: None }
    }
    pub fn json(status: u16, body: &str) -> Self {
        Self { status, content_type: "application/json", body: body.as_bytes().to_vec(), location: None }
    }
    pub fn redirect(location: &str) -> Self {
        Self { status: 302, content_type: "text/plain", body: Vec::new(), location: Some(location.to_owned()) }
    }
}

/// What the fixtures serve and how they behave.
#[derive(Clone, Debug, Default)]
pub struct World {
    pub dns: Vec<DnsRecord>,
    /// HTTP answers by key: `autoconfig/<domain>`, `well-known/<domain>`,
    /// `ispdb/<domain>`, `tenant/<domain>`, `realm/<domain>`,
    /// `autodiscover/<domain>`. Anything else is 404 (the tenant lookup's
    /// default is the AADSTS90002 error, like the real service).
    pub http: HashMap<String, Answer>,
    /// Added before every DNS and HTTP answer.
    pub latency: Duration,
    /// Accept but never answer (DNS and HTTP).
    pub black_hole: bool,
}

impl World {
    pub fn mx(mut self, domain: &str, exchange: &str) -> Self {
        self.dns.push(DnsRecord::Mx { name: domain.to_owned(), preference: 10, exchange: exchange.to_owned() });
        self
    }
    pub fn srv(mut self, name: &str, port: u16, target: &str) -> Self {
        self.dns.push(DnsRecord::Srv { name: name.to_owned(), priority: 0, weight: 1, port, target: target.to_owned() });
        self
    }
    pub fn http(mut self, key: &str, answer: Answer) -> Self {
        self.http.insert(key.to_owned(), answer);
        self
    }
}

/// The running fixtures. Dropping it stops them (the runtime goes away).
pub struct Fixtures {
    runtime: tokio::runtime::Runtime,
    pub dns_addr: SocketAddr,
    pub https_port: u16,
    pub ca_pem: String,
    /// Every HTTP request seen, as `key` (for assertions).
    pub requests: Arc<Mutex<Vec<String>>>,
}

/// The zone every fixture record lives in (test domains are under it, or
/// are their own zones, registered below).
fn zones_for(records: &[DnsRecord]) -> Vec<String> {
    // The fixture is authoritative for all of `.example`, so unknown names
    // get NXDOMAIN rather than REFUSED, as from a real resolver.
    let mut zones: Vec<String> = vec!["example".to_owned()];
    for record in records {
        let name = match record {
            DnsRecord::Mx { name, .. } => name.clone(),
            DnsRecord::Srv { name, .. } => name.splitn(3, '.').nth(2).unwrap_or(name).to_owned(),
        };
        if !zones.contains(&name) {
            zones.push(name);
        }
    }
    zones
}

fn fqdn(name: &str) -> Name {
    Name::from_str(&format!("{}.", name.trim_end_matches('.'))).expect("fixture names are valid")
}

fn catalog(records: &[DnsRecord]) -> Catalog {
    let mut catalog = Catalog::new();
    for zone in zones_for(records) {
        let origin = fqdn(&zone);
        let mut handler = InMemoryZoneHandler::<hickory_server::net::runtime::TokioRuntimeProvider>::empty(
            origin.clone(),
            ZoneType::Primary,
            AxfrPolicy::Deny,
        );
        let soa = SOA::new(fqdn(&format!("ns.{zone}")), fqdn(&format!("hostmaster.{zone}")), 1, 3600, 600, 86400, 60);
        handler.upsert_mut(Record::from_rdata(origin.clone(), 60, RData::SOA(soa)), 1);
        for record in records {
            let record = match record {
                DnsRecord::Mx { name, preference, exchange } if *name == zone => {
                    Record::from_rdata(fqdn(name), 60, RData::MX(MX::new(*preference, fqdn(exchange))))
                }
                DnsRecord::Srv { name, priority, weight, port, target } if name.ends_with(&zone) => {
                    Record::from_rdata(fqdn(name), 60, RData::SRV(SRV::new(*priority, *weight, *port, fqdn(target))))
                }
                _ => continue,
            };
            handler.upsert_mut(record, 1);
        }
        let handler: Arc<dyn ZoneHandler> = Arc::new(handler);
        catalog.upsert(LowerName::new(&origin), vec![handler]);
    }
    catalog
}

/// The catalog, answering after a delay.
struct Slow {
    catalog: Catalog,
    latency: Duration,
}

#[async_trait::async_trait]
impl RequestHandler for Slow {
    async fn handle_request<R: ResponseHandler, T: Time>(&self, request: &Request, response_handle: R) -> ResponseInfo {
        if !self.latency.is_zero() {
            tokio::time::sleep(self.latency).await;
        }
        self.catalog.handle_request::<R, T>(request, response_handle).await
    }
}

struct Certs {
    ca_pem: String,
    chain: Vec<rustls_pki_types::CertificateDer<'static>>,
    key: Vec<u8>,
}

fn certs() -> Certs {
    let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.distinguished_name.push(DnType::CommonName, "mailsetup discovery fixture CA");
    ca.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    let ca_key = KeyPair::generate().unwrap();
    let ca_cert = ca.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca, ca_key);
    let server = CertificateParams::new(vec!["localhost".to_owned()]).unwrap();
    let server_key = KeyPair::generate().unwrap();
    let server_cert = server.signed_by(&server_key, &issuer).unwrap();
    Certs { ca_pem: ca_cert.pem(), chain: vec![server_cert.der().clone(), ca_cert.der().clone()], key: server_key.serialize_der() }
}

/// The fixture key of a request path (see [`World::http`]).
fn key_for(path: &str, query: &str) -> String {
    let param = |name: &str| {
        url::form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k == name).map(|(_, v)| v.into_owned()).unwrap_or_default()
    };
    let domain_of = |address: String| address.rsplit_once('@').map(|(_, d)| d.to_owned()).unwrap_or(address);
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match parts.as_slice() {
        ["autoconfig", domain, ..] => format!("autoconfig/{domain}"),
        ["well-known", domain, ..] => format!("well-known/{domain}"),
        ["ispdb", domain] => format!("ispdb/{domain}"),
        ["ms", "getuserrealm.srf"] => format!("realm/{}", domain_of(param("login"))),
        ["ms", domain, "v2.0", ..] => format!("tenant/{domain}"),
        ["autodiscover"] => format!("autodiscover/{}", domain_of(param("Email"))),
        _ => format!("unknown{path}"),
    }
}

fn respond(world: &World, key: &str) -> Response<Full<Bytes>> {
    let answer = world.http.get(key).cloned().unwrap_or_else(|| {
        if let Some(domain) = key.strip_prefix("tenant/") {
            Answer::json(400, &format!(r#"{{"error":"invalid_tenant","error_description":"AADSTS90002: Tenant '{domain}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud."}}"#))
        } else if key.starts_with("realm/") {
            Answer::json(200, r#"{"State":4,"UserState":1,"NameSpaceType":"Unknown"}"#)
        } else {
            Answer { status: 404, content_type: "text/plain", body: b"not found".to_vec(), location: None }
        }
    });
    let mut response = Response::new(Full::new(Bytes::from(answer.body)));
    *response.status_mut() = StatusCode::from_u16(answer.status).unwrap();
    response.headers_mut().insert("content-type", answer.content_type.parse().unwrap());
    if let Some(location) = answer.location {
        response.headers_mut().insert("location", location.parse().unwrap());
    }
    response
}

impl Fixtures {
    /// Starts both servers for `world`.
    pub fn start(world: World) -> Fixtures {
        mailsetup::tls::install_crypto_provider();
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let certs = certs();
        let (dns_addr, https_port) = runtime.block_on(async {
            // DNS wants UDP and TCP on one port; the port the OS gives the
            // UDP socket may be taken for TCP, so try again until both bind.
            let (udp, tcp, dns_addr) = loop {
                let udp = tokio::net::UdpSocket::bind("127.0.0.1:0").await.unwrap();
                let dns_addr = udp.local_addr().unwrap();
                if let Ok(tcp) = tokio::net::TcpListener::bind(dns_addr).await {
                    break (udp, tcp, dns_addr);
                }
            };
            if world.black_hole {
                tokio::spawn(async move {
                    let _keep = (udp, tcp);
                    std::future::pending::<()>().await;
                });
            } else {
                let mut server = Server::new(Slow { catalog: catalog(&world.dns), latency: world.latency });
                server.register_socket(udp);
                server.register_listener(tcp, Duration::from_secs(5), 65535);
                tokio::spawn(async move {
                    let _ = server.block_until_done().await;
                });
            }

            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let https_port = listener.local_addr().unwrap().port();
            let key = rustls_pki_types::PrivateKeyDer::Pkcs8(rustls_pki_types::PrivatePkcs8KeyDer::from(certs.key.clone()));
            let mut config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
                .with_safe_default_protocol_versions()
                .unwrap()
                .with_no_client_auth()
                .with_single_cert(certs.chain.clone(), key)
                .unwrap();
            config.alpn_protocols = vec![b"http/1.1".to_vec()];
            let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
            let world = Arc::new(world);
            let seen = requests.clone();
            tokio::spawn(async move {
                loop {
                    let Ok((stream, _)) = listener.accept().await else { return };
                    let (acceptor, world, seen) = (acceptor.clone(), world.clone(), seen.clone());
                    tokio::spawn(async move {
                        let Ok(tls) = acceptor.accept(stream).await else { return };
                        if world.black_hole {
                            let _keep = tls;
                            std::future::pending::<()>().await;
                            return;
                        }
                        let service = service_fn(move |request: HttpRequest<hyper::body::Incoming>| {
                            let (world, seen) = (world.clone(), seen.clone());
                            async move {
                                let key = key_for(request.uri().path(), request.uri().query().unwrap_or_default());
                                seen.lock().unwrap().push(key.clone());
                                if !world.latency.is_zero() {
                                    tokio::time::sleep(world.latency).await;
                                }
                                Ok::<_, Infallible>(respond(&world, &key))
                            }
                        });
                        let mut builder = hyper::server::conn::http1::Builder::new();
                        builder.timer(TokioTimer::new());
                        let _ = builder.serve_connection(TokioIo::new(tls), service).await;
                    });
                }
            });
            (dns_addr, https_port)
        });
        Fixtures { runtime, dns_addr, https_port, ca_pem: certs.ca_pem, requests }
    }

    /// The endpoints, all pointing at the HTTPS fixture.
    pub fn endpoints(&self) -> Endpoints {
        let base = format!("https://localhost:{}", self.https_port);
        Endpoints {
            autoconfig: format!("{base}/autoconfig/{{domain}}/mail/config-v1.1.xml"),
            autoconfig_well_known: format!("{base}/well-known/{{domain}}/.well-known/autoconfig/mail/config-v1.1.xml"),
            ispdb: format!("{base}/ispdb/{{domain}}"),
            microsoft_login: format!("{base}/ms"),
            autodiscover: format!("{base}/autodiscover"),
        }
    }

    /// A discovery configuration using only these fixtures, with `deadline`
    /// for every lookup.
    pub fn config(&self, deadline: Duration) -> DiscoveryConfig {
        DiscoveryConfig {
            trust: TrustStore::with_ca_pem(self.ca_pem.as_bytes()).unwrap(),
            dns: DnsConfig::Server(self.dns_addr),
            endpoints: self.endpoints(),
            http_deadline: deadline,
            dns_deadline: deadline,
        }
    }

    /// The environment variables that point the `mailsetup` binary here.
    pub fn env(&self, deadline: Duration) -> Vec<(String, String)> {
        let endpoints = self.endpoints();
        vec![
            ("MAILSETUP_DNS_SERVER".to_owned(), self.dns_addr.to_string()),
            ("MAILSETUP_AUTOCONFIG_URL".to_owned(), endpoints.autoconfig),
            ("MAILSETUP_AUTOCONFIG_WELL_KNOWN_URL".to_owned(), endpoints.autoconfig_well_known),
            ("MAILSETUP_ISPDB_URL".to_owned(), endpoints.ispdb),
            ("MAILSETUP_MICROSOFT_LOGIN_URL".to_owned(), endpoints.microsoft_login),
            ("MAILSETUP_AUTODISCOVER_URL".to_owned(), endpoints.autodiscover),
            ("MAILSETUP_DISCOVERY_DEADLINE_MS".to_owned(), deadline.as_millis().to_string()),
        ]
    }

    /// The HTTP requests seen so far, as fixture keys.
    pub fn seen(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }

    /// A handle to the fixtures' runtime (to run discovery on another one is fine too).
    pub fn handle(&self) -> tokio::runtime::Handle {
        self.runtime.handle().clone()
    }
}

/// A config-v1.1.xml document.
pub fn config_xml(id: &str, name: &str, imap: (&str, u16, &str), smtp: (&str, u16, &str), auth: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="{id}">
    <domain>{id}</domain>
    <displayName>{name}</displayName>
    <incomingServer type="imap"><hostname>{}</hostname><port>{}</port><socketType>{}</socketType><authentication>{auth}</authentication><username>%EMAILADDRESS%</username></incomingServer>
    <outgoingServer type="smtp"><hostname>{}</hostname><port>{}</port><socketType>{}</socketType><authentication>{auth}</authentication><username>%EMAILADDRESS%</username></outgoingServer>
  </emailProvider>
</clientConfig>"#,
        imap.0, imap.1, imap.2, smtp.0, smtp.1, smtp.2
    )
}

/// An OpenID configuration for tenant `guid` in the public cloud.
pub fn openid_configuration(guid: &str) -> Answer {
    Answer::json(
        200,
        &format!(
            r#"{{"token_endpoint":"https://login.microsoftonline.com/{guid}/oauth2/v2.0/token","issuer":"https://login.microsoftonline.com/{guid}/v2.0","tenant_region_scope":"EU","cloud_instance_name":"microsoftonline.com","cloud_graph_host_name":"graph.windows.net"}}"#
        ),
    )
}

pub const EXO_AUTODISCOVER: &str = r#"{"Protocol":"AutodiscoverV1","Url":"https://outlook.office365.com/autodiscover/autodiscover.xml"}"#;
pub const MANAGED_REALM: &str = r#"{"State":4,"UserState":1,"Login":"x","NameSpaceType":"Managed","DomainName":"x","FederationBrandName":"Contoso","CloudInstanceName":"microsoftonline.com"}"#;
