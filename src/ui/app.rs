//! The wizard's state: which page shows, what each stage has done so far,
//! and how worker messages change it. Drawing lives in `pages` and `widgets`.

use super::discovery_page::{self, ManualForm, ManualFormAction};
use crate::provider::discovery::Discovery;
use super::worker::{AttemptId, Command, Message, RepaintHandle, Worker};
use crate::address::EmailAddress;
use crate::flow::{self, FlowEvent, ProfileTarget, Run, SetupRequest, Stage, StageState, ThunderbirdGoal};
use crate::oauth::{BrowserLauncher, CancelFlag, DEFAULT_SIGN_IN_TIMEOUT, SignInProgress};
use crate::provider::{self, PlanError, ProviderChoice, ProviderPlan};
use crate::report::{Phase, Report, Step, StepId, ThunderbirdSummary};
use crate::practice::PracticeProvider as _;
use crate::sandbox::Sandbox;
use crate::thunderbird::{self, ProfileInfo};
use crate::tls::TrustStore;
use crate::tr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The wizard's pages, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// The accounts of the Thunderbird profile, with Fix for those that
    /// need it (when Thunderbird is there).
    Accounts,
    /// The e-mail address and name.
    Address,
    /// The provider plan and the browser sign-in.
    SignIn,
    /// IMAP and SMTP checks with the new token.
    Checks,
    /// Writing the account into a Thunderbird profile.
    Thunderbird,
    /// The report.
    Done,
}

impl Page {
    /// The header's stages, in wizard order: the accounts page and the
    /// address page are both the first, choosing the account.
    pub const ALL: [Page; 5] = [Page::Address, Page::SignIn, Page::Checks, Page::Thunderbird, Page::Done];

    /// The short name shown in the progress line.
    pub fn name(self) -> String {
        match self {
            Page::Accounts | Page::Address => tr!("page-account"),
            Page::SignIn => tr!("page-sign-in"),
            Page::Checks => tr!("page-checks"),
            Page::Thunderbird => tr!("page-thunderbird"),
            Page::Done => tr!("page-done"),
        }
    }

    /// The page's position, counting from 1.
    pub fn number(self) -> usize {
        let page = if self == Page::Accounts { Page::Address } else { self };
        Page::ALL.iter().position(|stage| *stage == page).map_or(1, |index| index + 1)
    }
}

/// How a wizard is set up.
#[derive(Clone)]
pub struct WizardOptions {
    /// Start in practice mode against the built-in sandbox provider.
    pub sandbox: bool,
    /// Replaces the browser launcher for every sign-in (tests). When `None`,
    /// the sandbox's automatic approval is used in practice mode (if ticked)
    /// and the system browser otherwise.
    pub browser: Option<BrowserLauncher>,
    /// Where to look for Thunderbird outside the sandbox. When `None`,
    /// [`thunderbird::profiles_root`] decides.
    pub thunderbird_root: Option<PathBuf>,
    /// How long the browser sign-in may take.
    pub sign_in_timeout: Duration,
    /// What the last run remembered (window size, last address); saved
    /// again on exit. `None` (tests) reads and writes nothing.
    pub remembered: Option<super::prefs::Prefs>,
    /// Look up domains the catalogue does not know (autoconfig, ISPDB, DNS,
    /// Microsoft) on the worker. `None`: catalogue only (tests); the real
    /// window sets it in `ui::run`.
    pub discovery: Option<crate::provider::discovery::DiscoveryConfig>,
    /// How the practice provider behaves (tests script its faults).
    pub sandbox_options: crate::sandbox::SandboxOptions,
    /// Open on the accounts of the Thunderbird profile (and, in practice
    /// mode, put a practice profile with a broken account into the
    /// sandbox's Thunderbird folder first). The real window sets it; tests
    /// that start on the address page leave it off.
    pub start_from_thunderbird: bool,
    /// Starts Thunderbird on a profile ("Open Thunderbird"); `None` starts
    /// the install that owns it ([`thunderbird::launch::open_thunderbird`]).
    pub open_thunderbird: Option<super::worker::ThunderbirdOpener>,
    /// Open straight at this account (`mailsetup --fix-needed`).
    pub fix_first: Option<crate::audit::FirstToFix>,
}

impl WizardOptions {
    /// The real thing: the user's provider, browser and Thunderbird.
    pub fn real() -> Self {
        Self {
            sandbox: false,
            browser: None,
            thunderbird_root: None,
            sign_in_timeout: DEFAULT_SIGN_IN_TIMEOUT,
            discovery: None,
            remembered: None,
            sandbox_options: crate::sandbox::SandboxOptions::default(),
            start_from_thunderbird: false,
            open_thunderbird: None,
            fix_first: None,
        }
    }

    /// Practice mode against the built-in sandbox provider.
    pub fn sandbox() -> Self {
        Self { sandbox: true, ..Self::real() }
    }

    /// Uses `open` instead of a browser for every sign-in (tests).
    pub fn with_browser(mut self, open: impl Fn(&str) -> Result<(), String> + Send + Sync + 'static) -> Self {
        self.browser = Some(BrowserLauncher::Function(Arc::new(open)));
        self
    }
}

/// The sandbox's life: started once on demand, then kept until the app ends
/// (its servers and throwaway Thunderbird folder live exactly that long).
pub(super) enum SandboxState {
    Off,
    Starting,
    Ready(Box<Sandbox>),
    Failed(String),
}

/// What the user typed on the Address page.
pub(super) struct AddressForm {
    pub email: String,
    pub display_name: String,
    /// The user says the unknown domain is on Microsoft 365.
    pub microsoft_365: bool,
    /// "This is a shared mailbox I can open": `delegate` signs in.
    pub shared: bool,
    /// Who opens the shared mailbox with their own sign-in.
    pub delegate: String,
    /// Practice mode: let the sandbox press "Allow" instead of opening a browser.
    pub approve_automatically: bool,
    /// Why the last Next was refused; cleared once the input is fixed.
    pub error: Option<String>,
    /// The last Next was refused because the domain is unknown and no
    /// provider was chosen: the choice is shown as the error then.
    pub choice_needed: bool,
}

/// One setup: what the Address page produced, and the run's results so far.
/// Holds no secret.
pub(super) struct Session {
    /// What ran, what comes next, and the report (shared with the CLI).
    run: Run,
    /// Where Thunderbird lives for this session, if anywhere.
    pub thunderbird_root: Option<PathBuf>,
    /// Started by Fix on the accounts page: the user has already said to
    /// switch that account, so the stages follow each other by themselves.
    pub fixing: bool,
    /// The report and its text, made once per change of the run rather
    /// than per frame (a report grows with its transcript).
    report: std::cell::OnceCell<(Report, String)>,
}

