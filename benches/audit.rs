//! `mailsetup audit --all-users` on a generated machine (prints figures;
//! not a timed test).
//!
//! For each size (100, 1 000 and 10 000 profiles by default) a machine is
//! written into a temporary directory (never the real home): homes of 10
//! profiles each, spread over the Linux, Flatpak and Snap roots, each
//! profile with 10 accounts in mixed states (Microsoft 365 with a password
//! or OAuth2 with fresh, stale or no saved sign-in, Outlook.com, Gmail,
//! Yahoo, EWS, a small ISP), a `prefs.js` padded with the prefs
//! Thunderbird writes besides the account ones (about 40 KB), a login
//! store, `compatibility.ini`, `.parentlock` and, now and then, a
//! `user.js`. Then `mailsetup::audit::audit_all_users` (what `mailsetup
//! audit --all-users --users-dir DIR` runs) is timed:
//!
//! - warm page cache: one untimed run, then `WARM_RUNS` timed runs;
//! - cold page cache: before each of `COLD_RUNS` runs, `sync` and
//!   `echo 3 > /proc/sys/vm/drop_caches` (root only), or where that is
//!   refused `posix_fadvise(POSIX_FADV_DONTNEED)` on every generated file
//!   (drops their data, not the directory and inode caches). The output
//!   says which.
//!
//! Also printed: the time to render the table (`Display`, what the CLI
//! prints), the time per profile, how it grows against the smallest size
//! (linear: it stays near 1.00×) and against the previous size, and the
//! process's peak RSS (`VmHWM`, reset through `/proc/self/clear_refs`
//! before each size where the kernel allows).
//!
//!     cargo bench --features failpoints,bench-hooks --bench audit
//!     MAILSETUP_AUDIT_SIZES=100,1000 cargo bench --bench audit    # profiles per machine
//!     MAILSETUP_AUDIT_COLD=fadvise cargo bench --bench audit      # drop-caches | fadvise | none

#[path = "../tests/support/audit_machine.rs"]
mod audit_machine;

use audit_machine::{
    Account, Login, Machine, SignIn, fill_profile, ms_days_before, profiles, root_in,
};
use mailsetup::audit::{self, Audit, Verdict};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Profiles per machine when `MAILSETUP_AUDIT_SIZES` is not set.
const DEFAULT_SIZES: [usize; 3] = [100, 1_000, 10_000];
const ACCOUNTS_PER_PROFILE: usize = 10;
const PROFILES_PER_HOME: usize = 10;
const WARM_RUNS: usize = 7;
const COLD_RUNS: usize = 3;
/// The day the audit judges for; the saved sign-ins' last uses count back from it.
const ON: (i32, u8, u8) = (2026, 12, 15);

const MICROSOFT: &str = "oauth://login.microsoftonline.com";
const GOOGLE: &str = "oauth://accounts.google.com";
const YAHOO: &str = "oauth://login.yahoo.com";

