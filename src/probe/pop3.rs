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
use super::{CheckRequest, GOODBYE_WAIT, ProbeEvent, StepFailure, StepLog, connect_tcp, sasl, tls_handshake, tls_handshake_after, wire_address};
use crate::provider::Security;
use crate::report::{Phase, Step, StepId};
use crate::secret::Secret;
use crate::tr;
use crate::troubleshoot::Fault;

type TlsStream = tokio_rustls::client::TlsStream<tokio::net::TcpStream>;


/// The steps in order; their titles are `super::step_title`.
const STEPS: [StepId; 6] =
    [StepId::Pop3Connect, StepId::Pop3Tls, StepId::Pop3Capability, StepId::Pop3Authenticate, StepId::Pop3Stat, StepId::Pop3Quit];

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
    let tcp = log.run(STEPS[0], deadlines.connect, connect_tcp(endpoint)).await?;

    let (tls, greeting) = log
        .run(STEPS[1], deadlines.tls, async {
            match endpoint.security {
                Security::Tls => tls_handshake(tcp, &endpoint.host, &request.trust).await.map(|(s, d, w)| ((s, None), d, w)),
                Security::Starttls => stls(tcp, &endpoint.host, request).await,
            }
        })
        .await?;

    let mut connection = LineConnection::new(tls, POP3_LIMITS);
    let oauth2 = request.incoming_auth.is_oauth2();
    log.run(STEPS[2], deadlines.command, async {
        let greeting = match greeting {
            Some(text) => text,
            None => connection.read_line().await?,
        };
        if !is_ok(&greeting) {
            return Err(StepFailure::server(tr!("probe-fail-greeting-refused"), greeting));
        }
        let mechanisms = read_sasl_mechanisms(&mut connection).await?;
        let offered = mechanisms.iter().any(|m| m.eq_ignore_ascii_case("XOAUTH2"));
        let listed = mechanisms.join(" ");
        if offered {
            Ok(((), tr!("probe-detail-offers-xoauth2-among", methods = listed), Some(greeting)))
        } else if !oauth2 {
            let detail = if mechanisms.is_empty() { tr!("probe-detail-pop3-methods-user-pass-only") } else { tr!("probe-detail-methods", methods = listed) };
            Ok(((), detail, Some(greeting)))
        } else {
            Err(StepFailure::server(
                if mechanisms.is_empty() { tr!("probe-fail-pop3-no-xoauth2-no-methods") } else { tr!("probe-fail-no-xoauth2", methods = listed) },
                format!("{greeting}\n{}", connection.transcript()),
            )
            .with_fault(Some(Fault::Xoauth2NotOffered)))
        }
    })
    .await?;
    if !connection.leftover().is_empty() {
        log.fail_now(STEPS[3], &tr!("probe-fail-data-after-capability", command = "CAPA"));
        return None;
    }
    let Some(access_token) = request.token_for(request.incoming_auth) else {
        // A check without a token ends here, before anything is sent.
        log.skip_without_token(&STEPS[3..], request.incoming_auth);
        let _ = tokio::time::timeout(GOODBYE_WAIT, connection.send_line("QUIT")).await;
        return Some(());
    };

    let user = wire_address(&request.address);
    log.run(STEPS[3], deadlines.command, async {
        connection.begin_step();
        authenticate(&mut connection, &sasl::xoauth2_base64(&user, access_token), &request.address).await
    })
    .await?;

    log.run(STEPS[4], deadlines.command, async {
        connection.begin_step();
        connection.send_line("STAT").await?;
        let line = connection.read_line().await?;
        if !is_ok(&line) {
            return Err(StepFailure::server(tr!("probe-fail-inbox"), line));
        }
        let messages = line.split_whitespace().nth(1).and_then(|count| count.parse::<u64>().ok());
        let detail = match messages {
            Some(count) => tr!("probe-detail-pop3-inbox", count = count),
            None => tr!("probe-detail-pop3-inbox-open"),
        };
        Ok(((), detail, None))
    })
    .await?;

    log.run(STEPS[5], deadlines.command, async {
        connection.begin_step();
        connection.send_line("QUIT").await?;
        let line = connection.read_line().await?;
        if !is_ok(&line) {
            return Err(StepFailure::server(tr!("probe-fail-logout", command = "QUIT"), line));
        }
        Ok(((), tr!("probe-detail-logged-out"), None))
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
        return Err(StepFailure::server(tr!("probe-fail-auth-not-accepted"), connection.transcript().to_owned()));
    }
    connection.send_secret_line(response).await?;
    let answer = connection.read_line().await?;
    if is_ok(&answer) {
        return Ok(((), tr!("probe-detail-token-accepted", address = address), Some(answer)));
    }
    if let Some(challenge) = answer.strip_prefix('+') {
        let said = sasl::describe_challenge(challenge);
        connection.send_line("").await?;
        let last = connection.read_line().await.unwrap_or_else(|failure| failure.server_says.unwrap_or(failure.detail));
        return Err(StepFailure::server(tr!("probe-fail-token-refused"), format!("+ {said}\n{last}")));
    }
    Err(StepFailure::server(tr!("probe-fail-token-refused"), answer))
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
        return Err(StepFailure::server(tr!("probe-fail-greeting-refused"), greeting));
    }
    let offers_stls = read_capabilities(&mut connection).await?.iter().any(|line| line.trim().eq_ignore_ascii_case("STLS"));
    if !offers_stls {
        return Err(StepFailure::server(
            tr!("probe-fail-no-starttls", command = "STLS"),
            connection.transcript().to_owned(),
        )
        .with_fault(Some(Fault::StarttlsMissing)));
    }
    connection.send_line("STLS").await?;
    let answer = connection.read_line().await?;
    if !is_ok(&answer) {
        return Err(StepFailure::server(
            tr!("probe-fail-starttls-refused", command = "STLS"),
            connection.transcript().to_owned(),
        ));
    }
    let tcp = ensure_nothing_follows(connection)?;
    let (tls, detail) = tls_handshake_after(tcp, host, &request.trust, "STLS").await?;
    Ok(((tls, Some(greeting)), detail, None))
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
