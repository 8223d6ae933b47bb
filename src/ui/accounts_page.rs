//! The first page when Thunderbird is there: the accounts of its profile,
//! each with a plain status, and **Fix** for those that need it. Fix runs
//! the in-place switch with the account's own address, name and server
//! (no typing, no lookup): sign-in, checks, the switch and the hand-off,
//! then Done. **Add another account** leads to the address page.
//!
//! The statuses are the audit's (`mailsetup audit`'s judgement of the
//! profile, made on the worker); for the accounts it finds working, the
//! worker then asks the provider whether Thunderbird's saved sign-in still
//! works (`doctor`), and the line changes when it answers. Opened by
//! `mailsetup --fix-needed`, the page starts at the account that needs
//! fixing, says why, and has its Fix focused. Everything here is computed
//! when a result arrives, never per frame.

use super::app::{Page, ProfilesView, SandboxState, Session, WizardApp};
use super::widgets::{Mark, busy_ui, error_ui, heading_ui, mark_ui, name_widget, warning_ui};
use super::worker::{AttemptId, Command};
use crate::flow::{self, AccountOverview, ProfileAccounts, ProfileTarget, Run, SetupRequest, ThunderbirdGoal};
use crate::oauth::BrowserLauncher;
use crate::tr;
use crate::practice::PracticeProvider as _;
use crate::thunderbird::ProfileInfo;
use crate::tls::TrustStore;
use egui::{Button, RichText};
use std::path::PathBuf;

/// The accounts page's state.
#[derive(Default)]
pub(super) struct AccountsStage {
    /// The Thunderbird folder looked at, once known.
    pub root: Option<PathBuf>,
    pub profiles: ProfilesView,
    pub attempt: Option<AttemptId>,
    /// Which of the found profiles is shown (the default one first).
    pub shown: usize,
    /// Each found profile's accounts as the audit judged them, in the
    /// order of `profiles`.
    pub judged: Vec<Vec<AccountOverview>>,
    /// The shown profile's accounts with their statuses.
    pub overview: Vec<AccountOverview>,
    /// The accounts Fix switched in this window: (profile, account key).
    pub fixed: Vec<(PathBuf, String)>,
    /// Why the wizard opened at an account (`--fix-needed`): shown above
    /// the list, with that account's key, whose Fix gets the focus once.
    pub opened_for: Option<OpenedFor>,
    /// The saved-sign-in check in flight, and the profile it is for.
    pub doctor: Option<(AttemptId, PathBuf)>,
    /// Why the saved sign-ins could not be checked, if they could not.
    pub doctor_problem: Option<String>,
}

/// The account `--fix-needed` opened the wizard at.
pub(super) struct OpenedFor {
    pub account_key: String,
    pub words: String,
    pub focus_pending: bool,
}

impl AccountsStage {
    /// The profile shown, if any.
    pub fn shown_profile(&self) -> Option<&ProfileInfo> {
        match &self.profiles {
            ProfilesView::Found(profiles) => profiles.get(self.shown),
            _ => None,
        }
    }
}

impl WizardApp {
    /// Reads the profiles of `root` on the worker; the page shows them when
    /// they arrive, or moves on to the address page when there are none.
    pub(super) fn look_for_accounts(&mut self, root: PathBuf) {
        let attempt_id = self.next_attempt();
        let fixed = std::mem::take(&mut self.accounts.fixed);
        self.accounts =
            AccountsStage { root: Some(root.clone()), profiles: ProfilesView::Looking, attempt: Some(attempt_id), fixed, ..AccountsStage::default() };
        if !self.worker.send(Command::ReadAccounts { attempt_id, root }) {
            self.accounts.profiles = ProfilesView::Failed(tr!("wizard-worker-stopped"));
        }
    }

    /// The profiles arrived: show the default one, or go to the address
    /// page when there is no account to show.
    pub(super) fn accounts_found(&mut self, result: Result<Vec<ProfileAccounts>, String>) {
        self.accounts.attempt = None;
        let mut found = match result {
            Ok(found) => found,
            Err(why) => {
                self.accounts.profiles = ProfilesView::Failed(why);
                return;
            }
        };
        // The one Thunderbird opens first, then the others as listed.
        found.sort_by_key(|entry| !entry.profile.is_default);
        let any_accounts = found.iter().any(|entry| !entry.profile.accounts.is_empty());
        let mut shown = self.accounts.shown.min(found.len().saturating_sub(1));
        // Opened by --fix-needed: at the profile and account it named, once.
        if let Some(first) = self.options.fix_first.take()
            && let Some(index) = found.iter().position(|entry| entry.profile.path == first.profile)
            && let Some(account) = found[index].accounts.iter().find(|entry| entry.account.account_key == first.account_key)
        {
            shown = index;
            // The reason is the account's own line, right below.
            let words = if account.health.fix_provider().is_some() {
                tr!("accounts-opened-to-fix", address = account.shown_address())
            } else {
                tr!("accounts-opened-to-attend", address = account.shown_address())
            };
            self.accounts.opened_for = Some(OpenedFor { account_key: first.account_key, words, focus_pending: true });
        }
        let (profiles, judged) = found.into_iter().map(|entry| (entry.profile, entry.accounts)).unzip();
        self.accounts.profiles = ProfilesView::Found(profiles);
        self.accounts.judged = judged;
        self.show_profile(shown);
        if !any_accounts && self.page == Page::Accounts {
            self.set_page(Page::Address);
        }
    }

