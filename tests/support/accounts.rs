//! The accounts the Thunderbird tests write: Microsoft 365 mailboxes at
//! Contoso with the hosts and ports Microsoft documents, and the request a
//! setup would make, for the decisions `flow` takes from it without running.

#![allow(dead_code, reason = "each test binary uses the fixtures it needs")]

use mailsetup::address::EmailAddress;
use mailsetup::flow::{ProfileTarget, SetupRequest};
use mailsetup::oauth::TokenSet;
use mailsetup::provider::ProviderPlan;
use mailsetup::secret::Secret;
use mailsetup::thunderbird::{AccountSettings, SocketType};

/// A Microsoft 365 mailbox signed in to with OAuth2, as the wizard writes it.
pub fn microsoft_365(email: &str, display_name: &str) -> AccountSettings {
    AccountSettings {
        smtp_user_name: None,
        email: email.into(),
        display_name: display_name.into(),
        incoming_host: "outlook.office365.com".into(),
        incoming_port: 993,
        incoming_socket: SocketType::Ssl,
        smtp_host: "smtp.office365.com".into(),
        smtp_port: 587,
        smtp_socket: SocketType::StartTls,
        incoming_protocol: mailsetup::provider::IncomingProtocol::Imap,
        incoming_auth: mailsetup::provider::AuthMethod::OAuth2,
        smtp_auth: mailsetup::provider::AuthMethod::OAuth2,
    }
}

/// The account most Thunderbird tests write.
pub fn alice() -> AccountSettings {
    microsoft_365("alice@contoso.example", "Alice Example")
}

/// The request a setup of `address` with `plan` makes. Never run: it has
/// the system's trust and browser, and writes nothing.
pub fn request_not_run(address: &str, plan: ProviderPlan) -> SetupRequest {
    SetupRequest {
        send_as: None,
        send_test_message: false,
        delegate: None,
        address: EmailAddress::parse(address).unwrap(),
        display_name: "Alice Example".into(),
        plan,
        trust: mailsetup::tls::TrustStore::system(),
        browser: mailsetup::oauth::BrowserLauncher::System,
        sign_in_timeout: std::time::Duration::from_secs(1),
        deadlines: mailsetup::probe::Deadlines::default(),
        profile: ProfileTarget::NoWrite,
        sign_in_handoff: true,
    }
}

/// Tokens as a sign-in returns them, with `refresh` as the refresh token
/// (the one the hand-off gives Thunderbird); the access token is a dummy.
pub fn tokens(refresh: &str) -> TokenSet {
    TokenSet {
        access_token: Secret::new("access-token-not-handed-over"),
        refresh_token: Some(Secret::new(refresh)),
        expires_in: None,
        granted_scopes: None,
        received_at: std::time::SystemTime::now(),
    }
}
