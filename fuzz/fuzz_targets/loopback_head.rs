//! Fuzzes what the loopback sign-in listener makes of the bytes a client
//! sends (`src/oauth/callback.rs`): the request-head reader with its limits
//! and the decision whether a request is our redirect. The properties are in
//! `fuzz/loopback_invariants.rs`, which `tests/loopback_listener.rs` also
//! runs over `fuzz/corpus/loopback_head`.
//!
//! The file is compiled here directly, with a stand-in for the one crate type
//! it uses (`crate::secret::Secret`), so the fuzz build needs only httparse,
//! url and zeroize.

#![no_main]

/// `crate::secret`, as `callback.rs` uses it.
mod secret {
    #[derive(Clone, PartialEq, Eq)]
    pub struct Secret(String);

    impl Secret {
        pub fn new(value: impl Into<String>) -> Self {
            Self(value.into())
        }
        pub fn expose(&self) -> &str {
            &self.0
        }
    }

    impl std::fmt::Debug for Secret {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("<redacted>")
        }
    }
}

#[allow(dead_code)]
#[path = "../../src/oauth/callback.rs"]
mod callback;

#[path = "../loopback_invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    invariants::check(data);
});
