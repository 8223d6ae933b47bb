//! `mailsetup audit` on fake machines: every state, across homes and
//! installs, hostile profiles, the day it is judged for, the formats and
//! the exit status. Nothing here touches the real home directory.

#[path = "support/audit_machine.rs"]
mod audit_machine;
#[path = "support/hostile_profile.rs"]
mod hostile_profile;
#[path = "support/required.rs"]
mod required;

use audit_machine::{Account, Login, Machine, SignIn, fill_profile, ms_days_before, profiles, root_in};
use mailsetup::audit::{self, AccountState, Audit, SavedSignIn, Verdict};
use std::fs;
use std::path::Path;
use std::process::Command;

const MICROSOFT: &str = "oauth://login.microsoftonline.com";
const GOOGLE: &str = "oauth://accounts.google.com";

fn day(text: &str) -> time::Date {
    audit::parse_day(text).unwrap()
}

/// alice: one profile per state; bob: Flatpak and Snap installs.
fn machine_with_every_state() -> Machine {
    let machine = Machine::new();
    let alice = machine.home("alice");
    let [main, stale] = profiles(&root_in(&alice, "linux"), &["default", "old laptop"]).try_into().unwrap();
    fill_profile(
        &main,
        &[
            Account::microsoft_365("pw@contoso.example", SignIn::Password),
            Account::gmail("pw@gmail.com", SignIn::Password),
            Account::yahoo("pw@yahoo.com", SignIn::Password),
            Account::ews("ews@contoso.example"),
            Account::microsoft_365("oauth@contoso.example", SignIn::OAuth2),
            Account::other("me@small-isp.example", "mail.small-isp.example"),
            Account { email: "news@example.org".into(), kind: "nntp", incoming: "news.example.org".into(), incoming_sign_in: SignIn::Password, smtp: None },
        ],
        Some("153.8.0"),
        Some(&[Login { origin: MICROSOFT.into(), last_used_ms: ms_days_before(2026, 12, 2, 3) }]),
    );
    // Google's entry lay unused for a year; no Microsoft entry at all.
    fill_profile(
        &stale,
        &[Account::gmail("stale@gmail.com", SignIn::OAuth2), Account::microsoft_365("missing@contoso.example", SignIn::OAuth2)],
        Some("140.5.0"),
        Some(&[Login { origin: GOOGLE.into(), last_used_ms: ms_days_before(2026, 12, 2, 365) }]),
    );
    let bob = machine.home("bob");
    let [flatpak] = profiles(&root_in(&bob, "flatpak"), &["default"]).try_into().unwrap();
    fill_profile(&flatpak, &[Account::microsoft_365("bob@contoso.example", SignIn::Password)], Some("153.8.0"), None);
    let [snap] = profiles(&root_in(&bob, "snap"), &["default"]).try_into().unwrap();
    fill_profile(&snap, &[Account::gmail("bob@gmail.com", SignIn::OAuth2)], None, Some(&[Login { origin: GOOGLE.into(), last_used_ms: ms_days_before(2026, 12, 2, 1) }]));
    machine
}

fn state_of<'a>(audit: &'a Audit, address: &str) -> &'a audit::AccountAudit {
    audit.accounts().map(|(.., account)| account).find(|account| account.shown_address() == address).unwrap_or_else(|| panic!("no account {address} in the audit"))
}

