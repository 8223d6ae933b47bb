//! Profile discovery and creation: `profiles.ini`, `installs.ini`,
//! `compatibility.ini`, and which profile Thunderbird opens. Everything
//! happens in temporary directories; the install directories are only
//! strings to hash and need not exist.

mod support {
    pub mod accounts;
}

use mailsetup::thunderbird::{
    ProfileChoice, ThunderbirdError, choose_profile_for_install, create_profile, install_hash, list_profiles_for_install,
    write_account,
};
use std::fs;
use std::path::Path;
use support::accounts::alice;

const FIXTURE_TWO_INSTALLS: &str = include_str!("fixtures/thunderbird/profiles_two_installs.ini");
const LINUX_INSTALL: &str = "/usr/lib/thunderbird";

/// The `Path=` descriptor of a profile directory under `root`.
fn descriptor_of(root: &Path, profile: &Path) -> String {
    let relative = profile.strip_prefix(root).unwrap();
    relative.components().map(|part| part.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
}

#[test]
fn with_no_profiles_ini_the_choice_is_to_create_one() {
    let home = tempfile::tempdir().unwrap();
    let root = home.path().join(".thunderbird");
    let choice = choose_profile_for_install(&root, None, Some(Path::new(LINUX_INSTALL))).unwrap();
    assert_eq!(choice, ProfileChoice::Create { root: root.clone(), install_dir: Some(LINUX_INSTALL.into()) });
    assert!(list_profiles_for_install(&root, None).unwrap().is_empty());
    assert!(!root.exists(), "looking must not create anything");
}

#[test]
fn a_new_profile_is_registered_and_claimed_for_the_installation() {
    let home = tempfile::tempdir().unwrap();
    let root = home.path().join(".thunderbird");
    let install = Path::new(LINUX_INSTALL);
    let profile = create_profile(&root, Some(install)).unwrap();

    assert!(profile.is_dir());
    let descriptor = descriptor_of(&root, &profile);
    let leaf = profile.file_name().unwrap().to_string_lossy().into_owned();
    let (salt, suffix) = leaf.split_once('.').unwrap();
    assert_eq!(suffix, "mailsetup");
    assert!(salt.len() == 8 && salt.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()), "{leaf}");
    if cfg!(any(windows, target_os = "macos")) {
        assert_eq!(descriptor, format!("Profiles/{leaf}"));
    } else {
        assert_eq!(descriptor, leaf);
    }

    let hash = install_hash(install);
    assert_eq!(hash, "FDC34C9F024745EB");
    let newline = if cfg!(windows) { "\r\n" } else { "\n" };
    let profiles_ini = format!(
        "[Profile0]\nName=mailsetup\nIsRelative=1\nPath={descriptor}\nDefault=1\n\n\
         [General]\nStartWithLastProfile=1\nVersion=2\n\n\
         [Install{hash}]\nDefault={descriptor}\nLocked=1\n"
    )
    .replace('\n', newline);
    assert_eq!(fs::read_to_string(root.join("profiles.ini")).unwrap(), profiles_ini);
    let installs_ini = format!("[{hash}]\nDefault={descriptor}\nLocked=1\n").replace('\n', newline);
    assert_eq!(fs::read_to_string(root.join("installs.ini")).unwrap(), installs_ini);
    assert_eq!(
        fs::read_to_string(profile.join("compatibility.ini")).unwrap(),
        format!("[Compatibility]\nLastPlatformDir={LINUX_INSTALL}\n")
    );

    // The new profile is now the one Thunderbird opens, and gets the account.
    let profiles = list_profiles_for_install(&root, Some(install)).unwrap();
    assert_eq!(profiles.len(), 1);
    assert!(profiles[0].is_default);
    assert_eq!(profiles[0].name, "mailsetup");
    assert_eq!(profiles[0].path, profile);
    assert!(profiles[0].accounts.is_empty());
    assert_eq!(
        choose_profile_for_install(&root, None, Some(install)).unwrap(),
        ProfileChoice::Existing(profile.clone())
    );
    write_account(&profile, &alice()).unwrap();
    let accounts = &list_profiles_for_install(&root, Some(install)).unwrap()[0].accounts;
    assert_eq!(accounts.len(), 1);
    assert_eq!(accounts[0].email.as_deref(), Some("alice@contoso.example"));
    assert!(accounts[0].uses_oauth2());
}

