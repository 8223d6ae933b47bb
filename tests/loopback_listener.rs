//! The loopback redirect listener over real sockets: what a browser (or
//! anything else on this machine) may send while mailsetup waits.

use mailsetup::oauth::loopback::{MAX_CONNECTIONS, MAX_HEAD_BYTES};
use mailsetup::oauth::{Callback, CancelFlag, Expected, LoopbackListener, WaitError};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

/// `crate::callback` for the shared fuzz invariants file.
mod callback {
    pub use mailsetup::oauth::callback::*;
}

#[path = "../fuzz/loopback_invariants.rs"]
mod invariants;

fn expecting(state: &str) -> Expected<'_> {
    Expected { state, issuer: None }
}

fn local(port: u16) -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], port))
}

fn connect(port: u16) -> TcpStream {
    let stream = TcpStream::connect_timeout(&local(port), Duration::from_secs(2)).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    stream
}

/// Reads until the listener closes; returns the status code and the whole
/// response (status 0 when nothing came).
fn read_response(stream: &mut TcpStream) -> (u16, String) {
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    let response = String::from_utf8_lossy(&bytes).into_owned();
    let status = response.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, response)
}

/// Sends one raw HTTP request and returns the status code and body.
fn send(addr: SocketAddr, request: &str) -> (u16, String) {
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(2)).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    read_response(&mut stream)
}

fn get(port: u16, target: &str) -> (u16, String) {
    send(local(port), &format!("GET {target} HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n"))
}

/// Sends `requests` from another thread, in order, while the test waits.
fn in_background(requests: Vec<Box<dyn FnOnce() -> (u16, String) + Send>>) -> std::thread::JoinHandle<Vec<(u16, String)>> {
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        requests.into_iter().map(|request| request()).collect()
    })
}

