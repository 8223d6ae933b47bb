//! The text of a `Report`, as `mailsetup setup` prints it and a user pastes
//! it into a helpdesk ticket, pinned for a run that passes and one that
//! fails, both against the in-process sandbox. What differs between runs
//! (durations, ports, the temporary profile, the version) is replaced by a
//! name in angle brackets; everything else must stay word for word. (The
//! redirect listener's line names `[::1]` because this machine, like CI's,
//! has IPv6 loopback.)
//!
//! The expected texts are `tests/snapshots/report_*.txt`; after a deliberate
//! change, rewrite them with `UPDATE_SNAPSHOTS=1 cargo test --test report_text`
//! and review the diff.

mod support {
    pub mod sandbox;
    pub mod snapshot;
}

use mailsetup::flow::ProfileTarget;
use mailsetup::report::Report;
use std::path::Path;
use support::sandbox::{self, Sandbox, SandboxOptions};

/// `text` with each whole number that `name_of` names (given the text
/// before it, the number, and the text after it) replaced by that name.
fn name_numbers(text: &str, name_of: impl Fn(&str, &str, &str) -> Option<&'static str>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let end = rest[start..].find(|c: char| !c.is_ascii_digit()).map_or(rest.len(), |length| start + length);
        out.push_str(&rest[..start]);
        let number = &rest[start..end];
        out.push_str(name_of(&out, number, &rest[end..]).unwrap_or(number));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The report's text with what varies from run to run named instead:
/// the version, the sandbox's ports and the redirect listener's, step
/// durations, and the temporary profile directory with its random name.
fn normalised(report: &Report, sandbox: &Sandbox) -> String {
    let mut text = report.to_string().replace(&format!("mailsetup {} report", report.mailsetup_version), "mailsetup <version> report");
    if let Some(written) = &report.thunderbird {
        let profile = Path::new(&written.profile);
        assert_eq!(profile.parent(), Some(sandbox.profile_root()), "the profile is created under the sandbox's root");
        assert!(written.profile.ends_with(".mailsetup"), "a new profile is named <salt>.mailsetup: {}", written.profile);
        text = text.replace(&written.profile, "<profile root>/<salt>.mailsetup");
    }
    let ports = sandbox.ports();
    let named_ports = [(ports.authorize, "<authorize port>"), (ports.token, "<token port>"), (ports.imap, "<imap port>"), (ports.smtp, "<smtp port>")];
    name_numbers(&text, |before, number, after| {
        if after.starts_with(" ms") {
            return Some("<ms>");
        }
        if !before.ends_with(':') && !before.ends_with(" port ") {
            return None;
        }
        let known = named_ports.iter().find(|(port, _)| number.parse() == Ok(*port)).map(|(_, name)| *name);
        // Any other port on loopback is the one the redirect listener got.
        let loopback = ["127.0.0.1:", "localhost:", "[::1]:", " port "].iter().any(|end| before.ends_with(end));
        known.or(loopback.then_some("<listener port>"))
    })
}

#[test]
fn a_passing_run_reads_word_for_word_as_pinned() {
    let sandbox = sandbox::start(SandboxOptions::default());
    let report = sandbox::report_of(&sandbox::request(&sandbox, ProfileTarget::DefaultUnder(sandbox.profile_root().to_owned())));
    assert!(report.all_passed(), "{report}");
    support::snapshot::assert_text("report_passed", &normalised(&report, &sandbox));
}

/// Refused tokens: both sign-ins fail with the servers' words and a
/// diagnosis, the later steps are skipped, nothing is written.
#[test]
fn a_failing_run_reads_word_for_word_as_pinned() {
    let sandbox = sandbox::start(SandboxOptions { accept_tokens: false, ..SandboxOptions::default() });
    let report = sandbox::report_of(&sandbox::request(&sandbox, ProfileTarget::DefaultUnder(sandbox.profile_root().to_owned())));
    assert!(!report.all_passed(), "{report}");
    support::snapshot::assert_text("report_failed", &normalised(&report, &sandbox));
}

#[test]
fn the_normalisation_names_only_what_varies() {
    let name = |before: &str, _: &str, after: &str| {
        if after.starts_with(" ms") { Some("<ms>") } else { before.ends_with("127.0.0.1:").then_some("<port>") }
    };
    assert_eq!(
        name_numbers("took 12 ms of 2 s at http://127.0.0.1:4242/, port 993: 7 ms", name),
        "took <ms> ms of 2 s at http://127.0.0.1:<port>/, port 993: <ms> ms"
    );
}