#[test]
fn every_state_is_found_across_homes_and_installs() {
    let machine = machine_with_every_state();
    let audit = audit::audit_all_users(day("2026-12-02"), Some(&machine.users_dir())).unwrap();
    let expect = [
        ("pw@contoso.example", AccountState::PasswordMicrosoft365),
        ("pw@gmail.com", AccountState::PasswordRefused),
        ("pw@yahoo.com", AccountState::PasswordRefused),
        ("ews@contoso.example", AccountState::EwsMicrosoft365),
        ("oauth@contoso.example", AccountState::Works),
        ("me@small-isp.example", AccountState::UnknownProvider),
        ("stale@gmail.com", AccountState::SignInExpired),
        ("missing@contoso.example", AccountState::SignInMissing),
        ("bob@contoso.example", AccountState::PasswordMicrosoft365),
        ("bob@gmail.com", AccountState::Works),
    ];
    for (address, state) in expect {
        assert_eq!(state_of(&audit, address).state, state, "{address}: {}", state_of(&audit, address).summary);
    }
    let news = audit.accounts().find(|(.., account)| account.account.incoming_type == "nntp").unwrap().3;
    assert_eq!(news.state, AccountState::NothingToDo);
    // Another user's store is never decrypted: an entry that may be the
    // account's is "not checked", never "found".
    assert_eq!(state_of(&audit, "oauth@contoso.example").saved_sign_in, SavedSignIn::NotChecked);
    assert_eq!(state_of(&audit, "stale@gmail.com").saved_sign_in_last_used.as_deref(), Some("2025-12-02"));
    let kinds: Vec<(&str, &str)> = audit.homes.iter().flat_map(|home| home.roots.iter().map(move |root| (home.user.as_str(), root.kind))).collect();
    assert_eq!(kinds, [("alice", "linux"), ("bob", "flatpak"), ("bob", "snap")]);
    let versions: Vec<Option<&str>> = audit.profiles().map(|(.., profile)| profile.last_version.as_deref()).collect();
    assert_eq!(versions, [Some("153.8.0"), Some("140.5.0"), Some("153.8.0"), None]);
    assert!(audit.profiles().all(|(.., profile)| profile.running == Some(false) && profile.primary_password.is_none()));
    assert_eq!(audit.verdict(), Verdict::ActionNeeded);
    // The fix mailsetup can make in place, and the ones it cannot.
    assert!(state_of(&audit, "pw@contoso.example").fix.is_some());
    assert!(state_of(&audit, "pw@yahoo.com").fix.is_none());
    assert!(state_of(&audit, "pw@yahoo.com").what_to_do.contains("OAuth2"));
}

#[test]
fn the_state_is_computed_for_the_day_asked() {
    let machine = machine_with_every_state();
    let before = audit::audit_all_users(day("2026-09-15"), Some(&machine.users_dir())).unwrap();
    let after = audit::audit_all_users(day("2027-01-05"), Some(&machine.users_dir())).unwrap();
    let password = |audit: &Audit| state_of(audit, "pw@contoso.example").clone();
    assert!(password(&before).summary.contains("stops on 31 December 2026"), "{}", password(&before).summary);
    assert_eq!(password(&before).deadline.as_deref(), Some("2026-12-31"));
    assert!(password(&after).summary.contains("stopped taking it for sending on 31 December 2026"), "{}", password(&after).summary);
    assert_eq!(password(&after).deadline, None);
    let ews = |audit: &Audit| state_of(audit, "ews@contoso.example").clone();
    assert!(ews(&before).summary.contains("from 1 October 2026"), "{}", ews(&before).summary);
    assert_eq!(ews(&before).deadline.as_deref(), Some("2026-10-01"));
    assert!(ews(&after).summary.contains("gone on 1 April 2027"), "{}", ews(&after).summary);
    // The Microsoft sign-in used on 29 November expires after 90 unused days.
    let late = audit::audit_all_users(day("2027-03-10"), Some(&machine.users_dir())).unwrap();
    assert_eq!(state_of(&late, "oauth@contoso.example").state, AccountState::SignInExpired);
    assert_eq!(state_of(&machine_audit(&machine, "2027-02-20"), "oauth@contoso.example").state, AccountState::Works);
}

fn machine_audit(machine: &Machine, on: &str) -> Audit {
    audit::audit_all_users(day(on), Some(&machine.users_dir())).unwrap()
}

