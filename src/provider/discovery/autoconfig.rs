//! `config-v1.1.xml`, the autoconfig format of the domain's own server and of
//! Thunderbird's ISPDB, read the way Thunderbird reads it
//! (`readFromXML.sys.mjs`, thunderbird.md §4.3).
//!
//! The document comes from the network, so it is hostile until proven
//! otherwise: it is refused above [`MAX_CONFIG_BYTES`] before parsing, parsed
//! with quick-xml + serde (no DTDs, no external entities, unknown elements
//! skipped), and every value is checked before use: host names must be DNS
//! names, ports 1–65535, socket types one of `SSL`/`STARTTLS`/`plain`.
//!
//! As Thunderbird does, a server is kept only if it has a host name, a port,
//! a socket type and an `<authentication>` Thunderbird can use: the first
//! one it knows wins, and `OAuth2` counts only where Thunderbird's built-in
//! OAuth2 table covers the host (else the next value is tried). The
//! document's first kept server of each direction is its default. `<oAuth2>`
//! is ignored, as Thunderbird ignores it. A document without a `<domain>` is
//! refused, as Thunderbird refuses it.
//!
//! Where mailsetup differs, on purpose: of the incoming servers it uses the
//! first IMAP or POP3 one (Thunderbird also takes NNTP and Exchange), and it
//! never uses a server without encryption (`plain`), which Thunderbird would
//! take: a password or token must never travel in the clear.

use crate::provider::{AuthMethod, IncomingProtocol, Security, ServerEndpoint, thunderbird_knows_oauth_host};
use serde::Deserialize;

/// Larger documents are refused unread. Real ones are 1–10 KiB; the biggest
/// ISPDB file is about 20 KiB.
pub const MAX_CONFIG_BYTES: usize = 256 * 1024;

/// At most this many servers of each direction are kept.
const MAX_SERVERS: usize = 16;

/// Why a document was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    #[error("{}", crate::tr!("provider-autoconfig-too-large", limit = MAX_CONFIG_BYTES.to_string()))]
    TooLarge,
    #[error("{}", crate::tr!("provider-autoconfig-malformed", why = .0))]
    Malformed(String),
    /// Thunderbird would keep none of its servers; the text says why.
    #[error("{}", crate::tr!("provider-autoconfig-no-usable-server", why = .0))]
    NoUsableServer(String),
}

/// How a server connection is secured, as the XML spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SocketType {
    Ssl,
    Starttls,
    Plain,
}

/// One `<incomingServer>` or `<outgoingServer>` Thunderbird would keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerConfig {
    /// `imap`, `pop3`, `nntp`, `exchange` or `smtp`.
    pub kind: String,
    pub hostname: String,
    pub port: u16,
    pub socket: SocketType,
    /// `<authentication>` values in document order, as written.
    pub authentication: Vec<String>,
    /// The sign-in Thunderbird picks from them: the first it supports,
    /// OAuth2 only on a host its table covers.
    pub auth: AuthMethod,
}

impl ServerConfig {
    /// True when `<authentication>OAuth2</authentication>` is listed (even
    /// where Thunderbird cannot use it).
    pub fn offers_oauth2(&self) -> bool {
        self.authentication.iter().any(|a| a.trim() == "OAuth2")
    }

    /// The protocol, for an IMAP or POP3 server.
    pub fn incoming_protocol(&self) -> Option<IncomingProtocol> {
        match self.kind.as_str() {
            "imap" => Some(IncomingProtocol::Imap),
            "pop3" => Some(IncomingProtocol::Pop3),
            _ => None,
        }
    }

    /// The server in a few words, for the evidence: `POP3 pop.x.example:995 SSL password`.
    pub fn summary(&self) -> String {
        let socket = match self.socket {
            SocketType::Ssl => "SSL",
            SocketType::Starttls => "STARTTLS",
            SocketType::Plain => "plain",
        };
        format!("{} {}:{} {socket} {}", self.kind.to_uppercase(), self.hostname, self.port, self.auth.describe())
    }

    /// The endpoint, if it is secured (plain servers are never used).
    pub fn endpoint(&self) -> Option<ServerEndpoint> {
        let security = match self.socket {
            SocketType::Ssl => Security::Tls,
            SocketType::Starttls => Security::Starttls,
            SocketType::Plain => return None,
        };
        Some(ServerEndpoint { host: self.hostname.clone(), port: self.port, security })
    }
}

