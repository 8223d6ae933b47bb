//! The wizard's worker thread: it owns the tokio runtime and runs the
//! [`flow`] stages, so the UI thread never waits on the network or the disk.
//!
//! ```text
//! UI thread ── Command{attempt_id, …} ──▶ worker (one std::thread, one runtime)
//!     ▲                                      │ runs flow::sign_in / check / write_thunderbird
//!     └── Message{attempt_id, …} ◀───────────┘ then ctx.request_repaint()
//! ```
//!
//! Every command carries an attempt id; the UI drops messages whose id is not
//! the current one, so a cancelled or superseded attempt cannot overwrite the
//! page. Commands run one after another: a cancelled stage notices its
//! [`CancelFlag`] within ~100 ms, so the next command waits at most that long.
//!
//! Tokens never leave this thread: a successful sign-in keeps its
//! [`TokenSet`] here, keyed by the sign-in's attempt id, and the checks ask
//! for it by that id. Nothing is written to disk except the Thunderbird
//! account, on request.

use crate::flow::{self, FlowEvent, ProfileTarget, SetupRequest};
use crate::oauth::device::DeviceCodeShown;
use crate::oauth::{BrowserLauncher, CancelFlag, SignInProgress, TokenSet};
use crate::report::{Phase, Step, StepId, ThunderbirdSummary};
use crate::troubleshoot::{Fault, ThunderbirdFault};
use crate::sandbox::{Sandbox, SandboxOptions};
use crate::thunderbird::{self, ProfileInfo};
use crate::troubleshoot::token::TokenInspection;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// Identifies one run of one stage. Increases monotonically per app.
pub(crate) type AttemptId = u64;

/// What the UI asks the worker to do.
pub(crate) enum Command {
    /// Start the practice provider (with `practice_profile`, and put the
    /// practice profile into its Thunderbird folder); answered with
    /// [`Message::SandboxStarted`].
    StartSandbox { options: Box<SandboxOptions>, practice_profile: bool },
    /// Run [`flow::sign_in`] (or, with `device_code`, the RFC 8628 fallback
    /// [`flow::sign_in_with_device_code`]); keep the tokens if it works.
    SignIn { attempt_id: AttemptId, request: Box<SetupRequest>, cancel: CancelFlag, device_code: bool },
    /// Run [`flow::run_checks`] with the tokens of `sign_in_attempt_id`
    /// (`None` when mailsetup does not sign in).
    Check { attempt_id: AttemptId, sign_in_attempt_id: Option<AttemptId>, request: Box<SetupRequest>, cancel: CancelFlag },
    /// Read the Thunderbird profiles under `root`.
    FindProfiles { attempt_id: AttemptId, root: PathBuf },
    /// Read the Thunderbird profiles under `root` and judge their accounts
    /// as `mailsetup audit` does, for today.
    ReadAccounts { attempt_id: AttemptId, root: PathBuf },
    /// Run [`flow::run_thunderbird`]: add the account, or switch one in place.
    Thunderbird { attempt_id: AttemptId, request: Box<SetupRequest>, goal: flow::ThunderbirdGoal },
    /// Run [`flow::doctor`]: what Thunderbird's own saved sign-ins say.
    Doctor { attempt_id: AttemptId, request: Box<flow::DoctorRequest> },
    /// Drop any tokens held (start over).
    ForgetTokens,
    /// Run discovery for an address; answered with [`Message::Discovered`].
    Discover { attempt_id: AttemptId, address: crate::address::EmailAddress, config: Box<crate::provider::discovery::DiscoveryConfig> },
}

