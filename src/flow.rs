//! The setup flow that both the wizard and the CLI drive: plan → sign in →
//! check IMAP and SMTP → write Thunderbird, each stage a function that runs on
//! a worker thread (never the UI thread) and reports steps as they finish.
//!
//! A [`Run`] decides which stage comes next and what the report says about
//! stages that did not run. The CLI drives a `Run` to its end ([`drive`]);
//! the wizard runs the same stages one page at a time and records each result
//! in its `Run`. Both end with the same [`Report`].

mod accounts;
mod doctor;
mod handoff;
mod run;

pub use accounts::{
    AccountHealth, AccountOverview, FixPlan, ProfileAccounts, account_overview, fix_plan, health_from_doctor, plan_from_host, profiles_with_accounts,
    receiving_as_the_account_does,
};
pub use doctor::{DoctorRequest, doctor};
pub use handoff::why_impossible as why_sign_in_handoff_is_impossible;

pub use run::{InPlaceTarget, Run, Stage, StageState, ThunderbirdGoal, drive, thunderbird_title};

use crate::address::EmailAddress;
use crate::oauth::{self, BrowserLauncher, CancelFlag, SignInProgress, SignInRequest, TokenSet};
use crate::probe::{self, CheckRequest, Deadlines};
use crate::provider::{ProviderPlan, SignIn};
use crate::report::{Outcome, Phase, Report, Step, StepId, ThunderbirdSummary};
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
    /// A check step began waiting on the network: what it waits for and
    /// its deadline, for the live "what am I waiting for" row.
    StepStarted(probe::StepStarted),
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
    /// The mailbox: the account's address, its incoming user name and the
    /// sender. For a shared mailbox, the shared address.
    pub address: EmailAddress,
    /// Who signs in, for a shared mailbox (`info@`) that a delegate opens
    /// with their own sign-in: the login hint, the token's user, the SMTP
    /// user name. `None`: the mailbox signs in itself.
    pub delegate: Option<EmailAddress>,
    pub display_name: String,
    pub plan: ProviderPlan,
    pub trust: TrustStore,
    pub browser: BrowserLauncher,
    pub sign_in_timeout: Duration,
    pub deadlines: Deadlines,
    pub profile: ProfileTarget,
    /// Hand the sign-in to Thunderbird after writing, where the token is
    /// one Thunderbird can use (on unless `--no-sign-in-handoff`, or the
    /// wizard's "Keep Thunderbird signed in" is cleared).
    pub sign_in_handoff: bool,
    /// Send one real test message during the checks, from the mailbox to
    /// whoever signs in (`--send-test`; the wizard's "Send one test message
    /// to yourself"). Never on by default: it is the one thing mailsetup
    /// sends.
    pub send_test_message: bool,
    /// The test message's sender, when it is not the mailbox: an alias of
    /// the mailbox (`sales@` on Alice's own), to prove sending as it.
    pub send_as: Option<EmailAddress>,
}

impl SetupRequest {
    /// A request with the default sign-in timeout and step deadlines.
    pub fn new(address: EmailAddress, display_name: String, plan: ProviderPlan, trust: TrustStore, browser: BrowserLauncher, profile: ProfileTarget) -> Self {
        Self {
            address,
            delegate: None,
            display_name,
            plan,
            trust,
            browser,
            sign_in_timeout: crate::oauth::DEFAULT_SIGN_IN_TIMEOUT,
            deadlines: Deadlines::default(),
            profile,
            sign_in_handoff: true,
            send_test_message: false,
            send_as: None,
        }
    }

    /// Who signs in: the delegate of a shared mailbox, else the mailbox.
    pub fn signs_in_as(&self) -> &EmailAddress {
        self.delegate.as_ref().unwrap_or(&self.address)
    }