fn main() {
    let sizes: Vec<usize> = match std::env::var("MAILSETUP_AUDIT_SIZES") {
        Ok(list) => list
            .split(',')
            .map(|size| {
                size.trim()
                    .parse()
                    .expect("profile counts, comma-separated")
            })
            .collect(),
        Err(_) => DEFAULT_SIZES.to_vec(),
    };
    let cold = ColdCache::choose();
    let on =
        time::Date::from_calendar_date(ON.0, time::Month::try_from(ON.1).unwrap(), ON.2).unwrap();
    println!("audit benchmark: mailsetup::audit::audit_all_users on generated machines");
    println!(
        "  {ACCOUNTS_PER_PROFILE} accounts per profile, {PROFILES_PER_HOME} profiles per home, judged for {on}"
    );
    println!(
        "  warm: 1 untimed run, then {WARM_RUNS} timed; cold: {COLD_RUNS} runs, {}",
        cold.describe()
    );
    println!(
        "  machines in {} (a temporary directory)",
        std::env::temp_dir().display()
    );
    let mut rows: Vec<Row> = Vec::new();
    for &size in &sizes {
        let started = Instant::now();
        let machine = generate(size);
        let stats = disk_stats(&machine.users_dir());
        nix::unistd::sync();
        println!(
            "\n{size} profiles: {} homes, {} files, {:.1} MB ({:.1} KB prefs.js on average), written in {:.1} s",
            size.div_ceil(PROFILES_PER_HOME),
            stats.files,
            stats.bytes as f64 / 1e6,
            stats.prefs_bytes as f64 / stats.prefs_files.max(1) as f64 / 1e3,
            started.elapsed().as_secs_f64()
        );
        let peak_reset = reset_peak_rss();
        let users_dir = machine.users_dir();
        let run = || {
            let started = Instant::now();
            let audit =
                audit::audit_all_users(on, Some(&users_dir)).expect("the users directory lists");
            (started.elapsed(), audit)
        };

        let (_, first) = run();
        check(&first, size);
        print_states(&first);
        drop(first);

        let mut warm = Vec::new();
        let mut render = Vec::new();
        for _ in 0..WARM_RUNS {
            let (took, audit) = run();
            warm.push(took);
            let started = Instant::now();
            let table = std::hint::black_box(audit.to_string());
            render.push(started.elapsed());
            assert!(!table.is_empty());
        }

        let mut cold_times = Vec::new();
        if cold != ColdCache::None {
            for _ in 0..COLD_RUNS {
                cold.drop_files(&users_dir);
                let (took, audit) = run();
                cold_times.push(took);
                check(&audit, size);
            }
        }
        let peak = peak_rss_kib();
        let row = Row {
            profiles: size,
            warm: Figures::of(warm),
            render: Figures::of(render),
            cold: (!cold_times.is_empty()).then(|| Figures::of(cold_times)),
            peak_kib: peak,
            peak_reset,
        };
        println!(
            "  warm: median {} min {} max {} | render {} | cold: {} | peak RSS {}",
            ms(row.warm.median),
            ms(row.warm.min),
            ms(row.warm.max),
            ms(row.render.median),
            row.cold
                .as_ref()
                .map_or("not measured".to_owned(), |cold| format!(
                    "median {} min {} max {}",
                    ms(cold.median),
                    ms(cold.min),
                    ms(cold.max)
                )),
            mib(row.peak_kib)
        );
        rows.push(row);
        drop(machine);
    }
    print_table(&rows, cold);
}

/// How the page cache is emptied before a cold run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ColdCache {
    DropCaches,
    Fadvise,
    None,
}

impl ColdCache {
    /// `MAILSETUP_AUDIT_COLD` if set; else drop_caches where permitted,
    /// else fadvise.
    fn choose() -> ColdCache {
        match std::env::var("MAILSETUP_AUDIT_COLD").as_deref() {
            Ok("drop-caches") => ColdCache::DropCaches,
            Ok("fadvise") => ColdCache::Fadvise,
            Ok("none") => ColdCache::None,
            Ok(other) => panic!("MAILSETUP_AUDIT_COLD={other}: drop-caches, fadvise or none"),
            Err(_) if cfg!(target_os = "linux") => match drop_caches() {
                Ok(()) => ColdCache::DropCaches,
                Err(error) => {
                    println!("  ({error}; using posix_fadvise instead)");
                    ColdCache::Fadvise
                }
            },
            Err(_) => ColdCache::None,
        }
    }

    fn describe(self) -> &'static str {
        match self {
            ColdCache::DropCaches => {
                "`sync; echo 3 > /proc/sys/vm/drop_caches` before each (page cache, dentries and inodes)"
            }
            ColdCache::Fadvise => {
                "`sync`, then posix_fadvise(POSIX_FADV_DONTNEED) on every generated file before each (file data only; directories and inodes stay cached)"
            }
            ColdCache::None => "not measured",
        }
    }

    fn drop_files(self, dir: &Path) {
        match self {
            ColdCache::DropCaches => {
                drop_caches().expect("drop_caches worked when the bench started")
            }
            ColdCache::Fadvise => fadvise_dont_need(dir),
            ColdCache::None => {}
        }
    }
}

fn drop_caches() -> Result<(), String> {
    nix::unistd::sync();
    fs::write("/proc/sys/vm/drop_caches", "3\n")
        .map_err(|error| format!("cannot write /proc/sys/vm/drop_caches: {error}"))
}

