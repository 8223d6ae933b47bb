//! clap's own words in the user's language. The help texts themselves are
//! Fluent messages, looked up by the definitions' `help = tr!(…)`
//! attributes; what clap writes by itself (the headings, the usage line,
//! the help and version flags, the `help` command, defaults, possible
//! values and its error messages) is English in clap, so this module
//! rewords each of them through clap's public hooks: the builder's
//! setters, after `Command::build`, and an `ErrorFormatter`.

use super::Cli;
use crate::tr;
use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use clap::{Arg, Command, CommandFactory as _, FromArgMatches as _};
use std::fmt::Write as _;

/// The command line's definition, every word in the current language.
pub fn command() -> Command {
    let mut command = Cli::command();
    // Builds the subcommands (clap defers them) and adds clap's own help
    // and version flags and `help` command, so they exist to be reworded.
    command.build();
    localize(command)
}

/// The process's arguments, parsed; help, version and errors are printed
/// in the current language, and the process exits with clap's status.
pub fn parse() -> Cli {
    match command().try_get_matches().and_then(|matches| Cli::from_arg_matches(&matches)) {
        Ok(cli) => cli,
        Err(error) => error.apply::<Localized>().exit(),
    }
}

/// `--lang` as typed (`--lang de`, `--lang=de`), read before clap parses,
/// since clap's help must already be in that language. Stops at `--`.
pub fn lang_in(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<String> {
    let mut args = args.into_iter().skip(1);
    while let Some(arg) = args.next() {
        let arg = arg.to_string_lossy().into_owned();
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            return args.next().map(|value| value.to_string_lossy().into_owned());
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_owned());
        }
    }
    None
}

/// clap's heading of the usage line, which `render_usage` puts before it;
/// the template writes the language's own.
const CLAP_USAGE_HEADING: &str = "Usage:";

/// A usage line as clap renders it, without clap's English heading.
fn without_heading(usage: &str) -> &str {
    let usage = usage.trim_start();
    usage.strip_prefix(CLAP_USAGE_HEADING).unwrap_or(usage).trim_start()
}

fn localize(command: Command) -> Command {
    let mut command = command.subcommand_help_heading(tr!("usage-commands")).subcommand_value_name(tr!("usage-command-value")).mut_args(localize_arg);
    if command.get_arguments().any(|arg| arg.get_id() == "help") {
        command = command.mut_arg("help", |arg| match arg.get_long_help() {
            Some(_) => arg.help(tr!("usage-flag-help-more")).long_help(tr!("usage-flag-help-summary")),
            None => arg.help(tr!("usage-flag-help")),
        });
    }
    if command.get_arguments().any(|arg| arg.get_id() == "version") {
        command = command.mut_arg("version", |arg| arg.help(tr!("usage-flag-version")));
    }
    if command.get_name() == "help" {
        command = command.about(tr!("usage-cmd-help"));
        if command.get_arguments().any(|arg| arg.get_id() == "subcommand") {
            command = command.mut_arg("subcommand", |arg| arg.help(tr!("usage-cmd-help-subcommand")).value_name(tr!("usage-command-value")));
        }
    }
    command = command.mut_subcommands(localize);
    // The usage line as clap words it, its "[OPTIONS]" in this language.
    let usage = command.render_usage().to_string();
    let usage = without_heading(&usage).replace("[OPTIONS]", &tr!("usage-options-value"));
    let template = template(&command);
    command.override_usage(usage).help_template(template)
}

