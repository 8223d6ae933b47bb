//! Keyboard operation beyond egui's own (Tab and Shift+Tab move the focus in
//! reading order; Enter or Space press the focused button; Enter in a field
//! of the first page is Next).
//!
//! Esc stops what runs (the sign-in wait, the checks), as Cancel does, and
//! otherwise goes back one page, as Back does. It never closes the window
//! and never interrupts a write to Thunderbird. On the first page it is left
//! to the text fields.

use super::Page;
use super::app::WizardApp;
use egui::{Key, Modifiers};

impl WizardApp {
    /// Handles the wizard's own keys; called at the start of every frame.
    pub(super) fn keyboard_shortcuts(&mut self, ctx: &egui::Context) {
        if self.page == Page::Address || self.thunderbird.writing.is_some() {
            return;
        }
        if !ctx.input_mut(|input| input.consume_key(Modifiers::NONE, Key::Escape)) {
            return;
        }
        let running = match self.page {
            Page::SignIn => self.sign_in.running.is_some(),
            Page::Checks => self.checks.running.is_some(),
            _ => false,
        };
        if running {
            self.cancel(ctx);
        } else {
            self.go_back();
        }
    }
}
