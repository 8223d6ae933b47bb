//! Where profiles live, which one Thunderbird opens, and making a new one.
//!
//! `profiles.ini` (in the profiles root) lists `[Profile0]`, `[Profile1]`, …
//! Gecko reads them in order and stops at the first number whose section has
//! no `IsRelative`; a section without `Name` or `Path` is skipped. Since
//! Gecko 67 each installation picks its own profile: `[Install<hash>]
//! Default=<path>` (mirrored in `installs.ini` as `[<hash>]`). The older
//! `Default=1` on a profile only counts when no installation has chosen.
//!
//! INI files are read and written with escapes and quotes turned off,
//! because Windows paths are full of backslashes. Rewriting keeps every
//! section and key but not comments, which Thunderbird does not keep
//! either when it rewrites the file.

use super::accounts::{self, AccountInfo};
use super::install_hash::install_hash;
use super::files::{INI_LIMIT, read_limited_text, read_profile_prefs};
use super::transaction::replace_file_atomically;
use super::{FileAction, ThunderbirdError, io_error};
use ini::{EscapePolicy, Ini, LineSeparator, ParseOption, WriteOption};
use serde::Serialize;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// Environment variable naming Thunderbird's install directory (the one
/// holding its executable), for installs we do not find ourselves.
pub const INSTALL_DIR_OVERRIDE_ENV: &str = "MAILSETUP_THUNDERBIRD_INSTALL_DIR";

/// The name new profiles get in `profiles.ini`, and the suffix of their
/// directory name, so a user can tell where a profile came from.
const NEW_PROFILE_NAME: &str = "mailsetup";

/// One profile listed in `profiles.ini`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileInfo {
    /// The `Name=` shown in Thunderbird's profile manager.
    pub name: String,
    /// The profile directory, absolute.
    pub path: PathBuf,
    /// True for the profile Thunderbird opens: this installation's
    /// `[Install…] Default`, or else the legacy `Default=1`.
    pub is_default: bool,
    /// The install hashes whose `[Install…] Default` (or `installs.ini`
    /// entry) names this profile.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub default_for_installs: Vec<String>,
    /// The mail accounts in its `prefs.js` (Local Folders left out).
    pub accounts: Vec<AccountInfo>,
    /// Why the accounts could not be read, when they could not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefs_problem: Option<String>,
}

impl fmt::Display for ProfileInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = self.name.as_str();
        let path = self.path.display().to_string();
        if self.is_default {
            writeln!(f, "{}", crate::tr!("tb-listing-profile-default", name = name, path = path))?;
        } else {
            writeln!(f, "{}", crate::tr!("tb-listing-profile", name = name, path = path))?;
        }
        if let Some(problem) = &self.prefs_problem {
            return write!(f, "  {}", crate::tr!("tb-listing-accounts-unknown", problem = problem));
        }
        if self.accounts.is_empty() {
            return write!(f, "  {}", crate::tr!("tb-listing-no-accounts"));
        }
        for (index, account) in self.accounts.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            let address = account.email.clone().unwrap_or_else(|| crate::tr!("tb-listing-no-identity"));
            write!(
                f,
                "  [{}] {}",
                account.status.words(),
                crate::tr!("tb-listing-account", address = address, kind = &account.incoming_type, host = &account.incoming_host, sign_in = account.sign_in_words())
            )?;
            if let (Some(smtp), Some(smtp_sign_in)) = (&account.smtp_host, account.smtp_sign_in_words()) {
                write!(f, "{}", crate::tr!("tb-listing-sends-via", host = smtp, sign_in = smtp_sign_in))?;
            }
        }
        Ok(())
    }
}

/// What [`choose_profile`] decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileChoice {
    /// Write into this existing profile directory.
    Existing(PathBuf),
    /// There is no profile yet: create one under `root` with
    /// [`create_profile`].
    Create {
        /// The profiles root that gets the new profile.
        root: PathBuf,
        /// The installation that should claim it, if one was found.
        install_dir: Option<PathBuf>,
    },
}

