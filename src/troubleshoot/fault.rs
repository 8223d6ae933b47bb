//! [`Fault`]: what went wrong on the wire or on this computer, classified
//! where the error happened (from `io::ErrorKind`, `rustls::Error`, our own
//! checks), so that the knowledge base never has to guess it from our prose.

use serde::{Deserialize, Serialize};

/// A machine-readable class of failure, recorded on a [`crate::report::Step`]
/// by the code that saw the error. Stable kebab-case names: `kb.toml` uses
/// them in `fault = [...]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fault {
    /// The host name does not resolve.
    DnsFailure,
    /// Nothing listens there, or a firewall rejects the connection.
    ConnectionRefused,
    /// The peer (or something between) reset the connection.
    ConnectionReset,
    /// No answer within the step's deadline (a black hole, a dropping firewall).
    NoAnswer,
    /// The server closed the connection without saying why.
    ConnectionClosed,
    /// The server's certificate has expired (or is not yet valid).
    TlsCertificateExpired,
    /// The certificate is valid, but for other host names.
    TlsWrongHost,
    /// The certificate chain ends at a CA this computer does not trust.
    TlsUnknownIssuer,
    /// The server only speaks TLS 1.0/1.1 (or refuses our versions).
    TlsTooOld,
    /// Another TLS handshake failure.
    TlsHandshakeFailed,
    /// The server does not offer STARTTLS, so we stopped before the token.
    StarttlsMissing,
    /// The server does not offer the XOAUTH2 sign-in mechanism.
    Xoauth2NotOffered,
    /// Plain text followed the server's STARTTLS go-ahead, before TLS began:
    /// someone is injecting replies (tampering), so we stopped.
    StarttlsInjection,
    /// A server reply broke a size limit (a line without end, a flood), so
    /// we stopped reading (see `probe::reply`).
    ReplyTooLong,
    /// The loopback listener for the sign-in redirect could not start.
    LoopbackUnavailable,
    /// The browser could not be started.
    BrowserNotOpened,
    /// The browser never came back to the loopback listener.
    BrowserTimeout,
    /// The user cancelled.
    Cancelled,
    /// The token endpoint could not be reached (network, TLS, timeout).
    TokenEndpointUnreachable,
    /// The token endpoint asked us to slow down (HTTP 429 or 503 with
    /// `Retry-After`) and did not answer after the one wait we allow.
    TokenEndpointThrottled,
    /// Reading or writing the Thunderbird profile failed; named
    /// `tb-…` (see [`ThunderbirdFault`]).
    #[serde(untagged)]
    Thunderbird(ThunderbirdFault),
}

/// What went wrong with a Thunderbird profile, classified by
/// `thunderbird::ThunderbirdError::fault`. Names start with `tb-`, as the
/// knowledge base's ids for them do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ThunderbirdFault {
    /// Thunderbird is running on the profile (it holds the profile lock).
    #[serde(rename = "tb-profile-locked")]
    ProfileLocked,
    /// A primary password protects the saved logins, so nothing can be
    /// handed to Thunderbird's login store.
    #[serde(rename = "tb-primary-password")]
    PrimaryPassword,
    /// `prefs.js` (or another profile file) could not be read.
    #[serde(rename = "tb-prefs-unreadable")]
    PrefsUnreadable,
    /// `prefs.js` is not valid prefs syntax or not UTF-8.
    #[serde(rename = "tb-prefs-invalid")]
    PrefsInvalid,
    /// The disk or the quota is full.
    #[serde(rename = "tb-disk-full")]
    DiskFull,
    /// The profile directory or a file in it cannot be written (read-only
    /// file system, no permission).
    #[serde(rename = "tb-read-only")]
    ReadOnly,
    /// A profile file is a FIFO, a device, a directory or a link where a
    /// regular file belongs.
    #[serde(rename = "tb-not-a-regular-file")]
    NotARegularFile,
    /// A profile file is larger than mailsetup reads.
    #[serde(rename = "tb-file-too-large")]
    FileTooLarge,
    /// A change spanning several files failed halfway and could not be
    /// undone completely.
    #[serde(rename = "tb-half-changed")]
    HalfChanged,
    /// Another file error.
    #[serde(rename = "tb-file-error")]
    FileError,
    /// The profile (or the profile list) is not where it should be, or it
    /// is not clear which profile is meant.
    #[serde(rename = "tb-profile-missing")]
    ProfileMissing,
    /// The account settings cannot be written to `prefs.js` as they are.
    #[serde(rename = "tb-invalid-account")]
    InvalidAccount,
    /// `logins.json` is not the JSON Thunderbird reads.
    #[serde(rename = "tb-logins-invalid")]
    LoginsInvalid,
    /// The profile keeps its logins elsewhere than `logins.json`
    /// (`signon.storage.rust.active`).
    #[serde(rename = "tb-logins-elsewhere")]
    LoginsElsewhere,
    /// No Thunderbird installation with usable NSS libraries was found.
    #[serde(rename = "tb-nss-unavailable")]
    NssUnavailable,
    /// Thunderbird's NSS refused to open the key store or to encrypt.
    #[serde(rename = "tb-nss-failed")]
    NssFailed,
    /// Thunderbird has no saved OAuth sign-in for the account.
    #[serde(rename = "tb-no-saved-sign-in")]
    NoSavedSignIn,
}

