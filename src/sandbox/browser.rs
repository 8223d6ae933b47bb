//! The "automatic browser": follows a sandbox authorize URL with plain HTTP
//! requests, answers the consent form, and follows the redirect to the
//! application's loopback listener, the way a person with a browser would.
//!
//! ```text
//! GET  <authorize URL>                 → 200 consent page (request_id in a hidden field)
//!                                       → 302 redirect_uri?error=..   (refused request: step 3)
//! POST /consent request_id, email, password, decision
//!                                       → 302 redirect_uri?code=..&state=..
//! GET  <redirect_uri?...>              → whatever the application's listener answers
//! ```
//!
//! It only ever talks to loopback: the authorize URL must be this sandbox's,
//! and the redirect must be a loopback redirect URI.

use super::authorize::is_loopback_redirect_uri;
use super::{Approval, ConsentDecision, SandboxError};
use reqwest::StatusCode;
use reqwest::header::LOCATION;
use std::time::Duration;
use url::Url;

/// Deadline for each request the automatic browser makes.
const STEP_TIMEOUT: Duration = Duration::from_secs(10);

/// How much of the listener's answer page is kept.
const MAX_PAGE_CHARS: usize = 4096;

fn failed(step: &'static str, message: impl Into<String>) -> SandboxError {
    SandboxError::AutoBrowser { step, message: message.into() }
}

/// Runs the whole approval. `authorize_base` is the sandbox's own
/// `/authorize` URL; `fallback_address` is typed when the URL has no
/// `login_hint`.
pub(crate) async fn approve(
    authorize_url: &str,
    authorize_base: &Url,
    decision: ConsentDecision,
    fallback_address: &str,
) -> Result<Approval, SandboxError> {
    let url = Url::parse(authorize_url).map_err(|e| failed("authorize", format!("the URL does not parse: {e}")))?;
    if url.origin() != authorize_base.origin() || url.path() != authorize_base.path() {
        return Err(failed("authorize", "the URL is not this sandbox's sign-in page"));
    }
    let login_hint = url
        .query_pairs()
        .find(|(name, _)| name == "login_hint")
        .map(|(_, value)| value.into_owned())
        .unwrap_or_else(|| fallback_address.to_owned());

    crate::install_crypto_provider();
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .timeout(STEP_TIMEOUT)
        .user_agent(concat!("mailsetup-sandbox-browser/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| failed("start", e.to_string()))?;

    let page = client.get(url.clone()).send().await.map_err(|e| failed("authorize", e.to_string()))?;
    let (pressed, redirect_to) = match page.status() {
        StatusCode::FOUND => (None, location(&page)?),
        StatusCode::OK => {
            let body = page.text().await.map_err(|e| failed("authorize", e.to_string()))?;
            let request_id = hidden_value(&body, "request_id")
                .ok_or_else(|| failed("authorize", "the consent page has no request_id"))?;
            let mut consent_url = url.clone();
            consent_url.set_path("/consent");
            consent_url.set_query(None);
            let choice = match decision {
                ConsentDecision::Allow => "allow",
                ConsentDecision::Deny => "deny",
            };
            let form = [
                ("request_id", request_id.as_str()),
                ("email", login_hint.as_str()),
                ("password", "sandbox"),
                ("decision", choice),
            ];
            let answer =
                client.post(consent_url).form(&form).send().await.map_err(|e| failed("consent", e.to_string()))?;
            if answer.status() != StatusCode::FOUND {
                return Err(failed(
                    "consent",
                    format!("the consent form answered {} instead of a redirect", answer.status()),
                ));
            }
            (Some(decision), location(&answer)?)
        }
        status => return Err(failed("authorize", format!("the sign-in page answered {status}"))),
    };

    // Check the target before touching it: scheme, host and port of a
    // loopback redirect, whatever the query.
    let mut bare = redirect_to.clone();
    bare.set_query(None);
    if !is_loopback_redirect_uri(bare.as_str()) {
        return Err(failed("redirect", "the redirect does not go to a loopback address"));
    }
    // Path and parameter names only: the query holds the code and state.
    tracing::debug!(path = redirect_to.path(), "following the redirect to the application");
    // reqwest's error names the URL, whose query holds the code: say what
    // failed, and why, with the URL replaced.
    let full_url = redirect_to.to_string();
    let callback = client
        .get(redirect_to)
        .send()
        .await
        .map_err(|e| failed("redirect", error_chain(&e).replace(&full_url, "<the redirect URL>")))?;
    let callback_status = callback.status().as_u16();
    let page = callback.text().await.unwrap_or_default();
    Ok(Approval { pressed, callback_status, callback_page: page.chars().take(MAX_PAGE_CHARS).collect() })
}

/// An error and its causes on one line.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

fn location(response: &reqwest::Response) -> Result<Url, SandboxError> {
    let value = response
        .headers()
        .get(LOCATION)
        .and_then(|value| value.to_str().ok())
        .ok_or_else(|| failed("redirect", "a redirect without a Location"))?;
    Url::parse(value).map_err(|e| failed("redirect", format!("the Location does not parse: {e}")))
}

/// The value of `<input type="hidden" name="NAME" value="...">` in a page the
/// sandbox itself rendered (so no general HTML parsing is needed).
fn hidden_value(page: &str, name: &str) -> Option<String> {
    let marker = format!(r#"name="{name}" value=""#);
    let start = page.find(&marker)? + marker.len();
    let end = page.get(start..)?.find('"')?;
    page.get(start..start + end).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_hidden_values() {
        let page = r#"<input type="hidden" name="request_id" value="sbx-req-abc"><input name="x">"#;
        assert_eq!(hidden_value(page, "request_id").as_deref(), Some("sbx-req-abc"));
        assert_eq!(hidden_value(page, "other"), None);
    }
}