    /// The same request for a shared mailbox opened by `delegate`. A
    /// delegate equal to the mailbox (in any case) is no delegate.
    pub fn with_delegate(mut self, delegate: Option<EmailAddress>) -> Self {
        self.delegate = delegate.filter(|delegate| !delegate.same_mailbox(&self.address));
        self
    }

    /// The same request with another sign-in timeout.
    pub fn with_sign_in_timeout(mut self, timeout: Duration) -> Self {
        self.sign_in_timeout = timeout;
        self
    }
}

/// The delegate who opens the shared mailbox `address`, from what was
/// typed (`None`: the mailbox signs in itself). Refused, with the reason,
/// before anything runs: an address that does not parse, the mailbox
/// itself (in any case), and a plan without mailsetup's own OAuth2 sign-in
/// (a password or Thunderbird's sign-in cannot stand in for the delegate).
pub fn delegate_for(address: &EmailAddress, typed: Option<&str>, plan: &ProviderPlan) -> Result<Option<EmailAddress>, String> {
    let Some(typed) = typed.map(str::trim).filter(|typed| !typed.is_empty()) else {
        return Ok(None);
    };
    let delegate = EmailAddress::parse(typed).map_err(|error| crate::tr!("flow-delegate-invalid", error = error.to_string()))?;
    if delegate.same_mailbox(address) {
        return Err(crate::tr!("flow-delegate-is-mailbox", address = address.to_string()));
    }
    if !plan.sign_in.mailsetup_signs_in() {
        return Err(crate::tr!("flow-delegate-not-oauth", provider = &plan.provider_name));
    }
    Ok(Some(delegate))
}

/// The name recipients see: what the user typed, trimmed, or else the part
/// of the address before the @. A NUL cannot be stored in `prefs.js`, so it
/// is refused here, before anything runs.
pub fn display_name(address: &EmailAddress, typed: &str) -> Result<String, String> {
    match typed.trim() {
        "" => Ok(address.local_part().to_owned()),
        name if name.contains('\0') => Err(crate::tr!("flow-name-has-nul")),
        name => Ok(name.to_owned()),
    }
}

