//! One run of the flow, from the plan to the written profile: which stage
//! comes next, what a stage that did not run records, and the final
//! [`Report`]. The CLI drives a [`Run`] to its end with [`drive`]; the wizard
//! drives the same type one page at a time, running each stage on its worker
//! and recording the result here. Because both record into the same type, the
//! same failure gives the same report, step for step, in both.
//!
//! A `Run` holds no secret: the tokens stay with whoever ran the sign-in (the
//! CLI's stack frame, the wizard's worker thread); only their inspection
//! (claims) is recorded.

use super::{FlowEvent, SetupRequest, SignInMethod};
use crate::oauth::{CancelFlag, TokenSet};
use crate::report::{Outcome, Phase, Report, Step, StepId, ThunderbirdSummary};
use crate::thunderbird::MigrationTarget;
use crate::troubleshoot::TokenInspection;
use std::path::PathBuf;

/// The stages of a run, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The browser (or device code) sign-in.
    SignIn,
    /// The IMAP and SMTP checks.
    Checks,
    /// Adding the account to Thunderbird, or switching it in place.
    Thunderbird,
}

impl Stage {
    /// Every stage, in order.
    pub const ALL: [Stage; 3] = [Stage::SignIn, Stage::Checks, Stage::Thunderbird];
}

/// Where a stage stands, for a progress header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StageState {
    /// Not run yet, and it may still run.
    Pending,
    Passed,
    Failed,
    /// The user stopped it; it may run again.
    Cancelled,
    /// It will not run: not needed (Thunderbird signs in itself, `--no-write`,
    /// the user chose Skip) or impossible after an earlier failure.
    Skipped,
}

/// What the Thunderbird stage does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThunderbirdGoal {
    /// Add the account where [`SetupRequest::profile`] says (setup, the wizard).
    Add,
    /// Switch an existing account to OAuth2 in place (migrate, the wizard's offer).
    SwitchInPlace(InPlaceTarget),
}

/// The account `migrate` switches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InPlaceTarget {
    pub profile_dir: PathBuf,
    /// The account in `prefs.js`, e.g. `account1`.
    pub account_key: String,
    pub target: MigrationTarget,
}

impl ThunderbirdGoal {
    /// The step id of the Thunderbird stage for this goal.
    pub fn step_id(&self) -> StepId {
        match self {
            ThunderbirdGoal::Add => StepId::ThunderbirdWrite,
            ThunderbirdGoal::SwitchInPlace(_) => StepId::ThunderbirdMigrate,
        }
    }
}

/// What was recorded for a stage.
#[derive(Debug, Clone, Default)]
enum Record {
    #[default]
    Pending,
    Finished(Vec<Step>),
    Cancelled,
}

/// One run, from the plan to the written profile. See the module docs.
#[derive(Clone)]
pub struct Run {
    request: SetupRequest,
    goal: ThunderbirdGoal,
    /// Write (or switch) even when a check failed: `migrate --force`, after
    /// the user saw the diagnosis.
    force: bool,
    head: Report,
    sign_in: Record,
    token: Option<TokenInspection>,
    /// True when the sign-in produced tokens (its steps may hold a failed
    /// browser launch that the user worked around by opening the link).
    signed_in: bool,
    checks: Record,
    thunderbird: Record,
    thunderbird_summary: Option<ThunderbirdSummary>,
    /// The user chose not to write (the wizard's Skip).
    thunderbird_skipped: bool,
}

impl Run {
    /// A run for `request` that ends with `goal`.
    pub fn new(request: SetupRequest, goal: ThunderbirdGoal) -> Self {
        let head = super::start_report(&request);
        Self {
            request,
            goal,
            force: false,
            head,
            sign_in: Record::Pending,
            token: None,
            signed_in: false,
            checks: Record::Pending,
            thunderbird: Record::Pending,
            thunderbird_summary: None,
            thunderbird_skipped: false,
        }
    }

    /// Turns the hand-off of the sign-in to Thunderbird on or off (the
    /// wizard's "Keep Thunderbird signed in"), before the Thunderbird stage.
    pub fn set_sign_in_handoff(&mut self, on: bool) {
        self.request.sign_in_handoff = on;
    }

