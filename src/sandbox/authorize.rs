//! The browser-facing half of the sandbox's authorization server, over plain
//! HTTP on `127.0.0.1` (like any loopback redirect; nothing secret is typed
//! here: the password field accepts anything and is thrown away).
//!
//! ```text
//! GET  /authorize?response_type=code&client_id=..&redirect_uri=..&code_challenge=..
//!                 &code_challenge_method=S256&scope=..&state=..[&login_hint=..]
//!      → 200 login + consent page            (request stored under a request id)
//!      → 302 redirect_uri?error=..&state=..   (bad request, but trustworthy redirect_uri)
//!      → 400 error page                       (unknown client_id or bad redirect_uri:
//!                                             RFC 6749 §4.1.2.1 forbids redirecting)
//! POST /consent  request_id, email, password, decision=allow|deny
//!      → 302 redirect_uri?code=..&state=..
//!      → 200 the page again, with the refusal   (not an address; the shared
//!                                             mailbox: AADSTS50057; the alias:
//!                                             AADSTS50034)
//!      → 302 redirect_uri?error=access_denied&error_description=..&state=..
//! ```
//!
//! Checks, in order: client_id, redirect_uri, response_type, repeated
//! parameters, code_challenge_method (S256 only: `plain` and a missing method
//! are refused with `invalid_request`), code_challenge, scope.

use super::http::{HttpRequest, HttpResponse, Params, escape_html, html, redirect, text};
use super::store::{PendingAuthorization, is_valid_s256_challenge};
use super::words::{PageText, PageWords};
use super::{Shared, directory};
use hyper::{Method, StatusCode};
use std::time::Instant;
use url::Url;

/// Scopes the sandbox knows. `mail` is what IMAP and SMTP want;
/// `offline_access` earns a refresh token, as at Microsoft.
pub(crate) const KNOWN_SCOPES: [&str; 5] = ["mail", "offline_access", "openid", "email", "profile"];

/// Routes a request to the authorization server.
pub(crate) fn handle(shared: &Shared, request: HttpRequest) -> HttpResponse {
    let words = &shared.options.page_words;
    match (&request.method, request.path.as_str()) {
        (&Method::GET, "/authorize") => authorize(shared, &request.query),
        (&Method::POST, "/consent") => consent(shared, &request),
        (&Method::GET, "/device") => html(StatusCode::OK, device_page(words, None, "")),
        (&Method::POST, "/device") => device_answer(shared, &request),
        (&Method::GET, "/") => html(StatusCode::OK, page(words, PageText::SandboxName, &paragraph(words, PageText::HomeBody))),
        // Browsers ask for this on their own; it is not an error.
        (_, "/favicon.ico") => text(StatusCode::NOT_FOUND, "no icon"),
        _ => text(StatusCode::NOT_FOUND, "not found"),
    }
}

/// True for the loopback redirect URIs the sandbox accepts:
/// `http://localhost:<port>/` and `http://127.0.0.1:<port>/`, with an explicit
/// port, path `/`, and no query, fragment or user info. The text must be in
/// normal form (lower-case host, no default port) so that the exact-match
/// comparison at the token endpoint means what it says.
pub(crate) fn is_loopback_redirect_uri(redirect_uri: &str) -> bool {
    let Ok(url) = Url::parse(redirect_uri) else {
        return false;
    };
    let host_ok = matches!(url.host_str(), Some("localhost" | "127.0.0.1"));
    // `Url` drops a port equal to the scheme's default (80), so port 80 is
    // refused too; nobody binds it for a loopback redirect.
    let port_ok = url.port().is_some();
    url.scheme() == "http"
        && host_ok
        && port_ok
        && url.path() == "/"
        && url.query().is_none()
        && url.fragment().is_none()
        && url.username().is_empty()
        && url.password().is_none()
        && url.as_str() == redirect_uri
}

