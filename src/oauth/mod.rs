//! OAuth2 sign-in: authorization code with PKCE (S256) in the system browser,
//! redirect caught on loopback (RFC 8252), then the code exchange and a
//! refresh, each with its own deadline.
//!
//! ```text
//! bind 127.0.0.1:0 ──▶ open browser at authorize?response_type=code&client_id&
//!                      redirect_uri=http://localhost:<port>/&scope&state&
//!                      code_challenge=<S256>&login_hint
//!     ◀── GET /?code&state (or ?error&error_description&state)
//! POST token: grant_type=authorization_code, code, redirect_uri, code_verifier
//! POST token: grant_type=refresh_token (proves the refresh token works)
//! ```
//!
//! Intentional omissions: no implicit or password grants, no PKCE `plain`.
//! Codes, verifiers and tokens live in [`Secret`] from the moment they exist.

pub mod browser;
pub mod callback;
pub mod device;
pub mod loopback;

pub use browser::BrowserLauncher;
pub use loopback::{CancelFlag, Callback, Expected, LoopbackListener, WaitError};

use crate::provider::OAuthRegistration;
use crate::report::{StepId, Phase, Step};
use crate::secret::Secret;
use crate::tls::TrustStore;
use crate::troubleshoot::Fault;
use oauth2::basic::{BasicClient, BasicErrorResponse, BasicTokenResponse};
use oauth2::{
    AuthUrl, AuthorizationCode, ClientId, ClientSecret, CsrfToken, PkceCodeChallenge, RedirectUrl, RefreshToken,
    RequestTokenError, Scope, TokenResponse, TokenUrl,
};
use std::time::{Duration, Instant};

/// How long the user has to finish signing in, by default. Long enough for
/// MFA and a password manager; short enough that a forgotten tab ends.
pub const DEFAULT_SIGN_IN_TIMEOUT: Duration = Duration::from_secs(5 * 60);

/// Deadline for one request to the token endpoint.
pub const TOKEN_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Tokens from a successful sign-in.
#[derive(Debug, Clone)]
pub struct TokenSet {
    pub access_token: Secret,
    pub refresh_token: Option<Secret>,
    pub expires_in: Option<Duration>,
    /// Scopes the provider says it granted, when it says.
    pub granted_scopes: Option<Vec<String>>,
    /// When the token endpoint answered, by this computer's clock (for
    /// expiry checks on opaque tokens).
    pub received_at: std::time::SystemTime,
}

/// Progress reported while the browser is out.
#[derive(Debug, Clone)]
pub enum SignInProgress {
    /// The browser was sent to `authorize_url`; the redirect is awaited at
    /// `redirect_uri` until `remaining` runs out.
    WaitingForBrowser { authorize_url: String, redirect_uri: String, remaining: Duration },
}

/// The result of [`sign_in`]: every step taken, and tokens when all passed.
#[derive(Debug)]
pub struct SignInOutcome {
    pub steps: Vec<Step>,
    pub tokens: Option<TokenSet>,
}

/// What a sign-in needs.
pub struct SignInRequest<'a> {
    pub registration: &'a OAuthRegistration,
    /// Pre-fills the account picker (`login_hint`).
    pub login_hint: &'a str,
    pub trust: &'a TrustStore,
    pub browser: &'a BrowserLauncher,
    pub timeout: Duration,
}

