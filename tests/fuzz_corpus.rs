//! The fuzz corpus (`fuzz/corpus/autoconfig`) through the real parser, in
//! every `cargo test`: the fuzz target's inputs and its invariants stay
//! checked on stable Rust, where `cargo fuzz` (nightly) does not run.

use mailsetup::provider::discovery::autoconfig::{ConfigError, is_host_name, parse_config};
use std::path::Path;

#[test]
fn the_fuzz_corpus_parses_without_panics_and_keeps_the_invariants() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/autoconfig");
    let mut inputs = 0;
    let mut accepted = 0;
    for entry in std::fs::read_dir(&dir).expect("the corpus directory") {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        inputs += 1;
        // Also every prefix: truncated documents are a classic parser trap.
        for end in (0..=bytes.len()).step_by(7).chain([bytes.len()]) {
            if let Ok(config) = parse_config(&bytes[..end], "fuzz.example") {
                for server in config.incoming.iter().chain(&config.outgoing) {
                    assert!(is_host_name(&server.hostname) && server.port != 0, "{server:?}");
                }
                if end == bytes.len() {
                    accepted += 1;
                }
            }
        }
    }
    assert!(inputs >= 4, "the corpus is there");
    assert!(accepted >= 2, "the valid seeds parse");
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let big = vec![b'<'; 300 * 1024];
    assert_eq!(parse_config(&big, "fuzz.example"), Err(ConfigError::TooLarge));
}
