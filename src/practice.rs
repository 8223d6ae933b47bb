//! The built-in practice provider (`mailsetup --sandbox`) as mailsetup sees
//! it: a provider plan and a trust store.
//!
//! The provider itself is the `mailsetup-sandbox` crate (`src/sandbox`,
//! re-exported as [`crate::sandbox`]); it knows nothing of mailsetup and
//! exposes plain data: ports, host, URLs, client id, scopes, its CA. This
//! module turns that into our types. It is core, not UI: the wizard and the
//! CLI (`setup --sandbox`, `check --sandbox`) both use it.

use crate::provider::{OAuthRegistration, PlanSource, ProviderPlan, RedirectHost, Security, ServerEndpoint, SignIn};
use crate::sandbox::{CLIENT_ID, HOST, PROVIDER_NAME, Sandbox};
use crate::tls::TrustStore;

/// What every sandbox plan tells the user first.
const PRACTICE_WARNING: &str = "This is the practice provider built into mailsetup: nothing leaves your computer, and the account it sets up works only while mailsetup --sandbox is running.";

/// A running sandbox, as a provider mailsetup can plan for and connect to.
/// (An extension trait, so that `sandbox.plan()` reads as it did when the
/// sandbox was a module of this crate.)
pub trait PracticeProvider {
    /// The provider plan: IMAP over TLS and SMTP with STARTTLS on
    /// [`HOST`], and the sandbox's OAuth registration (public client,
    /// loopback redirect to `localhost`).
    fn plan(&self) -> ProviderPlan;

    /// The system trust store plus the sandbox CA: what every client of the
    /// sandbox's TLS servers must use. Each call builds a new store (its TLS
    /// configurations are built on first use), so callers keep one per run.
    fn trust(&self) -> TrustStore;
}

impl PracticeProvider for Sandbox {
    fn plan(&self) -> ProviderPlan {
        let ports = self.ports();
        ProviderPlan {
            provider_name: PROVIDER_NAME.to_owned(),
            source: PlanSource::Sandbox,
            oauth: OAuthRegistration {
                issuer: PROVIDER_NAME.to_owned(),
                authorize_url: self.authorize_url(),
                token_url: self.token_url(),
                client_id: CLIENT_ID.to_owned(),
                client_secret: None,
                scopes: self.scopes().iter().map(|scope| (*scope).to_owned()).collect(),
                redirect_host: RedirectHost::Localhost,
            },
            imap: ServerEndpoint { host: HOST.to_owned(), port: ports.imap, security: Security::Tls },
            smtp: ServerEndpoint { host: HOST.to_owned(), port: ports.smtp, security: Security::Starttls },
            warnings: vec![PRACTICE_WARNING.to_owned()],
            sign_in: SignIn::OAuth2 { tenant: None, realm: None },
            evidence: Vec::new(),
            stop: None,
        }
    }

    fn trust(&self) -> TrustStore {
        // The sandbox made this PEM from its own certificate a moment ago; it
        // cannot fail to parse unless the sandbox crate is broken.
        TrustStore::with_ca_pem(self.ca_pem().as_bytes()).expect("the sandbox CA is valid PEM")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::SandboxOptions;

    #[test]
    fn the_plan_points_at_the_running_servers() {
        let sandbox = Sandbox::start(SandboxOptions::default()).expect("sandbox starts");
        let plan = sandbox.plan();
        let ports = sandbox.ports();
        assert_eq!((plan.imap.host.as_str(), plan.imap.port), ("localhost", ports.imap));
        assert_eq!((plan.smtp.host.as_str(), plan.smtp.port), ("localhost", ports.smtp));
        assert_eq!(plan.oauth.token_url.port(), Some(ports.token));
        assert_eq!(plan.oauth.authorize_url.port(), Some(ports.authorize));
        assert_eq!(plan.oauth.scopes, ["mail", "offline_access"]);
        assert_eq!(sandbox.trust().extra_roots().len(), 1);
        // The port in the plan is the one the IMAP server listens on.
        std::net::TcpStream::connect(("127.0.0.1", plan.imap.port)).expect("IMAP listens");
    }
}
