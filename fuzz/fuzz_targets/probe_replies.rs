#![no_main]

#[path = "../tr_stand_in.rs"]
mod tr_stand_in;

#[allow(dead_code)]
#[path = "../../src/probe/reply.rs"]
mod reply;

#[path = "../reply_invariants.rs"]
mod reply_invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    reply_invariants::check(data);
});
