//! The whole wizard by keyboard alone (egui_kittest, headless): no clicks,
//! no pointer. Widgets are found by their accessibility labels and roles;
//! every action is Tab, Enter or Esc on whatever has the focus.

mod support {
    pub mod gui;
}

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use mailsetup::ui::{Page, WizardApp, WizardOptions};
use std::time::{Duration, Instant};
use support::gui::{harness, step_until};

fn press(harness: &mut Harness<'_, WizardApp>, key: Key) {
    harness.key_press(key);
    harness.step();
    harness.step();
}

/// Presses Tab until the button `label` has the focus (at most 20 times).
#[track_caller]
fn tab_to(harness: &mut Harness<'_, WizardApp>, label: &str) {
    for _ in 0..20 {
        if harness.get_by_role_and_label(Role::Button, label).is_focused() {
            return;
        }
        press(harness, Key::Tab);
    }
    panic!("Tab never reached {label:?} on page {:?}", harness.state().page());
}

#[track_caller]
fn assert_focused(harness: &Harness<'_, WizardApp>, role: Role, label: &str) {
    let node = harness.get_by_role_and_label(role, label);
    assert!(node.is_focused(), "{label:?} ({role:?}) should have the keyboard focus on page {:?}", harness.state().page());
}

#[test]
fn the_whole_sandbox_setup_by_keyboard_alone() {
    let mut harness = harness(WizardOptions::sandbox());
    step_until(&mut harness, "the sandbox to start", Duration::from_secs(30), |h| h.state().sandbox_ready());
    harness.step();

    // Address: the field has the focus; Tab moves to the name, Shift+Tab back.
    assert_focused(&harness, Role::TextInput, "E-mail address");
    press(&mut harness, Key::Tab);
    assert_focused(&harness, Role::TextInput, "Your name");
    harness.key_press_modifiers(egui::Modifiers::SHIFT, Key::Tab);
    harness.step();
    assert_focused(&harness, Role::TextInput, "E-mail address");
    // The progress header says where we are, in words.
    assert!(harness.query_by_label("Step 1 of 5: Account").is_some());
    // Esc on the first page is left to the field: nothing closes, nothing moves.
    press(&mut harness, Key::Escape);
    assert_eq!(harness.state().page(), Page::Address);

    // Enter in the field is Next.
    harness.get_by_label("E-mail address").focus();
    harness.step();
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().page(), Page::SignIn);
    assert!(harness.query_all_by_label_contains("Step 2 of 5: Sign in; Account done").next().is_some());

    // Sign in: the button has the focus; Enter presses it. The sandbox
    // approves, and the wizard moves on to the checks by itself.
    step_until(&mut harness, "focus on the sign-in button", Duration::from_secs(10), |h| h.get_by_role_and_label(Role::Button, "Sign in with browser").is_focused());
    press(&mut harness, Key::Enter);
    step_until(&mut harness, "the checks to pass", Duration::from_secs(60), |h| h.state().page() == Page::Checks && !h.state().is_busy());
    let report = harness.state().report().expect("a report");
    assert!(report.all_passed(), "{report}");
    // Each result is in words, not only a colour; the steps are technical details.
    assert!(harness.query_by_label("Receiving mail: works").is_some() && harness.query_by_label("Sending mail: works").is_some());
    assert_eq!(harness.query_all_by_label_contains("Details").count(), 0, "no step details in the default view");

    // Esc goes back a page when nothing runs; there the page's own button
    // has the focus, and Tab walks on to Next.
    press(&mut harness, Key::Escape);
    assert_eq!(harness.state().page(), Page::SignIn);
    tab_to(&mut harness, "Next");
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().page(), Page::Checks);

    // Checks → Thunderbird: Next has the focus once the checks passed.
    step_until(&mut harness, "focus on Next", Duration::from_secs(10), |h| h.get_by_role_and_label(Role::Button, "Next").is_focused());
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().page(), Page::Thunderbird);

    // Write, then Next to the report.
    step_until(&mut harness, "focus on Write", Duration::from_secs(10), |h| h.get_by_role_and_label(Role::Button, "Write to Thunderbird").is_focused());
    press(&mut harness, Key::Enter);
    step_until(&mut harness, "the write", Duration::from_secs(20), |h| !h.state().is_busy() && h.get_by_role_and_label(Role::Button, "Next").is_focused());
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().page(), Page::Done);
    assert!(harness.state().report().expect("a report").to_string().contains("Everything passed."));

    // Tab reaches the report buttons from the page's focus.
    tab_to(&mut harness, "Copy report");
    press(&mut harness, Key::Enter);
    assert!(harness.query_by_label("Copied the report to the clipboard.").is_some(), "Enter pressed the focused button");
}

#[test]
fn esc_during_sign_in_really_stops_the_wait() {
    // A browser that never comes back: the wizard waits until stopped.
    let options = WizardOptions::sandbox().with_browser(|_url| Ok(()));
    let mut harness = harness(options);
    step_until(&mut harness, "the sandbox to start", Duration::from_secs(30), |h| h.state().sandbox_ready());
    // The redirect address is a technical detail.
    harness.get_by_label("Technical details").click();
    harness.step();
    harness.get_by_label("E-mail address").focus();
    harness.step();
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().page(), Page::SignIn);
    step_until(&mut harness, "focus on the sign-in button", Duration::from_secs(10), |h| h.get_by_role_and_label(Role::Button, "Sign in with browser").is_focused());
    press(&mut harness, Key::Enter);
    step_until(&mut harness, "the browser wait", Duration::from_secs(20), |h| h.query_all_by_label_contains(" left").next().is_some());
    // "Mail Setup receives the answer at http://localhost:PORT/, on this computer only."
    let node = harness.query_all_by_label_contains("receives the answer at").next().expect("the redirect is shown");
    let note = node.value().or_else(|| node.accesskit_node().label()).unwrap_or_default();
    let redirect = note.split("answer at ").nth(1).and_then(|rest| rest.split(',').next()).expect("a redirect URI");
    let port = url::Url::parse(redirect).ok().and_then(|url| url.port()).expect("the redirect URI has a port");
    assert!(std::net::TcpStream::connect(("127.0.0.1", port)).is_ok(), "the loopback listener waits on {port}");

    press(&mut harness, Key::Escape);
    assert!(!harness.state().is_busy(), "Esc stopped the sign-in");
    assert_eq!(harness.state().page(), Page::SignIn, "Esc first stops, it does not also go back");
    assert!(harness.query_all_by_label_contains("Sign-in cancelled").next().is_some());
    // The loopback listener is closed within the cancel poll (~100 ms).
    let deadline = Instant::now() + Duration::from_secs(3);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
        assert!(Instant::now() < deadline, "the loopback listener on {port} still accepts after Esc");
        std::thread::sleep(Duration::from_millis(50));
    }
    // A second Esc goes back to the first page.
    press(&mut harness, Key::Escape);
    assert_eq!(harness.state().page(), Page::Address);
}
