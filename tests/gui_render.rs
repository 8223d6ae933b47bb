//! Rendered pictures of the wizard (wgpu; Mesa's software Vulkan, lavapipe,
//! is enough, and `tests/setup-machine.sh` installs it). Ignored by a plain
//! `cargo test` because they need a graphics adapter; `tests/run.sh` runs
//! them with the other ignored tests, or by hand:
//!
//!   cargo test --test gui_render -- --ignored
//!
//! `address_page_snapshot` compares the first page with
//! `tests/snapshots/address_page.png` (create or update it with
//! `UPDATE_SNAPSHOTS=1`). `render_pages` writes every page state worth
//! looking at to `$GUI_RENDER_DIR` (default: a temporary directory, printed),
//! for a person to look at; it compares nothing, since ports and paths vary.

mod support {
    pub mod gui;
}

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use mailsetup::ui::{Page, WizardApp, WizardOptions};
use std::path::{Path, PathBuf};
use std::time::Duration;
use support::gui::{click, has_label_containing};

/// The wizard's own default window size, as users see it first.
const WINDOW: [f32; 2] = [760.0, 620.0];

/// A harness that renders with wgpu (`support::gui::harness` does not render).
fn new_harness(options: WizardOptions) -> Harness<'static, WizardApp> {
    mailsetup::tls::install_crypto_provider();
    Harness::builder().with_size(WINDOW).wgpu().build_eframe(move |_creation| WizardApp::new(options))
}

/// [`support::gui::step_until`], then a few more frames for layout passes
/// (grids size themselves first), so that the picture is settled.
#[track_caller]
fn settle_until(harness: &mut Harness<'_, WizardApp>, what: &str, done: impl Fn(&Harness<'_, WizardApp>) -> bool) {
    support::gui::step_until(harness, what, Duration::from_secs(60), done);
    harness.run_steps(3);
}

fn save(harness: &mut Harness<'_, WizardApp>, dir: &Path, name: &str) {
    let image = harness.render().expect("rendering needs a wgpu adapter (llvmpipe will do)");
    let path = dir.join(format!("{name}.png"));
    image.save(&path).expect("the PNG can be written");
    println!("{}", path.display());
}

#[test]
#[ignore = "needs a wgpu adapter (lavapipe will do: mesa-vulkan-drivers, from tests/setup-machine.sh)"]
fn address_page_snapshot() {
    let thunderbird_root = tempfile::tempdir().expect("temp dir");
    let options = WizardOptions { thunderbird_root: Some(thunderbird_root.path().to_owned()), ..WizardOptions::real() };
    let mut harness = new_harness(options);
    harness.run_steps(3);
    harness.snapshot("address_page");
}

#[test]
#[ignore = "needs a wgpu adapter (lavapipe will do: mesa-vulkan-drivers, from tests/setup-machine.sh); look at the pictures"]
fn render_pages() {
    let kept_dir;
    let dir: PathBuf = match std::env::var_os("GUI_RENDER_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => {
            kept_dir = tempfile::Builder::new().prefix("mailsetup-gui-render-").tempdir().expect("temp dir").keep();
            kept_dir
        }
    };
    std::fs::create_dir_all(&dir).expect("the render directory can be made");

    // The real first page, with a validation message and an unknown domain.
    let thunderbird_root = tempfile::tempdir().expect("temp dir");
    let options = WizardOptions { thunderbird_root: Some(thunderbird_root.path().to_owned()), ..WizardOptions::real() };
    let mut harness = new_harness(options);
    harness.get_by_label("E-mail address").type_text("alice@contoso-widgets.example");
    harness.run_steps(2);
    click(&mut harness, "Next");
    save(&mut harness, &dir, "1-address-unknown-domain");
    drop(harness);

    // Practice mode, with a "browser" that never answers: the countdown page.
    let mut harness = new_harness(WizardOptions::sandbox().with_browser(|_url| Ok(())));
    settle_until(&mut harness, "the sandbox", |h| h.state().sandbox_ready());
    click(&mut harness, "Next");
    save(&mut harness, &dir, "2-sign-in");
    click(&mut harness, "Sign in with browser");
    settle_until(&mut harness, "the countdown", |h| has_label_containing(h, " left"));
    save(&mut harness, &dir, "3-sign-in-waiting");
    click(&mut harness, "Cancel");
    save(&mut harness, &dir, "4-sign-in-cancelled");
    drop(harness);

    // Practice mode with automatic approval: checks, Thunderbird, Done.
    let mut harness = new_harness(WizardOptions::sandbox());
    settle_until(&mut harness, "the sandbox", |h| h.state().sandbox_ready());
    click(&mut harness, "Next");
    click(&mut harness, "Sign in with browser");
    settle_until(&mut harness, "the checks", |h| h.state().page() == Page::Checks && !h.state().is_busy());
    save(&mut harness, &dir, "5-checks");
    click(&mut harness, "Next");
    settle_until(&mut harness, "the profiles", |h| has_label_containing(h, "Mail Setup creates one"));
    save(&mut harness, &dir, "6-thunderbird");
    click(&mut harness, "Write to Thunderbird");
    settle_until(&mut harness, "the write", |h| !h.state().is_busy());
    save(&mut harness, &dir, "7-thunderbird-written");
    click(&mut harness, "Next");
    save(&mut harness, &dir, "8-done");
}
