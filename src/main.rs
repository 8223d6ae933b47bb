//! The `mailsetup` binary: no command opens the wizard; commands form the CLI.

use mailsetup::cli;
use std::process::ExitCode;

fn main() -> ExitCode {
    // clap's help and errors are printed while parsing, so the language is
    // chosen from `--lang` as typed first (a wrong one is reported below,
    // once parsed); the wizard's remembered choice is not known yet.
    let typed = cli::help::lang_in(std::env::args_os());
    if let Ok(language) = mailsetup::i18n::choose(typed.as_deref(), None).or_else(|_| mailsetup::i18n::choose(None, None)) {
        mailsetup::i18n::set_language(&language);
    }
    let cli = cli::help::parse();
    mailsetup::logging::init(cli.verbose);
    // The wizard's menu choice counts for the wizard only: a helpdesk
    // script's output must not change with what someone clicked.
    let opens_wizard = cli.command.is_none();
    let remembered = opens_wizard.then(mailsetup::ui::remembered_language).flatten();
    match mailsetup::i18n::choose(cli.lang.as_deref(), remembered.as_deref()) {
        Ok(language) => mailsetup::i18n::set_language(&language),
        Err(message) => {
            eprintln!("mailsetup: {message}");
            return ExitCode::from(cli::exit::COULD_NOT_RUN);
        }
    }
    mailsetup::tls::install_crypto_provider();
    if cli.fix_needed {
        return match cli::fix_needed() {
            Ok(code) => code,
            Err(first) => open_wizard(cli.sandbox, Some(*first)),
        };
    }
    match cli.command {
        Some(command) => cli::run(command, cli.sandbox),
        None => open_wizard(cli.sandbox, None),
    }
}

fn open_wizard(sandbox: bool, fix_first: Option<mailsetup::audit::FirstToFix>) -> ExitCode {
    match mailsetup::ui::run(sandbox, fix_first) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("mailsetup: {}", mailsetup::tr!("cli-window-failed", error = message));
            ExitCode::from(cli::exit::COULD_NOT_RUN)
        }
    }
}
