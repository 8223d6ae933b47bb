//! The device code fallback (RFC 8628), for machines whose browser cannot
//! reach this computer's loopback address (remote desktops, SSH sessions).
//!
//! ```text
//! POST <device URL>  client_id, scope          → device_code, user_code, verification_uri, interval
//! (the user opens verification_uri anywhere, types user_code, signs in)
//! POST <token URL>   grant_type=urn:ietf:params:oauth:grant-type:device_code, device_code
//!                    → authorization_pending … (every `interval` s) → tokens | access_denied | expired_token
//! ```
//!
//! It is a fallback, and says so: Microsoft recommends blocking this flow
//! and many tenants do (Conditional Access → AADSTS53003). The browser
//! sign-in with PKCE on loopback stays the default.

use super::{CancelFlag, SignInOutcome, TOKEN_REQUEST_TIMEOUT, TokenSet, send_token_request};
use crate::provider::OAuthRegistration;
use crate::report::{StepId, Phase, Step};
use crate::secret::Secret;
use crate::tls::TrustStore;
use crate::troubleshoot::Fault;
use oauth2::basic::BasicClient;
use oauth2::{ClientId, ClientSecret, DeviceAuthorizationUrl, RequestTokenError, Scope, StandardDeviceAuthorizationResponse, TokenResponse, TokenUrl};
use std::time::{Duration, Instant};
use url::Url;

/// The label shown wherever this flow is offered.
pub fn fallback_label() -> String {
    crate::tr!("signin-device-label")
}

/// The warning shown with it.
pub fn fallback_warning() -> String {
    crate::tr!("signin-device-warning")
}

/// What the user must see: the code and where to type it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceCodeShown {
    pub user_code: String,
    pub verification_uri: String,
    /// The URI with the code filled in, when the provider offers one.
    pub verification_uri_complete: Option<String>,
    pub expires_in: Duration,
}

/// The device authorization endpoint for a registration: Microsoft's
/// `…/oauth2/v2.0/devicecode`, Google's `https://oauth2.googleapis.com/device/code`,
/// otherwise the token URL with its last segment `token` replaced by
/// `devicecode` (the sandbox's convention).
pub fn device_authorization_url(registration: &OAuthRegistration) -> Option<Url> {
    let token = &registration.token_url;
    if token.host_str() == Some("oauth2.googleapis.com") {
        return Url::parse("https://oauth2.googleapis.com/device/code").ok();
    }
    let path = token.path();
    let base = path.strip_suffix("/token")?;
    let mut url = token.clone();
    url.set_path(&format!("{base}/devicecode"));
    url.set_query(None);
    Some(url)
}