/// The running user's home: `$HOME` when set (tests and sandboxes point it
/// elsewhere), else the platform's.
pub fn user_home() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .filter(|home| !home.is_empty())
        .map(PathBuf::from)
        .or_else(|| directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_owned()))
}

/// The directory holding `profiles.ini`: `$HOME/.thunderbird` on Linux and
/// other Unix, `%APPDATA%\Thunderbird` on Windows, `~/Library/Thunderbird` on
/// macOS. `None` without a home directory.
pub fn profiles_root() -> Option<PathBuf> {
    #[cfg(windows)]
    {
        directories::BaseDirs::new().map(|dirs| dirs.config_dir().join("Thunderbird"))
    }
    #[cfg(target_os = "macos")]
    {
        directories::BaseDirs::new().map(|dirs| dirs.home_dir().join("Library").join("Thunderbird"))
    }
    #[cfg(not(any(windows, target_os = "macos")))]
    {
        // Gecko uses $HOME as is (and so do tests that point it elsewhere);
        // fall back to the passwd entry only when it is unset.
        let home = user_home()?;
        Some(home.join(".thunderbird"))
    }
}

/// Thunderbird installations on this machine, most likely first, as the
/// directories that hold the executable (what [`install_hash`] takes).
///
/// [`INSTALL_DIR_OVERRIDE_ENV`] comes first when set. On Linux: the
/// directory of the `thunderbird` found on `PATH` with symlinks resolved
/// (when it is a real install, not a wrapper script), then the usual package
/// locations such as `/usr/lib/thunderbird`.
pub fn detect_install_dirs() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = Vec::new();
    let mut add = |dir: PathBuf| {
        if !found.contains(&dir) {
            found.push(dir);
        }
    };
    if let Some(dir) = std::env::var_os(INSTALL_DIR_OVERRIDE_ENV).filter(|dir| !dir.is_empty()) {
        add(PathBuf::from(dir));
    }
    for dir in platform_install_candidates() {
        if looks_like_install_dir(&dir) {
            add(dir);
        }
    }
    found
}

/// The most likely Thunderbird installation; see [`detect_install_dirs`].
pub fn detect_install_dir() -> Option<PathBuf> {
    detect_install_dirs().into_iter().next()
}

/// An install directory holds `application.ini` next to the executable.
fn looks_like_install_dir(dir: &Path) -> bool {
    dir.join("application.ini").is_file()
}

#[cfg(not(any(windows, target_os = "macos")))]
fn platform_install_candidates() -> Vec<PathBuf> {
    let mut candidates = Vec::new();
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            let executable = dir.join("thunderbird");
            if executable.is_file()
                && let Ok(resolved) = fs::canonicalize(&executable)
                && let Some(parent) = resolved.parent()
            {
                candidates.push(parent.to_owned());
            }
        }
    }
    for dir in ["/usr/lib/thunderbird", "/usr/lib64/thunderbird", "/opt/thunderbird", "/usr/local/lib/thunderbird"] {
        candidates.push(PathBuf::from(dir));
    }
    candidates
}

#[cfg(windows)]
fn platform_install_candidates() -> Vec<PathBuf> {
    ["ProgramFiles", "ProgramFiles(x86)", "ProgramW6432"]
        .iter()
        .filter_map(std::env::var_os)
        .map(|dir| PathBuf::from(dir).join("Mozilla Thunderbird"))
        .collect()
}

#[cfg(target_os = "macos")]
fn platform_install_candidates() -> Vec<PathBuf> {
    let mut candidates = vec![PathBuf::from("/Applications/Thunderbird.app/Contents/MacOS")];
    if let Some(dirs) = directories::BaseDirs::new() {
        candidates.push(dirs.home_dir().join("Applications/Thunderbird.app/Contents/MacOS"));
    }
    candidates
}

fn ini_parse_options() -> ParseOption {
    ParseOption {
        enabled_quote: false,
        enabled_escape: false,
        enabled_indented_mutiline_value: false,
        enabled_preserve_key_leading_whitespace: false,
    }
}