/// Waits up to 10 s for the callback with `state` and returns its code.
fn code_received(listener: &LoopbackListener, state: &str) -> String {
    match listener.wait_for_callback(&expecting(state), Duration::from_secs(10), &CancelFlag::new(), &mut |_| {}) {
        Ok(Callback::Code { code, .. }) => code.expose().to_owned(),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn binds_loopback_only_on_an_os_chosen_port() {
    let listener = LoopbackListener::bind().unwrap();
    assert_ne!(listener.port(), 0);
    // Nothing answers on a non-loopback address of this machine for that port.
    let probe = std::net::UdpSocket::bind("0.0.0.0:0").and_then(|s| s.connect("10.255.255.1:9").map(|()| s));
    if let Ok(local) = probe.and_then(|s| s.local_addr())
        && !local.ip().is_loopback()
        && !local.ip().is_unspecified()
    {
        let outside = SocketAddr::new(local.ip(), listener.port());
        assert!(TcpStream::connect_timeout(&outside, Duration::from_millis(500)).is_err(), "listening on {outside}");
    }
}

#[test]
fn favicon_and_strangers_get_404_and_the_wait_goes_on_until_the_real_callback() {
    let listener = LoopbackListener::bind().unwrap();
    let port = listener.port();
    let client = in_background(vec![
        Box::new(move || get(port, "/favicon.ico")),
        Box::new(move || get(port, "/")),
        Box::new(move || send(local(port), &format!("POST /?code=x&state=s1 HTTP/1.1\r\nHost: localhost:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))),
        Box::new(move || get(port, "/?code=the-code&state=s1")),
    ]);
    assert_eq!(code_received(&listener, "s1"), "the-code");
    let answers = client.join().unwrap();
    assert_eq!(answers.iter().map(|(status, _)| *status).collect::<Vec<_>>(), [404, 404, 405, 200]);
    assert!(answers[3].1.contains("You are signed in"), "{}", answers[3].1);
    assert!(answers[3].1.contains("close this tab"));
    assert!(answers[3].1.contains("Cache-Control: no-store\r\n"), "{}", answers[3].1);
}

#[test]
fn a_wrong_or_missing_state_is_refused_and_the_wait_goes_on() {
    let listener = LoopbackListener::bind().unwrap();
    let port = listener.port();
    let client = in_background(vec![
        Box::new(move || get(port, "/?code=stolen&state=other")),
        Box::new(move || get(port, "/?code=stolen")),
        Box::new(move || get(port, "/?error=access_denied&state=other")),
        Box::new(move || get(port, "/?code=good&state=s2")),
    ]);
    assert_eq!(code_received(&listener, "s2"), "good");
    let answers = client.join().unwrap();
    assert_eq!(answers.iter().map(|(status, _)| *status).collect::<Vec<_>>(), [400, 400, 400, 200]);
    assert!(answers[0].1.contains("not the one Mail Setup is waiting for"));
}

#[test]
fn a_repeated_code_or_state_is_refused_and_the_wait_goes_on() {
    let listener = LoopbackListener::bind().unwrap();
    let port = listener.port();
    let client = in_background(vec![
        Box::new(move || get(port, "/?code=first&code=second&state=s8")),
        Box::new(move || get(port, "/?code=first&state=s8&state=s8")),
        Box::new(move || get(port, "/?code=first&state=other&state=s8")),
        Box::new(move || get(port, "/?code=only&state=s8")),
    ]);
    assert_eq!(code_received(&listener, "s8"), "only", "no repeated parameter was taken");
    let answers = client.join().unwrap();
    assert_eq!(answers.iter().map(|(status, _)| *status).collect::<Vec<_>>(), [400, 400, 400, 200]);
    assert!(answers[0].1.contains("repeats a sign-in parameter"), "{}", answers[0].1);
}

#[test]
fn only_the_exact_redirect_path_is_ours() {
    let listener = LoopbackListener::bind().unwrap();
    let port = listener.port();
    let client = in_background(vec![
        Box::new(move || get(port, "/a/..?code=dotdot&state=s9")),
        Box::new(move || get(port, "//?code=double&state=s9")),
        Box::new(move || get(port, "/./?code=dot&state=s9")),
        Box::new(move || get(port, "/%2F?code=encoded&state=s9")),
        Box::new(move || get(port, "/?code=exact&state=s9")),
    ]);
    assert_eq!(code_received(&listener, "s9"), "exact");
    let answers = client.join().unwrap();
    assert_eq!(answers.iter().map(|(status, _)| *status).collect::<Vec<_>>(), [404, 404, 404, 404, 200]);
}

#[test]
fn an_issuer_naming_another_server_ends_the_wait_and_the_tab_says_it_failed() {
    let listener = LoopbackListener::bind().unwrap();
    let port = listener.port();
    let server = url::Url::parse("https://login.example/oauth2/authorize").unwrap();
    let client = in_background(vec![Box::new(move || get(port, "/?code=mixed-up&state=s10&iss=https%3A%2F%2Fevil.example"))]);
    let expected = Expected { state: "s10", issuer: Some(&server) };
    let callback = listener.wait_for_callback(&expected, Duration::from_secs(10), &CancelFlag::new(), &mut |_| {}).unwrap();
    assert!(matches!(callback, Callback::IssuerMismatch { ref issuer } if issuer == "https://evil.example"), "{callback:?}");
    let (status, page) = &client.join().unwrap()[0];
    assert_eq!(*status, 400);
    assert!(page.contains("Sign-in did not complete") && page.contains("another sign-in server"), "{page}");
    assert!(!page.contains("You are signed in"), "{page}");
}

#[test]
fn the_matching_issuer_is_accepted() {
    let listener = LoopbackListener::bind().unwrap();
    let port = listener.port();
    let server = url::Url::parse("https://login.example/oauth2/authorize").unwrap();
    let client = in_background(vec![Box::new(move || get(port, "/?code=right&state=s11&iss=https%3A%2F%2Flogin.example"))]);
    let expected = Expected { state: "s11", issuer: Some(&server) };
    let callback = listener.wait_for_callback(&expected, Duration::from_secs(10), &CancelFlag::new(), &mut |_| {}).unwrap();
    assert!(matches!(callback, Callback::Code { ref code, .. } if code.expose() == "right"), "{callback:?}");
    assert!(client.join().unwrap()[0].1.contains("You are signed in"));
}

#[test]
fn an_error_response_ends_the_wait_with_the_providers_description() {
    let listener = LoopbackListener::bind().unwrap();
    let port = listener.port();
    let client = in_background(vec![Box::new(move || {
        get(port, "/?error=invalid_client&error_description=AADSTS700016%3A+Application+not+found&state=s3")
    })]);
    let callback = listener.wait_for_callback(&expecting("s3"), Duration::from_secs(10), &CancelFlag::new(), &mut |_| {}).unwrap();
    match callback {
        Callback::Error { error, description, .. } => {
            assert_eq!(error, "invalid_client");
            assert_eq!(description.as_deref(), Some("AADSTS700016: Application not found"));
        }
        other => panic!("unexpected {other:?}"),
    }
    let page = &client.join().unwrap()[0].1;
    assert!(page.contains("invalid_client") && page.contains("AADSTS700016"), "{page}");
}

#[test]
fn an_oversize_request_is_refused_and_does_not_end_the_wait() {
    let listener = LoopbackListener::bind().unwrap();
    let port = listener.port();
    let huge = format!("/?code=x&state=s4&pad={}", "a".repeat(64 * 1024));
    let client = in_background(vec![
        Box::new(move || get(port, &huge)),
        Box::new(move || get(port, "/?code=after&state=s4")),
    ]);
    assert_eq!(code_received(&listener, "s4"), "after");
    let answers = client.join().unwrap();
    assert_eq!(answers[0].0, 414, "the oversize request was refused as such: {}", answers[0].1);
}

/// Finding 1: tiny_http allocated a buffer of the announced length and the
/// process aborted. Now the head is refused before any body is read.
#[test]
fn a_huge_content_length_is_refused_and_the_real_callback_still_works() {
    let listener = LoopbackListener::bind().unwrap();
    let port = listener.port();
    let client = in_background(vec![
        Box::new(move || send(local(port), "GET /favicon.ico HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000000000000\r\n\r\n")),
        Box::new(move || send(local(port), "GET /?code=with-body&state=s12 HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000000000000\r\n\r\n")),
        Box::new(move || send(local(port), "GET / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n")),
        Box::new(move || get(port, "/?code=real&state=s12")),
    ]);
    assert_eq!(code_received(&listener, "s12"), "real", "a request announcing a body never ends the wait");
    let answers = client.join().unwrap();
    assert_eq!(answers.iter().map(|(status, _)| *status).collect::<Vec<_>>(), [413, 413, 413, 200]);
}

/// Finding 2: a body (or a `100 Continue`) that never comes stalled the
/// listener. Now those requests are answered at once from their head, and
/// the real callback that arrives while they hang is handled.
#[test]
fn a_body_that_never_comes_does_not_stall_the_listener() {
    let listener = LoopbackListener::bind().unwrap();
    let port = listener.port();
    let mut no_body = connect(port);
    no_body.write_all(b"GET /?code=evil&state=s13 HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5000\r\n\r\n").unwrap();
    let mut expects = connect(port);
    expects.write_all(b"POST /?code=evil&state=s13 HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n").unwrap();
    let mut half_head = connect(port);
    half_head.write_all(b"GET /?code=evil&state=s13 HTTP/1.1\r\nHost: local").unwrap();
    // Both hostile clients keep their sockets open, sending nothing more.
    let client = in_background(vec![Box::new(move || get(port, "/?code=real&state=s13"))]);
    let started = Instant::now();
    assert_eq!(code_received(&listener, "s13"), "real");
    assert!(started.elapsed() < Duration::from_secs(3), "handled promptly: {:?}", started.elapsed());
    assert_eq!(client.join().unwrap()[0].0, 200);
    let (status, response) = read_response(&mut no_body);
    assert_eq!(status, 413, "{response}");
    let (status, response) = read_response(&mut expects);
    assert_eq!(status, 417, "no 100 Continue, a refusal: {response}");
    drop(half_head);
}

/// The sign-in deadline holds while hostile clients are mid-request.
#[test]
fn the_wait_returns_at_its_deadline_while_clients_hold_requests_open() {
    let listener = LoopbackListener::bind().unwrap();
    let port = listener.port();
    let mut hostile = Vec::new();
    for request in [
        &b"GET /?code=x&state=s14 HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5000\r\n\r\n"[..],
        b"GET /?code=x&state=s14 HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\n\r\n",
        b"GET /?code=x&state=s14 HTTP/1.1\r\nHost: loc",
        b"",
    ] {
        let mut stream = connect(port);
        stream.write_all(request).unwrap();
        hostile.push(stream);
    }
    let timeout = Duration::from_millis(500);
    let started = Instant::now();
    let result = listener.wait_for_callback(&expecting("s14"), timeout, &CancelFlag::new(), &mut |_| {});
    let elapsed = started.elapsed();
    assert_eq!(result.unwrap_err(), WaitError::TimedOut(timeout));
    assert!(elapsed >= timeout && elapsed < timeout + Duration::from_millis(300), "returned after {elapsed:?}");
    drop(hostile);
}

/// Finding 3: a header line without CRLF was buffered whole. Now the
/// listener stops reading at MAX_HEAD_BYTES, answers 431 and closes: the
/// sender gets an error long before it has sent everything.
#[test]
fn an_endless_header_line_is_cut_off_at_the_head_limit() {
    const ENDLESS: usize = 20 * 1024 * 1024;
    let listener = LoopbackListener::bind().unwrap();
    let port = listener.port();
    let mut stream = connect(port);
    let mut writer = stream.try_clone().unwrap();
    let sender = std::thread::spawn(move || {
        let mut sent = 0;
        let _ = writer.write_all(b"GET /?code=x&state=s15 HTTP/1.1\r\nX-Endless: ");
        let chunk = vec![b'a'; 64 * 1024];
        while sent < ENDLESS {
            match writer.write(&chunk) {
                Ok(n) => sent += n,
                Err(_) => return (sent, true),
            }
        }
        (sent, false)
    });
    let (status, response) = read_response(&mut stream);
    let (sent, failed) = sender.join().unwrap();
    assert_eq!(status, 431, "{response}");
    assert!(failed && sent < ENDLESS / 2, "the listener closed early: {sent} bytes went out before the error");
    assert!(sent >= MAX_HEAD_BYTES / 2, "the test sent enough to reach the limit: {sent}");
    // The process is unharmed and the listener still works.
    let client = in_background(vec![Box::new(move || get(port, "/?code=after&state=s15"))]);
    assert_eq!(code_received(&listener, "s15"), "after");
    assert_eq!(client.join().unwrap()[0].0, 200);
}

/// Idle sockets cannot lock the browser out: when every slot is taken, the
/// oldest connection still sending its head is dropped for the newcomer.
#[test]
fn many_idle_connections_do_not_lock_the_browser_out() {
    let listener = LoopbackListener::bind().unwrap();
    let port = listener.port();
    let idle: Vec<TcpStream> = (0..MAX_CONNECTIONS * 4)
        .map(|i| {
            let mut stream = connect(port);
            if i % 2 == 0 {
                stream.write_all(b"GET /?code=x&state=s16 HTTP/1.1\r\n").unwrap();
            }
            stream
        })
        .collect();
    let client = in_background(vec![Box::new(move || get(port, "/?code=browser&state=s16"))]);
    let started = Instant::now();
    assert_eq!(code_received(&listener, "s16"), "browser");
    assert!(started.elapsed() < Duration::from_secs(3), "handled promptly: {:?}", started.elapsed());
    assert_eq!(client.join().unwrap()[0].0, 200);
    // The first idle connection was dropped to make room.
    let mut first = idle.into_iter().next().unwrap();
    first.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
    let mut byte = [0u8; 1];
    let read = first.read(&mut byte);
    let closed = matches!(read, Ok(0)) || matches!(read, Err(ref e) if e.kind() == std::io::ErrorKind::ConnectionReset);
    assert!(closed, "the oldest idle connection was closed by the listener: {read:?}");
}

/// Every answer is HTTP/1.0 without keep-alive, so the client knows the
/// connection closes after it; both versions are understood.
#[test]
fn http_1_0_and_1_1_clients_both_get_a_closing_http_1_0_answer() {
    let listener = LoopbackListener::bind().unwrap();
    let port = listener.port();
    let client = in_background(vec![
        Box::new(move || send(local(port), "GET /favicon.ico HTTP/1.1\r\nHost: localhost\r\n\r\n")),
        Box::new(move || send(local(port), "GET /?code=old&state=s17 HTTP/1.0\r\n\r\n")),
    ]);
    assert_eq!(code_received(&listener, "s17"), "old");
    let answers = client.join().unwrap();
    assert!(answers[0].1.starts_with("HTTP/1.0 404 "), "{}", answers[0].1);
    assert!(answers[1].1.starts_with("HTTP/1.0 200 "), "{}", answers[1].1);
    assert!(answers.iter().all(|(_, response)| !response.to_ascii_lowercase().contains("keep-alive")));
}

#[test]
fn the_redirect_also_arrives_over_ipv6_when_localhost_resolves_there() {
    let listener = LoopbackListener::bind().unwrap();
    let machine_has_ipv6_loopback = std::net::TcpListener::bind((std::net::Ipv6Addr::LOCALHOST, 0)).is_ok();
    assert_eq!(listener.listening_on_ipv6(), machine_has_ipv6_loopback, "the listener is on [::1] exactly when the machine has it");
    if !machine_has_ipv6_loopback {
        // Checked above that the listener says so; there is no [::1] to send to.
        eprintln!("this machine has no [::1]: only checked that the listener does not claim it");
        return;
    }
    let port = listener.port();
    let client = in_background(vec![Box::new(move || {
        send(SocketAddr::from((std::net::Ipv6Addr::LOCALHOST, port)), &format!("GET /?code=v6&state=s5 HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n"))
    })]);
    assert_eq!(code_received(&listener, "s5"), "v6");
    assert_eq!(client.join().unwrap()[0].0, 200);
}

#[test]
fn the_wait_times_out_with_a_countdown() {
    let listener = LoopbackListener::bind().unwrap();
    let mut ticks = Vec::new();
    let started = Instant::now();
    let result = listener.wait_for_callback(&expecting("s6"), Duration::from_millis(600), &CancelFlag::new(), &mut |left| ticks.push(left));
    assert_eq!(result.unwrap_err(), WaitError::TimedOut(Duration::from_millis(600)));
    assert!(started.elapsed() >= Duration::from_millis(600) && started.elapsed() < Duration::from_secs(3));
    assert!(ticks.len() >= 3, "the countdown ticked: {ticks:?}");
    assert!(ticks.windows(2).all(|pair| pair[0] >= pair[1]), "it counts down: {ticks:?}");
}

#[test]
fn cancel_ends_the_wait_promptly() {
    let listener = LoopbackListener::bind().unwrap();
    let cancel = CancelFlag::new();
    let canceller = cancel.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        canceller.cancel();
    });
    let started = Instant::now();
    let result = listener.wait_for_callback(&expecting("s7"), Duration::from_secs(60), &cancel, &mut |_| {});
    assert_eq!(result.unwrap_err(), WaitError::Cancelled);
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[test]
fn dropping_the_listener_frees_the_port_and_closes_its_connections() {
    let listener = LoopbackListener::bind().unwrap();
    let port = listener.port();
    let mut idle = connect(port);
    // Let the listener accept it.
    std::thread::sleep(Duration::from_millis(100));
    drop(listener);
    assert!(std::net::TcpListener::bind(("127.0.0.1", port)).is_ok(), "port {port} is free once the listener is dropped");
    let mut byte = [0u8; 1];
    assert!(!matches!(idle.read(&mut byte), Ok(1)), "the idle connection was closed");
}

#[test]
fn the_fuzz_corpus_passes_the_fuzz_checks() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/loopback_head");
    let mut inputs = 0;
    for entry in std::fs::read_dir(&dir).expect("the corpus directory") {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        // Every prefix too: a head cut short must never be taken for another.
        for end in 0..=bytes.len() {
            invariants::check(&bytes[..end]);
        }
        inputs += 1;
    }
    assert!(inputs >= 8, "the corpus is there: {inputs} inputs");
}

#[test]
fn the_tab_that_ends_the_wait_gets_its_page_even_when_the_listener_stops_at_once() {
    // The flow drops the listener the moment the code is in; the page for
    // that tab was decided but maybe not written yet. Many rounds, because
    // the race it guards against is a matter of microseconds.
    for round in 0..20 {
        let listener = LoopbackListener::bind().unwrap();
        let port = listener.port();
        let state = format!("race{round}");
        let target = format!("/?code=c{round}&state={state}");
        let tab = in_background(vec![Box::new(move || get(port, &target))]);
        assert_eq!(code_received(&listener, &state), format!("c{round}"));
        let stopped = Instant::now();
        drop(listener);
        assert!(stopped.elapsed() < Duration::from_secs(2), "stopping is bounded: {:?}", stopped.elapsed());
        let answers = tab.join().unwrap();
        assert_eq!(answers[0].0, 200, "round {round}: the tab got no page: {:?}", answers[0].1);
        assert!(answers[0].1.contains("close this tab"), "round {round}: {}", answers[0].1);
    }
}
