//! The loopback listener that catches the OAuth2 redirect (RFC 8252 §7.3).
//!
//! It binds 127.0.0.1 on a port the OS picks and keeps that socket for the
//! whole wait: probing for a free port and binding it again would race with
//! other programs. Because `localhost` may resolve to ::1 first, it also binds
//! [::1] on the same port where it can.
//!
//! Anything on this machine can connect, so every connection is treated as
//! hostile until its head is read and vetted:
//!
//! ```text
//! accept (one thread, a small tokio runtime; at most MAX_CONNECTIONS open,
//!   │     the oldest still-reading one is dropped to make room)
//!   ├─ read the head into a fixed buffer (callback::HeadReader: MAX_HEAD_BYTES,
//!   │  MAX_HEADERS, request line ≤ MAX_REQUEST_LINE_BYTES) within HEAD_READ_DEADLINE
//!   ├─ a body announced (Content-Length > 0, Transfer-Encoding, Expect)?
//!   │  → 413/417 and close, without reading the body
//!   ├─ hand the vetted head to the waiter (wait_for_callback), which only
//!   │  classifies it in memory and picks the page (ANSWER_DEADLINE)
//!   └─ write the answer, close, drain briefly (CLOSE_DEADLINE, MAX_DRAIN_BYTES)
//! ```
//!
//! Each connection is its own task, so a slow or silent client never delays
//! another one, and the waiter never touches a socket: the sign-in deadline
//! holds whatever clients do.
//!
//! Why the request side is not tiny_http's `Server` (the design card names
//! tiny_http, and it still builds and prints every response here): tiny_http
//! 0.12 cannot be made safe from outside on the request side.
//! - It reads each head line until CRLF with no length limit (a line without
//!   CRLF is buffered whole: 2 GiB sent, 2.1 GB resident), and offers no
//!   setting to bound it.
//! - When a request with an unread body is answered or dropped, it drains the
//!   body on the answering thread (ours, the waiter) with a buffer of the
//!   announced `Content-Length`: `Content-Length: 100000000000000` aborts the
//!   process on the failed allocation (tiny-http/tiny-http#290), and a body
//!   that never comes blocks the waiter past the sign-in deadline.
//! - `Server::from_listener` runs its own accept loop on the socket, and a
//!   `Request` cannot be built from a connection whose head we read
//!   ourselves (its constructor is private), so there is no point at which
//!   to put a guard in front of it.
//!
//! So the head is read here, with `httparse` (through `callback.rs`), and the
//! answer is built and printed with tiny_http's `Response` and `raw_print`,
//! as HTTP/1.0 (see [`render`] for why).
//!
//! Only our callback ends the wait: `GET /` (the redirect path, exactly) with
//! the expected `state`, each redirect parameter once, and either `code` or
//! `error`. Browsers also ask for `/favicon.ico` and may send preconnects;
//! those get 404 and the wait goes on. A wrong or missing `state` or a
//! repeated parameter gets 400 and the wait goes on. The browser tab always
//! gets a page that says what happened.

pub use super::callback::{Callback, Expected, MAX_HEAD_BYTES, MAX_HEADERS, MAX_REQUEST_LINE_BYTES, MAX_REQUEST_TARGET_BYTES};

use super::callback::{self, Head, HeadReader, Progress, Verdict};
use std::collections::VecDeque;
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Most connections open at once. Each costs at most one head buffer
/// ([`MAX_HEAD_BYTES`]), so the listener never holds more than 4 MiB
/// whatever clients send. A browser opens one or two. When all are taken,
/// the oldest connection still sending its head is dropped to make room:
/// holding sockets open cannot lock the browser out.
pub const MAX_CONNECTIONS: usize = 64;

/// How long a connection may take, from accept, to send its complete head.
/// A browser sends it at once; a client that is slower holds a slot for no
/// longer than this, then gets 408.
pub const HEAD_READ_DEADLINE: Duration = Duration::from_secs(10);

/// How long a vetted request waits for the waiter to pick its page. The
/// waiter does that in memory, so this only runs out when nobody is waiting
/// (before or after the sign-in); the tab then gets 503.
pub const ANSWER_DEADLINE: Duration = Duration::from_secs(10);