/// The Thunderbird installations whose NSS may read and write the key
/// store of `profile_dir`, most likely first (the user's home: where
/// Flatpak keeps a per-user Thunderbird).
fn nss_dirs(profile_dir: &std::path::Path) -> Vec<PathBuf> {
    let home = directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_owned());
    thunderbird::nss::candidate_dirs(profile_dir, &thunderbird::detect_install_dirs(), home.as_deref())
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
        &format!("{}, {}", request.plan.incoming, request.plan.incoming_auth.describe()),
        &format!("{}, {}", request.plan.smtp, request.plan.smtp_auth.describe()),
    );
    report.incoming_protocol = request.plan.incoming_protocol.name().to_owned();
    if let Some(delegate) = &request.delegate {
        report.delegate = Some(delegate.to_string());
        if !delegate.domain().eq_ignore_ascii_case(request.address.domain()) {
            report.warnings.push(crate::tr!("flow-delegate-other-domain", delegate = delegate.to_string(), address = request.address.to_string()));
        }
    }
    report.warnings.extend(request.plan.warnings.iter().cloned());
    let plan = &request.plan;
    let sign_in = match &plan.sign_in {
        SignIn::OAuth2 { .. } => crate::tr!("flow-plan-sign-in-oauth", issuer = &plan.oauth.issuer, client = &plan.oauth.client_id),
        SignIn::OAuth2ByThunderbird { .. } => crate::tr!("flow-plan-sign-in-thunderbird", issuer = &plan.oauth.issuer),
        SignIn::Password { .. } => crate::tr!("flow-plan-sign-in-password"),
    };
    let slowest = plan.evidence.iter().filter(|e| e.used).map(|e| e.duration).max().unwrap_or_default();
    report.steps.push(Step::passed(
        Phase::Plan,
        StepId::PlanProvider,
        &crate::tr!("flow-plan-title"),
        slowest,
        Duration::ZERO,
        crate::tr!("flow-plan-detail", provider = &plan.provider_name, source = describe_source(&plan.source), sign_in = sign_in),
    ));
    for evidence in plan.evidence.iter().filter(|e| e.used && e.source != "catalogue" && e.source != "provider-file") {
        report.steps.push(Step::passed(
            Phase::Plan,
            StepId::PlanLookup,
            &crate::tr!("flow-lookup-title", lookup = &evidence.source),
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
    report.sign_in = Some(match &plan.sign_in {
        SignIn::OAuth2 { .. } => crate::report::SignInKind::OAuth2,
        SignIn::OAuth2ByThunderbird { .. } => crate::report::SignInKind::OAuth2ByThunderbird,
        SignIn::Password { .. } => crate::report::SignInKind::Password,
    });
    // A password plan's registration is a stand-in, and Google's has no id:
    // a ticket quoting either would send the admin looking for nothing.
    let registered = !matches!(plan.sign_in, SignIn::Password { .. }) && !plan.oauth.is_placeholder();
    report.app_id = Some(plan.oauth.client_id.clone()).filter(|id| registered && !id.is_empty());
    report.authority = registered.then(|| plan.oauth.authorize_url.as_str().split('?').next().unwrap_or_default().to_owned());
    if let Some(stop) = &plan.stop {
        report.steps.push(Step::failed(Phase::Plan, StepId::PlanStop, &crate::tr!("flow-stop-title"), Duration::ZERO, Duration::ZERO, stop.clone()));
    }
    report
}

fn describe_source(source: &crate::provider::PlanSource) -> String {
    use crate::provider::PlanSource;
    match source {
        PlanSource::Catalogue => crate::tr!("flow-source-catalogue"),
        PlanSource::UserChoice => crate::tr!("flow-source-user-choice"),
        PlanSource::ProviderFile { path } => crate::tr!("flow-source-provider-file", path = path.to_string()),
        PlanSource::Sandbox => crate::tr!("flow-source-sandbox"),
        PlanSource::Discovered { lookup } => crate::tr!("flow-source-discovered", lookup = lookup.to_string()),
        PlanSource::ThunderbirdAccount { host } => crate::tr!("flow-source-thunderbird", host = host.to_string()),
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
    // The login hint is whoever signs in: for a shared mailbox, the delegate.
    let address = request.signs_in_as().to_string();
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
    let failed = steps.iter().any(|s| s.outcome == Outcome::Failed && s.id != StepId::SignInBrowser && s.id != StepId::SignInRefresh);
    let tokens = if failed { None } else { outcome.tokens };
    if let Some(tokens) = &tokens {
        let inspection = inspect_tokens(request, tokens);
        let step = Step::passed(Phase::SignIn, StepId::SignInToken, &crate::tr!("flow-token-title"), Duration::ZERO, Duration::ZERO, inspection.summary());
        on_event(announce(step.clone()));
        steps.push(step);
    }
    (steps, tokens)
}

/// What the access token holds and what will make the servers refuse it.
/// Claims only: the token itself and its signature are not kept.
pub fn inspect_tokens(request: &SetupRequest, tokens: &TokenSet) -> troubleshoot::TokenInspection {
    use troubleshoot::token::{Expectation, Finding, FindingKind, inspect};
    // The token is the delegate's for a shared mailbox.
    let address = request.signs_in_as().to_string();
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
            detail: crate::tr!("flow-token-expired", seconds = lifetime.as_secs()),
        });
    }
    inspection
}

