//! Reading a mail server's replies without trusting their size: the limits,
//! a byte meter that enforces them, a line buffer for the replies the probes
//! read themselves, the SMTP reply syntax, and the cap on text kept in a
//! report.
//!
//! Standard library only: `fuzz/fuzz_targets/probe_replies.rs` compiles this
//! file by `#[path]`, so keep it free of crate and async dependencies.

use std::fmt;

/// The longest SMTP reply line accepted, CRLF included: 1000 bytes.
/// RFC 5321 §4.5.3.1.5 limits a reply line to 512 bytes and real servers stay
/// well below; lettre refuses longer lines too (its `MAX_RESPONSE_LINE_BYTES`
/// is 1000), but only after it has buffered the whole line, so a line that
/// never ends would grow without limit. This limit is checked as bytes arrive.
pub const SMTP_MAX_LINE_BYTES: usize = 1000;

/// The most bytes an SMTP server may send during one step: 64 KiB. The
/// biggest step reads three replies (MAIL, RCPT, RSET); the biggest single
/// reply, an EHLO list of twenty extensions or a 5xx with a help link, is
/// under 2 KB. lettre's own ceiling (100 000 bytes per reply) is checked only
/// after each line, and per reply rather than per step.
pub const SMTP_MAX_STEP_BYTES: usize = 64 * 1024;

/// The longest IMAP response line accepted, CRLF included: 8192 bytes. The
/// lines our steps read (greeting, CAPABILITY, SELECT's FLAGS and
/// PERMANENTFLAGS, a NO with an [ALERT]) are a few hundred bytes; 8192 is the
/// line length RFC 7162 §4 recommends implementations accept. async-imap
/// would buffer a line up to 512 MiB before it gives up.
pub const IMAP_MAX_LINE_BYTES: usize = 8192;

/// The most bytes an IMAP server may send during one step: 64 KiB. SELECT of
/// a mailbox with many keywords is the largest answer we read (a few KB).
pub const IMAP_MAX_STEP_BYTES: usize = 64 * 1024;

/// The longest POP3 response line accepted, CRLF included: 2048 bytes.
/// RFC 2449 §4 limits a response line to 512 octets; the longest line our
/// steps read is a base64 JSON challenge after a refused token (about 300
/// bytes), so four times the RFC's limit leaves room for a verbose server.
pub const POP3_MAX_LINE_BYTES: usize = 2048;

/// The most bytes a POP3 server may send during one step: 64 KiB, as for
/// IMAP. CAPA is the largest answer we read (a dozen short lines).
pub const POP3_MAX_STEP_BYTES: usize = 64 * 1024;

/// The most text of the server's (or our own) words a report step keeps,
/// per field: 4096 bytes. Real replies worth showing (a capability list, an
/// Exchange NO with its [ALERT], a JSON challenge) are under 1 KB; a hostile
/// server must not be able to fill the report, the ticket or the bundle.
pub const MAX_KEPT_TEXT_BYTES: usize = 4096;

/// The size limits for one protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReplyLimits {
    /// Longest line, line end included.
    pub max_line: usize,
    /// Most bytes in one step.
    pub max_step: usize,
}

/// SMTP's limits.
pub const SMTP_LIMITS: ReplyLimits = ReplyLimits { max_line: SMTP_MAX_LINE_BYTES, max_step: SMTP_MAX_STEP_BYTES };

/// IMAP's limits.
pub const IMAP_LIMITS: ReplyLimits = ReplyLimits { max_line: IMAP_MAX_LINE_BYTES, max_step: IMAP_MAX_STEP_BYTES };

/// POP3's limits.
pub const POP3_LIMITS: ReplyLimits = ReplyLimits { max_line: POP3_MAX_LINE_BYTES, max_step: POP3_MAX_STEP_BYTES };

/// Which limit a server broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overrun {
    /// A line grew past the limit without ending.
    Line { limit: usize },
    /// The step's replies together grew past the limit.
    Step { limit: usize },
}

impl fmt::Display for Overrun {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Overrun::Line { limit } => f.write_str(&crate::tr!("probe-fail-line-too-long", limit = *limit)),
            Overrun::Step { limit } => f.write_str(&crate::tr!("probe-fail-step-too-long", limit = *limit)),
        }
    }
}

impl std::error::Error for Overrun {}

/// Counts the bytes a server sends and refuses them once a line or a step
/// is too long. It sees every byte as it arrives, before anyone buffers it.
#[derive(Debug, Clone)]
pub struct ReplyMeter {
    limits: ReplyLimits,
    /// Bytes of the line not yet ended.
    line: usize,
    /// Bytes since the step began.
    step: usize,
    /// Once broken, a limit stays broken: nothing more is accepted.
    overrun: Option<Overrun>,
}

impl ReplyMeter {
    pub fn new(limits: ReplyLimits) -> Self {
        Self { limits, line: 0, step: 0, overrun: None }
    }