/// How long writing the answer and closing may take. After the answer the
/// listener reads and discards what the client still sends (a refused body,
/// the rest of an endless line) for up to this long or [`MAX_DRAIN_BYTES`],
/// so that closing with unread data, which makes the kernel send a reset,
/// does not destroy the answer before the client has read it.
pub const CLOSE_DEADLINE: Duration = Duration::from_secs(2);

/// Most bytes read and discarded after the answer (see [`CLOSE_DEADLINE`]).
/// Beyond it the connection is closed, reset or not.
pub const MAX_DRAIN_BYTES: usize = 64 * 1024;

/// How long stopping the listener waits for connections already past their
/// head: the tab whose redirect ended the wait still gets its page ("you
/// can close this tab") instead of a reset connection. Their own deadlines
/// bound them; this bounds the stop.
pub const STOP_GRACE: Duration = Duration::from_secs(1);

/// Pause after a failed `accept` (out of file descriptors, say), so the
/// accept loop does not spin.
const ACCEPT_RETRY_PAUSE: Duration = Duration::from_millis(50);

/// How often a waiting thread looks at the cancel flag and the deadline.
const POLL_INTERVAL: Duration = Duration::from_millis(100);

/// Why the wait ended without a callback.
#[derive(Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum WaitError {
    TimedOut(Duration),
    Cancelled,
    ListenerGone,
}

impl std::fmt::Display for WaitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            WaitError::TimedOut(timeout) => crate::tr!("signin-wait-timed-out", duration = format!("{timeout:?}")),
            WaitError::Cancelled => crate::tr!("signin-wait-cancelled"),
            WaitError::ListenerGone => crate::tr!("signin-wait-listener-gone"),
        })
    }
}

impl std::error::Error for WaitError {}

/// Why the listener could not start.
#[derive(Debug)]
pub struct ListenError(std::io::Error);

impl From<std::io::Error> for ListenError {
    fn from(error: std::io::Error) -> Self {
        ListenError(error)
    }
}

impl std::fmt::Display for ListenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::tr!("signin-listen-failed", error = self.0.to_string()))
    }
}

impl std::error::Error for ListenError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

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

/// A vetted request on its way to the waiter, with the way back for its page.
struct Vetted {
    head: Head,
    reply: tokio::sync::oneshot::Sender<Answer>,
}

/// The page a connection gets.
struct Answer {
    status: u16,
    page: String,
}

/// A listening loopback redirect endpoint.
pub struct LoopbackListener {
    port: u16,
    listening_on_ipv6: bool,
    requests: mpsc::Receiver<Vetted>,
    /// Dropping it stops the accept loop.
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl LoopbackListener {
    /// Binds 127.0.0.1:0, and [::1] on the same port where possible.
    pub fn bind() -> Result<Self, ListenError> {
        let ipv4 = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))?;
        let port = ipv4.local_addr()?.port();
        let ipv6 = TcpListener::bind(SocketAddr::from((Ipv6Addr::LOCALHOST, port))).ok();
        let listening_on_ipv6 = ipv6.is_some();
        let runtime = tokio::runtime::Builder::new_current_thread().enable_io().enable_time().build()?;
        let listeners = {
            let _context = runtime.enter();
            let mut listeners = Vec::new();
            for listener in std::iter::once(ipv4).chain(ipv6) {
                listener.set_nonblocking(true)?;
                listeners.push(tokio::net::TcpListener::from_std(listener)?);
            }
            listeners
        };
        // Bounded like the connections: each queued request belongs to one.
        let (to_waiter, requests) = mpsc::sync_channel(MAX_CONNECTIONS);
        let (stop, stopped) = tokio::sync::oneshot::channel();
        let thread = std::thread::Builder::new()
            .name("loopback-listener".into())
            .spawn(move || runtime.block_on(accept_loop(listeners, to_waiter, stopped)))?;
        Ok(Self { port, listening_on_ipv6, requests, stop: Some(stop), thread: Some(thread) })
    }

    /// The port the OS gave us.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// True when [::1] is served too.
    pub fn listening_on_ipv6(&self) -> bool {
        self.listening_on_ipv6
    }

    /// Waits for the redirect that carries `expected.state`, until `timeout`
    /// passes or `cancel` is set. `on_tick` is called about every 100 ms
    /// with the time left, for a countdown. Returns at the deadline whatever
    /// clients do: this thread never reads or writes a socket.
    pub fn wait_for_callback(
        &self,
        expected: &Expected<'_>,
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
                    if let Some(callback) = answer(request, expected) {
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
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            // The loop ends within STOP_GRACE; its runtime then drops every
            // connection and both sockets, so the port is free when this
            // returns.
            let _ = thread.join();
        }
    }
}

