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
use crate::sandbox::{Sandbox, SandboxOptions};
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

/// Mail Setup Assistant: moves your mail onto OAuth2 and sets Thunderbird up.
///
/// Without a command it opens the setup wizard.
#[derive(Debug, Parser)]
#[command(
    name = "mailsetup",
    version,
    about,
    long_about = None,
    after_help = "Exit status: 0 every check passed, 1 a check failed (or nothing was found), 2 the command could not run."
)]
pub struct Cli {
    /// Try everything against a built-in practice provider; no account needed.
    #[arg(long, global = true)]
    pub sandbox: bool,

    /// Print log messages (never secrets) to standard error.
    #[arg(long, short, global = true)]
    pub verbose: bool,

    /// The language to speak (de, fr, pt-BR…); otherwise MAILSETUP_LANG,
    /// then the system's. JSON keys, ids and servers' own words stay as
    /// they are.
    #[arg(long, global = true, value_name = "LANGUAGE")]
    pub lang: Option<String>,

    /// For a logon script or a desktop shortcut: do nothing (exit 0) when
    /// every Thunderbird account of this user is fine; otherwise open the
    /// wizard at the first account that needs fixing, saying why.
    #[arg(long, conflicts_with = "sandbox")]
    pub fix_needed: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Sign in, check IMAP and SMTP, and add the account to Thunderbird.
    Setup(SetupArgs),
    /// Find the servers, sign in and check IMAP and SMTP, without writing
    /// anything; every failed step is explained (the diagnosis).
    ///
    /// Exit status: 0 every check passed, 1 a check failed, 2 it could not run.
    Check(SetupArgs),
    /// Explain an error offline: an AADSTS code, an SMTP or IMAP reply, or any
    /// pasted error text. Prints what happened, what you can do and what your
    /// administrator must do.
    ///
    /// Exit status: 0 a diagnosis was found, 1 none was.
    Explain(ExplainArgs),
    /// Find the provider, servers and sign-in method for an address, and show the evidence.
    ///
    /// Exit status: 0 a plan was found, 1 none was (or the account cannot be
    /// moved), 2 it could not run.
    Detect(DetectArgs),
    /// List Thunderbird profiles (every install: Linux, Flatpak, Snap,
    /// Windows, macOS) and their accounts, with what each needs.
    Profiles(ProfilesArgs),
    /// Switch password accounts at Microsoft or Google to OAuth2 in place,
    /// keeping mail, folders and filters. Signs in and checks first.
    ///
    /// Exit status: 0 switched (or nothing to do), 1 a check failed or you
    /// said no, 2 it could not run.
    Migrate(tb::MigrateArgs),
    /// What Thunderbird's own sign-in says: for each OAuth2 account of the
    /// profile, read the sign-in Thunderbird saved, renew it at the provider
    /// and check IMAP and SMTP with it. No browser, nothing to type; for
    /// "Thunderbird keeps asking me to sign in" and "sending stopped".
    ///
    /// Exit status: 0 every account passed, 1 one failed (or none was
    /// found), 2 it could not run.
    Doctor(tb::DoctorArgs),
    /// Add another address of a mailbox (an alias such as sales@…) to its
    /// account in Thunderbird, to send as it; `--send-test` first proves
    /// with one real message that the server allows it.
    ///
    /// Exit status: 0 added (or already there), 1 the test message was refused, 2 it could not run.
    Alias(tb::AliasArgs),
    /// Find every Thunderbird account that will break, and when: each
    /// account of each profile of each install, with its state and what to
    /// do. Reads only, offline (`doctor` is the online check).
    ///
    /// States: works, password-microsoft-365 (sending stops at the end of
    /// December 2026; receiving already stopped), password-refused (Gmail,
    /// Outlook.com, Yahoo, AOL), ews-microsoft-365 (blocked since 1 October
    /// 2026, gone 1 April 2027), sign-in-missing, sign-in-expired (judged
    /// from the login store: Microsoft drops a sign-in unused for 90 days),
    /// unknown-provider, nothing-to-do.
    ///
    /// Exit status: 0 nothing to do, 1 an account needs action, 2 it could
    /// not run or could not read everything (and nothing needs action): a
    /// detection script for an RMM or Intune.
    Audit(tb::AuditArgs),
    /// Print shell completions for bash, zsh or fish (the .deb installs them).
    Completions(CompletionsArgs),
    /// Print the man page (roff), for packaging.
    #[command(hide = true)]
    Manpage,
    /// List mailsetup's backups of a profile, or restore one (the current
    /// file is backed up first).
    Restore(tb::RestoreArgs),
    /// Write a policies.json or AutoConfig file that deploys accounts to many
    /// machines.
    Export(tb::ExportArgs),
}

/// `mailsetup completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in.
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
    clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout()).map_err(|error| format!("the man page could not be written: {error}"))?;
    Ok(exit::ALL_PASSED)
}

