//! The POP3 check, spoken line by line over the probes' bounded reader.
//!
//! ```text
//! S: +OK ready
//! C: CAPA                               S: +OK … SASL PLAIN XOAUTH2 … .
//! C: AUTH XOAUTH2                       S: +
//! C: <base64 user=…^Aauth=Bearer …^A^A>
//! S: +OK signed in                      (or: + <base64 JSON>, C: <empty>, S: -ERR …)
//! C: STAT                               S: +OK 3 12345
//! C: QUIT                               S: +OK bye
//! ```
//! On port 110 the connection is secured with STLS first (RFC 2595), and
//! nothing may follow its `+OK` in plain text. The token is only written
//! after the handshake: the stream it goes to is the TLS stream's type.
//!
//! Why not a POP3 client crate: the maintained-looking ones (`async-pop`,
//! last released 2023, and its fork `async-pop2`) bring their own TLS
//! (native-tls, not our rustls trust store), read lines without a length
//! limit, keep a read buffer across STLS (the injection class that
//! `wire::ensure_nothing_follows` closes) and offer no pre-authentication
//! CAPA. The check needs five commands; they are written here on the same
//! bounded `LineConnection` the IMAP and SMTP checks use.

use super::reply::POP3_LIMITS;
use super::wire::{LineConnection, ensure_nothing_follows};
use super::{CheckRequest, GOODBYE_WAIT, ProbeEvent, StepFailure, StepLog, connect_tcp, sasl, tls_handshake, wire_address};
use crate::provider::Security;
use crate::report::{Phase, Step, StepId};
use crate::secret::Secret;
use crate::troubleshoot::Fault;

type TlsStream = tokio_rustls::client::TlsStream<tokio::net::TcpStream>;


const STEPS: [(StepId, &str); 6] = [
    (StepId::Pop3Connect, "Connect to the POP3 server"),
    (StepId::Pop3Tls, "Secure the connection (TLS)"),
    (StepId::Pop3Capability, "Ask which sign-in methods it offers"),
    (StepId::Pop3Authenticate, "Sign in with the token (XOAUTH2)"),
    (StepId::Pop3Stat, "Look into the inbox"),
    (StepId::Pop3Quit, "Log out"),
];

