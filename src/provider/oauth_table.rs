//! Thunderbird's OAuth2 host table: the one answer to "can Thunderbird sign
//! in with OAuth2 on this server, and at which issuer". A leaf (std only), so
//! the autoconfig fuzz target can compile it beside the parser.

/// Thunderbird 153's OAuth2 table (`OAuth2Providers.sys.mjs`,
/// thunderbird.md §2.1): a host name or domain, and the issuer that signs
/// its servers in. Thunderbird walks up a server's labels (`a.b.c`, then
/// `b.c`) looking for an entry, so an entry covers its subdomains too.
/// The one table behind [`thunderbird_oauth_issuer`] and
/// [`thunderbird_knows_oauth_host`]: a plan, its JSON and its warnings all
/// ask it. Older ESRs matched exact names only, which is why catalogue plans
/// always use the canonical hosts below.
const THUNDERBIRD_OAUTH_TABLE: [(&str, &str); 19] = [
    ("gmail.com", "accounts.google.com"),
    ("googlemail.com", "accounts.google.com"),
    ("office365.com", "login.microsoftonline.com"),
    ("outlook.com", "login.microsoftonline.com"),
    ("hotmail.com", "login.microsoftonline.com"),
    ("yahoo.com", "login.yahoo.com"),
    ("att.net", "login.yahoo.com"),
    ("aol.com", "login.aol.com"),
    ("imap.fastmail.com", "www.fastmail.com"),
    ("pop.fastmail.com", "www.fastmail.com"),
    ("smtp.fastmail.com", "www.fastmail.com"),
    ("imap.comcast.net", "comcast.net"),
    ("pop.comcast.net", "comcast.net"),
    ("smtp.comcast.net", "comcast.net"),
    ("imap.mail.ru", "o2.mail.ru"),
    ("smtp.mail.ru", "o2.mail.ru"),
    ("imap.yandex.com", "oauth.yandex.com"),
    ("smtp.yandex.com", "oauth.yandex.com"),
    ("thundermail.com", "auth.tb.pro"),
];

/// The issuer Thunderbird's OAuth2 table names for `host`, if any: the
/// entry for the host itself or the nearest domain above it (never a bare
/// top-level label), compared case-insensitively.
pub fn thunderbird_oauth_issuer(host: &str) -> Option<&'static str> {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let mut candidate = host.as_str();
    while candidate.contains('.') {
        if let Some((_, issuer)) = THUNDERBIRD_OAUTH_TABLE.iter().find(|(entry, _)| *entry == candidate) {
            return Some(issuer);
        }
        candidate = candidate.split_once('.').map(|(_, rest)| rest).unwrap_or_default();
    }
    None
}

/// True if Thunderbird's OAuth table covers `host` ([`thunderbird_oauth_issuer`]).
pub fn thunderbird_knows_oauth_host(host: &str) -> bool {
    thunderbird_oauth_issuer(host).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thunderbird_oauth_table_matches_by_suffix() {
        assert!(thunderbird_knows_oauth_host("outlook.office365.com"));
        assert!(thunderbird_knows_oauth_host("SMTP.Office365.com"));
        assert!(thunderbird_knows_oauth_host("imap.gmail.com"));
        assert!(!thunderbird_knows_oauth_host("mail.contoso.example"));
        assert!(!thunderbird_knows_oauth_host("notoffice365.com"));
        assert!(!thunderbird_knows_oauth_host("127.0.0.1"));
        // Thunderbird 153's table beyond the five providers of the catalogue.
        assert_eq!(thunderbird_oauth_issuer("imap.mail.att.net"), Some("login.yahoo.com"));
        assert_eq!(thunderbird_oauth_issuer("imap.comcast.net"), Some("comcast.net"));
        assert_eq!(thunderbird_oauth_issuer("pop.comcast.net"), Some("comcast.net"));
        assert_eq!(thunderbird_oauth_issuer("smtp.mail.ru"), Some("o2.mail.ru"));
        assert_eq!(thunderbird_oauth_issuer("pop.fastmail.com"), Some("www.fastmail.com"));
        // Host entries are not domains: their siblings are not covered.
        assert_eq!(thunderbird_oauth_issuer("mail.comcast.net"), None);
        assert_eq!(thunderbird_oauth_issuer("pop.mail.ru"), None);
        assert_eq!(thunderbird_oauth_issuer("comcast.net"), None);
        assert_eq!(thunderbird_oauth_issuer("com"), None);
    }
}
