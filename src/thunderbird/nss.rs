//! Thunderbird's own NSS, loaded at run time, to encrypt and decrypt the
//! entries of a profile's login store exactly as Thunderbird does (NSS
//! "SDR" with the profile's `key4.db`; thunderbird.md §2.5).
//!
//! Why Thunderbird's copy and not the system's: the result must be what that
//! Thunderbird reads, and on Linux the system NSS (3.87 on Debian 12) fails
//! on or mixes into a profile made by Thunderbird's newer one. So the
//! libraries are loaded by absolute path from the install directory, the
//! ones `libnss3` needs first, so that the loader finds them (by soname)
//! instead of the system's.
//!
//! NSS is one global state per process, so every use goes through
//! [`NssSession`], which holds a process-wide lock from `NSS_InitReadWrite`
//! to `NSS_Shutdown`. The libraries stay loaded for the life of the process
//! (unloading NSS is not safe).
//!
//! Only Linux has been run; the Windows and macOS library lists follow
//! Thunderbird's layout there and are unverified (README).

use crate::secret::Secret;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use std::ffi::{CString, c_char, c_int, c_uint, c_ulong, c_void};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, OnceLock};

/// `CKM_AES_CBC`: the mechanism Thunderbird 153 encrypts logins with
/// (`security.sdr.mechanism` = 1).
const CKM_AES_CBC: c_ulong = 0x1082;
const SEC_SUCCESS: c_int = 0;

/// What went wrong with NSS, in words a report can carry (no secret ever
/// reaches these: NSS reports numbers).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NssError {
    /// No Thunderbird installation with its NSS libraries was found.
    #[error("{}", crate::tr!("tb-nss-not-found", looked_in = .looked_in.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")))]
    NotFound { looked_in: Vec<PathBuf> },
    /// A library would not load, or lacks a function.
    #[error("{}", crate::tr!("tb-nss-unloadable", dir = .dir.display().to_string(), reason = .reason))]
    Unloadable { dir: PathBuf, reason: String },
    /// The process already uses another installation's NSS.
    #[error("{}", crate::tr!("tb-nss-other-install-loaded", loaded = .loaded.display().to_string(), wanted = .wanted.display().to_string()))]
    OtherInstallLoaded { loaded: PathBuf, wanted: PathBuf },
    /// A Primary Password protects the profile's keys.
    #[error("{}", crate::tr!("tb-nss-primary-password"))]
    PrimaryPassword,
    /// An NSS call failed; `code` is NSS's error number (PORT_GetError).
    #[error("{}", crate::tr!("tb-nss-call-failed", call = .call.to_string(), code = .code.to_string()))]
    Call { call: &'static str, code: i32 },
    /// NSS did not close the previous key store, so it cannot open another
    /// in this process.
    #[error("{}", crate::tr!("tb-nss-still-open"))]
    StillOpen,
    /// The login data is not base64.
    #[error("{}", crate::tr!("tb-nss-not-base64"))]
    NotBase64,
}

/// NSS's `SECItem`.
#[repr(C)]
struct SecItem {
    kind: c_int,
    data: *mut u8,
    len: c_uint,
}

impl SecItem {
    fn borrowing(bytes: &[u8]) -> Self {
        Self { kind: 0, data: bytes.as_ptr().cast_mut(), len: c_uint::try_from(bytes.len()).unwrap_or(c_uint::MAX) }
    }

    fn empty() -> Self {
        Self { kind: 0, data: std::ptr::null_mut(), len: 0 }
    }
}

type Slot = *mut c_void;

