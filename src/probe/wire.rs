//! What sits between a probe and a server's bytes: a metered stream that
//! enforces [`super::reply`]'s limits under async-imap and lettre (which
//! would otherwise buffer a line without end), a line reader for the parts
//! the probes speak themselves, and the check that nothing follows a
//! STARTTLS go-ahead in plain text.

use super::StepFailure;
use super::reply::{LineBuffer, cap_text, MAX_KEPT_TEXT_BYTES, Overrun, ReplyLimits, ReplyMeter, SmtpReply, SmtpReplyParser};
use crate::troubleshoot::fault::{Fault, classify_io};
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};

/// How many bytes one read asks for. Small enough that a server can never
/// push more than this past a limit before the read that breaks it fails.
const READ_CHUNK_BYTES: usize = 4096;

/// The meter's state, shared by the stream (inside a library) and the probe
/// (which starts each step and asks what went wrong).
#[derive(Clone)]
pub(crate) struct Meter(Arc<Mutex<MeterState>>);

struct MeterState {
    meter: ReplyMeter,
    /// What the server said during this step, up to [`MAX_KEPT_TEXT_BYTES`].
    heard: Vec<u8>,
    /// Bytes heard this step beyond what `heard` keeps.
    heard_cut: usize,
}

impl Meter {
    pub fn new(limits: ReplyLimits) -> Self {
        Self(Arc::new(Mutex::new(MeterState { meter: ReplyMeter::new(limits), heard: Vec::new(), heard_cut: 0 })))
    }

    fn state(&self) -> std::sync::MutexGuard<'_, MeterState> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Starts a step: a fresh budget, and forgets what was heard.
    pub fn begin_step(&self) {
        let mut state = self.state();
        state.meter.begin_step();
        state.heard.clear();
        state.heard_cut = 0;
    }

    /// The limit the server broke, if it did.
    pub fn overrun(&self) -> Option<Overrun> {
        self.state().meter.overrun()
    }

    /// What the server said during this step, trimmed, with the cut marked.
    pub fn heard(&self) -> String {
        let state = self.state();
        let text = String::from_utf8_lossy(&state.heard).trim_end().to_owned();
        if state.heard_cut > 0 { format!("{text} … {} bytes cut", state.heard_cut) } else { text }
    }

    /// Turns a library's failure into ours when it was the meter that
    /// stopped the read: the limit, and what the server had said by then.
    pub fn explain(&self, failure: StepFailure) -> StepFailure {
        match self.overrun() {
            Some(overrun) => overrun_failure(overrun, self.heard()),
            None => failure,
        }
    }

    fn observe(&self, bytes: &[u8]) -> Result<(), Overrun> {
        let mut state = self.state();
        let room = MAX_KEPT_TEXT_BYTES.saturating_sub(state.heard.len());
        let kept = room.min(bytes.len());
        state.heard.extend_from_slice(&bytes[..kept]);
        state.heard_cut += bytes.len() - kept;
        state.meter.observe(bytes)
    }
}

/// The failure for a broken limit.
pub(crate) fn overrun_failure(overrun: Overrun, heard: String) -> StepFailure {
    StepFailure::server(overrun.to_string(), heard).with_fault(Some(Fault::ReplyTooLong))
}

/// A stream whose every byte read passes the [`Meter`] first. async-imap
/// grows its buffer up to 512 MiB for one response and lettre reads a reply
/// line with `read_line` before checking its length, so neither bounds what a
/// server can make it hold; this wrapper fails the read instead, which they
/// both report as an I/O error.
#[derive(Debug)]
pub(crate) struct Metered<S> {
    inner: S,
    meter: Meter,
}

impl std::fmt::Debug for Meter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Meter").field("overrun", &self.overrun()).finish_non_exhaustive()
    }
}

impl<S> Metered<S> {
    pub fn new(inner: S, meter: Meter) -> Self {
        Self { inner, meter }
    }

    pub fn get_ref(&self) -> &S {
        &self.inner
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Metered<S> {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<std::io::Result<()>> {
        let this = self.get_mut();
        if let Some(overrun) = this.meter.overrun() {
            return Poll::Ready(Err(std::io::Error::new(std::io::ErrorKind::InvalidData, overrun)));
        }
        // Never ask for more than one chunk, so a limit is found at most one
        // chunk after it was passed. (A copy through a small buffer of our
        // own keeps this free of `unsafe`.)
        let mut chunk = [0u8; READ_CHUNK_BYTES];
        let room = buf.remaining().min(READ_CHUNK_BYTES);
        let mut limited = ReadBuf::new(&mut chunk[..room]);
        match Pin::new(&mut this.inner).poll_read(cx, &mut limited) {
            Poll::Ready(Ok(())) => {
                if let Err(overrun) = this.meter.observe(limited.filled()) {
                    return Poll::Ready(Err(std::io::Error::new(std::io::ErrorKind::InvalidData, overrun)));
                }
                buf.put_slice(limited.filled());
                Poll::Ready(Ok(()))
            }
            other => other,
        }
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Metered<S> {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, data: &[u8]) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.get_mut().inner).poll_write(cx, data)
    }
    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_flush(cx)
    }
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }
}

/// A connection the probe speaks itself, line by line, within limits.
pub(crate) struct LineConnection<S> {
    stream: S,
    lines: LineBuffer,
    /// Every line read this step, for the report when it fails.
    transcript: String,
}

impl<S: AsyncRead + AsyncWrite + Unpin> LineConnection<S> {
    pub fn new(stream: S, limits: ReplyLimits) -> Self {
        Self { stream, lines: LineBuffer::new(limits), transcript: String::new() }
    }

