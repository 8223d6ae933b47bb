//! Host names: the one check for every host that enters a plan (provider
//! files, discovery answers, the manual-settings form).
//!
//! A host is a DNS name of letter-digit-hyphen labels (an internationalised
//! name is converted to its `xn--` form), or an IPv4 or IPv6 literal. Anything
//! else is refused with a reason before anything runs: white space, CR, LF,
//! NUL and other control characters (they would split report lines and make
//! the lookup fail only after the whole sign-in), URLs, ports, underscores.

use std::net::{IpAddr, Ipv6Addr};

/// The longest host name, in characters, without a final dot (RFC 1035 §2.3.4:
/// 255 octets on the wire are 253 characters as text).
pub const LONGEST_HOST_NAME: usize = 253;

/// The longest label between two dots (RFC 1035 §2.3.4).
pub const LONGEST_LABEL: usize = 63;

/// Why a text is not a host name. The messages complete "the host …".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HostError {
    #[error("{}", crate::tr!("provider-host-empty"))]
    Empty,
    #[error("{}", crate::tr!("provider-host-bad-character", what = .what, position = .position.to_string()))]
    BadCharacter { what: String, position: usize },
    #[error("{}", crate::tr!("provider-host-url"))]
    Url,
    #[error("{}", crate::tr!("provider-host-port"))]
    HasPort,
    #[error("{}", crate::tr!("provider-host-too-long", length = *.length, longest = LONGEST_HOST_NAME))]
    TooLong { length: usize },
    #[error("{}", crate::tr!("provider-host-empty-label"))]
    EmptyLabel,
    #[error("{}", crate::tr!("provider-host-long-label", length = *.length, longest = LONGEST_LABEL))]
    LongLabel { length: usize },
    #[error("{}", crate::tr!("provider-host-hyphen", label = .label))]
    HyphenAtEdge { label: String },
    #[error("{}", crate::tr!("provider-host-bad-idn"))]
    BadIdn,
}

/// Checks a host and returns the form a plan uses: a name in lower case, its
/// `xn--` form when internationalised, without a final dot; an IP literal
/// as written (an IPv6 one without brackets).
pub fn check_host(host: &str) -> Result<String, HostError> {
    if host.is_empty() {
        return Err(HostError::Empty);
    }
    if let Some((position, c)) = host.chars().enumerate().find(|(_, c)| c.is_control() || c.is_whitespace()) {
        return Err(HostError::BadCharacter { what: describe(c), position: position + 1 });
    }
    if host.contains("://") {
        return Err(HostError::Url);
    }
    let unbracketed = host.strip_prefix('[').and_then(|h| h.strip_suffix(']'));
    if let Some(address) = unbracketed.and_then(|h| h.parse::<Ipv6Addr>().ok()) {
        return Ok(address.to_string());
    }
    if host.parse::<IpAddr>().is_ok() {
        return Ok(host.to_owned());
    }
    if let Some((_, port)) = host.rsplit_once(':')
        && !port.is_empty()
        && port.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(HostError::HasPort);
    }
    if host.contains('/') {
        return Err(HostError::Url);
    }
    // The final dot of a fully qualified name is dropped (IDNA's length check
    // would count it as an empty label).
    let host = host.strip_suffix('.').unwrap_or(host);
    let ascii = if host.is_ascii() {
        host.to_ascii_lowercase()
    } else {
        if let Some((position, c)) = host.chars().enumerate().find(|(_, c)| c.is_ascii() && !is_name_byte(*c as u8)) {
            return Err(HostError::BadCharacter { what: describe(c), position: position + 1 });
        }
        idna::domain_to_ascii_strict(host).map_err(|_| HostError::BadIdn)?
    };
    let name = ascii.as_str();
    if let Some((position, c)) = name.chars().enumerate().find(|(_, c)| !is_name_byte(*c as u8)) {
        return Err(HostError::BadCharacter { what: describe(c), position: position + 1 });
    }
    if name.len() > LONGEST_HOST_NAME {
        return Err(HostError::TooLong { length: name.len() });
    }
    for label in name.split('.') {
        if label.is_empty() {
            return Err(HostError::EmptyLabel);
        }
        if label.len() > LONGEST_LABEL {
            return Err(HostError::LongLabel { length: label.len() });
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(HostError::HyphenAtEdge { label: label.to_owned() });
        }
    }
    Ok(name.to_owned())
}

/// A letter, digit, hyphen or dot.
fn is_name_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'.'
}

/// A character named so that the message itself stays on one line.
fn describe(c: char) -> String {
    match c {
        '\r' => crate::tr!("provider-host-char-cr"),
        '\n' => crate::tr!("provider-host-char-lf"),
        '\0' => crate::tr!("provider-host-char-nul"),
        '\t' => crate::tr!("provider-host-char-tab"),
        ' ' => crate::tr!("provider-host-char-space"),
        c if c.is_control() || c.is_whitespace() => crate::tr!("provider-host-char-invisible", code = format!("U+{:04X}", c as u32)),
        c => format!("'{c}'"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_names_idns_and_ip_literals() {
        assert_eq!(check_host("IMAP.Example.COM.").as_deref(), Ok("imap.example.com"));
        assert_eq!(check_host("localhost").as_deref(), Ok("localhost"));
        assert_eq!(check_host("mail.bücher.example").as_deref(), Ok("mail.xn--bcher-kva.example"));
        assert_eq!(check_host("127.0.0.1").as_deref(), Ok("127.0.0.1"));
        assert_eq!(check_host("::1").as_deref(), Ok("::1"));
        assert_eq!(check_host("[::1]").as_deref(), Ok("::1"));
    }

    #[test]
    fn refuses_everything_else_with_a_reason() {
        let refused = |host: &str| check_host(host).expect_err(host);
        assert_eq!(refused(""), HostError::Empty);
        assert_eq!(refused("imap.example.com\r\nX-Injected: 1"), HostError::BadCharacter { what: "a carriage return (CR)".into(), position: 17 });
        assert!(matches!(refused("imap.example.com\n"), HostError::BadCharacter { .. }));
        assert!(matches!(refused("imap\0.example.com"), HostError::BadCharacter { .. }));
        assert!(matches!(refused("imap example.com"), HostError::BadCharacter { .. }));
        assert!(matches!(refused(" imap.example.com"), HostError::BadCharacter { .. }));
        assert!(matches!(refused("imap.exa\u{2028}mple.com"), HostError::BadCharacter { .. }));
        assert_eq!(refused("https://imap.example.com/"), HostError::Url);
        assert_eq!(refused("imap.example.com/inbox"), HostError::Url);
        assert_eq!(refused("imap.example.com:993"), HostError::HasPort);
        assert!(matches!(refused("imap_1.example.com"), HostError::BadCharacter { .. }));
        assert!(matches!(refused("user@imap.example.com"), HostError::BadCharacter { .. }));
        assert!(matches!(refused("bü_cher.example"), HostError::BadCharacter { .. }));
        assert_eq!(refused("a..example"), HostError::EmptyLabel);
        assert_eq!(refused(".example"), HostError::EmptyLabel);
        assert!(matches!(refused("-a.example"), HostError::HyphenAtEdge { .. }));
        assert_eq!(refused(&format!("{}.example", "a".repeat(64))), HostError::LongLabel { length: 64 });
        let long = vec!["abcdefghi"; 26].join(".");
        assert_eq!(refused(&long), HostError::TooLong { length: long.len() });
    }

    #[test]
    fn messages_stay_on_one_line() {
        let message = check_host("a\r\nb").unwrap_err().to_string();
        assert!(!message.contains(['\r', '\n']), "{message}");
    }
}