/// Loads an INI file; `Ok(None)` if it does not exist. Also returns whether
/// it used CRLF line ends, to write it back the same way.
fn load_ini(path: &Path) -> Result<Option<(Ini, bool)>, ThunderbirdError> {
    let Some(text) = read_limited_text(path, INI_LIMIT)? else { return Ok(None) };
    // Gecko's INI reader skips a byte-order mark; so do we.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let ini = Ini::load_from_str_opt(text, ini_parse_options())
        .map_err(|error| ThunderbirdError::ProfilesIni { path: path.to_owned(), message: error.to_string() })?;
    Ok(Some((ini, text.contains("\r\n"))))
}

fn save_ini(path: &Path, ini: &Ini, crlf: bool) -> Result<(), ThunderbirdError> {
    let options = WriteOption {
        escape_policy: EscapePolicy::Nothing,
        line_separator: if crlf { LineSeparator::CRLF } else { LineSeparator::SystemDefault },
        kv_separator: "=",
    };
    let mut text = Vec::new();
    ini.write_to_opt(&mut text, options).map_err(io_error(FileAction::Write, path))?;
    replace_file_atomically(path, &text)
}

/// A `[ProfileN]` section as Gecko accepts it.
struct ProfileEntry {
    name: String,
    /// `Path=` as written (the descriptor `[Install…] Default=` refers to).
    descriptor: String,
    path: PathBuf,
    legacy_default: bool,
}

/// `[Profile0]`, `[Profile1]`, … until the first number without
/// `IsRelative`, skipping sections without `Name` or `Path`.
fn profile_entries(root: &Path, ini: &Ini) -> Vec<ProfileEntry> {
    let mut entries = Vec::new();
    for number in 0.. {
        let Some(section) = ini.section(Some(format!("Profile{number}"))) else { break };
        let Some(is_relative) = section.get("IsRelative") else { break };
        let (Some(name), Some(descriptor)) = (section.get("Name"), section.get("Path")) else { continue };
        let path = if is_relative == "1" {
            // Relative descriptors always use '/', which `join` accepts on
            // every platform.
            descriptor.split('/').filter(|part| !part.is_empty()).fold(root.to_owned(), |path, part| path.join(part))
        } else {
            PathBuf::from(descriptor)
        };
        entries.push(ProfileEntry {
            name: name.to_owned(),
            descriptor: descriptor.to_owned(),
            path,
            legacy_default: section.get("Default") == Some("1"),
        });
    }
    entries
}

/// The `Default=` descriptor of the installation's `[Install…]` section.
/// With no installation given or no section for it, a single choice shared
/// by all `[Install…]` sections still counts.
fn install_default(ini: &Ini, install_dir: Option<&Path>) -> Option<String> {
    if let Some(dir) = install_dir
        && let Some(default) =
            ini.section(Some(format!("Install{}", install_hash(dir)))).and_then(|section| section.get("Default"))
    {
        return Some(default.to_owned());
    }
    let mut defaults: Vec<&str> = ini
        .iter()
        .filter(|(name, _)| name.is_some_and(|name| name.starts_with("Install")))
        .filter_map(|(_, section)| section.get("Default"))
        .collect();
    defaults.sort_unstable();
    defaults.dedup();
    match defaults.as_slice() {
        [only] => Some((*only).to_owned()),
        _ => None,
    }
}

/// The profiles under `root`, for the Thunderbird found by
/// [`detect_install_dir`]. Empty when there is no `profiles.ini`.
pub fn list_profiles(root: &Path) -> Result<Vec<ProfileInfo>, ThunderbirdError> {
    list_profiles_for_install(root, detect_install_dir().as_deref())
}

/// Like [`list_profiles`], for the installation in `install_dir` (which
/// decides which `[Install…]` section names the default).
pub fn list_profiles_for_install(
    root: &Path,
    install_dir: Option<&Path>,
) -> Result<Vec<ProfileInfo>, ThunderbirdError> {
    list_profiles_admitting(root, install_dir, &|_| Ok(()))
}