fn authorize(shared: &Shared, query: &str) -> HttpResponse {
    let params = Params::parse(query.as_bytes());
    // Until client_id and redirect_uri check out, errors go to the browser,
    // never to the redirect URI.
    let client_id = match params.get("client_id") {
        Ok(Some(id)) if id == super::CLIENT_ID => id,
        Ok(Some(_)) => return error_page(&shared.options.page_words, "the application (client_id) is not registered with the sandbox"),
        Ok(None) => return error_page(&shared.options.page_words, "the link has no client_id"),
        Err(_) => return error_page(&shared.options.page_words, "the link gives client_id more than once"),
    };
    let redirect_uri = match params.get("redirect_uri") {
        Ok(Some(uri)) if is_loopback_redirect_uri(uri) => uri,
        Ok(Some(_)) => {
            return error_page(&shared.options.page_words, "the redirect_uri is not http://localhost:<port>/ or http://127.0.0.1:<port>/");
        }
        Ok(None) => return error_page(&shared.options.page_words, "the link has no redirect_uri"),
        Err(_) => return error_page(&shared.options.page_words, "the link gives redirect_uri more than once"),
    };
    let state = params.get("state").ok().flatten();
    let refuse = |error: &str, description: &str| error_redirect(&shared.options.page_words, redirect_uri, error, description, state);
    if let Some((error, description)) = shared.scripted_authorize_error() {
        return refuse(error, description);
    }

    match params.get("response_type") {
        Ok(Some("code")) => {}
        Ok(Some(_)) => return refuse("unsupported_response_type", "Only response_type=code is supported."),
        _ => return refuse("invalid_request", "The response_type parameter is missing or repeated."),
    }
    if let Some(repeated) = params.first_repeated() {
        return refuse("invalid_request", &format!("The {} parameter is repeated.", repeated.0));
    }
    match params.get("code_challenge_method").ok().flatten() {
        Some("S256") => {}
        Some("plain") => {
            return refuse("invalid_request", "PKCE code_challenge_method plain is not allowed; use S256.");
        }
        Some(_) => return refuse("invalid_request", "Unknown code_challenge_method; use S256."),
        None => return refuse("invalid_request", "PKCE is required: code_challenge_method must be S256."),
    }
    let code_challenge = match params.get("code_challenge").ok().flatten() {
        Some(challenge) if is_valid_s256_challenge(challenge) => challenge,
        Some(_) => {
            return refuse("invalid_request", "The code_challenge is not a base64url SHA-256 digest (43 characters).");
        }
        None => return refuse("invalid_request", "PKCE is required: the code_challenge parameter is missing."),
    };
    let scope: Vec<String> = match params.get("scope").ok().flatten() {
        Some(scope) => scope.split(' ').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
        None => Vec::new(),
    };
    if scope.is_empty() {
        return refuse("invalid_scope", "The scope parameter is missing; the sandbox needs \"mail offline_access\".");
    }
    if let Some(unknown) = scope.iter().find(|s| !KNOWN_SCOPES.contains(&s.as_str()) && !super::OUTLOOK_SCOPES.contains(&s.as_str())) {
        return refuse("invalid_scope", &format!("The sandbox does not know the scope \"{unknown}\"."));
    }

    let pending = PendingAuthorization {
        client_id: client_id.to_owned(),
        redirect_uri: redirect_uri.to_owned(),
        state: state.map(str::to_owned),
        code_challenge: code_challenge.to_owned(),
        scope,
        login_hint: params.get("login_hint").ok().flatten().map(str::to_owned),
        created: Instant::now(),
    };
    let body = consent_page(&shared.options.page_words, &pending, None, "");
    let request_id = shared.store().add_pending(pending);
    html(StatusCode::OK, body.replace(REQUEST_ID_SLOT, &request_id))
}