/// Runs the whole interactive sign-in. Blocks the calling thread (a worker,
/// never the UI thread); `runtime` runs the HTTPS requests.
pub fn sign_in(
    request: &SignInRequest<'_>,
    runtime: &tokio::runtime::Handle,
    cancel: &CancelFlag,
    on_progress: &mut dyn FnMut(SignInProgress),
    on_step: &mut dyn FnMut(&Step),
) -> SignInOutcome {
    let mut steps = Vec::new();
    let mut record = |step: Step, steps: &mut Vec<Step>| {
        on_step(&step);
        steps.push(step);
    };

    // Step 1: the loopback listener.
    let started = Instant::now();
    let listener = match LoopbackListener::bind() {
        Ok(listener) => listener,
        Err(error) => {
            record(
                Step::failed(Phase::SignIn, StepId::SignInListen, &crate::tr!("signin-listen-title"), started.elapsed(), Duration::ZERO, error.to_string())
                    .with_fault(Some(Fault::LoopbackUnavailable)),
                &mut steps,
            );
            return SignInOutcome { steps, tokens: None };
        }
    };
    let redirect_uri = format!("http://{}:{}/", request.registration.redirect_host.as_str(), listener.port());
    let listening = if listener.listening_on_ipv6() {
        crate::tr!("signin-listen-detail-ipv6", port = listener.port().to_string(), redirect = &redirect_uri)
    } else {
        crate::tr!("signin-listen-detail", port = listener.port().to_string(), redirect = &redirect_uri)
    };
    record(
        Step::passed(
            Phase::SignIn,
            StepId::SignInListen,
            &crate::tr!("signin-listen-title"),
            started.elapsed(),
            Duration::ZERO,
            listening,
        ),
        &mut steps,
    );

    // Step 2: the authorization URL and the browser.
    let client = match oauth_client(request.registration, &redirect_uri) {
        Ok(client) => client,
        Err(message) => {
            record(Step::failed(Phase::SignIn, StepId::SignInBrowser, &crate::tr!("signin-browser-title"), Duration::ZERO, Duration::ZERO, message), &mut steps);
            return SignInOutcome { steps, tokens: None };
        }
    };
    let (code_challenge, code_verifier) = PkceCodeChallenge::new_random_sha256();
    let (authorize_url, state) = client
        .authorize_url(CsrfToken::new_random)
        .add_scopes(request.registration.scopes.iter().cloned().map(Scope::new))
        .add_extra_param("login_hint", request.login_hint)
        .set_pkce_challenge(code_challenge)
        .url();
    let code_verifier = Secret::new(code_verifier.into_secret());
    let started = Instant::now();
    match request.browser.open(authorize_url.as_str()) {
        Ok(how) => record(
            Step::passed(Phase::SignIn, StepId::SignInBrowser, &crate::tr!("signin-browser-title"), started.elapsed(), Duration::ZERO, crate::tr!("signin-browser-detail", how = how, issuer = &request.registration.issuer)),
            &mut steps,
        ),
        Err(why) => {
            // The user can still copy the link; the wait goes on.
            record(
                Step::failed(Phase::SignIn, StepId::SignInBrowser, &crate::tr!("signin-browser-title"), started.elapsed(), Duration::ZERO, crate::tr!("signin-browser-failed", why = why))
                    .with_fault(Some(Fault::BrowserNotOpened)),
                &mut steps,
            );
        }
    }

    // Step 3: the redirect.
    let started = Instant::now();
    // The `iss` check (RFC 9207) happens while the redirect is judged, so the
    // browser tab is told the sign-in failed when it does.
    let expected = Expected { state: state.secret(), issuer: Some(&request.registration.authorize_url) };
    let wait = listener.wait_for_callback(&expected, request.timeout, cancel, &mut |remaining| {
        on_progress(SignInProgress::WaitingForBrowser {
            authorize_url: authorize_url.to_string(),
            redirect_uri: redirect_uri.clone(),
            remaining,
        })
    });
    drop(listener);
    let code = match wait {
        Ok(Callback::IssuerMismatch { issuer }) => {
            // RFC 9207: an `iss` naming another server means the code may
            // come from a mix-up attack; it was dropped unused.
            record(
                Step::failed(
                    Phase::SignIn,
                    StepId::SignInRedirect,
                    &crate::tr!("signin-redirect-title"),
                    started.elapsed(),
                    request.timeout,
                    crate::tr!(
                        "signin-redirect-other-issuer",
                        server = request.registration.authorize_url.host_str().map_or_else(|| crate::tr!("signin-redirect-the-server"), str::to_owned)
                    ),
                )
                .with_server_says(format!("iss={issuer}")),
                &mut steps,
            );
            return SignInOutcome { steps, tokens: None };
        }
        Ok(Callback::Code { code, .. }) => {
            record(
                Step::passed(Phase::SignIn, StepId::SignInRedirect, &crate::tr!("signin-redirect-title"), started.elapsed(), request.timeout, crate::tr!("signin-redirect-code")),
                &mut steps,
            );
            code
        }
        Ok(Callback::Error { error, description, .. }) => {
            let words = match &description {
                Some(description) => format!("error={error}: {description}"),
                None => format!("error={error}"),
            };
            record(
                Step::failed(Phase::SignIn, StepId::SignInRedirect, &crate::tr!("signin-redirect-title"), started.elapsed(), request.timeout, crate::tr!("signin-redirect-refused"))
                    .with_server_says(words),
                &mut steps,
            );
            return SignInOutcome { steps, tokens: None };
        }
        Err(error) => {
            let fault = match error {
                WaitError::TimedOut(_) => Fault::BrowserTimeout,
                WaitError::Cancelled => Fault::Cancelled,
                WaitError::ListenerGone => Fault::LoopbackUnavailable,
            };
            let detail = match error {
                WaitError::TimedOut(_) => crate::tr!("signin-redirect-timed-out", seconds = request.timeout.as_secs()),
                other => other.to_string(),
            };
            record(
                Step::failed(Phase::SignIn, StepId::SignInRedirect, &crate::tr!("signin-redirect-title"), started.elapsed(), request.timeout, detail).with_fault(Some(fault)),
                &mut steps,
            );
            return SignInOutcome { steps, tokens: None };
        }
    };

    // Step 4: the code exchange.
    let started = Instant::now();
    let http = match request.trust.https_client(TOKEN_REQUEST_TIMEOUT) {
        Ok(http) => http,
        Err(error) => {
            record(Step::failed(Phase::SignIn, StepId::SignInExchange, &crate::tr!("signin-exchange-title"), started.elapsed(), TOKEN_REQUEST_TIMEOUT, error.to_string()), &mut steps);
            return SignInOutcome { steps, tokens: None };
        }
    };
    let exchange = runtime.block_on(async {
        let http_call = |req| send_token_request(&http, req);
        tokio::time::timeout(
            TOKEN_REQUEST_TIMEOUT,
            client
                .exchange_code(AuthorizationCode::new(code.expose().to_owned()))
                .set_pkce_verifier(oauth2::PkceCodeVerifier::new(code_verifier.expose().to_owned()))
                .request_async(&http_call),
        )
        .await
    });
    let tokens = match token_result(exchange) {
        Ok(tokens) => {
            let received = match (tokens.refresh_token.is_some(), tokens.expires_in) {
                (true, Some(valid)) => crate::tr!("signin-exchange-with-refresh-valid", minutes = valid.as_secs() / 60),
                (false, Some(valid)) => crate::tr!("signin-exchange-without-refresh-valid", minutes = valid.as_secs() / 60),
                (true, None) => crate::tr!("signin-exchange-with-refresh"),
                (false, None) => crate::tr!("signin-exchange-without-refresh"),
            };
            record(
                Step::passed(Phase::SignIn, StepId::SignInExchange, &crate::tr!("signin-exchange-title"), started.elapsed(), TOKEN_REQUEST_TIMEOUT, received),
                &mut steps,
            );
            tokens
        }
        Err(failure) => {
            record(failure.into_step(StepId::SignInExchange, &crate::tr!("signin-exchange-title"), started.elapsed()), &mut steps);
            return SignInOutcome { steps, tokens: None };
        }
    };

    // Step 5: the refresh, which is what keeps mail working tomorrow.
    let tokens = match &tokens.refresh_token {
        None => {
            record(Step::skipped(Phase::SignIn, StepId::SignInRefresh, &crate::tr!("signin-refresh-title"), crate::tr!("signin-refresh-none")), &mut steps);
            tokens
        }
        Some(refresh_token) => {
            let started = Instant::now();
            let refreshed = runtime.block_on(refresh(&client, &http, refresh_token));
            match refreshed {
                Ok(new_tokens) => {
                    record(
                        Step::passed(Phase::SignIn, StepId::SignInRefresh, &crate::tr!("signin-refresh-title"), started.elapsed(), TOKEN_REQUEST_TIMEOUT, crate::tr!("signin-refresh-accepted")),
                        &mut steps,
                    );
                    TokenSet { refresh_token: new_tokens.refresh_token.or_else(|| tokens.refresh_token.clone()), ..new_tokens }
                }
                Err(failure) => {
                    record(failure.into_step(StepId::SignInRefresh, &crate::tr!("signin-refresh-title"), started.elapsed()), &mut steps);
                    return SignInOutcome { steps, tokens: Some(tokens) };
                }
            }
        }
    };
    SignInOutcome { steps, tokens: Some(tokens) }
}