impl Session {
    pub fn new(run: Run, thunderbird_root: Option<PathBuf>, fixing: bool) -> Self {
        Self { run, thunderbird_root, fixing, report: std::cell::OnceCell::new() }
    }

    pub fn run(&self) -> &Run {
        &self.run
    }

    /// The run, to change it; the cached report is dropped.
    pub fn run_mut(&mut self) -> &mut Run {
        self.report.take();
        &mut self.run
    }

    /// The report as far as the run got, and its text.
    pub fn report(&self) -> &(Report, String) {
        self.report.get_or_init(|| {
            let report = self.run.report();
            let text = report.to_string();
            (report, text)
        })
    }
}

/// A stage that is running now.
pub(super) struct Running {
    pub attempt_id: AttemptId,
    pub cancel: CancelFlag,
}

/// How a stage ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum StageEnd {
    Passed,
    Failed,
    Cancelled,
}

/// The browser is out; the countdown runs from `remaining` at `received_at`.
pub(super) struct BrowserWait {
    pub authorize_url: String,
    pub redirect_uri: String,
    pub remaining: Duration,
    pub received_at: Instant,
}

impl BrowserWait {
    /// Time left now, counted down locally between the worker's ticks.
    pub fn remaining_now(&self) -> Duration {
        self.remaining.saturating_sub(self.received_at.elapsed())
    }
}

/// The sign-in stage as the page shows it.
#[derive(Default)]
pub(super) struct SignInStage {
    pub running: Option<Running>,
    pub waiting: Option<BrowserWait>,
    /// Live while running; the stage's final list once it ended (the
    /// session's `Run` holds the same steps for the report).
    pub steps: Vec<Step>,
    /// The attempt whose tokens the worker holds.
    pub signed_in_attempt: Option<AttemptId>,
    /// What "Open browser again" did.
    pub browser_note: Option<String>,
    /// The device code fallback's code, while it waits for the user.
    pub device_code: Option<crate::oauth::device::DeviceCodeShown>,
}

/// The checks stage as the page shows it.
#[derive(Default)]
pub(super) struct ChecksStage {
    pub running: Option<Running>,
    /// Live while running; the final list once ended.
    pub steps: Vec<Step>,
    /// The step each protocol is waiting on right now, at most one per
    /// protocol (IMAP and SMTP run at once), for the live progress row.
    pub waiting: Vec<super::progress::StepWait>,
}

/// What is known about the Thunderbird profiles of the session's root.
#[derive(Default)]
pub(super) enum ProfilesView {
    #[default]
    NotLooked,
    Looking,
    Found(Vec<ProfileInfo>),
    Failed(String),
}

/// The Thunderbird stage as the page shows it.
#[derive(Default)]
pub(super) struct ThunderbirdStage {
    pub profiles: ProfilesView,
    /// The profile lookup in flight. A refresh keeps showing the old list
    /// meanwhile, so the page does not jump.
    pub profiles_attempt: Option<AttemptId>,
    pub writing: Option<AttemptId>,
    /// Thunderbird held the profile: the watch that writes once it closes.
    pub waiting_for_close: Option<(AttemptId, CancelFlag)>,
    /// "Check Thunderbird's own sign-in" in flight.
    pub doctor_attempt: Option<AttemptId>,
    /// What it found: one report per OAuth2 account of the profile.
    pub doctor: Option<Result<Vec<crate::report::Report>, String>>,
    /// A password account of the opened profile for this address, to
    /// switch in place: found once when the profiles arrive, not per frame.
    pub offer: Option<(PathBuf, thunderbird::AccountInfo, thunderbird::OAuthProvider)>,
}

/// The password account for `request`'s address in the profile Thunderbird
/// opens (the default, or the only one), with the provider to switch it to.
fn migration_offer_in(profiles: &[ProfileInfo], request: &SetupRequest) -> Option<(PathBuf, thunderbird::AccountInfo, thunderbird::OAuthProvider)> {
    let opened = profiles.iter().find(|profile| profile.is_default).or(if profiles.len() == 1 { profiles.first() } else { None })?;
    flow::migration_offer(request, opened).map(|(account, provider)| (opened.path.clone(), account, provider))
}

impl ThunderbirdStage {
    /// Stops watching for Thunderbird to close (leaving the page, Skip, Start over).
    pub fn stop_waiting(&mut self) {
        if let Some((_, stop)) = self.waiting_for_close.take() {
            stop.cancel();
        }
    }
}

/// The setup wizard. Build it with [`WizardApp::new`]; eframe drives it through
/// [`eframe::App`], tests through `egui_kittest` (`build_eframe`, or
/// [`WizardApp::ui_contents`] plus [`WizardApp::process_worker_messages`]).
pub struct WizardApp {
    pub(super) options: WizardOptions,
    pub(super) sandbox_mode: bool,
    pub(super) sandbox: SandboxState,
    pub(super) worker: Worker,
    repaint: RepaintHandle,
    next_attempt_id: AttemptId,
    pub(super) page: Page,
    /// Move keyboard focus to the page's main control on the next frame.
    pub(super) focus_primary: bool,
    pub(super) form: AddressForm,
    pub(super) session: Option<Session>,
    pub(super) sign_in: SignInStage,
    pub(super) checks: ChecksStage,
    pub(super) thunderbird: ThunderbirdStage,
    /// A short confirmation ("Copied…") shown under the page's buttons.
    pub(super) notice: Option<String>,
    /// The settings to save on exit (see `prefs`), when remembering.
    pub(super) remembered: Option<super::prefs::Prefs>,
    /// Looking the address up, and the manual-settings form.
    pub(super) discovery: discovery_page::DiscoveryStage,
    /// The accounts page: the profile's accounts and their statuses.
    pub(super) accounts: super::accounts_page::AccountsStage,
    /// Show the steps, timings, servers and transcripts (for helpdesks).
    pub(super) technical: bool,
    /// The language picked in the menu this run, remembered on exit.
    pub(super) chosen_language: Option<String>,
    /// The system's CJK font, added when Japanese is spoken or offered.
    pub(super) cjk_font: super::fonts::CjkFont,
    /// Cancel on the first page asked "close Mail Setup?".
    pub(super) close_asked: bool,
    /// What was in the address field before practice mode, restored on leaving it.
    pub(super) address_before_sandbox: Option<String>,
}

