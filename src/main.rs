//! The `mailsetup` binary: no command opens the wizard; commands form the CLI.

use clap::Parser;
use mailsetup::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    mailsetup::logging::init(cli.verbose);
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
