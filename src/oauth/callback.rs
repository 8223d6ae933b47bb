//! The bytes a client sends to the loopback listener, judged without any
//! I/O: the request head, read under hard limits, and the decision whether a
//! request is the sign-in redirect we wait for.
//!
//! The socket side lives in `loopback.rs`; this file depends only on std,
//! `httparse`, `url`, `zeroize` and `crate::secret`, so the fuzz target
//! (`fuzz/fuzz_targets/loopback_head.rs`) compiles it on its own, and the
//! checks it makes (`fuzz/loopback_invariants.rs`) also run in `cargo test`
//! over `fuzz/corpus/loopback_head`.
//!
//! The head is parsed by `httparse`. Everything that announces a body
//! (`Content-Length` above 0, `Transfer-Encoding`, `Expect`) is refused as
//! soon as the head is complete: the redirect is a plain `GET`, and a body we
//! would have to wait for is how a client stalls a listener.

use crate::secret::Secret;
use zeroize::Zeroize;

/// Most bytes of one request head (request line and all headers) held for a
/// connection, and so the most memory one connection costs us. A browser's
/// redirect is well under 4 KiB; the rest leaves room for cookies the
/// browser sends to `localhost` from other local web apps (nginx and Node
/// refuse at 16–32 KiB). A head that is not complete by then gets 431.
pub const MAX_HEAD_BYTES: usize = 64 * 1024;

/// Most header fields in one head. Browsers send about 20; more is junk and
/// gets 431.
pub const MAX_HEADERS: usize = 100;

/// Longest request target (path and query) accepted. A real redirect (code,
/// state, iss, perhaps a long `error_description`) is far shorter; anything
/// longer gets 414.
pub const MAX_REQUEST_TARGET_BYTES: usize = 8 * 1024;

/// Longest request line: the target plus room for the method and the
/// version. A first line that runs past this without its newline is refused
/// with 414 at once, without reading the rest of it.
pub const MAX_REQUEST_LINE_BYTES: usize = MAX_REQUEST_TARGET_BYTES + 64;

/// The path of the redirect URI we register (`http://localhost:<port>/`).
/// The raw request target must have exactly this path: no normalisation,
/// so `/a/..` or `//` are not ours.
pub const REDIRECT_PATH: &str = "/";

/// What the provider sent back to the redirect URI.
#[derive(Debug)]
pub enum Callback {
    /// The user approved; `code` is single-use and short-lived.
    Code { code: Secret, issuer: Option<String> },
    /// The provider refused, with its own words.
    Error { error: String, description: Option<String>, uri: Option<String> },
    /// The redirect carried our `state` but its RFC 9207 `iss` names another
    /// server than the one the user was sent to: a mix-up attack may be
    /// under way, so the code was dropped unused.
    IssuerMismatch { issuer: String },
}

/// What the redirect must carry to be the one we wait for.
#[derive(Debug, Clone, Copy)]
pub struct Expected<'a> {
    /// The `state` sent with the authorization request.
    pub state: &'a str,
    /// The authorization endpoint the user was sent to. When the redirect
    /// has an `iss` (RFC 9207), it must name the same server (scheme, host
    /// and port). `None` checks nothing.
    pub issuer: Option<&'a url::Url>,
}

/// A complete request head that announces no body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub method: String,
    /// The raw request target, as sent. It may carry the authorization
    /// code, hence a [`Secret`].
    pub target: Secret,
    /// 0 for HTTP/1.0, 1 for HTTP/1.1.
    pub http_minor: u8,
}

/// Why a head was refused before it reached the waiter. The connection gets
/// the status and is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not HTTP/1.x, or bytes httparse does not accept.
    Malformed,
    /// The request line (or its target) is longer than the limits above.
    RequestLineTooLong,
    /// The head exceeds [`MAX_HEAD_BYTES`] or [`MAX_HEADERS`].
    HeadTooLarge,
    /// The request announces a body (`Content-Length` > 0 or
    /// `Transfer-Encoding`).
    HasBody,
    /// The request carries `Expect` (typically `100-continue`).
    Expectation,
}