impl WizardApp {
    /// A wizard on its first page. Starts the worker thread, and the sandbox
    /// in practice mode; needs no eframe or window.
    pub fn new(options: WizardOptions) -> Self {
        let repaint = RepaintHandle::default();
        let worker = Worker::spawn(Arc::clone(&repaint));
        let mut app = Self {
            sandbox_mode: false,
            sandbox: SandboxState::Off,
            worker,
            repaint,
            next_attempt_id: 1,
            page: Page::Address,
            focus_primary: true,
            form: AddressForm {
                email: String::new(),
                display_name: String::new(),
                microsoft_365: false,
                shared: false,
                delegate: String::new(),
                approve_automatically: true,
                error: None,
                choice_needed: false,
            },
            session: None,
            sign_in: SignInStage::default(),
            checks: ChecksStage::default(),
            thunderbird: ThunderbirdStage::default(),
            notice: None,
            remembered: None,
            discovery: Default::default(),
            accounts: Default::default(),
            technical: false,
            chosen_language: None,
            cjk_font: Default::default(),
            close_asked: false,
            address_before_sandbox: None,
            options,
        };
        app.restore_prefs();
        // --fix-needed's account may be in another install's folder (Flatpak):
        // that folder is the one this window works in.
        if let Some(first) = &app.options.fix_first {
            app.options.thunderbird_root = Some(first.root.clone());
        }
        if app.options.sandbox {
            app.enter_sandbox();
        } else if app.options.start_from_thunderbird
            && let Some(root) = app.options.thunderbird_root.clone().or_else(thunderbird::profiles_root)
        {
            app.page = Page::Accounts;
            app.look_for_accounts(root);
        }
        app
    }

    /// The page showing now.
    pub fn page(&self) -> Page {
        self.page
    }

    /// True in practice mode.
    pub fn is_sandbox(&self) -> bool {
        self.sandbox_mode
    }

    /// True once the sandbox runs (practice mode only).
    pub fn sandbox_ready(&self) -> bool {
        matches!(self.sandbox, SandboxState::Ready(_))
    }

    /// The sandbox's throwaway Thunderbird root, once the sandbox runs.
    pub fn sandbox_profile_root(&self) -> Option<&Path> {
        match &self.sandbox {
            SandboxState::Ready(sandbox) => Some(sandbox.profile_root()),
            _ => None,
        }
    }

    /// True while a stage runs on the worker.
    pub fn is_busy(&self) -> bool {
        self.sign_in.running.is_some() || self.checks.running.is_some() || self.thunderbird.writing.is_some()
    }

    /// The report of the current setup as far as it got, once an address was accepted.
    pub fn report(&self) -> Option<Report> {
        self.session.as_ref().map(|session| session.report().0.clone())
    }

    /// True when technical details (steps, times, servers, transcripts) show.
    pub fn shows_technical_details(&self) -> bool {
        self.technical
    }

    /// The accounts page's lines: each account's address and status words.
    pub fn account_lines(&self) -> Vec<(String, String)> {
        self.accounts.overview.iter().map(|entry| (entry.shown_address().to_owned(), entry.health.words())).collect()
    }

    /// How a stage ended, once it did.
    pub(super) fn stage_end(&self, stage: Stage) -> Option<StageEnd> {
        match self.session.as_ref()?.run().state(stage) {
            StageState::Passed => Some(StageEnd::Passed),
            StageState::Failed => Some(StageEnd::Failed),
            StageState::Cancelled => Some(StageEnd::Cancelled),
            StageState::Pending | StageState::Skipped => None,
        }
    }

    /// What the Thunderbird stage did, once it ran.
    pub(super) fn thunderbird_result(&self) -> Option<(&Step, Option<&ThunderbirdSummary>)> {
        let run = &self.session.as_ref()?.run;
        run.steps(Stage::Thunderbird).first().map(|step| (step, run.thunderbird_summary()))
    }

    /// The hand-off step of the Thunderbird stage, once it ran.
    pub(super) fn handoff_result(&self) -> Option<&Step> {
        let run = &self.session.as_ref()?.run;
        run.steps(Stage::Thunderbird).iter().find(|step| step.id == crate::report::StepId::ThunderbirdHandoff)
    }

    pub(super) fn run_mut(&mut self) -> Option<&mut Run> {
        self.session.as_mut().map(Session::run_mut)
    }

    /// Begins `session`, dropping whatever ran before.
    pub(super) fn start_session(&mut self, session: Session) {
        self.cancel_running_work();
        self.reset_stages();
        self.session = Some(session);
    }

    /// Applies every message the worker has sent so far. Never blocks.
    /// `eframe::App::logic` calls this once per frame.
    pub fn process_worker_messages(&mut self) {
        while let Some(message) = self.worker.try_recv() {
            self.handle(message);
        }
    }

    /// The whole window's contents: header, page and buttons.
    pub fn ui_contents(&mut self, ui: &mut egui::Ui) {
        super::theme::install_once(ui);
        self.repaint.get_or_init(|| ui.ctx().clone());
        self.keyboard_shortcuts(ui.ctx());
        self.frame_ui(ui);
    }

    pub(super) fn next_attempt(&mut self) -> AttemptId {
        let attempt_id = self.next_attempt_id;
        self.next_attempt_id += 1;
        attempt_id
    }

    pub(super) fn set_page(&mut self, page: Page) {
        if page != Page::Thunderbird {
            self.thunderbird.stop_waiting();
        }
        if self.page != page {
            self.page = page;
            self.focus_primary = true;
            self.notice = None;
        }
    }