#[test]
fn hostile_homes_are_reported_and_never_followed_out() {
    let machine = Machine::new();
    let outside = machine.dir.path().join("elsewhere");
    fs::create_dir_all(&outside).unwrap();
    fs::write(outside.join("prefs.js"), audit_machine::prefs_js(&[Account::microsoft_365("leak@contoso.example", SignIn::Password)])).unwrap();

    // A broken profiles.ini.
    let carol = machine.home("carol");
    fs::create_dir_all(root_in(&carol, "linux")).unwrap();
    fs::write(root_in(&carol, "linux").join("profiles.ini"), "[Profile0\nName=x\n").unwrap();
    // A loop of symbolic links where the profiles would be.
    let dave = machine.home("dave");
    std::os::unix::fs::symlink(dave.join(".thunderbird-b"), dave.join(".thunderbird")).unwrap();
    std::os::unix::fs::symlink(dave.join(".thunderbird"), dave.join(".thunderbird-b")).unwrap();
    // A profile on a path with spaces and non-ASCII; one whose absolute
    // path leads out of the home; one whose prefs.js does.
    let erin = machine.home("erin");
    let root = root_in(&erin, "linux");
    let [spaced] = profiles(&root, &["Mes courriels été"]).try_into().unwrap();
    let spaced_named = spaced.with_file_name("Profil de Érin ü");
    fs::rename(&spaced, &spaced_named).unwrap();
    let escaping_link = erin.join("linked-profile");
    fs::create_dir(erin.join("own")).unwrap();
    std::os::unix::fs::symlink(outside.join("prefs.js"), erin.join("own/prefs.js")).unwrap();
    std::os::unix::fs::symlink(&outside, &escaping_link).unwrap();
    fs::write(
        root.join("profiles.ini"),
        format!(
            "[Profile0]\nName=spaced\nIsRelative=1\nPath=Profil de Érin ü\nDefault=1\n\n[Profile1]\nName=absolute\nIsRelative=0\nPath={}\n\n[Profile2]\nName=linked\nIsRelative=0\nPath={}\n\n[Profile3]\nName=own\nIsRelative=0\nPath={}\n",
            outside.display(),
            escaping_link.display(),
            erin.join("own").display()
        ),
    )
    .unwrap();
    fill_profile(&spaced_named, &[Account::microsoft_365("erin@contoso.example", SignIn::Password)], Some("153.8.0"), None);
    let before = hostile_profile::snapshot(machine.dir.path());
    let users = machine.users_dir();
    let audit = hostile_profile::within("the audit of a hostile machine", 20, move || audit::audit_all_users(day("2026-12-02"), Some(&users)).unwrap());
    assert_eq!(hostile_profile::snapshot(machine.dir.path()), before, "the audit changed a file");

    let home = |user: &str| audit.homes.iter().find(|home| home.user == user).unwrap();
    assert!(home("carol").roots[0].problem.as_deref().is_some_and(|problem| problem.contains("profiles.ini")), "{:?}", home("carol").roots);
    assert!(home("dave").roots[0].problem.as_deref().is_some_and(|problem| problem.contains("loop of symbolic links")), "{:?}", home("dave").roots);
    let erin_profiles = &home("erin").roots[0].profiles;
    assert_eq!(erin_profiles[0].accounts[0].state, AccountState::PasswordMicrosoft365);
    assert!(erin_profiles[0].path.to_string_lossy().contains("Profil de Érin ü"));
    for refused in &erin_profiles[1..] {
        assert!(refused.accounts.is_empty(), "{} was read: {:?}", refused.name, refused.accounts);
        assert!(refused.problems.iter().any(|problem| problem.contains("leads out of the home")), "{}: {:?}", refused.name, refused.problems);
    }
    assert!(audit.accounts().all(|(.., account)| account.shown_address() != "leak@contoso.example"));
    assert_eq!(audit.verdict(), Verdict::ActionNeeded);

    // An unreadable prefs.js and lock (FIFOs, which would block a naive
    // reader; after the snapshots, which would block on them too).
    let fred = machine.home("fred");
    let [fifo_profile] = profiles(&root_in(&fred, "linux"), &["default"]).try_into().unwrap();
    nix::unistd::mkfifo(&fifo_profile.join("prefs.js"), nix::sys::stat::Mode::S_IRWXU).unwrap();
    nix::unistd::mkfifo(&fifo_profile.join(".parentlock"), nix::sys::stat::Mode::S_IRWXU).unwrap();
    let users = machine.users_dir();
    let audit = hostile_profile::within("the audit of a profile of FIFOs", 20, move || audit::audit_all_users(day("2026-12-02"), Some(&users)).unwrap());
    let fifo = &audit.homes.iter().find(|home| home.user == "fred").unwrap().roots[0].profiles[0];
    assert!(fifo.accounts.is_empty() && !fifo.problems.is_empty(), "{fifo:?}");
}

#[test]
fn ten_thousand_accounts_in_one_prefs_js_are_all_judged() {
    let machine = Machine::new();
    let home = machine.home("big");
    let [profile] = profiles(&root_in(&home, "linux"), &["default"]).try_into().unwrap();
    let accounts: Vec<Account> = (0..10_000)
        .map(|n| if n % 2 == 0 { Account::microsoft_365(&format!("user{n}@contoso.example"), SignIn::Password) } else { Account::gmail(&format!("user{n}@gmail.com"), SignIn::OAuth2) })
        .collect();
    fill_profile(&profile, &accounts, Some("153.8.0"), None);
    let users = machine.users_dir();
    let audit = hostile_profile::within("the audit of 10 000 accounts", 60, move || audit::audit_all_users(day("2026-12-02"), Some(&users)).unwrap());
    assert_eq!(audit.accounts().count(), 10_000);
    assert_eq!(audit.accounts().filter(|(.., account)| account.state == AccountState::PasswordMicrosoft365).count(), 5_000);
    assert_eq!(audit.accounts().filter(|(.., account)| account.state == AccountState::SignInMissing).count(), 5_000);
}

