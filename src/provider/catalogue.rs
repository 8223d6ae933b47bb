//! The built-in catalogue of providers we know by domain.
//!
//! Every entry uses the hosts Thunderbird's OAuth2 table knows in every
//! version (`outlook.office365.com`, `imap.gmail.com`, …; thunderbird.md
//! §2.1), so the account written works there. Registrations: only where the
//! provider's public app needs no client secret and accepts a loopback
//! `http://localhost:<port>` redirect (Microsoft, Fastmail). Google's carries
//! a secret, Yahoo's and AOL's redirect to `https://127.0.0.1`; for those
//! Thunderbird signs in by itself ([`SignIn::OAuth2ByThunderbird`]).
//! Password providers carry their app-password notes.

use super::{AuthMethod, IncomingProtocol, OAuthRegistration, PlanSource, ProviderPlan, RedirectHost, Security, ServerEndpoint, SignIn};
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

/// The canonical host for a server name Thunderbird knows under another
/// spelling: Microsoft's consumer hosts (`imap-mail.outlook.com`,
/// `smtp-mail.outlook.com`, `smtp.live.com`) become `outlook.office365.com`
/// / `smtp.office365.com`, which Thunderbird's table has matched in every
/// version (exact names before 133). Other hosts are returned lower-cased.
pub fn canonical_host(host: &str) -> String {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    match host.as_str() {
        "imap-mail.outlook.com" | "imap.outlook.com" | "outlook.office.com" | "imap.live.com" | "imap.hotmail.com" => {
            "outlook.office365.com".to_owned()
        }
        "smtp-mail.outlook.com" | "smtp.outlook.com" | "smtp.live.com" | "smtp.hotmail.com" => "smtp.office365.com".to_owned(),
        "imap.googlemail.com" => "imap.gmail.com".to_owned(),
        "smtp.googlemail.com" => "smtp.gmail.com".to_owned(),
        _ => host,
    }
}

/// True for a personal Microsoft domain (outlook.com, hotmail.co.uk, live.fr, msn.com…).
pub fn is_microsoft_consumer(domain: &str) -> bool {
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
        incoming: ServerEndpoint { host: "outlook.office365.com".to_owned(), port: 993, security: Security::Tls },
        incoming_protocol: IncomingProtocol::Imap,
        incoming_auth: AuthMethod::OAuth2,
        smtp: ServerEndpoint { host: "smtp.office365.com".to_owned(), port: 587, security: Security::Starttls },
        smtp_auth: AuthMethod::OAuth2,
        warnings: Vec::new(),
        sign_in: SignIn::OAuth2 { tenant: Some(tenant.to_owned()), realm: None },
        evidence: Vec::new(),
        stop: None,
    }
}

fn url(text: &str) -> Url {
    Url::parse(text).expect("catalogue URLs are literals that parse")
}

fn endpoint(host: &str, port: u16, security: Security) -> ServerEndpoint {
    ServerEndpoint { host: host.to_owned(), port, security }
}

/// An issuer description for plans where Thunderbird signs in by itself: the
/// issuer's public endpoints and scopes, no client id.
fn issuer_only(issuer: &str, authorize: &str, token: &str, scopes: &[&str]) -> OAuthRegistration {
    OAuthRegistration {
        issuer: issuer.to_owned(),
        authorize_url: url(authorize),
        token_url: url(token),
        client_id: String::new(),
        client_secret: None,
        scopes: scopes.iter().map(|s| (*s).to_owned()).collect(),
        redirect_host: RedirectHost::Localhost,
    }
}

/// The host of [`no_registration`]'s URLs: reserved (RFC 6761), so nothing
/// is ever reached through it.
pub(crate) const PLACEHOLDER_HOST: &str = "invalid.invalid";

/// The placeholder registration of password plans: never used to sign in,
/// and never shown ([`OAuthRegistration::is_placeholder`]).
pub(crate) fn no_registration() -> OAuthRegistration {
    OAuthRegistration {
        issuer: String::new(),
        authorize_url: url(&format!("https://{PLACEHOLDER_HOST}/")),
        token_url: url(&format!("https://{PLACEHOLDER_HOST}/")),
        client_id: String::new(),
        client_secret: None,
        scopes: Vec::new(),
        redirect_host: RedirectHost::Localhost,
    }
}