/// Every regular file under `dir`, its cached data dropped (after a `sync`,
/// so that none of it is dirty).
fn fadvise_dont_need(dir: &Path) {
    use nix::fcntl::{PosixFadviseAdvice, posix_fadvise};
    nix::unistd::sync();
    for file in files_under(dir) {
        let Ok(open) = fs::File::open(&file) else {
            continue;
        };
        posix_fadvise(&open, 0, 0, PosixFadviseAdvice::POSIX_FADV_DONTNEED)
            .unwrap_or_else(|error| panic!("posix_fadvise {}: {error}", file.display()));
    }
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir).unwrap().filter_map(Result::ok) {
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                pending.push(entry.path());
            } else if kind.is_file() {
                files.push(entry.path());
            }
        }
    }
    files
}

struct DiskStats {
    files: usize,
    bytes: u64,
    prefs_files: usize,
    prefs_bytes: u64,
}

fn disk_stats(dir: &Path) -> DiskStats {
    let mut stats = DiskStats {
        files: 0,
        bytes: 0,
        prefs_files: 0,
        prefs_bytes: 0,
    };
    for file in files_under(dir) {
        let len = fs::metadata(&file).map(|meta| meta.len()).unwrap_or(0);
        stats.files += 1;
        stats.bytes += len;
        if file.file_name().is_some_and(|name| name == "prefs.js") {
            stats.prefs_files += 1;
            stats.prefs_bytes += len;
        }
    }
    stats
}

/// The audit saw every profile and account, and the mix needs action.
fn check(audit: &Audit, profiles: usize) {
    assert_eq!(audit.profiles().count(), profiles, "profiles audited");
    assert_eq!(
        audit.accounts().count(),
        profiles * ACCOUNTS_PER_PROFILE,
        "accounts audited"
    );
    let problems: Vec<&String> = audit
        .profiles()
        .flat_map(|(_, _, profile)| &profile.problems)
        .collect();
    assert!(
        problems.is_empty(),
        "the generated profiles read without problems: {:?}",
        &problems[..problems.len().min(5)]
    );
    assert_eq!(audit.verdict(), Verdict::ActionNeeded);
}

fn print_states(audit: &Audit) {
    let mut states: BTreeMap<&str, usize> = BTreeMap::new();
    for (.., account) in audit.accounts() {
        *states.entry(account.state.as_str()).or_default() += 1;
    }
    let list: Vec<String> = states
        .iter()
        .map(|(state, count)| format!("{state} {count}"))
        .collect();
    println!("  states: {}", list.join(", "));
}

// ---------------------------------------------------------------------------
// The machine.

/// A small deterministic generator, so that every run writes the same machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// The kinds of account a profile is made of, with how often each comes.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Microsoft365Password,
    Microsoft365OAuthFresh,
    Microsoft365OAuthStale,
    Microsoft365OAuthMissing,
    OutlookComOAuth,
    GmailOAuthFresh,
    GmailOAuthStale,
    GmailPassword,
    YahooOAuth,
    Ews,
    SmallIsp,
}

const KINDS: [(Kind, u64); 11] = [
    (Kind::Microsoft365Password, 20),
    (Kind::Microsoft365OAuthFresh, 20),
    (Kind::Microsoft365OAuthStale, 6),
    (Kind::Microsoft365OAuthMissing, 4),
    (Kind::OutlookComOAuth, 6),
    (Kind::GmailOAuthFresh, 12),
    (Kind::GmailOAuthStale, 4),
    (Kind::GmailPassword, 6),
    (Kind::YahooOAuth, 4),
    (Kind::Ews, 8),
    (Kind::SmallIsp, 10),
];

fn pick(rng: &mut Rng) -> Kind {
    let total: u64 = KINDS.iter().map(|(_, weight)| weight).sum();
    let mut roll = rng.below(total);
    for (kind, weight) in KINDS {
        if roll < weight {
            return kind;
        }
        roll -= weight;
    }
    unreachable!("the roll is below the total")
}

fn days_ago(days: i64) -> u64 {
    ms_days_before(ON.0, ON.1, ON.2, days)
}