type ConfiguredClient = oauth2::Client<
    BasicErrorResponse,
    BasicTokenResponse,
    oauth2::basic::BasicTokenIntrospectionResponse,
    oauth2::StandardRevocableToken,
    oauth2::basic::BasicRevocationErrorResponse,
    oauth2::EndpointSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointSet,
>;

fn oauth_client(registration: &OAuthRegistration, redirect_uri: &str) -> Result<ConfiguredClient, String> {
    let mut client = BasicClient::new(ClientId::new(registration.client_id.clone()))
        .set_auth_uri(AuthUrl::from_url(registration.authorize_url.clone()))
        .set_token_uri(TokenUrl::from_url(registration.token_url.clone()))
        .set_redirect_uri(RedirectUrl::new(redirect_uri.to_owned()).map_err(|e| e.to_string())?);
    if let Some(secret) = &registration.client_secret {
        client = client.set_client_secret(ClientSecret::new(secret.expose().to_owned()));
    }
    Ok(client)
}

/// Renews an access token with a refresh token.
async fn refresh(client: &ConfiguredClient, http: &reqwest::Client, refresh_token: &Secret) -> Result<TokenSet, TokenFailure> {
    let http_call = |req| send_token_request(http, req);
    let result = tokio::time::timeout(
        TOKEN_REQUEST_TIMEOUT,
        client.exchange_refresh_token(&RefreshToken::new(refresh_token.expose().to_owned())).request_async(&http_call),
    )
    .await;
    token_result(result)
}

