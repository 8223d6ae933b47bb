//! The whole wizard in German, walked headless against the sandbox: every
//! page is found by its German words, and on none of them does an English
//! message show where its German one belongs. German is set for this
//! process only (a test binary of its own), so the English tests are not
//! affected.

mod support {
    pub mod gui;
}

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use mailsetup::i18n::{self, Catalog};
use mailsetup::ui::{Page, WizardApp, WizardOptions};
use std::time::Duration;
use support::gui::{click, harness, has_label, replace_text, step_until};

/// The German text of `id`, which must differ from the English one.
#[track_caller]
fn german(id: &str) -> String {
    let text = i18n::text(id);
    let english = Catalog::new(&"en".parse().unwrap()).format(id, None);
    assert_ne!(text, english, "{id} is not translated");
    text
}

/// Every English message without variables that German words differently:
/// none of them may be on screen.
fn english_only_texts() -> Vec<String> {
    let english = Catalog::new(&"en".parse().unwrap());
    let german = Catalog::new(&"de".parse().unwrap());
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/locales/en");
    let mut texts = Vec::new();
    for file in std::fs::read_dir(root).unwrap().flatten() {
        let source = std::fs::read_to_string(file.path()).unwrap();
        for line in source.lines() {
            let Some((id, value)) = line.split_once(" = ") else { continue };
            if id.starts_with([' ', '#']) || value.contains('{') || value.is_empty() {
                continue;
            }
            let (shown, translated) = (english.format(id, None), german.format(id, None));
            // Names that are the same in both (Thunderbird, ok) are not English.
            if shown != translated && shown.len() > 3 {
                texts.push(shown);
            }
        }
    }
    texts
}

#[track_caller]
fn assert_no_english(harness: &Harness<'_, WizardApp>, english: &[String]) {
    let shown: Vec<&String> = english.iter().filter(|text| harness.query_by_label(text).is_some()).collect();
    assert!(shown.is_empty(), "English on the {:?} page: {shown:?}", harness.state().page());
}

#[test]
fn the_whole_wizard_speaks_german() {
    i18n::set_language(&"de".parse().unwrap());
    let english = english_only_texts();
    assert!(english.len() > 100, "the check knows the English texts: {}", english.len());

    let mut harness = harness(WizardOptions::sandbox());
    step_until(&mut harness, "the sandbox to start", Duration::from_secs(30), |h| h.state().sandbox_ready());
    assert!(has_label(&harness, &german("sandbox-banner")));
    assert!(has_label(&harness, &german("address-heading")));
    assert_no_english(&harness, &english);
    // The helpdesk's view too: steps and their results.
    click(&mut harness, &german("nav-technical-details"));
    assert!(harness.state().shows_technical_details());

    replace_text(&mut harness, &german("address-email"), "practice.person@sandbox.mailsetup.test");
    click(&mut harness, &german("nav-next"));
    assert_eq!(harness.state().page(), Page::SignIn);
    assert_no_english(&harness, &english);

    click(&mut harness, &german("sign-in-with-browser"));
    step_until(&mut harness, "the checks to finish", Duration::from_secs(60), |h| h.state().page() == Page::Checks && !h.state().is_busy());
    assert!(has_label(&harness, &german("checks-heading")));
    assert!(harness.state().report().is_some_and(|report| report.all_passed() && report.lang == "de"), "the report says its language");
    assert!(harness.query_all_by_label(&german("step-passed")).count() >= 4, "each step's result in German");
    assert_no_english(&harness, &english);

    click(&mut harness, &german("nav-next"));
    assert_eq!(harness.state().page(), Page::Thunderbird);
    assert_no_english(&harness, &english);
    click(&mut harness, &german("thunderbird-write"));
    step_until(&mut harness, "the write", Duration::from_secs(30), |h| !h.state().is_busy() && h.state().report().is_some_and(|report| report.thunderbird.is_some()));
    assert_no_english(&harness, &english);

    click(&mut harness, &german("nav-next"));
    assert_eq!(harness.state().page(), Page::Done);
    assert!(has_label(&harness, &german("nav-close")));
    assert_no_english(&harness, &english);
}

/// The practice provider's sign-in pages, which the wizard sends the
/// browser to, speak German too, and say so to screen readers; Entra's own
/// refusal stays in its words, the hint after it is German.
#[test]
fn the_practice_sign_in_pages_speak_german() {
    i18n::set_language(&"de".parse().unwrap());
    mailsetup::tls::install_crypto_provider();
    let sandbox = mailsetup::sandbox::Sandbox::start(mailsetup::practice::options()).expect("the sandbox starts");
    let device_page = sandbox.authorize_url().join("/device").unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let (page, refused) = runtime.block_on(async {
        let client = reqwest::Client::builder().no_proxy().timeout(Duration::from_secs(10)).build().unwrap();
        let page = client.get(device_page.clone()).send().await.unwrap().text().await.unwrap();
        let form = [("user_code", "ABCD-EFGH"), ("email", mailsetup::sandbox::SHARED_ADDRESS), ("password", "x"), ("decision", "allow")];
        let refused = client.post(device_page).form(&form).send().await.unwrap().text().await.unwrap();
        (page, refused)
    });
    assert!(page.contains(r#"<html lang="de">"#), "{page}");
    for id in ["practice-page-device-title", "practice-page-note", "practice-page-email", "practice-page-allow", "practice-page-deny"] {
        assert!(page.contains(&german(id)), "{id} is missing from the page:\n{page}");
    }
    for english in ["E-mail address", "Allow", "Deny", "practice provider"] {
        assert!(!page.contains(english), "{english:?} in the German page:\n{page}");
    }
    assert!(refused.contains("AADSTS50057: The user account is disabled."), "Entra's words stay: {refused}");
    assert!(!refused.contains("is a shared mailbox: its account cannot sign in"), "the hint is German: {refused}");
}
