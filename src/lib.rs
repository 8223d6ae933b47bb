//! mailsetup: moves mail accounts onto OAuth2 and sets Thunderbird up.
//!
//! The modules below are listed in the order data flows through them: what
//! the user typed (`address`) becomes a plan (`provider`), the plan a
//! sign-in (`oauth`), the token checks (`probe`) and a written profile
//! (`thunderbird`); every stage records `step`s into a `report`, which
//! `troubleshoot` explains and `helpdesk` turns into a ticket or a bundle.
//! [`flow::Run`] decides which stage comes next; the wizard (`ui`) and the CLI
//! (`cli`) both drive it, and they are the only modules that know egui or
//! clap. No module imports one that imports it back. See
//! `docs/ARCHITECTURE.md`.

// Leaves: no imports of ours.
pub mod secret;
pub mod i18n;
pub mod step;
pub mod tls;
pub mod logging;

// The data, in flow order.
pub mod address;
pub mod provider;
pub mod practice;
pub mod oauth;
pub mod probe;
pub mod thunderbird;
pub mod audit;
pub mod troubleshoot;
pub mod report;
pub mod helpdesk;

// The one flow, and its two renderings.
pub mod flow;
pub mod cli;
pub mod ui;

/// The built-in practice provider: a crate of its own (`src/sandbox`,
/// `mailsetup-sandbox`) that does not know this one. Re-exported so that the
/// wizard, the CLI and the tests name it `mailsetup::sandbox`; [`practice`]
/// turns it into a provider plan and a trust store.
pub use mailsetup_sandbox as sandbox;
