//! The accounts of a Thunderbird profile as the person whose mail stopped
//! sees them: one plain status each, and for the ones that need it, the
//! fix (the in-place switch, with its address, name and plan taken from the
//! profile).
//!
//! The status comes from the profile alone ([`account_overview`]) and is
//! refined by `doctor` for the accounts that already sign in with OAuth2
//! ([`health_from_doctor`]): only asking the provider tells whether
//! Thunderbird's saved sign-in still works.

use super::InPlaceTarget;
use crate::address::EmailAddress;
use crate::provider::{self, IncomingProtocol, OAuthProvider, PlanSource, ProviderPlan, Security, ServerEndpoint};
use crate::report::{Phase, Report};
use crate::thunderbird::{AccountInfo, AccountStatus, MigrationTarget, ProfileInfo};
use std::path::Path;

/// How an account is doing, in the words the wizard shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountHealth {
    /// Signs in with OAuth2 at a provider Thunderbird knows. `confirmed`
    /// once `doctor` has renewed Thunderbird's saved sign-in and checked
    /// receiving and sending with it.
    Works { provider: Option<OAuthProvider>, confirmed: bool },
    /// Still signs in with a password at Microsoft or Google.
    UsesPassword { provider: OAuthProvider },
    /// Signs in with OAuth2, but Thunderbird's saved sign-in no longer
    /// works (none saved, expired, revoked, a policy asks again).
    SignedOut { provider: OAuthProvider, why: String },
    /// Signs in, but receiving or sending fails for another reason.
    Failing { provider: OAuthProvider, why: String },
    /// A server name mailsetup cannot place.
    UnknownProvider { host: String },
    /// News, feeds, or a provider that still takes passwords: nothing for
    /// mailsetup to do.
    NothingToDo,
}

impl AccountHealth {
    /// One line for the accounts list.
    pub fn words(&self) -> String {
        match self {
            AccountHealth::Works { provider: Some(provider), confirmed: true } => {
                format!("Works: signs in with {}, and receiving and sending were just checked", provider.as_str())
            }
            AccountHealth::Works { provider: Some(provider), confirmed: false } => format!("Works (signs in with {})", provider.as_str()),
            AccountHealth::Works { provider: None, .. } => "Works (signs in through your provider's page)".to_owned(),
            AccountHealth::UsesPassword { provider: OAuthProvider::Microsoft } => {
                "Uses a password: Microsoft stops accepting it for sending at the end of December 2026".to_owned()
            }
            AccountHealth::UsesPassword { provider: OAuthProvider::Google } => {
                "Uses a password: Google no longer accepts it".to_owned()
            }
            AccountHealth::SignedOut { why, .. } => format!("Signed out. {why}"),
            AccountHealth::Failing { why, .. } => format!("Not working. {why}"),
            AccountHealth::UnknownProvider { host } => format!("Unknown provider ({host}): Mail Setup cannot tell whether it needs a change"),
            AccountHealth::NothingToDo => "Nothing to change".to_owned(),
        }
    }

    /// The provider whose sign-in the fix switches the account to, when
    /// the account needs fixing.
    pub fn fix_provider(&self) -> Option<OAuthProvider> {
        match self {
            AccountHealth::UsesPassword { provider } | AccountHealth::SignedOut { provider, .. } | AccountHealth::Failing { provider, .. } => {
                Some(*provider)
            }
            _ => None,
        }
    }

    /// True when the wizard should mark the account as a problem.
    pub fn is_problem(&self) -> bool {
        self.fix_provider().is_some()
    }
}

/// One account of a profile and how it is doing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountOverview {
    pub account: AccountInfo,
    pub health: AccountHealth,
}

impl AccountOverview {
    /// The address to show: the identity's, else the user name, else the
    /// server (an account without either still deserves a line).
    pub fn shown_address(&self) -> &str {
        self.account.shown_address()
    }

    /// True for a person's own account at Microsoft (not itself a shared
    /// mailbox): one that may open shared mailboxes with its sign-in.
    pub fn signs_in_with_microsoft(&self) -> bool {
        self.account.address().is_some()
            && self.account.shared_mailbox().is_none()
            && provider::oauth_provider_of_host(&self.account.incoming_host) == Some(OAuthProvider::Microsoft)
    }
}

/// The profile's accounts, each with its status judged from the profile
/// alone.
pub fn account_overview(profile: &ProfileInfo) -> Vec<AccountOverview> {
    profile.accounts.iter().map(|account| AccountOverview { health: health_of(account), account: account.clone() }).collect()
}