/// The NSS functions mailsetup calls, from one installation.
struct Api {
    dir: PathBuf,
    init_read_write: unsafe extern "C" fn(*const c_char) -> c_int,
    shutdown: unsafe extern "C" fn() -> c_int,
    is_initialized: unsafe extern "C" fn() -> c_int,
    internal_key_slot: unsafe extern "C" fn() -> Slot,
    free_slot: unsafe extern "C" fn(Slot),
    need_user_init: unsafe extern "C" fn(Slot) -> c_int,
    need_login: unsafe extern "C" fn(Slot) -> c_int,
    init_pin: unsafe extern "C" fn(Slot, *const c_char, *const c_char) -> c_int,
    /// `PK11SDR_EncryptWithMechanism`: NSS 3.112 and later (Thunderbird
    /// 153), which encrypts logins with AES.
    encrypt_with_mechanism: Option<unsafe extern "C" fn(Slot, *mut SecItem, c_ulong, *mut SecItem, *mut SecItem, *mut c_void) -> c_int>,
    /// `PK11SDR_Encrypt`: every NSS; 3DES, as Thunderbird 140 and older
    /// write their logins.
    encrypt: unsafe extern "C" fn(*mut SecItem, *mut SecItem, *mut SecItem, *mut c_void) -> c_int,
    decrypt: unsafe extern "C" fn(*mut SecItem, *mut SecItem, *mut c_void) -> c_int,
    zfree_item: unsafe extern "C" fn(*mut SecItem, c_int),
    last_error: unsafe extern "C" fn() -> c_int,
    /// Kept so that the function pointers stay valid.
    _libraries: Vec<libloading::Library>,
}

// SAFETY: the pointers are plain C functions of libraries that stay loaded;
// NSS's global state is serialised by `SESSION_LOCK`.
unsafe impl Send for Api {}
// SAFETY: as for Send: calls go through `NssSession`, one at a time.
unsafe impl Sync for Api {}

/// The operating systems whose Thunderbird layout mailsetup knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    Linux,
    Windows,
    MacOs,
}

impl Platform {
    /// The platform this binary runs on.
    pub const fn current() -> Platform {
        if cfg!(windows) {
            Platform::Windows
        } else if cfg!(target_os = "macos") {
            Platform::MacOs
        } else {
            Platform::Linux
        }
    }
}

/// The libraries to load from an install directory, in order: those the
/// next ones need first, `nss3` last.
pub fn library_files(platform: Platform, dir: &Path) -> Vec<PathBuf> {
    let names: &[&str] = match platform {
        // softokn needs Thunderbird's sqlite; libnss3 needs nssutil3, and
        // loads softokn and freebl itself (from its own directory).
        Platform::Linux => &["libmozsqlite3.so", "libnssutil3.so", "libfreeblpriv3.so", "libsoftokn3.so", "libnss3.so"],
        // NSS's DLLs need mozglue (its allocator); the rest are found in
        // the DLL's own directory (LOAD_LIBRARY_SEARCH_DLL_LOAD_DIR).
        Platform::Windows => &["mozglue.dll", "nss3.dll"],
        // Gecko's dylibs all need mozglue first.
        Platform::MacOs => &["libmozglue.dylib", "libnss3.dylib"],
    };
    names.iter().map(|name| dir.join(name)).collect()
}

/// True when `dir` holds the NSS of a Thunderbird for `platform`.
pub fn has_nss(platform: Platform, dir: &Path) -> bool {
    library_files(platform, dir).last().is_some_and(|nss| nss.is_file())
}

/// The installation directories whose NSS may belong to the profile, most
/// likely first: the one that last ran it (`compatibility.ini`'s
/// `LastPlatformDir`, with Flatpak's in-sandbox `/app` mapped to where
/// Flatpak keeps it), then every install found on this machine.
pub fn candidate_dirs(profile_dir: &Path, installs: &[PathBuf], home: Option<&Path>) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    let mut add = |dir: PathBuf| {
        if !dirs.contains(&dir) {
            dirs.push(dir);
        }
    };
    if let Some(last) = last_platform_dir(profile_dir) {
        match last.strip_prefix("/app") {
            Ok(inside) => {
                for root in flatpak_roots(home) {
                    add(root.join("org.mozilla.Thunderbird/current/active/files").join(inside));
                }
            }
            Err(_) => add(last),
        }
    }
    for install in installs {
        add(install.clone());
    }
    if Platform::current() == Platform::Linux {
        for root in flatpak_roots(home) {
            add(root.join("org.mozilla.Thunderbird/current/active/files/lib/thunderbird"));
        }
        add(PathBuf::from("/snap/thunderbird/current/usr/lib/thunderbird"));
    }
    dirs
}