impl Refusal {
    /// The HTTP status sent back.
    pub fn status(self) -> u16 {
        match self {
            Refusal::Malformed => 400,
            Refusal::RequestLineTooLong => 414,
            Refusal::HeadTooLarge => 431,
            Refusal::HasBody => 413,
            Refusal::Expectation => 417,
        }
    }
}

/// What the bytes so far amount to.
#[derive(Debug, PartialEq, Eq)]
pub enum Progress {
    /// The head is not complete yet: read more into [`HeadReader::spare`].
    NeedMore,
    /// The head is complete (or refused); read no further.
    Done(Result<Head, Refusal>),
}

/// Collects one request head into a fixed buffer of [`MAX_HEAD_BYTES`].
///
/// Each byte is looked at a bounded number of times: the reader scans only
/// the newly read bytes for the end of the head and calls httparse once,
/// when it is there (or the buffer is full), so a head sent one byte at a
/// time costs no more than one sent at once. The result depends only on the
/// bytes, never on how they were split into reads (the fuzz target checks
/// that).
pub struct HeadReader {
    buf: Vec<u8>,
    filled: usize,
    /// Index of the first `\n`, once seen.
    first_newline: Option<usize>,
}

impl Default for HeadReader {
    fn default() -> Self {
        Self::new()
    }
}

impl HeadReader {
    pub fn new() -> Self {
        Self { buf: vec![0; MAX_HEAD_BYTES], filled: 0, first_newline: None }
    }

    /// Where the next read goes. Never empty while [`HeadReader::advance`]
    /// has said [`Progress::NeedMore`].
    pub fn spare(&mut self) -> &mut [u8] {
        &mut self.buf[self.filled..]
    }

    /// Takes note of `read` more bytes written into [`HeadReader::spare`].
    /// `read` must not exceed what `spare` offered; 0 (end of stream) gives
    /// `NeedMore` and the caller closes.
    pub fn advance(&mut self, read: usize) -> Progress {
        let before = self.filled;
        self.filled = (self.filled + read).min(self.buf.len());
        if self.first_newline.is_none() {
            self.first_newline = self.buf[before..self.filled].iter().position(|&b| b == b'\n').map(|i| before + i);
        }
        // The first line's length, as far as it is known.
        let first_line = self.first_newline.unwrap_or(self.filled);
        if first_line > MAX_REQUEST_LINE_BYTES {
            return Progress::Done(Err(Refusal::RequestLineTooLong));
        }
        // Look for the blank line only where new bytes could complete one
        // (it is `\n\n` or `\n\r\n`, so two old bytes are looked at again).
        if let Some(end) = head_end(&self.buf[..self.filled], before.saturating_sub(2)) {
            return Progress::Done(vet(&self.buf[..end]));
        }
        if self.filled == self.buf.len() {
            return Progress::Done(Err(Refusal::HeadTooLarge));
        }
        Progress::NeedMore
    }
}

impl Drop for HeadReader {
    fn drop(&mut self) {
        // The bytes read may hold the authorization code; the rest of the
        // buffer was never written.
        self.buf[..self.filled].zeroize();
    }
}

/// The index just past the first blank line at or after `from`.
fn head_end(bytes: &[u8], from: usize) -> Option<usize> {
    (from..bytes.len()).find_map(|i| match &bytes[i..] {
        [b'\n', b'\n', ..] => Some(i + 2),
        [b'\n', b'\r', b'\n', ..] => Some(i + 3),
        _ => None,
    })
}

