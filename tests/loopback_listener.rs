//! The loopback redirect listener over real sockets: what a browser (or
//! anything else on this machine) may send while mailsetup waits.

use mailsetup::oauth::{Callback, CancelFlag, LoopbackListener, WaitError};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

/// Sends one raw HTTP request and returns the status code and body.
fn send(addr: SocketAddr, request: &str) -> (u16, String) {
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(2)).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    let status = response.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, response)
}

fn get(port: u16, target: &str) -> (u16, String) {
    send(SocketAddr::from(([127, 0, 0, 1], port)), &format!("GET {target} HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n"))
}

/// Sends `requests` from another thread, in order, while the test waits.
fn in_background(requests: Vec<Box<dyn FnOnce() -> (u16, String) + Send>>) -> std::thread::JoinHandle<Vec<(u16, String)>> {
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        requests.into_iter().map(|request| request()).collect()
    })
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
        Box::new(move || send(SocketAddr::from(([127, 0, 0, 1], port)), &format!("POST /?code=x&state=s1 HTTP/1.1\r\nHost: localhost:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))),
        Box::new(move || get(port, "/?code=the-code&state=s1")),
    ]);
    let callback = listener.wait_for_callback("s1", Duration::from_secs(10), &CancelFlag::new(), &mut |_| {}).unwrap();
    match callback {
        Callback::Code { code, .. } => assert_eq!(code.expose(), "the-code"),
        other => panic!("unexpected {other:?}"),
    }
    let answers = client.join().unwrap();
    assert_eq!(answers.iter().map(|(status, _)| *status).collect::<Vec<_>>(), [404, 404, 405, 200]);
    assert!(answers[3].1.contains("You are signed in"), "{}", answers[3].1);
    assert!(answers[3].1.contains("close this tab"));
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
    let callback = listener.wait_for_callback("s2", Duration::from_secs(10), &CancelFlag::new(), &mut |_| {}).unwrap();
    assert!(matches!(callback, Callback::Code { ref code, .. } if code.expose() == "good"), "{callback:?}");
    let answers = client.join().unwrap();
    assert_eq!(answers.iter().map(|(status, _)| *status).collect::<Vec<_>>(), [400, 400, 400, 200]);
    assert!(answers[0].1.contains("not the one Mail Setup is waiting for"));
}

#[test]
fn an_error_response_ends_the_wait_with_the_providers_description() {
    let listener = LoopbackListener::bind().unwrap();
    let port = listener.port();
    let client = in_background(vec![Box::new(move || {
        get(port, "/?error=invalid_client&error_description=AADSTS700016%3A+Application+not+found&state=s3")
    })]);
    let callback = listener.wait_for_callback("s3", Duration::from_secs(10), &CancelFlag::new(), &mut |_| {}).unwrap();
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
    let callback = listener.wait_for_callback("s4", Duration::from_secs(10), &CancelFlag::new(), &mut |_| {}).unwrap();
    assert!(matches!(callback, Callback::Code { ref code, .. } if code.expose() == "after"));
    let answers = client.join().unwrap();
    assert_ne!(answers[0].0, 200, "the oversize request was not accepted");
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
    let callback = listener.wait_for_callback("s5", Duration::from_secs(10), &CancelFlag::new(), &mut |_| {}).unwrap();
    assert!(matches!(callback, Callback::Code { ref code, .. } if code.expose() == "v6"));
    assert_eq!(client.join().unwrap()[0].0, 200);
}

#[test]
fn the_wait_times_out_with_a_countdown() {
    let listener = LoopbackListener::bind().unwrap();
    let mut ticks = Vec::new();
    let started = Instant::now();
    let result = listener.wait_for_callback("s6", Duration::from_millis(600), &CancelFlag::new(), &mut |left| ticks.push(left));
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
    let result = listener.wait_for_callback("s7", Duration::from_secs(60), &cancel, &mut |_| {});
    assert_eq!(result.unwrap_err(), WaitError::Cancelled);
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[test]
fn dropping_the_listener_frees_the_port() {
    let listener = LoopbackListener::bind().unwrap();
    let port = listener.port();
    drop(listener);
    // tiny_http's accept thread notices the shutdown asynchronously.
    let deadline = Instant::now() + Duration::from_secs(3);
    while std::net::TcpListener::bind(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "port {port} is still held after the listener was dropped");
        std::thread::sleep(Duration::from_millis(20));
    }
}
