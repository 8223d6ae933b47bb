//! The setup flow that both the wizard and the CLI drive: plan → sign in →
//! check IMAP and SMTP → write Thunderbird, each stage a function that runs on
//! a worker thread (never the UI thread) and reports steps as they finish.
//!
//! The wizard calls the stages one page at a time; the CLI calls
//! [`run_setup`], which chains them. Both end with the same [`Report`].

use crate::address::EmailAddress;
use crate::oauth::{self, BrowserLauncher, CancelFlag, SignInProgress, SignInRequest, TokenSet};
use crate::probe::{self, CheckRequest, Deadlines};
use crate::provider::{ProviderPlan, SignIn};
use crate::report::{Outcome, Phase, Report, Step, ThunderbirdSummary};
use crate::thunderbird::{self, AccountSettings, SocketType, WriteAction};
use crate::tls::TrustStore;
use crate::troubleshoot;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Something that happened while a stage ran, for live display.
#[derive(Debug, Clone)]
pub enum FlowEvent {
    /// The browser is out; the countdown runs.
    SignIn(SignInProgress),
    /// A step finished.
    StepFinished(Step),
}

/// Where the account should be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileTarget {
    /// Do not write (`--no-write`).
    NoWrite,
    /// This profile directory (`--profile DIR`).
    Directory(PathBuf),
    /// The default profile of the Thunderbird install under this root
    /// (created if there is none).
    DefaultUnder(PathBuf),
}

/// Everything a setup run needs.
#[derive(Clone)]
pub struct SetupRequest {
    pub address: EmailAddress,
    pub display_name: String,
    pub plan: ProviderPlan,
    pub trust: TrustStore,
    pub browser: BrowserLauncher,
    pub sign_in_timeout: Duration,
    pub deadlines: Deadlines,
    pub profile: ProfileTarget,
}

/// The name recipients see: what the user typed, trimmed, or else the part
/// of the address before the @. A NUL cannot be stored in `prefs.js`, so it
/// is refused here, before anything runs.
pub fn display_name(address: &EmailAddress, typed: &str) -> Result<String, String> {
    match typed.trim() {
        "" => Ok(address.local_part().to_owned()),
        name if name.contains('\0') => Err("the name must not contain a NUL character".to_owned()),
        name => Ok(name.to_owned()),
    }
}

/// A multi-threaded tokio runtime for the network stages. One per worker.
pub fn new_runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().thread_name("mailsetup-net").build()
}

/// The report header and plan step for a request.
pub fn start_report(request: &SetupRequest) -> Report {
    let mut report = Report::new(
        &request.address.to_string(),
        &request.plan.provider_name,
        &request.plan.imap.to_string(),
        &request.plan.smtp.to_string(),
    );
    report.warnings.extend(request.plan.warnings.iter().cloned());
    let plan = &request.plan;
    let sign_in = match &plan.sign_in {
        SignIn::OAuth2 { .. } => format!("sign-in at {} with client {}", plan.oauth.issuer, plan.oauth.client_id),
        SignIn::OAuth2ByThunderbird { .. } => {
            format!("OAuth2 at {}, done by Thunderbird itself; mailsetup checks the servers without signing in", plan.oauth.issuer)
        }
        SignIn::Password { .. } => "password sign-in (Thunderbird asks for it); mailsetup checks the servers without signing in".to_owned(),
    };
    let slowest = plan.evidence.iter().filter(|e| e.used).map(|e| e.duration).max().unwrap_or_default();
    report.steps.push(Step::passed(
        Phase::Plan,
        "plan.provider",
        "Find the provider and servers",
        slowest,
        Duration::ZERO,
        format!("{} ({}); {sign_in}", plan.provider_name, describe_source(&plan.source)),
    ));
    for evidence in plan.evidence.iter().filter(|e| e.used && e.source != "catalogue" && e.source != "provider-file") {
        report.steps.push(Step::passed(
            Phase::Plan,
            &format!("plan.lookup.{}", evidence.source),
            &format!("Lookup: {}", evidence.source),
            evidence.duration,
            Duration::ZERO,
            evidence.said.clone(),
        ));
    }
    match &plan.sign_in {
        SignIn::OAuth2ByThunderbird { why } => report.warnings.push(why.clone()),
        SignIn::Password { note: Some(note) } => report.warnings.push(note.clone()),
        _ => {}
    }
    report.app_id = Some(plan.oauth.client_id.clone());
    report.authority = Some(plan.oauth.authorize_url.as_str().split('?').next().unwrap_or_default().to_owned());
    if let Some(stop) = &plan.stop {
        report.steps.push(Step::failed(Phase::Plan, "plan.stop", "Can this account be moved to OAuth2?", Duration::ZERO, Duration::ZERO, stop.clone()));
    }
    report
}

