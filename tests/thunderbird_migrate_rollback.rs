//! A migration changes several files (`msgFilterRules.dat`, `logins.json`,
//! `logins-backup.json`, `prefs.js`): all of them or none (issue 10,
//! finding 8). Each test fails or kills the change at one step, with real
//! failures where the file system can give them (an unreadable login store,
//! a backup directory that cannot be made, an immutable `prefs.js` as root)
//! and the failpoints elsewhere, then asserts that the profile is byte for
//! byte what it was before, or fully migrated: never a mix.
#![cfg(unix)]

#[path = "support/exchange_profile.rs"]
mod exchange_profile;
#[path = "support/hostile_profile.rs"]
mod hostile_profile;

use exchange_profile::exchange_profile;
use hostile_profile::{make_unreadable, running_as_root, snapshot};
use mailsetup::thunderbird::{
    self, FAILPOINT_ENV, MigrationTarget, OAuthProvider, ThunderbirdError, list_backups, migrate_account,
};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

type Snapshot = BTreeMap<PathBuf, Vec<u8>>;

const FILTERS: &str = "ImapMail/mail.contoso.example/msgFilterRules.dat";

/// The fixture with a `logins-backup.json` too, so that the migration
/// changes four files.
fn profile() -> tempfile::TempDir {
    let profile = exchange_profile();
    fs::copy(profile.path().join("logins.json"), profile.path().join("logins-backup.json")).unwrap();
    profile
}

fn migrate(profile: &Path) -> Result<thunderbird::MigrationOutcome, ThunderbirdError> {
    migrate_account(profile, "account1", &MigrationTarget::for_provider(OAuthProvider::Microsoft), None)
}

/// The profile before and after an uninterrupted migration.
fn before_and_after() -> (Snapshot, Snapshot) {
    let reference = profile();
    let before = snapshot(reference.path());
    let outcome = migrate(reference.path()).unwrap();
    let after = snapshot(reference.path());
    for name in [FILTERS, "logins.json", "logins-backup.json", "prefs.js"] {
        assert_ne!(before.get(Path::new(name)), after.get(Path::new(name)), "{name} changes in a migration");
    }
    assert_eq!(outcome.backups().len(), 4, "every file replaced has its backup: {:?}", outcome.backups());
    (before, after)
}

fn assert_not_mixed(profile: &Path, before: &Snapshot, after: &Snapshot, case: &str) {
    let now = snapshot(profile);
    if &now != before && &now != after {
        let differing: Vec<_> = now.keys().filter(|name| now.get(*name) != before.get(*name)).collect();
        panic!("{case}: the profile is half changed; these differ from before: {differing:?}");
    }
}

#[test]
fn an_unreadable_logins_backup_fails_the_migration_before_anything_changes() {
    let profile = profile();
    make_unreadable(&profile.path().join("logins-backup.json"));
    let before = snapshot(profile.path());
    let error = migrate(profile.path()).unwrap_err();
    assert!(error.to_string().contains("logins-backup.json"), "{error}");
    assert_eq!(snapshot(profile.path()), before, "nothing may change when one file cannot be read");
    assert!(list_backups(profile.path()).unwrap().is_empty(), "no backups of a change that never started");
}

#[test]
fn a_backup_that_cannot_be_made_fails_before_anything_changes() {
    let profile = profile();
    // A file where the backup directory belongs: creating it fails, for root too.
    fs::write(profile.path().join(thunderbird::BACKUP_DIR_NAME), b"in the way").unwrap();
    let before = snapshot(profile.path());
    let error = migrate(profile.path()).unwrap_err();
    assert!(error.to_string().contains(thunderbird::BACKUP_DIR_NAME), "{error}");
    assert_eq!(snapshot(profile.path()), before);
}

