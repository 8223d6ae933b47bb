//! Small drawing helpers shared by the pages: step rows, notes, the sandbox
//! banner. Results are always words plus an icon, never colour alone.

use crate::report::{Outcome, Step};
use egui::{Color32, RichText};
use std::time::Duration;

/// Green that reads on both light and dark backgrounds.
fn pass_color(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode { Color32::from_rgb(0x7d, 0xd8, 0x82) } else { Color32::from_rgb(0x1b, 0x6e, 0x20) }
}

/// The icon and word for an outcome, and its colour.
pub(super) fn outcome_mark(ui: &egui::Ui, outcome: Outcome) -> (&'static str, &'static str, Color32) {
    match outcome {
        Outcome::Passed => ("✔", "Passed", pass_color(ui)),
        Outcome::Failed => ("✖", "FAILED", ui.visuals().error_fg_color),
        Outcome::Skipped => ("➖", "Skipped", ui.visuals().weak_text_color()),
    }
}

/// "12 ms of 10 s allowed", or just the duration when the step had no deadline.
pub(super) fn timing_text(step: &Step) -> String {
    let took = format_duration(step.duration);
    if step.deadline.is_zero() { took } else { format!("{took} of {} s allowed", step.deadline.as_secs()) }
}

fn format_duration(duration: Duration) -> String {
    let millis = duration.as_millis();
    if millis < 10_000 { format!("{millis} ms") } else { format!("{:.1} s", duration.as_secs_f32()) }
}

/// One finished step: result, title, timing, our words, the server's words.
pub(super) fn step_ui(ui: &mut egui::Ui, step: &Step) {
    let (icon, word, color) = outcome_mark(ui, step.outcome);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{icon} {word}")).color(color).strong());
        ui.label(RichText::new(&step.title).strong());
        if step.outcome != Outcome::Skipped {
            ui.label(RichText::new(timing_text(step)).weak());
        }
    });
    ui.indent(("step detail", &step.id), |ui| {
        ui.label(&step.detail);
        if let Some(words) = &step.server_says {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new("Server said:").weak());
                ui.label(RichText::new(words).monospace());
            });
        }
    });
    ui.add_space(4.0);
}

/// A warning line: icon, the word "Warning", then the text.
pub(super) fn warning_ui(ui: &mut egui::Ui, text: &str) {
    let color = ui.visuals().warn_fg_color;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("⚠ Warning:").color(color).strong());
        ui.label(text);
    });
}

/// An error line: icon, then the text in plain words.
pub(super) fn error_ui(ui: &mut egui::Ui, text: &str) {
    let color = ui.visuals().error_fg_color;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("✖").color(color).strong());
        ui.label(RichText::new(text).color(color));
    });
}

/// A success line: icon, then the text.
pub(super) fn success_ui(ui: &mut egui::Ui, text: &str) {
    let color = pass_color(ui);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("✔ {text}")).color(color).strong());
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
    ui.ctx().accesskit_node_builder(response.id, |node| node.set_role(egui::accesskit::Role::Heading));
    ui.add_space(4.0);
    response
}

/// The practice-mode banner, impossible to miss.
pub(super) fn sandbox_banner_ui(ui: &mut egui::Ui) {
    let (fill, text) = if ui.visuals().dark_mode {
        (Color32::from_rgb(0x5c, 0x40, 0x00), Color32::from_rgb(0xff, 0xe0, 0x8a))
    } else {
        (Color32::from_rgb(0xff, 0xec, 0xb3), Color32::from_rgb(0x4a, 0x33, 0x00))
    };
    egui::Frame::new().fill(fill).corner_radius(4.0).inner_margin(egui::Margin::symmetric(10, 6)).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new("Sandbox — practice mode, nothing leaves this computer").color(text).strong());
    });
}

/// "4:05" for a countdown.
pub(super) fn format_countdown(remaining: Duration) -> String {
    let seconds = remaining.as_secs();
    format!("{}:{:02}", seconds / 60, seconds % 60)
}
