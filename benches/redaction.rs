//! Redaction benchmark (prints figures; not a timed test).
//!
//! A server's greeting of many short words (`* OK a a a …`, two bytes a word:
//! 25 000 words in 50 KB, the shape that once took 11 s) is put in a failed
//! step, and every path that redacts text is timed on it: the keyed-form pass
//! of the helpdesk (`helpdesk::redact`), the by-value pass over the secrets
//! alive in the process (`secret::redact_known_secrets`, with a token, a
//! refresh token and a verifier alive), the report's text and JSON, and the
//! whole support bundle (which holds the greeting four times).
//!
//! Linear means the time per MB stays flat from 50 KB to 2 MB; the last
//! column says how many times the time per MB grew against the first size.
//!
//!     cargo bench --bench redaction --profile dev
//!     MAILSETUP_REDACTION_SIZES=50,200 cargo bench --bench redaction --profile dev   # sizes in KB

use mailsetup::report::{Phase, Report, Step, StepId};
use mailsetup::secret::Secret;
use mailsetup::helpdesk;
use std::time::{Duration, Instant};

/// Input sizes in KB when `MAILSETUP_REDACTION_SIZES` is not set.
const DEFAULT_SIZES_KB: [usize; 3] = [50, 200, 2000];

fn main() {
    let sizes: Vec<usize> = match std::env::var("MAILSETUP_REDACTION_SIZES") {
        Ok(list) => list.split(',').map(|size| size.trim().parse().expect("sizes in KB, comma-separated")).collect(),
        Err(_) => DEFAULT_SIZES_KB.to_vec(),
    };
    // Secrets alive while the report is redacted, as in a real run.
    let _alive = [
        Secret::new("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.bench-access-token-value.c2ln"),
        Secret::new("M.C105_BAY.0.U.-bench-refresh-token-value!"),
        Secret::new("bench-pkce-verifier-0123456789abcdefghijklmnopqrstuvwxyz"),
    ];
    println!("redaction benchmark: a greeting of two-byte words, one run per size");
    println!("{:<34} {:>8} {:>12} {:>10} {:>9}", "pass", "input", "time", "ms per MB", "growth");
    type Pass = (&'static str, fn(&Report, &str) -> usize);
    let passes: [Pass; 5] = [
        ("helpdesk::redact (keyed forms)", |_, text| helpdesk::redact(text).len()),
        ("secret::redact_known_secrets", |_, text| mailsetup::secret::redact_known_secrets(text).len()),
        ("Report Display", |report, _| report.to_string().len()),
        ("Report::to_json", |report, _| report.to_json().len()),
        ("helpdesk::support_bundle", |report, _| helpdesk::support_bundle(report).len()),
    ];
    for (name, pass) in passes {
        let mut first_per_mb = None;
        for &kb in &sizes {
            let greeting = greeting(kb * 1000);
            let report = report_with(&greeting);
            let started = Instant::now();
            let out = std::hint::black_box(pass(&report, &greeting));
            let took = started.elapsed();
            assert!(out > 0);
            let per_mb = took.as_secs_f64() * 1000.0 / (kb as f64 / 1000.0);
            let growth = per_mb / *first_per_mb.get_or_insert(per_mb);
            println!("{name:<34} {:>6}KB {:>12} {:>10.1} {:>8.2}×", kb, show(took), per_mb, growth);
        }
    }
}

/// `* OK a a a …`, `bytes` long: a word every two bytes.
fn greeting(bytes: usize) -> String {
    let mut text = String::from("* OK");
    while text.len() + 2 <= bytes {
        text.push_str(" a");
    }
    text
}

/// A report whose IMAP greeting step failed with `greeting` as the server's words.
fn report_with(greeting: &str) -> Report {
    let mut report = Report::new("bench@example.org", "Bench", "imap.example.org:993 (TLS)", "smtp.example.org:587 (STARTTLS)");
    report.steps.push(
        Step::failed(Phase::Imap, StepId::ImapCapability, "Ask which sign-in methods it offers", Duration::from_millis(3), Duration::from_secs(10), "the server refused the connection in its greeting")
            .with_server_says(greeting),
    );
    report
}

fn show(duration: Duration) -> String {
    if duration >= Duration::from_secs(1) { format!("{:.2} s", duration.as_secs_f64()) } else { format!("{:.2} ms", duration.as_secs_f64() * 1000.0) }
}
