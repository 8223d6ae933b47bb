//! Measurement hooks for `benches/gui.rs`, off unless `MAILSETUP_BENCH` is set.
//!
//! - `MAILSETUP_BENCH=first-frame`: once the first frame has been drawn and
//!   the event loop takes input again (the second frame starts), print
//!   `MAILSETUP_BENCH first-frame-unix-ns=N` and close.
//! - `MAILSETUP_BENCH=drive` (with `--sandbox`): the wizard drives itself
//!   through a whole sandbox setup, as fast as the pages allow, through the
//!   same actions the buttons call, while every frame's start is timed; then
//!   it prints one `MAILSETUP_BENCH …` line of figures and closes. It takes
//!   the path a person whose mail stopped takes: Fix on the practice
//!   profile's account (sign-in → checks → switch → Done by themselves); on
//!   the address page (no practice profile) it sets up a new account
//!   (address → sign-in → checks → Thunderbird → write → Done).
//!
//! The wrapper only observes and calls the wizard's own actions; the window
//! and the frame loop are eframe's, unchanged.

use crate::flow::Stage;
use super::app::{ProfilesView, SandboxState, StageEnd, WizardApp};
use super::Page;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The environment variable that switches a hook on.
pub const BENCH_ENV: &str = "MAILSETUP_BENCH";

/// The app, wrapped in a hook when `MAILSETUP_BENCH` asks for one.
pub(super) fn boxed(app: WizardApp) -> Box<dyn eframe::App> {
    match std::env::var(BENCH_ENV).as_deref() {
        Ok("first-frame") => Box::new(Timed::new(app, Mode::FirstFrame)),
        Ok("drive") => Box::new(Timed::new(app, Mode::Drive)),
        _ => Box::new(app),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    FirstFrame,
    Drive,
}

/// What the wizard is waiting for during a frame, for the gap figures.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Work {
    Idle,
    Sandbox,
    Accounts,
    Discovery,
    SignIn,
    Checks,
    Thunderbird,
}

impl Work {
    fn name(self) -> &'static str {
        match self {
            Work::Idle => "idle",
            Work::Sandbox => "sandbox-start",
            Work::Accounts => "accounts",
            Work::Discovery => "discovery",
            Work::SignIn => "sign-in",
            Work::Checks => "checks",
            Work::Thunderbird => "thunderbird",
        }
    }
}

struct Timed {
    app: WizardApp,
    mode: Mode,
    frames: u64,
    started: Instant,
    last_frame: Option<(Instant, Work)>,
    /// The longest gap after a frame during which work ran, and that work.
    longest_busy_gap: (Duration, Work),
    busy_frames: u64,
    /// The longest time spent in one frame's `logic` + `ui` (the UI thread's own work).
    longest_update: Duration,
    /// When each stage was first seen running and last seen running.
    spans: Vec<(Work, Instant, Instant)>,
    finished_at: Option<Instant>,
    reported: bool,
    /// When this frame's `logic` began.
    frame_started: Instant,
}

impl Timed {
    fn new(app: WizardApp, mode: Mode) -> Self {
        Self {
            app,
            mode,
            frames: 0,
            started: Instant::now(),
            last_frame: None,
            longest_busy_gap: (Duration::ZERO, Work::Idle),
            busy_frames: 0,
            longest_update: Duration::ZERO,
            spans: Vec::new(),
            finished_at: None,
            reported: false,
            frame_started: Instant::now(),
        }
    }

    fn work(&self) -> Work {
        let app = &self.app;
        if matches!(app.sandbox, SandboxState::Starting) {
            Work::Sandbox
        } else if app.accounts.attempt.is_some() || app.accounts.doctor.is_some() {
            Work::Accounts
        } else if app.discovery.running.is_some() {
            Work::Discovery
        } else if app.sign_in.running.is_some() {
            Work::SignIn
        } else if app.checks.running.is_some() {
            Work::Checks
        } else if app.thunderbird.writing.is_some() || app.thunderbird.profiles_attempt.is_some() {
            Work::Thunderbird
        } else {
            Work::Idle
        }
    }

