//! The loopback listener that catches the OAuth2 redirect (RFC 8252 §7.3).
//!
//! It binds 127.0.0.1 on a port the OS picks and keeps that socket for the
//! whole wait: probing for a free port and binding it again would race with
//! other programs. Because `localhost` may resolve to ::1 first, it also binds
//! [::1] on the same port where it can. Each socket gets its own thread that
//! hands requests to the waiter over a channel, so the waiter can watch the
//! deadline and the cancel flag.
//!
//! Only our callback ends the wait: `GET /` (the redirect path) with the
//! expected `state` and either `code` or `error`. Browsers also ask for
//! `/favicon.ico` and may send preconnects; those get 404 and the wait goes
//! on. A wrong or missing `state` gets 400 and the wait goes on. The browser
//! tab always gets a page that says what happened.

use crate::secret::Secret;
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Longest request target we read; a real redirect is far shorter. Anything
/// larger is junk or an attack and gets 414.
pub const MAX_REQUEST_TARGET_BYTES: usize = 8 * 1024;

/// How often a waiting thread looks at the cancel flag and the deadline.
const POLL_INTERVAL: Duration = Duration::from_millis(100);

/// What the provider sent back to the redirect URI.
#[derive(Debug)]
pub enum Callback {
    /// The user approved; `code` is single-use and short-lived.
    Code { code: Secret, issuer: Option<String> },
    /// The provider refused, with its own words.
    Error { error: String, description: Option<String>, uri: Option<String> },
}

/// Why the wait ended without a callback.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum WaitError {
    #[error("the browser did not come back within {0:?}")]
    TimedOut(Duration),
    #[error("sign-in was cancelled")]
    Cancelled,
    #[error("the loopback listener stopped unexpectedly")]
    ListenerGone,
}

/// Why the listener could not start.
#[derive(Debug, thiserror::Error)]
#[error("cannot listen on 127.0.0.1 for the sign-in redirect: {0}")]
pub struct ListenError(#[from] std::io::Error);

/// A cancellation flag shared between the UI and a running step.
#[derive(Clone, Debug, Default)]
pub struct CancelFlag(Arc<AtomicBool>);

impl CancelFlag {
    /// A flag that is not set.
    pub fn new() -> Self {
        Self::default()
    }
    /// Asks the running work to stop at its next check.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }
    /// True once `cancel` was called.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// A listening loopback redirect endpoint.
pub struct LoopbackListener {
    port: u16,
    servers: Vec<Arc<tiny_http::Server>>,
    threads: Vec<JoinHandle<()>>,
    requests: mpsc::Receiver<tiny_http::Request>,
    stop: Arc<AtomicBool>,
    listening_on_ipv6: bool,
}

impl LoopbackListener {
    /// Binds 127.0.0.1:0, and [::1] on the same port where possible.
    pub fn bind() -> Result<Self, ListenError> {
        let ipv4 = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))?;
        let port = ipv4.local_addr()?.port();
        let ipv6 = TcpListener::bind(SocketAddr::from((Ipv6Addr::LOCALHOST, port))).ok();
        let listening_on_ipv6 = ipv6.is_some();
        let (sender, requests) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let mut servers = Vec::new();
        let mut threads = Vec::new();
        for listener in std::iter::once(ipv4).chain(ipv6) {
            let server = Arc::new(
                tiny_http::Server::from_listener(listener, None).map_err(|e| std::io::Error::other(e.to_string()))?,
            );
            let (server_for_thread, sender, stop) = (server.clone(), sender.clone(), stop.clone());
            threads.push(std::thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    match server_for_thread.recv_timeout(POLL_INTERVAL) {
                        Ok(Some(request)) => {
                            if sender.send(request).is_err() {
                                break;
                            }
                        }
                        Ok(None) => {}
                        Err(_) => break,
                    }
                }
            }));
            servers.push(server);
        }
        Ok(Self { port, servers, threads, requests, stop, listening_on_ipv6 })
    }

    /// The port the OS gave us.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// True when [::1] is served too.
    pub fn listening_on_ipv6(&self) -> bool {
        self.listening_on_ipv6
    }

    /// Waits for the redirect that carries `expected_state`, until `timeout`
    /// passes or `cancel` is set. `on_tick` is called about every 100 ms
    /// with the time left, for a countdown.
    pub fn wait_for_callback(
        &self,
        expected_state: &str,
        timeout: Duration,
        cancel: &CancelFlag,
        on_tick: &mut dyn FnMut(Duration),
    ) -> Result<Callback, WaitError> {
        let deadline = Instant::now() + timeout;
        loop {
            if cancel.is_cancelled() {
                return Err(WaitError::Cancelled);
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(WaitError::TimedOut(timeout));
            }
            on_tick(deadline - now);
            match self.requests.recv_timeout(POLL_INTERVAL.min(deadline - now)) {
                Ok(request) => {
                    if let Some(callback) = answer(request, expected_state) {
                        return Ok(callback);
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => return Err(WaitError::ListenerGone),
            }
        }
    }
}

impl Drop for LoopbackListener {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        for server in &self.servers {
            server.unblock();
        }
        for thread in self.threads.drain(..) {
            let _ = thread.join();
        }
    }
}