fn consent(shared: &Shared, request: &HttpRequest) -> HttpResponse {
    let words = &shared.options.page_words;
    if !request.content_type.starts_with("application/x-www-form-urlencoded") {
        return failed(words, PageText::NotAForm);
    }
    let form = Params::parse(&request.body);
    let Ok(Some(request_id)) = form.get("request_id") else {
        return failed(words, PageText::FormIncomplete);
    };
    let mut store = shared.store();
    let Some(pending) = store.pending(request_id).cloned() else {
        return html(StatusCode::BAD_REQUEST, page(words, PageText::EndedTitle, &paragraph(words, PageText::EndedBody)));
    };
    let state = pending.state.as_deref();
    match form.get("decision") {
        Ok(Some("deny")) => {
            store.take_pending(request_id);
            tracing::debug!("consent denied");
            error_redirect(
                words,
                &pending.redirect_uri,
                "access_denied",
                "The user declined to sign in to the mailsetup sandbox.",
                state,
            )
        }
        Ok(Some("allow")) => {
            let typed = form.get("email").ok().flatten().unwrap_or_default();
            let address = match consent_address(words, typed) {
                Ok(address) => address,
                Err(error) => {
                    let body = consent_page(words, &pending, Some(&error), typed);
                    return html(StatusCode::OK, body.replace(REQUEST_ID_SLOT, request_id));
                }
            };
            // The password is accepted whatever it is, and never looked at again.
            store.take_pending(request_id);
            let code = store.issue_code(&pending, &address, shared.code_lifetime());
            drop(store);
            tracing::debug!(email_domain = address.rsplit_once('@').map(|(_, domain)| domain), "consent given; code issued");
            let mut location = match Url::parse(&pending.redirect_uri) {
                Ok(url) => url,
                Err(_) => return text(StatusCode::INTERNAL_SERVER_ERROR, "stored redirect_uri no longer parses"),
            };
            {
                let mut pairs = location.query_pairs_mut();
                pairs.append_pair("code", code.expose());
                if let Some(state) = state {
                    pairs.append_pair("state", state);
                }
            }
            redirect(location.as_str())
        }
        _ => failed(words, PageText::ChooseAllowOrDeny),
    }
}

/// A 400 "Sign-in failed" page saying why.
fn failed(words: &PageWords, why: PageText<'_>) -> HttpResponse {
    html(StatusCode::BAD_REQUEST, page(words, PageText::SignInFailedTitle, &paragraph(words, why)))
}

/// One text as an HTML paragraph, escaped.
fn paragraph(words: &PageWords, text: PageText<'_>) -> String {
    format!("<p>{}</p>", escape_html(&words.say(text)))
}

/// Redirects to the client with an RFC 6749 §4.1.2.1 error.
fn error_redirect(words: &PageWords, redirect_uri: &str, error: &str, description: &str, state: Option<&str>) -> HttpResponse {
    let Ok(mut location) = Url::parse(redirect_uri) else {
        return error_page(words, "the redirect_uri does not parse");
    };
    {
        let mut pairs = location.query_pairs_mut();
        pairs.append_pair("error", error);
        pairs.append_pair("error_description", description);
        if let Some(state) = state {
            pairs.append_pair("state", state);
        }
    }
    tracing::debug!(error, "authorization request refused");
    redirect(location.as_str())
}

/// A 400 page for requests whose redirect URI cannot be trusted.
fn error_page(words: &PageWords, reason: &str) -> HttpResponse {
    tracing::debug!(reason, "authorization request refused without redirect");
    let body = paragraph(words, PageText::InvalidLinkBody { reason }) + &paragraph(words, PageText::InvalidLinkReport);
    html(StatusCode::BAD_REQUEST, page(words, PageText::InvalidLinkTitle, &body))
}

/// Stands in for the request id until the request is stored, so the page can
/// be rendered before the store lock is taken.
const REQUEST_ID_SLOT: &str = "\u{0}request-id\u{0}";

/// The device code fallback's page (RFC 8628 §3.3): the person types the
/// code mailsetup shows, then allows or denies.
fn device_page(words: &PageWords, message: Option<&str>, typed_code: &str) -> String {
    let message = error_paragraph(message);
    page(
        words,
        PageText::DeviceTitle,
        &format!(
            r#"<p class="note">{note}</p>
{message}<form method="post" action="/device">
<label for="user_code">{code_label}</label>
<input id="user_code" name="user_code" value="{code}" autocomplete="off" required>
{fields}"#,
            note = escape_html(&words.say(PageText::PracticeNote)),
            code_label = escape_html(&words.say(PageText::CodeLabel)),
            fields = sign_in_fields(words, ""),
            code = escape_html(typed_code)
        ),
    )
}