pub(super) async fn check(request: &CheckRequest, on_event: &(dyn Fn(ProbeEvent<'_>) + Send + Sync)) -> Vec<Step> {
    let mut log = StepLog::new(Phase::Pop3, on_event);
    if run(request, &mut log).await.is_none() {
        log.skip_rest(&STEPS);
    }
    log.finish()
}

/// True for a positive POP3 status line.
fn is_ok(line: &str) -> bool {
    line.get(..3).is_some_and(|start| start.eq_ignore_ascii_case("+OK"))
}

async fn run(request: &CheckRequest, log: &mut StepLog<'_>) -> Option<()> {
    let endpoint = &request.incoming;
    let deadlines = request.deadlines;
    let (id, title) = STEPS[0];
    let tcp = log.run(id, title, deadlines.connect, connect_tcp(endpoint)).await?;

    let (id, title) = STEPS[1];
    let (tls, greeting) = log
        .run(id, title, deadlines.tls, async {
            match endpoint.security {
                Security::Tls => tls_handshake(tcp, &endpoint.host, &request.trust).await.map(|(s, d, w)| ((s, None), d, w)),
                Security::Starttls => stls(tcp, &endpoint.host, request).await,
            }
        })
        .await?;

    let (id, title) = STEPS[2];
    let mut connection = LineConnection::new(tls, POP3_LIMITS);
    let oauth2 = request.incoming_auth.is_oauth2();
    log.run(id, title, deadlines.command, async {
        let greeting = match greeting {
            Some(text) => text,
            None => connection.read_line().await?,
        };
        if !is_ok(&greeting) {
            return Err(StepFailure::server("the server refused the connection in its greeting", greeting));
        }
        let mechanisms = read_sasl_mechanisms(&mut connection).await?;
        let offered = mechanisms.iter().any(|m| m.eq_ignore_ascii_case("XOAUTH2"));
        let listed = if mechanisms.is_empty() { "no SASL methods (USER/PASS only)".to_owned() } else { mechanisms.join(" ") };
        if offered {
            Ok(((), format!("offers XOAUTH2 (sign-in methods: {listed})"), Some(greeting)))
        } else if !oauth2 {
            Ok(((), format!("sign-in methods: {listed}"), Some(greeting)))
        } else {
            Err(StepFailure::server(
                format!("the server does not offer XOAUTH2, which token sign-in needs; it offers: {listed}"),
                format!("{greeting}\n{}", connection.transcript()),
            )
            .with_fault(Some(Fault::Xoauth2NotOffered)))
        }
    })
    .await?;
    if !connection.leftover().is_empty() {
        log.fail_now(STEPS[3].0, STEPS[3].1, "the server sent unexpected data after CAPA");
        return None;
    }
    let Some(access_token) = request.token_for(request.incoming_auth) else {
        // A check without a token ends here, before anything is sent.
        log.skip_without_token(&STEPS[3..], request.incoming_auth);
        let _ = tokio::time::timeout(GOODBYE_WAIT, connection.send_line("QUIT")).await;
        return Some(());
    };

    let (id, title) = STEPS[3];
    let user = wire_address(&request.address);
    log.run(id, title, deadlines.command, async {
        connection.begin_step();
        authenticate(&mut connection, &sasl::xoauth2_base64(&user, access_token), &request.address).await
    })
    .await?;

    let (id, title) = STEPS[4];
    log.run(id, title, deadlines.command, async {
        connection.begin_step();
        connection.send_line("STAT").await?;
        let line = connection.read_line().await?;
        if !is_ok(&line) {
            return Err(StepFailure::server("the inbox could not be opened", line));
        }
        let messages = line.split_whitespace().nth(1).and_then(|count| count.parse::<u64>().ok());
        let detail = match messages {
            Some(count) => format!("the inbox holds {count} messages"),
            None => "the inbox is open".to_owned(),
        };
        Ok(((), detail, None))
    })
    .await?;

    let (id, title) = STEPS[5];
    log.run(id, title, deadlines.command, async {
        connection.begin_step();
        connection.send_line("QUIT").await?;
        let line = connection.read_line().await?;
        if !is_ok(&line) {
            return Err(StepFailure::server("QUIT failed", line));
        }
        Ok(((), "logged out cleanly".to_owned(), None))
    })
    .await
}

/// `AUTH XOAUTH2`, the go-ahead, then the response: the two-step form
/// Microsoft documents for its POP3 server. A refused token gets a `+`
/// with the provider's JSON error, which must be answered with an empty
/// line before the `-ERR` comes.
async fn authenticate(
    connection: &mut LineConnection<TlsStream>,
    response: &Secret,
    address: &str,
) -> Result<((), String, Option<String>), StepFailure> {
    connection.send_line("AUTH XOAUTH2").await?;
    let go_ahead = connection.read_line().await?;
    if !go_ahead.starts_with('+') || is_ok(&go_ahead) {
        return Err(StepFailure::server("the server did not accept AUTH XOAUTH2", connection.transcript().to_owned()));
    }
    connection.send_secret_line(response).await?;
    let answer = connection.read_line().await?;
    if is_ok(&answer) {
        return Ok(((), format!("the server accepted the token for {address}"), Some(answer)));
    }
    if let Some(challenge) = answer.strip_prefix('+') {
        let said = sasl::describe_challenge(challenge);
        connection.send_line("").await?;
        let last = connection.read_line().await.unwrap_or_else(|failure| failure.server_says.unwrap_or(failure.detail));
        return Err(StepFailure::server("the server refused the token", format!("+ {said}\n{last}")));
    }
    Err(StepFailure::server("the server refused the token", answer))
}

/// POP3 STLS on port 110: read the greeting, check that STLS is offered,
/// ask for it, check that nothing follows the `+OK` in plain text, then
/// secure the connection (the greeting has been consumed by then).
async fn stls(
    tcp: tokio::net::TcpStream,
    host: &str,
    request: &CheckRequest,
) -> Result<((TlsStream, Option<String>), String, Option<String>), StepFailure> {
    let mut connection = LineConnection::new(tcp, POP3_LIMITS);
    let greeting = connection.read_line().await?;
    if !is_ok(&greeting) {
        return Err(StepFailure::server("the server refused the connection in its greeting", greeting));
    }
    let offers_stls = read_capabilities(&mut connection).await?.iter().any(|line| line.trim().eq_ignore_ascii_case("STLS"));
    if !offers_stls {
        return Err(StepFailure::server(
            "the server does not offer STLS; mailsetup stops here so that your token is never sent unencrypted",
            connection.transcript().to_owned(),
        )
        .with_fault(Some(Fault::StarttlsMissing)));
    }
    connection.send_line("STLS").await?;
    let answer = connection.read_line().await?;
    if !is_ok(&answer) {
        return Err(StepFailure::server(
            "the server refused STLS; mailsetup stops here so that your token is never sent unencrypted",
            connection.transcript().to_owned(),
        ));
    }
    let tcp = ensure_nothing_follows(connection)?;
    let (tls, detail, _) = tls_handshake(tcp, host, &request.trust).await?;
    Ok(((tls, Some(greeting)), format!("STLS, then {detail}"), None))
}

/// Sends CAPA and returns the mechanisms of its `SASL` line (RFC 2449,
/// RFC 5034). A server without CAPA (`-ERR`) offers none.
async fn read_sasl_mechanisms<S>(connection: &mut LineConnection<S>) -> Result<Vec<String>, StepFailure>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let mut mechanisms = Vec::new();
    for line in read_capabilities(connection).await? {
        let mut words = line.split_whitespace();
        if words.next().is_some_and(|word| word.eq_ignore_ascii_case("SASL")) {
            mechanisms.extend(words.map(str::to_owned));
        }
    }
    Ok(mechanisms)
}

/// Sends CAPA and returns its capability lines, up to the closing `.`;
/// none when the server has no CAPA (`-ERR`).
async fn read_capabilities<S>(connection: &mut LineConnection<S>) -> Result<Vec<String>, StepFailure>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    connection.send_line("CAPA").await?;
    if !is_ok(&connection.read_line().await?) {
        return Ok(Vec::new());
    }
    let mut lines = Vec::new();
    loop {
        let line = connection.read_line().await?;
        if line == "." {
            return Ok(lines);
        }
        lines.push(line);
    }
}

#[cfg(test)]
mod tests {
    use super::is_ok;

    #[test]
    fn status_lines() {
        assert!(is_ok("+OK Dovecot ready."));
        assert!(is_ok("+ok"));
        assert!(!is_ok("+ eyJzdGF0dXMiOiI0MDAifQ=="));
        assert!(!is_ok("-ERR [AUTH] Authentication failed."));
        assert!(!is_ok(""));
    }
}
