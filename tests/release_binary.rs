//! The release binary ships the product only: no fault injection of the
//! sandbox, no failpoint, no benchmark hook (issue 9). Scans the binary's
//! bytes the way `strings` does, for names only test machinery has.
//!
//! Needs a release build: `tests/run.sh` sets `MAILSETUP_RELEASE_BIN` after
//! the .deb step built `target/release/mailsetup`, and runs this with
//! `--include-ignored`. By hand:
//!
//! ```text
//! cargo build --release
//! MAILSETUP_RELEASE_BIN=target/release/mailsetup cargo test --test release_binary -- --include-ignored
//! ```

use std::path::PathBuf;

/// Names that exist only with the sandbox's `faults` feature or the root
/// package's `failpoints` / `bench-hooks` features: type names (from derived
/// `Debug`), field names, environment variables and their messages.
const TEST_ONLY_NAMES: &[&str] = &[
    "FaultScript",
    "CertFault",
    "TlsFault",
    "OnlyOldVersions",
    // Not "UnknownIssuer": rustls names its certificate error so, and the
    // product maps it to a diagnosis; the sandbox's own is under "CertFault".
    "black_holes",
    // Not "black hole" alone: the knowledge base explains firewall black holes.
    "without answer (black hole)",
    "imap_auth_reply",
    "shared_full_access",
    "delegate_smtp_auth_enabled",
    "shared_is_distribution_group",
    "device_code_blocked",
    "mail.wrong-host.invalid",
    "TLS inspection proxy (untrusted)",
    "MAILSETUP_TEST_FAILPOINT",
    "failpoint",
    "MAILSETUP_BENCH",
    "first-frame-unix-ns",
];

/// Every `name` found in `bytes`.
fn names_in(bytes: &[u8]) -> Vec<&'static str> {
    TEST_ONLY_NAMES.iter().copied().filter(|name| bytes.windows(name.len()).any(|window| window == name.as_bytes())).collect()
}

fn binary(variable: &str) -> PathBuf {
    let path = std::env::var_os(variable).unwrap_or_else(|| panic!("{variable} is not set"));
    PathBuf::from(path)
}

#[test]
#[ignore = "needs a release build: MAILSETUP_RELEASE_BIN=target/release/mailsetup (set by tests/run.sh)"]
fn the_release_binary_carries_no_test_machinery() {
    let path = binary("MAILSETUP_RELEASE_BIN");
    let bytes = std::fs::read(&path).unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    // The sandbox itself ships: its CA name is in the binary.
    assert!(names_in_any(&bytes, "mailsetup sandbox CA"), "{} does not look like mailsetup", path.display());
    let found = names_in(&bytes);
    assert!(found.is_empty(), "{} carries test machinery: {found:?}", path.display());
}

/// The scan can fail: this test binary is built with the `faults` feature
/// (dev-dependency) and uses the fault types, so their names are in it.
#[test]
fn the_scan_finds_fault_names_in_a_test_build() {
    let script = mailsetup::sandbox::FaultScript { device_code_blocked: true, ..Default::default() };
    let printed = format!("{script:?}");
    let bytes = std::fs::read(std::env::current_exe().expect("own path")).expect("read own binary");
    assert!(printed.contains("FaultScript"));
    let found = names_in(&bytes);
    assert!(found.contains(&"FaultScript"), "found only {found:?}");
    assert!(found.contains(&"device_code_blocked"), "found only {found:?}");
}

fn names_in_any(bytes: &[u8], needle: &str) -> bool {
    bytes.windows(needle.len()).any(|window| window == needle.as_bytes())
}
