//! The IMAP check, on async-imap.
//!
//! ```text
//! S: * OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2 …] ready
//! C: a1 CAPABILITY                      (when the greeting did not list them)
//! C: a2 AUTHENTICATE XOAUTH2
//! S: +
//! C: <base64 user=…^Aauth=Bearer …^A^A>
//! S: a2 OK AUTHENTICATE completed.      (or: + <base64 JSON>, C: <empty>, S: a2 NO …)
//! C: a3 SELECT INBOX
//! C: a4 LOGOUT
//! ```

use super::reply::IMAP_LIMITS;
use super::wire::{LineConnection, Meter, Metered, ensure_nothing_follows};
use super::{CheckRequest, GOODBYE_WAIT, ProbeEvent, StepFailure, StepLog, connect_tcp, sasl, tls_handshake, tls_handshake_after, wire_address};
use crate::provider::Security;
use crate::report::{StepId, Phase, Step};
use crate::tr;
use crate::troubleshoot::Fault;
use std::sync::{Arc, Mutex};
use tokio::io::AsyncWriteExt;

type TlsStream = tokio_rustls::client::TlsStream<tokio::net::TcpStream>;


/// The steps in order; their titles are `super::step_title`.
const STEPS: [StepId; 6] =
    [StepId::ImapConnect, StepId::ImapTls, StepId::ImapCapability, StepId::ImapAuthenticate, StepId::ImapSelect, StepId::ImapLogout];