/// One account of kind `kind`, and the login store entries Thunderbird
/// would keep for it.
fn account(kind: Kind, profile: usize, n: usize, rng: &mut Rng) -> (Account, Vec<Login>) {
    let local = format!("user{profile}.{n}");
    let fresh = || days_ago(1 + (profile as i64 + n as i64) % 30);
    let stale = || days_ago(200 + (profile as i64 * 7 + n as i64) % 300);
    let login = |origin: &str, last_used_ms: u64| Login {
        origin: origin.to_owned(),
        last_used_ms,
    };
    let passwords = |incoming: &str, smtp: &str| {
        vec![
            login(&format!("imap://{incoming}"), fresh()),
            login(&format!("smtp://{smtp}"), fresh()),
        ]
    };
    let tenant = rng.below(40);
    match kind {
        Kind::Microsoft365Password => (
            Account::microsoft_365(
                &format!("{local}@contoso{tenant}.example"),
                SignIn::Password,
            ),
            passwords("outlook.office365.com", "smtp.office365.com"),
        ),
        Kind::Microsoft365OAuthFresh => (
            Account::microsoft_365(&format!("{local}@contoso{tenant}.example"), SignIn::OAuth2),
            vec![login(MICROSOFT, fresh())],
        ),
        Kind::Microsoft365OAuthStale => (
            Account::microsoft_365(&format!("{local}@fabrikam{tenant}.example"), SignIn::OAuth2),
            vec![login(MICROSOFT, stale())],
        ),
        Kind::Microsoft365OAuthMissing => (
            Account::microsoft_365(
                &format!("{local}@northwind{tenant}.example"),
                SignIn::OAuth2,
            ),
            Vec::new(),
        ),
        Kind::OutlookComOAuth => (
            Account::microsoft_365(&format!("{local}@outlook.com"), SignIn::OAuth2),
            vec![login(MICROSOFT, fresh())],
        ),
        Kind::GmailOAuthFresh => (
            Account::gmail(&format!("{local}@gmail.com"), SignIn::OAuth2),
            vec![login(GOOGLE, fresh())],
        ),
        Kind::GmailOAuthStale => (
            Account::gmail(&format!("{local}@gmail.com"), SignIn::OAuth2),
            vec![login(GOOGLE, stale())],
        ),
        Kind::GmailPassword => (
            Account::gmail(&format!("{local}@gmail.com"), SignIn::Password),
            passwords("imap.gmail.com", "smtp.gmail.com"),
        ),
        Kind::YahooOAuth => (
            Account::yahoo(&format!("{local}@yahoo.com"), SignIn::OAuth2),
            vec![login(YAHOO, fresh())],
        ),
        Kind::Ews => (
            Account::ews(&format!("{local}@contoso{tenant}.example")),
            vec![login(MICROSOFT, fresh())],
        ),
        Kind::SmallIsp => {
            let host = format!("mail.isp{tenant}.example");
            let smtp = format!("smtp.{host}");
            let logins = passwords(&host, &smtp);
            (
                Account::other(&format!("{local}@isp{tenant}.example"), &host),
                logins,
            )
        }
    }
}

/// Writes a machine of `total` profiles and returns it.
fn generate(total: usize) -> Machine {
    let machine = Machine::new();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut made = 0;
    for home_index in 0..total.div_ceil(PROFILES_PER_HOME) {
        let home = machine.home(&format!("user{home_index:05}"));
        let count = PROFILES_PER_HOME.min(total - made);
        // Most homes keep their profiles in ~/.thunderbird; some have a
        // Flatpak or Snap install besides.
        let layout: Vec<(&str, usize)> = match home_index % 4 {
            0 if count > 4 => vec![("linux", count - 4), ("flatpak", 4)],
            1 if count > 4 => vec![("linux", count - 4), ("snap", 4)],
            _ => vec![("linux", count)],
        };
        for (kind, count) in layout {
            let names: Vec<String> = (0..count)
                .map(|index| {
                    if index == 0 {
                        "default".to_owned()
                    } else {
                        format!("profile {index}")
                    }
                })
                .collect();
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            let root = root_in(&home, kind);
            for dir in profiles(&root, &names) {
                write_profile(&dir, &home, made, &mut rng);
                made += 1;
            }
        }
    }
    assert_eq!(made, total);
    machine
}

