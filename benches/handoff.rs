//! The hand-off of the sign-in to Thunderbird, and what it saves the user
//! (prints figures; not a timed test).
//!
//! - `hand-off, new profile`: `flow::run_thunderbird`'s hand-off step on a
//!   profile without a key store (NSS creates `key4.db` on a private copy,
//!   encrypts, and the files go in under the lock, backed up).
//! - `hand-off, existing key store`: the same on a profile that has one and
//!   an older entry to replace.
//! - `Thunderbird finds it`: the real Thunderbird started on the profile
//!   until its own OAuth2 code returns the handed-off token for IMAP and
//!   SMTP (check_profile.sh --marionette), offline.
//!
//! Sign-ins the user performs: 1 with the hand-off (mailsetup's), 2 without
//! (mailsetup's, then Thunderbird's own on first start). The time of that
//! second sign-in is the user's (browser, password, MFA), so it is not
//! measured here.
//!
//!     cargo bench --bench handoff          # needs Thunderbird installed

use mailsetup::flow::{self, ProfileTarget, ThunderbirdGoal};
use mailsetup::oauth::TokenSet;
use mailsetup::report::Outcome;
use mailsetup::secret::Secret;
use std::path::Path;
use std::time::{Duration, Instant};

const ROUNDS: usize = 20;
const USER: &str = "alice@contoso.example";

fn tokens(refresh: &str) -> TokenSet {
    TokenSet {
        access_token: Secret::new("bench-access-token"),
        refresh_token: Some(Secret::new(refresh)),
        expires_in: None,
        granted_scopes: None,
        received_at: std::time::SystemTime::now(),
    }
}

/// One hand-off on `profile` through the flow; its step's time.
fn hand_off(profile: &Path, refresh: &str) -> Duration {
    let plan = mailsetup::provider::microsoft_plan("Microsoft 365", "common");
    let mut request = flow::SetupRequest::new(
        mailsetup::address::EmailAddress::parse(USER).unwrap(),
        "Alice".into(),
        plan,
        mailsetup::tls::TrustStore::system(),
        mailsetup::oauth::BrowserLauncher::System,
        ProfileTarget::Directory(profile.to_owned()),
    );
    request.sign_in_handoff = true;
    let started = Instant::now();
    let (steps, _) = flow::run_thunderbird(&request, &ThunderbirdGoal::Add, Some(&tokens(refresh)));
    let elapsed = started.elapsed();
    let handoff = steps.iter().find(|step| step.id == "thunderbird.handoff").expect("a hand-off step");
    assert_eq!(handoff.outcome, Outcome::Passed, "{handoff:#?}");
    elapsed
}

fn report(what: &str, mut times: Vec<Duration>) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("{what:<32} median {:>7.1} ms   min {:>7.1} ms   max {:>7.1} ms   ({} runs)", ms(times[times.len() / 2]), ms(times[0]), ms(times[times.len() - 1]), times.len());
}

fn main() {
    if !Path::new("/usr/lib/thunderbird/libnss3.so").is_file() && std::env::var_os("MAILSETUP_THUNDERBIRD_INSTALL_DIR").is_none() {
        println!("handoff: no Thunderbird NSS found (install Thunderbird, or set MAILSETUP_THUNDERBIRD_INSTALL_DIR); nothing measured");
        return;
    }
    let mut fresh = Vec::new();
    let mut again = Vec::new();
    for round in 0..ROUNDS {
        let dir = tempfile::tempdir().unwrap();
        // The write and the hand-off, as a setup runs them.
        fresh.push(hand_off(dir.path(), &format!("first-{round}")));
        again.push(hand_off(dir.path(), &format!("second-{round}")));
    }
    report("write + hand-off, new profile", fresh);
    report("hand-off, existing key store", again);

    let dir = tempfile::tempdir().unwrap();
    hand_off(dir.path(), "found-by-thunderbird");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/real_thunderbird/check_signed_in.py");
    let check = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/real_thunderbird/check_profile.sh");
    let started = Instant::now();
    let status = std::process::Command::new("bash")
        .arg(check)
        .args(["--marionette", "--while-running"])
        .arg(format!("python3 {} {USER} found-by-thunderbird", script.display()))
        .arg(dir.path())
        .arg(USER)
        .status()
        .unwrap();
    assert!(status.success(), "Thunderbird did not find the handed-off sign-in");
    println!("{:<32} {:>7.1} s (start, load the account, find the token for IMAP and SMTP, quit)", "Thunderbird finds it", started.elapsed().as_secs_f64());
    println!("sign-ins the user performs      1 with the hand-off, 2 without");
}
