#![no_main]

#[allow(dead_code)]
#[path = "../../src/thunderbird/prefs.rs"]
mod prefs;

#[path = "../invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    invariants::check(data);
});