/// clap's layout (usage, then commands, arguments and options under their
/// headings), with the headings in this language: clap's own `{all-args}`
/// would write them in English.
fn template(command: &Command) -> String {
    let styles = command.get_styles();
    let (usage, header) = (styles.get_usage(), styles.get_header());
    let mut sections = Vec::new();
    if command.get_subcommands().any(|subcommand| !subcommand.is_hide_set()) {
        sections.push(format!("{header}{}:{header:#}\n{{subcommands}}", tr!("usage-commands")));
    }
    if command.get_positionals().any(|arg| !arg.is_hide_set()) {
        sections.push(format!("{header}{}:{header:#}\n{{positionals}}", tr!("usage-arguments")));
    }
    if command.get_arguments().any(|arg| !arg.is_positional() && !arg.is_hide_set()) {
        sections.push(format!("{header}{}:{header:#}\n{{options}}", tr!("usage-options")));
    }
    format!("{{before-help}}{{about-with-newline}}\n{usage}{}{usage:#} {{usage}}\n\n{}{{after-help}}", tr!("usage-heading"), sections.join("\n\n"))
}

/// An argument's default and possible values written into its help, as
/// clap places them (after the text in short help, a paragraph of their own
/// in long help), since clap would word them in English.
fn localize_arg(mut arg: Arg) -> Arg {
    if !arg.get_action().takes_values() {
        return arg;
    }
    let mut default = None;
    let defaults: Vec<String> = arg.get_default_values().iter().map(|value| value.to_string_lossy().into_owned()).collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        default = Some(tr!("usage-default", value = defaults.join(", ")));
        arg = arg.hide_default_value(true);
    }
    let values: Vec<_> = arg.get_possible_values().into_iter().filter(|value| !value.is_hide_set()).collect();
    let mut possible = None;
    let mut listed = String::new();
    if !values.is_empty() && !arg.is_hide_possible_values_set() {
        let names: Vec<&str> = values.iter().map(|value| value.get_name()).collect();
        possible = Some(tr!("usage-possible-values", values = names.join(", ")));
        // In long help clap lists the values one per line when they have
        // their own help, instead of the bracketed note.
        if values.iter().any(|value| value.get_help().is_some()) {
            let longest = names.iter().map(|name| name.chars().count()).max().unwrap_or_default();
            listed = tr!("usage-possible-values-heading");
            for value in &values {
                let help = value.get_help().map(ToString::to_string).unwrap_or_default();
                let padding = longest - value.get_name().chars().count();
                write!(listed, "\n- {}: {:padding$}{help}", value.get_name(), "").expect("writing to a String");
            }
        }
        arg = arg.hide_possible_values(true);
    }
    if default.is_none() && possible.is_none() {
        return arg;
    }
    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let short_notes: Vec<&String> = default.iter().chain(possible.iter()).collect();
    let short_notes = short_notes.iter().map(|note| note.as_str()).collect::<Vec<_>>().join(" ");
    let short = if help.is_empty() { short_notes.clone() } else { format!("{help} {short_notes}") };
    let mut long = arg.get_long_help().map_or(help, |long| long.to_string());
    if !listed.is_empty() {
        long = format!("{long}\n\n{listed}");
    }
    let long_notes: Vec<&String> = default.iter().chain(possible.iter().filter(|_| listed.is_empty())).collect();
    if !long_notes.is_empty() {
        let notes = long_notes.iter().map(|note| note.as_str()).collect::<Vec<_>>().join(" ");
        long = if long.is_empty() { notes } else { format!("{long}\n\n{notes}") };
    }
    arg.help(short).long_help(long)
}

/// clap's errors in the current language: the common kinds are worded
/// here, from the error's context; any other kind keeps clap's English.
struct Localized;