fn plan(name: &str, oauth: OAuthRegistration, imap: ServerEndpoint, smtp: ServerEndpoint, sign_in: SignIn) -> ProviderPlan {
    ProviderPlan {
        provider_name: name.to_owned(),
        source: PlanSource::Catalogue,
        oauth,
        incoming: imap,
        incoming_protocol: IncomingProtocol::Imap,
        incoming_auth: AuthMethod::PasswordCleartext,
        smtp,
        smtp_auth: AuthMethod::PasswordCleartext,
        warnings: Vec::new(),
        sign_in,
        evidence: Vec::new(),
        stop: None,
    }
    .with_uniform_auth()
}


/// The Gmail / Google Workspace plan.
pub(crate) fn google_plan(name: &str) -> ProviderPlan {
    plan(
        name,
        issuer_only("accounts.google.com", "https://accounts.google.com/o/oauth2/auth", "https://www.googleapis.com/oauth2/v3/token", &["https://mail.google.com/"]),
        endpoint("imap.gmail.com", 993, Security::Tls),
        endpoint("smtp.gmail.com", 465, Security::Tls),
        // Why Google accounts are signed in by Thunderbird, not mailsetup.
        SignIn::OAuth2ByThunderbird { why: crate::tr!("provider-why-google") },
    )
}

/// Thunderbird's public Fastmail registration (PKCE, no secret).
pub const FASTMAIL_CLIENT_ID: &str = "35f141ae";

pub(crate) fn fastmail_plan() -> ProviderPlan {
    plan(
        "Fastmail",
        OAuthRegistration {
            issuer: "www.fastmail.com".to_owned(),
            authorize_url: url("https://api.fastmail.com/oauth/authorize"),
            token_url: url("https://api.fastmail.com/oauth/refresh"),
            client_id: FASTMAIL_CLIENT_ID.to_owned(),
            client_secret: None,
            scopes: vec!["https://www.fastmail.com/dev/protocol-imap".to_owned(), "https://www.fastmail.com/dev/protocol-smtp".to_owned()],
            redirect_host: RedirectHost::Localhost,
        },
        endpoint("imap.fastmail.com", 993, Security::Tls),
        endpoint("smtp.fastmail.com", 465, Security::Tls),
        SignIn::OAuth2 { tenant: None, realm: None },
    )
}

fn yahoo_like(name: &str, issuer: &str, api: &str, imap: &str, smtp: &str) -> ProviderPlan {
    plan(
        name,
        issuer_only(issuer, &format!("https://{api}/oauth2/request_auth"), &format!("https://{api}/oauth2/get_token"), &["mail-w"]),
        endpoint(imap, 993, Security::Tls),
        endpoint(smtp, 465, Security::Tls),
        SignIn::OAuth2ByThunderbird {
            why: crate::tr!("provider-why-redirect", provider = name),
        },
    )
}

/// A Yahoo-style provider (`id` `yahoo` or `aol`) under the name a
/// document gives it (AT&T signs in at Yahoo): Thunderbird signs in.
pub(crate) fn thunderbird_signs_in(name: &str, id: &str) -> ProviderPlan {
    let mut plan = provider_by_id(id).unwrap_or_else(|| provider_by_id("yahoo").expect("yahoo is in the catalogue"));
    plan.provider_name = name.to_owned();
    plan
}

/// The scopes Thunderbird asks `issuer` for (thunderbird.md §2.1), for the
/// issuers mailsetup has no registration or endpoints for.
fn thunderbird_scopes(issuer: &str) -> &'static [&'static str] {
    match issuer {
        "comcast.net" => &["https://email.comcast.net/", "profile", "openid"],
        "o2.mail.ru" => &["mail.imap"],
        "oauth.yandex.com" => &["mail:imap_full", "mail:smtp"],
        "auth.tb.pro" => &["openid", "profile", "email", "offline_access"],
        _ => &[],
    }
}

