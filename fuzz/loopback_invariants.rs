// The loopback request properties the `loopback_head` fuzz target and
// `tests/loopback_listener.rs` (over `fuzz/corpus/loopback_head`) check.
// Shared by `#[path]`: the fuzz crate compiles src/oauth/callback.rs as its
// own `crate::callback` module, the test maps `crate::callback` to
// mailsetup's.
use crate::callback::{
    Callback, Expected, HeadReader, MAX_HEAD_BYTES, MAX_REQUEST_TARGET_BYTES, Progress, REDIRECT_PATH, Verdict, classify, same_issuer,
};

/// The state every check expects.
const STATE: &str = "fuzz-state";

/// For any bytes: reading them as a head never panics, gives the same
/// outcome however the bytes are split into reads, and an accepted head
/// keeps the limits; judging a target never panics, and whatever it takes
/// for our callback is one: GET, the exact redirect path, our state, each
/// redirect parameter once, and an `iss` that matches or is reported.
pub fn check(data: &[u8]) {
    let whole = read_whole(data);
    assert_eq!(read_split(data), whole, "the outcome must not depend on how the bytes arrive");
    if let Progress::Done(Ok(head)) = &whole {
        assert!(head.target.expose().len() <= MAX_REQUEST_TARGET_BYTES);
        assert!(head.http_minor <= 1);
        assert!(!head.method.is_empty() && !head.target.expose().is_empty());
        check_classification(&head.method, head.target.expose());
    }
    // The query logic on its own, with the bytes as a target.
    let text = String::from_utf8_lossy(data);
    check_classification("GET", &text);
    check_classification("GET", &format!("{REDIRECT_PATH}?{text}"));
}

fn read_whole(data: &[u8]) -> Progress {
    let mut reader = HeadReader::new();
    let n = data.len().min(MAX_HEAD_BYTES);
    reader.spare()[..n].copy_from_slice(&data[..n]);
    reader.advance(n)
}

/// Feeds the bytes in reads of 1 to 17 bytes, the sizes taken from the data.
fn read_split(data: &[u8]) -> Progress {
    let mut reader = HeadReader::new();
    let mut offset = 0;
    let mut outcome = Progress::NeedMore;
    while offset < data.len() && outcome == Progress::NeedMore {
        let spare = reader.spare();
        let size = (usize::from(data[offset % data.len()] % 17) + 1).min(data.len() - offset).min(spare.len());
        spare[..size].copy_from_slice(&data[offset..offset + size]);
        offset += size;
        outcome = reader.advance(size);
    }
    outcome
}

fn check_classification(method: &str, target: &str) {
    let server = url::Url::parse("https://login.example/authorize").expect("a valid URL");
    for expected in [Expected { state: STATE, issuer: None }, Expected { state: STATE, issuer: Some(&server) }] {
        let (verdict, callback) = classify(method, target, &expected);
        assert_eq!(verdict == Verdict::Callback, callback.is_some(), "{verdict:?}");
        let Some(callback) = callback else { continue };
        assert_eq!(method, "GET");
        let (path, query) = target.split_once('?').expect("a callback has a query");
        assert_eq!(path, REDIRECT_PATH);
        let pairs: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes()).into_owned().collect();
        let values = |name: &str| pairs.iter().filter(|(key, _)| key == name).map(|(_, value)| value.as_str()).collect::<Vec<_>>();
        assert_eq!(values("state"), [STATE]);
        for name in ["code", "error", "error_description", "error_uri", "iss"] {
            assert!(values(name).len() <= 1, "{name} repeated");
        }
        match callback {
            Callback::Code { code, issuer } => {
                assert_eq!(values("code"), [code.expose()]);
                assert!(values("error").is_empty());
                assert_eq!(issuer.as_deref(), values("iss").first().copied());
                if let (Some(server), Some(issuer)) = (expected.issuer, &issuer) {
                    assert!(same_issuer(issuer, server), "{issuer}");
                }
            }
            Callback::Error { error, .. } => assert_eq!(values("error"), [error.as_str()]),
            Callback::IssuerMismatch { issuer } => {
                assert!(values("error").is_empty() && values("code").len() == 1);
                assert_eq!(values("iss"), [issuer.as_str()]);
                assert!(!same_issuer(&issuer, expected.issuer.expect("only checked against a server")));
            }
        }
    }
}