pub(super) async fn check(request: &CheckRequest, on_event: &(dyn Fn(ProbeEvent<'_>) + Send + Sync)) -> Vec<Step> {
    let mut log = StepLog::new(Phase::Imap, on_event);
    if run(request, &mut log).await.is_none() {
        log.skip_rest(&STEPS);
    }
    log.finish()
}

async fn run(request: &CheckRequest, log: &mut StepLog<'_>) -> Option<()> {
    let endpoint = &request.incoming;
    let deadlines = request.deadlines;
    let tcp = log.run(STEPS[0], deadlines.connect, connect_tcp(endpoint)).await?;

    let (tls, greeting) = log
        .run(STEPS[1], deadlines.tls, async {
            match endpoint.security {
                Security::Tls => tls_handshake(tcp, &endpoint.host, &request.trust).await.map(|(s, d, w)| ((s, None), d, w)),
                Security::Starttls => starttls(tcp, &endpoint.host, request).await,
            }
        })
        .await?;

    let mut connection = LineConnection::new(tls, IMAP_LIMITS);
    log.run(STEPS[2], deadlines.command, async {
        // A greeting read before STARTTLS is not in this step's transcript.
        let (greeting, earlier) = match greeting {
            Some(text) => (text.clone(), Some(text)),
            None => (connection.read_line().await?, None),
        };
        if !greeting.to_ascii_uppercase().starts_with("* OK") && !greeting.to_ascii_uppercase().starts_with("* PREAUTH") {
            return Err(StepFailure::server(tr!("probe-fail-greeting-refused"), greeting));
        }
        let capabilities = read_capabilities(&mut connection).await?;
        let offered = capabilities.iter().any(|c| c.eq_ignore_ascii_case("AUTH=XOAUTH2"));
        let auth: Vec<&str> = capabilities.iter().filter(|c| c.to_ascii_uppercase().starts_with("AUTH=")).map(String::as_str).collect();
        if offered {
            Ok(((), tr!("probe-detail-offers-xoauth2-among", methods = auth.join(" ")), Some(greeting)))
        } else if !request.incoming_auth.is_oauth2() {
            let detail = if auth.is_empty() { tr!("probe-detail-imap-methods-login-only") } else { tr!("probe-detail-methods", methods = auth.join(" ")) };
            Ok(((), detail, Some(greeting)))
        } else {
            Err(StepFailure::server(
                if auth.is_empty() { tr!("probe-fail-imap-no-xoauth2-no-methods") } else { tr!("probe-fail-no-xoauth2", methods = auth.join(" ")) },
                match earlier {
                    Some(earlier) => format!("{earlier}\n{}", connection.transcript()),
                    None => connection.transcript().to_owned(),
                },
            )
            .with_fault(Some(Fault::Xoauth2NotOffered)))
        }
    })
    .await?;
    if !connection.leftover().is_empty() {
        log.fail_now(STEPS[3], &tr!("probe-fail-data-after-capability", command = "CAPABILITY"));
        return None;
    }
    let (mut tls, _) = connection.into_parts();
    let Some(access_token) = request.token_for(request.incoming_auth) else {
        // A check without a token ends here, before anything is sent.
        log.skip_without_token(&STEPS[3..], request.incoming_auth);
        let goodbye = async {
            tls.write_all(b"c9 LOGOUT\r\n").await?;
            tls.flush().await
        };
        // The goodbye is a courtesy; a server that does not take it must
        // not hold the check open.
        let _ = tokio::time::timeout(GOODBYE_WAIT, goodbye).await;
        return Some(());
    };
    // async-imap takes the stream from here, through the meter.
    let meter = Meter::new(IMAP_LIMITS);
    let client = async_imap::Client::new(Metered::new(tls, meter.clone()));

    let challenges = Arc::new(Mutex::new(Vec::new()));
    let user = wire_address(&request.address);
    let authenticator = XOAuth2 { payload: sasl::xoauth2_payload(&user, access_token), answered: false, challenges: challenges.clone() };
    let mut session = log
        .run(STEPS[3], deadlines.command, async {
            meter.begin_step();
            match client.authenticate("XOAUTH2", authenticator).await {
                Ok(session) => Ok((session, tr!("probe-detail-token-accepted", address = &request.address), None)),
                Err((error, _client)) => {
                    let mut words = server_words(&error);
                    for challenge in challenges.lock().expect("no panics while holding it").iter() {
                        words = format!("+ {challenge}\n{words}");
                    }
                    Err(meter.explain(StepFailure::server(tr!("probe-fail-token-refused"), words)))
                }
            }
        })
        .await?;

    log.run(STEPS[4], deadlines.command, async {
        meter.begin_step();
        let mailbox = session
            .select("INBOX")
            .await
            .map_err(|e| meter.explain(StepFailure::server(tr!("probe-fail-inbox"), server_words(&e))))?;
        Ok(((), tr!("probe-detail-imap-inbox", count = mailbox.exists), None))
    })
    .await?;

    log.run(STEPS[5], deadlines.command, async {
        meter.begin_step();
        session.logout().await.map_err(|e| meter.explain(StepFailure::server(tr!("probe-fail-logout", command = "LOGOUT"), server_words(&e))))?;
        Ok(((), tr!("probe-detail-logged-out"), None))
    })
    .await
}

/// IMAP STARTTLS on port 143: read the greeting, check that STARTTLS is
/// offered, ask for it, check that nothing follows the OK in plain text,
/// then secure the connection (the greeting has been consumed by then).
async fn starttls(
    tcp: tokio::net::TcpStream,
    host: &str,
    request: &CheckRequest,
) -> Result<((TlsStream, Option<String>), String, Option<String>), StepFailure> {
    let mut connection = LineConnection::new(tcp, IMAP_LIMITS);
    let greeting = connection.read_line().await?;
    connection.send_line("s1 CAPABILITY").await?;
    let mut offers_starttls = greeting.to_ascii_uppercase().contains("STARTTLS");
    loop {
        let line = connection.read_line().await?.to_ascii_uppercase();
        if line.starts_with("* CAPABILITY") && line.split_whitespace().any(|word| word == "STARTTLS") {
            offers_starttls = true;
        }
        if line.starts_with("S1 ") {
            break;
        }
    }
    if !offers_starttls {
        return Err(StepFailure::server(
            tr!("probe-fail-no-starttls", command = "STARTTLS"),
            connection.transcript().to_owned(),
        )
        .with_fault(Some(Fault::StarttlsMissing)));
    }
    connection.send_line("s2 STARTTLS").await?;
    loop {
        let line = connection.read_line().await?.to_ascii_uppercase();
        if line.starts_with("S2 OK") {
            break;
        }
        if line.starts_with("S2 ") {
            return Err(StepFailure::server(
                tr!("probe-fail-starttls-refused", command = "STARTTLS"),
                connection.transcript().to_owned(),
            ));
        }
    }
    let tcp = ensure_nothing_follows(connection)?;
    let (tls, detail) = tls_handshake_after(tcp, host, &request.trust, "STARTTLS").await?;
    Ok(((tls, Some(greeting)), detail, None))
}

/// Reads the untagged CAPABILITY answer line by line, before async-imap
/// takes the stream over (it offers no pre-authentication CAPABILITY).
async fn read_capabilities<S>(connection: &mut LineConnection<S>) -> Result<Vec<String>, StepFailure>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    connection.send_line("c1 CAPABILITY").await?;
    let mut capabilities = Vec::new();
    loop {
        let line = connection.read_line().await?;
        let upper = line.to_ascii_uppercase();
        if let Some(list) = upper.strip_prefix("* CAPABILITY ") {
            let original = &line[line.len() - list.len()..];
            capabilities.extend(original.split_whitespace().map(str::to_owned));
        } else if upper.starts_with("C1 OK") {
            return Ok(capabilities);
        } else if upper.starts_with("C1 ") {
            return Err(StepFailure::server(tr!("probe-fail-capability"), connection.transcript().to_owned()));
        }
    }
}

/// The server's own words from an async-imap error.
fn server_words(error: &async_imap::error::Error) -> String {
    use async_imap::error::Error;
    match error {
        Error::No(text) => format!("NO {}", status_text(text)),
        Error::Bad(text) => format!("BAD {}", status_text(text)),
        Error::ConnectionLost => "(the server closed the connection)".to_owned(),
        other => other.to_string(),
    }
}

/// async-imap keeps a NO/BAD reply as `code: Some(…), info: Some("…")`;
/// this turns it back into the reply's own shape, `[CODE] text`.
fn status_text(debug_text: &str) -> String {
    let info = debug_text
        .split_once("info: Some(\"")
        .map(|(_, rest)| rest.strip_suffix("\")").unwrap_or(rest).replace("\\\"", "\""))
        .unwrap_or_default();
    let code = debug_text
        .strip_prefix("code: Some(")
        .and_then(|rest| rest.split_once("), info:"))
        .map(|(code, _)| code.trim_matches('"').to_ascii_uppercase());
    match (code, info.is_empty()) {
        (Some(code), _) => format!("[{code}] {info}").trim_end().to_owned(),
        (None, false) => info,
        (None, true) => debug_text.to_owned(),
    }
}

/// Answers the first challenge with the XOAUTH2 payload and any later one
/// (the server's JSON error) with an empty response, as the mechanism
/// requires; answering twice with the token would hang or repeat it.
struct XOAuth2 {
    payload: crate::secret::Secret,
    answered: bool,
    challenges: Arc<Mutex<Vec<String>>>,
}

impl async_imap::Authenticator for XOAuth2 {
    type Response = zeroize::Zeroizing<Vec<u8>>;

    fn process(&mut self, challenge: &[u8]) -> Self::Response {
        if self.answered {
            if let Ok(text) = std::str::from_utf8(challenge) {
                self.challenges.lock().expect("no panics while holding it").push(text.to_owned());
            }
            zeroize::Zeroizing::new(Vec::new())
        } else {
            self.answered = true;
            zeroize::Zeroizing::new(self.payload.expose().as_bytes().to_vec())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::status_text;

    #[test]
    fn restores_the_servers_reply_text() {
        assert_eq!(status_text(r#"code: None, info: Some("AUTHENTICATE failed.")"#), "AUTHENTICATE failed.");
        assert_eq!(
            status_text(r#"code: Some(Alert), info: Some("User is authenticated but not connected.")"#),
            "[ALERT] User is authenticated but not connected."
        );
        assert_eq!(status_text(r#"code: None, info: Some("say \"hi\"")"#), r#"say "hi""#);
        assert_eq!(status_text("outcome: odd"), "outcome: odd");
    }
}
