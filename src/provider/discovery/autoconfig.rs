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
//! Intentional omissions: `<oAuth2>` is ignored, as Thunderbird ignores it
//! (only its built-in host table decides OAuth2); POP3, Exchange and EWS
//! servers are skipped; plain-text servers are never chosen.

use crate::provider::{Security, ServerEndpoint};
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
    #[error("the document is larger than {limit} bytes", limit = MAX_CONFIG_BYTES)]
    TooLarge,
    #[error("the document is not a valid config-v1.1.xml: {0}")]
    Malformed(String),
    #[error("the document names no usable IMAP or SMTP server")]
    NoUsableServer,
}

/// How a server connection is secured, as the XML spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SocketType {
    Ssl,
    Starttls,
    Plain,
}

/// One `<incomingServer>` or `<outgoingServer>`, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerConfig {
    /// `imap`, `pop3`, `smtp`, …, lower-cased.
    pub kind: String,
    pub hostname: String,
    pub port: u16,
    pub socket: SocketType,
    /// `<authentication>` values in document order, as written.
    pub authentication: Vec<String>,
}

impl ServerConfig {
    /// True when `<authentication>OAuth2</authentication>` is listed.
    pub fn offers_oauth2(&self) -> bool {
        self.authentication.iter().any(|a| a.eq_ignore_ascii_case("OAuth2"))
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
    pub incoming: Vec<ServerConfig>,
    pub outgoing: Vec<ServerConfig>,
}

impl ClientConfig {
    /// The first secured IMAP server.
    pub fn imap(&self) -> Option<&ServerConfig> {
        self.incoming.iter().find(|s| s.kind == "imap" && s.socket != SocketType::Plain)
    }

    /// The first secured SMTP server.
    pub fn smtp(&self) -> Option<&ServerConfig> {
        self.outgoing.iter().find(|s| s.kind == "smtp" && s.socket != SocketType::Plain)
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
    socket_type: Option<String>,
    #[serde(default)]
    authentication: Vec<String>,
}

/// Parses a `config-v1.1.xml` document for `domain` (which fills the
/// `%EMAILDOMAIN%` placeholder in host names).
pub fn parse_config(bytes: &[u8], domain: &str) -> Result<ClientConfig, ConfigError> {
    if bytes.len() > MAX_CONFIG_BYTES {
        return Err(ConfigError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ConfigError::Malformed("it is not UTF-8".to_owned()))?;
    // A DTD could declare entities; real documents never carry one.
    if text.contains("<!DOCTYPE") || text.contains("<!ENTITY") {
        return Err(ConfigError::Malformed("it declares a DTD, which autoconfig documents never do".to_owned()));
    }
    let raw: RawClientConfig = quick_xml::de::from_str(text).map_err(|e| ConfigError::Malformed(truncate(&e.to_string())))?;
    let provider = raw.providers.into_iter().next().ok_or_else(|| ConfigError::Malformed("it has no <emailProvider>".to_owned()))?;
    let convert = |servers: Vec<RawServer>| -> Vec<ServerConfig> {
        servers.into_iter().take(MAX_SERVERS).filter_map(|server| validate_server(server, domain)).collect()
    };
    let config = ClientConfig {
        provider_id: clean_text(&provider.id),
        display_name: provider.display_name.as_deref().map(clean_text).filter(|name| !name.is_empty()),
        domains: provider.domains.iter().take(64).map(|d| clean_text(d).to_ascii_lowercase()).collect(),
        incoming: convert(provider.incoming),
        outgoing: convert(provider.outgoing),
    };
    if config.imap().is_none() && config.smtp().is_none() {
        return Err(ConfigError::NoUsableServer);
    }
    Ok(config)
}

fn validate_server(raw: RawServer, domain: &str) -> Option<ServerConfig> {
    let hostname = raw.hostname?.trim().replace("%EMAILDOMAIN%", domain);
    let hostname = crate::provider::check_host(&hostname).ok().filter(|host| host.contains('.'))?;
    let port: u16 = raw.port?.trim().parse().ok().filter(|port| *port != 0)?;
    let socket = match raw.socket_type.as_deref().map(str::trim) {
        Some(s) if s.eq_ignore_ascii_case("SSL") => SocketType::Ssl,
        Some(s) if s.eq_ignore_ascii_case("STARTTLS") => SocketType::Starttls,
        Some(s) if s.eq_ignore_ascii_case("plain") => SocketType::Plain,
        _ => return None,
    };
    Some(ServerConfig {
        kind: raw.kind.trim().to_ascii_lowercase(),
        hostname,
        port,
        socket,
        authentication: raw.authentication.iter().take(16).map(|a| clean_text(a)).collect(),
    })
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
        let imap = config.imap().unwrap();
        assert_eq!((imap.hostname.as_str(), imap.port, imap.socket), ("outlook.office365.com", 993, SocketType::Ssl));
        assert!(imap.offers_oauth2());
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
        let xml = r#"<clientConfig><emailProvider id="x">
            <incomingServer type="imap"><hostname>bad host!</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
            <incomingServer type="imap"><hostname>imap.x.example</hostname><port>99999</port><socketType>SSL</socketType></incomingServer>
            <incomingServer type="imap"><hostname>imap.x.example</hostname><port>143</port><socketType>plain</socketType></incomingServer>
            <incomingServer type="IMAP"><hostname>mail.%EMAILDOMAIN%</hostname><port> 993 </port><socketType>ssl</socketType><authentication>password-cleartext</authentication></incomingServer>
            <outgoingServer type="smtp"><hostname>mail.%EMAILDOMAIN%</hostname><port>465</port><socketType>SSL</socketType></outgoingServer>
        </emailProvider></clientConfig>"#;
        let config = parse_config(xml.as_bytes(), "fabrikam.example").unwrap();
        assert_eq!(config.incoming.len(), 2);
        assert_eq!(config.imap().unwrap().hostname, "mail.fabrikam.example");
        assert!(!config.imap().unwrap().offers_oauth2());
        let only_plain = r#"<clientConfig><emailProvider><incomingServer type="imap"><hostname>a.example</hostname><port>143</port><socketType>plain</socketType></incomingServer></emailProvider></clientConfig>"#;
        assert_eq!(parse_config(only_plain.as_bytes(), "a.example"), Err(ConfigError::NoUsableServer));
    }

    #[test]
    fn a_hostile_document_cannot_put_a_line_break_in_a_host() {
        let xml = r#"<clientConfig><emailProvider id="x">
            <incomingServer type="imap"><hostname>imap.x.example&#13;&#10;[ ok ] forged</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
            <outgoingServer type="smtp"><hostname>smtp x.example</hostname><port>465</port><socketType>SSL</socketType></outgoingServer>
            <outgoingServer type="smtp"><hostname>SMTP.X.example</hostname><port>465</port><socketType>SSL</socketType></outgoingServer>
        </emailProvider></clientConfig>"#;
        let config = parse_config(xml.as_bytes(), "x.example").unwrap();
        assert!(config.imap().is_none(), "the IMAP server with CR/LF is skipped");
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
