//! mailsetup: moves mail accounts onto OAuth2 and sets Thunderbird up.
//!
//! The core modules (`address`, `provider`, `oauth`, `probe`, `thunderbird`,
//! `report`, `flow`) know nothing of egui or clap. The wizard (`ui`) and the
//! CLI (`cli`) are thin shells that drive [`flow`] and render the same
//! [`report::Report`]. See `docs/ARCHITECTURE.md`.

pub mod address;
pub mod provider;
pub mod report;
pub mod step;
pub mod helpdesk;
pub mod secret;
pub mod thunderbird;
pub mod tls;
pub mod troubleshoot;
pub mod oauth;
pub mod probe;
pub mod flow;
pub mod practice;
pub mod logging;
pub mod cli;
pub mod ui;

/// The built-in practice provider: a crate of its own (`src/sandbox`,
/// `mailsetup-sandbox`) that does not know this one. Re-exported so that the
/// wizard, the CLI and the tests name it `mailsetup::sandbox`; [`practice`]
/// turns it into a provider plan and a trust store.
pub use mailsetup_sandbox as sandbox;