/// Asked before a profile's files are read: `Err(why)` leaves the profile
/// listed but unread, with `why` as its problem (`audit` of another user's
/// home refuses a profile whose path leads out of that home).
pub type AdmitProfile<'a> = &'a dyn Fn(&Path) -> Result<(), String>;

fn list_profiles_admitting(root: &Path, install_dir: Option<&Path>, admit: AdmitProfile<'_>) -> Result<Vec<ProfileInfo>, ThunderbirdError> {
    let Some((ini, _)) = load_ini(&root.join("profiles.ini"))? else {
        return Ok(Vec::new());
    };
    let entries = profile_entries(root, &ini);
    let chosen = install_default(&ini, install_dir);
    let installs = install_sections(root, &ini)?;
    let is_chosen = |entry: &ProfileEntry| match &chosen {
        Some(descriptor) => *descriptor == entry.descriptor || Path::new(descriptor) == entry.path,
        None => entry.legacy_default,
    };
    Ok(entries
        .iter()
        .map(|entry| {
            let (accounts, prefs_problem) = match admit(&entry.path).map(|()| read_profile_prefs(&entry.path)) {
                Ok(Ok(Some(prefs))) => (accounts::read_accounts(&prefs), None),
                Ok(Ok(None)) => (Vec::new(), None),
                Ok(Err(error)) => (Vec::new(), Some(error.to_string())),
                Err(refused) => (Vec::new(), Some(refused)),
            };
            ProfileInfo {
                name: entry.name.clone(),
                path: entry.path.clone(),
                is_default: is_chosen(entry),
                default_for_installs: installs
                    .iter()
                    .filter(|install| {
                        install.default_descriptor.as_deref().is_some_and(|descriptor| {
                            descriptor == entry.descriptor || Path::new(descriptor) == entry.path
                        })
                    })
                    .map(|install| install.hash.clone())
                    .collect(),
                accounts,
                prefs_problem,
            }
        })
        .collect())
}

/// One `[Install<hash>]` section (or `installs.ini` `[<hash>]` entry).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InstallInfo {
    /// The install hash (CityHash64 of the install directory).
    pub hash: String,
    /// The install directory, when it is one we know the hash of.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub install_dir: Option<PathBuf>,
    /// The `Default=` descriptor, as written.
    #[serde(skip)]
    default_descriptor: Option<String>,
    /// The profile it opens.
    pub default_profile: Option<PathBuf>,
    /// `Locked=1`: chosen explicitly; other installs will not take it.
    pub locked: bool,
}

/// Install directories whose hash we can name: the ones found on this
/// machine plus the usual package locations on every platform.
fn known_install_dirs() -> Vec<PathBuf> {
    let mut dirs = detect_install_dirs();
    for dir in [
        "/usr/lib/thunderbird",
        "/usr/lib64/thunderbird",
        "/opt/thunderbird",
        "/app/lib/thunderbird",
        "/app/thunderbird",
        r"C:\Program Files\Mozilla Thunderbird",
        r"C:\Program Files (x86)\Mozilla Thunderbird",
        "/Applications/Thunderbird.app/Contents/MacOS",
    ] {
        let dir = PathBuf::from(dir);
        if !dirs.contains(&dir) {
            dirs.push(dir);
        }
    }
    dirs
}

