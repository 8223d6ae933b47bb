//! The built-in practice provider (`mailsetup --sandbox`) as mailsetup sees
//! it: a provider plan and a trust store.
//!
//! The provider itself is the `mailsetup-sandbox` crate (`src/sandbox`,
//! re-exported as [`crate::sandbox`]); it knows nothing of mailsetup and
//! exposes plain data: ports, host, URLs, client id, scopes, its CA. This
//! module turns that into our types. It is core, not UI: the wizard and the
//! CLI (`setup --sandbox`, `check --sandbox`) both use it.

use crate::provider::{OAuthRegistration, PlanSource, ProviderPlan, RedirectHost, Security, ServerEndpoint, SignIn};
use crate::sandbox::{CLIENT_ID, HOST, PageText, PageWords, Sandbox, SandboxOptions};
use crate::tr;
use crate::tls::TrustStore;
use std::path::{Path, PathBuf};


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
        // Named in the user's language, as the catalogue's providers are. A
        // real provider's issuer is its sign-in host; the practice one has
        // none worth showing, so it is named there too. Nothing matches on
        // it: the sandbox sends no `iss`, and no sign-in made for it is ever
        // stored for Thunderbird.
        let name = tr!("practice-provider-name");
        ProviderPlan {
            provider_name: name.clone(),
            source: PlanSource::Sandbox,
            oauth: OAuthRegistration {
                issuer: name,
                authorize_url: self.authorize_url(),
                token_url: self.token_url(),
                client_id: CLIENT_ID.to_owned(),
                client_secret: None,
                scopes: self.scopes().iter().map(|scope| (*scope).to_owned()).collect(),
                redirect_host: RedirectHost::Localhost,
            },
            incoming: ServerEndpoint { host: HOST.to_owned(), port: ports.imap, security: Security::Tls },
            incoming_protocol: crate::provider::IncomingProtocol::Imap,
            incoming_auth: crate::provider::AuthMethod::OAuth2,
            smtp_auth: crate::provider::AuthMethod::OAuth2,
            smtp: ServerEndpoint { host: HOST.to_owned(), port: ports.smtp, security: Security::Starttls },
            // What every sandbox plan tells the user first.
            warnings: vec![crate::tr!("finding-practice-warning")],
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

/// The practice profile's one account: an address at the sandbox, set up
/// the way the accounts that break are, on Microsoft's servers with a
/// password. Nothing ever connects to those servers from this profile: the
/// fix checks against the sandbox, and the folder goes with the sandbox.
const PRACTICE_PREFS: &str = r#"// A practice profile made by Mail Setup's sandbox; it is deleted when Mail Setup closes.
user_pref("mail.account.account1.identities", "id1");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.account.account2.server", "server2");
user_pref("mail.accountmanager.accounts", "account1,account2");
user_pref("mail.accountmanager.defaultaccount", "account1");
user_pref("mail.accountmanager.localfoldersserver", "server2");
user_pref("mail.identity.id1.fullName", "Sam Practice");
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.identity.id1.useremail", "you@sandbox.mailsetup.test");
user_pref("mail.server.server1.authMethod", 3);
user_pref("mail.server.server1.hostname", "outlook.office365.com");
user_pref("mail.server.server1.name", "you@sandbox.mailsetup.test");
user_pref("mail.server.server1.port", 993);
user_pref("mail.server.server1.socketType", 3);
user_pref("mail.server.server1.type", "imap");
user_pref("mail.server.server1.userName", "you@sandbox.mailsetup.test");
user_pref("mail.server.server2.hostname", "Local Folders");
user_pref("mail.server.server2.name", "Local Folders");
user_pref("mail.server.server2.type", "none");
user_pref("mail.server.server2.userName", "nobody");
user_pref("mail.smtp.defaultserver", "smtp1");
user_pref("mail.smtpserver.smtp1.authMethod", 3);
user_pref("mail.smtpserver.smtp1.hostname", "smtp.office365.com");
user_pref("mail.smtpserver.smtp1.port", 587);
user_pref("mail.smtpserver.smtp1.try_ssl", 2);
user_pref("mail.smtpserver.smtp1.username", "you@sandbox.mailsetup.test");
user_pref("mail.smtpservers", "smtp1");
"#;

/// Puts a practice profile into the sandbox's Thunderbird folder `root`:
/// one account that signs in with a password at Microsoft, as the accounts
/// that stop working do, so that helpdesks can practise the fix. Returns
/// the profile's directory.
pub fn write_practice_profile(root: &Path) -> Result<PathBuf, crate::thunderbird::ThunderbirdError> {
    let profile_dir = crate::thunderbird::create_profile(root, None)?;
    let prefs = profile_dir.join("prefs.js");
    std::fs::write(&prefs, PRACTICE_PREFS)
        .map_err(|source| crate::thunderbird::ThunderbirdError::Io { action: crate::thunderbird::FileAction::Write, path: prefs, source })?;
    Ok(profile_dir)
}

/// Options for a practice provider whose sign-in pages speak mailsetup's
/// language, whichever it is when each page is served.
pub fn options() -> SandboxOptions {
    SandboxOptions::default().with_page_words(page_words())
}

/// The sandbox's sign-in pages in mailsetup's current language.
pub fn page_words() -> PageWords {
    PageWords::new(crate::i18n::current_tag, |text| match *text {
        PageText::SandboxName => tr!("practice-provider-name"),
        PageText::HomeBody => tr!("practice-page-home"),
        PageText::SignInTitle => tr!("practice-page-sign-in-title"),
        PageText::PracticeNote => tr!("practice-page-note"),
        PageText::ConsentRequest { client } => tr!("practice-page-consent", client = client),
        PageText::Scopes => tr!("practice-page-scopes"),
        PageText::EmailLabel => tr!("practice-page-email"),
        PageText::PasswordLabel => tr!("practice-page-password"),
        PageText::Allow => tr!("practice-page-allow"),
        PageText::Deny => tr!("practice-page-deny"),
        PageText::DeviceTitle => tr!("practice-page-device-title"),
        PageText::CodeLabel => tr!("practice-page-code"),
        PageText::UnknownCode => tr!("practice-page-unknown-code"),
        PageText::DoneTitle => tr!("practice-page-done-title"),
        PageText::SignedIn => tr!("practice-page-signed-in"),
        PageText::Declined => tr!("practice-page-declined"),
        PageText::SignInFailedTitle => tr!("practice-page-failed-title"),
        PageText::NotAForm => tr!("practice-page-not-a-form"),
        PageText::FormIncomplete => tr!("practice-page-form-incomplete"),
        PageText::ChooseAllowOrDeny => tr!("practice-page-choose"),
        PageText::EndedTitle => tr!("practice-page-ended-title"),
        PageText::EndedBody => tr!("practice-page-ended"),
        PageText::InvalidLinkTitle => tr!("practice-page-invalid-link-title"),
        PageText::InvalidLinkBody { reason } => tr!("practice-page-invalid-link", reason = reason),
        PageText::InvalidLinkReport => tr!("practice-page-invalid-link-report"),
        PageText::AddressWithoutAt => tr!("practice-page-address-no-at"),
        PageText::AddressWithoutLocalPart => tr!("practice-page-address-no-local-part"),
        PageText::AddressWithoutDomain => tr!("practice-page-address-no-domain"),
        PageText::SharedMailboxHint { shared, person } => tr!("practice-page-shared-hint", shared = shared, person = person),
        PageText::AliasHint { person } => tr!("practice-page-alias-hint", person = person),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_practice_profile_holds_one_password_account_at_microsoft_for_the_sandbox_address() {
        let root = tempfile::tempdir().unwrap();
        let dir = write_practice_profile(root.path()).unwrap();
        let profiles = crate::thunderbird::list_profiles_for_install(root.path(), None).unwrap();
        let [profile] = profiles.as_slice() else { panic!("one profile: {profiles:?}") };
        assert_eq!(profile.path, dir);
        assert!(profile.is_default, "Thunderbird (and the wizard) open it");
        let [account] = profile.accounts.as_slice() else { panic!("one account: {:?}", profile.accounts) };
        assert_eq!(account.address(), Some(Sandbox::example_address()));
        assert_eq!(account.display_name.as_deref(), Some("Sam Practice"));
        assert_eq!(account.status, crate::thunderbird::AccountStatus::NeedsOauth2);
    }

    #[test]
    fn the_plan_points_at_the_running_servers() {
        let sandbox = Sandbox::start(SandboxOptions::default()).expect("sandbox starts");
        let plan = sandbox.plan();
        let ports = sandbox.ports();
        assert_eq!((plan.incoming.host.as_str(), plan.incoming.port), ("localhost", ports.imap));
        assert_eq!((plan.smtp.host.as_str(), plan.smtp.port), ("localhost", ports.smtp));
        assert_eq!(plan.oauth.token_url.port(), Some(ports.token));
        assert_eq!(plan.oauth.authorize_url.port(), Some(ports.authorize));
        assert_eq!(plan.oauth.scopes, ["mail", "offline_access"]);
        assert_eq!(sandbox.trust().extra_roots().len(), 1);
        // The port in the plan is the one the IMAP server listens on.
        std::net::TcpStream::connect(("127.0.0.1", plan.incoming.port)).expect("IMAP listens");
    }

    /// In English, mailsetup's messages say what the sandbox's own words say,
    /// so the Fluent file is the one place a translator starts from.
    #[test]
    fn the_pages_english_messages_are_the_sandboxs_own_words() {
        let (client, reason, shared, person) = ("mailsetup-sandbox", "the link has no client_id", "shared@x.test", "you@x.test");
        let texts = [
            PageText::SandboxName,
            PageText::HomeBody,
            PageText::SignInTitle,
            PageText::PracticeNote,
            PageText::ConsentRequest { client },
            PageText::Scopes,
            PageText::EmailLabel,
            PageText::PasswordLabel,
            PageText::Allow,
            PageText::Deny,
            PageText::DeviceTitle,
            PageText::CodeLabel,
            PageText::UnknownCode,
            PageText::DoneTitle,
            PageText::SignedIn,
            PageText::Declined,
            PageText::SignInFailedTitle,
            PageText::NotAForm,
            PageText::FormIncomplete,
            PageText::ChooseAllowOrDeny,
            PageText::EndedTitle,
            PageText::EndedBody,
            PageText::InvalidLinkTitle,
            PageText::InvalidLinkBody { reason },
            PageText::InvalidLinkReport,
            PageText::AddressWithoutAt,
            PageText::AddressWithoutLocalPart,
            PageText::AddressWithoutDomain,
            PageText::SharedMailboxHint { shared, person },
            PageText::AliasHint { person },
        ];
        let ours = page_words();
        assert_eq!(ours.lang(), "en");
        for text in texts {
            assert_eq!(ours.say(text), crate::sandbox::english_page_text(&text), "{text:?}");
        }
    }
}