fn flatpak_roots(home: Option<&Path>) -> Vec<PathBuf> {
    let mut roots: Vec<PathBuf> = home.map(|home| home.join(".local/share/flatpak/app")).into_iter().collect();
    roots.push(PathBuf::from("/var/lib/flatpak/app"));
    roots
}

/// `LastPlatformDir` of the profile's `compatibility.ini`.
fn last_platform_dir(profile_dir: &Path) -> Option<PathBuf> {
    super::facts::compatibility_value(profile_dir, "LastPlatformDir", super::files::Symlinks::Refuse).map(PathBuf::from)
}

/// The first of `dirs` with a usable NSS.
pub fn find(dirs: &[PathBuf]) -> Result<PathBuf, NssError> {
    dirs.iter().find(|dir| has_nss(Platform::current(), dir)).cloned().ok_or_else(|| NssError::NotFound { looked_in: dirs.to_vec() })
}

static LOADED: OnceLock<Mutex<Option<&'static Api>>> = OnceLock::new();
static SESSION_LOCK: Mutex<()> = Mutex::new(());

fn api_for(dir: &Path) -> Result<&'static Api, NssError> {
    let mut loaded = LOADED.get_or_init(|| Mutex::new(None)).lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(api) = *loaded {
        if api.dir == dir {
            return Ok(api);
        }
        return Err(NssError::OtherInstallLoaded { loaded: api.dir.clone(), wanted: dir.to_owned() });
    }
    let api: &'static Api = Box::leak(Box::new(load(dir)?));
    *loaded = Some(api);
    Ok(api)
}

fn load(dir: &Path) -> Result<Api, NssError> {
    let unloadable = |reason: String| NssError::Unloadable { dir: dir.to_owned(), reason };
    let mut libraries = Vec::new();
    let files = library_files(Platform::current(), dir);
    let Some(nss_file) = files.last().filter(|file| file.is_file()) else {
        return Err(unloadable(crate::tr!("tb-nss-library-missing")));
    };
    // A helper library an older layout lacks is left to the loader.
    for file in files.iter().filter(|file| file.is_file()) {
        libraries.push(open_library(file).map_err(|error| unloadable(format!("{}: {error}", file.display())))?);
    }
    let nss = libraries.last().ok_or_else(|| unloadable(crate::tr!("tb-nss-did-not-load", file = nss_file.display().to_string())))?;
    macro_rules! symbol {
        ($library:expr, $name:literal) => {
            // SAFETY: the type is the function's C signature in NSS's headers.
            *unsafe { $library.get(concat!($name, "\0").as_bytes()) }.map_err(|error| unloadable(format!("{}: {error}", $name)))?
        };
    }
    Ok(Api {
        dir: dir.to_owned(),
        init_read_write: symbol!(nss, "NSS_InitReadWrite"),
        shutdown: symbol!(nss, "NSS_Shutdown"),
        is_initialized: symbol!(nss, "NSS_IsInitialized"),
        internal_key_slot: symbol!(nss, "PK11_GetInternalKeySlot"),
        free_slot: symbol!(nss, "PK11_FreeSlot"),
        need_user_init: symbol!(nss, "PK11_NeedUserInit"),
        need_login: symbol!(nss, "PK11_NeedLogin"),
        init_pin: symbol!(nss, "PK11_InitPin"),
        // SAFETY: as in symbol!; absent from older NSS.
        encrypt_with_mechanism: unsafe { nss.get(b"PK11SDR_EncryptWithMechanism\0") }.ok().map(|symbol| *symbol),
        encrypt: symbol!(nss, "PK11SDR_Encrypt"),
        decrypt: symbol!(nss, "PK11SDR_Decrypt"),
        // nssutil's, found through libnss3's own dependencies (folded
        // into nss3 on Windows and macOS).
        zfree_item: symbol!(nss, "SECITEM_ZfreeItem"),
        last_error: symbol!(nss, "PORT_GetError"),
        _libraries: libraries,
    })
}

