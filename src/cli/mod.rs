//! The command line, for helpdesk scripts. A thin shell: it parses flags,
//! builds a [`flow::SetupRequest`] and prints the core's report.
//!
//! Exit status: 0 when every check passed, 1 when a check failed, 2 when the
//! command could not run (bad input, unreadable files).

use crate::tr;
use crate::address::EmailAddress;
use crate::flow::{self, FlowEvent, ProfileTarget, Run, SetupRequest, ThunderbirdGoal};
use crate::oauth::{BrowserLauncher, CancelFlag, SignInProgress};
use crate::provider::{self, ProviderChoice, ProviderFile};
use crate::practice::PracticeProvider as _;
use crate::sandbox::Sandbox;
use crate::thunderbird;
use crate::flow::SignInMethod;
use crate::oauth::device::{self, DeviceCodeShown};
use crate::sandbox::ConsentDecision;
use crate::helpdesk;
use crate::troubleshoot;
use crate::tls::TrustStore;
use clap::{Args, Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

mod tb;
pub mod help;

// The command line: without a command it opens the setup wizard. Every
// help text is a message of assets/locales/en/help.ftl, looked up when
// `Cli::command()` builds the definitions.
#[derive(Debug, Parser)]
#[command(
    name = "mailsetup",
    version,
    about = crate::tr!("help-cmd-mailsetup"),
    long_about = None,
    after_help = crate::tr!("help-cmd-mailsetup-after")
)]
pub struct Cli {
    #[arg(long, global = true, help = crate::tr!("help-sandbox"))]
    pub sandbox: bool,

    #[arg(long, short, global = true, help = crate::tr!("help-verbose"))]
    pub verbose: bool,

    #[arg(long, global = true, value_name = crate::tr!("help-value-language"), help = crate::tr!("help-lang"))]
    pub lang: Option<String>,

    #[arg(long, conflicts_with = "sandbox", help = crate::tr!("help-fix-needed"))]
    pub fix_needed: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(about = crate::tr!("help-cmd-setup"))]
    Setup(SetupArgs),
    // `setup --no-write`.
    #[command(about = crate::tr!("help-cmd-check"), long_about = crate::tr!("help-cmd-check-long"))]
    Check(SetupArgs),
    #[command(about = crate::tr!("help-cmd-explain"), long_about = crate::tr!("help-cmd-explain-long"))]
    Explain(ExplainArgs),
    #[command(about = crate::tr!("help-cmd-detect"), long_about = crate::tr!("help-cmd-detect-long"))]
    Detect(DetectArgs),
    #[command(about = crate::tr!("help-cmd-profiles"))]
    Profiles(ProfilesArgs),
    #[command(about = crate::tr!("help-cmd-migrate"), long_about = crate::tr!("help-cmd-migrate-long"))]
    Migrate(tb::MigrateArgs),
    #[command(about = crate::tr!("help-cmd-doctor"), long_about = crate::tr!("help-cmd-doctor-long"))]
    Doctor(tb::DoctorArgs),
    #[command(about = crate::tr!("help-cmd-alias"), long_about = crate::tr!("help-cmd-alias-long"))]
    Alias(tb::AliasArgs),
    #[command(about = crate::tr!("help-cmd-audit"), long_about = crate::tr!("help-cmd-audit-long"))]
    Audit(tb::AuditArgs),
    #[command(about = crate::tr!("help-cmd-completions"))]
    Completions(CompletionsArgs),
    // For packaging: not in the list of commands.
    #[command(hide = true, about = crate::tr!("help-cmd-manpage"))]
    Manpage,
    #[command(about = crate::tr!("help-cmd-restore"))]
    Restore(tb::RestoreArgs),
    #[command(about = crate::tr!("help-cmd-export"))]
    Export(tb::ExportArgs),
}

/// `mailsetup completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_name = crate::tr!("help-value-shell"), help = crate::tr!("help-completions-shell"))]
    pub shell: clap_complete::Shell,
}

/// Writes the completions of every command and flag, generated from the
/// clap definitions, to standard output.
fn completions(shell: clap_complete::Shell) -> Result<u8, String> {
    use clap::CommandFactory as _;
    clap_complete::generate(shell, &mut Cli::command(), "mailsetup", &mut std::io::stdout());
    Ok(exit::ALL_PASSED)
}

