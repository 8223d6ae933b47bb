//! The `mailsetup` binary: no command opens the wizard; commands form the CLI.

use clap::Parser;
use mailsetup::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(cli.verbose);
    mailsetup::tls::install_crypto_provider();
    match cli.command {
        Some(command) => cli::run(command, cli.sandbox),
        None => match mailsetup::ui::run(cli.sandbox) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("mailsetup: the window could not open: {message}");
                ExitCode::from(cli::exit::COULD_NOT_RUN)
            }
        },
    }
}

/// Warnings by default; `--verbose` shows debug messages of mailsetup itself.
/// `RUST_LOG` overrides both. No module logs a secret at any level.
fn init_logging(verbose: bool) {
    let default = if verbose { "mailsetup=debug,warn" } else { "warn" };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_target(false).try_init();
}