    /// Writes (or switches) even when a check failed.
    pub fn forced(mut self, force: bool) -> Self {
        self.force = force;
        self
    }

    pub fn request(&self) -> &SetupRequest {
        &self.request
    }

    pub fn goal(&self) -> &ThunderbirdGoal {
        &self.goal
    }

    /// Changes what the Thunderbird stage does (the wizard's "Switch to
    /// OAuth2" offer), as long as that stage has not run.
    pub fn set_goal(&mut self, goal: ThunderbirdGoal) {
        if matches!(self.thunderbird, Record::Pending) {
            self.goal = goal;
        }
    }

    /// The stage to run next, or `None` when the run has ended.
    pub fn next_stage(&self) -> Option<Stage> {
        Stage::ALL.into_iter().find(|stage| self.state(*stage) == StageState::Pending || self.state(*stage) == StageState::Cancelled)
            .filter(|stage| self.may_run(*stage))
    }

    /// True once nothing more will run.
    pub fn is_finished(&self) -> bool {
        self.next_stage().is_none()
    }

    /// Where `stage` stands.
    pub fn state(&self, stage: Stage) -> StageState {
        let plan = &self.request.plan;
        if plan.stop.is_some() {
            return StageState::Skipped;
        }
        match stage {
            Stage::SignIn if !plan.sign_in.mailsetup_signs_in() => StageState::Skipped,
            Stage::SignIn => match &self.sign_in {
                Record::Pending => StageState::Pending,
                Record::Cancelled => StageState::Cancelled,
                Record::Finished(_) if self.signed_in => StageState::Passed,
                Record::Finished(_) => StageState::Failed,
            },
            Stage::Checks => match &self.checks {
                Record::Finished(steps) if passed(steps) => StageState::Passed,
                Record::Finished(_) => StageState::Failed,
                Record::Cancelled => StageState::Cancelled,
                Record::Pending if self.may_run(Stage::Checks) => StageState::Pending,
                Record::Pending => StageState::Skipped,
            },
            Stage::Thunderbird => match &self.thunderbird {
                Record::Finished(steps) if passed(steps) => StageState::Passed,
                Record::Finished(_) => StageState::Failed,
                Record::Cancelled => StageState::Cancelled,
                Record::Pending if self.may_run(Stage::Thunderbird) => StageState::Pending,
                Record::Pending => StageState::Skipped,
            },
        }
    }

    /// Whether `stage` may run now, given what came before it.
    fn may_run(&self, stage: Stage) -> bool {
        if self.request.plan.stop.is_some() {
            return false;
        }
        let sign_in_done = !self.request.plan.sign_in.mailsetup_signs_in() || self.signed_in;
        match stage {
            Stage::SignIn => self.request.plan.sign_in.mailsetup_signs_in(),
            Stage::Checks => sign_in_done,
            Stage::Thunderbird => {
                let checks_allow = match &self.checks {
                    Record::Finished(steps) => passed(steps) || self.force,
                    Record::Pending | Record::Cancelled => false,
                };
                sign_in_done && checks_allow && !self.thunderbird_skipped && !self.writes_nothing()
            }
        }
    }

    /// True when the account is to be checked only (`check`, `--no-write`).
    fn writes_nothing(&self) -> bool {
        self.goal == ThunderbirdGoal::Add && self.request.profile == super::ProfileTarget::NoWrite
    }

    /// Forgets `stage` and every later one, to run them again (Try again,
    /// Sign in again).
    pub fn restart(&mut self, stage: Stage) {
        if stage == Stage::SignIn {
            self.sign_in = Record::Pending;
            self.token = None;
            self.signed_in = false;
        }
        if stage != Stage::Thunderbird {
            self.checks = Record::Pending;
        }
        self.thunderbird = Record::Pending;
        self.thunderbird_summary = None;
        self.thunderbird_skipped = false;
    }

    /// Records the sign-in: its steps and, when it produced tokens, what the
    /// access token holds. Later stages start over.
    pub fn record_sign_in(&mut self, steps: Vec<Step>, token: Option<TokenInspection>) {
        self.restart(Stage::SignIn);
        self.signed_in = token.is_some();
        self.token = token;
        self.sign_in = Record::Finished(steps);
    }