#[test]
fn without_a_known_installation_the_profile_is_left_for_the_first_one_to_adopt() {
    let home = tempfile::tempdir().unwrap();
    let root = home.path().join(".thunderbird");
    let profile = create_profile(&root, None).unwrap();
    let descriptor = descriptor_of(&root, &profile);
    let newline = if cfg!(windows) { "\r\n" } else { "\n" };
    assert_eq!(
        fs::read_to_string(root.join("profiles.ini")).unwrap(),
        format!(
            "[Profile0]\nName=mailsetup\nIsRelative=1\nPath={descriptor}\nDefault=1\n\n\
             [General]\nStartWithLastProfile=1\nVersion=2\n"
        )
        .replace('\n', newline)
    );
    assert!(!root.join("installs.ini").exists());
    // No LastPlatformDir: any installation may adopt it.
    assert_eq!(fs::read_to_string(profile.join("compatibility.ini")).unwrap(), "[Compatibility]\n");
    assert_eq!(choose_profile_for_install(&root, None, None).unwrap(), ProfileChoice::Existing(profile));
}

#[test]
fn an_existing_profiles_ini_keeps_all_its_sections() {
    let home = tempfile::tempdir().unwrap();
    let root = home.path().join(".thunderbird");
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join("profiles.ini"), FIXTURE_TWO_INSTALLS).unwrap();
    fs::write(root.join("installs.ini"), "[308046B0AF4A39CB]\nDefault=Profiles/qrst5678.default-release\nLocked=1\n")
        .unwrap();
    let install = Path::new("/opt/thunderbird");
    let hash = install_hash(install);

    let profile = create_profile(&root, Some(install)).unwrap();
    let descriptor = descriptor_of(&root, &profile);
    let written = fs::read_to_string(root.join("profiles.ini")).unwrap();

    // Every old section comes back with the same keys and values, in order.
    let old_sections: Vec<&str> = FIXTURE_TWO_INSTALLS.split("\n\n").map(str::trim).collect();
    let new_sections: Vec<String> = written.replace("\r\n", "\n").split("\n\n").map(|s| s.trim().to_owned()).collect();
    assert_eq!(&new_sections[..old_sections.len()], old_sections.as_slice(), "{written}");
    // Profile3 is next after 0, 1 and 2; not marked Default=1, since
    // Profile0 is; StartWithLastProfile=0 (the user's choice) stays.
    assert_eq!(
        &new_sections[old_sections.len()..],
        [
            format!("[Profile3]\nName=mailsetup\nIsRelative=1\nPath={descriptor}"),
            format!("[Install{hash}]\nDefault={descriptor}\nLocked=1"),
        ]
    );
    let installs = fs::read_to_string(root.join("installs.ini")).unwrap().replace("\r\n", "\n");
    assert_eq!(
        installs,
        format!(
            "[308046B0AF4A39CB]\nDefault=Profiles/qrst5678.default-release\nLocked=1\n\n[{hash}]\nDefault={descriptor}\nLocked=1\n"
        )
    );

    // For that installation the new profile is the default now.
    let profiles = list_profiles_for_install(&root, Some(install)).unwrap();
    let defaults: Vec<&str> = profiles.iter().filter(|p| p.is_default).map(|p| p.name.as_str()).collect();
    assert_eq!(defaults, ["mailsetup"]);
}

#[test]
fn the_installations_choice_beats_the_legacy_default() {
    let home = tempfile::tempdir().unwrap();
    let root = home.path().join(".thunderbird");
    fs::create_dir_all(root.join("abcd1234.default-esr")).unwrap();
    fs::create_dir_all(root.join("wxyz0000.default")).unwrap();
    fs::write(root.join("profiles.ini"), FIXTURE_TWO_INSTALLS).unwrap();

    let profiles = list_profiles_for_install(&root, Some(Path::new(LINUX_INSTALL))).unwrap();
    let summary: Vec<(&str, bool)> = profiles.iter().map(|p| (p.name.as_str(), p.is_default)).collect();
    assert_eq!(summary, [("default", false), ("default-esr", true), ("elsewhere", false)]);
    assert_eq!(profiles[2].path, Path::new("/srv/mail/elsewhere-profile"));
    assert_eq!(
        choose_profile_for_install(&root, None, Some(Path::new(LINUX_INSTALL))).unwrap(),
        ProfileChoice::Existing(root.join("abcd1234.default-esr"))
    );

    // An installation without a section of its own, facing two different
    // choices, falls back to the legacy Default=1.
    let other = Path::new("/nowhere/thunderbird");
    let profiles = list_profiles_for_install(&root, Some(other)).unwrap();
    let defaults: Vec<&str> = profiles.iter().filter(|p| p.is_default).map(|p| p.name.as_str()).collect();
    assert_eq!(defaults, ["default"]);
}

