//! `mailsetup detect` and `setup`'s use of discovery, as a script sees them:
//! the real binary, pointed at the loopback fixtures through the
//! `MAILSETUP_*` discovery variables. Exit 0 plan, 1 none, 2 could not run.

mod support {
    pub mod discovery_fixture;
}

use std::process::{Command, Output};
use std::time::Duration;
use support::discovery_fixture::{Answer, EXO_AUTODISCOVER, Fixtures, MANAGED_REALM, World, openid_configuration};

fn mailsetup(fixtures: &Fixtures, args: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let ca = dir.path().join("ca.pem");
    std::fs::write(&ca, &fixtures.ca_pem).unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_mailsetup"));
    command.args(args).arg("--ca-file").arg(&ca).env("HOME", dir.path()).env_remove("BROWSER");
    for (name, value) in fixtures.env(Duration::from_secs(3)) {
        command.env(name, value);
    }
    command.output().unwrap()
}

fn world() -> World {
    World::default()
        .mx("contoso.example", "contoso-example.mail.protection.outlook.com")
        .http("tenant/contoso.example", openid_configuration("4f1c2d3e-aaaa-4bbb-8ccc-0123456789ab"))
        .http("realm/contoso.example", Answer::json(200, MANAGED_REALM))
        .http("autodiscover/contoso.example", Answer::json(200, EXO_AUTODISCOVER))
}

#[test]
fn detect_finds_a_plan_and_exits_0() {
    let fixtures = Fixtures::start(world());
    let output = mailsetup(&fixtures, &["detect", "alice@contoso.example"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains("Microsoft 365 (work or school)"), "{stdout}");
    assert!(stdout.contains("outlook.office365.com:993 (TLS)"), "{stdout}");
    assert!(stdout.contains("tenant 4f1c2d3e-aaaa-4bbb-8ccc-0123456789ab"), "{stdout}");
    assert!(stdout.contains("dns-mx") && stdout.contains("[used]"), "{stdout}");

    let output = mailsetup(&fixtures, &["detect", "alice@contoso.example", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON on standard output");
    assert_eq!(json["found"], true);
    assert_eq!(json["plan"]["smtp"]["host"], "smtp.office365.com");
}

#[test]
fn detect_without_a_plan_exits_1_and_a_bad_address_2() {
    let fixtures = Fixtures::start(world());
    let output = mailsetup(&fixtures, &["detect", "bob@nowhere.example", "--json"]);
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["found"], false);
    assert!(json["no_plan_reason"].as_str().unwrap().contains("by hand"));

    let output = mailsetup(&fixtures, &["detect", "not an address"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("is not an e-mail address"));
}

#[test]
fn setup_uses_discovery_and_stops_before_the_browser_when_nothing_is_found() {
    let fixtures = Fixtures::start(world());
    let output = mailsetup(&fixtures, &["setup", "carol@nowhere.example", "--no-write", "--timeout", "1"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("found no mail settings for nowhere.example"), "{stderr}");
    assert!(stderr.contains("Lookups:"), "the evidence is shown: {stderr}");
    // The core's reason names no flag (the wizard shows it too); the CLI adds its own.
    assert!(stderr.contains("On the command line, --provider-file FILE gives the servers by hand"), "{stderr}");
}

/// `--sandbox` with a command that only works for real is refused before
/// anything is looked up or read: the fixtures see no request at all.
#[test]
fn detect_with_sandbox_is_refused_and_looks_nothing_up() {
    let fixtures = Fixtures::start(world());
    let output = mailsetup(&fixtures, &["--sandbox", "detect", "alice@contoso.example"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(output.stdout.is_empty(), "no plan is printed");
    assert!(stderr.contains("`detect` does not use the practice provider") && stderr.contains("Nothing was done."), "{stderr}");
    assert!(fixtures.seen().is_empty(), "nothing was asked: {:?}", fixtures.seen());
}