/// Renews an access token outside the interactive flow (the CLI's and the
/// wizard's "retry the checks" use it).
pub async fn refresh_access_token(registration: &OAuthRegistration, trust: &TrustStore, refresh_token: &Secret) -> Result<TokenSet, String> {
    let client = oauth_client(registration, "http://localhost/")?;
    let http = trust.https_client(TOKEN_REQUEST_TIMEOUT).map_err(|e| e.to_string())?;
    refresh(&client, &http, refresh_token).await.map_err(|f| f.detail)
}

/// Renews an access token outside the interactive flow and reports it as a
/// `signin.refresh` step (passed or failed, with the provider's words).
pub async fn refresh_as_step(registration: &OAuthRegistration, trust: &TrustStore, refresh_token: &Secret) -> (Step, Option<TokenSet>) {
    const ID: StepId = StepId::SignInRefresh;
    let title = crate::tr!("signin-refresh-title");
    let started = Instant::now();
    let client = match oauth_client(registration, "http://localhost/") {
        Ok(client) => client,
        Err(message) => return (Step::failed(Phase::SignIn, ID, &title, Duration::ZERO, Duration::ZERO, message), None),
    };
    let http = match trust.https_client(TOKEN_REQUEST_TIMEOUT) {
        Ok(http) => http,
        Err(error) => return (Step::failed(Phase::SignIn, ID, &title, Duration::ZERO, Duration::ZERO, error.to_string()), None),
    };
    match refresh(&client, &http, refresh_token).await {
        Ok(tokens) => (Step::passed(Phase::SignIn, ID, &title, started.elapsed(), TOKEN_REQUEST_TIMEOUT, crate::tr!("signin-refresh-accepted")), Some(tokens)),
        Err(failure) => (failure.into_step(ID, &title, started.elapsed()), None),
    }
}

/// Why a token request failed, in our words and the provider's.
#[derive(Debug)]
pub(crate) struct TokenFailure {
    detail: String,
    provider_says: Option<String>,
    fault: Option<Fault>,
}