    /// Records the checks' steps. The Thunderbird stage starts over.
    pub fn record_checks(&mut self, steps: Vec<Step>) {
        self.restart(Stage::Checks);
        self.checks = Record::Finished(steps);
    }

    /// Records what the Thunderbird stage did: the write (or switch), then
    /// the hand-off.
    pub fn record_thunderbird(&mut self, mut steps: Vec<Step>, summary: Option<ThunderbirdSummary>) {
        if self.state(Stage::Checks) == StageState::Failed
            && let Some(step) = steps.first_mut()
            && step.outcome == Outcome::Passed
        {
            step.detail = crate::tr!("flow-forced", detail = std::mem::take(&mut step.detail));
        }
        self.thunderbird = Record::Finished(steps);
        self.thunderbird_summary = summary;
    }

    /// The user stopped `stage` before it finished.
    pub fn record_cancelled(&mut self, stage: Stage) {
        self.restart(stage);
        match stage {
            Stage::SignIn => self.sign_in = Record::Cancelled,
            Stage::Checks => self.checks = Record::Cancelled,
            Stage::Thunderbird => self.thunderbird = Record::Cancelled,
        }
    }

    /// The user chose not to write the account (the wizard's Skip).
    pub fn skip_thunderbird(&mut self) {
        if matches!(self.thunderbird, Record::Pending) {
            self.thunderbird_skipped = true;
        }
    }

    /// The steps recorded for `stage` (empty until it ran).
    pub fn steps(&self, stage: Stage) -> &[Step] {
        let record = match stage {
            Stage::SignIn => &self.sign_in,
            Stage::Checks => &self.checks,
            Stage::Thunderbird => &self.thunderbird,
        };
        match record {
            Record::Finished(steps) => steps,
            Record::Pending | Record::Cancelled => &[],
        }
    }

    /// What the access token holds, once signed in.
    pub fn token(&self) -> Option<&TokenInspection> {
        self.token.as_ref()
    }

    /// What the Thunderbird stage did, once it ran.
    pub fn thunderbird_summary(&self) -> Option<&ThunderbirdSummary> {
        self.thunderbird_summary.as_ref()
    }

    /// The report as far as the run got: every stage that did not run has a
    /// skipped step saying why.
    pub fn report(&self) -> Report {
        let mut report = self.head.clone();
        report.token = self.token.clone();
        let plan = &self.request.plan;
        if plan.stop.is_some() {
            // The plan step already says why; nothing else was tried.
            let why = crate::tr!("flow-stopped-by-plan");
            if plan.sign_in.mailsetup_signs_in() {
                report.steps.push(Step::skipped(Phase::SignIn, StepId::SignInBrowser, &crate::tr!("flow-sign-in-title"), &why));
            }
            push_checks_skipped(&mut report, plan, &why);
            report.steps.push(self.thunderbird_skipped_step(&why));
            return report;
        }

        if !plan.sign_in.mailsetup_signs_in() {
            report.steps.push(Step::skipped(
                Phase::SignIn,
                StepId::SignInBrowser,
                &crate::tr!("flow-sign-in-title"),
                crate::tr!("flow-sign-in-by-thunderbird"),
            ));
        } else {
            match &self.sign_in {
                Record::Finished(steps) => report.steps.extend(steps.iter().cloned()),
                Record::Cancelled => report.steps.push(Step::skipped(Phase::SignIn, StepId::SignInBrowser, &crate::tr!("flow-sign-in-title"), crate::tr!("flow-cancelled"))),
                Record::Pending => report.steps.push(Step::skipped(Phase::SignIn, StepId::SignInBrowser, &crate::tr!("flow-sign-in-title"), crate::tr!("flow-not-done-yet"))),
            }
        }

        match &self.checks {
            Record::Finished(steps) => report.steps.extend(steps.iter().cloned()),
            Record::Cancelled => push_checks_skipped(&mut report, plan, &crate::tr!("flow-cancelled")),
            Record::Pending if self.state(Stage::SignIn) == StageState::Failed => {
                push_checks_skipped(&mut report, plan, &crate::tr!("flow-checks-after-failed-sign-in"));
            }
            Record::Pending => push_checks_skipped(&mut report, plan, &crate::tr!("flow-checks-not-yet")),
        }

        match &self.thunderbird {
            Record::Finished(steps) => {
                report.steps.extend(steps.iter().cloned());
                report.thunderbird = self.thunderbird_summary.clone();
            }
            Record::Cancelled => report.steps.push(self.thunderbird_skipped_step(&crate::tr!("flow-cancelled"))),
            Record::Pending => {
                let why = self.why_thunderbird_did_not_run();
                report.steps.push(self.thunderbird_skipped_step(&why));
            }
        }
        report
    }

