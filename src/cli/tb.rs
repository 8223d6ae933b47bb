//! The Thunderbird commands: `profiles` (every install), `migrate`,
//! `doctor`, `restore` and `export`.

use crate::tr;
use super::{ProviderArgs, exit};
use crate::address::EmailAddress;
use crate::flow::{self, InPlaceTarget, ProfileTarget, Run, SetupRequest, SignInMethod, ThunderbirdGoal};
use crate::oauth::{BrowserLauncher, CancelFlag};
use crate::provider::{self, ProviderFile, ProviderPlan};
use crate::practice::PracticeProvider as _;
use crate::sandbox::Sandbox;
use crate::thunderbird::{self, AccountInfo, AccountStatus, MigrationTarget, OAuthProvider, ProfileChoice, ProfilesRoot};
use crate::tls::TrustStore;
use clap::{Args, ValueEnum};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// `mailsetup migrate`.
#[derive(Debug, Args)]
pub struct MigrateArgs {
    #[arg(value_name = crate::tr!("help-value-email"), help = crate::tr!("help-migrate-email"))]
    pub email: Option<String>,
    #[arg(long, value_name = crate::tr!("help-value-dir"), help = crate::tr!("help-migrate-profile"))]
    pub profile: Option<PathBuf>,
    #[arg(long, help = crate::tr!("help-migrate-yes"))]
    pub yes: bool,
    #[arg(long, help = crate::tr!("help-migrate-force"))]
    pub force: bool,
    #[arg(long, help = crate::tr!("help-migrate-json"))]
    pub json: bool,
    #[command(flatten)]
    pub provider: ProviderArgs,
    #[arg(long, value_name = crate::tr!("help-value-seconds"), default_value_t = 300, help = crate::tr!("help-migrate-timeout"))]
    pub timeout: u64,
    #[arg(long, help = crate::tr!("help-migrate-no-sign-in-handoff"))]
    pub no_sign_in_handoff: bool,
}

/// `mailsetup doctor`.
#[derive(Debug, Args)]
pub struct DoctorArgs {
    #[arg(value_name = crate::tr!("help-value-email"), help = crate::tr!("help-doctor-email"))]
    pub email: Option<String>,
    #[arg(long, value_name = crate::tr!("help-value-dir"), help = crate::tr!("help-doctor-profile"))]
    pub profile: Option<PathBuf>,
    #[command(flatten)]
    pub provider: ProviderArgs,
    #[arg(long, help = crate::tr!("help-doctor-json"))]
    pub json: bool,
}

/// `mailsetup restore`.
#[derive(Debug, Args)]
pub struct RestoreArgs {
    #[arg(value_name = crate::tr!("help-value-backup"), help = crate::tr!("help-restore-backup"))]
    pub backup: Option<String>,
    #[arg(long, value_name = crate::tr!("help-value-dir"), help = crate::tr!("help-restore-profile"))]
    pub profile: Option<PathBuf>,
    #[arg(long, help = crate::tr!("help-restore-json"))]
    pub json: bool,
}

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    #[value(help = crate::tr!("help-export-format-policies"))]
    Policies,
    #[value(help = crate::tr!("help-export-format-autoconfig"))]
    Autoconfig,
}

/// `mailsetup export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_enum, value_name = crate::tr!("help-value-format"), help = crate::tr!("help-export-format"))]
    pub format: ExportFormat,
    #[arg(required = true, num_args = 1.., value_name = crate::tr!("help-value-email"), help = crate::tr!("help-export-emails"))]
    pub emails: Vec<String>,
    #[arg(long, value_name = crate::tr!("help-value-name"), help = crate::tr!("help-export-name"))]
    pub name: Option<String>,
    #[arg(long, short, value_name = crate::tr!("help-value-file"), help = crate::tr!("help-export-output"))]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub provider: ProviderArgs,
}

