//! The one answer to "which OAuth provider does this host, issuer or plan
//! belong to?", and to "is this Microsoft, and which of its clouds?".
//!
//! Two questions hide in "is this Microsoft?":
//! * **Which Microsoft cloud signs this in** ([`microsoft_cloud_of_host`]):
//!   the global cloud, US government (GCC High / DoD) or China (21Vianet).
//!   The sign-in errors, the admin-consent page and the tenant are Entra's in
//!   all three, each at its own login host.
//! * **Which provider of Thunderbird's OAuth table** ([`oauth_provider_of_host`],
//!   [`oauth_provider_of_plan`]): what moving an account to OAuth2 in place
//!   targets. Thunderbird 153's table (thunderbird.md §2.1) has the global
//!   Microsoft cloud only (`office365.com`, `outlook.com`, `hotmail.com`,
//!   issuer `login.microsoftonline.com`), so a US-government or China host
//!   is Microsoft but not a provider Thunderbird can sign in to: moving such
//!   an account to `outlook.office365.com` would point it at the wrong cloud.

use super::catalogue::canonical_host;
use super::oauth_table::thunderbird_oauth_issuer;
use super::ProviderPlan;
use serde::Serialize;

/// The providers of Thunderbird's OAuth table whose password sign-in is
/// going away, which `migrate` moves accounts to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OAuthProvider {
    /// Exchange Online / Outlook.com, global cloud (`login.microsoftonline.com`).
    Microsoft,
    /// Gmail / Google Workspace (`accounts.google.com`).
    Google,
}

impl OAuthProvider {
    /// `Microsoft` or `Google`.
    pub fn as_str(self) -> &'static str {
        match self {
            OAuthProvider::Microsoft => "Microsoft",
            OAuthProvider::Google => "Google",
        }
    }
}

/// One of Microsoft's clouds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MicrosoftCloud {
    /// The worldwide cloud (`login.microsoftonline.com`, `outlook.office365.com`).
    Global,
    /// US government, GCC High and DoD (`login.microsoftonline.us`,
    /// `outlook.office365.us`).
    UsGovernment,
    /// China, operated by 21Vianet (`login.partner.microsoftonline.cn`,
    /// `partner.outlook.cn`).
    China,
}

/// Each cloud's sign-in host and the host suffixes of its sign-in and mail
/// servers (providers.md §4.1; the US-government and China names are
/// Microsoft's published endpoints).
const MICROSOFT_CLOUDS: [(MicrosoftCloud, &str, &[&str]); 3] = [
    (
        MicrosoftCloud::Global,
        "login.microsoftonline.com",
        &["microsoftonline.com", "office365.com", "outlook.com", "hotmail.com", "office.com"],
    ),
    (MicrosoftCloud::UsGovernment, "login.microsoftonline.us", &["microsoftonline.us", "office365.us"]),
    (MicrosoftCloud::China, "login.partner.microsoftonline.cn", &["microsoftonline.cn", "partner.outlook.cn"]),
];

impl MicrosoftCloud {
    /// The cloud's sign-in host, e.g. `login.microsoftonline.us`.
    pub fn login_host(self) -> &'static str {
        MICROSOFT_CLOUDS.iter().find(|(cloud, _, _)| *cloud == self).map(|(_, login, _)| *login).unwrap_or_default()
    }

    /// True for the cloud Thunderbird's OAuth table serves.
    pub fn thunderbird_knows(self) -> bool {
        self == MicrosoftCloud::Global
    }
}

/// `host` without a trailing dot, lower-cased.
fn normalised(host: &str) -> String {
    host.trim_end_matches('.').to_ascii_lowercase()
}

fn has_suffix(host: &str, suffix: &str) -> bool {
    host == suffix || host.ends_with(&format!(".{suffix}"))
}

/// The Microsoft cloud a host belongs to: a sign-in host (an issuer or an
/// authorize URL's host) or a mail server (`outlook.office365.us`).
pub fn microsoft_cloud_of_host(host: &str) -> Option<MicrosoftCloud> {
    let host = normalised(host);
    MICROSOFT_CLOUDS
        .iter()
        .find(|(_, _, suffixes)| suffixes.iter().any(|suffix| has_suffix(&host, suffix)))
        .map(|(cloud, _, _)| *cloud)
}

