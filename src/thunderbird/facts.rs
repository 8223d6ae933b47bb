//! What a profile says about itself beyond its accounts, read without
//! changing anything: the Thunderbird version that last ran it
//! (`compatibility.ini`), the account prefs a `user.js` forces on every
//! start (thunderbird.md §3.5), and the clear part of its login store.

use super::ThunderbirdError;
use super::files::{INI_LIMIT, LOGINS_JSON_LIMIT, PREFS_JS_LIMIT, Symlinks, parse_prefs, read_limited, read_limited_text};
use super::logins::{LOGINS_JSON, LoginStore};
use std::path::Path;

/// The prefixes of the prefs that make up accounts, servers, identities and
/// sending servers: the ones mailsetup writes.
const ACCOUNT_PREF_PREFIXES: [&str; 6] =
    ["mail.accountmanager.", "mail.account.", "mail.server.", "mail.identity.", "mail.smtpserver", "mail.smtp."];

/// The version that last ran the profile, as `compatibility.ini`'s
/// `LastVersion` gives it (`153.8.0_20261110/20261110` → `153.8.0`).
/// `None` when the profile has never run or the file is unreadable.
pub fn last_version(profile_dir: &Path) -> Option<String> {
    let value = compatibility_value(profile_dir, "LastVersion", Symlinks::Follow)?;
    let version = value.split(['_', '/']).next().unwrap_or(&value);
    (!version.is_empty()).then(|| version.to_owned())
}

/// The value of `key` in the profile's `compatibility.ini`, trimmed;
/// `None` when the file or the key is missing or unreadable.
pub(super) fn compatibility_value(profile_dir: &Path, key: &str, symlinks: Symlinks) -> Option<String> {
    let bytes = read_limited(&profile_dir.join("compatibility.ini"), INI_LIMIT, symlinks).ok()??;
    let text = String::from_utf8_lossy(&bytes);
    text.lines().find_map(|line| line.trim().strip_prefix(key)?.strip_prefix('=')).map(|value| value.trim().to_owned())
}

/// The account prefs the profile's `user.js` sets. Thunderbird re-applies
/// them on every start, so a change mailsetup makes to one of them would
/// be undone. Empty without a `user.js`.
pub fn user_js_account_overrides(profile_dir: &Path) -> Result<Vec<String>, ThunderbirdError> {
    let path = profile_dir.join("user.js");
    let Some(bytes) = read_limited(&path, PREFS_JS_LIMIT, Symlinks::Follow)? else { return Ok(Vec::new()) };
    let prefs = parse_prefs(&path, &bytes)?;
    Ok(prefs.names().filter(|name| ACCOUNT_PREF_PREFIXES.iter().any(|prefix| name.starts_with(prefix))).map(str::to_owned).collect())
}

/// The profile's login store, parsed but not decrypted; `None` without one.
pub fn login_store(profile_dir: &Path) -> Result<Option<LoginStore>, ThunderbirdError> {
    let path = profile_dir.join(LOGINS_JSON);
    match read_limited_text(&path, LOGINS_JSON_LIMIT)? {
        Some(text) => LoginStore::parse(&path, &text).map(Some),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_version_is_the_version_part_of_last_version() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(last_version(dir.path()), None);
        std::fs::write(dir.path().join("compatibility.ini"), "[Compatibility]\r\nLastVersion=153.8.0_20261110/20261110\r\nLastOSABI=Linux_x86_64-gcc3\r\n").unwrap();
        assert_eq!(last_version(dir.path()).as_deref(), Some("153.8.0"));
        std::fs::write(dir.path().join("compatibility.ini"), "[Compatibility]\nLastPlatformDir=/usr/lib/thunderbird\n").unwrap();
        assert_eq!(last_version(dir.path()), None);
    }

    #[test]
    fn only_account_prefs_of_user_js_count_as_overrides() {
        let dir = tempfile::tempdir().unwrap();
        assert!(user_js_account_overrides(dir.path()).unwrap().is_empty());
        std::fs::write(
            dir.path().join("user.js"),
            "user_pref(\"mail.server.server1.authMethod\", 3);\nuser_pref(\"browser.cache.disk.enable\", false);\nuser_pref(\"mail.smtpserver.smtp1.username\", \"a@b.c\");\n",
        )
        .unwrap();
        assert_eq!(user_js_account_overrides(dir.path()).unwrap(), ["mail.server.server1.authMethod", "mail.smtpserver.smtp1.username"]);
        std::fs::write(dir.path().join("user.js"), "user_pref(\"mail.server.server1.authMethod\" 3);\n").unwrap();
        assert!(user_js_account_overrides(dir.path()).is_err(), "a broken user.js is an error, not 'no overrides'");
    }
}