/// A parsed `<clientConfig>`: the first `<emailProvider>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientConfig {
    pub provider_id: String,
    pub display_name: Option<String>,
    pub domains: Vec<String>,
    /// The incoming servers Thunderbird keeps, in document order (the first
    /// is its default).
    pub incoming: Vec<ServerConfig>,
    /// The SMTP servers Thunderbird keeps, in document order.
    pub outgoing: Vec<ServerConfig>,
    /// Servers left out, and why, for the evidence.
    pub refused: Vec<String>,
}

impl ClientConfig {
    /// The incoming server mailsetup sets up: the first secured IMAP or
    /// POP3 server.
    pub fn incoming_server(&self) -> Option<&ServerConfig> {
        self.incoming.iter().find(|s| s.incoming_protocol().is_some() && s.socket != SocketType::Plain)
    }

    /// The first secured SMTP server.
    pub fn smtp(&self) -> Option<&ServerConfig> {
        self.outgoing.iter().find(|s| s.kind == "smtp" && s.socket != SocketType::Plain)
    }

    /// Why no incoming or no SMTP server can be used, in a sentence, when
    /// one of them is missing.
    pub fn why_incomplete(&self) -> Option<String> {
        let plain_only = |servers: &[ServerConfig], usable: bool| !usable && servers.iter().any(|s| s.socket == SocketType::Plain);
        let incoming = self.incoming_server().is_some();
        let smtp = self.smtp().is_some();
        let mut reasons = Vec::new();
        if !incoming {
            reasons.push(if plain_only(&self.incoming, incoming) {
                crate::tr!("provider-autoconfig-incoming-plain")
            } else {
                crate::tr!("provider-autoconfig-no-incoming")
            });
        }
        if !smtp {
            reasons.push(if plain_only(&self.outgoing, smtp) {
                crate::tr!("provider-autoconfig-smtp-plain")
            } else {
                crate::tr!("provider-autoconfig-no-smtp")
            });
        }
        reasons.extend(self.refused.iter().cloned());
        (!incoming || !smtp).then(|| reasons.join("; "))
    }
}

#[derive(Deserialize)]
struct RawClientConfig {
    #[serde(rename = "emailProvider", default)]
    providers: Vec<RawProvider>,
}

#[derive(Deserialize)]
struct RawProvider {
    #[serde(rename = "@id", default)]
    id: String,
    #[serde(rename = "domain", default)]
    domains: Vec<String>,
    #[serde(rename = "displayName", default)]
    display_name: Option<String>,
    #[serde(rename = "incomingServer", default)]
    incoming: Vec<RawServer>,
    #[serde(rename = "outgoingServer", default)]
    outgoing: Vec<RawServer>,
}

#[derive(Deserialize)]
struct RawServer {
    #[serde(rename = "@type", default)]
    kind: String,
    #[serde(default)]
    hostname: Option<String>,
    #[serde(default)]
    port: Option<String>,
    #[serde(rename = "socketType", default)]
    socket_type: Vec<String>,
    #[serde(default)]
    authentication: Vec<String>,
}

