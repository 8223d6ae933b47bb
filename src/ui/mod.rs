//! The setup wizard: an egui window over the same [`crate::flow`] stages the
//! CLI runs.
//!
//! Pages, in order: Accounts (the Thunderbird profile's accounts, with Fix)
//! or Address → Sign in → Checks → Thunderbird → Done. Each page has Back
//! and Cancel; Cancel stops running work through its
//! [`crate::oauth::CancelFlag`]. The default view speaks plainly; the
//! "Technical details" switch shows steps, timings, servers and transcripts.
//!
//! Threading: the UI thread never waits. A worker thread (see `worker`) owns
//! the tokio runtime and runs the stages; it sends events back over a channel
//! and wakes the UI with `request_repaint`. [`WizardApp`] drains those
//! messages in `eframe::App::logic` (or [`WizardApp::process_worker_messages`]
//! for tests that drive [`WizardApp::ui_contents`] directly).
//!
//! Remembered between runs (see `prefs`): the window size, the last
//! address and the technical-details switch, never a token or a
//! half-finished setup. Keyboard: Tab order,
//! Enter, and Esc to stop or go back (see `keys`). `MAILSETUP_THEME` and
//! `MAILSETUP_BENCH` (see `bench`, only with the `bench-hooks` feature) are
//! for screenshots and benchmarks.

mod accounts_page;
mod app;
#[cfg(feature = "bench-hooks")]
mod bench;
mod discovery_page;
mod fonts;
mod keys;
mod pages;
mod prefs;
mod progress;
mod theme;
mod widgets;
mod worker;

pub use app::{Page, WizardApp, WizardOptions};
pub use fonts::find_cjk_font;
pub use prefs::remembered_language;

/// The window title, also what `xdotool search --name` looks for.
pub const WINDOW_TITLE: &str = "Mail Setup";

/// Opens the wizard window and returns when it is closed. `sandbox` starts in
/// practice mode against the built-in sandbox provider; `fix_first` opens at
/// that account (`--fix-needed`).
pub fn run(sandbox: bool, fix_first: Option<crate::audit::FirstToFix>) -> Result<(), String> {
    let options = if sandbox {
        WizardOptions::sandbox()
    } else {
        let discovery = crate::provider::discovery::DiscoveryConfig::from_env(crate::tls::TrustStore::system())?;
        WizardOptions { discovery: Some(discovery), ..WizardOptions::real() }
    };
    // The person whose mail stopped starts from the accounts they have.
    let options = WizardOptions { start_from_thunderbird: true, fix_first, ..options };
    // Remembered: the window size and the last address; never a secret.
    let remembered = prefs::Prefs::load();
    let size = remembered.window_size_or([760.0, 620.0], [520.0, 420.0]);
    let options = WizardOptions { remembered: Some(remembered), ..options };
    let native_options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(WINDOW_TITLE)
            .with_app_id("mailsetup")
            .with_inner_size(size)
            .with_min_inner_size([520.0, 420.0]),
        ..Default::default()
    };
    eframe::run_native(WINDOW_TITLE, native_options, Box::new(move |creation| {
        theme::install(&creation.egui_ctx);
        if let Some(theme) = prefs::theme_override() {
            creation.egui_ctx.set_theme(theme);
        }
        #[cfg(feature = "bench-hooks")]
        let app = bench::boxed(WizardApp::new(options));
        #[cfg(not(feature = "bench-hooks"))]
        let app: Box<dyn eframe::App> = Box::new(WizardApp::new(options));
        Ok(app)
    }))
        .map_err(|error| error.to_string())
}