/// What the worker tells the UI.
pub(crate) enum Message {
    /// A live event of a running stage.
    Event { attempt_id: AttemptId, event: FlowEvent },
    /// The device code fallback has a code for the user to type elsewhere.
    DeviceCode { attempt_id: AttemptId, shown: DeviceCodeShown },
    /// Sign-in ended; `token` (claims only, never the token) is there when
    /// tokens are now held.
    SignInFinished { attempt_id: AttemptId, steps: Vec<Step>, token: Option<TokenInspection> },
    /// The checks ended (passed or failed; a cancelled run sends nothing).
    ChecksFinished { attempt_id: AttemptId, steps: Vec<Step> },
    /// The profiles under a root, or why they could not be read.
    ProfilesFound { attempt_id: AttemptId, result: Result<Vec<ProfileInfo>, String> },
    /// The profiles under a root with their accounts judged.
    AccountsRead { attempt_id: AttemptId, result: Result<Vec<flow::ProfileAccounts>, String> },
    /// The Thunderbird writer finished. `locked_profile` names the profile
    /// when the write was refused because Thunderbird holds it.
    WriteFinished { attempt_id: AttemptId, steps: Vec<Step>, summary: Option<ThunderbirdSummary>, locked_profile: Option<PathBuf> },
    /// The doctor's reports, one per OAuth2 account, or why it could not run.
    DoctorFinished { attempt_id: AttemptId, result: Result<Vec<crate::report::Report>, String> },
    /// The profile that Thunderbird held is free now (see [`Worker::watch_profile`]).
    ProfileReleased { attempt_id: AttemptId },
    /// "Open browser again" finished: how, or why not.
    BrowserOpened { attempt_id: AttemptId, result: Result<String, String> },
    /// "Open Thunderbird" started it, or says why not.
    ThunderbirdOpened { result: Result<(), String> },
    /// Discovery finished (with or without a plan).
    Discovered { attempt_id: AttemptId, discovery: Box<crate::provider::discovery::Discovery> },
    /// The sandbox is up (the UI keeps it alive), or could not start.
    SandboxStarted(Result<Sandbox, String>),
}

/// What "Open Thunderbird" calls: starts Thunderbird on a profile.
pub type ThunderbirdOpener = Arc<dyn Fn(&std::path::Path) -> Result<(), String> + Send + Sync>;

/// Where the worker finds the UI's context to wake it. Set on the first frame;
/// messages sent before that are drained by that first frame anyway.
pub(crate) type RepaintHandle = Arc<OnceLock<egui::Context>>;

/// The UI's end of the worker.
pub(crate) struct Worker {
    commands: Sender<Command>,
    messages: Receiver<Message>,
    /// For short helper threads that answer beside the worker.
    outbox: Outbox,
}

impl Worker {
    /// Starts the worker thread. It ends when this `Worker` is dropped and
    /// the stage it is running (if any) returns.
    pub fn spawn(repaint: RepaintHandle) -> Self {
        let (command_sender, command_receiver) = mpsc::channel();
        let (message_sender, message_receiver) = mpsc::channel();
        let outbox = Outbox { sender: message_sender, repaint };
        let worker_outbox = outbox.clone();
        let spawned =
            std::thread::Builder::new().name("mailsetup-wizard-worker".to_owned()).spawn(move || run(&command_receiver, &worker_outbox));
        if let Err(error) = spawned {
            // Without a thread every command would wait forever; say so on each.
            tracing::error!(%error, "cannot start the wizard's worker thread");
        }
        Self { commands: command_sender, messages: message_receiver, outbox }
    }

    /// Starts Thunderbird on `profile_dir` with `open` on a short thread of
    /// its own (it looks for the install and the profile's lock on disk).
    /// Answers with [`Message::ThunderbirdOpened`].
    pub fn open_thunderbird(&self, open: ThunderbirdOpener, profile_dir: PathBuf) {
        let outbox = self.outbox.clone();
        let spawned = std::thread::Builder::new().name("mailsetup-open-thunderbird".to_owned()).spawn(move || {
            outbox.send(Message::ThunderbirdOpened { result: open(&profile_dir) });
        });
        if let Err(error) = spawned {
            self.outbox.send(Message::ThunderbirdOpened { result: Err(crate::tr!("wizard-thread-thunderbird-failed", error = error.to_string())) });
        }
    }

    /// Opens the sign-in page again, on a short thread of its own: the worker
    /// is busy waiting for this very sign-in. Answers with [`Message::BrowserOpened`].
    pub fn open_browser(&self, attempt_id: AttemptId, browser: BrowserLauncher, url: String) {
        let outbox = self.outbox.clone();
        let spawned = std::thread::Builder::new().name("mailsetup-open-browser".to_owned()).spawn(move || {
            let result = browser.open(&url);
            outbox.send(Message::BrowserOpened { attempt_id, result });
        });
        if let Err(error) = spawned {
            self.outbox.send(Message::BrowserOpened { attempt_id, result: Err(crate::tr!("wizard-thread-browser-failed", error = error.to_string())) });
        }
    }