/// Writes `mailsetup.1`, generated from the clap definitions, to standard
/// output.
fn manpage() -> Result<u8, String> {
    use clap::CommandFactory as _;
    clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout()).map_err(|error| tr!("cli-manpage-failed", error = error.to_string()))?;
    Ok(exit::ALL_PASSED)
}

/// `mailsetup setup`.
#[derive(Debug, Args)]
pub struct SetupArgs {
    #[arg(value_name = crate::tr!("help-value-email"), help = crate::tr!("help-setup-email"))]
    pub email: String,
    #[arg(long, value_name = crate::tr!("help-value-name"), help = crate::tr!("help-setup-name"))]
    pub name: Option<String>,
    #[arg(long, value_name = crate::tr!("help-value-delegate"), help = crate::tr!("help-setup-delegate"))]
    pub delegate: Option<String>,
    #[arg(long, value_name = crate::tr!("help-value-dir"), help = crate::tr!("help-setup-profile"))]
    pub profile: Option<PathBuf>,
    #[command(flatten)]
    pub provider: ProviderArgs,
    #[arg(long, help = crate::tr!("help-setup-microsoft-365"))]
    pub microsoft_365: bool,
    #[arg(long, help = crate::tr!("help-setup-json"))]
    pub json: bool,
    #[arg(long, help = crate::tr!("help-setup-no-write"))]
    pub no_write: bool,
    #[arg(long, help = crate::tr!("help-setup-no-sign-in-handoff"))]
    pub no_sign_in_handoff: bool,
    #[arg(long, value_name = crate::tr!("help-value-seconds"), default_value_t = 300, help = crate::tr!("help-setup-timeout"))]
    pub timeout: u64,
    #[arg(long, help = crate::tr!("help-setup-device-code"))]
    pub device_code: bool,
    #[arg(long, help = crate::tr!("help-setup-send-test"))]
    pub send_test: bool,
    #[arg(long, help = crate::tr!("help-setup-ticket"))]
    pub ticket: bool,
    #[arg(long, value_name = crate::tr!("help-value-file"), help = crate::tr!("help-setup-bundle"))]
    pub bundle: Option<PathBuf>,
}

/// Where the provider's settings come from, beyond the built-in catalogue
/// and discovery; shared by every command that looks a provider up.
#[derive(Debug, Args)]
pub struct ProviderArgs {
    #[arg(long, value_name = crate::tr!("help-value-file"), help = crate::tr!("help-provider-file"))]
    pub provider_file: Option<PathBuf>,
    #[arg(long, value_name = crate::tr!("help-value-pem"), help = crate::tr!("help-ca-file"))]
    pub ca_file: Option<PathBuf>,
}

impl ProviderArgs {
    /// `base` with the CA certificates of `--ca-file` added, if given.
    pub fn trust_over(&self, base: TrustStore) -> Result<TrustStore, String> {
        match &self.ca_file {
            Some(ca_file) => Ok(base.merged_with(&TrustStore::with_ca_file(ca_file).map_err(|e| e.to_string())?)),
            None => Ok(base),
        }
    }
}

/// `mailsetup explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    #[arg(required = true, num_args = 1.., value_name = crate::tr!("help-value-code-or-text"), help = crate::tr!("help-explain-text"))]
    pub text: Vec<String>,
    #[arg(long, help = crate::tr!("help-explain-json"))]
    pub json: bool,
    #[arg(long, help = crate::tr!("help-explain-all"))]
    pub all: bool,
}

/// `mailsetup detect`.
#[derive(Debug, Args)]
pub struct DetectArgs {
    #[arg(value_name = crate::tr!("help-value-email"), help = crate::tr!("help-detect-email"))]
    pub email: String,
    #[arg(long, help = crate::tr!("help-detect-json"))]
    pub json: bool,
    #[command(flatten)]
    pub provider: ProviderArgs,
}

/// `mailsetup profiles`.
#[derive(Debug, Args)]
pub struct ProfilesArgs {
    #[arg(long, value_name = crate::tr!("help-value-dir"), help = crate::tr!("help-profiles-root"))]
    pub root: Option<PathBuf>,
    #[arg(long, help = crate::tr!("help-profiles-json"))]
    pub json: bool,
}