#[test]
fn profile_facts_user_js_and_running_are_reported() {
    let machine = Machine::new();
    let home = machine.home("gina");
    let [profile] = profiles(&root_in(&home, "linux"), &["default"]).try_into().unwrap();
    fill_profile(&profile, &[Account::microsoft_365("gina@contoso.example", SignIn::Password)], Some("128.14.0"), None);
    fs::write(profile.join("user.js"), "user_pref(\"mail.server.server1.authMethod\", 3);\nuser_pref(\"general.useragent.locale\", \"de\");\n").unwrap();
    // Thunderbird's lock symlink, naming a process that is alive: this one.
    std::os::unix::fs::symlink(format!("127.0.0.1:+{}", std::process::id()), profile.join("lock")).unwrap();
    let audit = machine_audit(&machine, "2026-12-02");
    let (.., found) = audit.profiles().next().unwrap();
    assert_eq!(found.last_version.as_deref(), Some("128.14.0"));
    assert_eq!(found.running, Some(true));
    assert_eq!(found.user_js_overrides, ["mail.server.server1.authMethod"]);
    let text = audit.to_string();
    assert!(text.contains("close Thunderbird before a fix"), "{text}");
    assert!(text.contains("user.js sets account settings"), "{text}");
}

fn mailsetup(args: &[&str], home: &Path) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_mailsetup"))
        .args(args)
        .env("HOME", home)
        .env_remove("APPDATA")
        .env_remove("XDG_CONFIG_HOME")
        .output()
        .unwrap();
    (output.status.code().unwrap_or(-1), String::from_utf8_lossy(&output.stdout).into_owned(), String::from_utf8_lossy(&output.stderr).into_owned())
}

#[test]
fn the_command_line_exit_status_says_whether_anything_needs_action() {
    let machine = machine_with_every_state();
    let alice = machine.users_dir().join("alice");
    let (code, out, err) = mailsetup(&["audit", "--on", "2026-12-02"], &alice);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("pw@contoso.example: Uses a password at Microsoft 365"), "{out}");
    assert!(out.contains("What to do: Choose Fix in Mail Setup"), "{out}");
    assert!(out.contains("need action"), "{out}");

    // Nothing to do: one working account.
    let fine = Machine::new();
    let home = fine.home("henry");
    let [profile] = profiles(&root_in(&home, "linux"), &["default"]).try_into().unwrap();
    fill_profile(&profile, &[Account::other("henry@small-isp.example", "imap.gmx.net")], Some("153.8.0"), None);
    fs::write(profile.join("prefs.js"), audit_machine::prefs_js(&[Account { email: "henry@example.org".into(), kind: "nntp", incoming: "news.example.org".into(), incoming_sign_in: SignIn::Password, smtp: None }])).unwrap();
    let (code, out, _) = mailsetup(&["audit"], &home);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Nothing to do"), "{out}");

    // Incomplete: nothing needs action, but a profile could not be read.
    nix::unistd::mkfifo(&profile.join("prefs.js.fifo"), nix::sys::stat::Mode::S_IRWXU).unwrap();
    fs::remove_file(profile.join("prefs.js")).unwrap();
    fs::rename(profile.join("prefs.js.fifo"), profile.join("prefs.js")).unwrap();
    let (code, out, _) = mailsetup(&["audit"], &home);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("not everything could be read"), "{out}");

    let (code, _, err) = mailsetup(&["audit", "--on", "31/12/2026"], &home);
    assert_eq!(code, 2);
    assert!(err.contains("YYYY-MM-DD"), "{err}");
}