fn device_answer(shared: &Shared, request: &HttpRequest) -> HttpResponse {
    let words = &shared.options.page_words;
    if !request.content_type.starts_with("application/x-www-form-urlencoded") {
        return failed(words, PageText::NotAForm);
    }
    let form = Params::parse(&request.body);
    let code = form.get("user_code").ok().flatten().unwrap_or_default().to_owned();
    let allow = match form.get("decision") {
        Ok(Some("allow")) => true,
        Ok(Some("deny")) => false,
        _ => return html(StatusCode::BAD_REQUEST, device_page(words, Some(&words.say(PageText::ChooseAllowOrDeny)), &code)),
    };
    let address = form.get("email").ok().flatten().unwrap_or_default();
    let address = match (allow, consent_address(words, address)) {
        (true, Ok(address)) => address,
        (true, Err(error)) => return html(StatusCode::OK, device_page(words, Some(&error), &code)),
        (false, _) => String::new(),
    };
    if !shared.store().answer_device_code(&code, &address, allow) {
        return html(StatusCode::OK, device_page(words, Some(&words.say(PageText::UnknownCode)), &code));
    }
    let answer = if allow { PageText::SignedIn } else { PageText::Declined };
    html(StatusCode::OK, page(words, PageText::DoneTitle, &paragraph(words, answer)))
}