/// Every install that chose a profile under `root`: `[Install…]` sections of
/// `profiles.ini`, plus `installs.ini` entries it lacks (Gecko uses those
/// when `profiles.ini` has no `Version`).
fn install_sections(root: &Path, ini: &Ini) -> Result<Vec<InstallInfo>, ThunderbirdError> {
    let known: Vec<(String, PathBuf)> = known_install_dirs().into_iter().map(|dir| (install_hash(&dir), dir)).collect();
    let resolve = |descriptor: &str| {
        if Path::new(descriptor).is_absolute() {
            PathBuf::from(descriptor)
        } else {
            descriptor.split('/').filter(|part| !part.is_empty()).fold(root.to_owned(), |path, part| path.join(part))
        }
    };
    let mut installs: Vec<InstallInfo> = Vec::new();
    let mut add = |hash: &str, section: &ini::Properties| {
        if installs.iter().any(|install| install.hash.eq_ignore_ascii_case(hash)) {
            return;
        }
        let default_descriptor = section.get("Default").map(str::to_owned);
        installs.push(InstallInfo {
            hash: hash.to_owned(),
            install_dir: known.iter().find(|(known_hash, _)| known_hash.eq_ignore_ascii_case(hash)).map(|(_, dir)| dir.clone()),
            default_profile: default_descriptor.as_deref().map(resolve),
            default_descriptor,
            locked: section.get("Locked") == Some("1"),
        });
    };
    for (name, section) in ini.iter() {
        if let Some(hash) = name.and_then(|name| name.strip_prefix("Install")) {
            add(hash, section);
        }
    }
    if let Some((installs_ini, _)) = load_ini(&root.join("installs.ini"))? {
        for (name, section) in installs_ini.iter() {
            if let Some(hash) = name {
                add(hash, section);
            }
        }
    }
    Ok(installs)
}

/// A place where one kind of Thunderbird install keeps its profiles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfilesRoot {
    /// `linux`, `flatpak`, `snap`, `windows` or `macos`.
    pub kind: &'static str,
    pub path: PathBuf,
}

/// Every place a Thunderbird may keep profiles for a user whose home is
/// `home` (and, on Windows, whose `%APPDATA%` is `appdata`), whether it
/// exists or not: `~/.thunderbird`, Flatpak's
/// `~/.var/app/org.mozilla.Thunderbird/.thunderbird`, Snap's
/// `~/snap/thunderbird/common/.thunderbird`, `%APPDATA%\Thunderbird`,
/// `~/Library/Thunderbird`.
pub fn profile_roots_in(home: &Path, appdata: Option<&Path>) -> Vec<ProfilesRoot> {
    let mut roots = vec![
        ProfilesRoot { kind: "linux", path: home.join(".thunderbird") },
        ProfilesRoot { kind: "flatpak", path: home.join(".var/app/org.mozilla.Thunderbird/.thunderbird") },
        ProfilesRoot { kind: "snap", path: home.join("snap/thunderbird/common/.thunderbird") },
        ProfilesRoot { kind: "macos", path: home.join("Library").join("Thunderbird") },
    ];
    if let Some(appdata) = appdata {
        roots.push(ProfilesRoot { kind: "windows", path: appdata.join("Thunderbird") });
    }
    roots
}

/// The profile roots of this user that exist (hold a `profiles.ini`), the
/// platform's own first.
pub fn find_profile_roots() -> Vec<ProfilesRoot> {
    let home = user_home();
    let appdata = std::env::var_os("APPDATA").filter(|dir| !dir.is_empty()).map(PathBuf::from);
    let mut roots = own_profile_roots(home.as_deref(), appdata.as_deref());
    roots.retain(|root| root.path.join("profiles.ini").is_file());
    roots
}

/// Every place the running user's Thunderbirds may keep profiles, whether
/// it exists or not: the platform's own ([`profiles_root`]) first, then
/// the others of [`profile_roots_in`] for `home`.
pub fn own_profile_roots(home: Option<&Path>, appdata: Option<&Path>) -> Vec<ProfilesRoot> {
    let mut roots: Vec<ProfilesRoot> = Vec::new();
    if let Some(own) = profiles_root() {
        let kind = if cfg!(windows) { "windows" } else if cfg!(target_os = "macos") { "macos" } else { "linux" };
        roots.push(ProfilesRoot { kind, path: own });
    }
    if let Some(home) = home {
        for root in profile_roots_in(home, appdata) {
            if !roots.iter().any(|known| known.path == root.path) {
                roots.push(root);
            }
        }
    }
    roots
}

