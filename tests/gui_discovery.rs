//! Discovery in the wizard, headless (egui_kittest) against the loopback
//! discovery fixtures: the plan is looked up on the worker after the address
//! and shown with its evidence; when nothing is found, the manual-settings
//! form takes the servers by hand. The UI thread never waits (each frame is
//! stepped while the worker looks things up).

mod support {
    pub mod discovery_fixture;
    pub mod gui;
}

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use mailsetup::provider::discovery::{DiscoveryConfig, DnsConfig, Endpoints};
use mailsetup::tls::TrustStore;
use mailsetup::ui::{Page, WizardApp, WizardOptions};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use support::discovery_fixture::{Answer, EXO_AUTODISCOVER, Fixtures, MANAGED_REALM, World, openid_configuration};
use support::gui::{click, has_label_containing, step_until};

/// Discovery against loopback answers within its own deadline (3 s).
const WAIT: Duration = Duration::from_secs(10);

/// The wizard looking things up at `fixtures`, with Thunderbird profiles under `root`.
fn harness(fixtures: &Fixtures, root: &std::path::Path) -> Harness<'static, WizardApp> {
    support::gui::harness(WizardOptions {
        thunderbird_root: Some(root.to_owned()),
        discovery: Some(fixtures.config(Duration::from_secs(3))),
        ..WizardOptions::real()
    })
}

#[test]
fn the_plan_is_found_on_the_worker_and_shown_with_its_evidence() {
    let world = World::default()
        .mx("contoso.example", "contoso-example.mail.protection.outlook.com")
        .http("tenant/contoso.example", openid_configuration("4f1c2d3e-aaaa-4bbb-8ccc-0123456789ab"))
        .http("realm/contoso.example", Answer::json(200, MANAGED_REALM))
        .http("autodiscover/contoso.example", Answer::json(200, EXO_AUTODISCOVER));
    let fixtures = Fixtures::start(world);
    let root = tempfile::tempdir().unwrap();
    let mut harness = harness(&fixtures, root.path());
    harness.get_by_label("E-mail address").type_text("alice@contoso.example");
    harness.step();
    click(&mut harness, "Next");
    step_until(&mut harness, "the Sign in page with the plan", WAIT, |h| h.state().page() == Page::SignIn);
    // The servers and the lookups are for helpdesk staff: behind the switch.
    click(&mut harness, "Technical details");
    assert!(has_label_containing(&harness, "Microsoft 365 (work or school) (found by dns-mx)"));
    assert!(has_label_containing(&harness, "tenant 4f1c2d3e-aaaa-4bbb-8ccc-0123456789ab"));
    assert!(has_label_containing(&harness, "outlook.office365.com:993 (TLS)"));
    assert!(has_label_containing(&harness, "How this was found (8 lookups"));
    step_until(&mut harness, "the MX evidence to be listed", WAIT, |h| has_label_containing(h, "Microsoft 365 (Exchange Online)"));

    // Change the server settings… opens the manual form, prefilled with the plan.
    click(&mut harness, "Change the server settings…");
    assert_eq!(harness.state().page(), Page::Address);
    assert!(has_label_containing(&harness, "Server settings"));
}

#[test]
fn nothing_found_opens_the_manual_settings_and_they_make_a_plan() {
    let fixtures = Fixtures::start(World::default());
    let root = tempfile::tempdir().unwrap();
    let mut harness = harness(&fixtures, root.path());
    harness.get_by_label("E-mail address").type_text("bob@nowhere.example");
    harness.step();
    click(&mut harness, "Next");
    step_until(&mut harness, "the manual settings", WAIT, |h| has_label_containing(h, CONTINUE));
    assert_eq!(harness.state().page(), Page::Address);
    assert!(has_label_containing(&harness, "found no mail settings for nowhere.example"));
    // Something answered ("not found"), so this is not the offline case.
    assert!(!has_label_containing(&harness, "You seem to be offline"));
    click(&mut harness, CONTINUE);
    step_until(&mut harness, "the Sign in page", WAIT, |h| h.state().page() == Page::SignIn);
    assert_eq!(planned_imap(&harness), "imap.nowhere.example:993 (TLS), password");
    assert_eq!(harness.state().report().and_then(|report| report.sign_in), Some(mailsetup::report::SignInKind::Password));
}