/// The address typed on the consent or device page, trimmed, with the
/// domain lower-cased (tokens are bound to it, and IMAP and SMTP compare it
/// with the XOAUTH2 `user=`). The check is the shape `local@domain.tld`
/// (mailsetup validates the address fully before a sign-in starts), then the
/// sandbox directory: any address is a person who may sign in, except the
/// shared mailbox and the alias, which are refused in Entra's words (see
/// `directory::sign_in_refusal`).
fn consent_address(words: &PageWords, typed: &str) -> Result<String, String> {
    let typed = typed.trim();
    let Some((local, domain)) = typed.rsplit_once('@') else {
        return Err(words.say(PageText::AddressWithoutAt));
    };
    if local.is_empty() || local.contains(char::is_whitespace) {
        return Err(words.say(PageText::AddressWithoutLocalPart));
    }
    let domain_ok = domain.split('.').count() > 1
        && domain.split('.').all(|label| !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-'));
    if !domain_ok {
        return Err(words.say(PageText::AddressWithoutDomain));
    }
    let address = format!("{local}@{}", domain.to_lowercase());
    if let Some(refusal) = directory::sign_in_refusal(&address, words) {
        tracing::debug!("sign-in refused: not a person's account");
        return Err(refusal);
    }
    Ok(address)
}

fn consent_page(words: &PageWords, pending: &PendingAuthorization, error: Option<&str>, typed: &str) -> String {
    let email = if typed.is_empty() { pending.login_hint.as_deref().unwrap_or_default() } else { typed };
    let error = error_paragraph(error);
    let body = format!(
        r#"<p class="note">{note}</p>
<p>{request} {scopes} <code>{scope}</code></p>
{error}<form method="post" action="/consent">
<input type="hidden" name="request_id" value="{slot}">
{fields}"#,
        note = escape_html(&words.say(PageText::PracticeNote)),
        request = escape_html(&words.say(PageText::ConsentRequest { client: &pending.client_id })),
        scopes = escape_html(&words.say(PageText::Scopes)),
        scope = escape_html(&pending.scope.join(" ")),
        slot = REQUEST_ID_SLOT,
        fields = sign_in_fields(words, email),
    );
    page(words, PageText::SignInTitle, &body)
}

/// The refusal shown above a form, announced to screen readers.
fn error_paragraph(message: Option<&str>) -> String {
    message.map(|message| format!(r#"<p class="error" role="alert">{}</p>"#, escape_html(message))).unwrap_or_default()
}

/// The address, password and Allow/Deny part both sign-in forms end with.
fn sign_in_fields(words: &PageWords, email: &str) -> String {
    let say = |text| escape_html(&words.say(text));
    format!(
        r#"<label for="email">{email_label}</label>
<input id="email" name="email" type="email" value="{email}" autocomplete="username" required>
<label for="password">{password_label}</label>
<input id="password" name="password" type="password" autocomplete="current-password">
<div class="buttons">
<button type="submit" name="decision" value="allow">{allow}</button>
<button type="submit" name="decision" value="deny" formnovalidate>{deny}</button>
</div>
</form>"#,
        email_label = say(PageText::EmailLabel),
        password_label = say(PageText::PasswordLabel),
        allow = say(PageText::Allow),
        deny = say(PageText::Deny),
        email = escape_html(email)
    )
}

fn page(words: &PageWords, title: PageText<'_>, body: &str) -> String {
    let name = escape_html(&words.say(PageText::SandboxName));
    format!(
        r#"<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{title} — {name}</title>
<style>
body {{ font-family: system-ui, sans-serif; background: #f3f4f6; margin: 0; }}
main {{ max-width: 26rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: .5rem; box-shadow: 0 1px 4px #0002; }}
.note {{ background: #fff7d6; padding: .5rem .75rem; border-radius: .25rem; }}
.error {{ color: #a40000; }}
label {{ display: block; margin-top: 1rem; }}
input {{ width: 100%; box-sizing: border-box; padding: .4rem; }}
.buttons {{ margin-top: 1.5rem; display: flex; gap: .75rem; }}
button {{ padding: .5rem 1.25rem; }}
</style></head>
<body><main><h1>{title}</h1>
<p><em>{name}</em></p>
{body}
</main></body></html>
"#,
        lang = escape_html(&words.lang()),
        title = escape_html(&words.say(title)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirect_uri_rules() {
        fn t(expected: bool, uri: &str) {
            assert_eq!(is_loopback_redirect_uri(uri), expected, "{uri}");
        }
        t(true, "http://localhost:8123/");
        t(true, "http://127.0.0.1:65535/");
        t(false, "http://localhost:80/");
        t(false, "http://localhost/");
        t(false, "http://localhost:8123");
        t(false, "http://localhost:8123/callback");
        t(false, "http://localhost:8123/?x=1");
        t(false, "http://localhost:8123/#f");
        t(false, "https://localhost:8123/");
        t(false, "http://[::1]:8123/");
        t(false, "http://example.com:8123/");
        t(false, "http://localhost.example.com:8123/");
        t(false, "http://user@localhost:8123/");
        t(false, "http://LOCALHOST:8123/");
        t(false, "not a url");
    }

    fn shared() -> Shared {
        Shared::new(crate::SandboxOptions::default())
    }

    fn get(shared: &Shared, query: &str) -> HttpResponse {
        let request = HttpRequest {
            method: Method::GET,
            path: "/authorize".into(),
            query: query.into(),
            content_type: String::new(),
            body: Default::default(),
        };
        handle(shared, request)
    }

    fn redirected_error(response: &HttpResponse) -> Option<String> {
        let location = response.headers().get("location")?.to_str().ok()?;
        let url = Url::parse(location).ok()?;
        url.query_pairs().find(|(name, _)| name == "error").map(|(_, value)| value.into_owned())
    }

    #[test]
    fn authorize_refusals_in_order() {
        let shared = shared();
        let base = "client_id=mailsetup-sandbox&redirect_uri=http%3A%2F%2Flocalhost%3A5000%2F\
                    &code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";
        let cases = [
            ("&response_type=code&scope=mail", None),
            ("&response_type=token&scope=mail", Some("unsupported_response_type")),
            ("&scope=mail", Some("invalid_request")),
            ("&response_type=code", Some("invalid_scope")),
            ("&response_type=code&scope=mail+calendar", Some("invalid_scope")),
            ("&response_type=code&scope=mail&state=a&state=b", Some("invalid_request")),
        ];
        for (extra, expected) in cases {
            let response = get(&shared, &format!("{base}{extra}"));
            match expected {
                None => assert_eq!(response.status(), StatusCode::OK, "{extra}"),
                Some(error) => {
                    assert_eq!(response.status(), StatusCode::FOUND, "{extra}");
                    assert_eq!(redirected_error(&response).as_deref(), Some(error), "{extra}");
                }
            }
        }
        // Two redirect URIs: neither can be trusted, so no redirect at all.
        let twice = get(
            &shared,
            &format!("{base}&response_type=code&scope=mail&redirect_uri=http%3A%2F%2Flocalhost%3A5001%2F"),
        );
        assert_eq!(twice.status(), StatusCode::BAD_REQUEST);
    }

    #[test]
    fn consent_page_escapes_and_prefills() {
        let pending = PendingAuthorization {
            client_id: "mailsetup-sandbox".into(),
            redirect_uri: "http://localhost:1/".into(),
            state: None,
            code_challenge: String::new(),
            scope: vec!["mail".into()],
            login_hint: Some(r#"a"><script>@x.test"#.into()),
            created: Instant::now(),
        };
        let page = consent_page(&PageWords::english(), &pending, None, "");
        assert!(page.contains(r#"value="a&quot;&gt;&lt;script&gt;@x.test""#));
        assert!(page.contains("nothing leaves your computer"));
        assert!(!page.contains("<script>"));
    }
}
