//! The fixture profile of a password-auth Exchange account with local mail
//! (and a POP account beside it), copied afresh for each test that changes it.

use std::fs;
use std::path::Path;

/// Where the fixture lives, relative to the package.
pub const FIXTURE: &str = "tests/fixtures/thunderbird/exchange_password_profile";

/// A copy of the fixture profile in a new temporary directory.
pub fn exchange_profile() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE), dir.path());
    dir
}

/// Copies a directory tree, files byte for byte.
fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}