/// A provider whose servers Thunderbird's OAuth2 table covers, at an issuer
/// mailsetup knows no registration or endpoints for (Comcast, Mail.ru,
/// Yandex, Thundermail): Thunderbird signs in by itself.
pub(crate) fn issuer_without_registration(name: &str, issuer: &str) -> ProviderPlan {
    let mut oauth = no_registration();
    oauth.issuer = issuer.to_owned();
    oauth.scopes = thunderbird_scopes(issuer).iter().map(|s| (*s).to_owned()).collect();
    plan(
        name,
        oauth,
        endpoint(&format!("imap.{issuer}"), 993, Security::Tls),
        endpoint(&format!("smtp.{issuer}"), 465, Security::Tls),
        SignIn::OAuth2ByThunderbird {
            why: crate::tr!("provider-why-no-registration", provider = name, issuer = issuer),
        },
    )
}

fn password_plan(name: &str, imap: ServerEndpoint, smtp: ServerEndpoint, note: String) -> ProviderPlan {
    plan(name, no_registration(), imap, smtp, SignIn::Password { note: Some(note) })
}

/// Catalogue ids, also used by MX rules ([`provider_by_id`]).
const ENTRIES: [(&str, &[&str]); 11] = [
    ("gmail", &["gmail.com", "googlemail.com"]),
    ("yahoo", &["yahoo.com", "ymail.com", "rocketmail.com", "yahoo.co.uk", "yahoo.de", "yahoo.fr", "yahoo.es", "yahoo.it"]),
    ("aol", &["aol.com", "aim.com", "aol.de", "aol.co.uk"]),
    ("fastmail", &["fastmail.com", "fastmail.fm", "fastmail.net", "fastmail.org", "fastmail.to", "sent.com", "messagingengine.com"]),
    ("icloud", &["icloud.com", "me.com", "mac.com"]),
    ("gmx-net", &["gmx.net", "gmx.de", "gmx.at", "gmx.ch"]),
    ("gmx-com", &["gmx.com", "gmx.us", "gmx.co.uk", "gmx.fr", "gmx.es"]),
    ("web-de", &["web.de"]),
    ("mailbox-org", &["mailbox.org"]),
    ("zoho", &["zoho.com", "zohomail.com"]),
    ("zoho-eu", &["zoho.eu", "zohomail.eu"]),
];

/// The plan of a catalogue provider by its id (see the table in this file).
pub fn provider_by_id(id: &str) -> Option<ProviderPlan> {
    let gmx_note = || crate::tr!("provider-note-gmx");
    // Zoho's global and EU data centres give the same advice.
    let zoho_note = || crate::tr!("provider-note-zoho");
    Some(match id {
        "gmail" => google_plan("Gmail (Google)"),
        "google-workspace" => google_plan("Google Workspace"),
        "yahoo" => yahoo_like("Yahoo Mail", "login.yahoo.com", "api.login.yahoo.com", "imap.mail.yahoo.com", "smtp.mail.yahoo.com"),
        "aol" => yahoo_like("AOL Mail", "login.aol.com", "api.login.aol.com", "imap.aol.com", "smtp.aol.com"),
        "fastmail" => fastmail_plan(),
        "icloud" => password_plan(
            "iCloud Mail (Apple)",
            endpoint("imap.mail.me.com", 993, Security::Tls),
            endpoint("smtp.mail.me.com", 587, Security::Starttls),
            crate::tr!("provider-note-icloud"),
        ),
        "gmx-net" => password_plan("GMX", endpoint("imap.gmx.net", 993, Security::Tls), endpoint("mail.gmx.net", 465, Security::Tls), gmx_note()),
        "gmx-com" => password_plan("GMX", endpoint("imap.gmx.com", 993, Security::Tls), endpoint("mail.gmx.com", 465, Security::Tls), gmx_note()),
        "web-de" => password_plan(
            "WEB.DE",
            endpoint("imap.web.de", 993, Security::Tls),
            endpoint("smtp.web.de", 587, Security::Starttls),
            crate::tr!("provider-note-web-de"),
        ),
        "mailbox-org" => password_plan(
            "mailbox.org",
            endpoint("imap.mailbox.org", 993, Security::Tls),
            endpoint("smtp.mailbox.org", 465, Security::Tls),
            crate::tr!("provider-note-mailbox-org"),
        ),
        "zoho" => password_plan(
            "Zoho Mail",
            endpoint("imap.zoho.com", 993, Security::Tls),
            endpoint("smtp.zoho.com", 465, Security::Tls),
            zoho_note(),
        ),
        "zoho-eu" => password_plan(
            "Zoho Mail (EU)",
            endpoint("imap.zoho.eu", 993, Security::Tls),
            endpoint("smtp.zoho.eu", 465, Security::Tls),
            zoho_note(),
        ),
        "outlook-consumer" => microsoft_plan(&crate::tr!("provider-name-outlook-consumer"), "common"),
        _ => return None,
    })
}