    fn handle(&mut self, message: Message) {
        match message {
            Message::Discovered { attempt_id, discovery } => self.discovered(attempt_id, *discovery),
            Message::SandboxStarted(started) => {
                self.sandbox = match started {
                    Ok(sandbox) => SandboxState::Ready(Box::new(sandbox)),
                    Err(why) => SandboxState::Failed(why),
                };
                if let (SandboxState::Ready(sandbox), true) = (&self.sandbox, self.options.start_from_thunderbird && self.sandbox_mode) {
                    let root = sandbox.profile_root().to_owned();
                    self.set_page(Page::Accounts);
                    self.look_for_accounts(root);
                }
            }
            Message::Event { attempt_id, event } => self.handle_event(attempt_id, event),
            Message::DeviceCode { attempt_id, shown } => {
                if !is_current(&self.sign_in.running, attempt_id) {
                    return;
                }
                // Practice mode with automatic approval: play the user on the
                // sandbox's device page, as its automatic browser does.
                if let (SandboxState::Ready(sandbox), true, true) = (&self.sandbox, self.sandbox_mode, self.form.approve_automatically) {
                    let address = self.session.as_ref().map(|s| s.run().request().address.to_string()).unwrap_or_default();
                    sandbox.enter_device_code(&shown.user_code, &address, crate::sandbox::ConsentDecision::Allow);
                }
                self.sign_in.device_code = Some(shown);
            }
            Message::SignInFinished { attempt_id, steps, token } => {
                if !is_current(&self.sign_in.running, attempt_id) {
                    return;
                }
                self.sign_in.running = None;
                self.sign_in.waiting = None;
                self.sign_in.device_code = None;
                self.sign_in.steps = steps.clone();
                let signed_in = token.is_some();
                if let Some(run) = self.run_mut() {
                    run.record_sign_in(steps, token);
                }
                self.checks = ChecksStage::default();
                if signed_in {
                    self.sign_in.signed_in_attempt = Some(attempt_id);
                    // Signed in: go straight on, the checks need nothing from the user.
                    if self.page == Page::SignIn {
                        self.set_page(Page::Checks);
                        self.start_checks();
                    }
                } else {
                    self.focus_primary = true;
                }
            }
            Message::ChecksFinished { attempt_id, steps } => {
                if !is_current(&self.checks.running, attempt_id) {
                    return;
                }
                self.checks.running = None;
                self.checks.steps = steps.clone();
                if let Some(run) = self.run_mut() {
                    run.record_checks(steps);
                }
                self.focus_primary = true;
                // Fix: the user already chose to switch this account; go on.
                let fixing = self.session.as_ref().is_some_and(|session| session.fixing);
                if fixing && self.page == Page::Checks && self.stage_end(Stage::Checks) == Some(StageEnd::Passed) {
                    self.set_page(Page::Thunderbird);
                    self.write_thunderbird();
                }
            }
            Message::AccountsRead { attempt_id, result } if self.accounts.attempt == Some(attempt_id) => self.accounts_found(result),
            Message::AccountsRead { .. } => {}
            Message::DoctorFinished { attempt_id, result } if self.accounts.doctor.as_ref().is_some_and(|(id, _)| *id == attempt_id) => {
                self.saved_sign_ins_checked(result);
            }
            Message::ProfilesFound { attempt_id, result } => {
                if self.thunderbird.profiles_attempt == Some(attempt_id) {
                    self.thunderbird.profiles_attempt = None;
                    self.thunderbird.offer = match (&result, &self.session) {
                        (Ok(profiles), Some(session)) => migration_offer_in(profiles, session.run().request()),
                        _ => None,
                    };
                    self.thunderbird.profiles = match result {
                        Ok(profiles) => ProfilesView::Found(profiles),
                        Err(why) => ProfilesView::Failed(why),
                    };
                }
            }
            Message::WriteFinished { attempt_id, steps, summary, locked_profile } => {
                if self.thunderbird.writing != Some(attempt_id) {
                    return;
                }
                self.thunderbird.writing = None;
                if let Some(session) = &self.session
                    && session.fixing
                    && summary.as_ref().is_some_and(|summary| summary.action == "migrated")
                    && let flow::ThunderbirdGoal::SwitchInPlace(target) = session.run().goal()
                {
                    self.accounts.fixed.push((target.profile_dir.clone(), target.account_key.clone()));
                }
                if let Some(run) = self.run_mut() {
                    run.record_thunderbird(steps, summary);
                }
                if let Some(profile) = locked_profile {
                    // The user asked to write; do it as soon as Thunderbird lets go.
                    let watch_id = self.next_attempt();
                    let stop = CancelFlag::new();
                    self.worker.watch_profile(watch_id, profile, stop.clone());
                    self.thunderbird.waiting_for_close = Some((watch_id, stop));
                }
                self.focus_primary = true;
                // Show the profile as it is now (a new one may have been made).
                self.look_for_profiles();
                if let Some(root) = self.accounts.root.clone() {
                    self.look_for_accounts_again(root);
                }
                let fixing = self.session.as_ref().is_some_and(|session| session.fixing);
                if fixing && self.page == Page::Thunderbird && self.stage_end(Stage::Thunderbird) == Some(StageEnd::Passed) {
                    self.set_page(Page::Done);
                }
            }
            Message::DoctorFinished { attempt_id, result } => {
                if self.thunderbird.doctor_attempt == Some(attempt_id) {
                    self.thunderbird.doctor_attempt = None;
                    self.thunderbird.doctor = Some(result);
                }
            }
            Message::ProfileReleased { attempt_id } => {
                if self.thunderbird.waiting_for_close.as_ref().is_some_and(|(id, _)| *id == attempt_id) && self.page == Page::Thunderbird {
                    self.thunderbird.waiting_for_close = None;
                    self.write_thunderbird();
                    self.notice = Some(tr!("thunderbird-closed-writing"));
                }
            }
            Message::ThunderbirdOpened { result } => {
                self.notice = Some(match result {
                    Ok(()) => tr!("done-thunderbird-starting"),
                    Err(why) => tr!("done-thunderbird-did-not-start", why = why),
                });
            }
            Message::BrowserOpened { attempt_id, result } => {
                if is_current(&self.sign_in.running, attempt_id) {
                    self.sign_in.browser_note = Some(match result {
                        Ok(how) => tr!("sign-in-browser-opened", how = how),
                        Err(why) => tr!("sign-in-browser-failed", why = why),
                    });
                }
            }
        }
    }

    fn handle_event(&mut self, attempt_id: AttemptId, event: FlowEvent) {
        if is_current(&self.sign_in.running, attempt_id) {
            match event {
                FlowEvent::SignIn(SignInProgress::WaitingForBrowser { authorize_url, redirect_uri, remaining }) => {
                    self.sign_in.waiting = Some(BrowserWait { authorize_url, redirect_uri, remaining, received_at: Instant::now() });
                }
                FlowEvent::StepFinished(step) => self.sign_in.steps.push(step),
                // Sign-in steps are not probe steps: they never announce a start.
                FlowEvent::StepStarted(_) => {}
            }
        } else if is_current(&self.checks.running, attempt_id) {
            match event {
                FlowEvent::StepStarted(started) => {
                    self.checks.waiting.retain(|wait| wait.step.phase != started.phase);
                    self.checks.waiting.push(super::progress::StepWait { step: started, since: Instant::now() });
                }
                FlowEvent::StepFinished(step) => {
                    self.checks.waiting.retain(|wait| wait.step.id != step.id);
                    self.checks.steps.push(step);
                }
                FlowEvent::SignIn(_) => {}
            }
        }
        // Anything else is a late event of a cancelled or superseded attempt.
    }