#[cfg(unix)]
fn open_library(file: &Path) -> Result<libloading::Library, libloading::Error> {
    use libloading::os::unix::{Library, RTLD_GLOBAL, RTLD_NOW};
    // SAFETY: loading runs NSS's initialisers, which have no preconditions.
    unsafe { Library::open(Some(file), RTLD_NOW | RTLD_GLOBAL) }.map(Into::into)
}

#[cfg(windows)]
fn open_library(file: &Path) -> Result<libloading::Library, libloading::Error> {
    use libloading::os::windows::Library;
    /// Search the DLL's own directory, then the system's.
    const FLAGS: u32 = 0x0000_0100 | 0x0000_1000;
    // SAFETY: as on unix.
    unsafe { Library::load_with_flags(file, FLAGS) }.map(Into::into)
}

/// A profile's key store, open in NSS; one per process at a time.
pub struct NssSession {
    api: &'static Api,
    slot: Slot,
    _turn: MutexGuard<'static, ()>,
}

impl NssSession {
    /// Opens (and, in an empty directory, creates) the key store in
    /// `key_dir` with the NSS of `install_dir`. Refuses when a Primary
    /// Password protects it.
    pub fn open(install_dir: &Path, key_dir: &Path) -> Result<NssSession, NssError> {
        let api = api_for(install_dir)?;
        let turn = SESSION_LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        // NSS_InitReadWrite on an NSS that is still up succeeds and keeps
        // the key store it had: that would be the previous profile's (a
        // shutdown refused because something still held a reference).
        // SAFETY: no arguments.
        if unsafe { (api.is_initialized)() } != 0 {
            return Err(NssError::StillOpen);
        }
        let config = CString::new(format!("sql:{}", key_dir.display())).map_err(|_| NssError::Call { call: "NSS_InitReadWrite", code: 0 })?;
        // SAFETY: a valid C string; NSS copies it.
        let status = unsafe { (api.init_read_write)(config.as_ptr()) };
        if status != SEC_SUCCESS {
            // SAFETY: no arguments; reads NSS's thread-local error.
            let code = unsafe { (api.last_error)() };
            return Err(NssError::Call { call: "NSS_InitReadWrite", code });
        }
        // SAFETY: NSS is initialised; the slot is freed in Drop.
        let slot = unsafe { (api.internal_key_slot)() };
        let session = NssSession { api, slot, _turn: turn };
        if slot.is_null() {
            return Err(session.failure("PK11_GetInternalKeySlot"));
        }
        // SAFETY: a valid slot.
        unsafe {
            if (api.need_user_init)(slot) != 0 {
                // A new key store: no password, as Gecko sets it up.
                if (api.init_pin)(slot, std::ptr::null(), std::ptr::null()) != SEC_SUCCESS {
                    return Err(session.failure("PK11_InitPin"));
                }
            } else if (api.need_login)(slot) != 0 {
                return Err(NssError::PrimaryPassword);
            }
        }
        Ok(session)
    }

    fn failure(&self, call: &'static str) -> NssError {
        // SAFETY: no arguments; reads NSS's thread-local error.
        NssError::Call { call, code: unsafe { (self.api.last_error)() } }
    }

    /// `plain` encrypted as this Thunderbird writes a login field (base64):
    /// AES where its NSS has the call for it (153), else its NSS's default,
    /// 3DES (140 and older).
    pub fn encrypt(&self, plain: &[u8]) -> Result<String, NssError> {
        let mut key_id = SecItem::empty();
        let mut input = SecItem::borrowing(plain);
        let mut output = SecItem::empty();
        let (status, call) = match self.api.encrypt_with_mechanism {
            // SAFETY: valid items; NSS allocates `output`, freed below.
            Some(encrypt) => (unsafe { encrypt(self.slot, &mut key_id, CKM_AES_CBC, &mut input, &mut output, std::ptr::null_mut()) }, "PK11SDR_EncryptWithMechanism"),
            // SAFETY: as above.
            None => (unsafe { (self.api.encrypt)(&mut key_id, &mut input, &mut output, std::ptr::null_mut()) }, "PK11SDR_Encrypt"),
        };
        if status != SEC_SUCCESS {
            return Err(self.failure(call));
        }
        let encoded = STANDARD.encode(self.take(&mut output));
        Ok(encoded)
    }

