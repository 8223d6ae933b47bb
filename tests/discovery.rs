//! Discovery against loopback fixtures: a real DNS server (hickory-server)
//! serving MX and SRV records, and an HTTPS server standing in for domain
//! autoconfig, the ISPDB, Microsoft's tenant, realm and Autodiscover
//! endpoints. One test per case of issue #3; each is bounded in time.

mod support {
    pub mod discovery_fixture;
}

use mailsetup::address::EmailAddress;
use mailsetup::provider::discovery::{Discovery, DiscoveryConfig, DnsConfig, discover_blocking};
use mailsetup::provider::{AuthMethod, EvidenceOutcome, IncomingProtocol, PlanSource, Security, SignIn};
use std::time::Duration;
use support::discovery_fixture::{Answer, EXO_AUTODISCOVER, Fixtures, MANAGED_REALM, World, config_xml, openid_configuration};

const GUID: &str = "4f1c2d3e-aaaa-4bbb-8ccc-0123456789ab";

fn run(fixtures: &Fixtures, address: &str, deadline: Duration) -> Discovery {
    let runtime = mailsetup::flow::new_runtime().unwrap();
    let config = fixtures.config(deadline);
    discover_blocking(runtime.handle(), &EmailAddress::parse(address).unwrap(), None, &config)
}

fn evidence<'a>(discovery: &'a Discovery, source: &str) -> &'a mailsetup::provider::Evidence {
    discovery.evidence.iter().find(|e| e.source == source).unwrap_or_else(|| panic!("no {source} evidence in\n{discovery}"))
}

fn m365_world(domain: &str) -> World {
    World::default()
        .mx(domain, &format!("{}.mail.protection.outlook.com", domain.replace('.', "-")))
        .http(&format!("tenant/{domain}"), openid_configuration(GUID))
        .http(&format!("realm/{domain}"), Answer::json(200, MANAGED_REALM))
        .http(&format!("autodiscover/{domain}"), Answer::json(200, EXO_AUTODISCOVER))
}

#[test]
fn consumer_outlook_comes_from_the_catalogue_at_once_without_lookups() {
    let fixtures = Fixtures::start(World::default());
    let discovery = run(&fixtures, "someone@hotmail.co.uk", Duration::from_secs(2));
    let plan = discovery.plan.as_ref().expect("plan");
    assert_eq!(plan.source, PlanSource::Catalogue);
    assert_eq!(plan.incoming.host, "outlook.office365.com");
    assert_eq!(plan.smtp.host, "smtp.office365.com");
    assert!(matches!(&plan.sign_in, SignIn::OAuth2 { tenant: Some(t), .. } if t == "common"));
    assert!(discovery.elapsed < Duration::from_millis(50), "{:?}", discovery.elapsed);
    assert_eq!(discovery.evidence.len(), 1);
    assert!(fixtures.seen().is_empty(), "the catalogue answered, nothing else may be asked: {:?}", fixtures.seen());
}

#[test]
fn custom_domain_on_microsoft_365_found_only_through_mx() {
    let fixtures = Fixtures::start(m365_world("contoso.example"));
    let discovery = run(&fixtures, "alice@contoso.example", Duration::from_secs(3));
    let plan = discovery.plan.as_ref().unwrap_or_else(|| panic!("{discovery}"));
    assert_eq!(plan.provider_name, "Microsoft 365 (work or school)");
    assert_eq!(plan.source, PlanSource::Discovered { lookup: "dns-mx".into() });
    assert_eq!((plan.incoming.host.as_str(), plan.incoming.port, plan.incoming.security), ("outlook.office365.com", 993, Security::Tls));
    assert_eq!((plan.smtp.host.as_str(), plan.smtp.port, plan.smtp.security), ("smtp.office365.com", 587, Security::Starttls));
    assert_eq!(plan.sign_in, SignIn::OAuth2 { tenant: Some(GUID.into()), realm: Some("Managed".into()) });
    assert_eq!(plan.oauth.authorize_url.as_str(), format!("https://login.microsoftonline.com/{GUID}/oauth2/v2.0/authorize"));
    assert!(plan.stop.is_none() && plan.warnings.is_empty(), "{discovery}");
    assert!(plan.thunderbird_can_use_oauth());
    for source in ["dns-mx", "microsoft-tenant", "microsoft-realm", "microsoft-autodiscover"] {
        assert!(evidence(&discovery, source).used, "{source} must be marked used:\n{discovery}");
    }
    assert_eq!(evidence(&discovery, "autoconfig").outcome, EvidenceOutcome::NotFound);
    assert_eq!(evidence(&discovery, "ispdb").outcome, EvidenceOutcome::NotFound);
    let text = discovery.to_string();
    assert!(text.contains("dns-mx") && text.contains("Microsoft 365 (Exchange Online)"), "{text}");
}

