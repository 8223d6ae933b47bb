#![no_main]

#[allow(dead_code)]
#[path = "../../src/probe/reply.rs"]
mod reply;

#[path = "../reply_invariants.rs"]
mod reply_invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    reply_invariants::check(data);
});