impl ErrorFormatter for Localized {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let text = |kind| match error.get(kind) {
            Some(ContextValue::String(text)) => Some(text.clone()),
            Some(ContextValue::Strings(texts)) => Some(texts.join(", ")),
            _ => None,
        };
        let count = |kind| match error.get(kind) {
            Some(ContextValue::Number(number)) => u64::try_from(*number).ok(),
            _ => None,
        };
        let message = match error.kind() {
            ErrorKind::UnknownArgument => text(ContextKind::InvalidArg).map(|arg| tr!("usage-error-unknown-argument", argument = arg)),
            ErrorKind::InvalidSubcommand => text(ContextKind::InvalidSubcommand).map(|command| tr!("usage-error-unknown-command", command = command)),
            ErrorKind::InvalidValue => match (text(ContextKind::InvalidArg), text(ContextKind::InvalidValue)) {
                (Some(arg), Some(value)) if value.is_empty() => Some(tr!("usage-error-value-missing", argument = arg)),
                (Some(arg), Some(value)) => Some(tr!("usage-error-invalid-value", argument = arg, value = value)),
                _ => None,
            },
            ErrorKind::ValueValidation => match (text(ContextKind::InvalidArg), text(ContextKind::InvalidValue)) {
                (Some(arg), Some(value)) => {
                    let why = std::error::Error::source(error).map(|source| format!(": {source}")).unwrap_or_default();
                    Some(format!("{}{why}", tr!("usage-error-invalid-value", argument = arg, value = value)))
                }
                _ => None,
            },
            ErrorKind::MissingRequiredArgument => text(ContextKind::InvalidArg).map(|args| tr!("usage-error-missing", arguments = args)),
            ErrorKind::ArgumentConflict => match (text(ContextKind::InvalidArg), text(ContextKind::PriorArg)) {
                (Some(arg), Some(prior)) if arg == prior => Some(tr!("usage-error-repeated", argument = arg)),
                (Some(arg), Some(prior)) => Some(tr!("usage-error-conflict", argument = arg, other = prior)),
                _ => None,
            },
            ErrorKind::TooManyValues => match (text(ContextKind::InvalidArg), text(ContextKind::InvalidValue)) {
                (Some(arg), Some(value)) => Some(tr!("usage-error-too-many", argument = arg, value = value)),
                _ => None,
            },
            ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
                let expected = count(ContextKind::ExpectedNumValues).or_else(|| count(ContextKind::MinValues));
                match (text(ContextKind::InvalidArg), expected, count(ContextKind::ActualNumValues)) {
                    (Some(arg), Some(expected), Some(actual)) => {
                        Some(tr!("usage-error-value-count", argument = arg, expected = expected, actual = actual))
                    }
                    _ => None,
                }
            }
            ErrorKind::NoEquals => text(ContextKind::InvalidArg).map(|arg| tr!("usage-error-needs-equals", argument = arg)),
            ErrorKind::MissingSubcommand => text(ContextKind::InvalidSubcommand).map(|command| tr!("usage-error-needs-command", command = command)),
            ErrorKind::InvalidUtf8 => Some(tr!("usage-error-not-utf8")),
            // The rest are not errors a person's command line can cause
            // here (help and version requests, I/O and format failures).
            _ => None,
        };
        let Some(message) = message else {
            let mut english = clap::error::Error::<clap::error::RichFormatter>::new(error.kind());
            for (kind, value) in error.context() {
                english.insert(kind, value.clone());
            }
            return english.render();
        };
        let mut styled = String::new();
        let error_style = *clap::builder::styling::Styles::default().get_error();
        write!(styled, "{error_style}{}{error_style:#} {message}", tr!("usage-error")).expect("writing to a String");
        if let Some(values) = text(ContextKind::ValidValue).filter(|values| !values.is_empty() && error.kind() == ErrorKind::InvalidValue) {
            write!(styled, "\n  [{}]", tr!("usage-possible-values-list", values = values)).expect("writing to a String");
        }
        for suggestion in [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand, ContextKind::SuggestedValue] {
            if let Some(similar) = text(suggestion) {
                write!(styled, "\n\n  {}", tr!("usage-error-similar", similar = similar)).expect("writing to a String");
            }
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            let usage = usage.to_string();
            let usage = without_heading(&usage);
            write!(styled, "\n\n{} {usage}", tr!("usage-heading")).expect("writing to a String");
        }
        write!(styled, "\n\n{}\n", tr!("usage-error-more")).expect("writing to a String");
        StyledStr::from(styled)
    }
}
