//! The `probe_replies` fuzz corpus (`fuzz/corpus/probe_replies`) through the
//! real reply readers, in every `cargo test`: the fuzz target's inputs and
//! invariants (`fuzz/reply_invariants.rs`) stay checked on stable Rust,
//! where `cargo fuzz` (nightly) does not run.

use std::path::Path;

/// `fuzz/reply_invariants.rs` names the module `crate::reply`.
mod reply {
    pub use mailsetup::probe::reply::*;
}

#[path = "../fuzz/reply_invariants.rs"]
mod reply_invariants;

#[test]
fn the_fuzz_corpus_keeps_the_reply_reader_invariants() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/probe_replies");
    let mut inputs = 0;
    for entry in std::fs::read_dir(&dir).expect("the corpus directory") {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        // Every prefix too: a reply cut anywhere is what a closed connection gives.
        for end in 0..=bytes.len() {
            reply_invariants::check(&bytes[..end]);
        }
        inputs += 1;
    }
    assert!(inputs >= 4, "the corpus is there");
}
