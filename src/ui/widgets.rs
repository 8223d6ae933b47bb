//! Small drawing helpers shared by the pages: step rows, notes, the sandbox
//! banner. Results are always words plus an icon, never colour alone.
//!
//! The icons are painted, not typed: eframe's default fonts (without the
//! emoji fonts) have no check mark or warning sign, and a missing glyph
//! would show as a box.

use crate::report::{Outcome, Step};
use crate::tr;
use crate::troubleshoot::Diagnosis;
use egui::{Color32, RichText};
use std::time::Duration;

/// Green that reads on both light and dark backgrounds (see `theme`).
fn pass_color(ui: &egui::Ui) -> Color32 {
    super::theme::pass_color(ui.visuals())
}

/// The kinds of painted icon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mark {
    Pass,
    Fail,
    Skip,
    Warn,
}

impl Mark {
    fn color(self, ui: &egui::Ui) -> Color32 {
        match self {
            Mark::Pass => pass_color(ui),
            Mark::Fail => super::theme::fail_color(ui.visuals()),
            Mark::Skip => super::theme::skip_color(ui.visuals()),
            Mark::Warn => super::theme::warn_color(ui.visuals()),
        }
    }
}

/// Paints a small round (or, for warnings, triangular) icon inline with text.
/// It is decoration: the words next to it carry the meaning.
pub(super) fn mark_ui(ui: &mut egui::Ui, mark: Mark) {
    let size = ui.text_style_height(&egui::TextStyle::Body);
    let (rect, _response) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    let painter = ui.painter();
    let center = rect.center();
    let radius = size * 0.45;
    let color = mark.color(ui);
    let ink = super::theme::icon_ink(ui.visuals());
    let stroke = egui::Stroke::new((size * 0.12).max(1.5), ink);
    let at = |x: f32, y: f32| center + egui::vec2(x * radius, y * radius);
    match mark {
        Mark::Pass => {
            painter.circle_filled(center, radius, color);
            painter.line_segment([at(-0.5, 0.0), at(-0.12, 0.4)], stroke);
            painter.line_segment([at(-0.12, 0.4), at(0.5, -0.38)], stroke);
        }
        Mark::Fail => {
            painter.circle_filled(center, radius, color);
            painter.line_segment([at(-0.4, -0.4), at(0.4, 0.4)], stroke);
            painter.line_segment([at(-0.4, 0.4), at(0.4, -0.4)], stroke);
        }
        Mark::Skip => {
            painter.circle_filled(center, radius, color);
            painter.line_segment([at(-0.5, 0.0), at(0.5, 0.0)], stroke);
        }
        Mark::Warn => {
            let triangle = vec![at(0.0, -1.05), at(1.0, 0.85), at(-1.0, 0.85)];
            painter.add(egui::Shape::convex_polygon(triangle, color, egui::Stroke::NONE));
            painter.line_segment([at(0.0, -0.45), at(0.0, 0.25)], stroke);
            painter.circle_filled(at(0.0, 0.55), stroke.width * 0.6, ink);
        }
    }
}

/// The icon and word for an outcome, and its colour.
pub(super) fn outcome_mark(ui: &egui::Ui, outcome: Outcome) -> (Mark, String, Color32) {
    let (mark, word) = match outcome {
        Outcome::Passed => (Mark::Pass, tr!("step-passed")),
        Outcome::Failed => (Mark::Fail, tr!("step-failed")),
        Outcome::Skipped => (Mark::Skip, tr!("step-skipped")),
    };
    (mark, word, mark.color(ui))
}

/// "12 ms of 10 s allowed", or just the duration when the step had no deadline.
pub(super) fn timing_text(step: &Step) -> String {
    let took = format_duration(step.duration);
    if step.deadline.is_zero() { took } else { tr!("step-timing", took = took, deadline = step.deadline.as_secs()) }
}

fn format_duration(duration: Duration) -> String {
    let millis = duration.as_millis();
    if millis < 10_000 { format!("{millis} ms") } else { format!("{:.1} s", duration.as_secs_f32()) }
}

/// One finished step: result, title and timing on one line; below, folded
/// unless it failed, our words, the server's words and the diagnosis card.
pub(super) fn step_ui(ui: &mut egui::Ui, step: &Step) {
    let (mark, word, color) = outcome_mark(ui, step.outcome);
    ui.horizontal_wrapped(|ui| {
        mark_ui(ui, mark);
        ui.label(RichText::new(word).color(color).strong());
        ui.label(RichText::new(&step.title).strong());
        if step.outcome != Outcome::Skipped {
            ui.label(RichText::new(timing_text(step)).weak());
        }
    });
    // The detail folds away for steps that passed; a failure shows it open.
    // Named for its step and protocol: the IMAP and SMTP checks share titles.
    let details = egui::CollapsingHeader::new(tr!("step-details", title = &step.title, phase = step.phase.in_words()))
        .id_salt(("step detail", &step.id))
        .default_open(step.outcome == Outcome::Failed);
    details.show(ui, |ui| {
        ui.label(&step.detail);
        if let Some(words) = &step.server_says {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(tr!("step-server-said")).weak());
                ui.label(RichText::new(words).monospace());
            });
        }
        if let Some(diagnosis) = &step.diagnosis {
            diagnosis_ui(ui, diagnosis);
        }
    });
    ui.add_space(4.0);
}