/// What a request turned out to be.
#[derive(Debug, PartialEq, Eq)]
enum Verdict {
    NotOurs,
    TooLarge,
    WrongMethod,
    StateMismatch,
    Callback,
}

/// Answers one request and returns the callback if it was ours.
fn answer(request: tiny_http::Request, expected_state: &str) -> Option<Callback> {
    let (verdict, callback) = classify(request.method(), request.url(), expected_state);
    // Log the path only: the query carries the code and the state.
    let path = request.url().split('?').next().unwrap_or_default().chars().take(64).collect::<String>();
    tracing::debug!(?verdict, path, "loopback request");
    let (status, page) = match (&verdict, &callback) {
        (Verdict::Callback, Some(Callback::Code { .. })) => (200, pages::signed_in()),
        (Verdict::Callback, Some(Callback::Error { error, description, .. })) => {
            (200, pages::provider_refused(error, description.as_deref()))
        }
        (Verdict::StateMismatch, _) => (400, pages::not_waiting_for_this()),
        (Verdict::TooLarge, _) => (414, pages::not_found()),
        (Verdict::WrongMethod, _) => (405, pages::not_found()),
        _ => (404, pages::not_found()),
    };
    let header = tiny_http::Header::from_bytes("Content-Type", "text/html; charset=utf-8").expect("static header is valid");
    let no_store = tiny_http::Header::from_bytes("Cache-Control", "no-store").expect("static header is valid");
    let response = tiny_http::Response::from_string(page).with_status_code(status).with_header(header).with_header(no_store);
    let _ = request.respond(response);
    callback
}

/// Decides what a request is, without any I/O, so it can be table-tested.
fn classify(method: &tiny_http::Method, target: &str, expected_state: &str) -> (Verdict, Option<Callback>) {
    if target.len() > MAX_REQUEST_TARGET_BYTES {
        return (Verdict::TooLarge, None);
    }
    let Ok(url) = url::Url::parse("http://loopback").and_then(|base| base.join(target)) else {
        return (Verdict::NotOurs, None);
    };
    if url.path() != "/" {
        return (Verdict::NotOurs, None);
    }
    if *method != tiny_http::Method::Get {
        return (Verdict::WrongMethod, None);
    }
    let mut state = None;
    let mut code = None;
    let mut error = None;
    let mut description = None;
    let mut error_uri = None;
    let mut issuer = None;
    for (key, value) in url.query_pairs() {
        match key.as_ref() {
            "state" => state = Some(value.into_owned()),
            "code" => code = Some(Secret::new(value.into_owned())),
            "error" => error = Some(value.into_owned()),
            "error_description" => description = Some(value.into_owned()),
            "error_uri" => error_uri = Some(value.into_owned()),
            "iss" => issuer = Some(value.into_owned()),
            _ => {}
        }
    }
    if code.is_none() && error.is_none() {
        return (Verdict::NotOurs, None);
    }
    // Constant-time comparison is not needed: the state is single-use and a
    // wrong guess only earns a 400 while the real redirect is still awaited.
    if state.as_deref() != Some(expected_state) {
        return (Verdict::StateMismatch, None);
    }
    let callback = match (error, code) {
        (Some(error), _) => Callback::Error { error, description, uri: error_uri },
        (None, Some(code)) => Callback::Code { code, issuer },
        (None, None) => unreachable!("checked above"),
    };
    (Verdict::Callback, Some(callback))
}

