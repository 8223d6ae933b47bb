//! The progress header (where the user is in the wizard) and the live
//! "running" row of a step list. Words and shapes carry the meaning; colour
//! only repeats it.

use super::Page;
use super::widgets::{Mark, busy_ui, mark_ui};
use crate::report::{Outcome, Step};
use egui::RichText;

/// One row naming every page: finished pages with a check mark, the current
/// one bold and underlined, later ones dimmed. Screen readers get the row as
/// one label, "Step 2 of 5: Sign in".
pub(super) fn progress_ui(ui: &mut egui::Ui, current: Page) {
    let response = ui
        .horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 6.0;
            for page in Page::ALL {
                let text = format!("{}. {}", page.number(), page.name());
                if page.number() < current.number() {
                    mark_ui(ui, Mark::Pass);
                    ui.label(text);
                } else if page == current {
                    ui.label(RichText::new(text).strong().underline());
                } else {
                    ui.label(RichText::new(text).weak());
                }
                ui.add_space(10.0);
            }
        })
        .response;
    let words = format!("Step {} of {}: {}", current.number(), Page::ALL.len(), current.name());
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

/// The row under a live step list: a spinner while the next step runs.
pub(super) fn next_step_running_ui(ui: &mut egui::Ui) {
    busy_ui(ui, "Running the next step…");
}
