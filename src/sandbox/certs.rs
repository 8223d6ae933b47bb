//! Throwaway TLS certificates for the sandbox's servers.
//!
//! Every [`super::Sandbox`] makes its own CA and one server certificate for
//! `localhost` and `127.0.0.1`, in memory, signed by that CA. The CA's private
//! key never leaves the process and is dropped once the server certificate is
//! signed, so trusting the sandbox CA (through [`super::Sandbox::ca_pem`])
//! cannot let anything else impersonate a real host.
//!
//! With the `faults` feature, a deliberately bad IMAP certificate as well
//! (see `CertFault`).

use super::SandboxError;
use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use rustls::ServerConfig;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use std::sync::Arc;

/// The names the server certificate is valid for: both loopback spellings a
/// plan or a redirect can use.
const SERVER_NAMES: [&str; 2] = ["localhost", "127.0.0.1"];

#[cfg(feature = "faults")]
fn names_owned() -> Vec<String> {
    SERVER_NAMES.iter().map(|name| (*name).to_owned()).collect()
}

/// The sandbox's CA (public half only) and its server identity.
pub(crate) struct SandboxCerts {
    /// The CA certificate, PEM, for clients to trust.
    pub ca_pem: String,
    server_chain: Vec<CertificateDer<'static>>,
    server_key_pkcs8: Vec<u8>,
    /// A deliberately bad server identity (see `CertFault`).
    #[cfg(feature = "faults")]
    faulty: Option<(Vec<CertificateDer<'static>>, Vec<u8>)>,
}

impl SandboxCerts {
    /// Makes a fresh CA and a server certificate signed by it.
    #[cfg(not(feature = "faults"))]
    pub fn generate() -> Result<Self, SandboxError> {
        Self::generate_with()
    }

    /// Makes a fresh CA and a server certificate signed by it.
    #[cfg(all(test, feature = "faults"))]
    pub fn generate() -> Result<Self, SandboxError> {
        Self::generate_with(super::CertFault::Valid)
    }

    /// Makes a fresh CA and a server certificate signed by it, and (with
    /// `faults`) the bad certificate `fault` asks for.
    pub fn generate_with(#[cfg(feature = "faults")] fault: super::CertFault) -> Result<Self, SandboxError> {
        let fail = |what: &str, e: rcgen::Error| SandboxError::Certificate(format!("{what}: {e}"));

        // A random serial in the CA name keeps two sandboxes' CAs apart in a
        // trust store dump.
        let ca_tag: u32 = rand::random();
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).map_err(|e| fail("CA parameters", e))?;
        ca_params.distinguished_name = DistinguishedName::new();
        ca_params.distinguished_name.push(DnType::CommonName, format!("mailsetup sandbox CA {ca_tag:08x} (throwaway)"));
        ca_params.distinguished_name.push(DnType::OrganizationName, "mailsetup sandbox");
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
        ca_params.key_usages =
            vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign, KeyUsagePurpose::DigitalSignature];
        let ca_key = KeyPair::generate().map_err(|e| fail("CA key", e))?;
        let ca_cert = ca_params.self_signed(&ca_key).map_err(|e| fail("CA certificate", e))?;
        let issuer = Issuer::new(ca_params, ca_key);

        let names: Vec<String> = SERVER_NAMES.iter().map(|name| (*name).to_owned()).collect();
        let mut server_params = CertificateParams::new(names).map_err(|e| fail("server parameters", e))?;
        server_params.distinguished_name = DistinguishedName::new();
        server_params.distinguished_name.push(DnType::CommonName, "localhost");
        server_params.is_ca = IsCa::ExplicitNoCa;
        server_params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        server_params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        let server_key = KeyPair::generate().map_err(|e| fail("server key", e))?;
        let server_cert = server_params.signed_by(&server_key, &issuer).map_err(|e| fail("server certificate", e))?;

        #[cfg(feature = "faults")]
        let faulty = match fault {
            super::CertFault::Valid => None,
            super::CertFault::Expired | super::CertFault::WrongHost => {
                let names = if fault == super::CertFault::WrongHost { vec!["mail.wrong-host.invalid".to_owned()] } else { names_owned() };
                let mut params = CertificateParams::new(names).map_err(|e| fail("faulty parameters", e))?;
                params.is_ca = IsCa::ExplicitNoCa;
                params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
                if fault == super::CertFault::Expired {
                    let now = time::OffsetDateTime::now_utc();
                    params.not_before = now - time::Duration::days(400);
                    params.not_after = now - time::Duration::days(30);
                }
                let key = KeyPair::generate().map_err(|e| fail("faulty key", e))?;
                let cert = params.signed_by(&key, &issuer).map_err(|e| fail("faulty certificate", e))?;
                Some((vec![cert.der().clone(), ca_cert.der().clone()], key.serialize_der()))
            }
            super::CertFault::UnknownIssuer => {
                let mut params = CertificateParams::new(names_owned()).map_err(|e| fail("self-signed parameters", e))?;
                params.distinguished_name.push(DnType::CommonName, "TLS inspection proxy (untrusted)");
                let key = KeyPair::generate().map_err(|e| fail("self-signed key", e))?;
                let cert = params.self_signed(&key).map_err(|e| fail("self-signed certificate", e))?;
                Some((vec![cert.der().clone()], key.serialize_der()))
            }
        };
        Ok(Self {
            ca_pem: ca_cert.pem(),
            server_chain: vec![server_cert.der().clone(), ca_cert.der().clone()],
            server_key_pkcs8: server_key.serialize_der(),
            #[cfg(feature = "faults")]
            faulty,
        })
    }

    /// A server configuration presenting the bad certificate made by
    /// [`SandboxCerts::generate_with`].
    #[cfg(feature = "faults")]
    pub fn faulty_server_config(&self, _fault: super::CertFault) -> Result<Arc<ServerConfig>, SandboxError> {
        let Some((chain, key)) = &self.faulty else {
            return self.server_config(&[]);
        };
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.clone()));
        let config = ServerConfig::builder_with_provider(provider).with_safe_default_protocol_versions()?.with_no_client_auth().with_single_cert(chain.clone(), key)?;
        Ok(Arc::new(config))
    }

    /// A rustls server configuration presenting the server certificate.
    /// `alpn` lists the protocols to offer (`http/1.1` for the token
    /// endpoint, none for IMAP and SMTP).
    pub fn server_config(&self, alpn: &[&[u8]]) -> Result<Arc<ServerConfig>, SandboxError> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.server_key_pkcs8.clone()));
        let mut config = ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()?
            .with_no_client_auth()
            .with_single_cert(self.server_chain.clone(), key)?;
        config.alpn_protocols = alpn.iter().map(|protocol| protocol.to_vec()).collect();
        Ok(Arc::new(config))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn makes_a_ca_and_a_usable_server_config() {
        crate::install_crypto_provider();
        let certs = SandboxCerts::generate().expect("certificates");
        assert!(certs.ca_pem.starts_with("-----BEGIN CERTIFICATE-----"));
        assert_eq!(certs.server_chain.len(), 2);
        certs.server_config(&[b"http/1.1"]).expect("server config");
        // Two sandboxes never share a CA.
        let other = SandboxCerts::generate().expect("certificates");
        assert_ne!(certs.ca_pem, other.ca_pem);
    }
}