/// The pages the browser tab shows.
mod pages {
    fn page(title: &str, body: &str) -> String {
        format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>\
             <style>body{{font-family:system-ui,sans-serif;max-width:36em;margin:4em auto;line-height:1.5;padding:0 1em}}</style>\
             </head><body><h1>{title}</h1>{body}</body></html>"
        )
    }

    fn escape(text: &str) -> String {
        text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
    }

    pub fn signed_in() -> String {
        page(
            "You are signed in",
            "<p>Mail Setup has what it needs. You can close this tab and return to Mail Setup.</p>",
        )
    }

    pub fn provider_refused(error: &str, description: Option<&str>) -> String {
        let description = description.map(|d| format!("<p>{}</p>", escape(d))).unwrap_or_default();
        page(
            "Sign-in did not complete",
            &format!(
                "<p>Your provider answered <code>{}</code>.</p>{description}\
                 <p>Return to Mail Setup: it explains what this means and what to do next.</p>",
                escape(error)
            ),
        )
    }

    pub fn not_waiting_for_this() -> String {
        page(
            "This sign-in is not the one Mail Setup is waiting for",
            "<p>The link does not match the sign-in Mail Setup started. It may be from an earlier attempt. \
             Return to Mail Setup and start the sign-in again from there.</p>",
        )
    }

    pub fn not_found() -> String {
        page("Not found", "<p>Nothing here.</p>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tiny_http::Method;

    fn verdict(method: Method, target: &str) -> Verdict {
        classify(&method, target, "expected-state").0
    }

    #[test]
    fn classifies_requests() {
        assert_eq!(verdict(Method::Get, "/favicon.ico"), Verdict::NotOurs);
        assert_eq!(verdict(Method::Get, "/"), Verdict::NotOurs);
        assert_eq!(verdict(Method::Get, "/?code=abc"), Verdict::StateMismatch);
        assert_eq!(verdict(Method::Get, "/?code=abc&state=other"), Verdict::StateMismatch);
        assert_eq!(verdict(Method::Post, "/?code=abc&state=expected-state"), Verdict::WrongMethod);
        assert_eq!(verdict(Method::Get, "/?code=abc&state=expected-state"), Verdict::Callback);
        assert_eq!(verdict(Method::Get, "/?error=access_denied&state=expected-state"), Verdict::Callback);
        assert_eq!(verdict(Method::Get, "/callback?code=abc&state=expected-state"), Verdict::NotOurs);
        let long = format!("/?code={}&state=expected-state", "a".repeat(MAX_REQUEST_TARGET_BYTES));
        assert_eq!(verdict(Method::Get, &long), Verdict::TooLarge);
    }

    #[test]
    fn parses_an_error_response() {
        let (_, callback) = classify(
            &Method::Get,
            "/?error=access_denied&error_description=AADSTS65004%3A+User+declined+to+consent&state=expected-state",
            "expected-state",
        );
        match callback {
            Some(Callback::Error { error, description, .. }) => {
                assert_eq!(error, "access_denied");
                assert_eq!(description.as_deref(), Some("AADSTS65004: User declined to consent"));
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn escapes_provider_words_in_the_page() {
        let html = pages::provider_refused("<script>", Some("a & b"));
        assert!(html.contains("&lt;script&gt;") && html.contains("a &amp; b"));
        assert!(!html.contains("<script>"));
    }
}