/// Runs the device code sign-in. Blocks the calling thread (never the UI
/// thread). `on_code` is called once with what to show the user.
pub fn sign_in_with_device_code(
    registration: &OAuthRegistration,
    trust: &TrustStore,
    runtime: &tokio::runtime::Handle,
    cancel: &CancelFlag,
    timeout: Duration,
    on_code: &mut dyn FnMut(&DeviceCodeShown),
    on_step: &mut dyn FnMut(&Step),
) -> SignInOutcome {
    const ID: StepId = StepId::SignInDevice;
    let title = crate::tr!("signin-device-title");
    let mut steps = Vec::new();
    let started = Instant::now();
    let mut fail = |detail: String, words: Option<String>, fault: Option<Fault>, steps: &mut Vec<Step>| {
        let step = Step::failed(Phase::SignIn, ID, &title, started.elapsed(), timeout, detail).with_fault(fault);
        let step = match words {
            Some(words) => step.with_server_says(words),
            None => step,
        };
        on_step(&step);
        steps.push(step);
    };
    let Some(device_url) = device_authorization_url(registration) else {
        fail(crate::tr!("signin-device-no-endpoint"), None, None, &mut steps);
        return SignInOutcome { steps, tokens: None };
    };
    let mut client = BasicClient::new(ClientId::new(registration.client_id.clone()))
        .set_token_uri(TokenUrl::from_url(registration.token_url.clone()))
        .set_device_authorization_url(DeviceAuthorizationUrl::from_url(device_url));
    if let Some(secret) = &registration.client_secret {
        client = client.set_client_secret(ClientSecret::new(secret.expose().to_owned()));
    }
    let http = match trust.https_client(TOKEN_REQUEST_TIMEOUT) {
        Ok(http) => http,
        Err(error) => {
            fail(error.to_string(), None, None, &mut steps);
            return SignInOutcome { steps, tokens: None };
        }
    };
    let http_call = |req| send_token_request(&http, req);
    let details = runtime.block_on(async {
        let request = client.exchange_device_code().add_scopes(registration.scopes.iter().cloned().map(Scope::new));
        let response: Result<StandardDeviceAuthorizationResponse, _> = tokio::time::timeout(TOKEN_REQUEST_TIMEOUT, request.request_async(&http_call)).await?;
        Ok::<_, tokio::time::error::Elapsed>(response)
    });
    let details = match details {
        Ok(Ok(details)) => details,
        Ok(Err(RequestTokenError::ServerResponse(response))) => {
            let words = match response.error_description() {
                Some(description) => format!("{}: {description}", response.error()),
                None => response.error().to_string(),
            };
            fail(crate::tr!("signin-device-start-refused"), Some(words), None, &mut steps);
            return SignInOutcome { steps, tokens: None };
        }
        Ok(Err(RequestTokenError::Request(error))) => {
            fail(crate::tr!("signin-device-unreachable", error = error.to_string()), None, Some(Fault::TokenEndpointUnreachable), &mut steps);
            return SignInOutcome { steps, tokens: None };
        }
        Ok(Err(other)) => {
            fail(crate::tr!("signin-device-unusable", error = other.to_string()), None, None, &mut steps);
            return SignInOutcome { steps, tokens: None };
        }
        Err(_) => {
            fail(crate::tr!("signin-device-timed-out", seconds = TOKEN_REQUEST_TIMEOUT.as_secs()), None, Some(Fault::TokenEndpointUnreachable), &mut steps);
            return SignInOutcome { steps, tokens: None };
        }
    };
    let shown = DeviceCodeShown {
        user_code: details.user_code().secret().to_owned(),
        verification_uri: details.verification_uri().to_string(),
        verification_uri_complete: details.verification_uri_complete().map(|u| u.secret().to_owned()),
        expires_in: details.expires_in(),
    };
    on_code(&shown);

    let wait = timeout.min(details.expires_in());
    let polled = runtime.block_on(async {
        let poll = client.exchange_device_access_token(&details).request_async(&http_call, tokio::time::sleep, Some(wait));
        tokio::select! {
            result = poll => Some(result),
            () = wait_for_cancel(cancel) => None,
        }
    });
    let tokens = match polled {
        None => {
            fail(crate::tr!("signin-device-cancelled"), None, Some(Fault::Cancelled), &mut steps);
            return SignInOutcome { steps, tokens: None };
        }
        Some(Ok(response)) => TokenSet {
            access_token: Secret::new(response.access_token().secret().to_owned()),
            refresh_token: response.refresh_token().map(|t| Secret::new(t.secret().to_owned())),
            expires_in: response.expires_in(),
            granted_scopes: response.scopes().map(|scopes| scopes.iter().map(|s| s.to_string()).collect()),
            received_at: std::time::SystemTime::now(),
        },
        Some(Err(RequestTokenError::ServerResponse(response))) => {
            let words = match response.error_description() {
                Some(description) => format!("{}: {description}", response.error()),
                None => response.error().to_string(),
            };
            fail(crate::tr!("signin-device-refused"), Some(words), None, &mut steps);
            return SignInOutcome { steps, tokens: None };
        }
        Some(Err(other)) => {
            fail(crate::tr!("signin-device-failed", error = other.to_string()), None, Some(Fault::TokenEndpointUnreachable), &mut steps);
            return SignInOutcome { steps, tokens: None };
        }
    };
    let step = Step::passed(
        Phase::SignIn,
        ID,
        &title,
        started.elapsed(),
        timeout,
        crate::tr!("signin-device-approved", code = &shown.user_code, uri = &shown.verification_uri),
    );
    on_step(&step);
    steps.push(step);

    let tokens = match tokens.refresh_token.clone() {
        None => {
            let step = Step::skipped(Phase::SignIn, StepId::SignInRefresh, &crate::tr!("signin-refresh-title"), crate::tr!("signin-refresh-none"));
            on_step(&step);
            steps.push(step);
            tokens
        }
        Some(refresh_token) => {
            let (step, renewed) = runtime.block_on(super::refresh_as_step(registration, trust, &refresh_token));
            on_step(&step);
            steps.push(step);
            match renewed {
                Some(renewed) => TokenSet { refresh_token: renewed.refresh_token.clone().or(Some(refresh_token)), ..renewed },
                None => tokens,
            }
        }
    };
    SignInOutcome { steps, tokens: Some(tokens) }
}

async fn wait_for_cancel(cancel: &CancelFlag) {
    while !cancel.is_cancelled() {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registration(token_url: &str) -> OAuthRegistration {
        OAuthRegistration {
            issuer: "x".into(),
            authorize_url: Url::parse("https://login.example/authorize").unwrap(),
            token_url: Url::parse(token_url).unwrap(),
            client_id: "c".into(),
            client_secret: None,
            scopes: vec![],
            redirect_host: Default::default(),
        }
    }

    #[test]
    fn derives_the_device_endpoint() {
        let microsoft = registration("https://login.microsoftonline.com/organizations/oauth2/v2.0/token");
        assert_eq!(device_authorization_url(&microsoft).unwrap().as_str(), "https://login.microsoftonline.com/organizations/oauth2/v2.0/devicecode");
        let google = registration("https://oauth2.googleapis.com/token");
        assert_eq!(device_authorization_url(&google).unwrap().as_str(), "https://oauth2.googleapis.com/device/code");
        let sandbox = registration("https://localhost:4444/token");
        assert_eq!(device_authorization_url(&sandbox).unwrap().as_str(), "https://localhost:4444/devicecode");
        assert!(device_authorization_url(&registration("https://x.example/oauth/access")).is_none());
    }
}