/// The last rename fails after the filters and both login stores were
/// renamed. As root for real: `chattr +i prefs.js` makes renaming over it
/// fail with EPERM (a normal user cannot set that flag, so the failpoint
/// `fail-rename` stands in, in a child process).
#[test]
fn a_failing_last_rename_puts_the_files_already_replaced_back() {
    let profile = profile();
    let before = snapshot(profile.path());
    let message = if running_as_root() {
        let prefs = profile.path().join("prefs.js");
        let chattr = |flag: &str| {
            let status = Command::new("chattr").arg(flag).arg(&prefs).status().unwrap();
            assert!(status.success(), "chattr {flag} (the file system must support it)");
        };
        chattr("+i");
        let result = migrate(profile.path());
        chattr("-i");
        let error = result.unwrap_err();
        assert!(matches!(error, ThunderbirdError::ChangeUndone { .. }), "{error:?}");
        error.to_string()
    } else {
        let output = run_child(profile.path(), Some("fail-rename"));
        assert_eq!(output.status.code(), Some(MIGRATION_FAILED));
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    assert!(message.contains("nothing was changed"), "{message}");
    assert_eq!(snapshot(profile.path()), before, "the files replaced before the failure are back");
    // The backups of all four files are kept, and the message says where.
    assert_eq!(list_backups(profile.path()).unwrap().len(), 4);
    assert!(message.contains(thunderbird::BACKUP_DIR_NAME), "{message}");
}

// --- Failpoints in a child process ------------------------------------------

const CHILD_PROFILE_ENV: &str = "MAILSETUP_ROLLBACK_PROFILE";
/// The child's exit code when the migration returned an error.
const MIGRATION_FAILED: i32 = 3;

/// Not a test: the child that runs one migration, with the failpoint set.
#[test]
#[ignore = "helper for every_step_of_a_migration_fails_or_dies_all_or_nothing"]
fn helper_migrate_once() {
    let Some(profile) = std::env::var_os(CHILD_PROFILE_ENV).map(PathBuf::from) else { return };
    if let Err(error) = migrate(&profile) {
        eprintln!("{error}");
        std::process::exit(MIGRATION_FAILED);
    }
}

fn run_child(profile: &Path, failpoint: Option<&str>) -> std::process::Output {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args(["--exact", "helper_migrate_once", "--ignored", "--nocapture", "--test-threads=1"])
        .env(CHILD_PROFILE_ENV, profile);
    match failpoint {
        Some(point) => command.env(FAILPOINT_ENV, point),
        None => command.env_remove(FAILPOINT_ENV),
    };
    command.output().unwrap()
}

#[test]
fn every_step_of_a_migration_fails_or_dies_all_or_nothing() {
    let (before, after) = before_and_after();

    // Failures: the change returns an error and the profile is as before.
    for point in ["fail-stage", "fail-backup", "fail-rename"] {
        let profile = profile();
        let output = run_child(profile.path(), Some(point));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(MIGRATION_FAILED), "{point}: the migration fails\n{stderr}");
        assert_eq!(snapshot(profile.path()), before, "{point}: the profile is as before\n{stderr}");
        if point == "fail-rename" {
            assert!(stderr.contains("nothing was changed"), "{point}: {stderr}");
        }
    }

    // Deaths: before the renames the profile is as before; between them it
    // is mixed until the next change on the profile puts it back.
    for point in ["mid-write", "before-backup", "after-backup", "before-rename", "between-renames"] {
        let profile = profile();
        let output = run_child(profile.path(), Some(point));
        assert!(output.status.code().is_none(), "{point}: the child dies at the failpoint");
        if point != "between-renames" {
            assert_not_mixed(profile.path(), &before, &after, point);
        }
        let interrupted = thunderbird::recover_interrupted_change(profile.path()).unwrap();
        assert_eq!(interrupted, matches!(point, "after-backup" | "before-rename" | "between-renames"), "{point}: journal");
        assert_eq!(snapshot(profile.path()), before, "{point}: after recovery the profile is as before");
        // And running again completes the migration.
        let output = run_child(profile.path(), None);
        assert!(output.status.success(), "{point}: rerun\n{}", String::from_utf8_lossy(&output.stderr));
        assert_eq!(snapshot(profile.path()), after, "{point}: the rerun migrates fully");
    }
}

#[test]
fn a_death_between_renames_is_undone_by_the_next_run_before_it_migrates() {
    let (_, after) = before_and_after();
    let profile = profile();
    let output = run_child(profile.path(), Some("between-renames"));
    assert!(output.status.code().is_none());
    // Straight on, without an explicit recovery: the next migration puts the
    // old files back first, then migrates all four.
    let output = run_child(profile.path(), None);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(snapshot(profile.path()), after);
}