/// `mailsetup profiles`: every root, or the one given.
pub fn profiles(root: Option<PathBuf>, json: bool) -> Result<u8, String> {
    let roots = match root {
        Some(path) => vec![ProfilesRoot { kind: "linux", path }],
        None => thunderbird::find_profile_roots(),
    };
    let listings = roots.iter().map(thunderbird::list_root).collect::<Result<Vec<_>, _>>().map_err(|e| e.to_string())?;
    if json {
        println!("{}", serde_json::to_string_pretty(&listings).map_err(|e| e.to_string())?);
        return Ok(exit::ALL_PASSED);
    }
    if listings.iter().all(|listing| listing.profiles.is_empty()) {
        let looked: Vec<String> = match roots.is_empty() {
            true => thunderbird::profiles_root().map(|root| root.display().to_string()).into_iter().collect(),
            false => roots.iter().map(|root| root.path.display().to_string()).collect(),
        };
        println!("{}", tr!("cli-no-profiles", looked = looked.join(", ")));
        return Ok(exit::ALL_PASSED);
    }
    for listing in &listings {
        println!("{listing}\n");
    }
    if listings.iter().flat_map(|l| &l.profiles).flat_map(|p| &p.accounts).any(|a| a.status == AccountStatus::NeedsOauth2) {
        println!("{}", tr!("cli-profiles-needs-oauth2"));
    }
    Ok(exit::ALL_PASSED)
}

/// The profile the user means: `--profile`, else the one Thunderbird opens.
fn chosen_profile(explicit: Option<&Path>) -> Result<PathBuf, String> {
    let root = thunderbird::profiles_root().ok_or_else(|| tr!("cli-no-home"))?;
    match thunderbird::choose_profile(&root, explicit).map_err(|e| e.to_string())? {
        ProfileChoice::Existing(dir) => Ok(dir),
        ProfileChoice::Create { root, .. } => Err(tr!("cli-no-profile-under", root = root.display().to_string())),
    }
}

/// An account that can move to OAuth2, and where to.
struct Candidate {
    account: AccountInfo,
    address: String,
    provider: OAuthProvider,
    /// The discovered plan, when discovery was asked.
    plan: Option<ProviderPlan>,
}

/// The accounts of `prefs` that move ([`thunderbird::migration_candidates`]
/// chooses); for a host name mailsetup does not know, discovery is asked
/// where the address's mail is (not in the sandbox, which has no such
/// addresses).
fn candidates(accounts: &[AccountInfo], args: &MigrateArgs, sandbox: bool) -> Result<Vec<Candidate>, String> {
    let file = args.provider.provider_file.as_deref().map(ProviderFile::load).transpose().map_err(|e| e.to_string())?;
    let address_of = |account: &AccountInfo| account.address().map(str::to_owned).or_else(|| args.email.clone()).unwrap_or_default();
    let discover = |account: &AccountInfo| -> Result<Option<(OAuthProvider, ProviderPlan)>, String> {
        if sandbox {
            return Ok(None);
        }
        let address = address_of(account);
        let Ok(parsed) = EmailAddress::parse(&address) else { return Ok(None) };
        eprintln!("{}", tr!("cli-asking-host", address = address.to_string(), server = account.incoming_host.as_str()));
        let discovery = super::run_discovery(&parsed, file.as_ref(), &args.provider)?;
        Ok(discovery.plan.and_then(|plan| Some((provider::oauth_provider_of_plan(&plan)?, plan))))
    };
    let chosen = thunderbird::migration_candidates(accounts, args.email.as_deref(), discover)?;
    Ok(chosen
        .into_iter()
        .map(|candidate| Candidate {
            address: address_of(&candidate.account),
            account: candidate.account,
            provider: candidate.provider,
            plan: candidate.found,
        })
        .collect())
}

fn ask(question: &str) -> bool {
    eprint!("{question} {} ", tr!("cli-ask-choices"));
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(0) | Err(_) => false,
        Ok(_) => means_yes(&line, &tr!("cli-ask-yes")),
    }
}

/// Whether an answer says yes: one of the language's words for it (a comma
/// separated list, `cli-ask-yes`), or English's y and yes, which scripts
/// written for any language send. Case does not matter.
fn means_yes(answer: &str, yes_words: &str) -> bool {
    let answer = answer.trim().to_lowercase();
    !answer.is_empty() && yes_words.split(',').map(str::trim).chain(["y", "yes"]).any(|word| word.to_lowercase() == answer)
}