    pub fn limits(&self) -> ReplyLimits {
        self.limits
    }

    /// Starts counting a new step's budget.
    pub fn begin_step(&mut self) {
        self.step = 0;
    }

    /// The limit broken so far, if any.
    pub fn overrun(&self) -> Option<Overrun> {
        self.overrun
    }

    /// Accounts for bytes that just arrived.
    pub fn observe(&mut self, bytes: &[u8]) -> Result<(), Overrun> {
        if let Some(overrun) = self.overrun {
            return Err(overrun);
        }
        self.step = self.step.saturating_add(bytes.len());
        let mut result = Ok(());
        if self.step > self.limits.max_step {
            result = Err(Overrun::Step { limit: self.limits.max_step });
        }
        let mut rest = bytes;
        while result.is_ok() {
            match rest.iter().position(|&b| b == b'\n') {
                Some(end) => {
                    if self.line + end + 1 > self.limits.max_line {
                        result = Err(Overrun::Line { limit: self.limits.max_line });
                    }
                    self.line = 0;
                    rest = &rest[end + 1..];
                }
                None => {
                    self.line += rest.len();
                    // A line that has not ended may still need its CRLF.
                    if self.line >= self.limits.max_line {
                        result = Err(Overrun::Line { limit: self.limits.max_line });
                    }
                    break;
                }
            }
        }
        if let Err(overrun) = result {
            self.overrun = Some(overrun);
        }
        result
    }
}

/// Bytes read from a server, handed out one line at a time. Everything
/// pushed goes through a [`ReplyMeter`] first, so it never holds more than
/// one step's budget.
#[derive(Debug, Clone)]
pub struct LineBuffer {
    meter: ReplyMeter,
    pending: Vec<u8>,
}

impl LineBuffer {
    pub fn new(limits: ReplyLimits) -> Self {
        Self { meter: ReplyMeter::new(limits), pending: Vec::new() }
    }

    /// Starts a new step's budget.
    pub fn begin_step(&mut self) {
        self.meter.begin_step();
    }

    /// Adds bytes that arrived; refuses them (and keeps nothing) once a
    /// limit is broken.
    pub fn push(&mut self, bytes: &[u8]) -> Result<(), Overrun> {
        self.meter.observe(bytes)?;
        self.pending.extend_from_slice(bytes);
        Ok(())
    }

    /// The next complete line, without its line end (CRLF or a bare LF).
    /// Bytes that are not UTF-8 are shown as U+FFFD.
    pub fn next_line(&mut self) -> Option<String> {
        let end = self.pending.iter().position(|&b| b == b'\n')?;
        let mut line: Vec<u8> = self.pending.drain(..=end).collect();
        line.pop();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        Some(String::from_utf8_lossy(&line).into_owned())
    }

    /// Bytes received but not yet handed out as lines.
    pub fn leftover(&self) -> &[u8] {
        &self.pending
    }
}

/// One SMTP reply: its code and the text of each line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpReply {
    pub code: u16,
    pub lines: Vec<String>,
}

impl SmtpReply {
    /// 2xx and 3xx.
    pub fn is_positive(&self) -> bool {
        self.code < 400
    }

    /// The reply as the server wrote it, one `code text` per line.
    pub fn text(&self) -> String {
        self.lines.iter().map(|line| if line.is_empty() { self.code.to_string() } else { format!("{} {line}", self.code) }).collect::<Vec<_>>().join("\n")
    }

    /// For an EHLO reply: whether an extension keyword (the first word of a
    /// line after the first) is announced. Case-insensitive.
    pub fn offers(&self, keyword: &str) -> bool {
        self.lines.iter().skip(1).any(|line| line.split_whitespace().next().is_some_and(|word| word.eq_ignore_ascii_case(keyword)))
    }
}

/// Why a line is not part of a valid SMTP reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplyError {
    /// The line does not start with a three-digit code (2xx to 5xx) followed
    /// by a space, a hyphen or the line end.
    NotAReply { line: String },
    /// A continuation line carries another code than the reply's first line.
    CodeChanged { first: u16, then: u16 },
}

impl fmt::Display for ReplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplyError::NotAReply { .. } => f.write_str(&crate::tr!("probe-fail-not-smtp-reply")),
            ReplyError::CodeChanged { first, then } => {
                f.write_str(&crate::tr!("probe-fail-smtp-code-changed", first = u32::from(*first), then = u32::from(*then)))
            }
        }
    }
}

impl std::error::Error for ReplyError {}

/// Collects the lines of one SMTP reply (RFC 5321 §4.2: `250-…` lines, then
/// one `250 …` line).
#[derive(Debug, Default, Clone)]
pub struct SmtpReplyParser {
    code: Option<u16>,
    lines: Vec<String>,
}

impl SmtpReplyParser {
    pub fn new() -> Self {
        Self::default()
    }

