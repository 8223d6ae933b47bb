//! Reading CRLF-terminated command lines with a length cap, for the IMAP and
//! SMTP servers.
//!
//! The reader keeps its own buffer rather than a `BufReader`, so the SMTP
//! server can see (and throw away) bytes a client pipelined behind
//! `STARTTLS`: those arrived in plain text and must not be read as if they
//! came through TLS (the STARTTLS command-injection class of bugs).

use std::io;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt as _, AsyncWrite, AsyncWriteExt as _};

/// One read from the client: a line as text, or (for DATA) as bytes.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Line<T = String> {
    /// A line without its CRLF (a bare LF is accepted too).
    Text(T),
    /// The client sent more than the cap without a line end.
    TooLong,
    /// The client closed the connection (or went silent past the deadline).
    Closed,
}

/// A line reader with its own buffer.
#[derive(Debug, Default)]
pub(crate) struct LineReader {
    buf: Vec<u8>,
}

impl LineReader {
    /// Reads the next line, waiting at most `idle` for it.
    pub async fn read_line<R: AsyncRead + Unpin>(
        &mut self,
        stream: &mut R,
        max_len: usize,
        idle: Duration,
    ) -> io::Result<Line> {
        Ok(match self.read_bytes(stream, max_len, idle).await? {
            Line::Text(line) => Line::Text(String::from_utf8_lossy(&line).into_owned()),
            Line::TooLong => Line::TooLong,
            Line::Closed => Line::Closed,
        })
    }

    /// [`LineReader::read_line`] without decoding: the line's octets as sent.
    pub async fn read_bytes<R: AsyncRead + Unpin>(
        &mut self,
        stream: &mut R,
        max_len: usize,
        idle: Duration,
    ) -> io::Result<Line<Vec<u8>>> {
        match tokio::time::timeout(idle, self.read_line_inner(stream, max_len)).await {
            Ok(result) => result,
            Err(_elapsed) => Ok(Line::Closed),
        }
    }

    async fn read_line_inner<R: AsyncRead + Unpin>(
        &mut self,
        stream: &mut R,
        max_len: usize,
    ) -> io::Result<Line<Vec<u8>>> {
        loop {
            if let Some(end) = self.buf.iter().position(|&b| b == b'\n') {
                let mut line: Vec<u8> = self.buf.drain(..=end).collect();
                line.pop();
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                if line.len() > max_len {
                    return Ok(Line::TooLong);
                }
                return Ok(Line::Text(line));
            }
            if self.buf.len() > max_len + 2 {
                return Ok(Line::TooLong);
            }
            let mut chunk = [0u8; 4096];
            let read = stream.read(&mut chunk).await?;
            if read == 0 {
                return Ok(Line::Closed);
            }
            self.buf.extend_from_slice(&chunk[..read]);
        }
    }

    /// Takes whatever the client sent beyond the last line read.
    pub fn take_buffered(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.buf)
    }
}

/// Writes `text` (one or more lines, each without its CRLF) and flushes.
pub(crate) async fn send<W: AsyncWrite + Unpin>(stream: &mut W, lines: &[&str]) -> io::Result<()> {
    let mut out = String::new();
    for line in lines {
        out.push_str(line);
        out.push_str("\r\n");
    }
    stream.write_all(out.as_bytes()).await?;
    stream.flush().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn splits_lines_and_caps_length() {
        let input: &[u8] = b"a1 NOOP\r\nbare lf\nrest";
        let mut stream = input;
        let mut reader = LineReader::default();
        let second = Duration::from_secs(1);
        assert_eq!(reader.read_line(&mut stream, 100, second).await.ok(), Some(Line::Text("a1 NOOP".into())));
        assert_eq!(reader.read_line(&mut stream, 100, second).await.ok(), Some(Line::Text("bare lf".into())));
        assert_eq!(reader.read_line(&mut stream, 100, second).await.ok(), Some(Line::Closed));
        assert_eq!(reader.take_buffered(), b"rest");

        let long = vec![b'x'; 300];
        let mut stream = long.as_slice();
        assert_eq!(LineReader::default().read_line(&mut stream, 100, second).await.ok(), Some(Line::TooLong));
    }
}