#[test]
fn json_and_csv_carry_every_account() {
    let machine = machine_with_every_state();
    let users = machine.users_dir();
    let nowhere = machine.dir.path().join("no-home");
    let users_arg = users.to_str().unwrap();
    let (code, json, err) = mailsetup(&["audit", "--all-users", "--users-dir", users_arg, "--on", "2026-12-02", "--json"], &nowhere);
    assert_eq!(code, 1, "{err}");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["schema_version"], 1);
    assert_eq!(value["on"], "2026-12-02");
    assert_eq!(value["scope"], "all-users");
    let states: Vec<&str> = value["homes"].as_array().unwrap().iter()
        .flat_map(|home| home["roots"].as_array().unwrap())
        .flat_map(|root| root["profiles"].as_array().unwrap())
        .flat_map(|profile| profile["accounts"].as_array().unwrap())
        .map(|account| account["state"].as_str().unwrap())
        .collect();
    assert_eq!(states.len(), 11);
    assert!(states.contains(&"password-microsoft-365") && states.contains(&"sign-in-expired") && states.contains(&"ews-microsoft-365"), "{states:?}");

    let (code, csv_text, _) = mailsetup(&["audit", "--all-users", "--users-dir", users_arg, "--on", "2026-12-02", "--csv"], &nowhere);
    assert_eq!(code, 1);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), audit::render::CSV_COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 11);
    let pw = rows.iter().find(|row| &row[6] == "pw@contoso.example").unwrap();
    assert_eq!((&pw[0], &pw[1], &pw[13], &pw[14], &pw[16]), ("alice", "linux", "password-microsoft-365", "yes", "2026-12-31"));
    let erin = rows.iter().find(|row| &row[6] == "bob@gmail.com").unwrap();
    assert_eq!((&erin[1], &erin[13], &erin[15]), ("snap", "works", "not-checked"));
}

#[test]
fn fix_needed_does_nothing_when_every_account_is_fine() {
    let machine = Machine::new();
    let home = machine.home("ivy");
    let [profile] = profiles(&root_in(&home, "linux"), &["default"]).try_into().unwrap();
    fill_profile(&profile, &[Account::other("ivy@small-isp.example", "imap.gmx.net")], Some("153.8.0"), None);
    // mailsetup keeps its own log under ~/.local/state; Thunderbird's folder must not change.
    let thunderbird = root_in(&home, "linux");
    let before = hostile_profile::snapshot(&thunderbird);
    // No display: were a window to open, this would fail with status 2.
    let output = Command::new(env!("CARGO_BIN_EXE_mailsetup")).arg("--fix-needed").env("HOME", &home).env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY").output().unwrap();
    let out = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{out}");
    assert!(out.contains("nothing to fix"), "{out}");
    assert_eq!(hostile_profile::snapshot(&thunderbird), before);
}

#[test]
#[ignore = "needs Thunderbird's NSS libraries (tests/setup-machine.sh installs Thunderbird)"]
fn the_current_users_saved_sign_ins_are_told_apart_by_user_name() {
    use mailsetup::secret::Secret;
    use mailsetup::thunderbird::handoff::{HandOff, hand_off};
    let machine = Machine::new();
    let home = machine.home("jo");
    let [profile] = profiles(&root_in(&home, "linux"), &["default"]).try_into().unwrap();
    fill_profile(
        &profile,
        &[Account::microsoft_365("alice@contoso.example", SignIn::OAuth2), Account::microsoft_365("bob@contoso.example", SignIn::OAuth2)],
        Some("153.8.0"),
        None,
    );
    // Thunderbird's own entry for alice only, encrypted with its NSS.
    let token = Secret::new("M.R3_audit-test-refresh-token");
    let realm = "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send offline_access";
    hand_off(&HandOff { profile_dir: &profile, account_key: "account1", origin: MICROSOFT, realm, refresh_token: &token, nss_dirs: &[required::thunderbird_nss_dir()] }).unwrap();
    let (code, json, err) = mailsetup(&["audit", "--json"], &home);
    assert_eq!(code, 1, "{err}");
    assert!(!json.contains("audit-test-refresh-token"), "the token never leaves the login store");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let found = &value["homes"][0]["roots"][0]["profiles"][0];
    assert_eq!(found["primary_password"], false);
    let by_address = |address: &str| found["accounts"].as_array().unwrap().iter().find(|account| account["account"]["email"] == address).unwrap().clone();
    assert_eq!((by_address("alice@contoso.example")["state"].clone(), by_address("alice@contoso.example")["saved_sign_in"].clone()), (serde_json::json!("works"), serde_json::json!("found")));
    assert_eq!((by_address("bob@contoso.example")["state"].clone(), by_address("bob@contoso.example")["saved_sign_in"].clone()), (serde_json::json!("sign-in-missing"), serde_json::json!("missing")));
}
