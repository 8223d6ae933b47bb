//! Rendered pictures of the wizard (wgpu; llvmpipe is enough). Ignored by
//! default because they need a graphics adapter:
//!
//!   cargo test --test gui_render -- --ignored
//!
//! `address_page_snapshot` compares the first page with
//! `tests/snapshots/address_page.png` (create or update it with
//! `UPDATE_SNAPSHOTS=1`). `render_pages` writes every page state worth
//! looking at to `$GUI_RENDER_DIR` (default: a temporary directory, printed),
//! for a person to look at; it compares nothing, since ports and paths vary.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use mailsetup::ui::{Page, WizardApp, WizardOptions};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const WINDOW: [f32; 2] = [760.0, 620.0];

fn new_harness(options: WizardOptions) -> Harness<'static, WizardApp> {
    mailsetup::tls::install_crypto_provider();
    Harness::builder().with_size(WINDOW).wgpu().build_eframe(move |_creation| WizardApp::new(options))
}

#[track_caller]
fn step_until(harness: &mut Harness<'_, WizardApp>, what: &str, done: impl Fn(&Harness<'_, WizardApp>) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !done(harness) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        harness.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    // A few more frames for layout passes (grids size themselves first).
    harness.run_steps(3);
}

fn click(harness: &mut Harness<'_, WizardApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run_steps(2);
}

fn save(harness: &mut Harness<'_, WizardApp>, dir: &Path, name: &str) {
    let image = harness.render().expect("rendering needs a wgpu adapter (llvmpipe will do)");
    let path = dir.join(format!("{name}.png"));
    image.save(&path).expect("the PNG can be written");
    println!("{}", path.display());
}

#[test]
#[ignore = "needs a wgpu adapter; run with --ignored"]
fn address_page_snapshot() {
    let thunderbird_root = tempfile::tempdir().expect("temp dir");
    let options = WizardOptions { thunderbird_root: Some(thunderbird_root.path().to_owned()), ..WizardOptions::real() };
    let mut harness = new_harness(options);
    harness.run_steps(3);
    harness.snapshot("address_page");
}

#[test]
#[ignore = "needs a wgpu adapter; run with --ignored and look at the pictures"]
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
    step_until(&mut harness, "the sandbox", |h| h.state().sandbox_ready());
    click(&mut harness, "Next");
    save(&mut harness, &dir, "2-sign-in");
    click(&mut harness, "Sign in with browser");
    step_until(&mut harness, "the countdown", |h| h.query_all_by_label_contains(" left").next().is_some());
    save(&mut harness, &dir, "3-sign-in-waiting");
    click(&mut harness, "Cancel");
    save(&mut harness, &dir, "4-sign-in-cancelled");
    drop(harness);

    // Practice mode with automatic approval: checks, Thunderbird, Done.
    let mut harness = new_harness(WizardOptions::sandbox());
    step_until(&mut harness, "the sandbox", |h| h.state().sandbox_ready());
    click(&mut harness, "Next");
    click(&mut harness, "Sign in with browser");
    step_until(&mut harness, "the checks", |h| h.state().page() == Page::Checks && !h.state().is_busy());
    save(&mut harness, &dir, "5-checks");
    click(&mut harness, "Next");
    step_until(&mut harness, "the profiles", |h| h.query_all_by_label_contains("Mail Setup creates one").next().is_some());
    save(&mut harness, &dir, "6-thunderbird");
    click(&mut harness, "Write to Thunderbird");
    step_until(&mut harness, "the write", |h| !h.state().is_busy());
    save(&mut harness, &dir, "7-thunderbird-written");
    click(&mut harness, "Next");
    save(&mut harness, &dir, "8-done");
}
