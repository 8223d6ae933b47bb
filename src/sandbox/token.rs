//! The sandbox's token endpoint, over HTTPS with the sandbox CA: tokens never
//! travel without TLS, even on loopback.
//!
//! ```text
//! POST /token  grant_type=authorization_code&code=..&redirect_uri=..&client_id=..&code_verifier=..
//! POST /token  grant_type=refresh_token&refresh_token=..&client_id=..
//!   → 200 {"access_token","token_type":"Bearer","expires_in","scope"[,"refresh_token"]}
//!   → 400 {"error","error_description"}   (RFC 6749 §5.2)
//! ```

use super::Shared;
use super::http::{HttpRequest, HttpResponse, Params, json, text};
use super::store::{GrantError, IssuedTokens};
use hyper::{Method, StatusCode};
use serde_json::json;

/// Routes a request to the token endpoint.
pub(crate) fn handle(shared: &Shared, request: HttpRequest) -> HttpResponse {
    if request.path != "/token" && request.path != "/devicecode" {
        return text(StatusCode::NOT_FOUND, "not found");
    }
    if request.method != Method::POST {
        return error(StatusCode::METHOD_NOT_ALLOWED, "invalid_request", "The token endpoint only answers POST.");
    }
    if !request.content_type.starts_with("application/x-www-form-urlencoded") {
        return bad("invalid_request", "The body must be application/x-www-form-urlencoded.");
    }
    let form = Params::parse(&request.body);
    if let Some(repeated) = form.first_repeated() {
        return bad("invalid_request", &format!("The {} parameter is repeated.", repeated.0));
    }
    let get = |name: &str| form.get(name).ok().flatten();
    let client_id = match get("client_id") {
        Some(id) if id == super::CLIENT_ID => id,
        Some(_) => return bad("invalid_client", "The client_id is not registered with the sandbox."),
        None => return bad("invalid_client", "The client_id parameter is missing."),
    };
    let lifetime = shared.access_token_lifetime();
    if request.path == "/devicecode" {
        // RFC 8628 §3.1–3.2.
        let scope: Vec<String> = get("scope").unwrap_or_default().split(' ').filter(|s| !s.is_empty()).map(str::to_owned).collect();
        let (device_code, user_code) = shared.store().start_device(client_id, scope);
        let verification_uri = format!("http://127.0.0.1:{}/device", shared.authorize_port());
        return json(
            StatusCode::OK,
            &json!({
                "device_code": device_code.expose(),
                "user_code": user_code,
                "verification_uri": verification_uri,
                "expires_in": super::store::DEVICE_CODE_LIFETIME.as_secs(),
                "interval": 1,
                "message": format!("To sign in, open {verification_uri} and enter the code {user_code}."),
            }),
        );
    }
    let grant_type = get("grant_type");
    let scripted = match grant_type {
        Some("authorization_code") => shared.scripted_token_error(),
        Some("refresh_token") => shared.scripted_refresh_error(),
        _ => None,
    };
    if let Some(body) = scripted {
        tracing::debug!(grant_type, "scripted token error");
        return json(StatusCode::BAD_REQUEST, body);
    }
    if grant_type == Some("refresh_token")
        && let Some(retry_after) = shared.scripted_refresh_throttle()
    {
        let mut response = json(
            StatusCode::TOO_MANY_REQUESTS,
            &json!({ "error": "temporarily_unavailable", "error_description": "Too many requests; try again later." }),
        );
        response.headers_mut().insert(hyper::header::RETRY_AFTER, hyper::header::HeaderValue::from(retry_after));
        return response;
    }
    let result = match grant_type {
        Some("authorization_code") => {
            let Some(code) = get("code") else {
                return bad("invalid_request", "The code parameter is missing.");
            };
            shared.store().exchange_code(client_id, code, get("redirect_uri"), get("code_verifier"), lifetime)
        }
        Some("refresh_token") => {
            let Some(refresh_token) = get("refresh_token") else {
                return bad("invalid_request", "The refresh_token parameter is missing.");
            };
            shared.store().refresh(client_id, refresh_token, lifetime)
        }
        Some("urn:ietf:params:oauth:grant-type:device_code") => {
            let Some(device_code) = get("device_code") else {
                return bad("invalid_request", "The device_code parameter is missing.");
            };
            if shared.device_code_blocked() {
                return bad(
                    "invalid_grant",
                    "AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance. Trace ID: 5e1c0a4f-3b2d-4c6e-9f8a-7d6b5c4a3b01 Correlation ID: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c01 Timestamp: 2026-11-30 10:15:00Z",
                );
            }
            shared.store().poll_device(client_id, device_code, lifetime)
        }
        Some(_) => return bad("unsupported_grant_type", "The sandbox supports authorization_code, refresh_token and the device code grant."),
        None => return bad("invalid_request", "The grant_type parameter is missing."),
    };
    match result {
        Ok(tokens) => {
            tracing::debug!(grant_type, "tokens issued");
            success(&tokens)
        }
        Err(GrantError { error, description }) => {
            tracing::debug!(grant_type, error, "token request refused");
            bad(error, description)
        }
    }
}

fn success(tokens: &IssuedTokens) -> HttpResponse {
    let mut body = json!({
        "access_token": tokens.access_token.expose(),
        "token_type": "Bearer",
        "expires_in": tokens.expires_in,
        "scope": tokens.scope.join(" "),
    });
    if let Some(refresh_token) = &tokens.refresh_token {
        body["refresh_token"] = json!(refresh_token.expose());
    }
    json(StatusCode::OK, &body)
}

fn bad(code: &str, description: &str) -> HttpResponse {
    error(StatusCode::BAD_REQUEST, code, description)
}

fn error(status: StatusCode, code: &str, description: &str) -> HttpResponse {
    json(status, &json!({ "error": code, "error_description": description }))
}