/// `mailsetup migrate`.
pub fn migrate(args: MigrateArgs, sandbox_requested: bool) -> Result<u8, String> {
    let profile = chosen_profile(args.profile.as_deref())?;
    let prefs = thunderbird::read_profile_prefs(&profile)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| tr!("cli-no-prefs", profile = profile.display().to_string()))?;
    let accounts = thunderbird::profile_accounts(&prefs);
    let chosen = candidates(&accounts, &args, sandbox_requested)?;
    if chosen.is_empty() {
        if let Some(email) = &args.email {
            let present = accounts.iter().find(|account| account.has_address(email));
            return match present {
                Some(account) if account.fully_oauth2() => {
                    println!("{}", tr!("cli-already-oauth2", address = email, account = account.account_key.as_str()));
                    Ok(exit::ALL_PASSED)
                }
                Some(account) => Err(tr!("cli-migrate-not-oauth-provider", address = email, account = account.account_key.as_str(), server = account.incoming_host.as_str())),
                None => Err(tr!("cli-no-account-for", profile = profile.display().to_string(), address = email)),
            };
        }
        println!("{}", tr!("cli-migrate-nothing", profile = profile.display().to_string()));
        return Ok(exit::ALL_PASSED);
    }

    // Show what would change, then ask (unless --yes).
    for candidate in &chosen {
        let target = MigrationTarget::for_provider(candidate.provider);
        let plan = thunderbird::plan_migration(&profile, &prefs, &candidate.account.account_key, &target, Some(&candidate.address))
            .map_err(|e| e.to_string())?;
        eprintln!(
            "{}",
            tr!(
                "cli-migrate-plan",
                address = &candidate.address,
                account = candidate.account.account_key.as_str(),
                protocol = candidate.account.incoming_type.as_str(),
                server = candidate.account.incoming_host.as_str(),
                provider = candidate.provider.as_str()
            )
        );
        for change in &plan.changes {
            let line = match change.old.as_deref() {
                Some(old) => tr!("cli-migrate-pref", pref = change.name.as_str(), value = change.new.as_str(), old = old),
                None => tr!("cli-migrate-pref-new", pref = change.name.as_str(), value = change.new.as_str()),
            };
            eprintln!("    {line}");
        }
        for file in &plan.filter_files {
            eprintln!("    {}", tr!("cli-migrate-filters", file = file.display().to_string()));
        }
        for origin in &plan.remove_logins_for {
            eprintln!("    {}", tr!("cli-migrate-password-removed", origin = origin.as_str()));
        }
        for note in &plan.notes {
            eprintln!("    {}", tr!("cli-migrate-note", note = note.as_str()));
        }
    }
    if !args.yes {
        let question = tr!("cli-migrate-ask", accounts = chosen.len());
        if !ask(&question) {
            eprintln!("{}", tr!("cli-nothing-changed"));
            return Ok(exit::CHECK_FAILED);
        }
    }

    let sandbox = if sandbox_requested {
        Some(Sandbox::start(crate::practice::options()).map_err(|e| tr!("sandbox-failed", error = e.to_string()))?)
    } else {
        None
    };
    let runtime = flow::new_runtime().map_err(|e| tr!("runtime-failed", error = e.to_string()))?;
    let cancel = CancelFlag::new();
    let json = args.json;
    let mut reports = Vec::new();
    let mut status = exit::ALL_PASSED;
    for candidate in chosen {
        // A shared mailbox is checked as itself, with its delegate's sign-in.
        let shared = candidate.account.shared_mailbox();
        let address = EmailAddress::parse(shared.as_ref().map_or(candidate.address.as_str(), |shared| shared.shared.as_str())).map_err(|e| e.to_string())?;
        let delegate = shared.as_ref().map(|shared| EmailAddress::parse(&shared.delegate)).transpose().map_err(|e| e.to_string())?;
        let (plan, trust, browser) = match &sandbox {
            Some(sandbox) => (sandbox.plan(), sandbox.trust(), BrowserLauncher::Function(sandbox.automatic_browser())),
            None => {
                let plan = match candidate.plan {
                    Some(plan) => plan,
                    None => fallback_plan(&address, candidate.provider, &args)?,
                };
                (plan, TrustStore::system(), BrowserLauncher::System)
            }
        };
        let trust = args.provider.trust_over(trust)?;
        let migration_target = MigrationTarget::for_provider(candidate.provider);
        let plan = flow::receiving_as_the_account_does(plan, &candidate.account, &migration_target);
        let display_name = address.local_part().to_owned();
        let mut request = SetupRequest::new(address, display_name, plan, trust, browser, ProfileTarget::NoWrite)
            .with_sign_in_timeout(Duration::from_secs(args.timeout.max(1)))
            .with_delegate(delegate);
        request.sign_in_handoff = !args.no_sign_in_handoff;
        let target = InPlaceTarget {
            profile_dir: profile.clone(),
            account_key: candidate.account.account_key.clone(),
            target: migration_target,
        };
        let on_event = super::progress_printer(json);
        let mut run = Run::new(request, ThunderbirdGoal::SwitchInPlace(target)).forced(args.force);
        flow::drive(&mut run, SignInMethod::Browser, runtime.handle(), &cancel, &on_event);
        let report = run.report();
        let switched = report.thunderbird.is_some();
        if !switched || !report.all_passed() {
            status = exit::CHECK_FAILED;
        }
        if !json {
            println!("{report}");
            if !switched {
                println!("{}", tr!("cli-migrate-not-changed"));
            } else {
                println!("{}", tr!("cli-migrate-start-thunderbird"));
            }
        }
        reports.push(report);
    }
    if json {
        let values: Vec<serde_json::Value> =
            reports.iter().map(|report| serde_json::from_str(&report.to_json()).unwrap_or(serde_json::Value::Null)).collect();
        println!("{}", serde_json::to_string_pretty(&values).map_err(|e| e.to_string())?);
    }
    Ok(status)
}