    /// A login field (base64) decrypted; AES and the older 3DES both.
    pub fn decrypt(&self, encoded: &str) -> Result<Secret, NssError> {
        let bytes = STANDARD.decode(encoded.trim()).map_err(|_| NssError::NotBase64)?;
        let mut input = SecItem::borrowing(&bytes);
        let mut output = SecItem::empty();
        // SAFETY: as in encrypt.
        let status = unsafe { (self.api.decrypt)(&mut input, &mut output, std::ptr::null_mut()) };
        if status != SEC_SUCCESS {
            return Err(self.failure("PK11SDR_Decrypt"));
        }
        let plain = self.take(&mut output);
        Ok(Secret::new(String::from_utf8_lossy(&plain).into_owned()))
    }

    /// Copies NSS's output item and wipes and frees NSS's copy.
    fn take(&self, item: &mut SecItem) -> zeroize::Zeroizing<Vec<u8>> {
        let bytes = if item.data.is_null() {
            Vec::new()
        } else {
            // SAFETY: NSS filled `len` bytes at `data`.
            unsafe { std::slice::from_raw_parts(item.data, item.len as usize) }.to_vec()
        };
        // SAFETY: an item NSS allocated; PR_FALSE: the item itself is ours.
        unsafe { (self.api.zfree_item)(item, 0) };
        zeroize::Zeroizing::new(bytes)
    }
}

impl Drop for NssSession {
    fn drop(&mut self) {
        // SAFETY: the slot came from PK11_GetInternalKeySlot; NSS shuts
        // down only after every reference is gone.
        unsafe {
            if !self.slot.is_null() {
                (self.api.free_slot)(self.slot);
            }
            (self.api.shutdown)();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_platform_loads_nss_last_after_what_it_needs() {
        let dir = Path::new("/opt/tb");
        let linux = library_files(Platform::Linux, dir);
        assert_eq!(linux.first().unwrap(), &dir.join("libmozsqlite3.so"));
        assert_eq!(linux.last().unwrap(), &dir.join("libnss3.so"));
        assert!(linux.iter().position(|f| f.ends_with("libsoftokn3.so")) > linux.iter().position(|f| f.ends_with("libnssutil3.so")));
        assert_eq!(library_files(Platform::Windows, dir), [dir.join("mozglue.dll"), dir.join("nss3.dll")]);
        assert_eq!(library_files(Platform::MacOs, dir), [dir.join("libmozglue.dylib"), dir.join("libnss3.dylib")]);
    }

    #[test]
    fn the_install_that_last_ran_the_profile_comes_first() {
        let profile = tempfile::tempdir().unwrap();
        std::fs::write(profile.path().join("compatibility.ini"), "[Compatibility]\nLastVersion=153.8.0_20261110/20261110\nLastPlatformDir=/opt/thunderbird-153\n").unwrap();
        let dirs = candidate_dirs(profile.path(), &[PathBuf::from("/usr/lib/thunderbird")], None);
        assert_eq!(dirs[0], Path::new("/opt/thunderbird-153"));
        assert_eq!(dirs[1], Path::new("/usr/lib/thunderbird"));
    }

    #[test]
    fn a_flatpak_profile_points_at_flatpaks_own_copy() {
        let profile = tempfile::tempdir().unwrap();
        std::fs::write(profile.path().join("compatibility.ini"), "[Compatibility]\nLastPlatformDir=/app/lib/thunderbird\n").unwrap();
        let home = Path::new("/home/ann");
        let dirs = candidate_dirs(profile.path(), &[], Some(home));
        assert_eq!(dirs[0], home.join(".local/share/flatpak/app/org.mozilla.Thunderbird/current/active/files/lib/thunderbird"));
        assert_eq!(dirs[1], Path::new("/var/lib/flatpak/app/org.mozilla.Thunderbird/current/active/files/lib/thunderbird"));
    }

    #[test]
    fn no_install_is_a_clear_error_naming_where_it_looked() {
        let error = find(&[PathBuf::from("/nonexistent/thunderbird")]).unwrap_err();
        assert!(error.to_string().contains("/nonexistent/thunderbird"), "{error}");
    }
}
