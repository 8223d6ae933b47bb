//! The `mailsetup` binary: no command opens the wizard; commands form the CLI.

use clap::Parser;
use mailsetup::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    mailsetup::logging::init(cli.verbose);
    mailsetup::tls::install_crypto_provider();
    if cli.fix_needed {
        return match cli::fix_needed() {
            Some(code) => code,
            None => open_wizard(cli.sandbox),
        };
    }
    match cli.command {
        Some(command) => cli::run(command, cli.sandbox),
        None => open_wizard(cli.sandbox),
    }
}

fn open_wizard(sandbox: bool) -> ExitCode {
    match mailsetup::ui::run(sandbox) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("mailsetup: the window could not open: {message}");
            ExitCode::from(cli::exit::COULD_NOT_RUN)
        }
    }
}