/// The provider of Thunderbird's OAuth table that `host` belongs to: a mail
/// server (`imap-mail.outlook.com`, `smtp.gmail.com`, matched as
/// Thunderbird matches them, after old spellings are made canonical) or an
/// issuer (`login.microsoftonline.com`, `accounts.google.com`). `None` for
/// other providers, and for Microsoft's US-government and China clouds,
/// which Thunderbird's table does not have.
pub fn oauth_provider_of_host(host: &str) -> Option<OAuthProvider> {
    let host = canonical_host(host);
    let issuer = thunderbird_oauth_issuer(&host).unwrap_or(host.as_str());
    match microsoft_cloud_of_host(issuer) {
        Some(cloud) if cloud.thunderbird_knows() => return Some(OAuthProvider::Microsoft),
        Some(_) => return None,
        None => {}
    }
    (issuer == "accounts.google.com").then_some(OAuthProvider::Google)
}

/// The provider a plan signs in at, when in-place migration knows it and the
/// plan may go on (no `stop`): by the plan's issuer.
pub fn oauth_provider_of_plan(plan: &ProviderPlan) -> Option<OAuthProvider> {
    if plan.stop.is_some() {
        return None;
    }
    oauth_provider_of_host(&plan.oauth.issuer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_issuers_of_the_global_cloud_and_google_are_thunderbirds_providers() {
        for host in [
            "outlook.office365.com",
            "smtp.office365.com",
            "imap-mail.outlook.com",
            "smtp-mail.outlook.com",
            "OUTLOOK.OFFICE365.COM.",
            "login.microsoftonline.com",
        ] {
            assert_eq!(oauth_provider_of_host(host), Some(OAuthProvider::Microsoft), "{host}");
        }
        for host in ["imap.gmail.com", "smtp.googlemail.com", "accounts.google.com"] {
            assert_eq!(oauth_provider_of_host(host), Some(OAuthProvider::Google), "{host}");
        }
        for host in ["mail.contoso.example", "imap.fastmail.com", "notoffice365.com", "login.yahoo.com", "127.0.0.1"] {
            assert_eq!(oauth_provider_of_host(host), None, "{host}");
        }
    }

    #[test]
    fn the_national_clouds_are_microsoft_but_not_in_thunderbirds_table() {
        for (host, cloud) in [
            ("outlook.office365.us", MicrosoftCloud::UsGovernment),
            ("login.microsoftonline.us", MicrosoftCloud::UsGovernment),
            ("partner.outlook.cn", MicrosoftCloud::China),
            ("login.partner.microsoftonline.cn", MicrosoftCloud::China),
            ("login.microsoftonline.com", MicrosoftCloud::Global),
            ("smtp.office365.com", MicrosoftCloud::Global),
        ] {
            assert_eq!(microsoft_cloud_of_host(host), Some(cloud), "{host}");
            assert_eq!(oauth_provider_of_host(host).is_some(), cloud.thunderbird_knows(), "{host}");
        }
        assert_eq!(microsoft_cloud_of_host("imap.gmail.com"), None);
        assert_eq!(MicrosoftCloud::China.login_host(), "login.partner.microsoftonline.cn");
    }

    #[test]
    fn plans_are_judged_by_their_issuer_and_a_stopped_plan_by_nothing() {
        let mut plan = super::super::microsoft_plan("Microsoft 365", "organizations");
        assert_eq!(oauth_provider_of_plan(&plan), Some(OAuthProvider::Microsoft));
        plan.oauth.issuer = "login.microsoftonline.us".into();
        assert_eq!(oauth_provider_of_plan(&plan), None);
        plan.oauth.issuer = "login.microsoftonline.com".into();
        plan.stop = Some("on-premises".into());
        assert_eq!(oauth_provider_of_plan(&plan), None);
    }
}
