//! The progress header (where the user is in the wizard) and the live
//! "running" row of a step list. Words and shapes carry the meaning; colour
//! only repeats it.

use super::Page;
use crate::tr;
use super::widgets::{Mark, busy_ui, mark_ui};
use crate::report::{Outcome, Step, StepId};
use egui::RichText;
use std::time::Instant;

/// How a stage of the header stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum HeaderMark {
    NotYet,
    Passed,
    Failed,
    Skipped,
    /// Cancelled by the user.
    Stopped,
}

impl HeaderMark {
    /// How the stage ended, as a word after its name ("done", "failed").
    fn state(self) -> Option<&'static str> {
        match self {
            HeaderMark::NotYet => None,
            HeaderMark::Passed => Some("done"),
            HeaderMark::Failed => Some("failed"),
            HeaderMark::Skipped => Some("skipped"),
            HeaderMark::Stopped => Some("stopped"),
        }
    }
}

/// One row naming every stage: each with how it ended (a mark and a word,
/// never a tick after a failure), the current one bold and underlined.
/// Screen readers get the row as one label, "Step 3 of 5: Check; Sign in
/// done, Check failed".
pub(super) fn progress_ui(ui: &mut egui::Ui, current: Page, marks: &[HeaderMark; 5]) {
    let response = ui
        .horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 6.0;
            for (page, mark) in Page::ALL.iter().zip(marks) {
                let text = tr!("header-stage", number = page.number(), stage = page.name());
                let is_current = page.number() == current.number();
                match mark {
                    HeaderMark::Passed => mark_ui(ui, Mark::Pass),
                    HeaderMark::Failed => mark_ui(ui, Mark::Fail),
                    HeaderMark::Skipped | HeaderMark::Stopped => mark_ui(ui, Mark::Skip),
                    HeaderMark::NotYet => {}
                }
                let text = match mark.state().filter(|_| *mark != HeaderMark::Passed) {
                    Some(state) => tr!("header-stage-shown-ended", stage = text, state = state),
                    None => text,
                };
                if is_current {
                    ui.label(RichText::new(text).strong().underline());
                } else if *mark == HeaderMark::NotYet {
                    ui.label(RichText::new(text).weak());
                } else {
                    ui.label(text);
                }
                ui.add_space(10.0);
            }
        })
        .response;
    let ended: Vec<String> = Page::ALL
        .iter()
        .zip(marks)
        .filter_map(|(page, mark)| mark.state().map(|state| tr!("header-stage-ended", stage = page.name(), state = state)))
        .collect();
    let step = tr!("header-step", number = current.number(), count = Page::ALL.len(), stage = current.name());
    let words = if ended.is_empty() { step } else { tr!("header-step-and-ended", step = step, ended = ended.join(", ")) };
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(egui::accesskit::Role::Navigation);
        node.set_label(words);
    });
}

/// True when a protocol's steps have ended: one failed, or its last step
/// (`last_id`) arrived.
pub(super) fn protocol_finished(steps: &[&Step], last_id: crate::step::StepId) -> bool {
    steps.iter().any(|step| step.outcome == Outcome::Failed || step.id == last_id)
}

/// A check step the wizard is waiting on, and since when (the moment its
/// start reached the UI: the seconds shown are the user's own wait).
pub(super) struct StepWait {
    pub step: crate::probe::StepStarted,
    pub since: Instant,
}

impl StepWait {
    /// "Waiting for the incoming mail server to answer (3 s of 8 s)". The
    /// count never passes the deadline: by then the diagnosis is on its way.
    pub fn words(&self, now: Instant) -> String {
        let deadline = self.step.deadline.as_secs();
        let waited = now.saturating_duration_since(self.since).as_secs().min(deadline);
        tr!("progress-waiting", what = &self.step.waiting_for, waited = waited, deadline = deadline)
    }
}

/// The row under a live step list: a spinner while the next step runs,
/// saying what it waits for once the protocol whose last step is `last_id`
/// has announced it (`waiting` holds what each protocol waits on).
pub(super) fn next_step_running_ui(ui: &mut egui::Ui, waiting: &[StepWait], last_id: StepId) {
    let protocol = |id: StepId| id.as_str().split('.').next().unwrap_or_default();
    match waiting.iter().find(|wait| protocol(wait.step.id) == protocol(last_id)) {
        // The spinner repaints every frame, so the seconds count on by themselves.
        Some(wait) => busy_ui(ui, &wait.words(Instant::now())),
        None => busy_ui(ui, &tr!("progress-next-step")),
    }
}

#[cfg(test)]
mod tests {
    use super::StepWait;
    use crate::probe::{StepStarted, waiting_for};
    use crate::report::{Phase, StepId};
    use std::time::{Duration, Instant};

    #[test]
    fn the_waiting_row_says_what_it_waits_for_and_never_counts_past_the_deadline() {
        let since = Instant::now();
        let step = StepStarted {
            phase: Phase::Imap,
            id: StepId::ImapTls,
            title: "Secure the connection (TLS)".to_owned(),
            waiting_for: waiting_for(StepId::ImapTls),
            deadline: Duration::from_secs(8),
        };
        let wait = StepWait { step, since };
        assert_eq!(wait.words(since + Duration::from_millis(3400)), "Waiting for the incoming mail server to set up a secure connection (3 s of 8 s)");
        assert_eq!(wait.words(since + Duration::from_secs(30)), "Waiting for the incoming mail server to set up a secure connection (8 s of 8 s)");
    }
}