fn describe_source(source: &crate::provider::PlanSource) -> String {
    use crate::provider::PlanSource;
    match source {
        PlanSource::Catalogue => "from mailsetup's built-in catalogue".to_owned(),
        PlanSource::UserChoice => "as you chose".to_owned(),
        PlanSource::ProviderFile { path } => format!("from the provider file {path}"),
        PlanSource::Sandbox => "the built-in sandbox".to_owned(),
        PlanSource::Discovered { lookup } => format!("found by the {lookup} lookup"),
    }
}

/// Stage 1: interactive sign-in. Returns the steps and, if it worked, tokens.
pub fn sign_in(
    request: &SetupRequest,
    runtime: &tokio::runtime::Handle,
    cancel: &CancelFlag,
    on_event: &(dyn Fn(FlowEvent) + Send + Sync),
) -> (Vec<Step>, Option<TokenSet>) {
    // The checks follow the sign-in: build their TLS set-up meanwhile.
    request.trust.prepare_in_background(&request.plan.smtp.host);
    let address = request.address.to_string();
    let sign_in = SignInRequest {
        registration: &request.plan.oauth,
        login_hint: &address,
        trust: &request.trust,
        browser: &request.browser,
        timeout: request.sign_in_timeout,
    };
    let context = diagnosis_context(request, None);
    let outcome = oauth::sign_in(
        &sign_in,
        runtime,
        cancel,
        &mut |progress| on_event(FlowEvent::SignIn(progress)),
        &mut |step| on_event(announce(diagnosed(step, &context))),
    );
    finish_sign_in(request, outcome, &context, on_event)
}

/// Stage 1, the fallback: sign in with a device code (RFC 8628) shown to the
/// user by `on_code`, for when the browser cannot reach this computer.
pub fn sign_in_with_device_code(
    request: &SetupRequest,
    runtime: &tokio::runtime::Handle,
    cancel: &CancelFlag,
    on_code: &mut dyn FnMut(&oauth::device::DeviceCodeShown),
    on_event: &(dyn Fn(FlowEvent) + Send + Sync),
) -> (Vec<Step>, Option<TokenSet>) {
    request.trust.prepare_in_background(&request.plan.smtp.host);
    let context = diagnosis_context(request, None);
    let outcome = oauth::device::sign_in_with_device_code(
        &request.plan.oauth,
        &request.trust,
        runtime,
        cancel,
        request.sign_in_timeout,
        on_code,
        &mut |step| on_event(announce(diagnosed(step, &context))),
    );
    finish_sign_in(request, outcome, &context, on_event)
}

/// Diagnoses the sign-in steps and, when tokens came back, adds the
/// `signin.token` step that says what the access token holds.
fn finish_sign_in(
    request: &SetupRequest,
    outcome: oauth::SignInOutcome,
    context: &troubleshoot::Context,
    on_event: &(dyn Fn(FlowEvent) + Send + Sync),
) -> (Vec<Step>, Option<TokenSet>) {
    let mut steps: Vec<Step> = outcome.steps.iter().map(|step| diagnosed(step, context)).collect();
    let failed = steps.iter().any(|s| s.outcome == Outcome::Failed && s.id != "signin.browser" && s.id != "signin.refresh");
    let tokens = if failed { None } else { outcome.tokens };
    if let Some(tokens) = &tokens {
        let inspection = inspect_tokens(request, tokens);
        let step = Step::passed(Phase::SignIn, "signin.token", "Look inside the access token", Duration::ZERO, Duration::ZERO, inspection.summary());
        on_event(announce(step.clone()));
        steps.push(step);
    }
    (steps, tokens)
}