/// Exit statuses, as documented in `--help` and the README.
pub mod exit {
    pub const ALL_PASSED: u8 = 0;
    pub const CHECK_FAILED: u8 = 1;
    pub const COULD_NOT_RUN: u8 = 2;
}

/// `mailsetup --fix-needed`: `Ok(0)` when every account of this user is
/// fine (nothing opens); otherwise says which account needs fixing and why,
/// and returns it: the caller opens the wizard at that account.
pub fn fix_needed() -> Result<ExitCode, Box<crate::audit::FirstToFix>> {
    let audit = crate::audit::audit_current_user(crate::audit::today());
    let Some(first) = audit.first_to_fix() else {
        println!("{}", crate::tr!("cli-fix-needed-nothing"));
        return Ok(ExitCode::from(exit::ALL_PASSED));
    };
    println!("{}", crate::tr!("cli-fix-needed", address = &first.address, profile = &first.profile_name, reason = &first.reason));
    if !first.what_to_do.is_empty() {
        println!("{}", first.what_to_do);
    }
    Err(Box::new(first))
}

/// Runs a subcommand and returns the exit status.
pub fn run(command: Command, sandbox: bool) -> ExitCode {
    if let Some(name) = real_only(&command).filter(|_| sandbox) {
        // Doing it for real when the practice provider was asked for would
        // touch this computer's profiles or ask the real internet.
        eprintln!("mailsetup: {}", tr!("cli-sandbox-not-here", command = name));
        return ExitCode::from(exit::COULD_NOT_RUN);
    }
    let result = match command {
        Command::Setup(args) => setup(args, sandbox),
        Command::Check(mut args) => {
            args.no_write = true;
            setup(args, sandbox)
        }
        Command::Explain(args) => explain(args),
        Command::Detect(args) => detect(args),
        Command::Profiles(args) => profiles(args),
        Command::Migrate(args) => tb::migrate(args, sandbox),
        Command::Doctor(args) => tb::doctor(args),
        Command::Alias(args) => tb::alias(args, sandbox),
        Command::Restore(args) => tb::restore(args),
        Command::Export(args) => tb::export(args),
        Command::Audit(args) => tb::audit(args),
        Command::Completions(args) => completions(args.shell),
        Command::Manpage => manpage(),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            eprintln!("mailsetup: {message}");
            ExitCode::from(exit::COULD_NOT_RUN)
        }
    }
}

/// The name of a command that always works on this computer's real
/// Thunderbird or asks the real providers, so `--sandbox` cannot apply;
/// `None` for those that use the practice provider, and for those that
/// touch neither (`explain`, the completions and the man page).
fn real_only(command: &Command) -> Option<&'static str> {
    match command {
        Command::Detect(_) => Some("detect"),
        Command::Profiles(_) => Some("profiles"),
        Command::Doctor(_) => Some("doctor"),
        Command::Restore(_) => Some("restore"),
        Command::Export(_) => Some("export"),
        Command::Audit(_) => Some("audit"),
        Command::Setup(_) | Command::Check(_) | Command::Migrate(_) | Command::Alias(_) => None,
        Command::Explain(_) | Command::Completions(_) | Command::Manpage => None,
    }
}

