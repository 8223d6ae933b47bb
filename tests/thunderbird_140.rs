//! Thunderbird 140 ESR, which many desks still run, beside the installed
//! 153: it loads what mailsetup writes (a new account, an account switched
//! in place with its local mail), and it starts with the sign-in mailsetup
//! handed over, encrypted by 140's own NSS (which has no AES call, so its
//! entries are 3DES, as 140 writes them), found by 140's own OAuth2 code.
//!
//! A test binary of its own: NSS is one per process, and the other
//! hand-off tests load 153's.

mod support {
    pub mod accounts;
    pub mod exchange_profile;
    pub mod real_thunderbird;
    pub mod required;
}

use mailsetup::secret::Secret;
use mailsetup::thunderbird::handoff::{HandOff, hand_off};
use mailsetup::thunderbird::{MigrationTarget, OAuthProvider, migrate_account, write_account};
use std::path::Path;

const ORIGIN: &str = "oauth://login.microsoftonline.com";
const REALM: &str = "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All https://outlook.office.com/SMTP.Send offline_access";
const USER: &str = "alice@contoso.example";

fn hand_off_with_140(profile: &Path, account_key: &str, token: &str) {
    let tb140 = support::required::thunderbird_140_dir();
    let secret = Secret::new(token);
    let outcome = hand_off(&HandOff { profile_dir: profile, account_key, origin: ORIGIN, realm: REALM, refresh_token: &secret, nss_dirs: std::slice::from_ref(&tb140) }).unwrap();
    assert_eq!(outcome.nss_dir, tb140);
}

#[test]
#[ignore = "needs the real Thunderbird 140 ESR beside 153 (tests/setup-machine.sh unpacks it; MAILSETUP_REAL_THUNDERBIRD=1)"]
fn thunderbird_140_starts_signed_in_on_a_new_account() {
    let tb140 = support::required::thunderbird_140_dir();
    let dir = tempfile::tempdir().unwrap();
    let account = write_account(dir.path(), &support::accounts::alice()).unwrap().account_key;
    hand_off_with_140(dir.path(), &account, "M.C5_handed-to-thunderbird-140");
    support::real_thunderbird::assert_finds_sign_in(dir.path(), USER, "M.C5_handed-to-thunderbird-140", Some(&tb140.join("thunderbird")));
}

#[test]
#[ignore = "needs the real Thunderbird 140 ESR beside 153 (tests/setup-machine.sh unpacks it; MAILSETUP_REAL_THUNDERBIRD=1)"]
fn thunderbird_140_starts_signed_in_on_an_account_switched_in_place() {
    let tb140 = support::required::thunderbird_140_dir();
    let profile = support::exchange_profile::exchange_profile();
    migrate_account(profile.path(), "account1", &MigrationTarget::for_provider(OAuthProvider::Microsoft), Some(USER)).unwrap();
    hand_off_with_140(profile.path(), "account1", "M.C5_switched-for-140");
    // Offline, accounts that log in at startup make Thunderbird ask to go
    // online, a modal prompt that holds Marionette up.
    let prefs = profile.path().join("prefs.js");
    let text = std::fs::read_to_string(&prefs).unwrap().replace("login_at_startup\", true", "login_at_startup\", false");
    std::fs::write(&prefs, text).unwrap();
    support::real_thunderbird::assert_finds_sign_in(profile.path(), USER, "M.C5_switched-for-140", Some(&tb140.join("thunderbird")));
}
