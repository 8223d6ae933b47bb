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

    // Nothing answers (every lookup refused at once): the offline message
    // and the manual form, with POP3 chosen, in both themes.
    for (theme, theme_name) in [(egui::Theme::Dark, "dark"), (egui::Theme::Light, "light")] {
        let thunderbird_root = tempfile::tempdir().expect("temp dir");
        let refused = "https://127.0.0.1:1";
        let discovery = mailsetup::provider::discovery::DiscoveryConfig {
            dns: mailsetup::provider::discovery::DnsConfig::Disabled,
            endpoints: mailsetup::provider::discovery::Endpoints {
                autoconfig: format!("{refused}/{{domain}}"),
                autoconfig_well_known: format!("{refused}/{{domain}}"),
                ispdb: format!("{refused}/{{domain}}"),
                microsoft_login: refused.to_owned(),
                autodiscover: refused.to_owned(),
            },
            ..mailsetup::provider::discovery::DiscoveryConfig::new(mailsetup::tls::TrustStore::system())
        };
        let options = WizardOptions { thunderbird_root: Some(thunderbird_root.path().to_owned()), discovery: Some(discovery), ..WizardOptions::real() };
        let look = Look { theme, scale: 1.0, name: format!("{theme_name}-1x") };
        let mut harness = look_harness(options, &look);
        harness.get_by_label("E-mail address").type_text("sam@harbour-isp.example");
        harness.run_steps(2);
        click(&mut harness, "Next");
        settle_until(&mut harness, "the manual form", |h| has_label_containing(h, "Continue with these settings"));
        harness.get_by_label("POP3 (mail is downloaded)").scroll_to_me();
        // Scrolling animates: let it end before the click lands.
        harness.run_steps(20);
        click(&mut harness, "POP3 (mail is downloaded)");
        assert!(has_label_containing(&harness, "Incoming mail (POP3)"), "the POP3 choice took");
        harness.run_steps(3);
        save(&mut harness, &dir, &format!("1b-manual-form-pop3-{}", look.name));
    }

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

    // Every page of the two paths and every kind of failure card, in both
    // themes, at 1×, 1.5× and 2×: nothing may overlap or be cut off.
    for (theme, theme_name) in [(egui::Theme::Dark, "dark"), (egui::Theme::Light, "light")] {
        for scale in [1.0_f32, 1.5, 2.0] {
            let look = Look { theme, scale, name: format!("{theme_name}-{scale}x") };
            render_fix_path(&dir, &look);
            render_new_account_path(&dir, &look);
            render_failures(&dir, &look);
        }
    }
}

/// How a set of pictures looks: the theme and the scale.
struct Look {
    theme: egui::Theme,
    scale: f32,
    name: String,
}

fn look_harness(options: WizardOptions, look: &Look) -> Harness<'static, WizardApp> {
    mailsetup::tls::install_crypto_provider();
    Harness::builder()
        .with_size(WINDOW)
        .with_pixels_per_point(look.scale)
        .with_theme(look.theme)
        .wgpu()
        .build_eframe(move |_creation| WizardApp::new(options))
}

fn practice() -> WizardOptions {
    WizardOptions { start_from_thunderbird: true, open_thunderbird: Some(std::sync::Arc::new(|_: &Path| Ok(()))), ..WizardOptions::sandbox() }
}

/// The practice profile's accounts, then Fix to the Done page.
fn render_fix_path(dir: &Path, look: &Look) {
    let mut harness = look_harness(practice(), look);
    settle_until(&mut harness, "the accounts", |h| h.query_by_label("Fix you@sandbox.mailsetup.test").is_some());
    save(&mut harness, dir, &format!("{}-a1-accounts", look.name));
    click(&mut harness, "Fix you@sandbox.mailsetup.test");
    settle_until(&mut harness, "the fix", |h| h.state().page() == Page::Done && !h.state().is_busy());
    save(&mut harness, dir, &format!("{}-a2-fixed", look.name));
}