fn setup(args: SetupArgs, sandbox_requested: bool) -> Result<u8, String> {
    let address = EmailAddress::parse(&args.email).map_err(|e| e.to_string())?;
    let display_name = flow::display_name(&address, args.name.as_deref().unwrap_or_default())?;
    // Keep the sandbox alive until the run ends: it owns the servers.
    let sandbox = if sandbox_requested {
        Some(Sandbox::start(crate::practice::options()).map_err(|e| tr!("sandbox-failed", error = e.to_string()))?)
    } else {
        None
    };
    let (plan, trust, browser, default_root) = match &sandbox {
        Some(sandbox) => {
            let approve = sandbox.automatic_browser();
            (sandbox.plan(), sandbox.trust(), BrowserLauncher::Function(approve), sandbox.profile_root().to_owned())
        }
        None => {
            let file = args.provider.provider_file.as_deref().map(ProviderFile::load).transpose().map_err(|e| e.to_string())?;
            let plan = if args.microsoft_365 && !file.as_ref().is_some_and(|f| f.covers(address.domain())) {
                provider::plan_for(&address, file.as_ref(), Some(ProviderChoice::Microsoft365)).map_err(|e| e.to_string())?
            } else {
                // Discovery: provider file → catalogue → network sources.
                let discovery = run_discovery(&address, file.as_ref(), &args.provider)?;
                if !args.json {
                    eprintln!("{discovery}");
                }
                discovery.into_plan().map_err(plan_error_with_hint)?
            };
            let root = thunderbird::profiles_root().ok_or_else(|| tr!("cli-no-home"))?;
            (plan, TrustStore::system(), BrowserLauncher::System, root)
        }
    };
    let trust = args.provider.trust_over(trust)?;
    let profile = if args.no_write {
        ProfileTarget::NoWrite
    } else if let Some(dir) = &args.profile {
        if !dir.is_dir() {
            return Err(tr!("cli-profile-dir-missing", path = dir.display().to_string()));
        }
        ProfileTarget::Directory(dir.clone())
    } else {
        ProfileTarget::DefaultUnder(default_root)
    };
    let delegate = flow::delegate_for(&address, args.delegate.as_deref(), &plan)?;
    let mut request = SetupRequest::new(address, display_name, plan, trust, browser, profile)
        .with_sign_in_timeout(Duration::from_secs(args.timeout.max(1)))
        .with_delegate(delegate);
    request.sign_in_handoff = !args.no_sign_in_handoff;
    request.send_test_message = args.send_test;
    let runtime = flow::new_runtime().map_err(|e| tr!("runtime-failed", error = e.to_string()))?;
    let cancel = CancelFlag::new();
    let json = args.json;
    let on_event = progress_printer(json);
    let address_text = request.address.to_string();
    let show_code = |code: &DeviceCodeShown| {
        let enter = tr!("cli-device-code", link = code.verification_uri.as_str(), code = code.user_code.as_str(), minutes = code.expires_in.as_secs() / 60);
        eprintln!("{}\n{}\n{enter}", device::fallback_label(), device::fallback_warning());
        // The practice provider has nobody to type the code: approve it here.
        if let Some(sandbox) = &sandbox {
            sandbox.enter_device_code(&code.user_code, &address_text, ConsentDecision::Allow);
        }
    };
    let method = if args.device_code { SignInMethod::DeviceCode(&show_code) } else { SignInMethod::Browser };
    let mut run = Run::new(request, ThunderbirdGoal::Add);
    flow::drive(&mut run, method, runtime.handle(), &cancel, &on_event);
    let report = run.report();
    if let Some(path) = &args.bundle {
        std::fs::write(path, helpdesk::support_bundle(&report)).map_err(|e| tr!("cli-bundle-failed", path = path.display().to_string(), error = e.to_string()))?;
        eprintln!("{}", tr!("cli-bundle-written", path = path.display().to_string()));
    }
    if args.ticket {
        println!("{}", helpdesk::admin_ticket(&report));
    } else if json {
        println!("{}", report.to_json());
    } else {
        println!("{report}");
    }
    Ok(if report.all_passed() { exit::ALL_PASSED } else { exit::CHECK_FAILED })
}

/// Prints the flow's progress to standard error, so that standard output
/// stays the report: the sign-in link once, then each finished step (unless
/// the report is JSON).
fn progress_printer(json: bool) -> impl Fn(FlowEvent) + Send + Sync {
    let announced = std::sync::atomic::AtomicBool::new(false);
    move |event: FlowEvent| {
        let mut err = std::io::stderr().lock();
        match event {
            FlowEvent::SignIn(SignInProgress::WaitingForBrowser { authorize_url, remaining, .. }) => {
                if !announced.swap(true, std::sync::atomic::Ordering::SeqCst) {
                    // Rounded up: the wait just started, and "up to 299 s" of a
                    // 300 s deadline reads like a mistake.
                    let seconds = remaining.as_secs() + u64::from(remaining.subsec_nanos() > 0);
                    let _ = writeln!(err, "{}", tr!("cli-sign-in-browser", link = authorize_url.to_string(), seconds = seconds));
                }
            }
            FlowEvent::StepFinished(step) if !json => {
                let _ = writeln!(err, "  {} {}", step.outcome.mark(), tr!("report-step-line", title = &step.title, detail = &step.detail));
            }
            // The finished step says it all; a terminal has no live row.
            FlowEvent::StepFinished(_) | FlowEvent::StepStarted(_) => {}
        }
    }
}