/// What the access token holds and what will make the servers refuse it.
/// Claims only: the token itself and its signature are not kept.
pub fn inspect_tokens(request: &SetupRequest, tokens: &TokenSet) -> troubleshoot::TokenInspection {
    use troubleshoot::token::{Expectation, Finding, FindingKind, inspect};
    let address = request.address.to_string();
    let expectation = Expectation::for_scopes(&address, &request.plan.oauth.scopes);
    let now = std::time::SystemTime::now();
    let mut inspection = inspect(&tokens.access_token, &expectation, now);
    // Opaque tokens: the token endpoint's expires_in still tells.
    if let Some(lifetime) = tokens.expires_in
        && !inspection.has(FindingKind::Expired)
        && tokens.received_at + lifetime <= now
    {
        inspection.findings.push(Finding {
            kind: FindingKind::Expired,
            detail: format!("the token endpoint said the token lasts {} s, and that time is over", lifetime.as_secs()),
        });
    }
    inspection
}

/// What diagnoses are written for: this request's mailbox, app, tenant and
/// servers, and the token when there is one.
pub fn diagnosis_context(request: &SetupRequest, tokens: Option<&TokenSet>) -> troubleshoot::Context {
    let context = troubleshoot::Context::for_plan(&request.address.to_string(), &request.plan);
    match tokens {
        Some(tokens) => context.with_token(inspect_tokens(request, tokens)),
        None => context,
    }
}

/// The one place a step gets its diagnosis (every stage calls this on each
/// step before the shell sees it).
fn diagnosed(step: &Step, context: &troubleshoot::Context) -> Step {
    let mut step = step.clone();
    if step.diagnosis.is_none() {
        step.diagnosis = troubleshoot::diagnose_step(&step, context).map(Box::new);
    }
    step.redact_known_secrets();
    step
}

/// The event for a finished step, logged once as it happens (the id, the
/// outcome, the time and the diagnosis; never the detail, which may quote a server).
fn announce(step: Step) -> FlowEvent {
    let diagnosis = step.diagnosis.as_ref().map(|diagnosis| diagnosis.id.as_str());
    tracing::info!(step = %step.id, outcome = ?step.outcome, ms = step.duration.as_millis() as u64, diagnosis, "step finished");
    FlowEvent::StepFinished(step)
}

/// Stage 2: the IMAP and SMTP checks, concurrently.
pub fn check(
    request: &SetupRequest,
    tokens: &TokenSet,
    runtime: &tokio::runtime::Handle,
    cancel: &CancelFlag,
    on_event: &(dyn Fn(FlowEvent) + Send + Sync),
) -> Vec<Step> {
    run_checks(request, Some(tokens), true, runtime, cancel, on_event)
}

/// Stage 2 without a token, for plans where mailsetup does not sign in
/// (Thunderbird does, or a password is used): connect, TLS and the offered
/// sign-in methods on both servers, stopping before AUTH. For OAuth2 plans
/// XOAUTH2 must be offered.
pub fn check_without_token(
    request: &SetupRequest,
    runtime: &tokio::runtime::Handle,
    cancel: &CancelFlag,
    on_event: &(dyn Fn(FlowEvent) + Send + Sync),
) -> Vec<Step> {
    run_checks(request, None, request.plan.sign_in.is_oauth2(), runtime, cancel, on_event)
}

/// Both checks, with the token when there is one; every step is diagnosed
/// before anyone sees it.
fn run_checks(
    request: &SetupRequest,
    tokens: Option<&TokenSet>,
    require_xoauth2: bool,
    runtime: &tokio::runtime::Handle,
    cancel: &CancelFlag,
    on_event: &(dyn Fn(FlowEvent) + Send + Sync),
) -> Vec<Step> {
    let context = diagnosis_context(request, tokens);
    let check = CheckRequest {
        address: request.address.to_string(),
        access_token: tokens.map(|tokens| tokens.access_token.clone()),
        require_xoauth2,
        imap: request.plan.imap.clone(),
        smtp: request.plan.smtp.clone(),
        trust: request.trust.clone(),
        deadlines: request.deadlines,
    };
    let on_step = |step: &Step| on_event(announce(diagnosed(step, &context)));
    let work = async {
        tokio::select! {
            (imap, smtp) = probe::check_both(&check, &on_step) => Some(imap.iter().chain(&smtp).map(|step| diagnosed(step, &context)).collect::<Vec<_>>()),
            () = wait_for_cancel(cancel) => None,
        }
    };
    runtime.block_on(work).unwrap_or_else(|| {
        let step = Step::failed(Phase::Imap, "checks.cancelled", "Check IMAP and SMTP", Duration::ZERO, Duration::ZERO, "cancelled")
            .with_fault(Some(troubleshoot::Fault::Cancelled));
        let step = diagnosed(&step, &context);
        on_event(announce(step.clone()));
        vec![step]
    })
}