/// Parses a `config-v1.1.xml` document for `domain` (which fills the
/// `%EMAILDOMAIN%` placeholder in host names).
pub fn parse_config(bytes: &[u8], domain: &str) -> Result<ClientConfig, ConfigError> {
    if bytes.len() > MAX_CONFIG_BYTES {
        return Err(ConfigError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ConfigError::Malformed(crate::tr!("provider-autoconfig-not-utf8")))?;
    // A DTD could declare entities; real documents never carry one.
    if text.contains("<!DOCTYPE") || text.contains("<!ENTITY") {
        return Err(ConfigError::Malformed(crate::tr!("provider-autoconfig-dtd")));
    }
    let raw: RawClientConfig = quick_xml::de::from_str(text).map_err(|e| ConfigError::Malformed(truncate(&e.to_string())))?;
    let provider = raw.providers.into_iter().next().ok_or_else(|| ConfigError::Malformed(crate::tr!("provider-autoconfig-no-provider")))?;
    let domains: Vec<String> = provider
        .domains
        .iter()
        .take(64)
        .map(|d| clean_text(d).to_ascii_lowercase())
        .filter(|d| crate::provider::check_host(d).is_ok())
        .collect();
    if domains.is_empty() {
        return Err(ConfigError::Malformed(crate::tr!("provider-autoconfig-no-domain")));
    }
    let mut refused = Vec::new();
    let mut convert = |servers: Vec<RawServer>, outgoing: bool| -> Vec<ServerConfig> {
        servers
            .into_iter()
            .take(MAX_SERVERS)
            .filter_map(|server| match validate_server(server, domain, outgoing) {
                Ok(server) => Some(server),
                Err(why) => {
                    refused.push(why);
                    None
                }
            })
            .collect()
    };
    let incoming = convert(provider.incoming, false);
    let outgoing = convert(provider.outgoing, true);
    let config = ClientConfig {
        provider_id: clean_text(&provider.id),
        display_name: provider.display_name.as_deref().map(clean_text).filter(|name| !name.is_empty()),
        domains,
        incoming,
        outgoing,
        refused,
    };
    if config.incoming.is_empty() && config.outgoing.is_empty() {
        let why = if config.refused.is_empty() { crate::tr!("provider-autoconfig-lists-none") } else { config.refused.join("; ") };
        return Err(ConfigError::NoUsableServer(why));
    }
    Ok(config)
}

/// One server as Thunderbird's `readFromXML` judges it: `Err` says why it
/// is left out, in words for the evidence.
fn validate_server(raw: RawServer, domain: &str, outgoing: bool) -> Result<ServerConfig, String> {
    // Types, socket types and methods are compared as written, as
    // Thunderbird's Sanitizer compares them.
    let kind = raw.kind.trim().to_owned();
    let known_kinds: &[&str] = if outgoing { &["smtp"] } else { &["imap", "pop3", "nntp", "exchange"] };
    if !known_kinds.contains(&kind.as_str()) {
        return Err(crate::tr!("provider-autoconfig-unknown-type", kind = clean_text(&kind)));
    }
    let shown_kind = kind.to_uppercase();
    let hostname = raw.hostname.ok_or_else(|| crate::tr!("provider-autoconfig-no-host", kind = &shown_kind))?.trim().replace("%EMAILDOMAIN%", domain);
    let hostname = crate::provider::check_host(&hostname)
        .ok()
        .filter(|host| host.contains('.'))
        .ok_or_else(|| crate::tr!("provider-autoconfig-bad-host", kind = &shown_kind))?;
    let port: u16 = raw
        .port
        .and_then(|port| port.trim().parse().ok())
        .filter(|port| *port != 0)
        .ok_or_else(|| crate::tr!("provider-autoconfig-no-port", kind = &shown_kind, host = &hostname))?;
    // The first socket type Thunderbird knows wins.
    let socket = raw
        .socket_type
        .iter()
        .find_map(|value| match value.trim() {
            "SSL" => Some(SocketType::Ssl),
            "STARTTLS" => Some(SocketType::Starttls),
            "plain" => Some(SocketType::Plain),
            _ => None,
        })
        .ok_or_else(|| crate::tr!("provider-autoconfig-no-socket-type", kind = &shown_kind, host = &hostname, port = port.to_string()))?;
    let authentication: Vec<String> = raw.authentication.iter().take(16).map(|a| clean_text(a)).collect();
    let auth = authentication
        .iter()
        .filter_map(|value| AuthMethod::from_autoconfig(value, outgoing))
        .find(|method| !method.is_oauth2() || thunderbird_knows_oauth_host(&hostname))
        .ok_or_else(|| {
            if authentication.iter().any(|a| a == "OAuth2") {
                crate::tr!("provider-autoconfig-oauth2-only", kind = &shown_kind, host = &hostname)
            } else {
                crate::tr!("provider-autoconfig-no-sign-in-method", kind = &shown_kind, host = &hostname)
            }
        })?;
    Ok(ServerConfig { kind, hostname, port, socket, authentication, auth })
}

/// True for a host a network answer may name: one that
/// [`crate::provider::check_host`] accepts, with at least two labels (a
/// hostile document must not point the account at `localhost` or an
/// intranet name).
pub fn is_host_name(host: &str) -> bool {
    crate::provider::check_host(host).is_ok_and(|host| host.contains('.'))
}

/// Text for display: control characters dropped, white space collapsed,
/// at most 200 characters.
fn clean_text(text: &str) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed.chars().filter(|c| !c.is_control()).take(200).collect()
}

