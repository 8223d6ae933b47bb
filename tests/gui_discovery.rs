//! Discovery in the wizard, headless (egui_kittest) against the loopback
//! discovery fixtures: the plan is looked up on the worker after the address
//! and shown with its evidence; when nothing is found, the manual-settings
//! form takes the servers by hand. The UI thread never waits (each frame is
//! stepped while the worker looks things up).

#[path = "support/discovery_fixture.rs"]
mod fixture;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use fixture::{Answer, EXO_AUTODISCOVER, Fixtures, MANAGED_REALM, World, openid_configuration};
use mailsetup::ui::{Page, WizardApp, WizardOptions};
use std::time::{Duration, Instant};

const WINDOW: [f32; 2] = [900.0, 1400.0];

fn harness(fixtures: &Fixtures, root: &std::path::Path) -> Harness<'static, WizardApp> {
    mailsetup::tls::install_crypto_provider();
    let options = WizardOptions {
        thunderbird_root: Some(root.to_owned()),
        discovery: Some(fixtures.config(Duration::from_secs(3))),
        ..WizardOptions::real()
    };
    Harness::builder().with_size(WINDOW).build_eframe(move |_creation| WizardApp::new(options))
}

#[track_caller]
fn step_until(harness: &mut Harness<'_, WizardApp>, what: &str, done: impl Fn(&Harness<'_, WizardApp>) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        harness.step();
        if done(harness) {
            return;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}; the page is {:?}", harness.state().page());
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn has_label_containing(harness: &Harness<'_, WizardApp>, part: &str) -> bool {
    harness.query_all_by_label_contains(part).next().is_some()
}

fn click(harness: &mut Harness<'_, WizardApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.step();
    harness.step();
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
    step_until(&mut harness, "the Sign in page with the plan", |h| h.state().page() == Page::SignIn);
    assert!(has_label_containing(&harness, "Microsoft 365 (work or school) (found by dns-mx)"));
    assert!(has_label_containing(&harness, "tenant 4f1c2d3e-aaaa-4bbb-8ccc-0123456789ab"));
    assert!(has_label_containing(&harness, "outlook.office365.com:993 (TLS)"));
    assert!(has_label_containing(&harness, "How this was found (8 lookups"));
    step_until(&mut harness, "the MX evidence to be listed", |h| has_label_containing(h, "Microsoft 365 (Exchange Online)"));

    // Edit settings… opens the manual form, prefilled with the plan.
    click(&mut harness, "Edit settings…");
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
    step_until(&mut harness, "the manual settings", |h| has_label_containing(h, "Use these settings"));
    assert_eq!(harness.state().page(), Page::Address);
    assert!(has_label_containing(&harness, "found no mail settings for nowhere.example"));
    click(&mut harness, "Use these settings");
    step_until(&mut harness, "the Sign in page", |h| h.state().page() == Page::SignIn);
    assert!(has_label_containing(&harness, "imap.nowhere.example:993 (TLS)"));
    assert!(has_label_containing(&harness, "password"));
}