/// What diagnoses are written for: this request's mailbox, app, tenant and
/// servers, and the token when there is one.
pub fn diagnosis_context(request: &SetupRequest, tokens: Option<&TokenSet>) -> troubleshoot::Context {
    let context = troubleshoot::Context::for_plan(&request.address.to_string(), &request.plan)
        .with_delegate(request.delegate.as_ref().map(ToString::to_string));
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
        step.diagnosis = step.diagnose(context).map(Box::new);
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

/// Stage 2: the IMAP and SMTP checks, concurrently, with the token.
/// `None` when cancelled.
pub fn check(
    request: &SetupRequest,
    tokens: &TokenSet,
    runtime: &tokio::runtime::Handle,
    cancel: &CancelFlag,
    on_event: &(dyn Fn(FlowEvent) + Send + Sync),
) -> Option<Vec<Step>> {
    probe_both(request, Some(tokens), runtime, cancel, on_event)
}

/// Stage 2 without a token, for plans where mailsetup does not sign in
/// (Thunderbird does, or a password is used): connect, TLS and the offered
/// sign-in methods on both servers, stopping before AUTH. For OAuth2 plans
/// XOAUTH2 must be offered. `None` when cancelled.
pub fn check_without_token(
    request: &SetupRequest,
    runtime: &tokio::runtime::Handle,
    cancel: &CancelFlag,
    on_event: &(dyn Fn(FlowEvent) + Send + Sync),
) -> Option<Vec<Step>> {
    probe_both(request, None, runtime, cancel, on_event)
}

/// Stage 2 as the plan needs it: with the sign-in's tokens when mailsetup
/// signs in, without when it does not. A plan that needs tokens and has none
/// gets one failed step saying so. `None` when cancelled.
pub fn run_checks(
    request: &SetupRequest,
    tokens: Option<&TokenSet>,
    runtime: &tokio::runtime::Handle,
    cancel: &CancelFlag,
    on_event: &(dyn Fn(FlowEvent) + Send + Sync),
) -> Option<Vec<Step>> {
    match tokens {
        _ if !request.plan.sign_in.mailsetup_signs_in() => check_without_token(request, runtime, cancel, on_event),
        Some(tokens) => check(request, tokens, runtime, cancel, on_event),
        None => {
            let (phase, id, title) = probe::incoming_check_step(request.plan.incoming_protocol);
            let step = Step::failed(phase, id, &title, Duration::ZERO, Duration::ZERO, crate::tr!("flow-no-sign-in-held"));
            on_event(announce(step.clone()));
            Some(vec![step])
        }
    }
}

/// Both probes; every step is diagnosed before anyone sees it.
fn probe_both(
    request: &SetupRequest,
    tokens: Option<&TokenSet>,
    runtime: &tokio::runtime::Handle,
    cancel: &CancelFlag,
    on_event: &(dyn Fn(FlowEvent) + Send + Sync),
) -> Option<Vec<Step>> {
    let context = diagnosis_context(request, tokens);
    let check = CheckRequest {
        address: request.address.to_string(),
        signs_in_as: request.delegate.as_ref().map(ToString::to_string),
        access_token: tokens.map(|tokens| tokens.access_token.clone()),
        incoming: request.plan.incoming.clone(),
        incoming_protocol: request.plan.incoming_protocol,
        incoming_auth: request.plan.incoming_auth,
        smtp: request.plan.smtp.clone(),
        smtp_auth: request.plan.smtp_auth,
        send_test_message: request.send_test_message && tokens.is_some(),
        send_as: request.send_as.as_ref().map(ToString::to_string),
        trust: request.trust.clone(),
        deadlines: request.deadlines,
    };
    let on_probe_event = |event: probe::ProbeEvent<'_>| match event {
        probe::ProbeEvent::Started(started) => on_event(FlowEvent::StepStarted(started.clone())),
        probe::ProbeEvent::Finished(step) => on_event(announce(diagnosed(step, &context))),
    };
    let work = async {
        tokio::select! {
            (imap, smtp) = probe::check_both(&check, &on_probe_event) => Some(imap.iter().chain(&smtp).map(|step| diagnosed(step, &context)).collect::<Vec<_>>()),
            () = wait_for_cancel(cancel) => None,
        }
    };
    runtime.block_on(work)
}

