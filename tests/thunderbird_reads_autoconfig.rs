//! mailsetup reads autoconfig documents (config-v1.1.xml) the way the real
//! Thunderbird 153 reads them.
//!
//! The real Thunderbird, headless and offline (check_profile.sh
//! `--marionette`), reads every document in `tests/fixtures/autoconfig/`
//! with its own account-setup code (`readFromXML` on the document's JXON,
//! as FetchConfig does; `tests/real_thunderbird/read_autoconfig.js`). Then
//! mailsetup's discovery gets the same document as the ISPDB answer for
//! `someone@<domain>`, on loopback, and must choose what Thunderbird
//! chooses, restricted to what mailsetup sets up: the first IMAP or POP3
//! server and the first SMTP server that are not `plain`. Where nothing is
//! left (a document Thunderbird refuses, or one with only plain servers)
//! mailsetup must have no plan and its ISPDB evidence must say why.
//!
//! Slow (about 10 s) and needs Thunderbird installed, so ignored by a plain
//! `cargo test`; `tests/run.sh` runs it with `MAILSETUP_REAL_THUNDERBIRD=1`.

mod support {
    pub mod accounts;
    pub mod discovery_fixture;
    pub mod real_thunderbird;
    pub mod required;
}

use mailsetup::address::EmailAddress;
use mailsetup::provider::discovery::{Discovery, discover_blocking};
use mailsetup::provider::{Evidence, PlanSource, ProviderPlan, Security, canonical_host};
use mailsetup::thunderbird::write_account;
use serde_json::Value;
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;
use support::discovery_fixture::{Answer, Fixtures, World};
use support::real_thunderbird;

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/autoconfig")
}

/// The fixtures: file name and domain (the file name without `.xml`), and
/// the document.
fn fixtures() -> Vec<(String, String, String)> {
    let mut found: Vec<(String, String, String)> = fs::read_dir(fixture_dir())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "xml"))
        .map(|path| {
            let name = path.file_name().unwrap().to_str().unwrap().to_owned();
            let domain = name.strip_suffix(".xml").unwrap().to_owned();
            let xml = fs::read_to_string(&path).unwrap();
            assert!(xml.contains(&format!("<domain>{domain}</domain>")), "{name} must be for the domain {domain}");
            (name, domain, xml)
        })
        .collect();
    found.sort();
    assert!(found.len() >= 7, "the fixtures are missing from {}", fixture_dir().display());
    found
}

/// One server as compared: as Thunderbird holds it (socket type
/// nsMsgSocketType, sign-in nsMsgAuthMethod), host in lower case.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Server {
    kind: String,
    host: String,
    port: i64,
    socket: i64,
    auth: i64,
}

impl fmt::Display for Server {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}:{} socketType {} auth {}", self.kind, self.host, self.port, self.socket, self.auth)
    }
}

/// What mailsetup sets up, or what it would have to set up to agree.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Choice {
    incoming: Server,
    smtp: Server,
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} + {}", self.incoming, self.smtp)
    }
}

/// Thunderbird's reading of one document.
#[derive(Debug)]
enum Reading {
    Refused(String),
    Servers { incoming: Vec<Server>, outgoing: Vec<Server> },
}

fn server_of_json(value: &Value) -> Server {
    let text = |key: &str| value[key].as_str().unwrap_or_else(|| panic!("{key} in {value}")).to_owned();
    let number = |key: &str| value[key].as_i64().unwrap_or_else(|| panic!("{key} in {value}"));
    Server {
        kind: text("type"),
        // What mailsetup would make of Thunderbird's host name.
        host: canonical_host(&text("hostname")),
        port: number("port"),
        socket: number("socketType"),
        auth: number("auth"),
    }
}

fn reading_of_json(value: &Value) -> Reading {
    if let Some(error) = value.get("error") {
        return Reading::Refused(error.as_str().unwrap_or_default().to_owned());
    }
    let list = |key: &str| value[key].as_array().unwrap_or_else(|| panic!("{key} in {value}")).iter().map(server_of_json).collect();
    Reading::Servers { incoming: list("incoming"), outgoing: list("outgoing") }
}

impl Reading {
    /// What mailsetup sets up of it: the first IMAP or POP3 server and the
    /// first SMTP server, in Thunderbird's order (default, then the
    /// alternatives), that are not plain (socketType 0). `None` where one
    /// of them is missing.
    fn mailsetup_part(&self) -> Option<Choice> {
        let Reading::Servers { incoming, outgoing } = self else { return None };
        let incoming = incoming.iter().find(|s| (s.kind == "imap" || s.kind == "pop3") && s.socket != 0)?;
        let smtp = outgoing.iter().find(|s| s.kind == "smtp" && s.socket != 0)?;
        Some(Choice { incoming: incoming.clone(), smtp: smtp.clone() })
    }

    /// True when Thunderbird kept a server of the kind mailsetup needs but
    /// only without encryption: the reason mailsetup must give is "plain".
    fn only_plain(&self) -> bool {
        let Reading::Servers { incoming, outgoing } = self else { return false };
        let no_secured = |servers: &[Server], kinds: &[&str]| {
            let of_kind: Vec<&Server> = servers.iter().filter(|s| kinds.contains(&s.kind.as_str())).collect();
            !of_kind.is_empty() && of_kind.iter().all(|s| s.socket == 0)
        };
        no_secured(incoming, &["imap", "pop3"]) || no_secured(outgoing, &["smtp"])
    }
}

/// Security as Thunderbird's socketType number.
fn socket_type(security: Security) -> i64 {
    match security {
        Security::Tls => 3,
        Security::Starttls => 2,
    }
}