#[test]
fn federated_tenant_is_explained() {
    let world = m365_world("fabrikam.example").http(
        "realm/fabrikam.example",
        Answer::json(200, r#"{"NameSpaceType":"Federated","FederationBrandName":"Fabrikam","AuthURL":"https://sts.fabrikam.example/adfs/ls/?username=x"}"#),
    );
    let fixtures = Fixtures::start(world);
    let discovery = run(&fixtures, "bob@fabrikam.example", Duration::from_secs(3));
    let plan = discovery.plan.as_ref().expect("plan");
    assert_eq!(plan.sign_in, SignIn::OAuth2 { tenant: Some(GUID.into()), realm: Some("Federated".into()) });
    assert!(plan.warnings.iter().any(|w| w.contains("own page") && w.contains("sts.fabrikam.example") && w.contains("Fabrikam")), "{discovery}");
    assert!(plan.stop.is_none());
}

#[test]
fn on_premises_mailbox_is_a_clear_stop() {
    let world = m365_world("northwind.example").http(
        "autodiscover/northwind.example",
        Answer::redirect("https://autodiscover.northwind.example/autodiscover/autodiscover.json?Email=x&Protocol=AutodiscoverV1"),
    );
    let fixtures = Fixtures::start(world);
    let discovery = run(&fixtures, "carol@northwind.example", Duration::from_secs(3));
    let plan = discovery.plan.as_ref().expect("plan");
    let stop = plan.stop.as_deref().expect("an on-premises mailbox stops");
    assert!(stop.contains("autodiscover.northwind.example") && stop.contains("Exchange Online"), "{stop}");
    assert!(!discovery.found_usable_plan());
}

#[test]
fn google_workspace_through_mx_is_signed_in_by_thunderbird() {
    let world = World::default().mx("tailspin.example", "aspmx.l.google.com");
    let fixtures = Fixtures::start(world);
    let discovery = run(&fixtures, "dan@tailspin.example", Duration::from_secs(3));
    let plan = discovery.plan.as_ref().unwrap_or_else(|| panic!("{discovery}"));
    assert_eq!(plan.provider_name, "Google Workspace");
    assert_eq!(plan.incoming.host, "imap.gmail.com");
    assert_eq!(plan.smtp.host, "smtp.gmail.com");
    assert!(matches!(&plan.sign_in, SignIn::OAuth2ByThunderbird { why } if why.contains("secret") && why.contains("provider file") && !why.contains("--")));
    assert_eq!(plan.oauth.issuer, "accounts.google.com");
    assert!(plan.oauth.client_id.is_empty(), "no Google client id is embedded");
    // Google plans do not wait for Microsoft's lookups.
    assert!(!evidence(&discovery, "microsoft-tenant").used);
}

#[test]
fn ispdb_only() {
    let xml = config_xml("wingtip.example", "Wingtip Mail", ("imap.wingtip.example", 993, "SSL"), ("smtp.wingtip.example", 465, "SSL"), "password-cleartext");
    let fixtures = Fixtures::start(World::default().http("ispdb/wingtip.example", Answer::xml(&xml)));
    let discovery = run(&fixtures, "erin@wingtip.example", Duration::from_secs(3));
    let plan = discovery.plan.as_ref().unwrap_or_else(|| panic!("{discovery}"));
    assert_eq!(plan.source, PlanSource::Discovered { lookup: "ispdb".into() });
    assert_eq!(plan.provider_name, "Wingtip Mail");
    assert_eq!(plan.incoming.to_string(), "imap.wingtip.example:993 (TLS)");
    assert_eq!(plan.smtp.to_string(), "smtp.wingtip.example:465 (TLS)");
    assert!(matches!(plan.sign_in, SignIn::Password { .. }));
    assert!(evidence(&discovery, "ispdb").used);
}

#[test]
fn the_domains_own_autoconfig_wins_over_the_ispdb() {
    let own = config_xml("woodgrove.example", "Woodgrove own", ("mail.woodgrove.example", 993, "SSL"), ("mail.woodgrove.example", 587, "STARTTLS"), "password-encrypted");
    let ispdb = config_xml("woodgrove.example", "Woodgrove ISPDB", ("old.woodgrove.example", 993, "SSL"), ("old.woodgrove.example", 465, "SSL"), "password-cleartext");
    // The ISPDB answers first; the domain's own answer, slower, still wins.
    let fixtures = Fixtures::start(
        World::default().http("autoconfig/woodgrove.example", Answer::xml(&own)).http("ispdb/woodgrove.example", Answer::xml(&ispdb)),
    );
    let discovery = run(&fixtures, "frank@woodgrove.example", Duration::from_secs(3));
    let plan = discovery.plan.as_ref().unwrap_or_else(|| panic!("{discovery}"));
    assert_eq!(plan.provider_name, "Woodgrove own");
    assert_eq!(plan.incoming.host, "mail.woodgrove.example");
    assert_eq!(plan.smtp.security, Security::Starttls);
    assert!(evidence(&discovery, "autoconfig").used);
    assert!(!evidence(&discovery, "ispdb").used);
}

#[test]
fn autoconfig_naming_microsoft_consumer_hosts_gets_canonical_hosts() {
    let xml = config_xml("litware.example", "Litware", ("imap-mail.outlook.com", 993, "SSL"), ("smtp-mail.outlook.com", 587, "STARTTLS"), "OAuth2");
    let world = World::default()
        .http("autoconfig/litware.example", Answer::xml(&xml))
        .http("tenant/litware.example", openid_configuration(GUID))
        .http("realm/litware.example", Answer::json(200, MANAGED_REALM))
        .http("autodiscover/litware.example", Answer::json(200, EXO_AUTODISCOVER));
    let fixtures = Fixtures::start(world);
    let discovery = run(&fixtures, "gina@litware.example", Duration::from_secs(3));
    let plan = discovery.plan.as_ref().unwrap_or_else(|| panic!("{discovery}"));
    assert_eq!(plan.incoming.host, "outlook.office365.com");
    assert_eq!(plan.smtp.host, "smtp.office365.com");
    assert!(plan.thunderbird_can_use_oauth());
}

#[test]
fn oauth2_only_on_hosts_thunderbird_does_not_know_gives_no_plan_and_says_why() {
    // Thunderbird drops a server whose only method is OAuth2 on a host its
    // table does not cover; so does mailsetup, and the lookup says why.
    let xml = config_xml("adatum.example", "Adatum", ("imap.adatum.example", 993, "SSL"), ("smtp.adatum.example", 465, "SSL"), "OAuth2");
    let fixtures = Fixtures::start(World::default().http("autoconfig/adatum.example", Answer::xml(&xml)));
    let discovery = run(&fixtures, "hal@adatum.example", Duration::from_secs(3));
    assert!(discovery.plan.is_none(), "{discovery}");
    let said = &evidence(&discovery, "autoconfig").said;
    assert!(said.contains("offers only OAuth2") && said.contains("imap.adatum.example"), "{said}");
}

/// A document with the given servers, each `(type, host, port, socket, [methods])`.
fn servers_xml(domain: &str, incoming: &[(&str, &str, u16, &str, &[&str])], outgoing: &[(&str, u16, &str, &[&str])]) -> String {
    let methods = |list: &[&str]| list.iter().map(|m| format!("<authentication>{m}</authentication>")).collect::<String>();
    let mut xml = format!("<clientConfig version=\"1.1\"><emailProvider id=\"{domain}\"><domain>{domain}</domain><displayName>{domain} mail</displayName>");
    for (kind, host, port, socket, auth) in incoming {
        xml.push_str(&format!("<incomingServer type=\"{kind}\"><hostname>{host}</hostname><port>{port}</port><socketType>{socket}</socketType>{}<username>%EMAILADDRESS%</username></incomingServer>", methods(auth)));
    }
    for (host, port, socket, auth) in outgoing {
        xml.push_str(&format!("<outgoingServer type=\"smtp\"><hostname>{host}</hostname><port>{port}</port><socketType>{socket}</socketType>{}<username>%EMAILADDRESS%</username></outgoingServer>", methods(auth)));
    }
    xml.push_str("</emailProvider></clientConfig>");
    xml
}

#[test]
fn a_microsoft_365_mailbox_keeps_the_campus_relay_the_document_names() {
    let domain = "fabrikam-university.example";
    let xml = servers_xml(
        domain,
        &[("imap", "outlook.office365.com", 993, "SSL", &["OAuth2", "password-cleartext"])],
        &[("outgoing.fabrikam-university.example", 465, "SSL", &["password-cleartext"])],
    );
    let world = World::default()
        .http(&format!("ispdb/{domain}"), Answer::xml(&xml))
        .http(&format!("tenant/{domain}"), openid_configuration(GUID))
        .http(&format!("realm/{domain}"), Answer::json(200, MANAGED_REALM))
        .http(&format!("autodiscover/{domain}"), Answer::json(200, EXO_AUTODISCOVER));
    let fixtures = Fixtures::start(world);
    let discovery = run(&fixtures, &format!("uma@{domain}"), Duration::from_secs(3));
    let plan = discovery.plan.as_ref().unwrap_or_else(|| panic!("{discovery}"));
    // Microsoft signs the mailbox in; the relay keeps its password.
    assert_eq!(plan.sign_in, SignIn::OAuth2 { tenant: Some(GUID.into()), realm: Some("Managed".into()) });
    assert_eq!((plan.incoming.host.as_str(), plan.incoming_auth), ("outlook.office365.com", AuthMethod::OAuth2));
    assert_eq!(plan.smtp.to_string(), "outgoing.fabrikam-university.example:465 (TLS)");
    assert_eq!(plan.smtp_auth, AuthMethod::PasswordCleartext);
    assert!(plan.mixed_sign_in());
    assert!(plan.thunderbird_can_use_oauth(), "the one OAuth2 server is in Thunderbird's table");
    assert!(plan.warnings.iter().all(|w| !w.contains("built-in table")), "{:?}", plan.warnings);
    assert!(discovery.to_string().contains("Outgoing (SMTP): outgoing.fabrikam-university.example:465 (TLS), password"), "{discovery}");
    let json: serde_json::Value = serde_json::from_str(&discovery.to_json()).unwrap();
    assert_eq!(json["plan"]["smtp"]["auth"], "password-cleartext");
    assert_eq!(json["plan"]["incoming"]["auth"], "oauth2");
}

#[test]
fn providers_in_thunderbirds_table_beyond_the_catalogue_sign_in_with_thunderbird() {
    for (domain, imap, smtp, issuer) in [
        ("att-customer.example", "imap.mail.att.net", "smtp.mail.att.net", "login.yahoo.com"),
        ("comcast-customer.example", "imap.comcast.net", "smtp.comcast.net", "comcast.net"),
        ("mailru-customer.example", "imap.mail.ru", "smtp.mail.ru", "o2.mail.ru"),
    ] {
        let xml = servers_xml(
            domain,
            &[("imap", imap, 993, "SSL", &["OAuth2", "password-cleartext"])],
            &[(smtp, 465, "SSL", &["OAuth2", "password-cleartext"])],
        );
        let fixtures = Fixtures::start(World::default().http(&format!("ispdb/{domain}"), Answer::xml(&xml)));
        let discovery = run(&fixtures, &format!("kim@{domain}"), Duration::from_secs(3));
        let plan = discovery.plan.as_ref().unwrap_or_else(|| panic!("{discovery}"));
        assert!(matches!(plan.sign_in, SignIn::OAuth2ByThunderbird { .. }), "{domain}: {discovery}");
        assert_eq!(plan.oauth.issuer, issuer, "{domain}");
        assert_eq!((plan.incoming.host.as_str(), plan.smtp.host.as_str()), (imap, smtp), "{domain}");
        assert_eq!((plan.incoming_auth, plan.smtp_auth), (AuthMethod::OAuth2, AuthMethod::OAuth2), "{domain}");
        // One table, one answer: the JSON and the warnings agree.
        let json: serde_json::Value = serde_json::from_str(&discovery.to_json()).unwrap();
        assert_eq!(json["plan"]["thunderbird_can_use_oauth2"], true, "{domain}");
        assert!(plan.warnings.iter().all(|w| !w.contains("not in it")), "{domain}: {:?}", plan.warnings);
    }
}

#[test]
fn oauth2_for_receiving_only_keeps_a_password_for_sending() {
    let domain = "harbour-isp.example";
    let xml = servers_xml(
        domain,
        &[("imap", "imap.comcast.net", 993, "SSL", &["OAuth2", "password-cleartext"])],
        &[("smtp.harbour-isp.example", 587, "STARTTLS", &["password-cleartext"])],
    );
    let fixtures = Fixtures::start(World::default().http(&format!("ispdb/{domain}"), Answer::xml(&xml)));
    let discovery = run(&fixtures, &format!("lee@{domain}"), Duration::from_secs(3));
    let plan = discovery.plan.as_ref().unwrap_or_else(|| panic!("{discovery}"));
    assert_eq!((plan.incoming_auth, plan.smtp_auth), (AuthMethod::OAuth2, AuthMethod::PasswordCleartext));
    assert!(discovery.to_string().contains("for receiving; sending uses password"), "{discovery}");
}

#[test]
fn a_pop_only_provider_with_tls_gets_a_pop3_plan() {
    let domain = "tidewater-mail.example";
    let xml = servers_xml(
        domain,
        &[("pop3", "pop.tidewater-mail.example", 995, "SSL", &["password-cleartext"])],
        &[("smtp.tidewater-mail.example", 465, "SSL", &["password-cleartext"])],
    );
    let fixtures = Fixtures::start(World::default().http(&format!("ispdb/{domain}"), Answer::xml(&xml)));
    let discovery = run(&fixtures, &format!("max@{domain}"), Duration::from_secs(3));
    let plan = discovery.plan.as_ref().unwrap_or_else(|| panic!("{discovery}"));
    assert_eq!(plan.incoming_protocol, IncomingProtocol::Pop3);
    assert_eq!(plan.incoming.to_string(), "pop.tidewater-mail.example:995 (TLS)");
    assert!(matches!(plan.sign_in, SignIn::Password { .. }));
    assert!(discovery.to_string().contains("Incoming (POP3): pop.tidewater-mail.example:995 (TLS), password"), "{discovery}");
}

#[test]
fn a_provider_without_encryption_gets_no_plan_and_the_reason() {
    let domain = "oldtown-isp.example";
    let xml = servers_xml(
        domain,
        &[("imap", "mail.oldtown-isp.example", 143, "plain", &["password-cleartext"]), ("pop3", "mail.oldtown-isp.example", 110, "plain", &["password-cleartext"])],
        &[("mail.oldtown-isp.example", 25, "plain", &["password-cleartext"])],
    );
    let fixtures = Fixtures::start(World::default().http(&format!("ispdb/{domain}"), Answer::xml(&xml)));
    let discovery = run(&fixtures, &format!("ned@{domain}"), Duration::from_secs(3));
    assert!(discovery.plan.is_none(), "{discovery}");
    let said = &evidence(&discovery, "ispdb").said;
    assert!(said.contains("without encryption (plain)"), "{said}");
}

#[test]
fn srv_pop3s_serves_when_no_imap_is_published() {
    let world = World::default()
        .srv("_pop3s._tcp.seaside.example", 995, "pop.seaside.example")
        .srv("_submissions._tcp.seaside.example", 465, "smtp.seaside.example");
    let fixtures = Fixtures::start(world);
    let discovery = run(&fixtures, "ola@seaside.example", Duration::from_secs(3));
    let plan = discovery.plan.as_ref().unwrap_or_else(|| panic!("{discovery}"));
    assert_eq!(plan.incoming_protocol, IncomingProtocol::Pop3);
    assert_eq!(plan.incoming.to_string(), "pop.seaside.example:995 (TLS)");
}

#[test]
fn srv_only() {
    let world = World::default()
        .srv("_imaps._tcp.relecloud.example", 993, "imap.relecloud.example")
        .srv("_submission._tcp.relecloud.example", 587, "smtp.relecloud.example");
    let fixtures = Fixtures::start(world);
    let discovery = run(&fixtures, "ivy@relecloud.example", Duration::from_secs(3));
    let plan = discovery.plan.as_ref().unwrap_or_else(|| panic!("{discovery}"));
    assert_eq!(plan.source, PlanSource::Discovered { lookup: "dns-srv".into() });
    assert_eq!(plan.incoming.to_string(), "imap.relecloud.example:993 (TLS)");
    assert_eq!(plan.smtp.to_string(), "smtp.relecloud.example:587 (STARTTLS)");
    assert!(matches!(&plan.sign_in, SignIn::Password { note: Some(note) } if note.contains("SRV")));
}

#[test]
fn nothing_found_means_the_manual_page() {
    let fixtures = Fixtures::start(World::default());
    let discovery = run(&fixtures, "jo@nowhere.example", Duration::from_secs(3));
    assert!(discovery.plan.is_none(), "{discovery}");
    assert!(discovery.no_plan_reason.as_deref().unwrap().contains("enter the servers by hand"));
    // Every source was asked and said "nothing".
    for source in ["autoconfig", "autoconfig-well-known", "ispdb", "dns-mx", "dns-srv", "microsoft-tenant", "microsoft-autodiscover"] {
        assert_eq!(evidence(&discovery, source).outcome, EvidenceOutcome::NotFound, "{source}:\n{discovery}");
    }
    // The realm matters only for a Microsoft plan: not waited for.
    assert!(matches!(evidence(&discovery, "microsoft-realm").outcome, EvidenceOutcome::NotFound | EvidenceOutcome::NotNeeded));
    assert!(discovery.into_plan().is_err());
}

#[test]
fn every_source_timing_out_ends_within_the_deadline_not_the_sum() {
    let fixtures = Fixtures::start(World { black_hole: true, ..World::default() });
    let deadline = Duration::from_millis(400);
    let discovery = run(&fixtures, "kim@slow.example", deadline);
    assert!(discovery.plan.is_none());
    // DNS may retry over TCP, so its bound is twice the deadline; the sum of
    // all deadlines would be 8 × 400 ms.
    assert!(discovery.elapsed < deadline * 2 + Duration::from_millis(600), "{:?}", discovery.elapsed);
    for item in &discovery.evidence {
        assert!(matches!(item.outcome, EvidenceOutcome::TimedOut | EvidenceOutcome::Unreachable), "{item}");
    }
    // And the catalogue still answers at once.
    let gmail = run(&fixtures, "kim@gmail.com", deadline);
    assert!(gmail.plan.is_some() && gmail.elapsed < Duration::from_millis(50));
}

#[test]
fn offline_every_network_source_is_unreachable_within_its_deadline() {
    // Nothing listens on these ports: the connection is refused at once.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let base = format!("https://localhost:{}", closed.port());
    let config = DiscoveryConfig {
        trust: mailsetup::tls::TrustStore::system(),
        dns: DnsConfig::Server(closed),
        endpoints: mailsetup::provider::discovery::Endpoints {
            autoconfig: format!("{base}/a/{{domain}}"),
            autoconfig_well_known: format!("{base}/b/{{domain}}"),
            ispdb: format!("{base}/c/{{domain}}"),
            microsoft_login: format!("{base}/ms"),
            autodiscover: format!("{base}/ad"),
        },
        http_deadline: Duration::from_millis(800),
        dns_deadline: Duration::from_millis(800),
    };
    let runtime = mailsetup::flow::new_runtime().unwrap();
    let address = EmailAddress::parse("lee@offline.example").unwrap();
    let discovery = discover_blocking(runtime.handle(), &address, None, &config);
    assert!(discovery.plan.is_none());
    assert!(discovery.elapsed < Duration::from_millis(2500), "{:?}", discovery.elapsed);
    for item in &discovery.evidence {
        assert!(matches!(item.outcome, EvidenceOutcome::Unreachable | EvidenceOutcome::TimedOut), "{item}");
    }
    assert!(evidence(&discovery, "ispdb").said.contains("connect"), "{discovery}");
}

#[test]
fn hostile_answers_are_refused_without_harm() {
    let huge = format!("<clientConfig>{}</clientConfig>", "x".repeat(400 * 1024));
    let world = World::default()
        .http("autoconfig/hostile.example", Answer::xml(&huge))
        .http("ispdb/hostile.example", Answer::xml("<clientConfig><emailProvider><incomingServer"));
    let fixtures = Fixtures::start(world);
    let discovery = run(&fixtures, "max@hostile.example", Duration::from_secs(3));
    assert!(discovery.plan.is_none());
    assert_eq!(evidence(&discovery, "autoconfig").outcome, EvidenceOutcome::Invalid);
    assert_eq!(evidence(&discovery, "ispdb").outcome, EvidenceOutcome::Invalid);
}

#[test]
fn international_domains_are_looked_up_in_idna_form() {
    let xml = config_xml("xn--bcher-kva.example", "Bücher", ("imap.xn--bcher-kva.example", 993, "SSL"), ("smtp.xn--bcher-kva.example", 465, "SSL"), "password-cleartext");
    let fixtures = Fixtures::start(World::default().http("ispdb/xn--bcher-kva.example", Answer::xml(&xml)));
    let discovery = run(&fixtures, "zoë@bücher.example", Duration::from_secs(3));
    assert_eq!(discovery.plan.as_ref().map(|p| p.incoming.host.as_str()), Some("imap.xn--bcher-kva.example"), "{discovery}");
}

#[test]
fn a_provider_file_overrides_everything_for_its_domains() {
    let fixtures = Fixtures::start(m365_world("contoso.example"));
    let text = r#"
name = "Contoso own app"
domains = ["contoso.example"]
[oauth]
authorize_url = "https://login.contoso.example/authorize"
token_url = "https://login.contoso.example/token"
client_id = "own"
scopes = ["x"]
[imap]
host = "outlook.office365.com"
port = 993
security = "tls"
[smtp]
host = "smtp.office365.com"
port = 587
security = "starttls"
"#;
    let file = mailsetup::provider::ProviderFile::parse(std::path::Path::new("contoso.toml"), text).unwrap();
    let runtime = mailsetup::flow::new_runtime().unwrap();
    let config = fixtures.config(Duration::from_secs(2));
    let discovery = discover_blocking(runtime.handle(), &EmailAddress::parse("a@contoso.example").unwrap(), Some(&file), &config);
    assert_eq!(discovery.plan.unwrap().oauth.client_id, "own");
    assert!(fixtures.seen().is_empty());
    // Other domains still go through discovery.
    let other = discover_blocking(runtime.handle(), &EmailAddress::parse("a@gmail.com").unwrap(), Some(&file), &config);
    assert_eq!(other.plan.unwrap().incoming.host, "imap.gmail.com");
}

#[test]
fn detect_json_is_stable() {
    let fixtures = Fixtures::start(m365_world("contoso.example"));
    let discovery = run(&fixtures, "alice@contoso.example", Duration::from_secs(3));
    let json: serde_json::Value = serde_json::from_str(&discovery.to_json()).unwrap();
    assert_eq!(json["schema_version"], 2);
    assert_eq!(json["found"], true);
    assert_eq!(json["plan"]["incoming"]["host"], "outlook.office365.com");
    assert_eq!(json["plan"]["incoming"]["protocol"], "imap");
    assert_eq!(json["plan"]["incoming"]["auth"], "oauth2");
    assert_eq!(json["plan"]["sign_in"]["method"], "oauth2");
    assert_eq!(json["plan"]["sign_in"]["tenant"], GUID);
    assert_eq!(json["plan"]["oauth2"]["issuer"], "login.microsoftonline.com");
    assert!(json["evidence"].as_array().unwrap().iter().any(|e| e["source"] == "dns-mx" && e["used"] == true));
    // The address is not in the lookups (query values are left out).
    assert!(!json["evidence"].to_string().contains("alice@"), "{}", json["evidence"]);
}