impl ThunderbirdFault {
    /// Every Thunderbird fault.
    pub const ALL: [ThunderbirdFault; 17] = [
        ThunderbirdFault::ProfileLocked,
        ThunderbirdFault::PrimaryPassword,
        ThunderbirdFault::PrefsUnreadable,
        ThunderbirdFault::PrefsInvalid,
        ThunderbirdFault::DiskFull,
        ThunderbirdFault::ReadOnly,
        ThunderbirdFault::NotARegularFile,
        ThunderbirdFault::FileTooLarge,
        ThunderbirdFault::HalfChanged,
        ThunderbirdFault::FileError,
        ThunderbirdFault::ProfileMissing,
        ThunderbirdFault::InvalidAccount,
        ThunderbirdFault::LoginsInvalid,
        ThunderbirdFault::LoginsElsewhere,
        ThunderbirdFault::NssUnavailable,
        ThunderbirdFault::NssFailed,
        ThunderbirdFault::NoSavedSignIn,
    ];

    /// The kebab-case name (as in JSON and `kb.toml`), which is also the id
    /// of the knowledge-base entry for it.
    pub fn id(self) -> &'static str {
        match self {
            ThunderbirdFault::ProfileLocked => "tb-profile-locked",
            ThunderbirdFault::PrimaryPassword => "tb-primary-password",
            ThunderbirdFault::PrefsUnreadable => "tb-prefs-unreadable",
            ThunderbirdFault::PrefsInvalid => "tb-prefs-invalid",
            ThunderbirdFault::DiskFull => "tb-disk-full",
            ThunderbirdFault::ReadOnly => "tb-read-only",
            ThunderbirdFault::NotARegularFile => "tb-not-a-regular-file",
            ThunderbirdFault::FileTooLarge => "tb-file-too-large",
            ThunderbirdFault::HalfChanged => "tb-half-changed",
            ThunderbirdFault::FileError => "tb-file-error",
            ThunderbirdFault::ProfileMissing => "tb-profile-missing",
            ThunderbirdFault::InvalidAccount => "tb-invalid-account",
            ThunderbirdFault::LoginsInvalid => "tb-logins-invalid",
            ThunderbirdFault::LoginsElsewhere => "tb-logins-elsewhere",
            ThunderbirdFault::NssUnavailable => "tb-nss-unavailable",
            ThunderbirdFault::NssFailed => "tb-nss-failed",
            ThunderbirdFault::NoSavedSignIn => "tb-no-saved-sign-in",
        }
    }
}

impl Fault {
    /// Every fault, for validating the knowledge base.
    pub const ALL: [Fault; 20] = [
        Fault::DnsFailure,
        Fault::ConnectionRefused,
        Fault::ConnectionReset,
        Fault::NoAnswer,
        Fault::ConnectionClosed,
        Fault::TlsCertificateExpired,
        Fault::TlsWrongHost,
        Fault::TlsUnknownIssuer,
        Fault::TlsTooOld,
        Fault::TlsHandshakeFailed,
        Fault::StarttlsMissing,
        Fault::Xoauth2NotOffered,
        Fault::StarttlsInjection,
        Fault::ReplyTooLong,
        Fault::LoopbackUnavailable,
        Fault::BrowserNotOpened,
        Fault::BrowserTimeout,
        Fault::Cancelled,
        Fault::TokenEndpointUnreachable,
        Fault::TokenEndpointThrottled,
    ];

    /// The kebab-case name, as in JSON and `kb.toml`.
    pub fn name(self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
    }
}

/// Classifies an error by walking its source chain: rustls errors first
/// (they say exactly what was wrong with a certificate), then I/O kinds.
pub fn classify_error(error: &(dyn std::error::Error + 'static)) -> Option<Fault> {
    let mut io_fault = None;
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(err) = current {
        if let Some(tls) = err.downcast_ref::<rustls::Error>() {
            return Some(classify_rustls(tls));
        }
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            if let Some(tls) = io.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>()) {
                return Some(classify_rustls(tls));
            }
            io_fault = io_fault.or_else(|| classify_io(io));
        }
        current = err.source();
    }
    io_fault.or_else(|| classify_text(&error.to_string()))
}