fn choice_of_plan(plan: &ProviderPlan) -> Choice {
    Choice {
        incoming: Server {
            kind: plan.incoming_protocol.as_str().to_owned(),
            host: plan.incoming.host.to_ascii_lowercase(),
            port: i64::from(plan.incoming.port),
            socket: socket_type(plan.incoming.security),
            auth: i64::from(plan.incoming_auth.pref_value()),
        },
        smtp: Server {
            kind: "smtp".to_owned(),
            host: plan.smtp.host.to_ascii_lowercase(),
            port: i64::from(plan.smtp.port),
            socket: socket_type(plan.smtp.security),
            auth: i64::from(plan.smtp_auth.pref_value()),
        },
    }
}

/// Runs the real Thunderbird once and has it read every fixture
/// (tests/real_thunderbird/read_autoconfig.py): file name → its reading.
fn thunderbird_readings() -> BTreeMap<String, Value> {
    let profile = tempfile::tempdir().unwrap();
    let email = "alice@contoso.example";
    // check_profile.sh wants an account to load: the one the other real
    // Thunderbird tests write.
    write_account(profile.path(), &support::accounts::alice()).unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("readings.json");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/real_thunderbird/read_autoconfig.py");
    let while_running = format!("python3 {} {}", script.display(), out.display());
    // check_profile.sh splits the command on white space.
    assert_eq!(while_running.split_whitespace().count(), 3, "no white space in the paths: {while_running}");
    let args: Vec<OsString> =
        vec!["--marionette".into(), "--while-running".into(), while_running.into(), profile.path().into(), email.into()];
    real_thunderbird::check_profile(&args, None);
    let text = fs::read_to_string(&out).unwrap_or_else(|e| panic!("read_autoconfig.py wrote no {}: {e}", out.display()));
    println!("Thunderbird's reading of the fixtures:\n{text}");
    serde_json::from_str(&text).unwrap()
}

fn ispdb_evidence(discovery: &Discovery) -> &Evidence {
    discovery.evidence.iter().find(|e| e.source == "ispdb").unwrap_or_else(|| panic!("no ispdb evidence in\n{discovery}"))
}

#[test]
#[ignore = "needs the real Thunderbird 153"]
fn mailsetup_chooses_the_servers_thunderbird_153_reads_from_autoconfig() {
    let _turn = real_thunderbird::turn();
    let fixtures = fixtures();
    let readings = thunderbird_readings();
    let names: Vec<&String> = fixtures.iter().map(|(name, ..)| name).collect();
    assert_eq!(readings.keys().collect::<Vec<_>>(), names, "Thunderbird must have read every fixture");

    // Every fixture is the ISPDB's answer for its domain.
    let world = fixtures.iter().fold(World::default(), |world, (_, domain, xml)| world.http(&format!("ispdb/{domain}"), Answer::xml(xml)));
    let served = Fixtures::start(world);
    let config = served.config(Duration::from_secs(3));
    let runtime = mailsetup::flow::new_runtime().unwrap();

    let mut disagreements = Vec::new();
    for (name, domain, _) in &fixtures {
        let reading = reading_of_json(&readings[name]);
        let address = format!("someone@{domain}");
        let discovery = discover_blocking(runtime.handle(), &EmailAddress::parse(&address).unwrap(), None, &config);
        let ispdb = ispdb_evidence(&discovery);
        let expected = reading.mailsetup_part();
        let thunderbird_says = match (&reading, &expected) {
            (Reading::Refused(error), _) => format!("refuses the document ({error})"),
            (_, Some(choice)) => choice.to_string(),
            (_, None) => "nothing mailsetup sets up (no secured incoming or SMTP server)".to_owned(),
        };
        let mailsetup_says = match &discovery.plan {
            Some(plan) => choice_of_plan(plan).to_string(),
            None => format!("no plan; ispdb: {} ({})", ispdb.said, ispdb.outcome.as_str()),
        };
        println!("{domain}: Thunderbird: {thunderbird_says} | mailsetup: {mailsetup_says}");

        let mut disagree = |what: String| disagreements.push(format!("{name}: {what}\n  discovery:\n{discovery}"));
        match (&expected, &discovery.plan) {
            (Some(choice), Some(plan)) => {
                let mine = choice_of_plan(plan);
                if mine.incoming != choice.incoming {
                    disagree(format!("incoming: Thunderbird {}, mailsetup {}", choice.incoming, mine.incoming));
                }
                if mine.smtp != choice.smtp {
                    disagree(format!("SMTP: Thunderbird {}, mailsetup {}", choice.smtp, mine.smtp));
                }
                if plan.source != (PlanSource::Discovered { lookup: "ispdb".into() }) || !ispdb.used {
                    disagree(format!("the plan must come from the ISPDB answer, not {:?}", plan.source));
                }
            }
            (Some(choice), None) => disagree(format!("Thunderbird sets up {choice}, mailsetup has no plan")),
            (None, Some(plan)) => disagree(format!("Thunderbird: {thunderbird_says}; mailsetup has a plan: {}", choice_of_plan(plan))),
            (None, None) => {
                if ispdb.used || ispdb.said.trim().is_empty() {
                    disagree(format!("the ISPDB evidence must say why nothing is set up: {ispdb:?}"));
                }
                if reading.only_plain() && !ispdb.said.contains("plain") {
                    disagree(format!("only plain servers, and the ISPDB evidence does not say \"plain\": {}", ispdb.said));
                }
                if let Reading::Refused(error) = &reading
                    && error.contains("OAuth2")
                    && !ispdb.said.contains("OAuth2")
                {
                    disagree(format!("Thunderbird refuses it for OAuth2 ({error}); the ISPDB evidence does not say so: {}", ispdb.said));
                }
            }
        }
    }
    assert!(disagreements.is_empty(), "mailsetup disagrees with Thunderbird 153:\n{}", disagreements.join("\n"));
}