    fn why_thunderbird_did_not_run(&self) -> String {
        let add = matches!(self.goal, ThunderbirdGoal::Add);
        if self.writes_nothing() {
            return if add { crate::tr!("flow-write-skipped-no-write") } else { crate::tr!("flow-migrate-skipped-no-write") };
        }
        if self.thunderbird_skipped {
            return if add { crate::tr!("flow-write-skipped-by-user") } else { crate::tr!("flow-migrate-skipped-by-user") };
        }
        match (self.state(Stage::SignIn), self.state(Stage::Checks)) {
            (StageState::Failed | StageState::Cancelled, _) => {
                if add { crate::tr!("flow-write-skipped-sign-in") } else { crate::tr!("flow-migrate-skipped-sign-in") }
            }
            (_, StageState::Failed) => {
                if add { crate::tr!("flow-write-skipped-check") } else { crate::tr!("flow-migrate-skipped-check") }
            }
            _ => {
                if add { crate::tr!("flow-write-skipped-yet") } else { crate::tr!("flow-migrate-skipped-yet") }
            }
        }
    }

    fn thunderbird_skipped_step(&self, why: &str) -> Step {
        let title = thunderbird_title(&self.goal);
        Step::skipped(Phase::Thunderbird, self.goal.step_id(), &title, why)
    }
}

/// The title of the Thunderbird stage's step.
pub fn thunderbird_title(goal: &ThunderbirdGoal) -> String {
    match goal {
        ThunderbirdGoal::Add => crate::tr!("flow-write-title"),
        ThunderbirdGoal::SwitchInPlace(_) => crate::tr!("flow-migrate-title"),
    }
}

fn passed(steps: &[Step]) -> bool {
    steps.iter().all(|step| step.outcome != Outcome::Failed)
}

fn push_checks_skipped(report: &mut Report, plan: &crate::provider::ProviderPlan, why: &str) {
    let (phase, id, title) = crate::probe::incoming_check_step(plan.incoming_protocol);
    report.steps.push(Step::skipped(phase, id, &title, why));
    report.steps.push(Step::skipped(Phase::Smtp, StepId::SmtpCheck, &crate::tr!("flow-smtp-title"), why));
}

/// Runs `run` to its end on this thread (the CLI): each stage in turn, as
/// [`Run::next_stage`] decides, reporting steps through `on_event`.
pub fn drive(
    run: &mut Run,
    method: SignInMethod<'_>,
    runtime: &tokio::runtime::Handle,
    cancel: &CancelFlag,
    on_event: &(dyn Fn(FlowEvent) + Send + Sync),
) {
    let mut tokens: Option<TokenSet> = None;
    while let Some(stage) = run.next_stage() {
        if cancel.is_cancelled() {
            run.record_cancelled(stage);
            return;
        }
        match stage {
            Stage::SignIn => {
                let (steps, new_tokens) = match method {
                    SignInMethod::Browser => super::sign_in(run.request(), runtime, cancel, on_event),
                    SignInMethod::DeviceCode(show) => {
                        super::sign_in_with_device_code(run.request(), runtime, cancel, &mut |code| show(code), on_event)
                    }
                };
                let inspection = new_tokens.as_ref().map(|set| super::inspect_tokens(run.request(), set));
                run.record_sign_in(steps, inspection);
                tokens = new_tokens;
            }
            Stage::Checks => match super::run_checks(run.request(), tokens.as_ref(), runtime, cancel, on_event) {
                Some(steps) => run.record_checks(steps),
                None => {
                    run.record_cancelled(Stage::Checks);
                    return;
                }
            },
            Stage::Thunderbird => {
                let (steps, summary) = super::run_thunderbird(run.request(), run.goal(), tokens.as_ref());
                for step in &steps {
                    on_event(super::announce(step.clone()));
                }
                run.record_thunderbird(steps, summary);
            }
        }
    }
}