/// The plan to check an account with when discovery was not asked (its
/// host name already says Microsoft or Google).
fn fallback_plan(address: &EmailAddress, provider: OAuthProvider, args: &MigrateArgs) -> Result<ProviderPlan, String> {
    let file = args.provider.provider_file.as_deref().map(ProviderFile::load).transpose().map_err(|e| e.to_string())?;
    if let Ok(plan) = provider::plan_for(address, file.as_ref(), None)
        && provider::oauth_provider_of_plan(&plan) == Some(provider)
    {
        return Ok(plan);
    }
    let discovery = super::run_discovery(address, file.as_ref(), &args.provider)?;
    if let Some(plan) = discovery.plan
        && provider::oauth_provider_of_plan(&plan) == Some(provider)
    {
        return Ok(plan);
    }
    match provider {
        OAuthProvider::Microsoft => Ok(provider::microsoft_plan("Microsoft 365", "organizations")),
        OAuthProvider::Google => provider::provider_by_id("gmail").ok_or_else(|| tr!("cli-no-google-plan")),
    }
}

/// `mailsetup doctor`: Thunderbird's own saved sign-ins, renewed and
/// checked, with no browser.
pub fn doctor(args: DoctorArgs) -> Result<u8, String> {
    let profile_dir = chosen_profile(args.profile.as_deref())?;
    let provider_file_plan = args.provider.provider_file.as_deref().map(ProviderFile::load).transpose().map_err(|e| e.to_string())?.map(|file| file.plan());
    let trust = args.provider.trust_over(TrustStore::system())?;
    let request = flow::DoctorRequest { profile_dir, email: args.email.clone(), provider_file_plan, trust, deadlines: crate::probe::Deadlines::default() };
    let runtime = flow::new_runtime().map_err(|e| tr!("runtime-failed", error = e.to_string()))?;
    let reports = flow::doctor(&request, runtime.handle(), &CancelFlag::new(), &super::progress_printer(args.json)).map_err(|e| e.to_string())?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&reports).map_err(|e| e.to_string())?);
    } else if reports.is_empty() {
        let profile = request.profile_dir.display().to_string();
        match args.email.as_deref() {
            Some(email) => println!("{}", tr!("cli-doctor-nothing-for", profile = profile, address = email)),
            None => println!("{}", tr!("cli-doctor-nothing", profile = profile)),
        }
    } else {
        for report in &reports {
            println!("{report}\n");
        }
    }
    Ok(if !reports.is_empty() && reports.iter().all(|report| report.all_passed()) { exit::ALL_PASSED } else { exit::CHECK_FAILED })
}