    // Actions, called by the pages.

    /// Switches to practice mode, starting the sandbox the first time.
    pub(super) fn enter_sandbox(&mut self) {
        self.cancel_running_work();
        self.sandbox_mode = true;
        self.reset_stages();
        self.session = None;
        if self.form.email != Sandbox::example_address() {
            self.address_before_sandbox = Some(std::mem::take(&mut self.form.email));
        }
        self.form.email = Sandbox::example_address().to_owned();
        self.form.display_name.clear();
        self.form.microsoft_365 = false;
        self.form.error = None;
        self.set_page(Page::Address);
        self.focus_primary = true;
        if matches!(self.sandbox, SandboxState::Off | SandboxState::Failed(_)) {
            let practice_profile = self.options.start_from_thunderbird;
            self.sandbox = if self.worker.send(Command::StartSandbox { options: Box::new(self.options.sandbox_options.clone()), practice_profile }) {
                SandboxState::Starting
            } else {
                SandboxState::Failed(tr!("wizard-worker-stopped"))
            };
        }
    }

    /// Back to the real providers. The sandbox keeps running until the app ends.
    pub(super) fn leave_sandbox(&mut self) {
        self.cancel_running_work();
        self.sandbox_mode = false;
        self.reset_stages();
        self.session = None;
        if self.form.email == Sandbox::example_address() {
            self.form.email = self.address_before_sandbox.take().unwrap_or_default();
        }
        self.form.error = None;
        self.accounts = Default::default();
        let root = self.options.thunderbird_root.clone().or_else(thunderbird::profiles_root).filter(|_| self.options.start_from_thunderbird);
        match root {
            Some(root) => {
                self.set_page(Page::Accounts);
                self.look_for_accounts(root);
            }
            None => self.set_page(Page::Address),
        }
        self.focus_primary = true;
    }

    /// Accepts the Address page: the address parses and a plan exists. With
    /// the manual-settings form open, its settings are that plan (or its
    /// error shows at the field), just as its own button does.
    pub(super) fn submit_address(&mut self) {
        if !self.accept_manual_form() {
            return;
        }
        if self.should_discover() {
            self.start_discovery();
            return;
        }
        match self.build_session() {
            Ok(session) => {
                self.form.error = None;
                self.cancel_running_work();
                self.reset_stages();
                self.session = Some(session);
                // The form's settings are in the plan now; Back shows them
                // as the plan, and "Edit settings…" opens the form again.
                self.discovery.manual = None;
                self.set_page(Page::SignIn);
            }
            // The unknown domain has its own explanation and choice on the page.
            Err(_) if self.typed_domain_is_unknown() && !self.form.microsoft_365 => {
                self.form.error = None;
                self.form.choice_needed = true;
            }
            Err(why) => {
                self.form.error = Some(why);
                // Enter took the focus out of the field; put it back where the user fixes it.
                self.focus_primary = true;
            }
        }
    }

    /// The plan for the typed address, as the Address page would get it.
    pub(super) fn plan_for_form(&self, address: &EmailAddress) -> Result<ProviderPlan, String> {
        if self.sandbox_mode {
            return match &self.sandbox {
                SandboxState::Ready(sandbox) => Ok(sandbox.plan()),
                SandboxState::Starting => Err(tr!("sandbox-still-starting")),
                SandboxState::Failed(why) => Err(why.clone()),
                SandboxState::Off => Err(tr!("sandbox-not-running")),
            };
        }
        if let Some(plan) = self.discovered_plan_for(address).filter(|_| !self.form.microsoft_365) {
            return Ok(plan);
        }
        let choice = self.form.microsoft_365.then_some(ProviderChoice::Microsoft365);
        provider::plan_for(address, None, choice).map_err(|error| error.to_string())
    }

    /// The addresses of the profiles' accounts that sign in with Microsoft:
    /// who is likely to open a shared mailbox (the first is offered).
    pub(super) fn microsoft_account_addresses(&self) -> Vec<String> {
        let ProfilesView::Found(profiles) = &self.thunderbird.profiles else {
            return Vec::new();
        };
        let mut addresses: Vec<String> = profiles
            .iter()
            .flat_map(|profile| &profile.accounts)
            .filter(|account| provider::oauth_provider_of_host(&account.incoming_host) == Some(thunderbird::OAuthProvider::Microsoft))
            .filter_map(|account| account.address().map(str::to_owned))
            .collect();
        addresses.dedup();
        addresses
    }

    /// True when the typed address parses but the catalogue does not know its domain.
    pub(super) fn typed_domain_is_unknown(&self) -> bool {
        if self.sandbox_mode {
            return false;
        }
        let Ok(address) = EmailAddress::parse(&self.form.email) else {
            return false;
        };
        matches!(provider::plan_for(&address, None, None), Err(PlanError::UnknownDomain { .. }))
    }

    fn build_session(&self) -> Result<Session, String> {
        let address = EmailAddress::parse(&self.form.email).map_err(|error| error.to_string())?;
        let display_name = flow::display_name(&address, &self.form.display_name)?;
        let plan = self.plan_for_form(&address)?;
        let (trust, browser, thunderbird_root) = match (&self.sandbox, self.sandbox_mode) {
            (SandboxState::Ready(sandbox), true) => {
                let browser = if self.form.approve_automatically {
                    BrowserLauncher::Function(sandbox.automatic_browser())
                } else {
                    BrowserLauncher::System
                };
                (sandbox.trust(), browser, Some(sandbox.profile_root().to_owned()))
            }
            _ => {
                let root = self.options.thunderbird_root.clone().or_else(thunderbird::profiles_root);
                (TrustStore::system(), BrowserLauncher::System, root)
            }
        };
        let browser = self.options.browser.clone().unwrap_or(browser);
        let profile = match &thunderbird_root {
            Some(root) => ProfileTarget::DefaultUnder(root.clone()),
            None => ProfileTarget::NoWrite,
        };
        let delegate = if self.form.shared { flow::delegate_for(&address, Some(&self.form.delegate), &plan)? } else { None };
        if self.form.shared && delegate.is_none() {
            return Err(tr!("address-shared-needs-delegate"));
        }
        let request = SetupRequest::new(address, display_name, plan, trust, browser, profile)
            .with_sign_in_timeout(self.options.sign_in_timeout)
            .with_delegate(delegate);
        Ok(Session::new(Run::new(request, ThunderbirdGoal::Add), thunderbird_root, false))
    }