/// The fault for an I/O error, when its kind says one.
pub fn classify_io(error: &std::io::Error) -> Option<Fault> {
    use std::io::ErrorKind;
    if let Some(tls) = error.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>()) {
        return Some(classify_rustls(tls));
    }
    match error.kind() {
        ErrorKind::ConnectionRefused => Some(Fault::ConnectionRefused),
        ErrorKind::ConnectionReset | ErrorKind::ConnectionAborted | ErrorKind::BrokenPipe => Some(Fault::ConnectionReset),
        ErrorKind::TimedOut => Some(Fault::NoAnswer),
        ErrorKind::UnexpectedEof => Some(Fault::ConnectionClosed),
        _ => classify_text(&error.to_string()),
    }
}

/// Last resort for errors that arrive as text only (resolver failures carry
/// no kind of their own).
fn classify_text(text: &str) -> Option<Fault> {
    let lower = text.to_ascii_lowercase();
    if lower.contains("failed to lookup")
        || lower.contains("name or service not known")
        || lower.contains("no address associated")
        || lower.contains("dns error")
        || lower.contains("temporary failure in name resolution")
    {
        Some(Fault::DnsFailure)
    } else if lower.contains("connection refused") {
        Some(Fault::ConnectionRefused)
    } else if lower.contains("connection reset") {
        Some(Fault::ConnectionReset)
    } else {
        None
    }
}

/// The fault for a rustls error.
pub fn classify_rustls(error: &rustls::Error) -> Fault {
    use rustls::{AlertDescription, CertificateError, Error, PeerIncompatible};
    match error {
        Error::InvalidCertificate(reason) => match reason {
            CertificateError::Expired | CertificateError::ExpiredContext { .. } | CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                Fault::TlsCertificateExpired
            }
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => Fault::TlsWrongHost,
            CertificateError::UnknownIssuer => Fault::TlsUnknownIssuer,
            CertificateError::Other(other) => {
                let text = other.to_string().to_ascii_lowercase();
                if text.contains("expired") {
                    Fault::TlsCertificateExpired
                } else if text.contains("name") {
                    Fault::TlsWrongHost
                } else if text.contains("issuer") || text.contains("trust") {
                    Fault::TlsUnknownIssuer
                } else {
                    Fault::TlsHandshakeFailed
                }
            }
            _ => Fault::TlsHandshakeFailed,
        },
        Error::AlertReceived(AlertDescription::ProtocolVersion) => Fault::TlsTooOld,
        Error::PeerIncompatible(
            PeerIncompatible::ServerDoesNotSupportTls12Or13 | PeerIncompatible::ServerTlsVersionIsDisabledByOurConfig | PeerIncompatible::Tls12NotOffered,
        ) => Fault::TlsTooOld,
        _ => Fault::TlsHandshakeFailed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_kebab_case() {
        assert_eq!(Fault::TlsUnknownIssuer.name(), "tls-unknown-issuer");
        assert_eq!(Fault::Xoauth2NotOffered.name(), "xoauth2-not-offered");
        assert_eq!(Fault::Thunderbird(ThunderbirdFault::ProfileLocked).name(), "tb-profile-locked");
        for fault in ThunderbirdFault::ALL {
            let name = Fault::Thunderbird(fault).name();
            assert_eq!(name, fault.id());
            let back: Fault = serde_json::from_value(serde_json::Value::String(name)).unwrap();
            assert_eq!(back, Fault::Thunderbird(fault));
        }
        assert_eq!(serde_json::from_str::<Fault>("\"no-answer\"").unwrap(), Fault::NoAnswer);
    }

    #[test]
    fn classifies_io_and_tls_errors() {
        let refused = std::io::Error::from(std::io::ErrorKind::ConnectionRefused);
        assert_eq!(classify_io(&refused), Some(Fault::ConnectionRefused));
        let tls = std::io::Error::new(std::io::ErrorKind::InvalidData, rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer));
        assert_eq!(classify_io(&tls), Some(Fault::TlsUnknownIssuer));
        assert_eq!(classify_error(&tls), Some(Fault::TlsUnknownIssuer));
        let dns = std::io::Error::other("failed to lookup address information: Name or service not known");
        assert_eq!(classify_io(&dns), Some(Fault::DnsFailure));
    }
}
