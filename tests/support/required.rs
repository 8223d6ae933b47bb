//! What an `#[ignore = "needs …"]` test needs from its environment, asked
//! for once at its start. A plain `cargo test` reports such a test as
//! ignored; run with `--include-ignored` (as `tests/run.sh` does after it
//! has started the peers) it runs, and where its environment is missing it
//! fails saying what to start or set, instead of passing without checking
//! anything.
//!
//! Also the other side of the tests that start this test binary again as a
//! helper process: the helper's input comes from its parent in an
//! environment variable, and a helper run on its own fails with its parent's
//! name.

#![allow(dead_code, reason = "each test binary uses the gates it needs")]

use std::ffi::OsString;
use std::path::PathBuf;

/// Set to `1` to let the tests start the real Thunderbird (about 10 s per
/// profile); `tests/run.sh` sets it.
pub const REAL_THUNDERBIRD_ENV: &str = "MAILSETUP_REAL_THUNDERBIRD";

/// The env file that `tests/peers/start.sh DIR` writes as `DIR/env`:
/// addresses, users, CA and provider files of the running peers.
pub const PEERS_ENV: &str = "MAILSETUP_PEERS_ENV";

/// Fails the test unless the real Thunderbird may be started.
#[track_caller]
pub fn real_thunderbird() {
    let value = std::env::var(REAL_THUNDERBIRD_ENV);
    assert!(
        value.as_deref() == Ok("1"),
        "this test needs the real Thunderbird and {REAL_THUNDERBIRD_ENV}=1 (it is {value:?}): \
         install it with tests/setup-machine.sh and run `bash tests/run.sh`, or set {REAL_THUNDERBIRD_ENV}=1"
    );
}

/// The peers' env file, or a failure saying how to start the peers.
#[track_caller]
pub fn peers_env_file() -> PathBuf {
    let Some(path) = std::env::var_os(PEERS_ENV) else {
        panic!(
            "this test needs the real peers and {PEERS_ENV}: start them with `bash tests/peers/start.sh DIR` and set \
             {PEERS_ENV}=DIR/env, or run `bash tests/run.sh`"
        );
    };
    let path = PathBuf::from(path);
    assert!(path.is_file(), "{PEERS_ENV} names {}, which is not a file: are the peers running?", path.display());
    path
}

/// The input a helper process gets from its parent test in `env`. Run on its
/// own (for instance by `cargo test -- --include-ignored`, which
/// `tests/run.sh` keeps off helpers with `--skip helper_`) the helper fails
/// and names its parent, since there is nothing it could check.
#[track_caller]
pub fn helper_input(env: &str, parent: &str) -> OsString {
    std::env::var_os(env).unwrap_or_else(|| {
        panic!("not a test: the helper process of `{parent}`, which sets {env}; skip helpers with `--skip helper_`")
    })
}

/// The directory of an installed Thunderbird whose NSS the hand-off tests
/// use (`MAILSETUP_THUNDERBIRD_INSTALL_DIR`, else `/usr/lib/thunderbird`),
/// or a failure saying how to install it.
#[track_caller]
pub fn thunderbird_nss_dir() -> PathBuf {
    let dir = std::env::var_os("MAILSETUP_THUNDERBIRD_INSTALL_DIR").map_or_else(|| PathBuf::from("/usr/lib/thunderbird"), PathBuf::from);
    assert!(
        dir.join("libnss3.so").is_file(),
        "this test needs Thunderbird's NSS libraries in {} (libnss3.so): install Thunderbird with tests/setup-machine.sh, \
         or set MAILSETUP_THUNDERBIRD_INSTALL_DIR to its directory",
        dir.display()
    );
    dir
}

/// The directory of Thunderbird 140 ESR, unpacked beside the installed one
/// (`MAILSETUP_THUNDERBIRD_140_DIR`, else the package's lib directory under
/// `/opt/thunderbird-140`, where tests/setup-machine.sh unpacks it), or a
/// failure saying how to get it.
#[track_caller]
pub fn thunderbird_140_dir() -> PathBuf {
    let dir = std::env::var_os("MAILSETUP_THUNDERBIRD_140_DIR").map_or_else(|| PathBuf::from("/opt/thunderbird-140/usr/lib/thunderbird"), PathBuf::from);
    assert!(
        dir.join("thunderbird").is_file() && dir.join("libnss3.so").is_file(),
        "this test needs Thunderbird 140 ESR in {}: tests/setup-machine.sh unpacks Debian's 1:140.12.0esr-1~deb12u1 there \
         (apt-get download, dpkg -x), or set MAILSETUP_THUNDERBIRD_140_DIR",
        dir.display()
    );
    dir
}