/// `mailsetup restore`.
pub fn restore(args: RestoreArgs) -> Result<u8, String> {
    let profile = chosen_profile(args.profile.as_deref())?;
    let Some(which) = args.backup else {
        let backups = thunderbird::list_backups(&profile).map_err(|e| e.to_string())?;
        if args.json {
            println!("{}", serde_json::to_string_pretty(&backups).map_err(|e| e.to_string())?);
        } else if backups.is_empty() {
            println!("{}", tr!("cli-no-backups", profile = profile.display().to_string()));
        } else {
            println!("{}", tr!("cli-backups", folder = profile.join(thunderbird::BACKUP_DIR_NAME).display().to_string()));
            for backup in &backups {
                let restores = backup.restores.strip_prefix(&profile).unwrap_or(&backup.restores);
                println!("  {}", tr!("cli-backup-entry", name = backup.name.as_str(), bytes = backup.size.to_string(), file = restores.display().to_string()));
            }
            println!("{}", tr!("cli-restore-how", profile = profile.display().to_string()));
        }
        return Ok(exit::ALL_PASSED);
    };
    let outcome = thunderbird::restore_backup(&profile, &which).map_err(|e| e.to_string())?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&outcome).map_err(|e| e.to_string())?);
    } else {
        println!("{}", tr!("cli-restored", file = outcome.restored.display().to_string(), backup = outcome.from.display().to_string()));
        if let Some(previous) = &outcome.previous {
            println!("{}", tr!("cli-restored-kept", path = previous.display().to_string()));
        }
    }
    Ok(exit::ALL_PASSED)
}

/// `mailsetup export`.
pub fn export(args: ExportArgs) -> Result<u8, String> {
    let file = args.provider.provider_file.as_deref().map(ProviderFile::load).transpose().map_err(|e| e.to_string())?;
    let mut accounts = Vec::new();
    for email in &args.emails {
        // Discovery needs a real address: placeholders stand for a user name.
        let probe_address = email.replace("${", "x").replace('}', "");
        let parsed = EmailAddress::parse(&probe_address).map_err(|e| format!("{email}: {e}"))?;
        let plan = match provider::plan_for(&parsed, file.as_ref(), None) {
            Ok(plan) => plan,
            Err(_) => super::run_discovery(&parsed, file.as_ref(), &args.provider)?.into_plan().map_err(super::plan_error_with_hint)?,
        };
        if let Some(stop) = &plan.stop {
            return Err(format!("{email}: {stop}"));
        }
        if !plan.sign_in.is_oauth2() {
            return Err(tr!("cli-export-password", address = email, provider = plan.provider_name.as_str()));
        }
        if !plan.thunderbird_can_use_oauth() {
            let hosts = match plan.oauth_hosts().as_slice() {
                [first, second] => tr!("cli-two-servers", first = *first, second = *second),
                hosts => hosts.join(", "),
            };
            return Err(tr!("cli-export-no-oauth", address = email, servers = hosts));
        }
        let local = email.split('@').next().unwrap_or_default().to_owned();
        accounts.push(flow::settings_for_plan(email, &args.name.clone().unwrap_or(local), &plan, None));
    }
    let text = match args.format {
        ExportFormat::Policies => thunderbird::export::policies_json(&accounts),
        ExportFormat::Autoconfig => thunderbird::export::autoconfig_cfg(&accounts),
    }
    .map_err(|e| e.to_string())?;
    match &args.output {
        Some(path) => {
            std::fs::write(path, text).map_err(|e| tr!("cli-write-failed", path = path.display().to_string(), error = e.to_string()))?;
            eprintln!("{}", tr!("cli-written", path = path.display().to_string()));
        }
        None => print!("{text}"),
    }
    Ok(exit::ALL_PASSED)
}

