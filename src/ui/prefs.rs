//! What the wizard remembers between runs, and the look it starts with.
//!
//! Remembered, in `settings.json` in the configuration directory
//! (`~/.config/mailsetup/` on Linux): the window's size and the last address
//! typed on the first page (not the sandbox's), whether "Technical
//! details" was on, and the language chosen in the menu. Nothing else: never a token,
//! a code, a password, a half-finished setup or a plan. Read once before the
//! window opens and written once when it closes, so no frame waits on the
//! disk. Tests construct the wizard without [`Prefs`], so they read and write
//! nothing.
//!
//! The theme follows the operating system (egui's default, where the
//! platform reports one; otherwise dark). `MAILSETUP_THEME=light` or `dark`
//! overrides it, for screenshots and for desktops that report nothing.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The remembered settings. Unknown or missing fields fall back to defaults.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// The window's inner size in points, when it was last closed.
    pub window_size: Option<[f32; 2]>,
    /// The last address typed on the first page.
    pub last_address: Option<String>,
    /// The "Technical details" switch was on.
    pub technical_details: bool,
    /// The language chosen in the wizard's menu (a tag, `de`); `None`
    /// follows the system.
    pub language: Option<String>,
}

/// The language the wizard's menu chose last time, if any.
pub fn remembered_language() -> Option<String> {
    Prefs::load().language
}

/// Where the settings live, or `None` without a home directory.
pub fn path() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "mailsetup", "mailsetup").map(|dirs| dirs.config_dir().join("settings.json"))
}

impl Prefs {
    /// The saved settings, or defaults when there are none or they do not parse.
    pub fn load() -> Self {
        path().and_then(|path| std::fs::read(path).ok()).and_then(|bytes| serde_json::from_slice(&bytes).ok()).unwrap_or_default()
    }

    /// Writes the settings (temporary file, then rename). Failing to save is
    /// not worth bothering the user with; it is logged.
    pub fn save(&self) {
        let Some(path) = path() else { return };
        let result = (|| -> std::io::Result<()> {
            let dir = path.parent().ok_or(std::io::ErrorKind::NotFound)?;
            std::fs::create_dir_all(dir)?;
            let temporary = path.with_extension("json.tmp");
            std::fs::write(&temporary, serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?)?;
            std::fs::rename(&temporary, &path)
        })();
        if let Err(error) = result {
            tracing::warn!(%error, path = %path.display(), "could not save the window settings");
        }
    }

    /// The size to open the window with: the remembered one within sane
    /// bounds, else `default`.
    pub fn window_size_or(&self, default: [f32; 2], min: [f32; 2]) -> [f32; 2] {
        match self.window_size {
            Some([width, height]) if width.is_finite() && height.is_finite() => [width.clamp(min[0], 4000.0), height.clamp(min[1], 3000.0)],
            _ => default,
        }
    }
}

/// The theme `MAILSETUP_THEME` asks for, if any.
pub fn theme_override() -> Option<egui::ThemePreference> {
    match std::env::var("MAILSETUP_THEME").ok()?.to_ascii_lowercase().as_str() {
        "light" => Some(egui::ThemePreference::Light),
        "dark" => Some(egui::ThemePreference::Dark),
        "system" => Some(egui::ThemePreference::System),
        _ => None,
    }
}

impl super::WizardApp {
    /// Takes the remembered settings from the options: the last address goes
    /// into the first page's field (not in practice mode).
    pub(super) fn restore_prefs(&mut self) {
        let Some(prefs) = self.options.remembered.clone() else { return };
        if !self.options.sandbox
            && let Some(address) = &prefs.last_address
        {
            self.form.email = address.clone();
        }
        self.technical = prefs.technical_details;
        self.remembered = Some(prefs);
    }

    /// Notes the window's size for saving (no I/O; every frame).
    pub(super) fn remember_window(&mut self, ctx: &egui::Context) {
        if let Some(prefs) = &mut self.remembered
            && let Some(rect) = ctx.input(|input| input.viewport().inner_rect)
        {
            prefs.window_size = Some([rect.width(), rect.height()]);
        }
    }

    /// Saves the window size and the last real address (on exit).
    pub(super) fn save_prefs(&mut self) {
        let Some(mut prefs) = self.remembered.take() else { return };
        let typed = self.form.email.trim();
        if !self.sandbox_mode && crate::address::EmailAddress::parse(typed).is_ok() {
            prefs.last_address = Some(typed.to_owned());
        }
        prefs.technical_details = self.technical;
        prefs.language = self.chosen_language.clone().or(prefs.language);
        prefs.save();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_hold_only_the_window_size_the_address_the_details_switch_and_the_language() {
        let prefs = Prefs { window_size: Some([800.0, 600.0]), last_address: Some("alice@example.com".into()), technical_details: true, language: Some("de".into()) };
        let json = serde_json::to_string(&prefs).unwrap();
        assert_eq!(json, r#"{"window_size":[800.0,600.0],"last_address":"alice@example.com","technical_details":true,"language":"de"}"#);
        assert_eq!(serde_json::from_str::<Prefs>(&json).unwrap(), prefs);
        // Older or foreign files still load.
        assert_eq!(serde_json::from_str::<Prefs>(r#"{"other":1}"#).unwrap(), Prefs::default());
    }

    #[test]
    fn a_remembered_size_is_kept_within_bounds() {
        let prefs = Prefs { window_size: Some([100.0, 9000.0]), ..Prefs::default() };
        assert_eq!(prefs.window_size_or([760.0, 620.0], [520.0, 420.0]), [520.0, 3000.0]);
        assert_eq!(Prefs::default().window_size_or([760.0, 620.0], [520.0, 420.0]), [760.0, 620.0]);
        let broken = Prefs { window_size: Some([f32::NAN, 500.0]), ..Prefs::default() };
        assert_eq!(broken.window_size_or([760.0, 620.0], [520.0, 420.0]), [760.0, 620.0]);
    }
}