fn health_of(account: &AccountInfo) -> AccountHealth {
    let provider = provider::oauth_provider_of_host(&account.incoming_host);
    match (account.status, provider) {
        (AccountStatus::NeedsOauth2, Some(provider)) => AccountHealth::UsesPassword { provider },
        (AccountStatus::UnknownProvider, _) => AccountHealth::UnknownProvider { host: account.incoming_host.clone() },
        _ if account.uses_oauth2() => AccountHealth::Works { provider, confirmed: false },
        _ => AccountHealth::NothingToDo,
    }
}

/// The status once `doctor` has asked the provider about this account's
/// saved sign-in: signed out when the sign-in itself failed, failing when
/// receiving or sending did, confirmed when everything passed.
pub fn health_from_doctor(overview: &AccountOverview, report: &Report) -> AccountHealth {
    let provider = provider::oauth_provider_of_host(&overview.account.incoming_host).unwrap_or(OAuthProvider::Microsoft);
    match report.first_failure() {
        None => AccountHealth::Works { provider: Some(provider), confirmed: true },
        Some(failure) => {
            let why = failure.diagnosis.as_ref().map_or_else(|| failure.detail.clone(), |diagnosis| diagnosis.title.clone());
            if matches!(failure.phase, Phase::SignIn | Phase::Thunderbird) {
                AccountHealth::SignedOut { provider, why }
            } else {
                AccountHealth::Failing { provider, why }
            }
        }
    }
}

/// Everything the fix of one account needs, read from the profile.
#[derive(Debug, Clone)]
pub struct FixPlan {
    pub address: EmailAddress,
    /// Who signs in, when the account is a shared mailbox.
    pub delegate: Option<EmailAddress>,
    /// The name recipients see now (the identity's), kept.
    pub display_name: String,
    /// Who hosts the mail, decided by the server name the account already
    /// uses: no lookup.
    pub plan: ProviderPlan,
    pub target: InPlaceTarget,
}

/// The fix for `account` of `profile_dir`: switch it in place to OAuth2 at
/// `provider`, keeping its mail, folders and filters. The plan is the
/// catalogue's for the address where it names the same provider (outlook.com
/// and gmail.com addresses sign in at their consumer endpoints), else the
/// one the server name implies.
pub fn fix_plan(profile_dir: &Path, account: &AccountInfo, provider: OAuthProvider) -> Result<FixPlan, String> {
    let shared = account.shared_mailbox();
    let typed = match &shared {
        Some(shared) => shared.shared.as_str(),
        None => account.address().ok_or_else(|| format!("the account on {} has no e-mail address", account.incoming_host))?,
    };
    let address = EmailAddress::parse(typed).map_err(|error| error.to_string())?;
    let delegate = shared.map(|shared| EmailAddress::parse(&shared.delegate)).transpose().map_err(|error| error.to_string())?;
    let display_name = super::display_name(&address, account.display_name.as_deref().unwrap_or(""))?;
    let plan = match provider::plan_for(&address, None, None) {
        Ok(plan) if provider::oauth_provider_of_plan(&plan) == Some(provider) => plan,
        _ => plan_from_host(provider, &account.incoming_host),
    };
    let target = InPlaceTarget {
        profile_dir: profile_dir.to_owned(),
        account_key: account.account_key.clone(),
        target: MigrationTarget::for_provider(provider),
    };
    let plan = receiving_as_the_account_does(plan, account, &target.target);
    Ok(FixPlan { address, delegate, display_name, plan, target })
}

/// The plan, receiving the way the existing account does: a POP3 account
/// stays POP3 (its mail lives in the profile), so its check speaks POP3 to
/// the provider's POP3 server, as Thunderbird will after the switch.
pub fn receiving_as_the_account_does(mut plan: ProviderPlan, account: &AccountInfo, target: &MigrationTarget) -> ProviderPlan {
    if account.incoming_type == IncomingProtocol::Pop3.as_str() && plan.source != PlanSource::Sandbox {
        plan.incoming = ServerEndpoint { host: target.pop3_host.clone(), port: IncomingProtocol::Pop3.default_port(Security::Tls), security: Security::Tls };
        plan.incoming_protocol = IncomingProtocol::Pop3;
    }
    plan
}