fn write_profile(dir: &Path, home: &Path, index: usize, rng: &mut Rng) {
    let mut accounts = Vec::new();
    let mut logins = Vec::new();
    for n in 1..=ACCOUNTS_PER_PROFILE {
        let (account, entries) = account(pick(rng), index, n, rng);
        accounts.push(account);
        logins.extend(entries);
    }
    let version = match rng.below(10) {
        0..=4 => Some("153.8.0"),
        5..=7 => Some("140.5.0"),
        8 => Some("128.14.0"),
        _ => None,
    };
    // One profile in twenty never saved a login.
    let logins = (rng.below(20) != 0).then_some(logins);
    fill_profile(dir, &accounts, version, logins.as_deref());
    fs::write(
        dir.join("prefs.js"),
        realistic_prefs(&accounts, dir, home, index),
    )
    .unwrap();
    fs::write(dir.join(".parentlock"), "").unwrap();
    if index % 25 == 7 {
        fs::write(dir.join("user.js"), "user_pref(\"mail.server.server1.check_time\", 5);\nuser_pref(\"mail.server.server2.authMethod\", 3);\n").unwrap();
    }
}

/// The fixture's account prefs with the others Thunderbird writes beside
/// them (folders, namespaces, ports, and the application's own), sorted by
/// name under Thunderbird's header, as Thunderbird writes the file.
fn realistic_prefs(accounts: &[Account], dir: &Path, home: &Path, index: usize) -> String {
    let mut lines: Vec<String> = audit_machine::prefs_js(accounts)
        .lines()
        .filter(|line| line.starts_with("user_pref("))
        .map(str::to_owned)
        .collect();
    let pref = |name: &str, value: &str| format!("user_pref(\"{name}\", {value});");
    let text = |value: &str| {
        format!(
            "\"{}\"",
            value
                .replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('\n', "\\n")
        )
    };
    let profile_dir = dir.display().to_string();
    let stamp = 1_765_000_000 + index as u64 * 37;
    for (position, account) in accounts.iter().enumerate() {
        let n = position + 1;
        let server = format!("mail.server.server{n}");
        let identity = format!("mail.identity.id{n}");
        let host = &account.incoming;
        let folder_base = format!("imap://{}@{host}", account.email.replace('@', "%40"));
        for (name, value) in [
            ("cacheCapa.acl", "true".to_owned()),
            ("cacheCapa.quota", "true".to_owned()),
            ("canChangeStoreType", "true".to_owned()),
            ("check_new_mail", "true".to_owned()),
            ("check_time", "10".to_owned()),
            (
                "directory",
                text(&format!("{profile_dir}/ImapMail/{host}-{n}")),
            ),
            (
                "directory-rel",
                text(&format!("[ProfD]ImapMail/{host}-{n}")),
            ),
            ("download_on_biff", "true".to_owned()),
            ("lastFilterTime", stamp.to_string()),
            ("login_at_startup", "true".to_owned()),
            ("max_cached_connections", "5".to_owned()),
            ("moveTargetMode", "1".to_owned()),
            ("name", text(&account.email)),
            ("namespace.other_users", text("\"Other Users/\"")),
            ("namespace.personal", text("\"\"")),
            ("namespace.public", text("\"Shared Folders/\"")),
            ("nextFilterTime", (stamp + 600).to_string()),
            ("port", "993".to_owned()),
            (
                "serverIDResponse",
                text(
                    "(\"name\" \"Microsoft.Exchange\" \"vendor\" \"Microsoft\" \"version\" \"15.20\")",
                ),
            ),
            ("socketType", "3".to_owned()),
            ("spamActionTargetAccount", text(&folder_base)),
            ("spamLevel", "100".to_owned()),
            (
                "storeContractID",
                text("@mozilla.org/msgstore/berkeleystore;1"),
            ),
            ("timeout", "29".to_owned()),
            ("trash_folder_name", text("Deleted Items")),
            ("using_subscription", "true".to_owned()),
        ] {
            lines.push(pref(&format!("{server}.{name}"), &value));
        }
        for (name, value) in [
            ("archive_folder", text(&format!("{folder_base}/Archive"))),
            ("archive_enabled", "true".to_owned()),
            ("doBcc", "false".to_owned()),
            ("draft_folder", text(&format!("{folder_base}/Drafts"))),
            ("drafts_folder_picker_mode", text("0")),
            ("fcc_folder", text(&format!("{folder_base}/Sent Items"))),
            ("fcc_folder_picker_mode", text("0")),
            (
                "htmlSigText",
                text(&format!(
                    "Kind regards,\n{}\nExample Ltd · +1 555 0100 · www.example.org",
                    account.email
                )),
            ),
            ("reply_on_top", "1".to_owned()),
            (
                "stationery_folder",
                text(&format!("{folder_base}/Templates")),
            ),
            ("tmpl_folder_picker_mode", text("0")),
            ("valid", "true".to_owned()),
        ] {
            lines.push(pref(&format!("{identity}.{name}"), &value));
        }
        if account.smtp.is_some() {
            let smtp = format!("mail.smtpserver.smtp{n}");
            lines.push(pref(&format!("{smtp}.description"), &text(&account.email)));
            lines.push(pref(&format!("{smtp}.port"), "587"));
            lines.push(pref(&format!("{smtp}.try_ssl"), "2"));
        }
    }
    lines.push(pref(
        "mail.accountmanager.defaultaccount",
        &text("account1"),
    ));
    lines.push(pref(
        "mail.root.imap",
        &text(&format!("{profile_dir}/ImapMail")),
    ));
    lines.push(pref("mail.root.imap-rel", &text("[ProfD]ImapMail")));
    lines.push(pref(
        "mail.root.none",
        &text(&format!("{profile_dir}/Mail")),
    ));
    lines.push(pref("mail.root.none-rel", &text("[ProfD]Mail")));
    lines.push(pref("mail.spellcheck.inline", "true"));
    lines.push(pref("mail.ui-rdf.version", "44"));
    lines.push(pref("mail.folder.views.version", "1"));
    lines.push(pref("mail.openMessageBehavior.version", "1"));
    lines.push(pref("mail.shell.checkDefaultClient", "false"));
    lines.push(pref(
        "mailnews.database.global.datastore.id",
        &text(&format!("{:016x}-{index:08}", stamp * 2_654_435_761)),
    ));
    lines.push(pref(
        "mailnews.start_page_override.mstone",
        &text("153.8.0"),
    ));
    lines.push(pref("mailnews.tags.version", "2"));
    lines.push(pref(
        "mailnews.message_display.disable_remote_image",
        "true",
    ));
    lines.push(pref("browser.cache.disk.smart_size.enabled", "false"));
    lines.push(pref(
        "browser.download.lastDir",
        &text(&format!("{}/Downloads", home.display())),
    ));
    lines.push(pref("calendar.timezone.local", &text("Europe/Berlin")));
    lines.push(pref(
        "calendar.list.sortOrder",
        &text("3a8f1a2e-6c43-4a4e-9b0e-0f1d2c3b4a59 home"),
    ));
    lines.push(pref(
        "datareporting.policy.dataSubmissionPolicyAcceptedVersion",
        "2",
    ));
    lines.push(pref(
        "datareporting.policy.dataSubmissionPolicyNotifiedTime",
        &text(&format!("{stamp}000")),
    ));
    lines.push(pref(
        "distribution.iniFile.exists.appversion",
        &text("153.8.0"),
    ));
    lines.push(pref("distribution.iniFile.exists.value", "false"));
    lines.push(pref(
        "extensions.activeThemeID",
        &text("default-theme@mozilla.org"),
    ));
    lines.push(pref("extensions.blocklist.pingCountVersion", "0"));
    lines.push(pref("extensions.databaseSchema", "37"));
    lines.push(pref("extensions.lastAppBuildId", &text("20261110120000")));
    lines.push(pref("extensions.lastAppVersion", &text("153.8.0")));
    lines.push(pref("extensions.lastPlatformVersion", &text("153.8.0")));
    lines.push(pref("extensions.pendingOperations", "false"));
    lines.push(pref(
        "extensions.systemAddonSet",
        &text("{\"schema\":1,\"addons\":{}}"),
    ));
    let uuids: Vec<String> = [
        "default-theme@mozilla.org",
        "thunderbird-compact-light@mozilla.org",
        "thunderbird-compact-dark@mozilla.org",
        "uBlock0@raymondhill.net",
        "{847b3a00-7ab1-11d4-8f02-006008948af5}",
        "quickfilters@axelg.com",
        "sendlater3@kamens.us",
    ]
    .iter()
    .enumerate()
    .map(|(k, id)| {
        format!(
            "\"{id}\":\"{:08x}-4b1c-4d2e-9f3a-{:012x}\"",
            stamp + k as u64,
            stamp * 31 + k as u64
        )
    })
    .collect();
    lines.push(pref(
        "extensions.webextensions.uuids",
        &text(&format!("{{{}}}", uuids.join(","))),
    ));
    lines.push(pref(
        "extensions.webextensions.ExtensionStorageIDB.migrated.uBlock0@raymondhill.net",
        "true",
    ));
    for component in [
        "addon-background-update-timer",
        "browser-cleanup-thumbnails",
        "rs-experiment-loader-timer",
        "search-engine-update-timer",
        "services-settings-poll-changes",
        "telemetry_modules_ping",
        "xpi-signature-verification",
        "region-update-timer",
        "suggest-ingest",
    ] {
        lines.push(pref(
            &format!("app.update.lastUpdateTime.{component}"),
            &(stamp - 86_400).to_string(),
        ));
    }
    for name in [
        "idle.lastDailyNotification",
        "places.database.lastMaintenance",
        "storage.vacuum.last.index",
        "toolkit.startup.last_success",
        "browser.laterrun.bookkeeping.profileCreationTime",
        "toolkit.telemetry.cachedClientID.time",
    ] {
        lines.push(pref(name, &stamp.to_string()));
    }
    for (name, value) in [
        (
            "toolkit.telemetry.cachedClientID",
            text("c0ffee00-1234-4cde-8f00-123456789abc"),
        ),
        ("toolkit.telemetry.previousBuildID", text("20261110120000")),
        (
            "toolkit.telemetry.reportingpolicy.firstRun",
            "false".to_owned(),
        ),
        ("privacy.purge_trackers.date_in_cookie_database", text("0")),
        (
            "security.sandbox.content.tempDirSuffix",
            text("9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d"),
        ),
        ("media.gmp-gmpopenh264.abi", text("x86_64-gcc3")),
        ("media.gmp-gmpopenh264.lastDownload", stamp.to_string()),
        ("media.gmp-gmpopenh264.lastInstallStart", stamp.to_string()),
        ("media.gmp-gmpopenh264.version", text("2.6.0")),
        ("media.gmp-manager.buildID", text("20261110120000")),
        ("media.gmp-manager.lastCheck", stamp.to_string()),
        ("font.internaluseonly.changed", "false".to_owned()),
        ("font.name.serif.x-western", text("DejaVu Serif")),
        ("font.size.variable.x-western", "16".to_owned()),
        (
            "gfx.blacklist.layers.opengl.failureid",
            text("FEATURE_FAILURE_SOFTWARE_GL"),
        ),
        ("ldap_2.servers.history.filename", text("history.sqlite")),
        ("ldap_2.servers.pab.filename", text("abook.sqlite")),
        ("mail.pane_config.dynamic", "0".to_owned()),
        ("mail.tabs.drawInTitlebar", "false".to_owned()),
        ("mail.winsearch.firstRunDone", "true".to_owned()),
        ("pdfjs.enabledCache.state", "true".to_owned()),
        ("pdfjs.migrationVersion", "2".to_owned()),
        ("services.settings.clock_skew_seconds", "0".to_owned()),
        ("services.settings.last_update_seconds", stamp.to_string()),
        ("services.sync.declinedEngines", text("")),
        ("spellchecker.dictionary", text("en-US,de-DE")),
    ] {
        lines.push(pref(name, &value));
    }
    lines.sort();
    lines.dedup();
    let mut out = String::from(
        "// Mozilla User Preferences\n\n// DO NOT EDIT THIS FILE.\n//\n// If you make changes to this file while the application is running,\n// the changes will be overwritten when the application exits.\n//\n// To change a preference value, you can either:\n// - modify it via the UI (e.g. via about:config in the browser); or\n// - set it within a user.js file in your profile.\n\n",
    );
    for line in lines {
        let _ = writeln!(out, "{line}");
    }
    out
}