/// One profile root with its installs and profiles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RootListing {
    pub kind: &'static str,
    pub root: PathBuf,
    pub installs: Vec<InstallInfo>,
    pub profiles: Vec<ProfileInfo>,
}

impl fmt::Display for RootListing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            "flatpak" => "Thunderbird (Flatpak)",
            "snap" => "Thunderbird (Snap)",
            _ => "Thunderbird",
        };
        writeln!(f, "{kind}: {}", self.root.display())?;
        for install in &self.installs {
            let dir = install.install_dir.as_ref().map(|dir| dir.display().to_string()).unwrap_or_else(|| crate::tr!("tb-listing-an-install"));
            let profile = install.default_profile.as_ref().map(|p| p.display().to_string()).unwrap_or_else(|| crate::tr!("tb-listing-opens-nothing"));
            writeln!(f, "  {}", crate::tr!("tb-listing-install", hash = &install.hash, dir = dir, profile = profile))?;
        }
        if self.profiles.is_empty() {
            return write!(f, "  {}", crate::tr!("tb-listing-no-profiles"));
        }
        for (index, profile) in self.profiles.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            for (line_index, line) in profile.to_string().lines().enumerate() {
                if line_index > 0 {
                    writeln!(f)?;
                }
                write!(f, "  {line}")?;
            }
        }
        Ok(())
    }
}

/// Lists one root: its installs (with the §3 hash rules) and profiles.
/// The default mark follows the install this kind of root belongs to: the
/// detected one for the platform's own root, Flatpak's `/app/lib/thunderbird`
/// for Flatpak; Snap has no per-install profiles, so the legacy `Default=1`.
pub fn list_root(root: &ProfilesRoot) -> Result<RootListing, ThunderbirdError> {
    list_root_admitting(root, &|_| Ok(()))
}

/// Like [`list_root`], reading only the profiles `admit` lets through.
pub fn list_root_admitting(root: &ProfilesRoot, admit: AdmitProfile<'_>) -> Result<RootListing, ThunderbirdError> {
    let install_dir = match root.kind {
        "flatpak" => Some(PathBuf::from("/app/lib/thunderbird")),
        "snap" => None,
        _ => detect_install_dir(),
    };
    let profiles = list_profiles_admitting(&root.path, install_dir.as_deref(), admit)?;
    let installs = match load_ini(&root.path.join("profiles.ini"))? {
        Some((ini, _)) => install_sections(&root.path, &ini)?,
        None => Vec::new(),
    };
    Ok(RootListing { kind: root.kind, root: root.path.clone(), installs, profiles })
}

/// Picks the profile to write into, for the Thunderbird found by
/// [`detect_install_dir`].
///
/// `explicit` wins when given (it must be an existing directory). Otherwise
/// the default profile; a single profile even without a default mark; and
/// [`ProfileChoice::Create`] when there is no `profiles.ini` or it lists no
/// profile.
pub fn choose_profile(root: &Path, explicit: Option<&Path>) -> Result<ProfileChoice, ThunderbirdError> {
    choose_profile_for_install(root, explicit, detect_install_dir().as_deref())
}

/// Like [`choose_profile`], for the installation in `install_dir`.
pub fn choose_profile_for_install(
    root: &Path,
    explicit: Option<&Path>,
    install_dir: Option<&Path>,
) -> Result<ProfileChoice, ThunderbirdError> {
    if let Some(dir) = explicit {
        return existing_directory(dir);
    }
    let profiles = list_profiles_for_install(root, install_dir)?;
    if profiles.is_empty() {
        return Ok(ProfileChoice::Create { root: root.to_owned(), install_dir: install_dir.map(Path::to_owned) });
    }
    if let Some(default) = profiles.iter().find(|profile| profile.is_default) {
        return existing_directory(&default.path);
    }
    match profiles.as_slice() {
        [only] => existing_directory(&only.path),
        _ => Err(ThunderbirdError::NoDefaultProfile {
            root: root.to_owned(),
            names: profiles.iter().map(|profile| profile.name.clone()).collect(),
        }),
    }
}