/// `mailsetup alias`.
#[derive(Debug, Args)]
pub struct AliasArgs {
    #[arg(value_name = crate::tr!("help-value-email"), help = crate::tr!("help-alias-email"))]
    pub email: String,
    #[arg(value_name = crate::tr!("help-value-alias"), help = crate::tr!("help-alias-alias"))]
    pub alias: String,
    #[arg(long, value_name = crate::tr!("help-value-name"), help = crate::tr!("help-alias-name"))]
    pub name: Option<String>,
    #[arg(long, value_name = crate::tr!("help-value-dir"), help = crate::tr!("help-alias-profile"))]
    pub profile: Option<PathBuf>,
    #[arg(long, help = crate::tr!("help-alias-send-test"))]
    pub send_test: bool,
    #[command(flatten)]
    pub provider: ProviderArgs,
    #[arg(long, value_name = crate::tr!("help-value-seconds"), default_value_t = 300, help = crate::tr!("help-alias-timeout"))]
    pub timeout: u64,
    #[arg(long, help = crate::tr!("help-alias-json"))]
    pub json: bool,
}

/// Adds an identity for an alias to an existing account, after an optional
/// test message that proves the server lets the mailbox send as it.
pub fn alias(args: AliasArgs, sandbox_requested: bool) -> Result<u8, String> {
    let owner = EmailAddress::parse(&args.email).map_err(|e| e.to_string())?;
    let alias = EmailAddress::parse(&args.alias).map_err(|e| tr!("cli-alias-invalid", error = e.to_string()))?;
    if alias.same_mailbox(&owner) {
        return Err(tr!("cli-alias-is-owner", alias = alias.to_string()));
    }
    let sandbox = if sandbox_requested {
        Some(Sandbox::start(crate::practice::options()).map_err(|e| tr!("sandbox-failed", error = e.to_string()))?)
    } else {
        None
    };
    let profile = match (&args.profile, &sandbox) {
        (Some(dir), _) => dir.clone(),
        (None, Some(sandbox)) => thunderbird::default_or_new_profile(sandbox.profile_root()).map_err(|e| e.to_string())?,
        (None, None) => chosen_profile(None)?,
    };
    let prefs = thunderbird::read_profile_prefs(&profile)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| tr!("cli-no-prefs", profile = profile.display().to_string()))?;
    let account = thunderbird::profile_accounts(&prefs)
        .into_iter()
        .find(|account| account.has_address(&args.email))
        .ok_or_else(|| tr!("cli-no-account-for", profile = profile.display().to_string(), address = &args.email))?;
    let name = args.name.clone().or_else(|| account.display_name.clone()).unwrap_or_else(|| alias.local_part().to_owned());

    if args.send_test {
        let (plan, trust, browser) = match &sandbox {
            Some(sandbox) => (sandbox.plan(), sandbox.trust(), BrowserLauncher::Function(sandbox.automatic_browser())),
            None => {
                let file = args.provider.provider_file.as_deref().map(ProviderFile::load).transpose().map_err(|e| e.to_string())?;
                let plan = provider::plan_for(&owner, file.as_ref(), None).or_else(|_| match provider::oauth_provider_of_host(&account.incoming_host) {
                    Some(found) => Ok(flow::plan_from_host(found, &account.incoming_host)),
                    None => Err(tr!("cli-alias-sign-in-unknown", owner = owner.to_string())),
                })?;
                (plan, TrustStore::system(), BrowserLauncher::System)
            }
        };
        let trust = args.provider.trust_over(trust)?;
        let mut request = SetupRequest::new(owner.clone(), name.clone(), plan, trust, browser, ProfileTarget::NoWrite)
            .with_sign_in_timeout(Duration::from_secs(args.timeout.max(1)));
        request.send_test_message = true;
        request.send_as = Some(alias.clone());
        let runtime = flow::new_runtime().map_err(|e| tr!("runtime-failed", error = e.to_string()))?;
        let mut run = Run::new(request, ThunderbirdGoal::Add);
        flow::drive(&mut run, SignInMethod::Browser, runtime.handle(), &CancelFlag::new(), &super::progress_printer(args.json));
        let report = run.report();
        let sent = report.steps.iter().any(|step| step.id == crate::report::StepId::SmtpTestMessage && step.outcome == crate::report::Outcome::Passed);
        if args.json {
            println!("{}", report.to_json());
        } else {
            println!("{report}");
        }
        if !sent {
            eprintln!("{}", tr!("cli-alias-not-sent", alias = alias.to_string()));
            return Ok(exit::CHECK_FAILED);
        }
        eprintln!("{}", tr!("cli-alias-sent", alias = alias.to_string(), owner = owner.to_string()));
    }
    match thunderbird::add_identity(&profile, &account.account_key, &alias.to_string(), &name).map_err(|e| e.to_string())? {
        (thunderbird::IdentityAction::Added { identity_key }, backup) => {
            let added = tr!("cli-alias-added", alias = alias.to_string(), name = name.to_string(), owner = owner.to_string(), account = account.account_key.as_str(), identity = identity_key.as_str());
            match backup {
                Some(path) => println!("{added} {}", tr!("cli-backup-of-prefs", path = path.display().to_string())),
                None => println!("{added}"),
            }
        }
        (thunderbird::IdentityAction::AlreadyPresent { identity_key }, _) => {
            println!("{}", tr!("cli-alias-present", owner = owner.to_string(), alias = alias.to_string(), identity = identity_key.as_str()));
        }
    }
    Ok(exit::ALL_PASSED)
}

