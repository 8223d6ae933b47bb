// The properties of the probes' reply readers (src/probe/reply.rs) that the
// `probe_replies` fuzz target and `tests/probe_reply_corpus.rs` check.
// Shared by `#[path]`: the fuzz crate compiles src/probe/reply.rs as its own
// `crate::reply` module (std only), the test maps `crate::reply` to
// mailsetup's.
use crate::reply::{LineBuffer, Overrun, ReplyLimits, ReplyMeter, SmtpReplyParser, cap_text};

/// For any input: the first byte picks limits (small, so that they are
/// broken often) and the second a chunk size; the rest is what a server
/// sends, where a `\0` byte starts a new step. Then:
/// - the meter breaks a limit in exactly the chunk where a byte-by-byte
///   reference model first breaks it, whatever the chunking;
/// - no line handed out is longer than the line limit, and the buffer never
///   holds more than one step's budget plus one chunk;
/// - every SMTP reply parsed has a code from 200 to 599, and its text has
///   one line per line parsed;
/// - `cap_text` keeps a prefix of at most the cap and counts the cut bytes.
pub fn check(data: &[u8]) {
    let [pick, chunk, rest @ ..] = data else { return };
    let limits = ReplyLimits { max_line: 1 + usize::from(pick & 0x3f), max_step: 1 + usize::from(pick >> 2) * 8 };
    let chunk = 1 + usize::from(*chunk % 64);

    let first_break = reference_first_break(rest, limits);
    let mut meter = ReplyMeter::new(limits);
    let mut lines = LineBuffer::new(limits);
    let mut parser = SmtpReplyParser::new();
    let mut offset = 0;
    for piece in rest.chunks(chunk) {
        let mut step_pieces = piece.split(|&b| b == 0).peekable();
        let mut piece_offset = offset;
        while let Some(part) = step_pieces.next() {
            let result = meter.observe(part);
            let pushed = lines.push(part);
            assert_eq!(result, pushed, "the meter and the line buffer agree");
            let broke_here = first_break.is_some_and(|(at, _)| at >= piece_offset && at < piece_offset + part.len());
            match result {
                Err(overrun) => {
                    let (_, expected) = first_break.expect("the reference saw a break");
                    assert!(broke_here, "the meter broke in the part at {piece_offset}, the reference at {first_break:?}");
                    // Within one part the meter may name the step budget
                    // where the reference names a line broken a byte earlier.
                    if part.len() == 1 {
                        assert_eq!(overrun, expected);
                    }
                    check_cap(rest);
                    return;
                }
                Ok(()) => assert!(!broke_here, "the reference broke at {first_break:?} inside this part"),
            }
            while let Some(line) = lines.next_line() {
                // Each byte not UTF-8 becomes U+FFFD (3 bytes).
                assert!(line.len() <= 3 * limits.max_line, "a line within the limit");
                if let Ok(Some(reply)) = parser.push_line(&line) {
                    assert!((200..600).contains(&reply.code), "{}", reply.code);
                    assert_eq!(reply.text().lines().count().max(1), reply.lines.len().max(1));
                }
            }
            assert!(lines.leftover().len() < limits.max_line, "an unended line stays below the limit");
            piece_offset += part.len() + 1;
            if step_pieces.peek().is_some() {
                meter.begin_step();
                lines.begin_step();
            }
        }
        offset += piece.len();
    }
    assert!(first_break.is_none(), "the reference broke at {first_break:?}, the meter never did");
    check_cap(rest);
}

/// Byte by byte: where the first limit breaks, and which. `\0` starts a step.
fn reference_first_break(data: &[u8], limits: ReplyLimits) -> Option<(usize, Overrun)> {
    let (mut line, mut step) = (0usize, 0usize);
    for (at, &byte) in data.iter().enumerate() {
        if byte == 0 {
            step = 0;
            continue;
        }
        step += 1;
        let step_broken = step > limits.max_step;
        let line_broken = if byte == b'\n' {
            let broken = line + 1 > limits.max_line;
            line = 0;
            broken
        } else {
            line += 1;
            line >= limits.max_line
        };
        if step_broken {
            return Some((at, Overrun::Step { limit: limits.max_step }));
        }
        if line_broken {
            return Some((at, Overrun::Line { limit: limits.max_line }));
        }
    }
    None
}

fn check_cap(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let max = data.len() / 2;
    let capped = cap_text(&text, max);
    if text.len() <= max {
        assert_eq!(capped, text);
    } else {
        let (kept, marker) = capped.rsplit_once(" … ").expect("a marker");
        assert!(kept.len() <= max && text.starts_with(kept));
        assert_eq!(marker, format!("{} bytes cut", text.len() - kept.len()));
    }
}