/// The explanation of a failed step, as a card: what happened, what the
/// user can do, what an administrator must do.
pub(super) fn diagnosis_ui(ui: &mut egui::Ui, diagnosis: &Diagnosis) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            mark_ui(ui, Mark::Warn);
            ui.label(RichText::new(&diagnosis.title).strong());
            ui.label(RichText::new(format!("[{}]", diagnosis.id)).weak());
        });
        let rows = [
            (tr!("diagnosis-what-happened"), &diagnosis.what_happened),
            (tr!("diagnosis-user-can-do"), &diagnosis.user_can_do),
            (tr!("diagnosis-admin-must-do"), &diagnosis.admin_must_do),
        ];
        for (heading, text) in rows {
            if !text.is_empty() {
                ui.label(RichText::new(heading).strong());
                ui.label(text.as_str());
            }
        }
    });
}

/// A warning line: icon, the word "Warning", then the text.
pub(super) fn warning_ui(ui: &mut egui::Ui, text: &str) {
    let color = Mark::Warn.color(ui);
    ui.horizontal_wrapped(|ui| {
        mark_ui(ui, Mark::Warn);
        ui.label(RichText::new(tr!("warning-prefix")).color(color).strong());
        ui.label(text);
    });
}

/// An error line: icon, then the text in plain words. Screen readers
/// announce it as soon as it appears (an assertive live region). Returns
/// the text's response, so a field can point at it.
pub(super) fn error_ui(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let color = Mark::Fail.color(ui);
    ui.horizontal_wrapped(|ui| {
        mark_ui(ui, Mark::Fail);
        let label = ui.add(egui::Label::new(RichText::new(text).color(color)).wrap());
        announce(ui, &label, egui::accesskit::Live::Assertive);
        label
    })
    .inner
}

/// Makes `response` a live region: screen readers read it out when it
/// appears or changes, without moving the focus.
pub(super) fn announce(ui: &egui::Ui, response: &egui::Response, live: egui::accesskit::Live) {
    ui.ctx().accesskit_node_builder(response.id, |node| node.set_live(live));
}

/// Gives a control the accessible name `name` (for repeated controls whose
/// visible text, "Fix" or "Details", does not say what they belong to).
pub(super) fn name_widget(ui: &egui::Ui, response: &egui::Response, name: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| node.set_label(name));
}

/// Ties `field` to the text `error` that explains its error, so a screen
/// reader reads the error with the field: as its description (what AT-SPI
/// carries) and as the node that describes it (for the other platforms).
pub(super) fn describe_with(ui: &egui::Ui, field: egui::Id, shown: &egui::Response, error: &str) {
    let shown = shown.id.accesskit_id();
    ui.ctx().accesskit_node_builder(field, |node| {
        node.push_described_by(shown);
        node.set_description(error);
    });
}

/// A success line: icon, then the text, announced politely.
pub(super) fn success_ui(ui: &mut egui::Ui, text: &str) {
    let color = Mark::Pass.color(ui);
    ui.horizontal_wrapped(|ui| {
        mark_ui(ui, Mark::Pass);
        let label = ui.add(egui::Label::new(RichText::new(text).color(color).strong()).wrap());
        announce(ui, &label, egui::accesskit::Live::Polite);
    });
}

/// A spinner with words saying what is awaited.
pub(super) fn busy_ui(ui: &mut egui::Ui, text: &str) {
    ui.horizontal(|ui| {
        ui.spinner();
        ui.label(text);
    });
}

/// Marks `response` as a heading for screen readers.
pub(super) fn heading_ui(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let response = ui.heading(text);
    // A heading's name is its label; a plain label's text sits in its value.
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(egui::accesskit::Role::Heading);
        node.set_label(text);
        node.clear_value();
    });
    ui.add_space(4.0);
    response
}

/// The practice-mode banner, impossible to miss.
pub(super) fn sandbox_banner_ui(ui: &mut egui::Ui) {
    let (fill, text) = super::theme::sandbox_banner_colors(ui.visuals());
    egui::Frame::new().fill(fill).corner_radius(4.0).inner_margin(egui::Margin::symmetric(10, 6)).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(tr!("sandbox-banner")).color(text).strong());
    });
}

/// "4:05" for a countdown.
pub(super) fn format_countdown(remaining: Duration) -> String {
    let seconds = remaining.as_secs();
    format!("{}:{:02}", seconds / 60, seconds % 60)
}