fn explain(args: ExplainArgs) -> Result<u8, String> {
    let text = args.text.join(" ");
    let found = troubleshoot::explain(&text, if args.all { 10 } else { 1 });
    if args.json {
        println!("{}", serde_json::to_string_pretty(&found).map_err(|e| e.to_string())?);
    } else if found.is_empty() {
        println!("{}", tr!("cli-explain-nothing"));
    } else {
        for diagnosis in &found {
            println!("{diagnosis}");
        }
    }
    Ok(if found.is_empty() { exit::CHECK_FAILED } else { exit::ALL_PASSED })
}

/// What the command line offers when no plan was found; the core's reason
/// names no flag, because the wizard shows the same text.
fn command_line_way_out() -> String {
    tr!("cli-way-out")
}

/// A plan error as the command line prints it: the core's reason, then the
/// flags that get past it.
fn plan_error_with_hint(error: provider::PlanError) -> String {
    format!("{error}\n{}", command_line_way_out())
}

/// Runs discovery on a runtime of its own, with `--ca-file` and the
/// `MAILSETUP_*` discovery overrides applied.
fn run_discovery(
    address: &EmailAddress,
    file: Option<&ProviderFile>,
    provider_args: &ProviderArgs,
) -> Result<provider::discovery::Discovery, String> {
    let trust = provider_args.trust_over(TrustStore::system())?;
    let config = provider::discovery::DiscoveryConfig::from_env(trust)?;
    let runtime = flow::new_runtime().map_err(|e| tr!("runtime-failed", error = e.to_string()))?;
    Ok(provider::discovery::discover_blocking(runtime.handle(), address, file, &config))
}

fn detect(args: DetectArgs) -> Result<u8, String> {
    let address = EmailAddress::parse(&args.email).map_err(|e| e.to_string())?;
    let file = args.provider.provider_file.as_deref().map(ProviderFile::load).transpose().map_err(|e| e.to_string())?;
    let discovery = run_discovery(&address, file.as_ref(), &args.provider)?;
    if args.json {
        println!("{}", discovery.to_json());
    } else {
        println!("{discovery}");
        if discovery.plan.is_none() {
            println!("{}", command_line_way_out());
        }
    }
    Ok(if discovery.found_usable_plan() { exit::ALL_PASSED } else { exit::CHECK_FAILED })
}

fn profiles(args: ProfilesArgs) -> Result<u8, String> {
    tb::profiles(args.root, args.json)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn parses_setup_with_every_flag() {
        let cli = Cli::try_parse_from([
            "mailsetup", "setup", "alice@contoso.example", "--name", "Alice", "--profile", "/tmp/p", "--provider-file", "p.toml",
            "--ca-file", "ca.pem", "--json", "--no-write", "--timeout", "60", "--microsoft-365",
        ])
        .unwrap();
        match cli.command {
            Some(Command::Setup(args)) => {
                assert_eq!(args.email, "alice@contoso.example");
                assert_eq!(args.name.as_deref(), Some("Alice"));
                assert!(args.json && args.no_write && args.microsoft_365);
                assert_eq!(args.timeout, 60);
                assert_eq!(args.provider.ca_file, Some(PathBuf::from("ca.pem")));
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn no_arguments_means_the_wizard() {
        let cli = Cli::try_parse_from(["mailsetup"]).unwrap();
        assert!(cli.command.is_none() && !cli.sandbox);
        let cli = Cli::try_parse_from(["mailsetup", "--sandbox"]).unwrap();
        assert!(cli.command.is_none() && cli.sandbox);
    }

    #[test]
    fn parses_detect() {
        let cli = Cli::try_parse_from(["mailsetup", "detect", "a@b.example", "--json", "--ca-file", "ca.pem"]).unwrap();
        match cli.command {
            Some(Command::Detect(args)) => assert!(args.json && args.email == "a@b.example" && args.provider.ca_file.is_some()),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn setup_needs_an_address() {
        assert!(Cli::try_parse_from(["mailsetup", "setup"]).is_err());
    }
}