fn existing_directory(dir: &Path) -> Result<ProfileChoice, ThunderbirdError> {
    if dir.is_dir() {
        Ok(ProfileChoice::Existing(dir.to_owned()))
    } else {
        Err(ThunderbirdError::ProfileNotFound { path: dir.to_owned() })
    }
}

/// The profile Thunderbird opens under `root`, created (and claimed for the
/// detected installation, if any) when there is none. The shortcut the
/// setup flow uses.
pub fn default_or_new_profile(root: &Path) -> Result<PathBuf, ThunderbirdError> {
    match choose_profile(root, None)? {
        ProfileChoice::Existing(dir) => Ok(dir),
        ProfileChoice::Create { root, install_dir } => create_profile(&root, install_dir.as_deref()),
    }
}

/// Eight characters from `[a-z0-9]`, like the prefix Gecko gives profile
/// directories, so two profiles never share a directory.
fn random_salt() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::rng();
    (0..8).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect()
}

/// Creates a new, empty profile under `root` that Thunderbird will open, and
/// returns its directory.
///
/// * The directory is `<root>/<8 random [a-z0-9]>.mailsetup` (under
///   `Profiles/` on Windows and macOS).
/// * `profiles.ini` gets a new `[ProfileN]` (existing sections are kept),
///   marked `Default=1` if no other profile is, and `[General]
///   StartWithLastProfile=1 Version=2` when there was no `[General]`.
/// * With `install_dir` (the installation that should open the profile):
///   `[Install<hash>] Default=<profile> Locked=1` in `profiles.ini` and
///   `[<hash>]` in `installs.ini`, so that installation opens it even if it
///   has never run; plus `compatibility.ini` with only `LastPlatformDir`, so
///   that it adopts the profile even without that section.
/// * Without one (Thunderbird not found): `compatibility.ini` with an empty
///   `[Compatibility]` section. The first installation that starts then
///   adopts the `Default=1` profile and claims it itself (checked with
///   Thunderbird 153.8).
/// * Never a `LastVersion`: one newer than the installed Thunderbird would
///   make it refuse the profile as "too new".
///
/// Writes the profile directory first and `profiles.ini` last, so the list
/// never names a directory that does not exist.
pub fn create_profile(root: &Path, install_dir: Option<&Path>) -> Result<PathBuf, ThunderbirdError> {
    fs::create_dir_all(root).map_err(io_error(FileAction::Create, root))?;
    let profiles_ini_path = root.join("profiles.ini");
    let (mut profiles_ini, profiles_crlf) =
        load_ini(&profiles_ini_path)?.unwrap_or_else(|| (Ini::new(), cfg!(windows)));

    let existing_profiles = profile_entries(root, &profiles_ini);
    let name = unique_name(&existing_profiles);
    let parent_descriptor = if cfg!(any(windows, target_os = "macos")) { "Profiles/" } else { "" };
    let (descriptor, profile_dir) = loop {
        let descriptor = format!("{parent_descriptor}{}.{NEW_PROFILE_NAME}", random_salt());
        let dir = descriptor.split('/').fold(root.to_owned(), |path, part| path.join(part));
        if !dir.exists() {
            break (descriptor, dir);
        }
    };
    fs::create_dir_all(&profile_dir).map_err(io_error(FileAction::Create, &profile_dir))?;
    let compatibility = match install_dir {
        Some(dir) => format!("[Compatibility]\nLastPlatformDir={}\n", dir.display()),
        None => "[Compatibility]\n".to_owned(),
    };
    replace_file_atomically(&profile_dir.join("compatibility.ini"), compatibility.as_bytes())?;

    // Without `Version`, Gecko rebuilds install data from installs.ini; so
    // add `Version=2` to an existing [General] only when that loses nothing.
    let mut installs_ini_has_data = false;
    let hash = install_dir.map(install_hash);
    if let Some(hash) = &hash {
        let installs_ini_path = root.join("installs.ini");
        let (mut installs_ini, installs_crlf) =
            load_ini(&installs_ini_path)?.unwrap_or_else(|| (Ini::new(), cfg!(windows)));
        installs_ini_has_data = installs_ini.sections().any(|section| section.is_some_and(|section| section != hash));
        installs_ini.with_section(Some(hash.as_str())).set("Default", descriptor.as_str()).set("Locked", "1");
        save_ini(&installs_ini_path, &installs_ini, installs_crlf)?;
    } else if let Some((installs_ini, _)) = load_ini(&root.join("installs.ini"))? {
        installs_ini_has_data = installs_ini.sections().any(|section| section.is_some());
    }

    let section_number =
        (0..).find(|number| profiles_ini.section(Some(format!("Profile{number}"))).is_none()).unwrap_or(0);
    let legacy_default = !existing_profiles.iter().any(|entry| entry.legacy_default);
    let mut profile_section = profiles_ini.with_section(Some(format!("Profile{section_number}")));
    profile_section.set("Name", name.as_str()).set("IsRelative", "1").set("Path", descriptor.as_str());
    if legacy_default {
        profile_section.set("Default", "1");
    }
    match profiles_ini.section_mut(Some("General")) {
        None => {
            profiles_ini.with_section(Some("General")).set("StartWithLastProfile", "1").set("Version", "2");
        }
        Some(general) => {
            if !general.contains_key("Version") && !installs_ini_has_data {
                general.insert("Version", "2");
            }
        }
    }
    if let Some(hash) = &hash {
        profiles_ini
            .with_section(Some(format!("Install{hash}")))
            .set("Default", descriptor.as_str())
            .set("Locked", "1");
    }
    save_ini(&profiles_ini_path, &profiles_ini, profiles_crlf)?;
    tracing::info!(profile = %profile_dir.display(), install_hash = ?hash, "created a Thunderbird profile");
    Ok(profile_dir)
}