#[test]
fn several_profiles_without_a_default_need_an_explicit_choice() {
    let home = tempfile::tempdir().unwrap();
    let root = home.path().join(".thunderbird");
    fs::create_dir_all(root.join("a.one")).unwrap();
    fs::create_dir_all(root.join("b.two")).unwrap();
    fs::write(
        root.join("profiles.ini"),
        "[Profile0]\nName=one\nIsRelative=1\nPath=a.one\n\n[Profile1]\nName=two\nIsRelative=1\nPath=b.two\n",
    )
    .unwrap();
    let error = choose_profile_for_install(&root, None, None).unwrap_err();
    assert!(matches!(&error, ThunderbirdError::NoDefaultProfile { names, .. } if names == &["one", "two"]), "{error}");
    assert!(error.to_string().ends_with("choose one of them explicitly"), "{error}");

    let explicit = root.join("b.two");
    assert_eq!(
        choose_profile_for_install(&root, Some(&explicit), None).unwrap(),
        ProfileChoice::Existing(explicit.clone())
    );
    let missing = root.join("c.three");
    let error = choose_profile_for_install(&root, Some(&missing), None).unwrap_err();
    assert!(matches!(error, ThunderbirdError::ProfileNotFound { .. }), "{error}");
}

#[test]
fn a_single_profile_is_used_even_without_a_default_mark() {
    let home = tempfile::tempdir().unwrap();
    let root = home.path().join(".thunderbird");
    fs::create_dir_all(root.join("a.one")).unwrap();
    fs::write(
        root.join("profiles.ini"),
        "[General]\nStartWithLastProfile=1\n\n[Profile0]\nName=one\nIsRelative=1\nPath=a.one\n",
    )
    .unwrap();
    assert_eq!(choose_profile_for_install(&root, None, None).unwrap(), ProfileChoice::Existing(root.join("a.one")));
}

#[test]
fn listing_shows_accounts_and_survives_a_broken_prefs_file() {
    let home = tempfile::tempdir().unwrap();
    let root = home.path().join(".thunderbird");
    fs::create_dir_all(root.join("good.one")).unwrap();
    fs::create_dir_all(root.join("bad.two")).unwrap();
    fs::write(
        root.join("profiles.ini"),
        "[Profile0]\nName=good\nIsRelative=1\nPath=good.one\nDefault=1\n\n[Profile1]\nName=bad\nIsRelative=1\nPath=bad.two\n",
    )
    .unwrap();
    fs::write(root.join("good.one/prefs.js"), include_str!("fixtures/thunderbird/prefs_pop_and_local_folders.js"))
        .unwrap();
    fs::write(root.join("bad.two/prefs.js"), "user_pref(\"x\", \"\\t\");\n").unwrap();

    let profiles = list_profiles_for_install(&root, None).unwrap();
    let good = &profiles[0];
    assert!(good.is_default && good.prefs_problem.is_none());
    assert_eq!(good.accounts.len(), 1, "Local Folders is not a mail account");
    let pop = &good.accounts[0];
    assert_eq!(
        (pop.account_key.as_str(), pop.email.as_deref(), pop.incoming_type.as_str(), pop.incoming_host.as_str()),
        ("account1", Some("bob@example.org"), "pop3", "pop.example.org")
    );
    assert_eq!(pop.incoming_auth_method, 3);
    assert_eq!(pop.smtp_host.as_deref(), Some("smtp.example.org"));
    assert!(good.to_string().contains("bob@example.org: pop3 pop.example.org (password), sends via smtp.example.org"));

    let bad = &profiles[1];
    assert!(bad.accounts.is_empty());
    assert!(bad.prefs_problem.as_deref().is_some_and(|problem| problem.contains("line 1")), "{bad:?}");
}