/// The plan a server name of Thunderbird's OAuth table implies.
pub fn plan_from_host(provider: OAuthProvider, host: &str) -> ProviderPlan {
    let mut plan = match provider {
        // `common`: work, school and personal accounts alike, as Thunderbird signs in.
        OAuthProvider::Microsoft => provider::microsoft_plan("Microsoft 365", "common"),
        OAuthProvider::Google => provider::google_plan("Google"),
    };
    plan.source = PlanSource::ThunderbirdAccount { host: provider::canonical_host(host) };
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::thunderbird::{self, prefs::PrefsFile};

    fn profile(prefs: &str) -> ProfileInfo {
        let prefs = PrefsFile::parse(prefs).unwrap();
        ProfileInfo {
            name: "default".into(),
            path: "/profile".into(),
            is_default: true,
            default_for_installs: Vec::new(),
            accounts: thunderbird::profile_accounts(&prefs),
            prefs_problem: None,
        }
    }

    const TWO_ACCOUNTS: &str = r#"
user_pref("mail.accountmanager.accounts", "account1,account2,account3");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.account.account1.identities", "id1");
user_pref("mail.server.server1.type", "imap");
user_pref("mail.server.server1.hostname", "outlook.office365.com");
user_pref("mail.server.server1.userName", "alice@contoso.com");
user_pref("mail.identity.id1.useremail", "alice@contoso.com");
user_pref("mail.identity.id1.fullName", "Alice Contoso");
user_pref("mail.account.account2.server", "server2");
user_pref("mail.account.account2.identities", "id2");
user_pref("mail.server.server2.type", "imap");
user_pref("mail.server.server2.hostname", "imap.gmail.com");
user_pref("mail.server.server2.authMethod", 10);
user_pref("mail.server.server2.userName", "bob@gmail.com");
user_pref("mail.identity.id2.useremail", "bob@gmail.com");
user_pref("mail.account.account3.server", "server3");
user_pref("mail.server.server3.type", "imap");
user_pref("mail.server.server3.hostname", "mail.example.net");
"#;

    #[test]
    fn a_password_account_at_microsoft_needs_the_fix_and_names_the_deadline() {
        let overview = account_overview(&profile(TWO_ACCOUNTS));
        assert_eq!(overview[0].health, AccountHealth::UsesPassword { provider: OAuthProvider::Microsoft });
        assert!(overview[0].health.words().contains("end of December 2026"), "{}", overview[0].health.words());
        assert_eq!(overview[1].health, AccountHealth::Works { provider: Some(OAuthProvider::Google), confirmed: false });
        assert_eq!(overview[1].health.words(), "Works (signs in with Google)");
        assert_eq!(overview[2].health, AccountHealth::UnknownProvider { host: "mail.example.net".into() });
        assert_eq!(overview.iter().filter(|o| o.health.is_problem()).count(), 1);
    }

    #[test]
    fn the_fix_takes_address_name_and_provider_from_the_profile_without_a_lookup() {
        let profile = profile(TWO_ACCOUNTS);
        let fix = fix_plan(&profile.path, &profile.accounts[0], OAuthProvider::Microsoft).unwrap();
        assert_eq!(fix.address.to_string(), "alice@contoso.com");
        assert_eq!(fix.display_name, "Alice Contoso");
        // contoso.com is in no catalogue: the server name decided.
        assert_eq!(fix.plan.source, PlanSource::ThunderbirdAccount { host: "outlook.office365.com".into() });
        assert_eq!(fix.plan.oauth.issuer, "login.microsoftonline.com");
        assert_eq!(fix.plan.incoming.host, "outlook.office365.com");
        assert_eq!(fix.target.account_key, "account1");
        // A catalogue address keeps the catalogue's plan.
        let gmail = fix_plan(&profile.path, &profile.accounts[1], OAuthProvider::Google).unwrap();
        assert_eq!(gmail.plan.source, PlanSource::Catalogue);
        assert_eq!(gmail.display_name, "bob", "no fullName: the part before the @");
    }

    #[test]
    fn a_pop3_account_is_fixed_and_checked_as_pop3_at_the_providers_pop3_server() {
        let pop = TWO_ACCOUNTS.replace(r#""mail.server.server1.type", "imap""#, r#""mail.server.server1.type", "pop3""#);
        let profile = profile(&pop);
        let fix = fix_plan(&profile.path, &profile.accounts[0], OAuthProvider::Microsoft).unwrap();
        assert_eq!(fix.plan.incoming_protocol, IncomingProtocol::Pop3);
        assert_eq!(fix.plan.incoming.to_string(), "outlook.office365.com:995 (TLS)");
        assert!(fix.plan.oauth.scopes.iter().any(|scope| scope.ends_with("/POP.AccessAsUser.All")), "{:?}", fix.plan.oauth.scopes);
        // An IMAP account stays IMAP.
        let imap = fix_plan(&profile.path, &profile.accounts[1], OAuthProvider::Google).unwrap();
        assert_eq!(imap.plan.incoming_protocol, IncomingProtocol::Imap);
    }

    #[test]
    fn an_account_without_an_address_cannot_be_fixed_and_says_which() {
        let profile = profile(TWO_ACCOUNTS);
        let error = fix_plan(&profile.path, &profile.accounts[2], OAuthProvider::Microsoft).unwrap_err();
        assert!(error.contains("mail.example.net"), "{error}");
    }
}