    /// Takes one line (without its line end); returns the reply once its
    /// last line has come.
    pub fn push_line(&mut self, line: &str) -> Result<Option<SmtpReply>, ReplyError> {
        let not_a_reply = || ReplyError::NotAReply { line: line.to_owned() };
        let bytes = line.as_bytes();
        if bytes.len() < 3 || !bytes[..3].iter().all(u8::is_ascii_digit) || !(b'2'..=b'5').contains(&bytes[0]) {
            return Err(not_a_reply());
        }
        let code: u16 = line[..3].parse().map_err(|_| not_a_reply())?;
        let (last, text) = match bytes.get(3) {
            None => (true, ""),
            Some(b' ') => (true, &line[4..]),
            Some(b'-') => (false, &line[4..]),
            Some(_) => return Err(not_a_reply()),
        };
        match self.code {
            Some(first) if first != code => return Err(ReplyError::CodeChanged { first, then: code }),
            _ => self.code = Some(code),
        }
        self.lines.push(text.to_owned());
        if last {
            let lines = std::mem::take(&mut self.lines);
            self.code = None;
            Ok(Some(SmtpReply { code, lines }))
        } else {
            Ok(None)
        }
    }
}

/// `text`, cut to at most `max` bytes (at a character boundary) with an
/// honest marker saying how much was cut: `… 1234 bytes cut`.
pub fn cap_text(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_owned();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{} … {} bytes cut", &text[..end], text.len() - end)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TINY: ReplyLimits = ReplyLimits { max_line: 10, max_step: 40 };

    #[test]
    fn a_line_at_the_limit_passes_and_one_byte_more_does_not() {
        let mut meter = ReplyMeter::new(TINY);
        assert_eq!(meter.observe(b"12345678\r\n"), Ok(()));
        assert_eq!(meter.observe(b"123456789\r\n"), Err(Overrun::Line { limit: 10 }));
        // It stays broken.
        assert_eq!(meter.observe(b"ok\r\n"), Err(Overrun::Line { limit: 10 }));
    }

    #[test]
    fn a_line_that_never_ends_is_refused_as_it_grows() {
        let mut meter = ReplyMeter::new(TINY);
        assert_eq!(meter.observe(b"12345"), Ok(()));
        assert_eq!(meter.observe(b"6789"), Ok(()));
        assert_eq!(meter.observe(b"0"), Err(Overrun::Line { limit: 10 }));
    }

    #[test]
    fn the_step_budget_counts_every_line_and_resets_per_step() {
        let mut meter = ReplyMeter::new(TINY);
        for _ in 0..10 {
            assert_eq!(meter.observe(b"abc\n"), Ok(()));
        }
        assert_eq!(meter.observe(b"x\n"), Err(Overrun::Step { limit: 40 }));
        let mut meter = ReplyMeter::new(TINY);
        for _ in 0..3 {
            for _ in 0..10 {
                meter.observe(b"abc\n").unwrap();
            }
            meter.begin_step();
        }
    }

    #[test]
    fn lines_come_out_without_their_ends_and_the_rest_stays() {
        let mut lines = LineBuffer::new(SMTP_LIMITS);
        lines.push(b"220 hi\r\n250 ok\nrest").unwrap();
        assert_eq!(lines.next_line().as_deref(), Some("220 hi"));
        assert_eq!(lines.next_line().as_deref(), Some("250 ok"));
        assert_eq!(lines.next_line(), None);
        assert_eq!(lines.leftover(), b"rest");
    }

    #[test]
    fn smtp_replies_are_collected_line_by_line() {
        let mut parser = SmtpReplyParser::new();
        assert_eq!(parser.push_line("250-mail.example"), Ok(None));
        assert_eq!(parser.push_line("250-STARTTLS"), Ok(None));
        let reply = parser.push_line("250 AUTH PLAIN XOAUTH2").unwrap().unwrap();
        assert_eq!(reply.code, 250);
        assert!(reply.offers("starttls") && reply.offers("AUTH") && !reply.offers("mail.example"));
        assert_eq!(reply.text(), "250 mail.example\n250 STARTTLS\n250 AUTH PLAIN XOAUTH2");
        assert_eq!(parser.push_line("220").unwrap().unwrap().text(), "220");
        assert!(matches!(parser.push_line("go ahead"), Err(ReplyError::NotAReply { .. })));
        assert!(matches!(parser.push_line("2200 x"), Err(ReplyError::NotAReply { .. })));
        assert!(matches!(parser.push_line("650 x"), Err(ReplyError::NotAReply { .. })));
        parser.push_line("250-a").unwrap();
        assert_eq!(parser.push_line("535 b"), Err(ReplyError::CodeChanged { first: 250, then: 535 }));
    }

    #[test]
    fn capped_text_says_how_much_was_cut() {
        assert_eq!(cap_text("short", 10), "short");
        assert_eq!(cap_text("abcdefghij", 4), "abcd … 6 bytes cut");
        // "ë" is two bytes: the cut never splits it.
        assert_eq!(cap_text("zoë!", 3), "zo … 3 bytes cut");
    }
}