// ---------------------------------------------------------------------------
// Figures.

struct Figures {
    median: Duration,
    min: Duration,
    max: Duration,
}

impl Figures {
    fn of(mut times: Vec<Duration>) -> Figures {
        times.sort();
        Figures {
            median: times[times.len() / 2],
            min: times[0],
            max: times[times.len() - 1],
        }
    }
}

struct Row {
    profiles: usize,
    warm: Figures,
    render: Figures,
    cold: Option<Figures>,
    peak_kib: Option<u64>,
    /// Whether the peak was reset before this size (else it is the
    /// process's peak so far).
    peak_reset: bool,
}

fn ms(duration: Duration) -> String {
    format!("{:.1} ms", duration.as_secs_f64() * 1000.0)
}

fn mib(kib: Option<u64>) -> String {
    kib.map_or("?".to_owned(), |kib| {
        format!("{:.1} MiB", kib as f64 / 1024.0)
    })
}

fn per_profile_us(duration: Duration, profiles: usize) -> f64 {
    duration.as_secs_f64() * 1e6 / profiles as f64
}

/// Resets the process's peak RSS to its current RSS (`VmHWM`), where the
/// kernel allows.
fn reset_peak_rss() -> bool {
    fs::write("/proc/self/clear_refs", "5").is_ok()
}

