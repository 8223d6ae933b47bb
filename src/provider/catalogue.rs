//! The built-in catalogue of providers we know by domain.

use super::{OAuthRegistration, PlanSource, ProviderPlan, RedirectHost, Security, ServerEndpoint};
use url::Url;

/// Thunderbird's public Microsoft registration (no secret). We use the same
/// app so that consent and Conditional Access decide exactly as they will for
/// Thunderbird itself.
pub const MICROSOFT_CLIENT_ID: &str = "9e5f94bc-e8a4-4e73-b8be-63364c29d753";

/// Scopes on the `outlook.office.com` resource work for both work accounts and
/// personal Microsoft accounts; `offline_access` brings a refresh token.
const MICROSOFT_SCOPES: [&str; 4] = [
    "https://outlook.office.com/IMAP.AccessAsUser.All",
    "https://outlook.office.com/POP.AccessAsUser.All",
    "https://outlook.office.com/SMTP.Send",
    "offline_access",
];

/// Consumer Microsoft domains. The many `outlook.<tld>` / `hotmail.<tld>` /
/// `live.<tld>` variants are matched by their first label below.
const MICROSOFT_CONSUMER_EXACT: [&str; 2] = ["msn.com", "passport.com"];
const MICROSOFT_CONSUMER_FIRST_LABELS: [&str; 4] = ["outlook", "hotmail", "live", "windowslive"];

/// Host suffixes in Thunderbird's OAuth table (153 ESR, `OAuth2Providers`).
/// Older ESRs matched exact names only, which is why plans always use the
/// canonical hosts below.
const THUNDERBIRD_OAUTH_SUFFIXES: [&str; 12] = [
    "office365.com",
    "outlook.com",
    "hotmail.com",
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "aol.com",
    "imap.fastmail.com",
    "smtp.fastmail.com",
    "comcast.net",
    "mail.ru",
    "yandex.com",
];

/// True if Thunderbird's OAuth table matches `host`: it walks up the labels,
/// comparing case-insensitively.
pub fn thunderbird_knows_oauth_host(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    THUNDERBIRD_OAUTH_SUFFIXES
        .iter()
        .any(|suffix| host == *suffix || host.ends_with(&format!(".{suffix}")))
}

fn is_microsoft_consumer(domain: &str) -> bool {
    let domain = domain.to_ascii_lowercase();
    if MICROSOFT_CONSUMER_EXACT.contains(&domain.as_str()) {
        return true;
    }
    // outlook.com, outlook.de, hotmail.co.uk, live.com.au: the first label names
    // the service and the rest is a country or generic top-level domain,
    // optionally under a second-level label such as `co` or `com`.
    let is_tld = |label: &str| (2..=3).contains(&label.len()) && label.chars().all(|c| c.is_ascii_alphabetic());
    let labels: Vec<&str> = domain.split('.').collect();
    match labels.as_slice() {
        [service, tld] => MICROSOFT_CONSUMER_FIRST_LABELS.contains(service) && is_tld(tld),
        [service, second, tld] => {
            MICROSOFT_CONSUMER_FIRST_LABELS.contains(service) && ["co", "com"].contains(second) && is_tld(tld)
        }
        _ => false,
    }
}

/// The plan for a Microsoft mailbox, signing in at `tenant`
/// (`common`, `organizations`, `consumers`, a GUID or a verified domain).
pub fn microsoft_plan(provider_name: &str, tenant: &str) -> ProviderPlan {
    let endpoint = |kind: &str| {
        Url::parse(&format!("https://login.microsoftonline.com/{tenant}/oauth2/v2.0/{kind}"))
            .expect("the tenant is a URL path segment we built")
    };
    ProviderPlan {
        provider_name: provider_name.to_owned(),
        source: PlanSource::Catalogue,
        oauth: OAuthRegistration {
            issuer: "login.microsoftonline.com".to_owned(),
            authorize_url: endpoint("authorize"),
            token_url: endpoint("token"),
            client_id: MICROSOFT_CLIENT_ID.to_owned(),
            client_secret: None,
            scopes: MICROSOFT_SCOPES.iter().map(|s| (*s).to_owned()).collect(),
            redirect_host: RedirectHost::Localhost,
        },
        imap: ServerEndpoint { host: "outlook.office365.com".to_owned(), port: 993, security: Security::Tls },
        smtp: ServerEndpoint { host: "smtp.office365.com".to_owned(), port: 587, security: Security::Starttls },
        warnings: Vec::new(),
    }
}

/// The catalogue entry for a domain, if any.
pub(super) fn lookup(domain: &str) -> Option<ProviderPlan> {
    if is_microsoft_consumer(domain) {
        return Some(microsoft_plan("Outlook.com (Microsoft personal account)", "common"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_consumer_microsoft_domains() {
        for domain in ["outlook.com", "hotmail.com", "hotmail.co.uk", "live.com", "live.fr", "outlook.de", "msn.com", "OUTLOOK.COM"] {
            assert!(is_microsoft_consumer(domain), "{domain}");
        }
        for domain in ["contoso.com", "outlook.contoso.com", "hotmail.example.org", "mylive.com", "live", "gmail.com", "outlook.co.evil.com"] {
            assert!(!is_microsoft_consumer(domain), "{domain}");
        }
    }

    #[test]
    fn thunderbird_oauth_table_matches_by_suffix() {
        assert!(thunderbird_knows_oauth_host("outlook.office365.com"));
        assert!(thunderbird_knows_oauth_host("SMTP.Office365.com"));
        assert!(thunderbird_knows_oauth_host("imap.gmail.com"));
        assert!(!thunderbird_knows_oauth_host("mail.contoso.example"));
        assert!(!thunderbird_knows_oauth_host("notoffice365.com"));
        assert!(!thunderbird_knows_oauth_host("127.0.0.1"));
    }

    #[test]
    fn microsoft_plan_uses_canonical_hosts_and_thunderbirds_app() {
        let plan = microsoft_plan("Microsoft 365", "common");
        assert_eq!(plan.imap.host, "outlook.office365.com");
        assert_eq!(plan.smtp, ServerEndpoint { host: "smtp.office365.com".into(), port: 587, security: Security::Starttls });
        assert_eq!(plan.oauth.client_id, MICROSOFT_CLIENT_ID);
        assert_eq!(plan.oauth.authorize_url.as_str(), "https://login.microsoftonline.com/common/oauth2/v2.0/authorize");
        assert!(plan.oauth.scopes.iter().any(|s| s == "offline_access"));
        assert!(plan.thunderbird_can_use_oauth());
    }
}
