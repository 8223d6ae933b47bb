//! The accounts of a Thunderbird profile as the person whose mail stopped
//! sees them: one plain status each, and for the ones that need it, the
//! fix (the in-place switch, with its address, name and plan taken from the
//! profile).
//!
//! The status is the audit's ([`crate::audit`], the same judgement as
//! `mailsetup audit`, from the profile alone: [`account_overview`]) and is
//! refined by `doctor` for the accounts the audit found working
//! ([`health_from_doctor`]): only asking the provider tells whether
//! Thunderbird's saved sign-in still works.

use super::InPlaceTarget;
use crate::address::EmailAddress;
use crate::audit::{self, AccountAudit, AccountState};
use crate::provider::{self, IncomingProtocol, OAuthProvider, PlanSource, ProviderPlan, Security, ServerEndpoint};
use crate::report::{Phase, Report};
use crate::thunderbird::{AccountInfo, MigrationTarget, ProfileInfo};
use std::path::Path;
use time::Date;

/// How an account is doing, in the words the wizard shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountHealth {
    /// As the audit judged it from the profile alone.
    Judged(Box<AccountAudit>),
    /// `doctor` renewed Thunderbird's saved sign-in and checked receiving
    /// and sending with it.
    Confirmed { provider: OAuthProvider },
    /// Signs in with OAuth2, but Thunderbird's saved sign-in no longer
    /// works (revoked, a policy asks again), as the provider said.
    SignedOut { provider: OAuthProvider, why: String },
    /// Signs in, but receiving or sending fails for another reason.
    Failing { provider: OAuthProvider, why: String },
    /// Switched by Fix in this window just now, without a sign-in for
    /// Thunderbird to keep (Google, the practice provider): the profile has
    /// no saved sign-in yet, and Thunderbird asks for one once.
    FixedJustNow,
}

impl AccountHealth {
    /// One line for the accounts list.
    pub fn words(&self) -> String {
        match self {
            AccountHealth::Judged(audit) => audit.summary.clone(),
            AccountHealth::Confirmed { provider } => crate::tr!("health-confirmed", provider = provider.as_str()),
            AccountHealth::SignedOut { why, .. } => crate::tr!("health-signed-out", why = why),
            AccountHealth::Failing { why, .. } => crate::tr!("health-failing", why = why),
            AccountHealth::FixedJustNow => crate::tr!("health-fixed-just-now"),
        }
    }

    /// What to do, for an account that needs a change Mail Setup's Fix
    /// cannot make (an Exchange account to add again, a password at Yahoo).
    pub fn advice(&self) -> Option<&str> {
        match self {
            AccountHealth::Judged(audit) if audit.needs_action && audit.fix.is_none() && !audit.what_to_do.is_empty() => Some(&audit.what_to_do),
            _ => None,
        }
    }

    /// The provider whose sign-in the fix switches the account to, when
    /// the account needs fixing and Fix can do it.
    pub fn fix_provider(&self) -> Option<OAuthProvider> {
        match self {
            AccountHealth::Judged(audit) => audit.fix.filter(|_| audit.needs_action),
            AccountHealth::SignedOut { provider, .. } | AccountHealth::Failing { provider, .. } => Some(*provider),
            AccountHealth::Confirmed { .. } | AccountHealth::FixedJustNow => None,
        }
    }

    /// True when the wizard should mark the account as a problem.
    pub fn is_problem(&self) -> bool {
        match self {
            AccountHealth::Judged(audit) => audit.needs_action,
            AccountHealth::Confirmed { .. } | AccountHealth::FixedJustNow => false,
            AccountHealth::SignedOut { .. } | AccountHealth::Failing { .. } => true,
        }
    }

    /// True when the account signs in and works as far as the profile
    /// tells, confirmed by the provider or not.
    pub fn works(&self) -> bool {
        matches!(self, AccountHealth::Confirmed { .. } | AccountHealth::FixedJustNow) || self.awaits_provider()
    }

    /// The status of an account Fix has just switched: the audit's, unless
    /// that says the saved sign-in is missing, which it is until Thunderbird
    /// signs in once (nothing was handed to it).
    pub fn after_fix(self) -> AccountHealth {
        match &self {
            AccountHealth::Judged(audit) if matches!(audit.state, AccountState::SignInMissing | AccountState::SignInExpired) => AccountHealth::FixedJustNow,
            _ => self,
        }
    }