    /// Shows profile `index` and starts asking about its saved sign-ins.
    pub(super) fn show_profile(&mut self, index: usize) {
        self.accounts.shown = index;
        let Some(profile) = self.accounts.shown_profile().cloned() else {
            return;
        };
        self.accounts.overview = self.accounts.judged.get(index).cloned().unwrap_or_default();
        for entry in &mut self.accounts.overview {
            if self.accounts.fixed.iter().any(|(dir, key)| *dir == profile.path && *key == entry.account.account_key) {
                entry.health = entry.health.clone().after_fix();
            }
        }
        self.accounts.doctor_problem = None;
        let asks_provider = self.accounts.overview.iter().any(|entry| entry.health.awaits_provider());
        if !asks_provider {
            self.accounts.doctor = None;
            return;
        }
        let provider_file_plan = match (&self.sandbox, self.sandbox_mode) {
            (SandboxState::Ready(sandbox), true) => Some(sandbox.plan()),
            _ => None,
        };
        let trust = self.practice_trust().unwrap_or_else(TrustStore::system);
        let request = flow::DoctorRequest { profile_dir: profile.path.clone(), email: None, provider_file_plan, trust, deadlines: Default::default() };
        let attempt_id = self.next_attempt();
        if self.worker.send(Command::Doctor { attempt_id, request: Box::new(request) }) {
            self.accounts.doctor = Some((attempt_id, profile.path));
        }
    }

    /// `doctor` answered for the shown profile: each OAuth account's line
    /// now says what the provider said.
    pub(super) fn saved_sign_ins_checked(&mut self, result: Result<Vec<crate::report::Report>, String>) {
        self.accounts.doctor = None;
        match result {
            Ok(reports) => {
                for entry in &mut self.accounts.overview {
                    let address = entry.shown_address().to_owned();
                    if let Some(report) = reports.iter().find(|report| report.address.eq_ignore_ascii_case(&address)) {
                        entry.health = flow::health_from_doctor(entry, report);
                    }
                }
            }
            Err(why) => self.accounts.doctor_problem = Some(why),
        }
    }

    /// The sandbox's trust store in practice mode.
    pub(super) fn practice_trust(&self) -> Option<TrustStore> {
        match (&self.sandbox, self.sandbox_mode) {
            (SandboxState::Ready(sandbox), true) => Some(sandbox.trust()),
            _ => None,
        }
    }

    /// **Fix**: switch the account in place, with everything taken from the
    /// profile, and start at once with the sign-in.
    pub(super) fn fix_account(&mut self, index: usize) {
        let (Some(profile), Some(entry)) = (self.accounts.shown_profile(), self.accounts.overview.get(index)) else { return };
        let Some(provider) = entry.health.fix_provider() else { return };
        let profile_dir = profile.path.clone();
        let fix = match flow::fix_plan(&profile_dir, &entry.account, provider) {
            Ok(fix) => fix,
            Err(why) => {
                self.notice = Some(tr!("accounts-cannot-fix", why = why));
                return;
            }
        };
        let (plan, trust, browser) = match (&self.sandbox, self.sandbox_mode) {
            (SandboxState::Ready(sandbox), true) => {
                let browser = if self.form.approve_automatically { BrowserLauncher::Function(sandbox.automatic_browser()) } else { BrowserLauncher::System };
                (sandbox.plan(), sandbox.trust(), browser)
            }
            _ => (fix.plan, TrustStore::system(), BrowserLauncher::System),
        };
        let browser = self.options.browser.clone().unwrap_or(browser);
        self.form.email = fix.address.to_string();
        self.form.display_name = fix.display_name.clone();
        self.form.error = None;
        self.form.shared = fix.delegate.is_some();
        self.form.delegate = fix.delegate.as_ref().map(ToString::to_string).unwrap_or_default();
        let request = SetupRequest::new(fix.address, fix.display_name, plan, trust, browser, ProfileTarget::Directory(profile_dir))
            .with_sign_in_timeout(self.options.sign_in_timeout)
            .with_delegate(fix.delegate);
        let signs_in = request.plan.sign_in.mailsetup_signs_in();
        self.start_session(Session::new(Run::new(request, ThunderbirdGoal::SwitchInPlace(fix.target)), self.accounts.root.clone(), true));
        if signs_in {
            self.set_page(Page::SignIn);
            self.start_sign_in();
        } else {
            self.set_page(Page::Checks);
            self.start_checks();
        }
    }

