//! Discovery benchmark (prints figures; not a timed test).
//!
//! Every lookup gets 150 ms of injected latency: the loopback DNS server and
//! HTTPS server wait 150 ms before each answer. For each scenario it prints
//! the time to the plan, the slowest lookup the plan needed, and their ratio.
//! Running the sources one after another would give a ratio near the number
//! of sources (8); the goal is ≤ 1.3.
//!
//!     cargo bench --bench discovery

#[path = "../tests/support/discovery_fixture.rs"]
mod fixture;

use fixture::{Answer, EXO_AUTODISCOVER, Fixtures, MANAGED_REALM, World, config_xml, openid_configuration};
use mailsetup::address::EmailAddress;
use mailsetup::provider::discovery::discover_blocking;
use std::time::Duration;

const LATENCY: Duration = Duration::from_millis(150);
const ROUNDS: usize = 5;

fn main() {
    let guid = "4f1c2d3e-aaaa-4bbb-8ccc-0123456789ab";
    let ispdb = config_xml("wingtip.example", "Wingtip", ("imap.wingtip.example", 993, "SSL"), ("smtp.wingtip.example", 465, "SSL"), "password-cleartext");
    let world = World { latency: LATENCY, ..World::default() }
        .mx("contoso.example", "contoso-example.mail.protection.outlook.com")
        .http("tenant/contoso.example", openid_configuration(guid))
        .http("realm/contoso.example", Answer::json(200, MANAGED_REALM))
        .http("autodiscover/contoso.example", Answer::json(200, EXO_AUTODISCOVER))
        .mx("tailspin.example", "aspmx.l.google.com")
        .http("ispdb/wingtip.example", Answer::xml(&ispdb))
        .srv("_imaps._tcp.relecloud.example", 993, "imap.relecloud.example")
        .srv("_submission._tcp.relecloud.example", 587, "smtp.relecloud.example");
    let fixtures = Fixtures::start(world);
    let config = fixtures.config(Duration::from_secs(5));
    let runtime = mailsetup::flow::new_runtime().expect("runtime");

    println!("discovery benchmark: {} ms injected latency on every lookup, {ROUNDS} rounds each, median shown", LATENCY.as_millis());
    println!("{:<44} {:>12} {:>16} {:>7}", "scenario", "time to plan", "slowest needed", "ratio");
    let mut worst: f64 = 0.0;
    for (scenario, address) in [
        ("Microsoft 365 custom domain (MX + tenant)", "alice@contoso.example"),
        ("Google Workspace (MX)", "dan@tailspin.example"),
        ("ISPDB only", "erin@wingtip.example"),
        ("SRV only", "ivy@relecloud.example"),
        ("nothing found (all 8 lookups)", "jo@nowhere.example"),
    ] {
        let address = EmailAddress::parse(address).expect("address");
        let mut runs: Vec<(Duration, Duration)> = (0..ROUNDS)
            .map(|_| {
                let discovery = discover_blocking(runtime.handle(), &address, None, &config);
                let needed = if discovery.plan.is_some() {
                    discovery.slowest_needed_lookup()
                } else {
                    // Without a plan every lookup was needed to know that.
                    discovery.evidence.iter().map(|e| e.duration).max().unwrap_or_default()
                };
                (discovery.elapsed, needed)
            })
            .collect();
        runs.sort();
        let (elapsed, needed) = runs[ROUNDS / 2];
        let ratio = elapsed.as_secs_f64() / needed.as_secs_f64().max(1e-9);
        worst = worst.max(ratio);
        println!("{scenario:<44} {:>9} ms {:>13} ms {ratio:>7.2}", elapsed.as_millis(), needed.as_millis());
    }
    println!("worst ratio: {worst:.2} (goal ≤ 1.3)");
}