/// Classifies one vetted request, sends its page back to its connection and
/// returns the callback if it was ours. Memory work only.
fn answer(request: Vetted, expected: &Expected<'_>) -> Option<Callback> {
    let Vetted { head, reply } = request;
    let (verdict, callback) = callback::classify(&head.method, head.target.expose(), expected);
    // Log the path only: the query carries the code and the state.
    let path = head.target.expose().split('?').next().unwrap_or_default().chars().take(64).collect::<String>();
    tracing::debug!(?verdict, path, "loopback request");
    let (status, page) = match (&verdict, &callback) {
        (Verdict::Callback, Some(Callback::Code { .. })) => (200, pages::signed_in()),
        (Verdict::Callback, Some(Callback::Error { error, description, .. })) => {
            (200, pages::provider_refused(error, description.as_deref()))
        }
        (Verdict::Callback, Some(Callback::IssuerMismatch { .. })) => (400, pages::another_issuer()),
        (Verdict::StateMismatch, _) => (400, pages::not_waiting_for_this()),
        (Verdict::Repeated, _) => (400, pages::malformed()),
        (Verdict::WrongMethod, _) => (405, pages::not_found()),
        _ => (404, pages::not_found()),
    };
    // The connection may be gone (closed, or dropped to make room); the
    // callback still counts.
    let _ = reply.send(Answer { status, page });
    callback
}

/// One accepted connection, as the accept loop tracks it.
struct Tracked {
    task: tokio::task::AbortHandle,
    /// True until its head is complete: such a connection is the one to drop
    /// when all slots are taken.
    reading_head: Arc<AtomicBool>,
}