/// `mailsetup`, or `mailsetup-2`, … if a profile already has that name.
fn unique_name(existing: &[ProfileEntry]) -> String {
    let taken = |candidate: &str| existing.iter().any(|entry| entry.name.eq_ignore_ascii_case(candidate));
    if !taken(NEW_PROFILE_NAME) {
        return NEW_PROFILE_NAME.to_owned();
    }
    (2..).map(|number| format!("{NEW_PROFILE_NAME}-{number}")).find(|candidate| !taken(candidate)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn salts_are_eight_lowercase_alphanumerics() {
        let salt = random_salt();
        assert_eq!(salt.len(), 8);
        assert!(salt.bytes().all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit()), "{salt}");
    }

    #[test]
    fn the_profile_list_stops_at_the_first_gap_and_skips_incomplete_sections() {
        let ini = Ini::load_from_str_opt(
            "[Profile0]\nName=a\nIsRelative=1\nPath=x.a\n\n[Profile1]\nIsRelative=1\nPath=y.no-name\n\n\
             [Profile2]\nName=c\nIsRelative=0\nPath=/abs/c\nDefault=1\n\n[Profile4]\nName=after-gap\nIsRelative=1\nPath=z\n",
            ini_parse_options(),
        )
        .unwrap();
        let entries = profile_entries(Path::new("/root"), &ini);
        let names: Vec<&str> = entries.iter().map(|entry| entry.name.as_str()).collect();
        assert_eq!(names, ["a", "c"]);
        assert_eq!(entries[0].path, Path::new("/root/x.a"));
        assert_eq!(entries[1].path, Path::new("/abs/c"));
        assert!(entries[1].legacy_default);
    }

    #[test]
    fn windows_paths_keep_their_backslashes() {
        let ini =
            Ini::load_from_str_opt("[Profile0]\nName=w\nIsRelative=0\nPath=C:\\Users\\a\\tb\n", ini_parse_options())
                .unwrap();
        assert_eq!(profile_entries(Path::new("/r"), &ini)[0].descriptor, "C:\\Users\\a\\tb");
    }
}