#[test]
fn the_manual_form_sets_up_a_pop3_account_on_the_usual_port() {
    let fixtures = Fixtures::start(World::default());
    let root = tempfile::tempdir().unwrap();
    let mut harness = harness(&fixtures, root.path());
    look_up(&mut harness, "bob@nowhere.example");
    click(&mut harness, "POP3 (mail is downloaded)");
    // The port follows the protocol, and the row says which it is.
    // The port and the guessed server name follow the protocol.
    assert!(harness.query_by_label("Incoming mail (POP3)").is_some(), "{:?}", texts(&harness));
    click(&mut harness, CONTINUE);
    step_until(&mut harness, "the Sign in page", WAIT, |h| h.state().page() == Page::SignIn);
    assert_eq!(planned_imap(&harness), "pop.nowhere.example:995 (TLS), password");
    assert_eq!(harness.state().report().map(|report| report.incoming_protocol), Some("POP3".to_owned()));
}

/// The manual form's primary button.
const CONTINUE: &str = "Continue with these settings";

/// The fold with the lookups' exact words (error chains, URLs, times).
const LOOKUP_DETAILS: &str = "Technical details of the lookups";

/// The servers of the plan the wizard goes on with.
fn planned_imap(harness: &Harness<'_, WizardApp>) -> String {
    harness.state().report().map(|report| report.incoming_server).unwrap_or_default()
}

/// The wizard in a window `width` wide, looking things up at `config`.
fn harness_with(config: DiscoveryConfig, root: &std::path::Path, width: f32) -> Harness<'static, WizardApp> {
    mailsetup::tls::install_crypto_provider();
    let options = WizardOptions { thunderbird_root: Some(root.to_owned()), discovery: Some(config), ..WizardOptions::real() };
    Harness::builder().with_size([width, support::gui::WINDOW[1]]).build_eframe(move |_creation| WizardApp::new(options))
}

/// A machine that is offline, on loopback: every HTTPS lookup goes to a port
/// that hangs up at once (counting the connections, so a rerun shows), and
/// the name server is a socket that never answers.
struct Offline {
    config: DiscoveryConfig,
    connections: Arc<AtomicUsize>,
    _name_server: std::net::UdpSocket,
}

impl Offline {
    fn start() -> Self {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let connections = Arc::new(AtomicUsize::new(0));
        let counted = connections.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                counted.fetch_add(1, Ordering::SeqCst);
                drop(stream);
            }
        });
        let name_server = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
        let base = format!("https://127.0.0.1:{port}");
        let config = DiscoveryConfig {
            trust: TrustStore::system(),
            dns: DnsConfig::Server(name_server.local_addr().unwrap()),
            endpoints: Endpoints {
                autoconfig: format!("{base}/autoconfig/{{domain}}"),
                autoconfig_well_known: format!("{base}/well-known/{{domain}}"),
                ispdb: format!("{base}/ispdb/{{domain}}"),
                microsoft_login: format!("{base}/ms"),
                autodiscover: format!("{base}/autodiscover"),
            },
            http_deadline: Duration::from_secs(2),
            dns_deadline: Duration::from_millis(400),
        };
        Offline { config, connections, _name_server: name_server }
    }
}

/// Every text in the window: labels and values of all accessibility nodes.
fn texts(harness: &Harness<'_, WizardApp>) -> Vec<(String, egui::Rect)> {
    harness
        .root()
        .children_recursive()
        .filter_map(|node| {
            let text = [node.accesskit_node().label(), node.value()].into_iter().flatten().collect::<Vec<_>>().join(" ");
            let bounds = node.accesskit_node().bounding_box()?;
            let rect = egui::Rect::from_min_max(egui::pos2(bounds.x0 as f32, bounds.y0 as f32), egui::pos2(bounds.x1 as f32, bounds.y1 as f32));
            (!text.trim().is_empty()).then_some((text, rect))
        })
        .collect()
}

/// Types `address`, presses Next and waits for the manual form.
fn look_up(harness: &mut Harness<'_, WizardApp>, address: &str) {
    harness.get_by_label("E-mail address").type_text(address);
    harness.step();
    click(harness, "Next");
    step_until(harness, "the manual settings", WAIT, |h| has_label_containing(h, CONTINUE));
}