async fn accept_loop(
    listeners: Vec<tokio::net::TcpListener>,
    to_waiter: mpsc::SyncSender<Vetted>,
    mut stopped: tokio::sync::oneshot::Receiver<()>,
) {
    let mut open: VecDeque<Tracked> = VecDeque::with_capacity(MAX_CONNECTIONS);
    loop {
        let accepted = tokio::select! {
            _ = &mut stopped => {
                // Stop accepting, but let the answers already decided reach
                // their tabs; connections still reading a head are dropped.
                let deadline = tokio::time::Instant::now() + STOP_GRACE;
                let answering = |open: &VecDeque<Tracked>| open.iter().any(|c| !c.task.is_finished() && !c.reading_head.load(Ordering::SeqCst));
                while answering(&open) && tokio::time::Instant::now() < deadline {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
                return;
            }
            accepted = accept_any(&listeners) => accepted,
        };
        let stream = match accepted {
            Ok(stream) => stream,
            Err(error) => {
                tracing::debug!(%error, "loopback accept failed");
                tokio::time::sleep(ACCEPT_RETRY_PAUSE).await;
                continue;
            }
        };
        open.retain(|connection| !connection.task.is_finished());
        if open.len() >= MAX_CONNECTIONS {
            let victim = open.iter().position(|c| c.reading_head.load(Ordering::SeqCst)).unwrap_or(0);
            if let Some(connection) = open.remove(victim) {
                tracing::debug!("loopback: all {MAX_CONNECTIONS} slots taken, dropping the oldest");
                connection.task.abort();
            }
        }
        let reading_head = Arc::new(AtomicBool::new(true));
        let task = tokio::spawn(serve_connection(stream, to_waiter.clone(), reading_head.clone()));
        open.push_back(Tracked { task: task.abort_handle(), reading_head });
    }
}

/// The next connection on any of the listeners.
async fn accept_any(listeners: &[tokio::net::TcpListener]) -> std::io::Result<TcpStream> {
    match listeners {
        [one] => one.accept().await.map(|(stream, _)| stream),
        [first, second, ..] => tokio::select! {
            accepted = first.accept() => accepted.map(|(stream, _)| stream),
            accepted = second.accept() => accepted.map(|(stream, _)| stream),
        },
        [] => std::future::pending().await,
    }
}

/// Reads, vets, answers and closes one connection.
async fn serve_connection(mut stream: TcpStream, to_waiter: mpsc::SyncSender<Vetted>, reading_head: Arc<AtomicBool>) {
    let head = match tokio::time::timeout(HEAD_READ_DEADLINE, read_head(&mut stream)).await {
        Err(_elapsed) => return finish(&mut stream, Answer { status: 408, page: pages::refused(408) }, false).await,
        // Closed or failed before the head was complete: nobody to answer.
        Ok(Err(_) | Ok(None)) => return,
        Ok(Ok(Some(Err(refusal)))) => {
            tracing::debug!(?refusal, "loopback request refused");
            let status = refusal.status();
            return finish(&mut stream, Answer { status, page: pages::refused(status) }, false).await;
        }
        Ok(Ok(Some(Ok(head)))) => head,
    };
    reading_head.store(false, Ordering::SeqCst);
    let head_only = head.method == "HEAD";
    let (reply, answered) = tokio::sync::oneshot::channel();
    let answer = match to_waiter.try_send(Vetted { head, reply }) {
        Ok(()) => match tokio::time::timeout(ANSWER_DEADLINE, answered).await {
            Ok(Ok(answer)) => answer,
            _ => Answer { status: 503, page: pages::not_waiting() },
        },
        Err(_full_or_gone) => Answer { status: 503, page: pages::not_waiting() },
    };
    finish(&mut stream, answer, head_only).await;
}

/// Reads one head: `None` when the client closed before completing it.
async fn read_head(stream: &mut TcpStream) -> std::io::Result<Option<Result<Head, callback::Refusal>>> {
    let mut reader = HeadReader::new();
    loop {
        let read = stream.read(reader.spare()).await?;
        if read == 0 {
            return Ok(None);
        }
        if let Progress::Done(outcome) = reader.advance(read) {
            return Ok(Some(outcome));
        }
    }
}

/// Writes the answer, says we are done (FIN), and drains for a moment
/// before the socket closes (see [`CLOSE_DEADLINE`]).
async fn finish(stream: &mut TcpStream, answer: Answer, head_only: bool) {
    let bytes = render(answer, head_only);
    let _ = tokio::time::timeout(CLOSE_DEADLINE, async {
        stream.write_all(&bytes).await?;
        stream.shutdown().await?;
        let mut discard = [0u8; 4096];
        let mut drained = 0;
        while drained < MAX_DRAIN_BYTES {
            match stream.read(&mut discard).await? {
                0 => break,
                read => drained += read,
            }
        }
        Ok::<(), std::io::Error>(())
    })
    .await;
}

/// The whole response, as tiny_http prints it (status line, `Date`,
/// `Content-Length`, our headers, the page).
///
/// It is an HTTP/1.0 response whatever the request's version: tiny_http's
/// `Response` silently drops a `Connection` header, and in HTTP/1.0 a
/// response without `Connection: keep-alive` tells the client that the
/// connection closes after it (RFC 9112 §9.3), which is what happens.
fn render(answer: Answer, head_only: bool) -> Vec<u8> {
    let header = |name: &str, value: &str| tiny_http::Header::from_bytes(name, value).expect("static header is valid");
    let response = tiny_http::Response::from_string(answer.page)
        .with_status_code(answer.status)
        .with_header(header("Server", "mailsetup"))
        .with_header(header("Content-Type", "text/html; charset=utf-8"))
        .with_header(header("Cache-Control", "no-store"))
        // The tab's address holds the code; nothing on the page may pass it on.
        .with_header(header("Referrer-Policy", "no-referrer"));
    let mut bytes = Vec::new();
    // Our own headers only: the client's (a `TE` asking for chunking, say)
    // have no say in how a fixed page is sent.
    let printed = response.raw_print(&mut bytes, tiny_http::HTTPVersion(1, 0), &[], head_only, None);
    debug_assert!(printed.is_ok(), "printing into memory cannot fail");
    bytes
}

/// The pages the browser tab shows, in the user's language. The messages
/// are plain text, escaped here; the markup is the page's own.
mod pages {
    fn page(title: &str, body: &str) -> String {
        let lang = escape(&crate::i18n::current_tag());
        let title = escape(title);
        format!(
            "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title>\
             <style>body{{font-family:system-ui,sans-serif;max-width:36em;margin:4em auto;line-height:1.5;padding:0 1em}}</style>\
             </head><body><h1>{title}</h1>{body}</body></html>"
        )
    }

    fn escape(text: &str) -> String {
        text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
    }

    /// One paragraph of translated text.
    fn paragraph(text: &str) -> String {
        format!("<p>{}</p>", escape(text))
    }

    pub fn signed_in() -> String {
        page(&crate::tr!("signin-page-signed-in-title"), &paragraph(&crate::tr!("signin-page-signed-in")))
    }

    pub fn provider_refused(error: &str, description: Option<&str>) -> String {
        let description = description.map(|d| format!("<p>{}</p>", escape(d))).unwrap_or_default();
        // The code goes in as a private-use character, so that the sentence
        // around it is escaped whole and the code is marked up as code.
        const CODE: &str = "\u{E000}";
        let answered = paragraph(&crate::tr!("signin-page-provider-answered", error = CODE)).replace(CODE, &format!("<code>{}</code>", escape(error)));
        let explained = paragraph(&crate::tr!("signin-page-provider-explained"));
        page(&crate::tr!("signin-page-not-complete-title"), &format!("{answered}{description}{explained}"))
    }

    pub fn another_issuer() -> String {
        page(&crate::tr!("signin-page-not-complete-title"), &paragraph(&crate::tr!("signin-page-another-issuer")))
    }

    pub fn not_waiting_for_this() -> String {
        page(&crate::tr!("signin-page-not-this-title"), &paragraph(&crate::tr!("signin-page-not-this")))
    }

    pub fn malformed() -> String {
        page(&crate::tr!("signin-page-malformed-title"), &paragraph(&crate::tr!("signin-page-malformed")))
    }

    pub fn not_waiting() -> String {
        page(&crate::tr!("signin-page-not-waiting-title"), &paragraph(&crate::tr!("signin-page-not-waiting")))
    }

    pub fn refused(status: u16) -> String {
        page(&crate::tr!("signin-page-refused-title"), &paragraph(&crate::tr!("signin-page-refused", status = status.to_string())))
    }

    pub fn not_found() -> String {
        page(&crate::tr!("signin-page-not-found-title"), &paragraph(&crate::tr!("signin-page-not-found")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_provider_words_in_the_page() {
        let html = pages::provider_refused("<script>", Some("a & b"));
        assert!(html.contains("&lt;script&gt;") && html.contains("a &amp; b"));
        assert!(!html.contains("<script>"));
    }

    #[test]
    fn renders_a_complete_http_1_0_response() {
        let text = String::from_utf8(render(Answer { status: 404, page: "x".into() }, false)).unwrap();
        assert!(text.starts_with("HTTP/1.0 404 Not Found\r\n"), "{text}");
        assert!(text.contains("Content-Length: 1\r\n") && text.contains("Cache-Control: no-store\r\n") && text.ends_with("\r\n\r\nx"), "{text}");
        assert!(!text.contains("keep-alive"), "{text}");
        // A page longer than tiny_http's chunking threshold is still sent whole.
        let text = String::from_utf8(render(Answer { status: 200, page: "y".repeat(40_000) }, false)).unwrap();
        assert!(text.contains("Content-Length: 40000\r\n") && !text.contains("chunked"), "{text:.300}");
        let text = String::from_utf8(render(Answer { status: 200, page: "x".into() }, true)).unwrap();
        assert!(text.starts_with("HTTP/1.0 200 ") && text.ends_with("\r\n\r\n"), "{text}");
    }
}