/// Add another account: address, sign-in, checks, Thunderbird, Done; the
/// checks again with the technical details.
fn render_new_account_path(dir: &Path, look: &Look) {
    let mut harness = look_harness(practice(), look);
    settle_until(&mut harness, "the accounts", |h| h.query_by_label("Fix you@sandbox.mailsetup.test").is_some());
    click(&mut harness, "Add another account");
    save(&mut harness, dir, &format!("{}-b1-address", look.name));
    click(&mut harness, "Next");
    save(&mut harness, dir, &format!("{}-b2-sign-in", look.name));
    click(&mut harness, "Sign in with browser");
    settle_until(&mut harness, "the checks", |h| h.state().page() == Page::Checks && !h.state().is_busy());
    save(&mut harness, dir, &format!("{}-b3-checks", look.name));
    click(&mut harness, "Technical details");
    harness.run_steps(3);
    save(&mut harness, dir, &format!("{}-b4-checks-technical", look.name));
    click(&mut harness, "Technical details");
    click(&mut harness, "Next");
    // The practice account has this address: the page offers to switch it
    // once the profiles are read.
    settle_until(&mut harness, "the Thunderbird page", |h| h.state().page() == Page::Thunderbird && h.query_by_label("Switch this account").is_some());
    save(&mut harness, dir, &format!("{}-b5-thunderbird", look.name));
    click(&mut harness, "Write to Thunderbird");
    settle_until(&mut harness, "the write", |h| !h.state().is_busy() && h.state().report().is_some_and(|r| r.thunderbird.is_some()));
    click(&mut harness, "Next");
    save(&mut harness, dir, &format!("{}-b6-done", look.name));
    drop(harness);

    // A shared mailbox, started from the row of the account that opens it.
    let mut harness = look_harness(practice(), look);
    let link = "Add a shared mailbox you open with you@sandbox.mailsetup.test";
    settle_until(&mut harness, "the accounts", |h| h.query_by_label(link).is_some());
    click(&mut harness, link);
    harness.get_by_label("E-mail address").type_text(mailsetup::sandbox::SHARED_ADDRESS);
    harness.run_steps(3);
    save(&mut harness, dir, &format!("{}-c1-shared-address", look.name));
    click(&mut harness, "Next");
    save(&mut harness, dir, &format!("{}-c2-shared-sign-in", look.name));
}

/// Each failure card where it appears: a declined sign-in on the sign-in
/// page, SMTP AUTH turned off on the checks page.
fn render_failures(dir: &Path, look: &Look) {
    use mailsetup::sandbox::{ConsentDecision, FaultScript, SandboxOptions};
    let declined = WizardOptions { sandbox_options: SandboxOptions { auto_consent: ConsentDecision::Deny, ..SandboxOptions::default() }, ..practice() };
    let mut harness = look_harness(declined, look);
    settle_until(&mut harness, "the accounts", |h| h.query_by_label("Fix you@sandbox.mailsetup.test").is_some());
    click(&mut harness, "Fix you@sandbox.mailsetup.test");
    settle_until(&mut harness, "the declined sign-in", |h| !h.state().is_busy() && h.query_by_label("Try again").is_some());
    save(&mut harness, dir, &format!("{}-c1-sign-in-declined", look.name));
    drop(harness);

    let script = FaultScript {
        smtp_auth_reply: Some("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.".into()),
        ..FaultScript::default()
    };
    let smtp_off = WizardOptions { sandbox_options: SandboxOptions { script, ..SandboxOptions::default() }, ..practice() };
    let mut harness = look_harness(smtp_off, look);
    settle_until(&mut harness, "the accounts", |h| h.query_by_label("Fix you@sandbox.mailsetup.test").is_some());
    click(&mut harness, "Fix you@sandbox.mailsetup.test");
    settle_until(&mut harness, "the failed checks", |h| h.state().page() == Page::Checks && !h.state().is_busy());
    save(&mut harness, dir, &format!("{}-c2-checks-smtp-off", look.name));
    click(&mut harness, "See the report");
    save(&mut harness, dir, &format!("{}-c3-done-with-failure", look.name));
}