fn peak_rss_kib() -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find_map(|line| {
        line.strip_prefix("VmHWM:")?
            .trim()
            .trim_end_matches("kB")
            .trim()
            .parse()
            .ok()
    })
}

fn print_table(rows: &[Row], cold: ColdCache) {
    let Some(first) = rows.first() else { return };
    println!(
        "\naudit of a machine, all users ({ACCOUNTS_PER_PROFILE} accounts per profile); times are medians, \"min\" the fastest run"
    );
    println!(
        "growth: time per profile against the smallest machine (linear: near 1.00×); ×prev: total time against the previous size"
    );
    println!(
        "{:>8} {:>9} | {:>11} {:>11} {:>9} {:>7} {:>7} | {:>11} {:>11} {:>9} {:>7} {:>7} | {:>9} | {:>10}",
        "profiles",
        "accounts",
        "warm",
        "warm min",
        "µs/prof",
        "growth",
        "×prev",
        "cold",
        "cold min",
        "µs/prof",
        "growth",
        "×prev",
        "render",
        "peak RSS"
    );
    let mut previous: Option<&Row> = None;
    for row in rows {
        let warm_growth = format!(
            "{:.2}×",
            per_profile_us(row.warm.median, row.profiles)
                / per_profile_us(first.warm.median, first.profiles)
        );
        let warm_prev = previous.map_or("".to_owned(), |prev| {
            format!(
                "{:.2}×",
                row.warm.median.as_secs_f64() / prev.warm.median.as_secs_f64()
            )
        });
        let (cold_median, cold_min, cold_per, cold_growth, cold_prev) =
            match (&row.cold, &first.cold) {
                (Some(cold), Some(first_cold)) => (
                    ms(cold.median),
                    ms(cold.min),
                    format!("{:.0}", per_profile_us(cold.median, row.profiles)),
                    format!(
                        "{:.2}×",
                        per_profile_us(cold.median, row.profiles)
                            / per_profile_us(first_cold.median, first.profiles)
                    ),
                    previous
                        .and_then(|prev| prev.cold.as_ref())
                        .map_or("".to_owned(), |prev| {
                            format!(
                                "{:.2}×",
                                cold.median.as_secs_f64() / prev.median.as_secs_f64()
                            )
                        }),
                ),
                _ => (
                    "-".to_owned(),
                    "-".to_owned(),
                    "-".to_owned(),
                    "-".to_owned(),
                    "-".to_owned(),
                ),
            };
        println!(
            "{:>8} {:>9} | {:>11} {:>11} {:>9.0} {:>7} {:>7} | {:>11} {:>11} {:>9} {:>7} {:>7} | {:>9} | {:>10}{}",
            row.profiles,
            row.profiles * ACCOUNTS_PER_PROFILE,
            ms(row.warm.median),
            ms(row.warm.min),
            per_profile_us(row.warm.median, row.profiles),
            warm_growth,
            warm_prev,
            cold_median,
            cold_min,
            cold_per,
            cold_growth,
            cold_prev,
            ms(row.render.median),
            mib(row.peak_kib),
            if row.peak_reset {
                ""
            } else {
                " (process peak so far)"
            }
        );
        previous = Some(row);
    }
    println!("cold cache: {}", cold.describe());
    if let Some(row) = rows.iter().find(|row| row.profiles == 1_000) {
        let goal = row.warm.median < Duration::from_secs(1);
        println!(
            "goal: 1 000 profiles under 1 s warm: {} ({})",
            if goal { "met" } else { "NOT MET" },
            ms(row.warm.median)
        );
    }
}