impl TokenFailure {
    pub(crate) fn into_step(self, id: StepId, title: &str, elapsed: Duration) -> Step {
        let step = Step::failed(Phase::SignIn, id, title, elapsed, TOKEN_REQUEST_TIMEOUT, self.detail).with_fault(self.fault);
        match self.provider_says {
            Some(words) => step.with_server_says(words),
            None => step,
        }
    }
}

type TokenRequestResult = Result<
    Result<BasicTokenResponse, RequestTokenError<HttpError, BasicErrorResponse>>,
    tokio::time::error::Elapsed,
>;

fn token_result(result: TokenRequestResult) -> Result<TokenSet, TokenFailure> {
    match result {
        Err(_) => Err(TokenFailure {
            detail: crate::tr!("signin-token-timed-out", seconds = TOKEN_REQUEST_TIMEOUT.as_secs()),
            provider_says: None,
            fault: Some(Fault::TokenEndpointUnreachable),
        }),
        Ok(Ok(response)) => Ok(TokenSet {
            access_token: Secret::new(response.access_token().secret().to_owned()),
            refresh_token: response.refresh_token().map(|t| Secret::new(t.secret().to_owned())),
            expires_in: response.expires_in(),
            granted_scopes: response.scopes().map(|scopes| scopes.iter().map(|s| s.to_string()).collect()),
            received_at: std::time::SystemTime::now(),
        }),
        Ok(Err(RequestTokenError::ServerResponse(response))) => {
            let mut words = response.error().to_string();
            if let Some(description) = response.error_description() {
                words = format!("{words}: {description}");
            }
            Err(TokenFailure { detail: crate::tr!("signin-token-refused"), provider_says: Some(words), fault: None })
        }
        Ok(Err(RequestTokenError::Request(error))) if error.1 == Some(Fault::TokenEndpointThrottled) => {
            Err(TokenFailure { detail: error.0, provider_says: None, fault: Some(Fault::TokenEndpointThrottled) })
        }
        Ok(Err(RequestTokenError::Request(error))) => {
            // A TLS fault says more than "unreachable".
            let fault = error.1.filter(|f| !matches!(f, Fault::ConnectionRefused | Fault::NoAnswer | Fault::DnsFailure | Fault::ConnectionReset)).unwrap_or(Fault::TokenEndpointUnreachable);
            Err(TokenFailure { detail: crate::tr!("signin-token-unreachable", error = error.to_string()), provider_says: None, fault: Some(fault) })
        }
        Ok(Err(RequestTokenError::Parse(error, _body))) => Err(TokenFailure {
            // The body may hold a token: never quote it.
            detail: crate::tr!("signin-token-unreadable", error = error.inner().to_string()),
            provider_says: None,
            fault: None,
        }),
        Ok(Err(RequestTokenError::Other(message))) => Err(TokenFailure { detail: message, provider_says: None, fault: None }),
    }
}

/// A failed HTTPS request to the token endpoint, and what kind of failure.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct HttpError(String, Option<Fault>);

/// Sends one token request with reqwest (oauth2 5 takes any async function).
pub(crate) async fn send_token_request(http: &reqwest::Client, request: oauth2::HttpRequest) -> Result<oauth2::HttpResponse, HttpError> {
    let (parts, body) = request.into_parts();
    let send = || async {
        http.request(parts.method.clone(), parts.uri.to_string())
            .headers(parts.headers.clone())
            .body(body.clone())
            .send()
            .await
            .map_err(|e| HttpError(describe_reqwest_error(&e), crate::troubleshoot::fault::classify_error(&e)))
    };
    let mut response = send().await?;
    // A throttled provider is waited out once, as long as it asks and at
    // most MAX_RETRY_AFTER_WAIT; never retried in a loop.
    if let Some(asked) = throttled(&response) {
        match asked {
            Some(wait) if wait <= MAX_RETRY_AFTER_WAIT => {
                tracing::info!(seconds = wait.as_secs(), "the token endpoint asks to wait; waiting once");
                tokio::time::sleep(wait).await;
                response = send().await?;
                if let Some(again) = throttled(&response) {
                    return Err(throttled_error(response.status(), again, true));
                }
            }
            _ => return Err(throttled_error(response.status(), asked, false)),
        }
    }
    let mut builder = oauth2::http::Response::builder().status(response.status());
    for (name, value) in response.headers() {
        builder = builder.header(name, value);
    }
    let status = response.status();
    let body = response.bytes().await.map_err(|e| HttpError(describe_reqwest_error(&e), crate::troubleshoot::fault::classify_error(&e)))?;
    let body = if status.is_client_error() || status.is_server_error() { with_ids_in_description(&body) } else { body.to_vec() };
    builder.body(body).map_err(|e| HttpError(e.to_string(), None))
}