#[test]
fn offline_says_so_and_try_again_looks_the_address_up_once_more() {
    let offline = Offline::start();
    let root = tempfile::tempdir().unwrap();
    let mut harness = harness_with(offline.config.clone(), root.path(), support::gui::WINDOW[0]);
    look_up(&mut harness, "erin@offline.example");
    assert!(
        has_label_containing(&harness, "You seem to be offline: none of the lookups got an answer. Check your connection, then try again"),
        "{:?}",
        texts(&harness)
    );
    // Per lookup in plain words; the raw error chain only under the fold.
    assert!(has_label_containing(&harness, "Your provider's settings server: no answer"), "{:?}", texts(&harness));
    let raw = |h: &Harness<'_, WizardApp>| texts(h).iter().any(|(text, _)| text.contains("cannot connect"));
    assert!(!raw(&harness), "the raw chain shows by default: {:?}", texts(&harness));
    click(&mut harness, LOOKUP_DETAILS);
    assert!(raw(&harness), "Technical details shows the raw chain: {:?}", texts(&harness));

    let before = offline.connections.load(Ordering::SeqCst);
    assert!(before >= 6, "every HTTPS lookup tried to connect ({before})");
    click(&mut harness, "Try again");
    assert!(has_label_containing(&harness, "Looking up the mail settings for offline.example"), "{:?}", texts(&harness));
    step_until(&mut harness, "the offline message again", WAIT, |h| has_label_containing(h, "You seem to be offline"));
    assert!(offline.connections.load(Ordering::SeqCst) >= before + 6, "Try again ran every lookup again");
    assert_eq!(harness.state().page(), Page::Address);
}

#[test]
fn next_on_the_manual_form_takes_its_settings_or_shows_the_wrong_field() {
    let fixtures = Fixtures::start(World::default());
    let root = tempfile::tempdir().unwrap();
    let mut harness = harness(&fixtures, root.path());
    look_up(&mut harness, "bob@nowhere.example");

    // A space in the incoming server's name: Next says which field, and
    // puts the keyboard there.
    harness.get_by_label("Incoming mail (IMAP)").click();
    harness.step();
    harness.get_by_label("Incoming mail (IMAP)").type_text(" x");
    harness.step();
    click(&mut harness, "Next");
    assert_eq!(harness.state().page(), Page::Address);
    assert!(has_label_containing(&harness, "Incoming mail (IMAP) server:"), "{:?}", texts(&harness));
    harness.step();
    assert!(harness.get_by_label("Incoming mail (IMAP)").is_focused(), "focus moves to the wrong field");

    harness.key_press(egui::Key::Backspace);
    harness.key_press(egui::Key::Backspace);
    harness.step();
    click(&mut harness, "Next");
    step_until(&mut harness, "the Sign in page", WAIT, |h| h.state().page() == Page::SignIn);
    assert_eq!(planned_imap(&harness), "imap.nowhere.example:993 (TLS), password");
}

#[test]
fn the_manual_form_fits_a_narrow_window_and_names_no_command_line_flag() {
    const NARROW: f32 = 520.0;
    let offline = Offline::start();
    let root = tempfile::tempdir().unwrap();
    let mut harness = harness_with(offline.config.clone(), root.path(), NARROW);
    look_up(&mut harness, "erin@offline.example");
    click(&mut harness, LOOKUP_DETAILS);
    // The long raw chains are on screen now: each must wrap inside the window.
    let all = texts(&harness);
    assert!(all.iter().any(|(text, _)| text.contains("cannot connect")), "{all:?}");
    for (text, rect) in &all {
        assert!(rect.max.x <= NARROW + 0.5, "runs past the window's edge ({} > {NARROW}): {text}", rect.max.x);
    }
    // A flag means nothing to someone in the wizard.
    for (text, _) in &all {
        let flag = text.match_indices("--").any(|(at, _)| text[at + 2..].starts_with(|c: char| c.is_ascii_lowercase()));
        assert!(!flag, "a command-line flag in the wizard: {text}");
    }

    // The same for the nothing-found (not offline) form.
    let fixtures = Fixtures::start(World::default());
    let mut harness = harness_with(fixtures.config(Duration::from_secs(3)), root.path(), NARROW);
    look_up(&mut harness, "bob@nowhere.example");
    click(&mut harness, LOOKUP_DETAILS);
    for (text, rect) in texts(&harness) {
        assert!(rect.max.x <= NARROW + 0.5, "runs past the window's edge ({} > {NARROW}): {text}", rect.max.x);
        assert!(!text.contains("--provider-file") && !text.contains("--microsoft-365"), "a command-line flag in the wizard: {text}");
    }
}
