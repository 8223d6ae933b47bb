//! The log file: where it goes, what `--verbose` adds, and that it never
//! holds a secret after a whole sandbox run, even at TRACE.

use base64::Engine;
use mailsetup::address::EmailAddress;
use mailsetup::flow::{self, ProfileTarget, SetupRequest};
use mailsetup::logging::{LOG_FILE_NAME, RotatingFile};
use mailsetup::oauth::{BrowserLauncher, CancelFlag};
use mailsetup::probe::{Deadlines, sasl};
use mailsetup::practice::PracticeProvider as _;
use mailsetup::sandbox::{Sandbox, SandboxOptions};
use std::path::Path;
use std::process::Command;
use std::time::Duration;
use tracing_subscriber::Layer as _;
use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::util::SubscriberInitExt as _;

/// What a leaked token or SASL exchange would look like even without
/// knowing the token: the bearer scheme, the XOAUTH2 payload and its base64
/// start ("user=" encodes to "dXNlcj"), OAuth's field names with values.
const TELLTALES: [&str; 6] = ["Bearer", "auth=", "dXNlcj", "access_token\":", "refresh_token\":", "code_verifier="];

fn assert_no_telltales(name: &str, text: &str) {
    for telltale in TELLTALES {
        assert!(!text.contains(telltale), "{name} contains {telltale:?}:\n{text}");
    }
}

#[test]
fn the_log_file_holds_no_secret_after_a_whole_sandbox_run_at_trace() {
    let dir = tempfile::tempdir().unwrap();
    let file = RotatingFile::open(dir.path(), mailsetup::logging::MAX_FILE_BYTES, mailsetup::logging::KEPT_OLD_FILES).unwrap();
    let layer = tracing_subscriber::fmt::layer().with_writer(file).with_ansi(false).with_filter(mailsetup::logging::secret_safe_filter("trace"));
    tracing_subscriber::registry().with(layer).init();

    let sandbox = Sandbox::start(SandboxOptions::default()).unwrap();
    let profile = tempfile::tempdir().unwrap();
    let request = SetupRequest {
        address: EmailAddress::parse(Sandbox::example_address()).unwrap(),
        display_name: "Log Test".into(),
        plan: sandbox.plan(),
        trust: sandbox.trust(),
        browser: BrowserLauncher::Function(sandbox.automatic_browser()),
        sign_in_timeout: Duration::from_secs(20),
        deadlines: Deadlines::default(),
        profile: ProfileTarget::Directory(profile.path().to_owned()),
    };
    let runtime = flow::new_runtime().unwrap();
    let cancel = CancelFlag::new();
    let (_, tokens) = flow::sign_in(&request, runtime.handle(), &cancel, &|_| {});
    let tokens = tokens.expect("signed in");
    let steps = flow::check(&request, &tokens, runtime.handle(), &cancel, &|_| {});
    assert!(steps.iter().all(|step| step.outcome != mailsetup::report::Outcome::Failed), "{steps:#?}");
    let (step, _) = flow::write_thunderbird(&request);
    assert_eq!(step.outcome, mailsetup::report::Outcome::Passed, "{step:?}");

    let log = std::fs::read_to_string(dir.path().join(LOG_FILE_NAME)).unwrap();
    assert!(log.lines().count() > 5 && log.contains("step finished"), "the file captured the run:\n{log}");
    let access = tokens.access_token.expose().to_owned();
    let refresh = tokens.refresh_token.as_ref().expect("a refresh token").expose().to_owned();
    let sasl_base64 = sasl::xoauth2_base64(Sandbox::example_address(), &tokens.access_token).expose().to_owned();
    let access_base64 = base64::engine::general_purpose::STANDARD.encode(&access);
    for (name, secret) in [("access token", &access), ("refresh token", &refresh), ("XOAUTH2 payload", &sasl_base64), ("base64 token", &access_base64)] {
        assert!(secret.len() >= 16, "{name} is a real secret");
        assert!(!log.contains(secret.as_str()), "the log file holds the {name}");
    }
    assert_no_telltales("the log file", &log);
}

/// Runs the installed-style binary with a throwaway home; returns its log
/// file's text and its standard error.
fn run_sandbox_setup(home: &Path, verbose: bool) -> (String, String) {
    let state = home.join("state");
    let mut command = Command::new(env!("CARGO_BIN_EXE_mailsetup"));
    command.env("HOME", home).env("XDG_STATE_HOME", &state).env_remove("RUST_LOG");
    if verbose {
        command.arg("--verbose");
    }
    command.args(["--sandbox", "setup", Sandbox::example_address(), "--no-write"]);
    let output = command.output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "setup failed:\n{stderr}");
    let log = std::fs::read_to_string(state.join("mailsetup").join(LOG_FILE_NAME)).unwrap_or_else(|error| panic!("no log file under XDG_STATE_HOME: {error}\n{stderr}"));
    (log, stderr)
}

#[test]
fn the_binary_logs_into_the_xdg_state_dir_and_verbose_copies_the_log_to_stderr() {
    let home = tempfile::tempdir().unwrap();
    let (log, stderr) = run_sandbox_setup(home.path(), false);
    assert!(log.contains("mailsetup started") && log.contains("step finished") && log.contains("imap."), "{log}");
    assert!(!stderr.contains("step finished"), "without --verbose the log stays off standard error:\n{stderr}");
    assert_no_telltales("the log file", &log);

    let (log, stderr) = run_sandbox_setup(home.path(), true);
    assert!(stderr.contains("step finished"), "--verbose prints the log:\n{stderr}");
    assert!(log.matches("mailsetup started").count() == 2, "the second run appended:\n{log}");
    assert_no_telltales("the log file", &log);
    assert_no_telltales("standard error", &stderr);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(home.path().join("state/mailsetup").join(LOG_FILE_NAME)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "only the user can read the log");
    }
}