    /// Watches a profile Thunderbird holds, on a short thread of its own (the
    /// worker must stay free), and answers with [`Message::ProfileReleased`]
    /// once the lock is gone. Stops when `stop` is set, or after
    /// [`PROFILE_WATCH_LIMIT`].
    pub fn watch_profile(&self, attempt_id: AttemptId, profile: PathBuf, stop: CancelFlag) {
        let outbox = self.outbox.clone();
        let spawned = std::thread::Builder::new().name("mailsetup-watch-profile".to_owned()).spawn(move || {
            let started = std::time::Instant::now();
            while !stop.is_cancelled() && started.elapsed() < PROFILE_WATCH_LIMIT {
                if matches!(thunderbird::is_profile_in_use(&profile), Ok(false)) {
                    outbox.send(Message::ProfileReleased { attempt_id });
                    return;
                }
                std::thread::sleep(PROFILE_WATCH_INTERVAL);
            }
        });
        if let Err(error) = spawned {
            tracing::warn!(%error, "cannot watch the Thunderbird profile");
        }
    }

    /// Queues a command. Returns false if the worker is gone (it could not start).
    pub fn send(&self, command: Command) -> bool {
        self.commands.send(command).is_ok()
    }

    /// The next message, if one is waiting. Never blocks.
    pub fn try_recv(&self) -> Option<Message> {
        self.messages.try_recv().ok()
    }
}

/// The worker's end of the message channel, which also wakes the UI.
#[derive(Clone)]
struct Outbox {
    sender: Sender<Message>,
    repaint: RepaintHandle,
}

impl Outbox {
    fn send(&self, message: Message) {
        // The UI may have closed; then nobody is waiting for the message.
        self.sender.send(message).ok();
        if let Some(ctx) = self.repaint.get() {
            ctx.request_repaint();
        }
    }

    /// The `on_event` callback for a stage of `attempt_id`.
    ///
    /// The loopback wait ticks every ~100 ms; the countdown only shows whole
    /// seconds, so only the first tick of each second is forwarded.
    fn events_for(&self, attempt_id: AttemptId) -> impl Fn(FlowEvent) + Send + Sync + use<> {
        let outbox = self.clone();
        let last_second_sent = AtomicU64::new(u64::MAX);
        move |event: FlowEvent| {
            if let FlowEvent::SignIn(SignInProgress::WaitingForBrowser { remaining, .. }) = &event {
                let second = remaining.as_secs();
                if last_second_sent.swap(second, Ordering::Relaxed) == second {
                    return;
                }
            }
            outbox.send(Message::Event { attempt_id, event });
        }
    }
}

/// How often a held profile is looked at: quick enough that writing follows
/// closing Thunderbird at once, rare enough to cost nothing.
const PROFILE_WATCH_INTERVAL: Duration = Duration::from_millis(500);

/// How long the wizard waits for Thunderbird to close before the user has to
/// press the button again.
pub(crate) const PROFILE_WATCH_LIMIT: Duration = Duration::from_secs(30 * 60);

/// The profile a write targets, when the step failed because Thunderbird
/// holds it (the step's fault says so; the lock is not asked a second time).
fn profile_held_by_thunderbird(step: &Step, target: &ProfileTarget) -> Option<PathBuf> {
    if step.fault != Some(Fault::Thunderbird(ThunderbirdFault::ProfileLocked)) {
        return None;
    }
    match target {
        ProfileTarget::NoWrite => None,
        ProfileTarget::Directory(dir) => Some(dir.clone()),
        ProfileTarget::DefaultUnder(root) => match thunderbird::choose_profile(root, None) {
            Ok(thunderbird::ProfileChoice::Existing(dir)) => Some(dir),
            _ => None,
        },
    }
}