/// `mailsetup audit`.
#[derive(Debug, Args)]
pub struct AuditArgs {
    #[arg(long, help = crate::tr!("help-audit-all-users"))]
    pub all_users: bool,
    #[arg(long, value_name = crate::tr!("help-value-dir"), requires = "all_users", help = crate::tr!("help-audit-users-dir"))]
    pub users_dir: Option<PathBuf>,
    #[arg(long, value_name = crate::tr!("help-value-date"), help = crate::tr!("help-audit-on"))]
    pub on: Option<String>,
    #[arg(long, conflicts_with = "csv", help = crate::tr!("help-audit-json"))]
    pub json: bool,
    #[arg(long, help = crate::tr!("help-audit-csv"))]
    pub csv: bool,
}

/// `mailsetup audit`: 0 nothing to do, 1 action needed, 2 incomplete or
/// could not run.
pub fn audit(args: AuditArgs) -> Result<u8, String> {
    let on = match &args.on {
        Some(day) => crate::audit::parse_day(day)?,
        None => crate::audit::today(),
    };
    let audit = if args.all_users {
        crate::audit::audit_all_users(on, args.users_dir.as_deref())?
    } else {
        crate::audit::audit_current_user(on)
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&audit).map_err(|e| e.to_string())?);
    } else if args.csv {
        print!("{}", crate::audit::render::to_csv(&audit)?);
    } else {
        println!("{audit}");
    }
    Ok(match audit.verdict() {
        crate::audit::Verdict::NothingToDo => exit::ALL_PASSED,
        crate::audit::Verdict::ActionNeeded => exit::CHECK_FAILED,
        crate::audit::Verdict::Incomplete => exit::COULD_NOT_RUN,
    })
}

#[cfg(test)]
mod tests {
    use super::means_yes;

    #[test]
    fn yes_is_the_languages_word_or_englishs() {
        for answer in ["j", "Ja\n", " JA ", "y", "Yes"] {
            assert!(means_yes(answer, "j, ja"), "{answer:?}");
        }
        for answer in ["", "\n", "n", "nein", "jein", "o"] {
            assert!(!means_yes(answer, "j, ja"), "{answer:?}");
        }
        assert!(means_yes("はい", "y, yes, はい"));
        assert!(means_yes("Sí", "s, sí, si"));
    }
}