fn truncate(text: &str) -> String {
    text.chars().take(200).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ISPDB_OFFICE365: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="outlook.office365.com">
    <domain>office365.com</domain>
    <domain>mail.protection.outlook.com</domain>
    <displayName>Microsoft 365</displayName>
    <incomingServer type="exchange"><hostname>outlook.office365.com</hostname><port>443</port><socketType>SSL</socketType><authentication>OAuth2</authentication></incomingServer>
    <incomingServer type="imap">
      <hostname>outlook.office365.com</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <authentication>OAuth2</authentication>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.office365.com</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <authentication>OAuth2</authentication>
    </outgoingServer>
    <documentation url="https://example.invalid/"><descr lang="en">Docs</descr></documentation>
  </emailProvider>
  <oAuth2><issuer>login.microsoftonline.com</issuer><scope>x</scope></oAuth2>
</clientConfig>"#;

    #[test]
    fn reads_an_ispdb_document() {
        let config = parse_config(ISPDB_OFFICE365.as_bytes(), "contoso.example").unwrap();
        assert_eq!(config.display_name.as_deref(), Some("Microsoft 365"));
        assert_eq!(config.domains, ["office365.com", "mail.protection.outlook.com"]);
        let imap = config.incoming_server().unwrap();
        assert_eq!((imap.hostname.as_str(), imap.port, imap.socket), ("outlook.office365.com", 993, SocketType::Ssl));
        assert_eq!((imap.incoming_protocol(), imap.auth), (Some(IncomingProtocol::Imap), AuthMethod::OAuth2));
        // Thunderbird's default incoming server is the Exchange one, listed first.
        assert_eq!(config.incoming[0].kind, "exchange");
        let smtp = config.smtp().unwrap();
        assert_eq!(smtp.endpoint().unwrap().to_string(), "smtp.office365.com:587 (STARTTLS)");
    }

    #[test]
    fn refuses_hostile_and_broken_documents() {
        let huge = format!("<clientConfig>{}</clientConfig>", " ".repeat(MAX_CONFIG_BYTES));
        assert_eq!(parse_config(huge.as_bytes(), "d.example"), Err(ConfigError::TooLarge));
        let laughs = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><clientConfig>&lol2;</clientConfig>"#;
        assert!(matches!(parse_config(laughs.as_bytes(), "d.example"), Err(ConfigError::Malformed(_))));
        for broken in ["", "<html><body>Not found</body></html>", "<clientConfig><emailProvider>", "\u{0}\u{1}", "<clientConfig/>"] {
            assert!(parse_config(broken.as_bytes(), "d.example").is_err(), "{broken:?}");
        }
        assert!(parse_config(&[0xff, 0xfe, 0x00], "d.example").is_err());
        let deep = format!("<clientConfig><emailProvider>{}{}</emailProvider></clientConfig>", "<a>".repeat(10_000), "</a>".repeat(10_000));
        assert!(parse_config(deep.as_bytes(), "d.example").is_err());
    }

    #[test]
    fn skips_bad_servers_and_fills_the_domain() {
        let xml = r#"<clientConfig><emailProvider id="x"><domain>x.example</domain>
            <incomingServer type="imap"><hostname>bad host!</hostname><port>993</port><socketType>SSL</socketType><authentication>password-cleartext</authentication></incomingServer>
            <incomingServer type="imap"><hostname>imap.x.example</hostname><port>99999</port><socketType>SSL</socketType><authentication>password-cleartext</authentication></incomingServer>
            <incomingServer type="imap"><hostname>imap.x.example</hostname><port>143</port><socketType>plain</socketType><authentication>password-cleartext</authentication></incomingServer>
            <incomingServer type="imap"><hostname>imap.x.example</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
            <incomingServer type="imap"><hostname>imap.x.example</hostname><port>993</port><socketType>ssl</socketType><authentication>password-cleartext</authentication></incomingServer>
            <incomingServer type="IMAP"><hostname>imap.x.example</hostname><port>993</port><socketType>SSL</socketType><authentication>plain</authentication></incomingServer>
            <incomingServer type="imap"><hostname>mail.%EMAILDOMAIN%</hostname><port> 993 </port><socketType>bogus</socketType><socketType>SSL</socketType><authentication>GSSAPI-ish</authentication><authentication>password-encrypted</authentication></incomingServer>
            <outgoingServer type="smtp"><hostname>mail.%EMAILDOMAIN%</hostname><port>465</port><socketType>SSL</socketType><authentication>client-IP-address</authentication></outgoingServer>
        </emailProvider></clientConfig>"#;
        let config = parse_config(xml.as_bytes(), "fabrikam.example").unwrap();
        // Kept as Thunderbird keeps them: the plain one (which mailsetup
        // then passes over) and the last; socket types and methods are
        // case-sensitive, and the first known one wins.
        assert_eq!(config.incoming.len(), 2, "{:?}", config.refused);
        assert_eq!(config.refused.len(), 5, "{:?}", config.refused);
        let incoming = config.incoming_server().unwrap();
        assert_eq!((incoming.hostname.as_str(), incoming.auth), ("mail.fabrikam.example", AuthMethod::PasswordEncrypted));
        assert!(!incoming.offers_oauth2());
        assert_eq!(config.smtp().unwrap().auth, AuthMethod::None);
        let only_plain = r#"<clientConfig><emailProvider><domain>a.example</domain><incomingServer type="imap"><hostname>a.example</hostname><port>143</port><socketType>plain</socketType><authentication>plain</authentication></incomingServer></emailProvider></clientConfig>"#;
        let plain = parse_config(only_plain.as_bytes(), "a.example").unwrap();
        assert!(plain.incoming_server().is_none());
        assert!(plain.why_incomplete().unwrap().contains("without encryption (plain)"), "{:?}", plain.why_incomplete());
        let nothing = r#"<clientConfig><emailProvider><domain>a.example</domain><incomingServer type="imap"><hostname>imap.a.example</hostname><port>993</port><socketType>SSL</socketType><authentication>OAuth2</authentication></incomingServer></emailProvider></clientConfig>"#;
        assert!(
            matches!(parse_config(nothing.as_bytes(), "a.example"), Err(ConfigError::NoUsableServer(why)) if why.contains("offers only OAuth2")),
        );
        let no_domain = r#"<clientConfig><emailProvider><incomingServer type="imap"><hostname>imap.a.example</hostname><port>993</port><socketType>SSL</socketType><authentication>plain</authentication></incomingServer></emailProvider></clientConfig>"#;
        assert!(matches!(parse_config(no_domain.as_bytes(), "a.example"), Err(ConfigError::Malformed(_))));
    }

    #[test]
    fn a_hostile_document_cannot_put_a_line_break_in_a_host() {
        let xml = r#"<clientConfig><emailProvider id="x"><domain>x.example</domain>
            <incomingServer type="imap"><hostname>imap.x.example&#13;&#10;[ ok ] forged</hostname><port>993</port><socketType>SSL</socketType><authentication>plain</authentication></incomingServer>
            <outgoingServer type="smtp"><hostname>smtp x.example</hostname><port>465</port><socketType>SSL</socketType><authentication>plain</authentication></outgoingServer>
            <outgoingServer type="smtp"><hostname>SMTP.X.example</hostname><port>465</port><socketType>SSL</socketType><authentication>plain</authentication></outgoingServer>
        </emailProvider></clientConfig>"#;
        let config = parse_config(xml.as_bytes(), "x.example").unwrap();
        assert!(config.incoming_server().is_none(), "the IMAP server with CR/LF is skipped");
        assert_eq!(config.smtp().unwrap().hostname, "smtp.x.example");
    }

    #[test]
    fn host_names() {
        assert!(is_host_name("imap.example.com"));
        assert!(is_host_name("xn--bcher-kva.example."));
        assert!(!is_host_name("localhost"));
        assert!(!is_host_name("a..b"));
        assert!(!is_host_name("-a.b"));
        assert!(!is_host_name("a b.c"));
        assert!(!is_host_name("imap.example.com\r\nInjected: line"));
        assert!(!is_host_name("https://imap.example.com/"));
    }
}