/// The longest a token endpoint's `Retry-After` is waited out, once: the
/// step stays well inside its deadline, and a provider that wants longer
/// is named to the user instead of asked again (Microsoft answers clients
/// that retry quickly with AADSTS50196, "request loop").
pub const MAX_RETRY_AFTER_WAIT: Duration = Duration::from_secs(10);

/// `Some` when the response asks the client to slow down (429, or 503 with
/// `Retry-After`): the wait it asks for in seconds, if it says.
fn throttled(response: &reqwest::Response) -> Option<Option<Duration>> {
    let asked = response
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<u64>().ok())
        .map(Duration::from_secs);
    match response.status() {
        reqwest::StatusCode::TOO_MANY_REQUESTS => Some(asked),
        reqwest::StatusCode::SERVICE_UNAVAILABLE if asked.is_some() => Some(asked),
        _ => None,
    }
}

fn throttled_error(status: reqwest::StatusCode, asked: Option<Duration>, waited: bool) -> HttpError {
    // A status code is a name, not a count: text, so it is never grouped.
    let status = status.as_u16().to_string();
    let text = match (asked, waited) {
        (Some(wait), true) => crate::tr!("signin-throttled-wait-waited", status = &status, seconds = wait.as_secs()),
        (Some(wait), false) => crate::tr!("signin-throttled-wait", status = &status, seconds = wait.as_secs()),
        (None, true) => crate::tr!("signin-throttled-slow-down-waited", status = &status),
        (None, false) => crate::tr!("signin-throttled-slow-down", status = &status),
    };
    HttpError(text, Some(Fault::TokenEndpointThrottled))
}

/// Microsoft's token endpoint returns `error_codes`, `trace_id`,
/// `correlation_id` and `timestamp` as JSON fields beside the RFC 6749 ones,
/// which the oauth2 crate drops. Appends those missing from
/// `error_description` to it, in Microsoft's own "Trace ID: …" form, so the
/// report (and `troubleshoot::SignInError`) keeps them. Error bodies hold no
/// token; other bodies pass unchanged.
fn with_ids_in_description(body: &[u8]) -> Vec<u8> {
    let Ok(serde_json::Value::Object(mut object)) = serde_json::from_slice::<serde_json::Value>(body) else {
        return body.to_vec();
    };
    let mut description = object.get("error_description").and_then(|d| d.as_str()).unwrap_or_default().to_owned();
    let original = description.clone();
    if let Some(code) = object.get("error_codes").and_then(|c| c.as_array()).and_then(|c| c.first()).and_then(|c| c.as_u64())
        && !description.contains("AADSTS")
    {
        description = format!("AADSTS{code}: {description}");
    }
    for (field, label) in [("trace_id", "Trace ID:"), ("correlation_id", "Correlation ID:"), ("timestamp", "Timestamp:")] {
        if let Some(value) = object.get(field).and_then(|v| v.as_str())
            && !description.contains(label)
        {
            description.push_str(&format!(" {label} {value}"));
        }
    }
    if description == original {
        return body.to_vec();
    }
    object.insert("error_description".to_owned(), serde_json::Value::String(description.trim().to_owned()));
    serde_json::to_vec(&object).unwrap_or_else(|_| body.to_vec())
}

/// reqwest's `Display` stops at the outermost error; the cause (a refused
/// connection, an unknown CA) is what the user needs.
fn describe_reqwest_error(error: &reqwest::Error) -> String {
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