fn run(commands: &Receiver<Command>, outbox: &Outbox) {
    let runtime = flow::new_runtime().map_err(|error| crate::tr!("runtime-failed", error = error.to_string()));
    // Tokens of the last successful sign-in, by its attempt id. Only here.
    let mut tokens: Option<(AttemptId, TokenSet)> = None;
    while let Ok(command) = commands.recv() {
        match command {
            Command::StartSandbox { options, practice_profile } => {
                let started = Sandbox::start(options.with_page_words(crate::practice::page_words())).map_err(|error| crate::tr!("sandbox-failed", error = error.to_string())).and_then(|sandbox| {
                    if practice_profile {
                        crate::practice::write_practice_profile(sandbox.profile_root())
                            .map_err(|error| crate::tr!("wizard-practice-profile-failed", error = error.to_string()))?;
                    }
                    Ok(sandbox)
                });
                outbox.send(Message::SandboxStarted(started));
            }
            Command::SignIn { attempt_id, request, cancel, device_code } => {
                tokens = None;
                let (steps, token) = match &runtime {
                    Ok(runtime) => {
                        let on_event = outbox.events_for(attempt_id);
                        let (steps, new_tokens) = if device_code {
                            let mut show = |shown: &DeviceCodeShown| outbox.send(Message::DeviceCode { attempt_id, shown: shown.clone() });
                            flow::sign_in_with_device_code(&request, runtime.handle(), &cancel, &mut show, &on_event)
                        } else {
                            flow::sign_in(&request, runtime.handle(), &cancel, &on_event)
                        };
                        let token = new_tokens.as_ref().map(|set| flow::inspect_tokens(&request, set));
                        tokens = new_tokens.map(|set| (attempt_id, set));
                        (steps, token)
                    }
                    Err(why) => (vec![Step::failed(Phase::SignIn, StepId::SignInStart, &crate::tr!("sign-in-step-start"), Duration::ZERO, Duration::ZERO, why.clone())], None),
                };
                outbox.send(Message::SignInFinished { attempt_id, steps, token });
            }
            Command::Check { attempt_id, sign_in_attempt_id, request, cancel } => {
                let held = tokens.as_ref().filter(|(id, _)| Some(*id) == sign_in_attempt_id).map(|(_, set)| set);
                let steps = match &runtime {
                    Ok(runtime) => flow::run_checks(&request, held, runtime.handle(), &cancel, &outbox.events_for(attempt_id)),
                    Err(why) => {
                        let (phase, id, title) = crate::probe::incoming_check_step(request.plan.incoming_protocol);
                        Some(vec![Step::failed(phase, id, &title, Duration::ZERO, Duration::ZERO, why.clone())])
                    }
                };
                if let Some(steps) = steps {
                    outbox.send(Message::ChecksFinished { attempt_id, steps });
                }
            }
            Command::FindProfiles { attempt_id, root } => {
                let result = thunderbird::list_profiles(&root).map_err(|error| error.to_string());
                outbox.send(Message::ProfilesFound { attempt_id, result });
            }
            Command::ReadAccounts { attempt_id, root } => {
                let result = flow::profiles_with_accounts(&root, crate::audit::today()).map_err(|error| error.to_string());
                outbox.send(Message::AccountsRead { attempt_id, result });
            }
            Command::Thunderbird { attempt_id, request, goal } => {
                let held = tokens.as_ref().map(|(_, set)| set);
                let (steps, summary) = flow::run_thunderbird(&request, &goal, held);
                let target = match &goal {
                    flow::ThunderbirdGoal::Add => request.profile.clone(),
                    flow::ThunderbirdGoal::SwitchInPlace(target) => ProfileTarget::Directory(target.profile_dir.clone()),
                };
                let locked_profile = steps.iter().find_map(|step| profile_held_by_thunderbird(step, &target));
                outbox.send(Message::WriteFinished { attempt_id, steps, summary, locked_profile });
            }
            Command::Doctor { attempt_id, request } => {
                let result = match &runtime {
                    Ok(runtime) => flow::doctor(&request, runtime.handle(), &CancelFlag::new(), &|_| {}).map_err(|error| error.to_string()),
                    Err(why) => Err(why.clone()),
                };
                outbox.send(Message::DoctorFinished { attempt_id, result });
            }
            Command::ForgetTokens => tokens = None,
            Command::Discover { attempt_id, address, config } => {
                let discovery = match &runtime {
                    Ok(runtime) => crate::provider::discovery::discover_blocking(runtime.handle(), &address, None, &config),
                    Err(why) => crate::provider::discovery::Discovery {
                        address: address.to_string(),
                        plan: None,
                        evidence: Vec::new(),
                        no_plan_reason: Some(why.clone()),
                        elapsed: Duration::ZERO,
                    },
                };
                outbox.send(Message::Discovered { attempt_id, discovery: Box::new(discovery) });
            }
        }
    }
}