/// `mailsetup setup`.
#[derive(Debug, Args)]
pub struct SetupArgs {
    /// The e-mail address to set up.
    pub email: String,
    /// Your name as recipients see it (default: the part before the @).
    #[arg(long)]
    pub name: Option<String>,
    /// EMAIL is a shared mailbox (info@…, support@…) that DELEGATE opens
    /// with their own sign-in (Microsoft 365): DELEGATE signs in and sends,
    /// the account reads and sends as EMAIL.
    #[arg(long, value_name = "DELEGATE")]
    pub delegate: Option<String>,
    /// Write into this Thunderbird profile directory instead of the default one.
    #[arg(long, value_name = "DIR")]
    pub profile: Option<PathBuf>,
    #[command(flatten)]
    pub provider: ProviderArgs,
    /// The address is on Microsoft 365 (work or school), though mailsetup does not know its domain.
    #[arg(long)]
    pub microsoft_365: bool,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Sign in and check, but do not write anything.
    #[arg(long)]
    pub no_write: bool,
    /// Do not hand the sign-in to Thunderbird: Thunderbird then asks you to
    /// sign in once when it starts.
    #[arg(long)]
    pub no_sign_in_handoff: bool,
    /// How long to wait for the browser sign-in, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 300)]
    pub timeout: u64,
    /// Fallback: sign in with a code typed on another device (RFC 8628), for
    /// remote sessions whose browser cannot reach this computer. Many
    /// organisations block it (AADSTS53003).
    #[arg(long)]
    pub device_code: bool,
    /// Also send one real test message, from EMAIL to whoever signs in (the
    /// delegate, or EMAIL itself), after the checks: the only way to see a
    /// missing Send As permission, which Exchange reports only for a real
    /// message. Nothing is ever sent without this.
    #[arg(long)]
    pub send_test: bool,
    /// Print the ready-to-send admin ticket instead of the report.
    #[arg(long)]
    pub ticket: bool,
    /// Also write the support bundle (one JSON file, no secrets) to FILE.
    #[arg(long, value_name = "FILE")]
    pub bundle: Option<PathBuf>,
}

/// `mailsetup explain`.
/// Where the provider's settings come from, beyond the built-in catalogue
/// and discovery; shared by every command that looks a provider up.
#[derive(Debug, Args)]
pub struct ProviderArgs {
    /// Use the provider settings in this TOML file for the domains it lists (see the README).
    #[arg(long, value_name = "FILE")]
    pub provider_file: Option<PathBuf>,
    /// Also trust the CA certificates in this PEM file (TLS inspection, test servers).
    #[arg(long, value_name = "PEM")]
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

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// An AADSTS code (AADSTS65001 or 65001), an SMTP reply (535 5.7.139 …),
    /// an IMAP reply (NO AUTHENTICATE failed.), or pasted error text.
    #[arg(required = true, num_args = 1.., value_name = "CODE-OR-TEXT")]
    pub text: Vec<String>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    /// Show every matching diagnosis, best first, not only the best.
    #[arg(long)]
    pub all: bool,
}

/// `mailsetup detect`.
#[derive(Debug, Args)]
pub struct DetectArgs {
    /// The e-mail address to look up.
    pub email: String,
    /// Print the plan and the evidence as JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub provider: ProviderArgs,
}

/// `mailsetup profiles`.
#[derive(Debug, Args)]
pub struct ProfilesArgs {
    /// Look under this Thunderbird root instead of the platform's.
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Print JSON.
    #[arg(long)]
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

fn setup(args: SetupArgs, sandbox_requested: bool) -> Result<u8, String> {
    let address = EmailAddress::parse(&args.email).map_err(|e| e.to_string())?;
    let display_name = flow::display_name(&address, args.name.as_deref().unwrap_or_default())?;
    // Keep the sandbox alive until the run ends: it owns the servers.
    let sandbox = if sandbox_requested {
        Some(Sandbox::start(SandboxOptions::default()).map_err(|e| format!("the sandbox could not start: {e}"))?)
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
            let root = thunderbird::profiles_root().ok_or("cannot find your home directory to look for Thunderbird")?;
            (plan, TrustStore::system(), BrowserLauncher::System, root)
        }
    };
    let trust = args.provider.trust_over(trust)?;
    let profile = if args.no_write {
        ProfileTarget::NoWrite
    } else if let Some(dir) = &args.profile {
        if !dir.is_dir() {
            return Err(format!("the profile directory {} does not exist", dir.display()));
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
    let runtime = flow::new_runtime().map_err(|e| format!("cannot start the network runtime: {e}"))?;
    let cancel = CancelFlag::new();
    let json = args.json;
    let on_event = progress_printer(json);
    let address_text = request.address.to_string();
    let show_code = |code: &DeviceCodeShown| {
        eprintln!(
            "{}\n{}\nOn any device, open {} and enter the code:  {}\n(valid for {} min)",
            device::fallback_label(),
            device::fallback_warning(),
            code.verification_uri,
            code.user_code,
            code.expires_in.as_secs() / 60
        );
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
        std::fs::write(path, helpdesk::support_bundle(&report)).map_err(|e| format!("cannot write the support bundle to {}: {e}", path.display()))?;
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
                    let _ = writeln!(err, "{}", tr!("cli-sign-in-browser", link = authorize_url.to_string(), seconds = remaining.as_secs()));
                }
            }
            FlowEvent::StepFinished(step) if !json => {
                let _ = writeln!(err, "  {} {}: {}", step.outcome, step.title, step.detail);
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
        println!("mailsetup has no diagnosis for this. Run `mailsetup check EMAIL` to find the failing step, or paste the server's exact reply.");
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
    let runtime = flow::new_runtime().map_err(|e| format!("cannot start the network runtime: {e}"))?;
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
