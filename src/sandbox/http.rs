//! The small HTTP/1.1 layer under the authorization and token endpoints:
//! hyper per connection, optional TLS, a body cap, and synchronous handlers.

use super::Service;
use http_body_util::{BodyExt as _, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue, LOCATION, PRAGMA};
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

/// Largest request body read. Forms here are a few hundred bytes; the cap is
/// there for malfunctioning clients, not attackers (the listener is loopback).
const MAX_BODY_BYTES: usize = 64 * 1024;

/// How long a client may take to send its request headers or finish TLS.
const REQUEST_DEADLINE: Duration = Duration::from_secs(30);

/// A request as the handlers see it: the body already read.
#[derive(Debug)]
pub(crate) struct HttpRequest {
    pub method: Method,
    pub path: String,
    pub query: String,
    pub content_type: String,
    pub body: Bytes,
}

/// The response type every handler returns.
pub(crate) type HttpResponse = Response<Full<Bytes>>;

/// A synchronous request handler.
pub(crate) type Handler = Arc<dyn Fn(HttpRequest) -> HttpResponse + Send + Sync>;

/// Accepts connections until the runtime stops, serving each with hyper.
/// `tls` wraps every connection from its first byte; `black_hole` accepts and
/// then never answers.
pub(crate) async fn serve(
    service: Service,
    listener: TcpListener,
    tls: Option<TlsAcceptor>,
    black_hole: bool,
    handler: Handler,
) {
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(accepted) => accepted,
            Err(error) => {
                tracing::warn!(%service, %error, "accept failed");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        tracing::debug!(%service, %peer, "connection");
        if black_hole {
            tokio::spawn(super::hold_forever(stream));
            continue;
        }
        let handler = handler.clone();
        let tls = tls.clone();
        tokio::spawn(async move {
            let svc = service_fn(move |request: Request<Incoming>| {
                let handler = handler.clone();
                async move { Ok::<_, Infallible>(read_and_handle(request, &handler).await) }
            });
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder.timer(TokioTimer::new()).header_read_timeout(REQUEST_DEADLINE);
            let result = match tls {
                None => builder.serve_connection(TokioIo::new(stream), svc).await,
                Some(acceptor) => match tokio::time::timeout(REQUEST_DEADLINE, acceptor.accept(stream)).await {
                    Ok(Ok(tls_stream)) => builder.serve_connection(TokioIo::new(tls_stream), svc).await,
                    Ok(Err(error)) => {
                        tracing::debug!(%service, %peer, %error, "TLS handshake failed");
                        return;
                    }
                    Err(_elapsed) => return,
                },
            };
            if let Err(error) = result {
                tracing::debug!(%service, %peer, %error, "connection ended with an error");
            }
        });
    }
}

async fn read_and_handle(request: Request<Incoming>, handler: &Handler) -> HttpResponse {
    let (parts, body) = request.into_parts();
    let body = match Limited::new(body, MAX_BODY_BYTES).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(_) => return text(StatusCode::PAYLOAD_TOO_LARGE, "request body too large or unreadable"),
    };
    let content_type =
        parts.headers.get(CONTENT_TYPE).and_then(|value| value.to_str().ok()).unwrap_or_default().to_owned();
    // Paths and parameter names only: query values hold codes and state.
    tracing::debug!(method = %parts.method, path = parts.uri.path(), "request");
    handler(HttpRequest {
        method: parts.method,
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().unwrap_or_default().to_owned(),
        content_type,
        body,
    })
}

fn response(status: StatusCode, content_type: &'static str, body: impl Into<Bytes>) -> HttpResponse {
    let mut response = Response::new(Full::new(body.into()));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    // Nothing here may be cached: pages carry request ids, JSON carries tokens.
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(PRAGMA, HeaderValue::from_static("no-cache"));
    headers.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    response
}

/// A plain-text response.
pub(crate) fn text(status: StatusCode, body: &str) -> HttpResponse {
    response(status, "text/plain; charset=utf-8", body.to_owned())
}

/// An HTML page.
pub(crate) fn html(status: StatusCode, body: String) -> HttpResponse {
    response(status, "text/html; charset=utf-8", body)
}

/// A JSON body.
pub(crate) fn json(status: StatusCode, value: &serde_json::Value) -> HttpResponse {
    response(status, "application/json", value.to_string())
}

/// A `302 Found` to `location`.
pub(crate) fn redirect(location: &str) -> HttpResponse {
    let mut response = response(StatusCode::FOUND, "text/plain; charset=utf-8", "Redirecting to the application.");
    match HeaderValue::from_str(location) {
        Ok(value) => {
            response.headers_mut().insert(LOCATION, value);
            response
        }
        Err(_) => text(StatusCode::INTERNAL_SERVER_ERROR, "cannot build the redirect"),
    }
}

/// Form or query parameters, refusing repeats (RFC 6749 §3.1: "Request and
/// response parameters MUST NOT be included more than once").
#[derive(Debug)]
pub(crate) struct Params(Vec<(String, String)>);

/// A parameter given twice.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Repeated(pub String);

impl Params {
    /// Parses `application/x-www-form-urlencoded` text.
    pub fn parse(input: &[u8]) -> Self {
        Self(url::form_urlencoded::parse(input).into_owned().collect())
    }

    /// The value of `name`, if given once; empty values count as absent
    /// (RFC 6749 §3.1: "parameters sent without a value MUST be treated as if
    /// they were omitted").
    pub fn get(&self, name: &str) -> Result<Option<&str>, Repeated> {
        let mut values = self.0.iter().filter(|(key, value)| key == name && !value.is_empty());
        let first = values.next().map(|(_, value)| value.as_str());
        if values.next().is_some() {
            return Err(Repeated(name.to_owned()));
        }
        Ok(first)
    }

    /// True when any parameter name appears twice.
    pub fn first_repeated(&self) -> Option<Repeated> {
        let mut seen = std::collections::HashSet::new();
        self.0.iter().find(|(key, _)| !seen.insert(key.as_str())).map(|(key, _)| Repeated(key.clone()))
    }
}

/// Escapes text for HTML element content and attribute values.
pub(crate) fn escape_html(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_treat_empty_as_absent_and_refuse_repeats() {
        let params = Params::parse(b"a=1&b=&c=x+y%21&a=2");
        assert_eq!(params.get("a"), Err(Repeated("a".into())));
        assert_eq!(params.get("b"), Ok(None));
        assert_eq!(params.get("c"), Ok(Some("x y!")));
        assert_eq!(params.get("d"), Ok(None));
        assert_eq!(params.first_repeated(), Some(Repeated("a".into())));
    }

    #[test]
    fn escapes_html() {
        assert_eq!(escape_html(r#"<a href="x">'&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }
}