    /// Starts (or restarts) the browser sign-in.
    pub(super) fn start_sign_in(&mut self) {
        self.start_sign_in_with(false);
    }

    /// The RFC 8628 fallback, for when the browser cannot reach this computer.
    pub(super) fn start_device_code_sign_in(&mut self) {
        self.start_sign_in_with(true);
    }

    fn start_sign_in_with(&mut self, device_code: bool) {
        let Some(session) = &self.session else { return };
        let request = Box::new(session.run().request().clone());
        self.cancel_running_work();
        if let Some(run) = self.run_mut() {
            run.restart(Stage::SignIn);
        }
        self.checks = ChecksStage::default();
        self.thunderbird = ThunderbirdStage::default();
        let attempt_id = self.next_attempt();
        let cancel = CancelFlag::new();
        self.sign_in = SignInStage { running: Some(Running { attempt_id, cancel: cancel.clone() }), ..SignInStage::default() };
        if !self.worker.send(Command::SignIn { attempt_id, request, cancel, device_code }) {
            self.fail_stage_without_worker(Page::SignIn);
        }
    }

    /// Stops the sign-in: the listener closes within ~100 ms, its late events are dropped.
    pub(super) fn cancel_sign_in(&mut self) {
        if let Some(running) = self.sign_in.running.take() {
            running.cancel.cancel();
            self.sign_in.waiting = None;
            if let Some(run) = self.run_mut() {
                run.record_cancelled(Stage::SignIn);
            }
            self.focus_primary = true;
        }
    }

    /// Starts (or restarts) the IMAP and SMTP checks: with the held sign-in,
    /// or without a token when Thunderbird signs in by itself.
    pub(super) fn start_checks(&mut self) {
        self.start_checks_with(false);
    }

    /// The checks again, this time sending one test message from the
    /// mailbox to whoever signed in: only when the user asks for it.
    pub(super) fn send_test_message(&mut self) {
        self.start_checks_with(true);
    }

    fn start_checks_with(&mut self, send_test_message: bool) {
        let Some(session) = &self.session else { return };
        let sign_in_attempt_id = if session.run().request().plan.sign_in.mailsetup_signs_in() {
            let Some(attempt_id) = self.sign_in.signed_in_attempt else { return };
            Some(attempt_id)
        } else {
            None
        };
        let mut request = Box::new(session.run().request().clone());
        request.send_test_message = send_test_message;
        if let Some(running) = self.checks.running.take() {
            running.cancel.cancel();
        }
        if let Some(run) = self.run_mut() {
            run.restart(Stage::Checks);
        }
        self.thunderbird = ThunderbirdStage::default();
        let attempt_id = self.next_attempt();
        let cancel = CancelFlag::new();
        self.checks = ChecksStage { running: Some(Running { attempt_id, cancel: cancel.clone() }), ..ChecksStage::default() };
        if !self.worker.send(Command::Check { attempt_id, sign_in_attempt_id, request, cancel }) {
            self.fail_stage_without_worker(Page::Checks);
        }
    }

    /// Stops the checks; the worker gives up within ~100 ms.
    pub(super) fn cancel_checks(&mut self) {
        if let Some(running) = self.checks.running.take() {
            running.cancel.cancel();
            if let Some(run) = self.run_mut() {
                run.record_cancelled(Stage::Checks);
            }
            self.focus_primary = true;
        }
    }

    /// Reads the profiles of the session's Thunderbird root on the worker.
    pub(super) fn look_for_profiles(&mut self) {
        let Some(root) = self.session.as_ref().and_then(|session| session.thunderbird_root.clone()) else { return };
        let attempt_id = self.next_attempt();
        if !self.worker.send(Command::FindProfiles { attempt_id, root }) {
            self.thunderbird.profiles = ProfilesView::Failed(tr!("wizard-worker-stopped"));
            return;
        }
        self.thunderbird.profiles_attempt = Some(attempt_id);
        if !matches!(self.thunderbird.profiles, ProfilesView::Found(_)) {
            self.thunderbird.profiles = ProfilesView::Looking;
        }
    }

    /// Asks the worker what Thunderbird's own saved sign-ins in `profile_dir`
    /// say (the same check as `mailsetup doctor`).
    pub(super) fn check_thunderbirds_sign_in(&mut self, profile_dir: PathBuf) {
        let Some(session) = &self.session else { return };
        let request = flow::DoctorRequest::for_setup(session.run().request(), profile_dir);
        let attempt_id = self.next_attempt();
        if self.worker.send(Command::Doctor { attempt_id, request: Box::new(request) }) {
            self.thunderbird.doctor_attempt = Some(attempt_id);
            self.thunderbird.doctor = None;
        } else {
            self.thunderbird.doctor = Some(Err(tr!("wizard-worker-stopped")));
        }
    }

    /// Runs the Thunderbird stage on the worker, as the run's goal says
    /// (add the account, or switch one in place).
    pub(super) fn write_thunderbird(&mut self) {
        self.thunderbird.stop_waiting();
        let Some(session) = &mut self.session else { return };
        session.run_mut().restart(Stage::Thunderbird);
        let request = Box::new(session.run().request().clone());
        let goal = session.run().goal().clone();
        let attempt_id = self.next_attempt();
        if self.worker.send(Command::Thunderbird { attempt_id, request, goal }) {
            self.thunderbird.writing = Some(attempt_id);
        } else {
            self.fail_stage_without_worker(Page::Thunderbird);
        }
    }

    /// Switches `account_key` of `profile_dir` to OAuth2 in place (the
    /// checks have passed), keeping its mail, folders and filters.
    pub(super) fn migrate_in_place(&mut self, profile_dir: PathBuf, account_key: String, provider: thunderbird::OAuthProvider) {
        let target = flow::InPlaceTarget { profile_dir, account_key, target: thunderbird::MigrationTarget::for_provider(provider) };
        if let Some(run) = self.run_mut() {
            run.set_goal(ThunderbirdGoal::SwitchInPlace(target));
        }
        self.write_thunderbird();
    }