    /// Starts a step: a fresh budget and transcript.
    pub fn begin_step(&mut self) {
        self.lines.begin_step();
        self.transcript.clear();
    }

    /// The lines read this step.
    pub fn transcript(&self) -> &str {
        &self.transcript
    }

    /// Bytes received that no line has consumed yet.
    pub fn leftover(&self) -> &[u8] {
        self.lines.leftover()
    }

    /// The stream, and the bytes read but not consumed.
    pub fn into_parts(self) -> (S, Vec<u8>) {
        (self.stream, self.lines.leftover().to_vec())
    }

    /// Reads one line (without its line end).
    pub async fn read_line(&mut self) -> Result<String, StepFailure> {
        loop {
            if let Some(line) = self.lines.next_line() {
                if !self.transcript.is_empty() {
                    self.transcript.push('\n');
                }
                self.transcript.push_str(&line);
                return Ok(line);
            }
            let mut chunk = [0u8; READ_CHUNK_BYTES];
            let read = self
                .stream
                .read(&mut chunk)
                .await
                .map_err(|e| StepFailure::ours(crate::tr!("probe-fail-read", error = e.to_string())).with_fault(classify_io(&e)))?;
            if read == 0 {
                return Err(StepFailure::server(crate::tr!("probe-fail-closed"), self.transcript.clone()).with_fault(Some(Fault::ConnectionClosed)));
            }
            if let Err(overrun) = self.lines.push(&chunk[..read]) {
                // What the server said, including the chunk refused (at most
                // one read chunk; the report caps it further).
                let mut heard = self.transcript.clone();
                let mut partial = String::from_utf8_lossy(self.lines.leftover()).into_owned();
                partial.push_str(&String::from_utf8_lossy(&chunk[..read]));
                if let Overrun::Line { limit } = overrun {
                    // Past the limit, a line is no longer worth showing.
                    partial = cap_text(&partial, limit);
                }
                if !partial.is_empty() {
                    heard.push_str(if heard.is_empty() { "" } else { "\n" });
                    heard.push_str(&partial);
                }
                return Err(overrun_failure(overrun, heard));
            }
        }
    }

    /// Reads one whole SMTP reply.
    pub async fn read_smtp_reply(&mut self) -> Result<SmtpReply, StepFailure> {
        let mut parser = SmtpReplyParser::new();
        loop {
            let line = self.read_line().await?;
            match parser.push_line(&line) {
                Ok(Some(reply)) => return Ok(reply),
                Ok(None) => {}
                Err(error) => return Err(StepFailure::server(error.to_string(), self.transcript.clone())),
            }
        }
    }

    /// Writes one command line and flushes it (a TLS stream holds plain text
    /// until flushed).
    pub async fn send_line(&mut self, command: &str) -> Result<(), StepFailure> {
        let written = async {
            self.stream.write_all(format!("{command}\r\n").as_bytes()).await?;
            self.stream.flush().await
        };
        written.await.map_err(|e| StepFailure::ours(crate::tr!("probe-fail-write", error = e.to_string())).with_fault(classify_io(&e)))
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> LineConnection<S> {
    /// Writes a line that carries a secret (a SASL response): straight from
    /// the secret onto the wire, without an owned copy, never into the
    /// transcript. The caller has made sure the stream is encrypted.
    pub async fn send_secret_line(&mut self, line: &crate::secret::Secret) -> Result<(), StepFailure> {
        let written = async {
            self.stream.write_all(line.expose().as_bytes()).await?;
            self.stream.write_all(b"\r\n").await?;
            self.stream.flush().await
        };
        written.await.map_err(|e| StepFailure::ours(crate::tr!("probe-fail-write", error = e.to_string())).with_fault(classify_io(&e)))
    }
}

/// The words for bytes found after a STARTTLS go-ahead.
pub(crate) fn injection_failure(count: usize, transcript: &str) -> StepFailure {
    StepFailure::server(
        crate::tr!("probe-fail-starttls-injection", bytes = count),
        transcript.to_owned(),
    )
    .with_fault(Some(Fault::StarttlsInjection))
}

/// After a STARTTLS go-ahead, nothing may follow in plain text: whatever
/// did would be read as if it had come inside TLS (the STARTTLS command
/// injection class, CVE-2011-0411, seen from the client). Checks the bytes
/// read but not consumed, then asks the socket, without waiting, whether
/// more have already arrived. Bytes that arrive later still cannot pass:
/// the TLS handshake reads them as records and fails.
pub(crate) fn ensure_nothing_follows(
    connection: LineConnection<tokio::net::TcpStream>,
) -> Result<tokio::net::TcpStream, StepFailure> {
    if !connection.leftover().is_empty() {
        return Err(injection_failure(connection.leftover().len(), connection.transcript()));
    }
    let transcript = connection.transcript().to_owned();
    let (tcp, _) = connection.into_parts();
    // tokio's own readiness may lag behind the socket; ask the kernel itself
    // with a non-blocking peek (the std socket is already non-blocking).
    let std_stream = tcp.into_std().map_err(|e| StepFailure::ours(crate::tr!("probe-fail-cannot-check-connection", error = e.to_string())))?;
    let mut probe = [0u8; 256];
    let waiting = match std_stream.peek(&mut probe) {
        Ok(count) => count,
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => 0,
        Err(e) => return Err(StepFailure::ours(crate::tr!("probe-fail-read", error = e.to_string())).with_fault(classify_io(&e))),
    };
    if waiting > 0 {
        return Err(injection_failure(waiting, &transcript));
    }
    tokio::net::TcpStream::from_std(std_stream).map_err(|e| StepFailure::ours(crate::tr!("probe-fail-cannot-check-connection", error = e.to_string())))
}
