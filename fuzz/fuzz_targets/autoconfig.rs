//! Fuzzes the config-v1.1.xml parser (`src/provider/discovery/autoconfig.rs`)
//! with arbitrary bytes: it must never panic, and whatever it accepts must
//! hold only validated values (host names, non-zero ports, at most 16
//! servers each way).
//!
//! The parser file is compiled here directly, with the two provider types it
//! uses, so the fuzz build does not pull in the GUI stack.

#![no_main]

/// The two types `autoconfig.rs` imports from `crate::provider`.
mod provider {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Security {
        Tls,
        Starttls,
    }

    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct ServerEndpoint {
        pub host: String,
        pub port: u16,
        pub security: Security,
    }

    impl std::fmt::Display for ServerEndpoint {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "{}:{}", self.host, self.port)
        }
    }
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
