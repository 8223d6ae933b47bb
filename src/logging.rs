//! Logging set-up shared by the binary and the tests.
//!
//! Our own code never logs a secret at any level. Some dependencies log raw
//! protocol bytes at TRACE: async-imap's stream encoder writes every command
//! line, including the base64 `AUTHENTICATE` payload that holds the token.
//! Those targets are switched off here, after `RUST_LOG` is read, so no
//! setting of `RUST_LOG` can turn them back on.

use tracing_subscriber::EnvFilter;
use tracing_subscriber::filter::Directive;

/// Log targets that can carry secrets and are therefore always off.
pub const SILENCED_TARGETS: [&str; 2] = ["async_imap::imap_stream", "lettre::transport::smtp::client"];

/// A filter from `RUST_LOG` (or `default` when it is unset or invalid),
/// with the secret-bearing targets switched off.
pub fn secret_safe_filter(default: &str) -> EnvFilter {
    let mut filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    for target in SILENCED_TARGETS {
        let directive: Directive = format!("{target}=off").parse().expect("a target name with =off is a valid directive");
        filter = filter.add_directive(directive);
    }
    filter
}

/// Warnings by default; `verbose` adds mailsetup's own debug messages.
pub fn init(verbose: bool) {
    let default = if verbose { "mailsetup=debug,warn" } else { "warn" };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(secret_safe_filter(default))
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}
