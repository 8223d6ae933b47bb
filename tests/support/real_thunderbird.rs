//! The real Thunderbird on a profile we wrote, through
//! `tests/real_thunderbird/check_profile.sh` (headless, offline, on a copy,
//! clean quit; see the script for what it proves).

#![allow(dead_code, reason = "each test binary uses the helpers it needs")]

use std::ffi::OsString;
use std::path::Path;
use std::process::Command;
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

/// Thunderbird is heavy; two at once on a small CI machine only slow each
/// other down towards the script's timeout.
static ONE_THUNDERBIRD_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Fails the test unless the real Thunderbird may run (see
/// [`super::required::real_thunderbird`]), then waits for any other
/// Thunderbird of this test binary to finish; holds the turn until dropped.
#[track_caller]
pub fn turn() -> MutexGuard<'static, ()> {
    super::required::real_thunderbird();
    ONE_THUNDERBIRD_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Runs check_profile.sh with `args` (its options, then the profile and the
/// address), with `thunderbird_bin` as Thunderbird if given; prints what it
/// said and how long it took, and fails the test if it failed.
#[track_caller]
pub fn check_profile(args: &[OsString], thunderbird_bin: Option<&Path>) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/real_thunderbird/check_profile.sh");
    let mut command = Command::new("bash");
    command.arg(&script).args(args);
    if let Some(bin) = thunderbird_bin {
        command.env("THUNDERBIRD_BIN", bin);
    }
    let started = Instant::now();
    let output = command.output().unwrap();
    println!("{}", String::from_utf8_lossy(&output.stdout));
    eprintln!("{}", String::from_utf8_lossy(&output.stderr));
    println!("check_profile.sh took {:.1} s", started.elapsed().as_secs_f64());
    assert!(output.status.success(), "check_profile.sh failed: {}", output.status);
}

/// Starts the real Thunderbird (the installed one, or `thunderbird_bin`)
/// on a copy of `profile` and asks its own OAuth2 code, over Marionette
/// (`tests/real_thunderbird/check_signed_in.py`), which refresh token it
/// finds for `user`'s IMAP and SMTP servers; fails unless both are `token`.
#[track_caller]
pub fn assert_finds_sign_in(profile: &Path, user: &str, token: &str, thunderbird_bin: Option<&Path>) {
    let _turn = turn();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/real_thunderbird/check_signed_in.py");
    let while_running = format!("python3 {} {user} {token}", script.display());
    let args: Vec<OsString> = vec!["--marionette".into(), "--while-running".into(), while_running.into(), profile.into(), user.into()];
    check_profile(&args, thunderbird_bin);
}

/// [`assert_finds_sign_in`] for a shared mailbox: the IMAP server signs in
/// as `shared` (its userName, and the identity's address), the SMTP server
/// as `delegate` (its username); fails unless Thunderbird's OAuth2 code
/// finds `token` for each under its own user name, the profile still has
/// both user names after the run (check_profile.sh `--smtp-user`), and the
/// account's identity is `shared` and sends through the delegate's SMTP
/// server. With `result_dir`, the profile as Thunderbird left it is copied
/// there.
#[track_caller]
pub fn assert_finds_shared_sign_in(profile: &Path, shared: &str, delegate: &str, token: &str, result_dir: Option<&Path>, thunderbird_bin: Option<&Path>) {
    let _turn = turn();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/real_thunderbird/check_signed_in.py");
    let while_running = format!("python3 {} --smtp-user {delegate} {shared} {token}", script.display());
    let mut args: Vec<OsString> = vec!["--marionette".into(), "--while-running".into(), while_running.into(), "--smtp-user".into(), delegate.into()];
    if let Some(dir) = result_dir {
        args.extend(["--result-dir".into(), dir.into()]);
    }
    args.extend([profile.into(), shared.into()]);
    check_profile(&args, thunderbird_bin);
}
