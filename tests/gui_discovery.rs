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
use egui_kittest::kittest::Queryable as _;
use mailsetup::ui::{Page, WizardApp, WizardOptions};
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
    assert!(has_label_containing(&harness, "Microsoft 365 (work or school) (found by dns-mx)"));
    assert!(has_label_containing(&harness, "tenant 4f1c2d3e-aaaa-4bbb-8ccc-0123456789ab"));
    assert!(has_label_containing(&harness, "outlook.office365.com:993 (TLS)"));
    assert!(has_label_containing(&harness, "How this was found (8 lookups"));
    step_until(&mut harness, "the MX evidence to be listed", WAIT, |h| has_label_containing(h, "Microsoft 365 (Exchange Online)"));

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
    step_until(&mut harness, "the manual settings", WAIT, |h| has_label_containing(h, "Use these settings"));
    assert_eq!(harness.state().page(), Page::Address);
    assert!(has_label_containing(&harness, "found no mail settings for nowhere.example"));
    click(&mut harness, "Use these settings");
    step_until(&mut harness, "the Sign in page", WAIT, |h| h.state().page() == Page::SignIn);
    assert!(has_label_containing(&harness, "imap.nowhere.example:993 (TLS)"));
    assert!(has_label_containing(&harness, "password"));
}