async fn wait_for_cancel(cancel: &CancelFlag) {
    while !cancel.is_cancelled() {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The account settings Thunderbird gets for a request.
pub fn account_settings(request: &SetupRequest) -> AccountSettings {
    settings_for_plan(&request.address.to_string(), &request.display_name, &request.plan, request.delegate.as_ref().map(ToString::to_string))
}

/// The account settings for `email` on `plan`'s servers, each with its own
/// sign-in; `smtp_user_name` is a shared mailbox's delegate. The one place
/// a plan becomes an account: setup, the wizard and `export` all use it.
pub fn settings_for_plan(email: &str, display_name: &str, plan: &ProviderPlan, smtp_user_name: Option<String>) -> AccountSettings {
    let socket = |security| match security {
        crate::provider::Security::Tls => SocketType::Ssl,
        crate::provider::Security::Starttls => SocketType::StartTls,
    };
    AccountSettings {
        email: email.to_owned(),
        smtp_user_name,
        display_name: display_name.to_owned(),
        incoming_protocol: plan.incoming_protocol,
        incoming_host: plan.incoming.host.clone(),
        incoming_port: plan.incoming.port,
        incoming_socket: socket(plan.incoming.security),
        incoming_auth: plan.incoming_auth,
        smtp_host: plan.smtp.host.clone(),
        smtp_port: plan.smtp.port,
        smtp_socket: socket(plan.smtp.security),
        smtp_auth: plan.smtp_auth,
    }
}

/// Stage 3: write the account into Thunderbird.
pub fn write_thunderbird(request: &SetupRequest) -> (Step, Option<ThunderbirdSummary>) {
    let (step, summary, _) = write_account(request);
    (step, summary)
}

/// The account a Thunderbird stage wrote or switched: where the sign-in
/// is handed over.
struct WrittenAccount {
    profile_dir: PathBuf,
    account_key: String,
}

fn write_account(request: &SetupRequest) -> (Step, Option<ThunderbirdSummary>, Option<WrittenAccount>) {
    const ID: StepId = StepId::ThunderbirdWrite;
    let title = crate::tr!("flow-write-title");
    let started = Instant::now();
    let directory = match &request.profile {
        ProfileTarget::NoWrite => return (Step::skipped(Phase::Thunderbird, ID, &title, crate::tr!("flow-write-no-write")), None, None),
        ProfileTarget::Directory(dir) => Ok(dir.clone()),
        ProfileTarget::DefaultUnder(root) => thunderbird::default_or_new_profile(root),
    };
    let result = directory.and_then(|dir| thunderbird::write_account(&dir, &account_settings(request)));
    match result {
        Ok(outcome) => {
            let (action, detail) = match outcome.action {
                WriteAction::Added => (
                    "added",
                    crate::tr!("flow-write-added", account = &outcome.account_key, profile = outcome.profile_dir.display().to_string()),
                ),
                WriteAction::AlreadyPresent => ("already-present", crate::tr!("flow-write-already-present", account = &outcome.account_key)),
                WriteAction::Updated => ("updated", crate::tr!("flow-write-updated", account = &outcome.account_key)),
            };
            let summary = ThunderbirdSummary::new(&outcome.profile_dir, action, outcome.backup.as_deref());
            let written = WrittenAccount { profile_dir: outcome.profile_dir, account_key: outcome.account_key };
            (Step::passed(Phase::Thunderbird, ID, &title, started.elapsed(), Duration::ZERO, detail), Some(summary), Some(written))
        }
        Err(error) => (thunderbird_failure(request, ID, &title, started, &error), None, None),
    }
}

/// The Thunderbird stage's failed step: the writer's words, its typed fault
/// (so the wizard knows Thunderbird holds the profile) and the diagnosis.
fn thunderbird_failure(request: &SetupRequest, id: StepId, title: &str, started: Instant, error: &thunderbird::ThunderbirdError) -> Step {
    let step = Step::failed(Phase::Thunderbird, id, title, started.elapsed(), Duration::ZERO, error.to_string()).with_fault(Some(error.fault()));
    diagnosed(&step, &diagnosis_context(request, None))
}

/// How stage 1 signs in.
#[derive(Clone, Copy)]
pub enum SignInMethod<'a> {
    /// The browser, with the redirect to loopback (the default).
    Browser,
    /// The device code fallback; the function shows the code to the user.
    DeviceCode(&'a (dyn Fn(&oauth::device::DeviceCodeShown) + Send + Sync)),
}

/// Stage 3 as the goal says: add the account, or switch one in place;
/// then hand the sign-in (`tokens`) to Thunderbird where it may be.
pub fn run_thunderbird(request: &SetupRequest, goal: &ThunderbirdGoal, tokens: Option<&TokenSet>) -> (Vec<Step>, Option<ThunderbirdSummary>) {
    let (step, summary, written) = match goal {
        ThunderbirdGoal::Add => {
            let (step, summary, written) = write_account(request);
            let why_not = if request.profile == ProfileTarget::NoWrite {
                crate::tr!("flow-handoff-no-write")
            } else {
                crate::tr!("flow-handoff-not-written")
            };
            (step, summary, written.ok_or(why_not))
        }
        ThunderbirdGoal::SwitchInPlace(target) => {
            let (step, summary) = migrate_thunderbird(request, target);
            let written = (step.outcome == Outcome::Passed)
                .then(|| WrittenAccount { profile_dir: target.profile_dir.clone(), account_key: target.account_key.clone() })
                .ok_or_else(|| crate::tr!("flow-handoff-not-switched"));
            (step, summary, written)
        }
    };
    let written = written.as_ref().map(|account| (account.profile_dir.as_path(), account.account_key.as_str())).map_err(String::as_str);
    let handoff = handoff::hand_off_step(request, written, tokens);
    (vec![step, handoff], summary)
}

/// The whole setup, as the CLI runs it: a [`Run`] that adds the account,
/// driven to its end.
pub fn run_setup(
    request: &SetupRequest,
    method: SignInMethod<'_>,
    runtime: &tokio::runtime::Handle,
    cancel: &CancelFlag,
    on_event: &(dyn Fn(FlowEvent) + Send + Sync),
) -> Report {
    let mut run = Run::new(request.clone(), ThunderbirdGoal::Add);
    drive(&mut run, method, runtime, cancel, on_event);
    run.report()
}

/// An account of `profile` for this request's address that still signs in
/// with a password at Microsoft or Google (by its host name, or by this
/// request's plan for a custom host): the wizard offers to switch it to
/// OAuth2 in place instead of adding a second account.
pub fn migration_offer(request: &SetupRequest, profile: &thunderbird::ProfileInfo) -> Option<(thunderbird::AccountInfo, thunderbird::OAuthProvider)> {
    let by_plan = |_: &thunderbird::AccountInfo| Ok::<_, std::convert::Infallible>(crate::provider::oauth_provider_of_plan(&request.plan).map(|provider| (provider, ())));
    let candidates = thunderbird::migration_candidates(&profile.accounts, Some(&request.address.to_string()), by_plan).unwrap_or_else(|never| match never {});
    candidates.into_iter().next().map(|candidate| (candidate.account, candidate.provider))
}

/// Stage 3 of `migrate`: switch the account to OAuth2 in place.
pub fn migrate_thunderbird(request: &SetupRequest, target: &InPlaceTarget) -> (Step, Option<ThunderbirdSummary>) {
    const ID: StepId = StepId::ThunderbirdMigrate;
    let title = crate::tr!("flow-migrate-title");
    let started = Instant::now();
    let email = request.address.to_string();
    match thunderbird::migrate_account(&target.profile_dir, &target.account_key, &target.target, Some(&email)) {
        Ok(outcome) => {
            let plan = &outcome.plan;
            let (action, mut detail) = if plan.is_noop() {
                ("already-present", crate::tr!("flow-migrate-already", account = &plan.account_key))
            } else {
                let detail = match &plan.new_smtp_host {
                    Some(smtp) => crate::tr!(
                        "flow-migrate-done-smtp",
                        account = &plan.account_key,
                        incoming = plan.new_incoming_host.to_string(),
                        smtp = smtp.to_string(),
                        changes = plan.changes.len(),
                        removed = outcome.logins_removed,
                        server = &plan.server_key,
                    ),
                    None => crate::tr!(
                        "flow-migrate-done",
                        account = &plan.account_key,
                        incoming = plan.new_incoming_host.to_string(),
                        changes = plan.changes.len(),
                        removed = outcome.logins_removed,
                        server = &plan.server_key,
                    ),
                };
                ("migrated", detail)
            };
            for note in &plan.notes {
                detail.push_str("; ");
                detail.push_str(note);
            }
            let summary = ThunderbirdSummary::new(&outcome.profile_dir, action, outcome.backup.as_deref());
            (Step::passed(Phase::Thunderbird, ID, &title, started.elapsed(), Duration::ZERO, detail), Some(summary))
        }
        Err(error) => (thunderbird_failure(request, ID, &title, started, &error), None),
    }
}


#[cfg(test)]
mod tests {
    use super::*;

    fn address(text: &str) -> EmailAddress {
        EmailAddress::parse(text).unwrap()
    }

    #[test]
    fn a_delegate_is_a_person_other_than_the_mailbox_who_signs_in_with_oauth2() {
        let shared = address("info@contoso.example");
        let microsoft = crate::provider::microsoft_plan("Microsoft 365", "organizations");
        assert_eq!(delegate_for(&shared, None, &microsoft), Ok(None));
        assert_eq!(delegate_for(&shared, Some("  "), &microsoft), Ok(None));
        assert_eq!(delegate_for(&shared, Some("alice@contoso.example"), &microsoft), Ok(Some(address("alice@contoso.example"))));
        // The mailbox itself, in any case, is no delegate.
        let itself = delegate_for(&shared, Some("INFO@Contoso.Example"), &microsoft).unwrap_err();
        assert!(itself.contains("shared mailbox itself"), "{itself}");
        assert!(delegate_for(&shared, Some("not an address"), &microsoft).unwrap_err().starts_with("the delegate:"));
        // Without mailsetup's own sign-in there is nobody to sign in for it.
        let google = crate::provider::provider_by_id("gmail").unwrap();
        assert!(delegate_for(&shared, Some("alice@contoso.example"), &google).unwrap_err().contains("delegate's own sign-in"));
    }

    #[test]
    fn a_shared_mailbox_is_written_with_the_delegate_as_the_smtp_user_and_signs_in_as_the_delegate() {
        let plan = crate::provider::microsoft_plan("Microsoft 365", "organizations");
        let request = SetupRequest::new(address("info@contoso.example"), "Contoso Info".into(), plan, TrustStore::system(), BrowserLauncher::System, ProfileTarget::NoWrite)
            .with_delegate(Some(address("alice@contoso.example")));
        assert_eq!(request.signs_in_as().to_string(), "alice@contoso.example");
        let settings = account_settings(&request);
        assert_eq!(settings.email, "info@contoso.example");
        assert_eq!(settings.smtp_user_name.as_deref(), Some("alice@contoso.example"));
        let report = start_report(&request);
        assert_eq!(report.delegate.as_deref(), Some("alice@contoso.example"));
        assert!(report.to_string().contains("Shared mailbox, opened by: alice@contoso.example"), "{report}");
        // Another domain may be another organisation: said before anything runs.
        let elsewhere = request.clone().with_delegate(Some(address("bob@fabrikam.example")));
        assert!(start_report(&elsewhere).warnings.iter().any(|w| w.contains("same Microsoft 365 organisation")));
    }
}