/// Parses a complete head (it ends with its blank line) and refuses what we
/// do not take.
fn vet(head: &[u8]) -> Result<Head, Refusal> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut request = httparse::Request::new(&mut headers);
    match request.parse(head) {
        Ok(httparse::Status::Complete(_)) => {}
        // Only empty lines before the request line leave it partial here.
        Ok(httparse::Status::Partial) => return Err(Refusal::Malformed),
        Err(httparse::Error::TooManyHeaders) => return Err(Refusal::HeadTooLarge),
        Err(_) => return Err(Refusal::Malformed),
    }
    let (Some(method), Some(target), Some(http_minor)) = (request.method, request.path, request.version) else {
        return Err(Refusal::Malformed);
    };
    if target.len() > MAX_REQUEST_TARGET_BYTES {
        return Err(Refusal::RequestLineTooLong);
    }
    for header in request.headers.iter() {
        let name = header.name;
        if name.eq_ignore_ascii_case("content-length") {
            let value = header.value.trim_ascii();
            if value.is_empty() || !value.iter().all(u8::is_ascii_digit) {
                return Err(Refusal::Malformed);
            }
            // Digits only, so any non-zero digit means a body, however long
            // the number (no parsing, no overflow).
            if value.iter().any(|&b| b != b'0') {
                return Err(Refusal::HasBody);
            }
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            return Err(Refusal::HasBody);
        } else if name.eq_ignore_ascii_case("expect") {
            return Err(Refusal::Expectation);
        }
    }
    Ok(Head { method: method.to_owned(), target: Secret::new(target), http_minor })
}

/// What a request turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Another path, or our path without `code` or `error`: 404.
    NotOurs,
    /// Our path with a method other than GET: 405.
    WrongMethod,
    /// A redirect parameter given twice (RFC 6749 §3.1 forbids it): 400.
    Repeated,
    /// `state` missing or not ours: 400.
    StateMismatch,
    /// The redirect we wait for; the wait ends with the callback.
    Callback,
}

/// The redirect parameters we read; each may appear at most once.
const REDIRECT_PARAMETERS: [&str; 6] = ["code", "state", "error", "error_description", "error_uri", "iss"];

/// Decides what a request is. The callback is returned only with
/// [`Verdict::Callback`].
pub fn classify(method: &str, target: &str, expected: &Expected<'_>) -> (Verdict, Option<Callback>) {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    if path != REDIRECT_PATH {
        return (Verdict::NotOurs, None);
    }
    if method != "GET" {
        return (Verdict::WrongMethod, None);
    }
    let mut values: [Option<String>; REDIRECT_PARAMETERS.len()] = Default::default();
    for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
        if let Some(slot) = REDIRECT_PARAMETERS.iter().position(|name| *name == key) {
            if values[slot].is_some() {
                return (Verdict::Repeated, None);
            }
            values[slot] = Some(value.into_owned());
        }
    }
    let [code, state, error, description, error_uri, issuer] = values;
    let code = code.map(Secret::new);
    if code.is_none() && error.is_none() {
        return (Verdict::NotOurs, None);
    }
    // Constant-time comparison is not needed: the state is single-use and a
    // wrong guess only earns a 400 while the real redirect is still awaited.
    if state.as_deref() != Some(expected.state) {
        return (Verdict::StateMismatch, None);
    }
    let callback = match (error, code, issuer) {
        (Some(error), _, _) => Callback::Error { error, description, uri: error_uri },
        (None, Some(_), Some(issuer)) if expected.issuer.is_some_and(|server| !same_issuer(&issuer, server)) => {
            Callback::IssuerMismatch { issuer }
        }
        (None, Some(code), issuer) => Callback::Code { code, issuer },
        (None, None, _) => unreachable!("checked above"),
    };
    (Verdict::Callback, Some(callback))
}