async fn wait_for_cancel(cancel: &CancelFlag) {
    while !cancel.is_cancelled() {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The account settings Thunderbird gets for a plan.
pub fn account_settings(request: &SetupRequest) -> AccountSettings {
    let socket = |security| match security {
        crate::provider::Security::Tls => SocketType::Ssl,
        crate::provider::Security::Starttls => SocketType::StartTls,
    };
    AccountSettings {
        email: request.address.to_string(),
        display_name: request.display_name.clone(),
        imap_host: request.plan.imap.host.clone(),
        imap_port: request.plan.imap.port,
        imap_socket: socket(request.plan.imap.security),
        smtp_host: request.plan.smtp.host.clone(),
        smtp_port: request.plan.smtp.port,
        smtp_socket: socket(request.plan.smtp.security),
        oauth2: request.plan.sign_in.is_oauth2(),
    }
}

/// Stage 3: write the account into Thunderbird.
pub fn write_thunderbird(request: &SetupRequest) -> (Step, Option<ThunderbirdSummary>) {
    const ID: &str = "thunderbird.write";
    const TITLE: &str = "Add the account to Thunderbird";
    let started = Instant::now();
    let directory = match &request.profile {
        ProfileTarget::NoWrite => return (Step::skipped(Phase::Thunderbird, ID, TITLE, "not written (--no-write)"), None),
        ProfileTarget::Directory(dir) => Ok(dir.clone()),
        ProfileTarget::DefaultUnder(root) => thunderbird::default_or_new_profile(root),
    };
    let result = directory.and_then(|dir| thunderbird::write_account(&dir, &account_settings(request)));
    match result {
        Ok(outcome) => {
            let (action, detail) = match outcome.action {
                WriteAction::Added => ("added", format!("account {} added to {}", outcome.account_key, outcome.profile_dir.display())),
                WriteAction::AlreadyPresent => (
                    "already-present",
                    format!("the profile already has this account ({}); nothing changed", outcome.account_key),
                ),
                WriteAction::Updated => (
                    "updated",
                    format!("the profile's account {} now signs in with OAuth2 (its mail and folders are kept)", outcome.account_key),
                ),
            };
            let summary = ThunderbirdSummary {
                profile: outcome.profile_dir.display().to_string(),
                action: action.to_owned(),
                backup: outcome.backup.map(|b| b.display().to_string()),
            };
            (Step::passed(Phase::Thunderbird, ID, TITLE, started.elapsed(), Duration::ZERO, detail), Some(summary))
        }
        Err(error) => (Step::failed(Phase::Thunderbird, ID, TITLE, started.elapsed(), Duration::ZERO, error.to_string()), None),
    }
}

/// How stage 1 signs in.
#[derive(Clone, Copy)]
pub enum SignInMethod<'a> {
    /// The browser, with the redirect to loopback (the default).
    Browser,
    /// The device code fallback; the function shows the code to the user.
    DeviceCode(&'a (dyn Fn(&oauth::device::DeviceCodeShown) + Send + Sync)),
}

/// The whole flow, as the CLI runs it.
pub fn run_setup(
    request: &SetupRequest,
    runtime: &tokio::runtime::Handle,
    cancel: &CancelFlag,
    on_event: &(dyn Fn(FlowEvent) + Send + Sync),
) -> Report {
    run_setup_using(request, SignInMethod::Browser, runtime, cancel, on_event)
}

/// [`run_setup`] with a choice of sign-in method.
pub fn run_setup_using(
    request: &SetupRequest,
    method: SignInMethod<'_>,
    runtime: &tokio::runtime::Handle,
    cancel: &CancelFlag,
    on_event: &(dyn Fn(FlowEvent) + Send + Sync),
) -> Report {
    let mut report = start_report(request);
    if request.plan.stop.is_some() {
        report.steps.push(Step::skipped(Phase::SignIn, "signin.browser", "Sign in in the browser", "not tried: this account cannot be moved to OAuth2 (see above)"));
        report.steps.push(Step::skipped(Phase::Thunderbird, "thunderbird.write", "Add the account to Thunderbird", "nothing written"));
        return report;
    }
    if !request.plan.sign_in.mailsetup_signs_in() {
        report.steps.push(Step::skipped(Phase::SignIn, "signin.browser", "Sign in in the browser", "not done by mailsetup: Thunderbird signs in to this account by itself"));
        report.steps.extend(check_without_token(request, runtime, cancel, on_event));
        finish_with_write(request, &mut report, on_event);
        return report;
    }
    let (steps, tokens) = match method {
        SignInMethod::Browser => sign_in(request, runtime, cancel, on_event),
        SignInMethod::DeviceCode(show) => sign_in_with_device_code(request, runtime, cancel, &mut |code| show(code), on_event),
    };
    report.steps.extend(steps);
    let Some(tokens) = tokens else {
        for (phase, id, title) in [(Phase::Imap, "imap.check", "Check IMAP"), (Phase::Smtp, "smtp.check", "Check SMTP")] {
            report.steps.push(Step::skipped(phase, id, title, "not tried, because sign-in did not complete"));
        }
        return report;
    };
    report.token = Some(inspect_tokens(request, &tokens));
    report.steps.extend(check(request, &tokens, runtime, cancel, on_event));
    finish_with_write(request, &mut report, on_event);
    report
}

/// Writes the account when every step passed; otherwise says why not.
fn finish_with_write(request: &SetupRequest, report: &mut Report, on_event: &(dyn Fn(FlowEvent) + Send + Sync)) {
    if report.all_passed() {
        let (step, summary) = write_thunderbird(request);
        on_event(announce(step.clone()));
        report.steps.push(step);
        report.thunderbird = summary;
    } else {
        report.steps.push(Step::skipped(Phase::Thunderbird, "thunderbird.write", "Add the account to Thunderbird", "not written, because a check failed"));
    }
}

/// What `migrate` needs: the checks' request (address, plan, trust, …) and
/// the account to move to OAuth2 in place.
#[derive(Clone)]
pub struct MigrateRequest {
    /// Sign-in and checks run with this request's address and plan; its
    /// `profile` is ignored.
    pub setup: SetupRequest,
    pub profile_dir: PathBuf,
    /// The account in `prefs.js`, e.g. `account1`.
    pub account_key: String,
    pub target: thunderbird::MigrationTarget,
    /// Switch even when a check failed (the user saw the diagnosis).
    pub force: bool,
}

/// The provider whose OAuth2 a plan leads to, when in-place migration knows
/// it (Microsoft or Google) and the plan may go on.
pub fn oauth_provider_of_plan(plan: &ProviderPlan) -> Option<thunderbird::OAuthProvider> {
    if plan.stop.is_some() {
        return None;
    }
    match plan.oauth.issuer.as_str() {
        "login.microsoftonline.com" => Some(thunderbird::OAuthProvider::Microsoft),
        "accounts.google.com" => Some(thunderbird::OAuthProvider::Google),
        _ => None,
    }
}

/// An account of `profile` for this request's address that still signs in
/// with a password at Microsoft or Google (by its host name, or by this
/// request's plan for a custom host): the wizard offers to switch it to
/// OAuth2 in place instead of adding a second account.
pub fn migration_offer(request: &SetupRequest, profile: &thunderbird::ProfileInfo) -> Option<(thunderbird::AccountInfo, thunderbird::OAuthProvider)> {
    let address = request.address.to_string();
    profile.accounts.iter().find_map(|account| {
        let same_address = account.email.as_deref().is_some_and(|email| email.eq_ignore_ascii_case(&address))
            || account.incoming_user_name.as_deref().is_some_and(|user| user.eq_ignore_ascii_case(&address));
        if !same_address || account.uses_oauth2() || !matches!(account.incoming_type.as_str(), "imap" | "pop3") {
            return None;
        }
        let provider = thunderbird::OAuthProvider::of_host(&account.incoming_host).or_else(|| oauth_provider_of_plan(&request.plan))?;
        Some((account.clone(), provider))
    })
}

/// Stage 3 of `migrate`: switch the account to OAuth2 in place.
pub fn migrate_thunderbird(request: &MigrateRequest) -> (Step, Option<ThunderbirdSummary>) {
    const ID: &str = "thunderbird.migrate";
    const TITLE: &str = "Switch the Thunderbird account to OAuth2";
    let started = Instant::now();
    let email = request.setup.address.to_string();
    match thunderbird::migrate_account(&request.profile_dir, &request.account_key, &request.target, Some(&email)) {
        Ok(outcome) => {
            let plan = &outcome.plan;
            let (action, mut detail) = if plan.is_noop() {
                ("already-present", format!("{} already signs in with OAuth2; nothing changed", plan.account_key))
            } else {
                (
                    "migrated",
                    format!(
                        "{} now signs in with OAuth2 on {}{} ({} settings changed, {} saved passwords removed; server key {} and its mail kept)",
                        plan.account_key,
                        plan.new_incoming_host,
                        plan.new_smtp_host.as_ref().map(|smtp| format!(" and {smtp}")).unwrap_or_default(),
                        plan.changes.len(),
                        outcome.logins_removed,
                        plan.server_key,
                    ),
                )
            };
            for note in &plan.notes {
                detail.push_str("; ");
                detail.push_str(note);
            }
            let summary = ThunderbirdSummary {
                profile: outcome.profile_dir.display().to_string(),
                action: action.to_owned(),
                backup: outcome.backup.map(|b| b.display().to_string()),
            };
            (Step::passed(Phase::Thunderbird, ID, TITLE, started.elapsed(), Duration::ZERO, detail), Some(summary))
        }
        Err(error) => (Step::failed(Phase::Thunderbird, ID, TITLE, started.elapsed(), Duration::ZERO, error.to_string()), None),
    }
}

/// The whole `migrate` flow: sign in and check with the account's address
/// first; switch only when every check passed, or with `force`.
pub fn run_migrate(
    request: &MigrateRequest,
    method: SignInMethod<'_>,
    runtime: &tokio::runtime::Handle,
    cancel: &CancelFlag,
    on_event: &(dyn Fn(FlowEvent) + Send + Sync),
) -> Report {
    let setup = &request.setup;
    let mut report = start_report(setup);
    let finish = |report: &mut Report| {
        if report.all_passed() || request.force {
            let (mut step, summary) = migrate_thunderbird(request);
            if !report.all_passed() {
                step.detail.push_str(" (switched although a check failed: --force)");
            }
            on_event(FlowEvent::StepFinished(step.clone()));
            report.steps.push(step);
            report.thunderbird = summary;
        } else {
            report.steps.push(Step::skipped(
                Phase::Thunderbird,
                "thunderbird.migrate",
                "Switch the Thunderbird account to OAuth2",
                "not switched, because a check failed (see the diagnosis; --force switches anyway)",
            ));
        }
    };
    if setup.plan.stop.is_some() {
        report.steps.push(Step::skipped(Phase::Thunderbird, "thunderbird.migrate", "Switch the Thunderbird account to OAuth2", "not switched: this account cannot be moved to OAuth2 (see above)"));
        return report;
    }
    if !setup.plan.sign_in.mailsetup_signs_in() {
        report.steps.push(Step::skipped(Phase::SignIn, "signin.browser", "Sign in in the browser", "not done by mailsetup: Thunderbird signs in to this account by itself"));
        report.steps.extend(check_without_token(setup, runtime, cancel, on_event));
        finish(&mut report);
        return report;
    }
    let (steps, tokens) = match method {
        SignInMethod::Browser => sign_in(setup, runtime, cancel, on_event),
        SignInMethod::DeviceCode(show) => sign_in_with_device_code(setup, runtime, cancel, &mut |code| show(code), on_event),
    };
    report.steps.extend(steps);
    match tokens {
        Some(tokens) => {
            report.token = Some(inspect_tokens(setup, &tokens));
            report.steps.extend(check(setup, &tokens, runtime, cancel, on_event));
        }
        None => {
            for (phase, id, title) in [(Phase::Imap, "imap.check", "Check IMAP"), (Phase::Smtp, "smtp.check", "Check SMTP")] {
                report.steps.push(Step::skipped(phase, id, title, "not tried, because sign-in did not complete"));
            }
        }
    }
    finish(&mut report);
    report
}
