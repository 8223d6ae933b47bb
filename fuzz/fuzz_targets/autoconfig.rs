//! Fuzzes the config-v1.1.xml parser (`src/provider/discovery/autoconfig.rs`)
//! with arbitrary bytes: it must never panic, and whatever it accepts must
//! hold only validated values (host names, non-zero ports, at most 16
//! servers each way).
//!
//! The parser file is compiled here directly, with the leaf modules of
//! `crate::provider` it uses (the server types, Thunderbird's OAuth2 table,
//! the host check), so the fuzz build does not pull in the GUI stack.

#![no_main]

#[path = "../tr_stand_in.rs"]
mod tr_stand_in;

#[allow(dead_code)]
#[path = "../../src/provider/server.rs"]
mod server;
#[allow(dead_code)]
#[path = "../../src/provider/oauth_table.rs"]
mod oauth_table;
#[allow(dead_code)]
#[path = "../../src/provider/host.rs"]
mod host;

/// What `autoconfig.rs` imports from `crate::provider`: the product's own
/// leaf files, not copies.
mod provider {
    pub use super::host::check_host;
    pub use super::oauth_table::thunderbird_knows_oauth_host;
    pub use super::server::{AuthMethod, IncomingProtocol, Security, ServerEndpoint};
}

#[allow(dead_code)]
#[path = "../../src/provider/discovery/autoconfig.rs"]
mod autoconfig;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(config) = autoconfig::parse_config(data, "fuzz.example") {
        for server in config.incoming.iter().chain(&config.outgoing) {
            assert!(autoconfig::is_host_name(&server.hostname), "{server:?}");
            assert_ne!(server.port, 0);
        }
        assert!(config.incoming.len() <= 16 && config.outgoing.len() <= 16);
    }
});