    /// "Open Thunderbird": starts the Thunderbird that owns the written profile.
    pub(super) fn open_thunderbird(&mut self) {
        let Some(profile_dir) = self.session.as_ref().and_then(|session| session.run().thunderbird_summary()).map(|summary| PathBuf::from(&summary.profile)) else {
            return;
        };
        let open = self.options.open_thunderbird.clone().unwrap_or_else(|| {
            Arc::new(|profile: &Path| thunderbird::launch::open_thunderbird(profile).map(|_| ()))
        });
        self.notice = Some(tr!("done-starting-thunderbird"));
        self.worker.open_thunderbird(open, profile_dir);
    }

    /// Goes to the report without writing.
    pub(super) fn skip_thunderbird(&mut self) {
        if let Some(run) = self.run_mut() {
            run.skip_thunderbird();
        }
        self.set_page(Page::Done);
    }

    /// Forgets this setup (and its tokens) and returns to the first page,
    /// keeping what was typed there.
    pub(super) fn start_over(&mut self) {
        self.cancel_running_work();
        self.reset_stages();
        self.session = None;
        self.worker.send(Command::ForgetTokens);
        self.set_page(self.first_page());
    }

    /// Where the wizard starts: the accounts page when Thunderbird has
    /// accounts (or is still being looked at), else the address page.
    pub(super) fn first_page(&self) -> Page {
        match &self.accounts.profiles {
            ProfilesView::Looking => Page::Accounts,
            ProfilesView::Found(profiles) if profiles.iter().any(|profile| !profile.accounts.is_empty()) => Page::Accounts,
            _ => Page::Address,
        }
    }

    /// The Back button.
    pub(super) fn go_back(&mut self) {
        match self.page {
            Page::Accounts => {}
            Page::Address => {
                if self.first_page() == Page::Accounts {
                    self.set_page(Page::Accounts);
                }
            }
            Page::SignIn => {
                self.cancel_sign_in();
                let fixing = self.session.as_ref().is_some_and(|session| session.fixing);
                self.set_page(if fixing { Page::Accounts } else { Page::Address });
            }
            Page::Checks => {
                self.cancel_checks();
                self.set_page(Page::SignIn);
            }
            Page::Thunderbird => self.set_page(Page::Checks),
            Page::Done => {
                let page = if self.stage_end(Stage::Checks) == Some(StageEnd::Passed) { Page::Thunderbird } else { Page::Checks };
                self.set_page(page);
            }
        }
    }

    /// The Next button.
    pub(super) fn go_next(&mut self, ctx: &egui::Context) {
        match self.page {
            Page::Accounts => self.add_another_account(),
            Page::Address => self.submit_address(),
            Page::SignIn => {
                if self.can_go_next() {
                    self.set_page(Page::Checks);
                    let checks = self.stage_end(Stage::Checks);
                    if checks.is_none() && self.checks.running.is_none() || checks == Some(StageEnd::Cancelled) {
                        self.start_checks();
                    }
                }
            }
            Page::Checks => match self.stage_end(Stage::Checks) {
                Some(StageEnd::Passed) => {
                    self.set_page(Page::Thunderbird);
                    if matches!(self.thunderbird.profiles, ProfilesView::NotLooked | ProfilesView::Failed(_)) {
                        self.look_for_profiles();
                    }
                }
                Some(StageEnd::Failed) => self.set_page(Page::Done),
                Some(StageEnd::Cancelled) | None => {}
            },
            Page::Thunderbird => {
                if self.thunderbird_result().is_some() {
                    self.set_page(Page::Done);
                }
            }
            Page::Done => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
        }
    }

    /// Whether Next does something on this page now.
    pub(super) fn can_go_next(&self) -> bool {
        match self.page {
            Page::Accounts => true,
            Page::Address => !self.sandbox_mode || self.sandbox_ready(),
            Page::SignIn => self.stage_end(Stage::SignIn) == Some(StageEnd::Passed) || self.signs_in_by_thunderbird_only(),
            Page::Checks => matches!(self.stage_end(Stage::Checks), Some(StageEnd::Passed | StageEnd::Failed)),
            Page::Thunderbird => self.thunderbird_result().is_some() && self.thunderbird.writing.is_none(),
            Page::Done => true,
        }
    }

    /// True when the plan is usable but mailsetup does not sign in itself
    /// (Thunderbird does, or a password is used): the checks run without a token.
    pub(super) fn signs_in_by_thunderbird_only(&self) -> bool {
        self.session.as_ref().is_some_and(|session| session.run().state(Stage::SignIn) == StageState::Skipped && session.run().request().plan.stop.is_none())
    }

    /// The Cancel button: stop what runs; with nothing running, abandon this
    /// setup (first page), or close the window when already there.
    pub(super) fn cancel(&mut self, ctx: &egui::Context) {
        match self.page {
            Page::Accounts | Page::Address if self.close_asked => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Page::Accounts | Page::Address => self.close_asked = true,
            Page::SignIn if self.sign_in.running.is_some() => self.cancel_sign_in(),
            Page::Checks if self.checks.running.is_some() => self.cancel_checks(),
            _ => self.start_over(),
        }
    }

    /// What Cancel would do now, for its tooltip.
    pub(super) fn cancel_hint(&self) -> String {
        match self.page {
            Page::Accounts | Page::Address => tr!("nav-cancel-hint-close"),
            Page::SignIn if self.sign_in.running.is_some() => tr!("nav-cancel-hint-stop-browser"),
            Page::Checks if self.checks.running.is_some() => tr!("nav-cancel-hint-stop-checks"),
            _ if self.account_written() => tr!("nav-cancel-hint-leave"),
            _ => tr!("nav-cancel-hint-start-over"),
        }
    }

    /// True once the Thunderbird stage has written or switched the account.
    pub(super) fn account_written(&self) -> bool {
        self.stage_end(Stage::Thunderbird) == Some(StageEnd::Passed)
    }

    /// Reads the profiles again after a write, keeping the page as it is
    /// until the new list arrives.
    pub(super) fn look_for_accounts_again(&mut self, root: PathBuf) {
        let shown = self.accounts.shown;
        let attempt_id = self.next_attempt();
        if self.worker.send(Command::ReadAccounts { attempt_id, root }) {
            self.accounts.attempt = Some(attempt_id);
            self.accounts.shown = shown;
        }
    }

    fn cancel_running_work(&mut self) {
        self.cancel_sign_in();
        self.cancel_checks();
    }