    /// One step of the self-driven setup: the action a user would take next.
    fn drive(&mut self, ctx: &egui::Context) {
        let app = &mut self.app;
        match app.page {
            Page::Accounts if app.accounts.overview.iter().any(|entry| entry.health.fix_provider().is_some()) && app.session.is_none() => {
                if let Some(index) = app.accounts.overview.iter().position(|entry| entry.health.fix_provider().is_some()) {
                    app.fix_account(index);
                }
            }
            Page::Address if app.sandbox_ready() => app.submit_address(),
            Page::SignIn if app.sign_in.running.is_none() && app.stage_end(Stage::SignIn).is_none() => app.start_sign_in(),
            Page::Checks if app.stage_end(Stage::Checks) == Some(StageEnd::Passed) => app.go_next(ctx),
            Page::Thunderbird
                if app.thunderbird.writing.is_none()
                    && app.thunderbird_result().is_none()
                    && matches!(app.thunderbird.profiles, ProfilesView::Found(_)) =>
            {
                app.write_thunderbird()
            }
            Page::Thunderbird if app.thunderbird_result().is_some() && app.thunderbird.writing.is_none() => app.go_next(ctx),
            Page::Done if self.finished_at.is_none() => self.finished_at = Some(Instant::now()),
            _ => {}
        }
        if app.stage_end(Stage::SignIn) == Some(StageEnd::Failed) || app.stage_end(Stage::Checks) == Some(StageEnd::Failed) {
            println!("MAILSETUP_BENCH failed: a stage failed on page {:?}", app.page);
            self.finished_at.get_or_insert_with(Instant::now);
        }
    }

    fn report(&mut self, ctx: &egui::Context) {
        if self.reported {
            return;
        }
        self.reported = true;
        let ms = |duration: Duration| duration.as_secs_f64() * 1000.0;
        let spans: Vec<String> =
            self.spans.iter().map(|(work, first, last)| format!("{}_ms={:.1}", work.name(), ms(last.duration_since(*first)))).collect();
        println!(
            "MAILSETUP_BENCH frames={} busy_frames={} longest_busy_gap_ms={:.1} longest_gap_during={} longest_update_ms={:.1} run_ms={:.1} {}",
            self.frames,
            self.busy_frames,
            ms(self.longest_busy_gap.0),
            self.longest_busy_gap.1.name(),
            ms(self.longest_update),
            ms(self.finished_at.unwrap_or_else(Instant::now).duration_since(self.started)),
            spans.join(" ")
        );
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

impl eframe::App for Timed {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        let now = Instant::now();
        self.frame_started = now;
        self.frames += 1;
        if self.mode == Mode::FirstFrame {
            if self.frames == 2 {
                let since_epoch = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
                println!("MAILSETUP_BENCH first-frame-unix-ns={}", since_epoch.as_nanos());
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            // A second frame right away: it starts once the first is on screen.
            ctx.request_repaint();
            self.app.logic(ctx, frame);
            return;
        }

        if let Some((previous, work)) = self.last_frame
            && work != Work::Idle
        {
            self.busy_frames += 1;
            let gap = now.duration_since(previous);
            if gap > self.longest_busy_gap.0 {
                self.longest_busy_gap = (gap, work);
            }
        }
        self.app.logic(ctx, frame);
        if self.frames > 1 {
            self.drive(ctx);
        }
        let work = self.work();
        if work != Work::Idle {
            match self.spans.iter_mut().find(|(kind, ..)| *kind == work) {
                Some(span) => span.2 = now,
                None => self.spans.push((work, now, now)),
            }
        }
        self.last_frame = Some((now, work));
        // Keep frames coming so that idle moments between stages are timed too.
        ctx.request_repaint();
        if let Some(finished) = self.finished_at
            && finished.elapsed() > Duration::from_millis(300)
        {
            self.report(ctx);
        }
        if self.started.elapsed() > Duration::from_secs(60) {
            println!("MAILSETUP_BENCH failed: no end after 60 s, on page {:?}", self.app.page);
            self.report(ctx);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.app.ui(ui, frame);
        self.longest_update = self.longest_update.max(self.frame_started.elapsed());
    }
}