    /// True when the profile says it works and only the provider can tell
    /// whether Thunderbird's saved sign-in still does (`doctor` asks).
    pub fn awaits_provider(&self) -> bool {
        matches!(self, AccountHealth::Judged(audit) if audit.state == AccountState::Works)
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

/// The profile's accounts, each judged by the audit for `on`, as the
/// running user: Thunderbird's login store is read (user names only), so a
/// missing or expired saved sign-in shows before anything is asked online.
/// Reads files and may load Thunderbird's NSS: call it off the UI thread.
pub fn account_overview(profile: &ProfileInfo, on: Date) -> Vec<AccountOverview> {
    let home = crate::thunderbird::user_home();
    let context = audit::ProfileContext { on, decrypt: true, boundary: None, home: home.as_deref() };
    audit::audit_profile(profile, &context)
        .accounts
        .into_iter()
        .map(|judged| AccountOverview { account: judged.account.clone(), health: AccountHealth::Judged(Box::new(judged)) })
        .collect()
}

/// A profile and its accounts, judged.
#[derive(Debug, Clone)]
pub struct ProfileAccounts {
    pub profile: ProfileInfo,
    pub accounts: Vec<AccountOverview>,
}

/// The profiles under `root`, each with its accounts judged for `on`
/// ([`account_overview`]).
pub fn profiles_with_accounts(root: &Path, on: Date) -> Result<Vec<ProfileAccounts>, crate::thunderbird::ThunderbirdError> {
    let profiles = crate::thunderbird::list_profiles(root)?;
    Ok(profiles.into_iter().map(|profile| ProfileAccounts { accounts: account_overview(&profile, on), profile }).collect())
}

/// The status once `doctor` has asked the provider about this account's
/// saved sign-in: signed out when the sign-in itself failed, failing when
/// receiving or sending did, confirmed when everything passed.
pub fn health_from_doctor(overview: &AccountOverview, report: &Report) -> AccountHealth {
    let provider = provider::oauth_provider_of_host(&overview.account.incoming_host).unwrap_or(OAuthProvider::Microsoft);
    match report.first_failure() {
        None => AccountHealth::Confirmed { provider },
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
        None => account.address().ok_or_else(|| crate::tr!("flow-account-no-address", host = &account.incoming_host))?,
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
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.smtpserver.smtp1.hostname", "smtp.office365.com");
user_pref("mail.smtpserver.smtp1.authMethod", 3);
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

    fn day(text: &str) -> Date {
        audit::parse_day(text).unwrap()
    }

    #[test]
    fn the_statuses_are_the_audits_for_the_day_with_fix_only_where_it_can_fix() {
        let overview = account_overview(&profile(TWO_ACCOUNTS), day("2026-12-01"));
        let AccountHealth::Judged(alice) = &overview[0].health else { panic!("{:?}", overview[0].health) };
        assert_eq!(alice.state, AccountState::PasswordMicrosoft365);
        assert!(overview[0].health.words().contains("31 December 2026"), "{}", overview[0].health.words());
        assert_eq!(overview[0].health.fix_provider(), Some(OAuthProvider::Microsoft));
        // bob signs in with OAuth2 but the profile has no logins.json: signed
        // out, told offline. A Google sign-in cannot be handed to
        // Thunderbird, so no Fix: Thunderbird asks by itself.
        assert!(overview[1].health.words().starts_with("Signed out"), "{}", overview[1].health.words());
        assert_eq!(overview[1].health.fix_provider(), None);
        assert!(
            overview[1].health.advice().is_some_and(|advice| advice.starts_with("Open Thunderbird and sign in to Gmail")),
            "{:?}",
            overview[1].health.advice()
        );
        assert!(!overview[1].health.awaits_provider());
        let AccountHealth::Judged(carol) = &overview[2].health else { panic!() };
        assert_eq!(carol.state, AccountState::UnknownProvider);
        assert_eq!(overview[2].health.fix_provider(), None);
        assert_eq!(overview.iter().filter(|o| o.health.is_problem()).count(), 2);
        // After the deadline the same account's words say it has happened.
        let later = account_overview(&profile(TWO_ACCOUNTS), day("2027-01-05"));
        assert!(later[0].health.words().contains("stopped taking it for sending"), "{}", later[0].health.words());
    }

    #[test]
    fn a_change_fix_cannot_make_says_what_to_do_instead() {
        let ews = TWO_ACCOUNTS.replace(r#""mail.server.server1.type", "imap""#, r#""mail.server.server1.type", "ews""#);
        let overview = account_overview(&profile(&ews), day("2026-12-01"));
        assert!(overview[0].health.is_problem());
        assert_eq!(overview[0].health.fix_provider(), None);
        assert!(overview[0].health.advice().is_some_and(|advice| advice.contains("Add another account")), "{:?}", overview[0].health.advice());
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