    fn reset_stages(&mut self) {
        self.thunderbird.stop_waiting();
        self.sign_in = SignInStage::default();
        self.checks = ChecksStage::default();
        self.thunderbird = ThunderbirdStage::default();
    }

    fn fail_stage_without_worker(&mut self, page: Page) {
        let why = tr!("wizard-worker-stopped-restart");
        let Some(run) = self.run_mut() else { return };
        match page {
            Page::SignIn => {
                let step = Step::failed(Phase::SignIn, StepId::SignInStart, &tr!("sign-in-step-start"), Duration::ZERO, Duration::ZERO, &why);
                run.record_sign_in(vec![step.clone()], None);
                self.sign_in.running = None;
                self.sign_in.steps = vec![step];
            }
            Page::Checks => {
                let (phase, id, title) = crate::probe::incoming_check_step(run.request().plan.incoming_protocol);
                let step = Step::failed(phase, id, &title, Duration::ZERO, Duration::ZERO, &why);
                run.record_checks(vec![step.clone()]);
                self.checks.running = None;
                self.checks.steps = vec![step];
            }
            _ => {
                let title = &flow::thunderbird_title(run.goal());
                let step = Step::failed(Phase::Thunderbird, run.goal().step_id(), title, Duration::ZERO, Duration::ZERO, &why);
                run.record_thunderbird(vec![step], None);
            }
        }
    }
}

/// Discovery in the wizard (see `discovery_page` for the drawing).
impl WizardApp {
    /// True when Next should look the address up first: discovery is on, the
    /// address parses, the catalogue does not know it, no choice was made and
    /// no plan is held for it yet.
    pub(super) fn should_discover(&self) -> bool {
        if self.sandbox_mode || self.options.discovery.is_none() || self.form.microsoft_365 {
            return false;
        }
        let Ok(address) = EmailAddress::parse(&self.form.email) else { return false };
        self.typed_domain_is_unknown() && self.discovered_plan_for(&address).is_none() && self.discovery.manual.is_none()
    }

    /// Starts discovery on the worker for the typed address.
    pub(super) fn start_discovery(&mut self) {
        let Ok(address) = EmailAddress::parse(&self.form.email) else { return };
        let Some(config) = self.options.discovery.clone() else { return };
        if self.discovery.running.as_ref().is_some_and(|(_, for_address)| *for_address == address.to_string()) {
            return;
        }
        let attempt_id = self.next_attempt();
        self.form.error = None;
        self.discovery.running = Some((attempt_id, address.to_string()));
        self.discovery.manual = None;
        if !self.worker.send(Command::Discover { attempt_id, address, config: Box::new(config) }) {
            self.discovery.running = None;
            self.form.error = Some(tr!("wizard-worker-stopped-restart"));
        }
    }

    /// A discovery finished on the worker.
    pub(super) fn discovered(&mut self, attempt_id: AttemptId, discovery: Discovery) {
        if self.discovery.running.as_ref().is_none_or(|(running, _)| *running != attempt_id) {
            return;
        }
        self.discovery.running = None;
        let found = discovery.plan.is_some();
        let address = discovery.address.clone();
        self.discovery.last = Some(discovery);
        if found {
            self.submit_address();
        } else {
            self.discovery.manual = Some(ManualForm::new(&address, None));
        }
    }

    /// The plan held for `address`: entered by hand, or found by discovery.
    pub(super) fn discovered_plan_for(&self, address: &EmailAddress) -> Option<ProviderPlan> {
        let address = address.to_string();
        if let Some((for_address, plan)) = &self.discovery.manual_plan
            && *for_address == address {
                return Some(plan.clone());
            }
        self.discovery.last.as_ref().filter(|d| d.address == address).and_then(|d| d.plan.clone())
    }

    /// Forgets what was found when the address changes.
    pub(super) fn address_changed(&mut self) {
        self.discovery.manual = None;
        self.discovery.manual_plan = None;
    }

    /// Takes the open manual-settings form's settings as the plan for its
    /// address. False when they are not usable: the form then shows why at
    /// the field, and moves focus there.
    pub(super) fn accept_manual_form(&mut self) -> bool {
        let Some(form) = self.discovery.manual.as_mut() else { return true };
        match form.accept() {
            Some(plan) => {
                self.discovery.manual_plan = Some((form.address.clone(), plan));
                true
            }
            None => false,
        }
    }

    /// Opens the manual-settings form for the current plan (from the Sign in page).
    pub(super) fn edit_settings(&mut self) {
        let Some(session) = &self.session else { return };
        let form = ManualForm::new(&session.run().request().address.to_string(), Some(&session.run().request().plan));
        self.discovery.manual = Some(form);
        self.set_page(Page::Address);
    }
}

impl WizardApp {
    /// The Address page's discovery part: progress, or the manual form; a
    /// plan accepted there goes on as if discovery had found it.
    pub(super) fn discovery_ui(&mut self, ui: &mut egui::Ui) {
        let running = self.discovery.running.as_ref().map(|(_, address)| address.clone());
        let action = discovery_page::discovery_ui(ui, running.as_deref(), self.discovery.manual.as_mut(), self.discovery.last.as_ref());
        match action {
            ManualFormAction::None => {}
            // The same path as the wizard's Next, so the two cannot differ.
            ManualFormAction::Continue => self.submit_address(),
            ManualFormAction::TryAgain => self.retry_discovery(),
        }
    }

    /// "Try again" after nothing answered: the same lookup once more, with
    /// the settings typed so far dropped (the lookup may now find them).
    pub(super) fn retry_discovery(&mut self) {
        self.discovery.manual = None;
        self.discovery.manual_plan = None;
        self.discovery.last = None;
        self.start_discovery();
    }
}

fn is_current(running: &Option<Running>, attempt_id: AttemptId) -> bool {
    running.as_ref().is_some_and(|running| running.attempt_id == attempt_id)
}

impl Drop for WizardApp {
    fn drop(&mut self) {
        // Let the worker's stage return promptly; the worker then ends with its channel.
        self.cancel_running_work();
    }
}

impl eframe::App for WizardApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.repaint.get_or_init(|| ctx.clone());
        self.process_worker_messages();
        self.remember_window(ctx);
        if self.cjk_font == super::fonts::CjkFont::NotNeededYet && super::fonts::needs_system_font(&crate::i18n::current_tag()) {
            super::fonts::add_cjk_font(ctx, &mut self.cjk_font);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_contents(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.save_prefs();
    }
}