/// True when an RFC 9207 `iss` value names the same server (scheme, host
/// and port) as the authorization endpoint we sent the user to.
pub fn same_issuer(issuer: &str, authorize_url: &url::Url) -> bool {
    url::Url::parse(issuer).is_ok_and(|issuer| issuer.origin() == authorize_url.origin())
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXPECTED: Expected<'static> = Expected { state: "expected-state", issuer: None };

    fn verdict(method: &str, target: &str) -> Verdict {
        classify(method, target, &EXPECTED).0
    }

    /// Feeds `bytes` in one go and returns the outcome.
    fn read_all(bytes: &[u8]) -> Progress {
        let mut reader = HeadReader::new();
        let n = bytes.len().min(reader.spare().len());
        reader.spare()[..n].copy_from_slice(&bytes[..n]);
        reader.advance(n)
    }

    fn refusal(bytes: &[u8]) -> Option<Refusal> {
        match read_all(bytes) {
            Progress::Done(Err(refusal)) => Some(refusal),
            _ => None,
        }
    }

    #[test]
    fn classifies_requests() {
        assert_eq!(verdict("GET", "/favicon.ico"), Verdict::NotOurs);
        assert_eq!(verdict("GET", "/"), Verdict::NotOurs);
        assert_eq!(verdict("GET", "/?code=abc"), Verdict::StateMismatch);
        assert_eq!(verdict("GET", "/?code=abc&state=other"), Verdict::StateMismatch);
        assert_eq!(verdict("POST", "/?code=abc&state=expected-state"), Verdict::WrongMethod);
        assert_eq!(verdict("GET", "/?code=abc&state=expected-state"), Verdict::Callback);
        assert_eq!(verdict("GET", "/?error=access_denied&state=expected-state"), Verdict::Callback);
        assert_eq!(verdict("GET", "/callback?code=abc&state=expected-state"), Verdict::NotOurs);
    }

    #[test]
    fn only_the_exact_redirect_path_is_ours() {
        for target in ["/a/..?code=x&state=expected-state", "//?code=x&state=expected-state", "/.?code=x&state=expected-state", "/%2F?code=x&state=expected-state", "http://localhost/?code=x&state=expected-state", "*"] {
            assert_eq!(verdict("GET", target), Verdict::NotOurs, "{target}");
        }
    }

    #[test]
    fn a_repeated_parameter_is_refused() {
        for target in [
            "/?code=a&code=b&state=expected-state",
            "/?code=a&state=expected-state&state=expected-state",
            "/?code=a&state=expected-state&iss=https%3A%2F%2Fa&iss=https%3A%2F%2Fb",
            "/?error=x&error=y&state=expected-state",
        ] {
            assert_eq!(verdict("GET", target), Verdict::Repeated, "{target}");
        }
        // Unknown parameters may repeat.
        assert_eq!(verdict("GET", "/?x=1&x=2&code=a&state=expected-state"), Verdict::Callback);
    }

    #[test]
    fn an_issuer_naming_another_server_drops_the_code() {
        let server = url::Url::parse("https://login.example/oauth2/authorize").unwrap();
        let expected = Expected { state: "s", issuer: Some(&server) };
        let (verdict, callback) = classify("GET", "/?code=c&state=s&iss=https%3A%2F%2Fevil.example", &expected);
        assert_eq!(verdict, Verdict::Callback);
        assert!(matches!(callback, Some(Callback::IssuerMismatch { ref issuer }) if issuer == "https://evil.example"), "{callback:?}");
        let (_, callback) = classify("GET", "/?code=c&state=s&iss=https%3A%2F%2Flogin.example", &expected);
        assert!(matches!(callback, Some(Callback::Code { .. })), "{callback:?}");
        let (_, callback) = classify("GET", "/?code=c&state=s", &expected);
        assert!(matches!(callback, Some(Callback::Code { issuer: None, .. })), "{callback:?}");
    }

    #[test]
    fn parses_an_error_response() {
        let (_, callback) = classify(
            "GET",
            "/?error=access_denied&error_description=AADSTS65004%3A+User+declined+to+consent&state=expected-state",
            &EXPECTED,
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
    fn reads_a_browser_head() {
        let head = b"GET /?code=c&state=s HTTP/1.1\r\nHost: localhost:1234\r\nUser-Agent: x\r\n\r\n";
        match read_all(head) {
            Progress::Done(Ok(head)) => {
                assert_eq!((head.method.as_str(), head.target.expose(), head.http_minor), ("GET", "/?code=c&state=s", 1));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(read_all(b"GET / HTTP/1.1\r\nHost: x\r\n"), Progress::NeedMore);
        assert!(matches!(read_all(b"GET / HTTP/1.0\n\n"), Progress::Done(Ok(Head { http_minor: 0, .. }))));
    }

    #[test]
    fn refuses_every_announced_body() {
        assert_eq!(refusal(b"GET / HTTP/1.1\r\nContent-Length: 100000000000000000000000000\r\n\r\n"), Some(Refusal::HasBody));
        assert_eq!(refusal(b"GET / HTTP/1.1\r\nContent-Length: 5000\r\n\r\n"), Some(Refusal::HasBody));
        assert_eq!(refusal(b"GET / HTTP/1.1\r\ncontent-length: 0\r\ncontent-length: 1\r\n\r\n"), Some(Refusal::HasBody));
        assert_eq!(refusal(b"GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"), Some(Refusal::Malformed));
        assert_eq!(refusal(b"GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"), Some(Refusal::HasBody));
        assert_eq!(refusal(b"GET / HTTP/1.1\r\nExpect: 100-continue\r\n\r\n"), Some(Refusal::Expectation));
        assert_eq!(refusal(b"POST / HTTP/1.1\r\nContent-Length: 000\r\n\r\n"), None);
    }

    #[test]
    fn limits_are_enforced_as_the_bytes_arrive() {
        // A first line without a newline is refused once it is too long.
        assert_eq!(refusal(&[b'a'; MAX_REQUEST_LINE_BYTES + 1]), Some(Refusal::RequestLineTooLong));
        assert_eq!(read_all(&[b'a'; MAX_REQUEST_LINE_BYTES]), Progress::NeedMore);
        // A target just over its limit, with the line complete.
        let long = format!("GET /?{} HTTP/1.1\r\n\r\n", "a".repeat(MAX_REQUEST_TARGET_BYTES));
        assert_eq!(refusal(long.as_bytes()), Some(Refusal::RequestLineTooLong));
        // A header line that never ends fills the buffer: 431.
        let mut endless = b"GET / HTTP/1.1\r\nX-Long: ".to_vec();
        endless.resize(MAX_HEAD_BYTES, b'a');
        assert_eq!(refusal(&endless), Some(Refusal::HeadTooLarge));
        // Too many headers.
        let many = format!("GET / HTTP/1.1\r\n{}\r\n", "A: b\r\n".repeat(MAX_HEADERS + 1));
        assert_eq!(refusal(many.as_bytes()), Some(Refusal::HeadTooLarge));
    }

    #[test]
    fn refuses_what_is_not_http_1() {
        assert_eq!(refusal(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"), Some(Refusal::Malformed));
        assert_eq!(refusal(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\n\n"), Some(Refusal::Malformed));
        // Two empty lines before the request line: the first blank line ends the head.
        assert_eq!(refusal(b"\r\n\r\nGET / HTTP/1.1\r\n\r\n"), Some(Refusal::Malformed));
        // One is tolerated (RFC 9112 §2.2).
        assert!(matches!(read_all(b"\r\nGET / HTTP/1.1\r\n\r\n"), Progress::Done(Ok(_))));
    }

    #[test]
    fn the_outcome_does_not_depend_on_how_the_bytes_were_split() {
        let head = b"GET /?code=c&state=s HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n\r\n";
        let whole = read_all(head);
        let mut reader = HeadReader::new();
        let mut outcome = Progress::NeedMore;
        for &byte in head.iter() {
            reader.spare()[0] = byte;
            outcome = reader.advance(1);
            if outcome != Progress::NeedMore {
                break;
            }
        }
        assert_eq!(outcome, whole);
    }
}
