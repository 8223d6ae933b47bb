//! Which TLS certificates we trust.
//!
//! Always the operating system's trust store (through
//! `rustls-platform-verifier`), plus, where the user gives `--ca-file`, the
//! CAs in that PEM file: corporate TLS inspection, or the test peers. Nothing
//! here can switch verification off; a token is only ever sent over a
//! connection whose certificate chain and host name were verified.

use rustls::ClientConfig;
use rustls_pki_types::CertificateDer;
use rustls_pki_types::pem::PemObject;
use std::path::{Path, PathBuf};
use lettre::transport::smtp::client::{Certificate, TlsParameters};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

/// Why the trust store could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TrustError {
    #[error("{}", crate::tr!("finding-ca-file-unreadable", path = .path.display().to_string(), error = .source.to_string()))]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{}", crate::tr!("finding-ca-file-no-certificate", path = .path.display().to_string()))]
    NoCertificates { path: PathBuf },
    #[error("{}", crate::tr!("finding-ca-file-bad-pem", path = .path.display().to_string(), message = .message))]
    BadPem { path: PathBuf, message: String },
    #[error("{}", crate::tr!("finding-trust-store-unusable", error = .0.to_string()))]
    Platform(#[from] rustls::Error),
}

/// Installs the one crypto provider (ring) the whole process uses. Call once
/// at start; later calls do nothing.
pub fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// The system's trust store, plus any extra CAs.
///
/// Building a verifier reads and parses every system root (tens of
/// milliseconds), so each store builds its TLS configurations once and its
/// clones share them; [`TrustStore::prepare_in_background`] moves that work
/// off the path of the first connection.
#[derive(Clone, Default)]
pub struct TrustStore {
    extra_roots: Vec<CertificateDer<'static>>,
    prepared: Arc<Prepared>,
}

/// TLS configurations built from one store, shared by its clones.
#[derive(Default)]
struct Prepared {
    client_config: OnceLock<Arc<ClientConfig>>,
    /// lettre builds its own rustls configuration, per server name.
    smtp: Mutex<HashMap<String, TlsParameters>>,
}

impl std::fmt::Debug for TrustStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TrustStore").field("extra_roots", &self.extra_roots.len()).finish_non_exhaustive()
    }
}

impl TrustStore {
    /// The operating system's trust store alone.
    pub fn system() -> Self {
        Self::default()
    }

    /// The system store plus every certificate in a PEM file.
    pub fn with_ca_file(path: &Path) -> Result<Self, TrustError> {
        let pem = std::fs::read(path).map_err(|source| TrustError::Read { path: path.to_owned(), source })?;
        Self::with_ca_pem(&pem).map_err(|error| match error {
            TrustError::NoCertificates { .. } => TrustError::NoCertificates { path: path.to_owned() },
            TrustError::BadPem { message, .. } => TrustError::BadPem { path: path.to_owned(), message },
            other => other,
        })
    }

    /// The system store plus every certificate in PEM text.
    pub fn with_ca_pem(pem: &[u8]) -> Result<Self, TrustError> {
        let extra_roots = CertificateDer::pem_slice_iter(pem)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| TrustError::BadPem { path: PathBuf::from("<memory>"), message: e.to_string() })?;
        if extra_roots.is_empty() {
            return Err(TrustError::NoCertificates { path: PathBuf::from("<memory>") });
        }
        Ok(Self { extra_roots, prepared: Arc::default() })
    }

    /// The extra CAs, DER-encoded.
    pub fn extra_roots(&self) -> &[CertificateDer<'static>] {
        &self.extra_roots
    }

    /// A rustls client configuration that verifies against this store.
    pub fn client_config(&self) -> Result<Arc<ClientConfig>, TrustError> {
        if let Some(config) = self.prepared.client_config.get() {
            return Ok(config.clone());
        }
        let config = self.build_client_config()?;
        // Two threads may race to build it; both results are equal.
        Ok(self.prepared.client_config.get_or_init(|| config).clone())
    }

    /// lettre's TLS parameters for an SMTP server name, verifying against
    /// this store.
    pub fn smtp_tls_parameters(&self, server_name: &str) -> Result<TlsParameters, TrustError> {
        let mut cache = self.prepared.smtp.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(parameters) = cache.get(server_name) {
            return Ok(parameters.clone());
        }
        let mut builder = TlsParameters::builder(server_name.to_owned());
        for root in &self.extra_roots {
            let certificate = Certificate::from_der(root.to_vec()).map_err(|e| TrustError::Platform(rustls::Error::General(crate::tr!("finding-extra-ca-unusable", error = e.to_string()))))?;
            builder = builder.add_root_certificate(certificate);
        }
        let parameters = builder.build_rustls().map_err(|e| TrustError::Platform(rustls::Error::General(e.to_string())))?;
        cache.insert(server_name.to_owned(), parameters.clone());
        Ok(parameters)
    }

    /// Builds the configurations the checks will need on a background
    /// thread, while the user is still signing in. Failures are left for the
    /// checks themselves to report.
    pub fn prepare_in_background(&self, smtp_server_name: &str) {
        let store = self.clone();
        let server_name = smtp_server_name.to_owned();
        std::thread::spawn(move || {
            let _ = store.client_config();
            let _ = store.smtp_tls_parameters(&server_name);
        });
    }

    fn build_client_config(&self) -> Result<Arc<ClientConfig>, TrustError> {
        install_crypto_provider();
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let verifier = rustls_platform_verifier::Verifier::new_with_extra_roots(self.extra_roots.clone(), provider.clone())?;
        let config = ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()?
            .dangerous() // Not dangerous: the platform verifier does full verification.
            .with_custom_certificate_verifier(Arc::new(verifier))
            .with_no_client_auth();
        Ok(Arc::new(config))
    }

    /// An HTTPS client for token endpoints: this trust store, HTTPS only, no
    /// redirects (as RFC 6749 clients should not follow them with a code), and
    /// a deadline on every request.
    pub fn https_client(&self, timeout: Duration) -> Result<reqwest::Client, TrustError> {
        let config = Arc::unwrap_or_clone(self.client_config()?);
        reqwest::Client::builder()
            .tls_backend_preconfigured(config)
            .https_only(true)
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(timeout)
            .timeout(timeout)
            .user_agent(concat!("mailsetup/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| TrustError::Platform(rustls::Error::General(e.to_string())))
    }
}

impl TrustStore {
    /// This store plus the extra CAs of another.
    pub fn merged_with(&self, other: &TrustStore) -> TrustStore {
        let mut extra_roots = self.extra_roots.clone();
        extra_roots.extend(other.extra_roots.iter().cloned());
        TrustStore { extra_roots, prepared: Arc::default() }
    }
}