    pub(super) fn accounts_page_ui(&mut self, ui: &mut egui::Ui) {
        heading_ui(ui, &tr!("accounts-heading"));
        let mut fix = None;
        let mut show = None;
        let mut shared_for = None;
        match &self.accounts.profiles {
            ProfilesView::NotLooked | ProfilesView::Looking => busy_ui(ui, &tr!("accounts-looking")),
            ProfilesView::Failed(why) => {
                error_ui(ui, &tr!("accounts-unreadable", why = why));
                ui.label(tr!("accounts-unreadable-hint"));
            }
            ProfilesView::Found(profiles) => {
                ui.label(tr!("accounts-intro"));
                if profiles.len() > 1 {
                    ui.add_space(4.0);
                    ui.horizontal_wrapped(|ui| {
                        let label = ui.label(tr!("accounts-profile"));
                        let shown = profiles.get(self.accounts.shown).map_or("", |profile| profile.name.as_str());
                        egui::ComboBox::from_id_salt("profile choice").selected_text(shown).show_ui(ui, |ui| {
                            for (index, profile) in profiles.iter().enumerate() {
                                let text = if profile.is_default { tr!("accounts-profile-opens-first", name = &profile.name) } else { profile.name.clone() };
                                if ui.selectable_label(index == self.accounts.shown, text).clicked() {
                                    show = Some(index);
                                }
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    });
                }
                if let Some(opened_for) = &self.accounts.opened_for {
                    ui.add_space(4.0);
                    warning_ui(ui, &opened_for.words);
                }
                ui.add_space(8.0);
                if self.accounts.overview.is_empty() {
                    ui.label(tr!("accounts-none-yet"));
                }
                let checking = self.accounts.doctor.is_some();
                for (index, entry) in self.accounts.overview.iter().enumerate() {
                    let mark = if entry.health.is_problem() {
                        Mark::Warn
                    } else if entry.health.works() {
                        Mark::Pass
                    } else {
                        Mark::Skip
                    };
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.horizontal(|ui| {
                            mark_ui(ui, mark);
                            ui.label(RichText::new(entry.shown_address()).strong());
                            if entry.health.fix_provider().is_some() {
                                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                                    let button = ui.add(Button::new(RichText::new(tr!("accounts-fix")).strong()).min_size(egui::vec2(80.0, 28.0)));
                                    name_widget(ui, &button, &tr!("accounts-fix-name", address = entry.shown_address()));
                                    // --fix-needed's account takes the focus once; otherwise the first Fix.
                                    let focus = match &mut self.accounts.opened_for {
                                        Some(opened) if opened.focus_pending && opened.account_key == entry.account.account_key => {
                                            opened.focus_pending = false;
                                            self.focus_primary = false;
                                            true
                                        }
                                        Some(_) => false,
                                        None => std::mem::take(&mut self.focus_primary),
                                    };
                                    if focus {
                                        button.request_focus();
                                    }
                                    if button.clicked() {
                                        fix = Some(index);
                                    }
                                });
                            }
                        });
                        ui.add(egui::Label::new(entry.health.words()).wrap());
                        if let Some(advice) = entry.health.advice() {
                            ui.add(egui::Label::new(RichText::new(advice).weak()).wrap());
                        }
                        if checking && entry.health.awaits_provider() {
                            busy_ui(ui, &tr!("accounts-asking-provider"));
                        }
                        // Someone with a Microsoft account may open shared
                        // mailboxes with it: start from their row.
                        if entry.signs_in_with_microsoft() {
                            let link = ui.link(tr!("accounts-add-shared"));
                            name_widget(ui, &link, &tr!("accounts-add-shared-name", address = entry.shown_address()));
                            if link.clicked() {
                                shared_for = Some(entry.shown_address().to_owned());
                            }
                        }
                    });
                    ui.add_space(4.0);
                }
                if let Some(problem) = &self.accounts.doctor_problem {
                    ui.label(RichText::new(tr!("accounts-not-checked", why = problem)).weak());
                }
            }
        }
        ui.add_space(12.0);
        self.sandbox_choice_ui(ui);
        if let Some(index) = show {
            self.show_profile(index);
        }
        if let Some(index) = fix {
            self.fix_account(index);
        }
        if let Some(delegate) = shared_for {
            self.add_shared_mailbox(delegate);
        }
    }

    /// "Add a shared mailbox you open with this account": the address page,
    /// with the shared-mailbox choice made and the account as who signs in.
    pub(super) fn add_shared_mailbox(&mut self, delegate: String) {
        self.add_another_account();
        self.form.email.clear();
        self.form.display_name.clear();
        self.form.shared = true;
        self.form.delegate = delegate;
        self.focus_primary = true;
    }

    /// **Add another account**: the address page, with a fresh form.
    pub(super) fn add_another_account(&mut self) {
        if self.session.as_ref().is_some_and(|session| session.fixing) {
            self.start_over();
            self.form.email.clear();
            self.form.display_name.clear();
        }
        self.set_page(Page::Address);
    }
}
