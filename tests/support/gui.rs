//! Driving the wizard headless (egui_kittest) through its accessibility
//! tree: widgets are found by their labels, never by coordinates.

#![allow(dead_code, reason = "each test binary uses the helpers it needs")]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use mailsetup::ui::{WizardApp, WizardOptions};
use std::time::{Duration, Instant};

/// Tall enough that no page needs scrolling: widgets scrolled out of view
/// leave the accessibility tree.
pub const WINDOW: [f32; 2] = [900.0, 1400.0];

/// How long to sleep between two frames while waiting for the worker.
const FRAME_PAUSE: Duration = Duration::from_millis(20);

/// The wizard with `options` in a window of [`WINDOW`], without rendering.
pub fn harness(options: WizardOptions) -> Harness<'static, WizardApp> {
    mailsetup::tls::install_crypto_provider();
    Harness::builder().with_size(WINDOW).build_eframe(move |_creation| WizardApp::new(options))
}

/// Steps frames until `done` holds, for at most `timeout`. Stepping by hand
/// because the worker wakes the UI from another thread and spinners keep
/// repainting, so `run()` would never settle.
#[track_caller]
pub fn step_until(harness: &mut Harness<'_, WizardApp>, what: &str, timeout: Duration, done: impl Fn(&Harness<'_, WizardApp>) -> bool) {
    let deadline = Instant::now() + timeout;
    loop {
        harness.step();
        if done(harness) {
            return;
        }
        assert!(Instant::now() < deadline, "timed out after {timeout:?} waiting for {what}; the page is {:?}", harness.state().page());
        std::thread::sleep(FRAME_PAUSE);
    }
}

pub fn has_label(harness: &Harness<'_, WizardApp>, label: &str) -> bool {
    harness.query_by_label(label).is_some()
}

pub fn has_label_containing(harness: &Harness<'_, WizardApp>, part: &str) -> bool {
    harness.query_all_by_label_contains(part).next().is_some()
}

/// Scrolls the widget labelled `label` into view and clicks it; then four frames: one handles the
/// click, the next draw what it changed, while a new page's grids size
/// themselves, so that the next click lands where its button is.
#[track_caller]
pub fn click(harness: &mut Harness<'_, WizardApp>, label: &str) {
    // Into view first: a click lands where the button is drawn.
    harness.get_by_label(label).scroll_to_me();
    harness.step();
    harness.get_by_label(label).click();
    for _ in 0..4 {
        harness.step();
    }
}

/// Replaces the text of the field `label` with `text`, as a user does:
/// focus, select all, type.
pub fn replace_text(harness: &mut Harness<'_, WizardApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.step();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.step();
    harness.get_by_label(label).type_text(text);
    harness.step();
}