/// The catalogue entry for a domain, if any.
pub(super) fn lookup(domain: &str) -> Option<ProviderPlan> {
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    if is_microsoft_consumer(&domain) {
        return provider_by_id("outlook-consumer");
    }
    // Tenant domains such as contoso.onmicrosoft.com name their tenant.
    if domain.ends_with(".onmicrosoft.com") && domain.split('.').count() == 3 {
        return Some(microsoft_plan(&crate::tr!("provider-name-microsoft-365"), &domain));
    }
    ENTRIES
        .iter()
        .find(|(_, domains)| domains.contains(&domain.as_str()))
        .and_then(|(id, _)| provider_by_id(id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::provider::thunderbird_oauth_issuer;

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
    fn catalogue_knows_the_big_providers_with_canonical_hosts() {
        let cases = [
            ("gmail.com", "imap.gmail.com", "oauth2-by-thunderbird"),
            ("googlemail.com", "imap.gmail.com", "oauth2-by-thunderbird"),
            ("yahoo.com", "imap.mail.yahoo.com", "oauth2-by-thunderbird"),
            ("aol.com", "imap.aol.com", "oauth2-by-thunderbird"),
            ("fastmail.com", "imap.fastmail.com", "oauth2"),
            ("outlook.de", "outlook.office365.com", "oauth2"),
            ("contoso.onmicrosoft.com", "outlook.office365.com", "oauth2"),
            ("icloud.com", "imap.mail.me.com", "password"),
            ("gmx.de", "imap.gmx.net", "password"),
            ("web.de", "imap.web.de", "password"),
            ("mailbox.org", "imap.mailbox.org", "password"),
            ("zoho.com", "imap.zoho.com", "password"),
        ];
        for (domain, imap, method) in cases {
            let plan = lookup(domain).unwrap_or_else(|| panic!("{domain}"));
            assert_eq!(plan.incoming.host, imap, "{domain}");
            let json = serde_json::to_value(&plan.sign_in).unwrap();
            assert_eq!(json["method"], method, "{domain}");
            if plan.sign_in.is_oauth2() {
                assert!(plan.thunderbird_can_use_oauth(), "{domain}: Thunderbird must know {} and {}", plan.incoming.host, plan.smtp.host);
            } else {
                assert!(matches!(&plan.sign_in, SignIn::Password { note: Some(note) } if note.contains("password")), "{domain}");
            }
        }
        assert!(lookup("contoso.example").is_none());
        assert!(lookup("a.b.onmicrosoft.com").is_none());
    }

    #[test]
    fn canonical_hosts_and_issuers() {
        assert_eq!(canonical_host("SMTP-MAIL.outlook.com."), "smtp.office365.com");
        assert_eq!(canonical_host("imap-mail.outlook.com"), "outlook.office365.com");
        assert_eq!(canonical_host("mail.contoso.example"), "mail.contoso.example");
        assert_eq!(thunderbird_oauth_issuer("imap.gmail.com"), Some("accounts.google.com"));
        assert_eq!(thunderbird_oauth_issuer("smtp.office365.com"), Some("login.microsoftonline.com"));
        assert_eq!(thunderbird_oauth_issuer("imap.fastmail.com"), Some("www.fastmail.com"));
        assert_eq!(thunderbird_oauth_issuer("mail.fastmail.com"), None);
    }

    #[test]
    fn microsoft_plan_uses_canonical_hosts_and_thunderbirds_app() {
        let plan = microsoft_plan("Microsoft 365", "common");
        assert_eq!(plan.incoming.host, "outlook.office365.com");
        assert_eq!(plan.smtp, ServerEndpoint { host: "smtp.office365.com".into(), port: 587, security: Security::Starttls });
        assert_eq!(plan.oauth.client_id, MICROSOFT_CLIENT_ID);
        assert_eq!(plan.oauth.authorize_url.as_str(), "https://login.microsoftonline.com/common/oauth2/v2.0/authorize");
        assert!(plan.oauth.scopes.iter().any(|s| s == "offline_access"));
        assert!(plan.thunderbird_can_use_oauth());
    }
}
