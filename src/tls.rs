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
use std::sync::Arc;
use std::time::Duration;

/// Why the trust store could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TrustError {
    #[error("cannot read CA file {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("CA file {path} holds no PEM certificate")]
    NoCertificates { path: PathBuf },
    #[error("CA file {path} is not valid PEM: {message}")]
    BadPem { path: PathBuf, message: String },
    #[error("the system's TLS trust store cannot be used: {0}")]
    Platform(#[from] rustls::Error),
}

/// Installs the one crypto provider (ring) the whole process uses. Call once
/// at start; later calls do nothing.
pub fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// The system's trust store, plus any extra CAs.
#[derive(Clone, Debug, Default)]
pub struct TrustStore {
    extra_roots: Vec<CertificateDer<'static>>,
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
        Ok(Self { extra_roots })
    }

    /// The extra CAs, DER-encoded.
    pub fn extra_roots(&self) -> &[CertificateDer<'static>] {
        &self.extra_roots
    }

    /// A rustls client configuration that verifies against this store.
    pub fn client_config(&self) -> Result<Arc<ClientConfig>, TrustError> {
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
        TrustStore { extra_roots }
    }
}
