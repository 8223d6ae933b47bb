//! Where an account's servers are and how each signs in: the plain data
//! of a plan's servers. A leaf (std and serde only), so the autoconfig fuzz
//! target can compile it beside the parser.

use serde::{Deserialize, Serialize};

/// How a connection is protected from its first byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// TLS from the first byte (IMAPS 993, SMTPS 465).
    Tls,
    /// Plain text upgraded with STARTTLS before anything secret is sent.
    Starttls,
}

impl std::fmt::Display for Security {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Security::Tls => "TLS",
            Security::Starttls => "STARTTLS",
        })
    }
}

/// One server the account talks to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerEndpoint {
    pub host: String,
    pub port: u16,
    pub security: Security,
}

impl std::fmt::Display for ServerEndpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{} ({})", self.host, self.port, self.security)
    }
}

/// The protocol the incoming server speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum IncomingProtocol {
    /// IMAP: the mail stays on the server, in folders.
    #[default]
    Imap,
    /// POP3: Thunderbird downloads the inbox into the profile.
    Pop3,
}

impl IncomingProtocol {
    /// The server `type` pref and the autoconfig `type` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            IncomingProtocol::Imap => "imap",
            IncomingProtocol::Pop3 => "pop3",
        }
    }

    /// The protocol's usual name, for reports ("IMAP", "POP3").
    pub fn name(self) -> &'static str {
        match self {
            IncomingProtocol::Imap => "IMAP",
            IncomingProtocol::Pop3 => "POP3",
        }
    }

    /// The port this protocol uses with `security` when nothing says otherwise.
    pub fn default_port(self, security: Security) -> u16 {
        match (self, security) {
            (IncomingProtocol::Imap, Security::Tls) => 993,
            (IncomingProtocol::Imap, Security::Starttls) => 143,
            (IncomingProtocol::Pop3, Security::Tls) => 995,
            (IncomingProtocol::Pop3, Security::Starttls) => 110,
        }
    }
}

impl std::fmt::Display for IncomingProtocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// How Thunderbird signs in to one server: its `nsMsgAuthMethod`
/// (thunderbird.md §1.4). A plan carries one per server, because a
/// provider may take OAuth2 for receiving and a password for sending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuthMethod {
    /// No sign-in (an SMTP relay that trusts the network).
    None,
    /// A password, sent inside TLS (`password-cleartext`).
    PasswordCleartext,
    /// A password, never sent itself (CRAM-MD5; `password-encrypted`).
    PasswordEncrypted,
    /// Kerberos.
    #[serde(rename = "gssapi")]
    Gssapi,
    #[serde(rename = "ntlm")]
    Ntlm,
    #[serde(rename = "oauth2")]
    OAuth2,
}

impl AuthMethod {
    /// The `authMethod` pref value.
    pub fn pref_value(self) -> i32 {
        match self {
            AuthMethod::None => 1,
            AuthMethod::PasswordCleartext => 3,
            AuthMethod::PasswordEncrypted => 4,
            AuthMethod::Gssapi => 5,
            AuthMethod::Ntlm => 6,
            AuthMethod::OAuth2 => 10,
        }
    }

    pub fn is_oauth2(self) -> bool {
        self == AuthMethod::OAuth2
    }

    /// An `<authentication>` value of an autoconfig document, as
    /// Thunderbird's `readFromXML` maps it for an incoming (`outgoing`
    /// false) or outgoing server; `None` for values it does not know.
    pub fn from_autoconfig(value: &str, outgoing: bool) -> Option<AuthMethod> {
        Some(match value.trim() {
            "password-cleartext" | "plain" => AuthMethod::PasswordCleartext,
            "password-encrypted" | "secure" => AuthMethod::PasswordEncrypted,
            "GSSAPI" => AuthMethod::Gssapi,
            "NTLM" => AuthMethod::Ntlm,
            "OAuth2" => AuthMethod::OAuth2,
            "none" | "client-IP-address" | "smtp-after-pop" if outgoing => AuthMethod::None,
            _ => return None,
        })
    }

    /// In a few words, for reports: "OAuth2", "password", in the user's
    /// language.
    pub fn describe(self) -> String {
        match self {
            AuthMethod::None => crate::tr!("provider-auth-none"),
            AuthMethod::PasswordCleartext => crate::tr!("provider-auth-password"),
            AuthMethod::PasswordEncrypted => crate::tr!("provider-auth-encrypted-password"),
            AuthMethod::Gssapi => crate::tr!("provider-auth-kerberos"),
            AuthMethod::Ntlm => crate::tr!("provider-auth-ntlm"),
            AuthMethod::OAuth2 => crate::tr!("provider-auth-oauth2"),
        }
    }
}
