//! Drawing the wizard: the frame (title, progress, sandbox banner, buttons)
//! and one function per page. Pages only read state and call the actions of
//! [`WizardApp`]; nothing here blocks.

use crate::flow::{Stage, StageState};
use super::progress::HeaderMark;
use super::app::{Page, ProfilesView, SandboxState, StageEnd, WizardApp};
use super::widgets::{busy_ui, error_ui, format_countdown, heading_ui, sandbox_banner_ui, step_ui, success_ui, warning_ui};
use crate::address::EmailAddress;
use crate::flow;
use crate::provider::PlanSource;
use crate::provider::discovery::describe_sign_in;
use crate::report::{StepId, Outcome, Phase};
use crate::thunderbird::SocketType;
use crate::tr;
use egui::{Align, Button, Layout, RichText, TextEdit};
use std::time::Duration;

/// Width of the labels column in the forms and summaries.
const LABEL_COLUMN_WIDTH: f32 = 150.0;

impl WizardApp {
    /// Title, progress line and banner on top; then the page and, under
    /// it, the buttons, all in one panel so that Tab goes through the page
    /// first (reading order) and the buttons last.
    pub(super) fn frame_ui(&mut self, ui: &mut egui::Ui) {
        // The window's accessible name, as screen readers announce it.
        ui.ctx().accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(super::WINDOW_TITLE));
        let marks = self.header_marks();
        egui::Panel::top("wizard header").show(ui, |ui| {
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                ui.label(RichText::new(super::WINDOW_TITLE).size(22.0).strong());
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| self.language_menu_ui(ui));
            });
            ui.add_space(2.0);
            super::progress::progress_ui(ui, self.page, &marks);
            if self.sandbox_mode {
                ui.add_space(4.0);
                sandbox_banner_ui(ui);
            }
            ui.add_space(6.0);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            // The button row, and the close question above it when asked.
            let rows = if self.close_asked { 2.0 } else { 1.0 };
            let buttons_height = rows * (ui.spacing().interact_size.y + ui.spacing().item_spacing.y) + 20.0;
            let page_height = (ui.available_height() - buttons_height).max(80.0);
            egui::ScrollArea::vertical().auto_shrink([false, false]).max_height(page_height).show(ui, |ui| {
                ui.add_space(4.0);
                match self.page {
                    Page::Accounts => self.accounts_page_ui(ui),
                    Page::Address => self.address_page_ui(ui),
                    Page::SignIn => self.sign_in_page_ui(ui),
                    Page::Checks => self.checks_page_ui(ui),
                    Page::Thunderbird => self.thunderbird_page_ui(ui),
                    Page::Done => self.done_page_ui(ui),
                }
            });
            ui.separator();
            self.buttons_ui(ui);
        });
    }

    /// How each stage of the header ended, from the run.
    fn header_marks(&self) -> [HeaderMark; 5] {
        let of = |stage: Stage| match self.session.as_ref().map(|session| session.run().state(stage)) {
            Some(StageState::Passed) => HeaderMark::Passed,
            Some(StageState::Failed) => HeaderMark::Failed,
            Some(StageState::Skipped) => HeaderMark::Skipped,
            Some(StageState::Cancelled) => HeaderMark::Stopped,
            Some(StageState::Pending) | None => HeaderMark::NotYet,
        };
        let account = if self.session.is_some() { HeaderMark::Passed } else { HeaderMark::NotYet };
        let done = if self.page == Page::Done { HeaderMark::Passed } else { HeaderMark::NotYet };
        let mut marks = [account, of(Stage::SignIn), of(Stage::Checks), of(Stage::Thunderbird), done];
        // The run calls a stage that cannot run *yet* skipped; the header
        // says "skipped" only once it is so: after an earlier failure, or
        // when the user has gone past it.
        let mut earlier_failed = false;
        for (page, mark) in Page::ALL.iter().zip(marks.iter_mut()) {
            if *mark == HeaderMark::Skipped && !earlier_failed && self.page.number() <= page.number() {
                *mark = HeaderMark::NotYet;
            }
            earlier_failed |= matches!(mark, HeaderMark::Failed | HeaderMark::Stopped);
        }
        marks
    }

    /// The technical-details switch and Back and Cancel on the left, the
    /// page's main button on the right. After the account is written,
    /// nothing here says "cancel": what was written stays.
    fn buttons_ui(&mut self, ui: &mut egui::Ui) {
        if self.close_asked && matches!(self.page, Page::Accounts | Page::Address) {
            ui.horizontal_wrapped(|ui| {
                let question = ui.label(RichText::new(tr!("close-question")).strong());
                super::widgets::announce(ui, &question, egui::accesskit::Live::Assertive);
                if ui.button(tr!("close-confirm")).clicked() {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
                let stay = ui.button(tr!("close-stay"));
                if std::mem::take(&mut self.focus_primary) {
                    stay.request_focus();
                }
                if stay.clicked() {
                    self.close_asked = false;
                    self.focus_primary = true;
                }
            });
        }
        ui.horizontal(|ui| {
            let technical = ui
                .checkbox(&mut self.technical, tr!("nav-technical-details"))
                .on_hover_text(tr!("nav-technical-details-hint"));
            if technical.changed() {
                self.notice = None;
            }
            let writing = self.thunderbird.writing.is_some();
            // Nothing lies before the first page.
            let on_first_page = self.page == Page::Accounts || self.page == Page::Address && self.first_page() == Page::Address;
            let back_enabled = !on_first_page && !writing;
            if ui.add_enabled(back_enabled, Button::new(tr!("nav-back"))).clicked() {
                self.go_back();
            }
            let written = self.account_written();
            let cancel_text = if written { tr!("nav-start-over") } else { tr!("nav-cancel") };
            let cancel_hint = self.cancel_hint();
            // Writing takes a moment and must not be interrupted half-way.
            if !(written && self.page == Page::Done) && ui.add_enabled(!writing, Button::new(cancel_text)).on_hover_text(cancel_hint).clicked() {
                if written {
                    self.start_over();
                } else {
                    let asked = self.close_asked;
                    self.cancel(ui.ctx());
                    if self.close_asked && !asked {
                        self.focus_primary = true;
                    }
                }
            }
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                let (text, hint) = match self.page {
                    Page::Done => (tr!("nav-close"), tr!("nav-close-hint")),
                    Page::Checks if self.stage_end(Stage::Checks) == Some(StageEnd::Failed) => (tr!("nav-see-report"), tr!("nav-see-report-hint")),
                    Page::Accounts => (tr!("nav-add-account"), tr!("nav-add-account-hint")),
                    _ => (tr!("nav-next"), tr!("nav-next-hint")),
                };
                let enabled = self.can_go_next();
                let next = ui.add_enabled(enabled, Button::new(RichText::new(text).strong()).min_size(egui::vec2(90.0, 0.0))).on_hover_text(hint);
                if enabled && matches!(self.page, Page::Checks | Page::Thunderbird | Page::Done) && std::mem::take(&mut self.focus_primary) {
                    next.request_focus();
                }
                if next.clicked() {
                    self.go_next(ui.ctx());
                }
                if let Some(notice) = &self.notice {
                    let notice = ui.add(egui::Label::new(RichText::new(notice).weak()).wrap());
                    super::widgets::announce(ui, &notice, egui::accesskit::Live::Polite);
                }
            });
        });
    }

    /// The language menu: each language by its own name. A choice applies
    /// at once and is remembered for the next start.
    fn language_menu_ui(&mut self, ui: &mut egui::Ui) {
        let current = crate::i18n::current_tag();
        let mut chosen = None;
        // Right to left: the menu first, then its label on its left.
        let menu = egui::ComboBox::from_id_salt("language menu").selected_text(crate::i18n::own_name(&current)).show_ui(ui, |ui| {
            for language in crate::i18n::available() {
                let tag = language.to_string();
                if ui.selectable_label(tag == current, crate::i18n::own_name(&tag)).clicked() {
                    chosen = Some((language, tag));
                }
            }
        });
        let label = ui.label(tr!("language-menu"));
        menu.response.labelled_by(label.id);
        // Open, it names 日本語 in Japanese: that needs the CJK font.
        if menu.inner.is_some() {
            super::fonts::add_cjk_font(ui.ctx(), &mut self.cjk_font);
        }
        if let Some((language, tag)) = chosen
            && tag != current
        {
            crate::i18n::set_language(&language);
            self.chosen_language = Some(tag);
            // The account lines were worded on the worker: word them again.
            if self.page == Page::Accounts
                && let Some(root) = self.accounts.root.clone()
            {
                self.look_for_accounts_again(root);
            }
        }
    }

    /// Practice mode, offered or left: on the first pages.
    pub(super) fn sandbox_choice_ui(&mut self, ui: &mut egui::Ui) {
        ui.add_space(16.0);
        ui.separator();
        if self.sandbox_mode {
            match &self.sandbox {
                SandboxState::Starting => busy_ui(ui, &tr!("sandbox-starting")),
                SandboxState::Failed(why) => {
                    error_ui(ui, why);
                }
                SandboxState::Ready(_) => {
                    ui.label(tr!("sandbox-explained"));
                    ui.checkbox(&mut self.form.approve_automatically, tr!("sandbox-approve-automatically"));
                }
                SandboxState::Off => {}
            }
            if ui.link(tr!("sandbox-leave")).clicked() {
                self.leave_sandbox();
            }
        } else {
            ui.label(tr!("sandbox-offer"));
            if ui.link(tr!("sandbox-try")).clicked() {
                self.enter_sandbox();
            }
        }
    }

    fn address_page_ui(&mut self, ui: &mut egui::Ui) {
        heading_ui(ui, &tr!("address-heading"));
        ui.label(tr!("address-intro"));
        ui.add_space(10.0);

        let mut submit = false;
        let mut email_id = None;
        egui::Grid::new("address form").num_columns(2).spacing([12.0, 8.0]).show(ui, |ui| {
            let label = ui.add_sized([LABEL_COLUMN_WIDTH, 20.0], egui::Label::new(tr!("address-email")));
            let email = ui
                .add(TextEdit::singleline(&mut self.form.email).hint_text(tr!("address-email-example")).desired_width(320.0))
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_primary) {
                email.request_focus();
            }
            email_id = Some(email.id);
            if email.changed() {
                self.form.choice_needed = false;
                self.address_changed();
            }
            if email.changed() && self.form.error.is_some() {
                // Once an error shows, keep it current while the user fixes the address.
                self.form.error = EmailAddress::parse(&self.form.email).err().map(|error| error.to_string());
            }
            submit |= email.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
            ui.end_row();

            let label = ui.add_sized([LABEL_COLUMN_WIDTH, 20.0], egui::Label::new(tr!("address-name")));
            let name = ui
                .add(TextEdit::singleline(&mut self.form.display_name).hint_text(tr!("address-name-hint")).desired_width(320.0))
                .labelled_by(label.id);
            submit |= name.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
            ui.end_row();
        });

        // A shared mailbox (info@, support@) is opened with someone's own
        // sign-in: who, prefilled from the profile's Microsoft accounts.
        {
            let shared = ui.checkbox(&mut self.form.shared, tr!("address-shared"));
            if shared.changed() && self.form.shared && self.form.delegate.trim().is_empty() {
                self.form.delegate = self.microsoft_account_addresses().into_iter().next().unwrap_or_default();
            }
            if self.form.shared {
                ui.horizontal_wrapped(|ui| {
                    let label = ui.label(tr!("address-who-signs-in"));
                    let delegate = ui
                        .add(TextEdit::singleline(&mut self.form.delegate).hint_text(tr!("address-who-signs-in-hint")).desired_width(320.0))
                        .labelled_by(label.id);
                    submit |= delegate.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
                });
                ui.label(RichText::new(tr!("address-shared-explained")).weak());
            }
        }

        if let Some(error) = self.form.error.clone() {
            ui.add_space(6.0);
            let shown = error_ui(ui, &error);
            if let Some(field) = email_id {
                super::widgets::describe_with(ui, field, &shown, &error);
            }
        }

        self.discovery_ui(ui);

        if self.typed_domain_is_unknown() && self.discovery.running.is_none() && self.discovery.manual.is_none() {
            ui.add_space(8.0);
            let domain = EmailAddress::parse(&self.form.email).map(|address| address.domain().to_owned()).unwrap_or_default();
            let explanation = tr!("address-unknown-domain", domain = domain);
            if self.form.choice_needed && !self.form.microsoft_365 {
                error_ui(ui, &explanation);
            } else {
                ui.label(explanation);
            }
            if ui.checkbox(&mut self.form.microsoft_365, tr!("address-microsoft-365")).changed() {
                self.form.error = None;
            }
        }

        self.sandbox_choice_ui(ui);

        if submit {
            self.submit_address();
        }
    }

    fn sign_in_page_ui(&mut self, ui: &mut egui::Ui) {
        let Some(session) = &self.session else {
            heading_ui(ui, &tr!("sign-in-heading-plain"));
            ui.label(tr!("sign-in-no-address"));
            return;
        };
        let request = &session.run().request();
        let plan = &request.plan;
        let company = sign_in_company(plan);
        heading_ui(ui, &tr!("sign-in-heading", company = &company));
        if !self.sandbox_mode && self.sign_in.running.is_none() && !session.fixing && ui.link(tr!("sign-in-change-settings")).clicked() {
            self.edit_settings();
            return;
        }
        let provider = &plan.provider_name;
        let provider_and_source = match &plan.source {
            PlanSource::Catalogue => tr!("sign-in-provider-catalogue", provider = provider),
            PlanSource::UserChoice => tr!("sign-in-provider-user-choice", provider = provider),
            PlanSource::ProviderFile { path } => tr!("sign-in-provider-file", provider = provider, path = path),
            PlanSource::Sandbox => tr!("sign-in-provider-sandbox", provider = provider),
            PlanSource::Discovered { lookup } => tr!("sign-in-provider-discovered", provider = provider, lookup = lookup),
            PlanSource::ThunderbirdAccount { host } => tr!("sign-in-provider-thunderbird", provider = provider, server = host),
        };
        if self.technical {
            summary_grid_ui(
                ui,
                "plan summary",
                &[
                    (
                        tr!("sign-in-row-account"),
                        match &request.delegate {
                            Some(delegate) => tr!(
                                "sign-in-account-shared",
                                address = request.address.to_string(),
                                name = &request.display_name,
                                delegate = delegate.to_string()
                            ),
                            None => format!("{} ({})", request.address, request.display_name),
                        },
                    ),
                    (tr!("sign-in-row-provider"), provider_and_source),
                    (tr!("sign-in-row-sign-in"), describe_sign_in(plan)),
                    (
                        tr!("sign-in-row-incoming", protocol = plan.incoming_protocol.to_string()),
                        format!("{}, {}", plan.incoming, plan.incoming_auth.describe()),
                    ),
                    (tr!("sign-in-row-outgoing"), format!("{}, {}", plan.smtp, plan.smtp_auth.describe())),
                ],
            );
        } else {
            let mailbox = if request.delegate.is_some() { tr!("sign-in-row-shared-mailbox") } else { tr!("sign-in-row-your-mail") };
            let mut rows = vec![(mailbox, format!("{} ({})", request.address, request.display_name)), (tr!("sign-in-row-hosted-by"), plan.provider_name.clone())];
            if let Some(delegate) = &request.delegate {
                rows.push((tr!("sign-in-row-signs-in-as"), delegate.to_string()));
            }
            summary_grid_ui(ui, "plan summary", &rows);
        }
        for warning in &plan.warnings {
            ui.add_space(4.0);
            warning_ui(ui, warning);
        }
        if self.technical {
            let elapsed = plan.evidence.iter().map(|e| e.duration).max().unwrap_or_default();
            super::discovery_page::evidence_list_ui(ui, &plan.evidence, elapsed, "plan evidence");
        }
        ui.add_space(12.0);

        if let Some(stop) = &plan.stop {
            error_ui(ui, stop);
            ui.label(tr!("sign-in-stops-here"));
            self.help_buttons_ui(ui, None);
            return;
        }
        if !plan.sign_in.mailsetup_signs_in() {
            ui.label(tr!("sign-in-by-thunderbird"));
            return;
        }

        let offers_device_code = crate::oauth::device::device_authorization_url(&plan.oauth).is_some();
        let mut failed = false;
        let running = self.sign_in.running.is_some();
        if running && let Some(shown) = &self.sign_in.device_code {
            device_code_ui(ui, shown, &mut self.notice);
            ui.ctx().request_repaint_after(Duration::from_millis(250));
        }
        match (&self.sign_in.waiting, running) {
            (Some(wait), true) => {
                let remaining = wait.remaining_now();
                busy_ui(ui, &tr!("sign-in-waiting", left = format_countdown(remaining)));
                // The countdown moves once a second even when the worker is quiet.
                ui.ctx().request_repaint_after(Duration::from_millis(250));
                ui.add_space(6.0);
                ui.label(tr!("sign-in-link-intro"));
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.add(egui::Label::new(RichText::new(&wait.authorize_url).monospace()).selectable(true).wrap());
                });
                let (url, redirect_uri) = (wait.authorize_url.clone(), wait.redirect_uri.clone());
                ui.horizontal(|ui| {
                    if ui.button(tr!("sign-in-copy-link")).clicked() {
                        ui.ctx().copy_text(url.clone());
                        self.notice = Some(tr!("sign-in-link-copied"));
                    }
                    if ui.button(tr!("sign-in-open-browser-again")).clicked()
                        && let Some(running) = &self.sign_in.running
                    {
                        self.worker.open_browser(running.attempt_id, request.browser.clone(), url);
                    }
                });
                if let Some(note) = &self.sign_in.browser_note {
                    ui.label(note);
                }
                if self.technical {
                    ui.label(RichText::new(tr!("sign-in-redirect", redirect_uri = &redirect_uri)).weak());
                }
            }
            (None, true) if self.sign_in.device_code.is_some() => {}
            (None, true) => busy_ui(ui, &tr!("sign-in-preparing")),
            (_, false) => {
                match self.stage_end(Stage::SignIn) {
                    None => {
                        ui.label(tr!("sign-in-explained", company = &company));
                    }
                    Some(StageEnd::Passed) => success_ui(ui, &tr!("sign-in-done")),
                    Some(StageEnd::Failed) => {
                        error_ui(ui, &tr!("sign-in-failed"));
                        failed = true;
                    }
                    Some(StageEnd::Cancelled) => {
                        ui.label(tr!("sign-in-cancelled"));
                    }
                }
                ui.add_space(4.0);
                let text = match self.stage_end(Stage::SignIn) {
                    Some(StageEnd::Passed) => tr!("sign-in-again"),
                    Some(StageEnd::Failed) => tr!("sign-in-try-again"),
                    _ => tr!("sign-in-with-browser"),
                };
                let button = ui.add(Button::new(RichText::new(text).strong()).min_size(egui::vec2(180.0, 28.0)));
                if std::mem::take(&mut self.focus_primary) {
                    button.request_focus();
                }
                if button.clicked() {
                    self.start_sign_in();
                }
                if offers_device_code {
                    ui.add_space(8.0);
                    ui.label(RichText::new(crate::oauth::device::fallback_label()).strong());
                    if self.technical {
                        ui.label(crate::oauth::device::fallback_warning());
                    }
                    if ui.button(tr!("sign-in-with-code")).clicked() {
                        self.start_device_code_sign_in();
                    }
                }
            }
        }

        if failed {
            let failure = self.session.as_ref().and_then(|session| session.run().steps(Stage::SignIn).iter().find(|step| step.outcome == Outcome::Failed).cloned());
            self.help_buttons_ui(ui, failure.as_ref());
        }
        if self.technical && !self.sign_in.steps.is_empty() {
            ui.add_space(12.0);
            ui.label(RichText::new(tr!("sign-in-steps")).strong());
            for step in &self.sign_in.steps {
                step_ui(ui, step);
            }
        }
    }

    fn checks_page_ui(&mut self, ui: &mut egui::Ui) {
        heading_ui(ui, &tr!("checks-heading"));
        ui.label(tr!("checks-intro"));
        ui.add_space(8.0);
        let running = self.checks.running.is_some();
        let ended = self.stage_end(Stage::Checks);
        let failure = self.checks.steps.iter().find(|step| step.outcome == Outcome::Failed).cloned();
        // Receiving and sending, each as one plain line.
        for is_sending in [false, true] {
            let direction = if is_sending { "sending" } else { "receiving" };
            let mut steps = self.checks.steps.iter().filter(|step| (step.phase == Phase::Smtp) == is_sending);
            let failed = steps.clone().any(|step| step.outcome == Outcome::Failed);
            let last_id = if is_sending { StepId::SmtpEnvelope } else { StepId::ImapLogout };
            let finished = steps.any(|step| step.id == last_id);
            if failed {
                error_ui(ui, &tr!("checks-does-not-work", direction = direction));
            } else if finished {
                success_ui(ui, &tr!("checks-works", direction = direction));
            } else if running {
                // What it waits for, and how long it has waited of how long it may.
                super::progress::next_step_running_ui(ui, &self.checks.waiting, last_id);
            } else if ended == Some(StageEnd::Failed) {
                ui.label(tr!("checks-not-checked-other-failed", direction = direction));
            } else {
                ui.label(tr!("checks-not-checked-yet", direction = direction));
            }
        }
        ui.add_space(6.0);
        match (running, ended) {
            (true, _) => {}
            (false, Some(StageEnd::Passed)) => {
                let words = if self.session.as_ref().is_some_and(|session| session.fixing) { tr!("checks-passed-switching") } else { tr!("checks-passed") };
                success_ui(ui, &words);
            }
            (false, Some(StageEnd::Failed)) => {}
            (false, Some(StageEnd::Cancelled)) => {
                ui.label(tr!("checks-stopped"));
            }
            (false, None) => {
                ui.label(tr!("checks-not-run"));
            }
        }
        if !running && (self.sign_in.signed_in_attempt.is_some() || self.signs_in_by_thunderbird_only()) {
            let again = ui.button(if ended == Some(StageEnd::Failed) { tr!("checks-try-again") } else { tr!("checks-run-again") });
            if ended == Some(StageEnd::Failed) && std::mem::take(&mut self.focus_primary) {
                again.request_focus();
            }
            if again.clicked() {
                self.start_checks();
            }
        }
        // Sending as a shared mailbox or an alias can only be proven with a
        // real message (Exchange refuses Send As after the message): one,
        // to the person who signed in, and only when asked.
        let test_message = self.checks.steps.iter().find(|step| step.id == StepId::SmtpTestMessage).cloned();
        if let Some(step) = &test_message
            && step.outcome == Outcome::Passed
        {
            let to = self.session.as_ref().map(|session| session.run().request().signs_in_as().to_string()).unwrap_or_default();
            success_ui(ui, &tr!("checks-test-message-sent", to = &to, subject = crate::probe::TEST_MESSAGE_SUBJECT));
        }
        if !running && ended == Some(StageEnd::Passed) && self.sign_in.signed_in_attempt.is_some() && test_message.is_none() {
            let button = ui
                .button(tr!("checks-send-test-message"))
                .on_hover_text(tr!("checks-send-test-message-hint"));
            if button.clicked() {
                self.send_test_message();
            }
        }
        if ended == Some(StageEnd::Failed) {
            self.help_buttons_ui(ui, failure.as_ref());
        }
        if !self.technical {
            return;
        }
        ui.add_space(8.0);

        let steps = &self.checks.steps;
        let imap: Vec<_> = steps.iter().filter(|step| step.phase != Phase::Smtp).collect();
        let smtp: Vec<_> = steps.iter().filter(|step| step.phase == Phase::Smtp).collect();
        let running = self.checks.running.is_some();
        // One protocol under the other: side by side, a step's title (which
        // never wraps in its fold header) pushed the window's buttons out.
        for (title, steps, last_id) in [(tr!("checks-incoming-steps"), &imap, StepId::ImapLogout), (tr!("checks-outgoing-steps"), &smtp, StepId::SmtpEnvelope)] {
            ui.add_space(6.0);
            ui.label(RichText::new(title).strong());
            for step in steps.iter() {
                step_ui(ui, step);
            }
            if running && !super::progress::protocol_finished(steps, last_id) {
                super::progress::next_step_running_ui(ui, &self.checks.waiting, last_id);
            }
        }
    }

    fn thunderbird_page_ui(&mut self, ui: &mut egui::Ui) {
        let Some(session) = &self.session else {
            heading_ui(ui, &tr!("thunderbird-heading"));
            ui.label(tr!("thunderbird-no-address"));
            return;
        };
        if session.fixing && !self.technical {
            heading_ui(ui, &tr!("thunderbird-switching-heading"));
            let address = session.run().request().address.to_string();
            let company = sign_in_company(&session.run().request().plan);
            ui.label(tr!("thunderbird-switching", address = &address, company = &company));
            ui.add_space(6.0);
            self.thunderbird_progress_ui(ui);
            return;
        }
        heading_ui(ui, &tr!("thunderbird-heading"));
        let settings = flow::account_settings(session.run().request());
        let handoff_impossible = flow::why_sign_in_handoff_is_impossible(session.run().request()).map(|(_, reason)| reason);
        let mut handoff_toggle = None;
        let mut check_sign_in = None;
        let sign_in_words = match (&handoff_impossible, session.run().request().sign_in_handoff) {
            (None, true) => tr!("thunderbird-sign-in-handed-off"),
            _ => tr!("thunderbird-sign-in-once"),
        };
        match &session.thunderbird_root {
            None => {
                error_ui(ui, &tr!("thunderbird-no-home"));
            }
            Some(_) if !self.technical => {
                if let ProfilesView::Failed(why) = &self.thunderbird.profiles {
                    error_ui(ui, why);
                }
            }
            Some(root) => {
                let place = if self.sandbox_mode { tr!("thunderbird-folder-sandbox") } else { tr!("thunderbird-folder") };
                ui.label(place);
                ui.label(RichText::new(root.display().to_string()).monospace());
                ui.add_space(4.0);
                match &self.thunderbird.profiles {
                    ProfilesView::NotLooked => {}
                    ProfilesView::Looking => busy_ui(ui, &tr!("thunderbird-looking")),
                    ProfilesView::Failed(why) => {
                        error_ui(ui, why);
                    }
                    ProfilesView::Found(profiles) if profiles.is_empty() => {
                        ui.label(tr!("thunderbird-no-profile"));
                    }
                    ProfilesView::Found(profiles) => {
                        ui.label(tr!("thunderbird-profiles-found"));
                        for profile in profiles {
                            let count = profile.accounts.len();
                            let about = if profile.is_default {
                                tr!("thunderbird-profile-default", count = count)
                            } else {
                                tr!("thunderbird-profile-other", count = count)
                            };
                            ui.horizontal_wrapped(|ui| {
                                ui.label(RichText::new(&profile.name).strong());
                                ui.label(about);
                                ui.label(RichText::new(profile.path.display().to_string()).monospace().weak());
                            });
                        }
                        // Thunderbird's own sign-in, for the profile it opens:
                        // the same check as `mailsetup doctor`.
                        let opened = profiles.iter().find(|p| p.is_default).or(if profiles.len() == 1 { profiles.first() } else { None });
                        if let Some(profile) = opened.filter(|profile| profile.accounts.iter().any(|account| account.uses_oauth2())) {
                            ui.add_space(4.0);
                            ui.horizontal_wrapped(|ui| {
                                let running = self.thunderbird.doctor_attempt.is_some();
                                let button = ui
                                    .add_enabled(!running, Button::new(tr!("thunderbird-check-sign-in")))
                                    .on_hover_text(tr!("thunderbird-check-sign-in-hint"));
                                if button.clicked() {
                                    check_sign_in = Some(profile.path.clone());
                                }
                                if running {
                                    busy_ui(ui, &tr!("thunderbird-asking-provider"));
                                }
                            });
                            match &self.thunderbird.doctor {
                                None => {}
                                Some(Err(why)) => {
                                    error_ui(ui, why);
                                }
                                Some(Ok(reports)) if reports.is_empty() => {
                                    ui.label(tr!("thunderbird-nothing-to-ask"));
                                }
                                Some(Ok(reports)) => {
                                    for report in reports {
                                        match report.first_failure() {
                                            None => success_ui(ui, &tr!("thunderbird-saved-sign-in-works", address = &report.address)),
                                            Some(failure) => {
                                                let words = failure.diagnosis.as_ref().map_or(failure.detail.as_str(), |diagnosis| diagnosis.title.as_str());
                                                warning_ui(ui, &tr!("thunderbird-saved-sign-in-fails", address = &report.address, problem = words));
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // An account for this address that still uses a password: offer to
        // switch it in place rather than adding a second one.
        let offer = &self.thunderbird.offer;
        let mut switch = None;
        if let Some((profile_dir, account, provider)) = &offer {
            ui.add_space(10.0);
            ui.label(RichText::new(tr!("thunderbird-already-has")).strong());
            let address = account.email.as_deref().unwrap_or(&settings.email);
            if self.technical {
                ui.label(tr!(
                    "thunderbird-offer-technical",
                    address = address,
                    protocol = account.incoming_type.to_uppercase(),
                    server = &account.incoming_host,
                    provider = provider.as_str(),
                    incoming_server = &settings.incoming_host,
                    outgoing_server = &settings.smtp_host,
                ));
            } else {
                ui.label(tr!("thunderbird-offer", address = address, provider = provider.as_str()));
            }
            let passed = self.stage_end(Stage::Checks) == Some(StageEnd::Passed);
            ui.horizontal(|ui| {
                let button = ui.add_enabled(passed && self.thunderbird.writing.is_none(), Button::new(RichText::new(tr!("thunderbird-switch")).strong()));
                if button.clicked() {
                    switch = Some((profile_dir.clone(), account.account_key.clone(), *provider));
                }
                if !passed {
                    ui.label(RichText::new(tr!("thunderbird-switch-needs-checks")).weak());
                }
            });
            ui.label(RichText::new(tr!("thunderbird-or-add")).weak());
        }
        if let Some((profile_dir, account_key, provider)) = switch {
            self.migrate_in_place(profile_dir, account_key, provider);
            return;
        }
        ui.add_space(10.0);
        ui.label(RichText::new(tr!("thunderbird-what-is-added")).strong());
        if self.technical {
            summary_grid_ui(
                ui,
                "account settings",
                &[
                    (tr!("thunderbird-row-email"), settings.email.clone()),
                    (tr!("thunderbird-row-name"), settings.display_name.clone()),
                    (
                        tr!("thunderbird-row-incoming", protocol = settings.incoming_protocol.to_string()),
                        format!("{}:{} ({}, {})", settings.incoming_host, settings.incoming_port, socket_words(settings.incoming_socket), settings.incoming_auth.describe()),
                    ),
                    (tr!("thunderbird-row-outgoing"), format!("{}:{} ({}, {})", settings.smtp_host, settings.smtp_port, socket_words(settings.smtp_socket), settings.smtp_auth.describe())),
                    (tr!("thunderbird-row-sign-in"), sign_in_words),
                ],
            );
        } else {
            summary_grid_ui(
                ui,
                "account settings",
                &[(tr!("thunderbird-row-email"), settings.email.clone()), (tr!("thunderbird-row-name"), settings.display_name.clone())],
            );
        }
        if let Some(why_not) = &handoff_impossible {
            let words = if self.technical { tr!("thunderbird-will-ask-because", why = why_not) } else { tr!("thunderbird-will-ask") };
            ui.label(RichText::new(words).weak());
        } else {
            let mut keep = session.run().request().sign_in_handoff;
            let checkbox = ui
                .add_enabled(self.thunderbird.writing.is_none(), egui::Checkbox::new(&mut keep, tr!("thunderbird-keep-signed-in")))
                .on_hover_text(tr!("thunderbird-keep-signed-in-hint"));
            if checkbox.changed() {
                handoff_toggle = Some(keep);
            }
        }
        if !session.run().request().plan.thunderbird_can_use_oauth() && !self.sandbox_mode {
            warning_ui(ui, &tr!("thunderbird-no-oauth"));
        }
        ui.add_space(6.0);
        ui.label(RichText::new(tr!("thunderbird-close-first")).weak());
        ui.add_space(8.0);

        let written = self.account_written();
        let can_write = session.thunderbird_root.is_some() && self.thunderbird.writing.is_none() && !written;
        if !written {
            ui.horizontal(|ui| {
                let write = ui.add_enabled(can_write, Button::new(RichText::new(tr!("thunderbird-write")).strong()).min_size(egui::vec2(180.0, 28.0)));
                if self.thunderbird_result().is_none() && can_write && std::mem::take(&mut self.focus_primary) {
                    write.request_focus();
                }
                if write.clicked() {
                    self.write_thunderbird();
                }
                if ui.add_enabled(self.thunderbird.writing.is_none(), Button::new(tr!("thunderbird-skip"))).on_hover_text(tr!("thunderbird-skip-hint")).clicked() {
                    self.skip_thunderbird();
                }
            });
        }
        self.thunderbird_progress_ui(ui);
        if let Some(keep) = handoff_toggle
            && let Some(run) = self.run_mut()
        {
            run.set_sign_in_handoff(keep);
        }
        if let Some(profile_dir) = check_sign_in {
            self.check_thunderbirds_sign_in(profile_dir);
        }
    }

    /// The Thunderbird stage as it goes: writing, waiting for Thunderbird
    /// to close, then what changed, in words; a failure with its help.
    fn thunderbird_progress_ui(&mut self, ui: &mut egui::Ui) {
        if self.thunderbird.writing.is_some() {
            busy_ui(ui, &tr!("thunderbird-writing"));
        }
        if self.thunderbird.waiting_for_close.is_some() {
            warning_ui(ui, &tr!("thunderbird-waiting-for-close"));
        }
        let Some((step, summary)) = self.thunderbird_result() else { return };
        let step = step.clone();
        let summary = summary.cloned();
        ui.add_space(8.0);
        match (step.outcome, &summary) {
            (Outcome::Passed, Some(summary)) => success_ui(ui, &what_changed(summary)),
            (Outcome::Failed, _) if self.thunderbird.waiting_for_close.is_some() => {}
            (Outcome::Failed, _) => {
                error_ui(ui, &tr!("thunderbird-not-changed"));
                self.help_buttons_ui(ui, Some(&step));
            }
            _ => step_ui(ui, &step),
        }
        if let Some(handoff) = self.handoff_result() {
            match handoff.outcome {
                Outcome::Passed => success_ui(ui, &tr!("thunderbird-handed-off")),
                Outcome::Failed => {
                    let words = handoff.diagnosis.as_ref().map_or(handoff.detail.as_str(), |diagnosis| diagnosis.title.as_str());
                    warning_ui(ui, &tr!("thunderbird-handoff-failed", why = words));
                }
                Outcome::Skipped => {}
            }
        }
    }

    /// Under every failure, on the page where it happens: what went wrong
    /// and who can fix it (the diagnosis), the fix the user can do
    /// themselves where there is one, and what to send the helpdesk.
    pub(super) fn help_buttons_ui(&mut self, ui: &mut egui::Ui, failure: Option<&crate::report::Step>) {
        ui.add_space(6.0);
        let (mut copy_ticket, mut save_bundle) = (false, false);
        ui.horizontal_wrapped(|ui| {
            copy_ticket = ui
                .button(tr!("help-copy-ticket"))
                .on_hover_text(tr!("help-copy-ticket-hint"))
                .clicked();
            save_bundle = ui
                .button(tr!("help-save-bundle"))
                .on_hover_text(tr!("help-save-bundle-hint"))
                .clicked();
        });
        if let Some(step) = failure {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                match &step.diagnosis {
                    Some(diagnosis) => {
                        let title = ui.add(egui::Label::new(RichText::new(&diagnosis.title).strong()).wrap());
                        super::widgets::announce(ui, &title, egui::accesskit::Live::Assertive);
                        for (heading, text) in [
                            (tr!("help-what-happened"), &diagnosis.what_happened),
                            (tr!("help-user-can-do"), &diagnosis.user_can_do),
                            (tr!("help-admin-must-do"), &diagnosis.admin_must_do),
                        ] {
                            if !text.is_empty() {
                                ui.add_space(2.0);
                                ui.label(RichText::new(heading).strong());
                                ui.add(egui::Label::new(text.as_str()).wrap());
                            }
                        }
                        if self.technical {
                            ui.label(RichText::new(format!("[{}] {}", diagnosis.id, step.detail)).weak());
                        }
                    }
                    None => {
                        ui.add(egui::Label::new(step.detail.as_str()).wrap());
                    }
                }
                if let Some(url) = step.diagnosis.as_ref().and_then(|diagnosis| consent_link(&diagnosis.admin_must_do)) {
                    ui.add_space(4.0);
                    let button = ui.button(tr!("help-open-consent"));
                    if button.clicked() {
                        self.worker.open_browser(0, crate::oauth::BrowserLauncher::System, url);
                        self.notice = Some(tr!("help-consent-opening"));
                    }
                }
            });
        }
        self.helpdesk_actions(ui.ctx(), copy_ticket, save_bundle);
    }

    /// Copies the admin ticket or saves the support bundle, when asked
    /// (made from the report only then, not every frame).
    fn helpdesk_actions(&mut self, ctx: &egui::Context, copy_ticket: bool, save_bundle: bool) {
        let Some(session) = &self.session else { return };
        let (report, _) = session.report();
        if copy_ticket {
            ctx.copy_text(crate::helpdesk::admin_ticket(report));
            self.notice = Some(tr!("help-ticket-copied"));
        } else if save_bundle {
            self.notice = Some(save_support_bundle(report));
        }
    }

    /// What now works and what changed, where the backup is, Open
    /// Thunderbird; the full report one switch away.
    fn done_page_ui(&mut self, ui: &mut egui::Ui) {
        let Some(session) = &self.session else {
            heading_ui(ui, &tr!("done-heading"));
            ui.label(tr!("done-nothing-yet"));
            return;
        };
        let (report, _) = session.report();
        let all_passed = report.all_passed();
        let written = report.thunderbird.clone();
        let first_failure = report.first_failure().cloned();
        let address = report.address.clone();
        let handed_off = self.handoff_result().is_some_and(|step| step.outcome == Outcome::Passed);
        let fixing = session.fixing;
        let password_words = password_server_words(&session.run().request().plan);
        let heading = match (all_passed, &written) {
            (true, _) if fixing => tr!("done-heading-fixed"),
            (true, _) => tr!("done-heading-set-up"),
            (false, Some(_)) => tr!("done-heading-problem"),
            (false, None) => tr!("done-heading-not-finished"),
        };
        heading_ui(ui, &heading);
        if all_passed || written.is_some() && first_failure.as_ref().is_some_and(|step| step.id == StepId::ThunderbirdHandoff) {
            success_ui(ui, &tr!("done-works", address = &address));
        }
        match &written {
            Some(summary) => {
                ui.label(what_changed(summary));
                if self.sandbox_mode {
                    ui.label(tr!("done-practice-profile"));
                } else if handed_off {
                    ui.label(tr!("done-signed-in"));
                } else {
                    ui.label(tr!("done-sign-in-once"));
                }
                if let Some(words) = &password_words {
                    ui.label(words);
                }
            }
            None => {
                ui.label(tr!("done-nothing-changed"));
            }
        }
        if let Some(failure) = first_failure.filter(|step| step.id != StepId::ThunderbirdHandoff) {
            ui.add_space(6.0);
            let problem = failure.diagnosis.as_ref().map_or(failure.title.as_str(), |diagnosis| diagnosis.title.as_str());
            error_ui(ui, &tr!("done-not-working", problem = problem));
            self.help_buttons_ui(ui, Some(&failure));
        }
        ui.add_space(10.0);
        let mut open = false;
        let mut copy_report = false;
        ui.horizontal_wrapped(|ui| {
            if written.is_some() {
                let button = ui.add(Button::new(RichText::new(tr!("done-open-thunderbird")).strong()).min_size(egui::vec2(180.0, 28.0)));
                if std::mem::take(&mut self.focus_primary) {
                    button.request_focus();
                }
                open = button.clicked();
            }
            copy_report = ui.button(tr!("done-copy-report")).on_hover_text(tr!("done-copy-report-hint")).clicked();
        });
        if open {
            self.open_thunderbird();
        }
        if copy_report
            && let Some(session) = &self.session
        {
            ui.ctx().copy_text(session.report().1.clone());
            self.notice = Some(tr!("done-report-copied"));
        }
        if self.technical
            && let Some(session) = &self.session
        {
            ui.add_space(6.0);
            ui.label(RichText::new(tr!("done-full-report")).strong());
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.add(egui::Label::new(RichText::new(session.report().1.as_str()).monospace()).selectable(true).wrap());
            });
        }
    }
}

/// What the Thunderbird stage changed, in words, with the backup.
fn what_changed(summary: &crate::report::ThunderbirdSummary) -> String {
    let profile = &summary.profile;
    let what = match summary.action.as_str() {
        "already-present" => tr!("thunderbird-changed-already-present", profile = profile),
        "migrated" | "updated" => tr!("thunderbird-changed-switched", profile = profile),
        _ => tr!("thunderbird-changed-added", profile = profile),
    };
    match &summary.backup {
        Some(backup) => format!("{what} {}", tr!("thunderbird-backup", backup = backup)),
        None => what,
    }
}

/// The company whose page the user signs in on, as people say it.
fn sign_in_company(plan: &crate::provider::ProviderPlan) -> String {
    match crate::provider::oauth_provider_of_plan(plan) {
        Some(provider) => provider.as_str().to_owned(),
        None => plan.provider_name.clone(),
    }
}

/// The admin-consent address in an administrator's instructions, if any:
/// an administrator who is the user can open it from here.
fn consent_link(admin_must_do: &str) -> Option<String> {
    admin_must_do
        .split_whitespace()
        .map(|word| word.trim_end_matches(['.', ',', ';', ')']))
        .find(|word| word.starts_with("https://") && word.contains("adminconsent"))
        .map(str::to_owned)
}

/// Writes the support bundle into the Downloads folder (else the home
/// folder) on a short thread, so the UI thread does no file I/O; returns the
/// notice to show.
fn save_support_bundle(report: &crate::report::Report) -> String {
    let bundle = crate::helpdesk::support_bundle(report);
    let Some(folder) = directories::UserDirs::new().map(|dirs| dirs.download_dir().unwrap_or(dirs.home_dir()).to_path_buf()) else {
        return tr!("help-no-folder");
    };
    let stamp = time::OffsetDateTime::now_utc().unix_timestamp();
    let path = folder.join(format!("mailsetup-support-{stamp}.json"));
    let shown = path.display().to_string();
    let spawned = std::thread::Builder::new().name("mailsetup-save-bundle".to_owned()).spawn(move || {
        if let Err(error) = std::fs::write(&path, bundle) {
            tracing::error!(%error, path = %path.display(), "could not save the support bundle");
        }
    });
    match spawned {
        Ok(_) => tr!("help-saving-bundle", path = shown),
        Err(error) => tr!("help-bundle-failed", why = error.to_string()),
    }
}

/// How Thunderbird's socket type reads in the summary.
/// What a plan whose servers sign in differently means for the user: the
/// one server that still takes a password, in plain words.
fn password_server_words(plan: &crate::provider::ProviderPlan) -> Option<String> {
    if !plan.mixed_sign_in() {
        return None;
    }
    Some(if plan.smtp_auth.is_oauth2() {
        tr!("done-password-receiving", server = &plan.incoming.host)
    } else {
        tr!("done-password-sending", server = &plan.smtp.host)
    })
}

fn socket_words(socket: SocketType) -> &'static str {
    match socket {
        SocketType::Ssl => "TLS",
        SocketType::StartTls => "STARTTLS",
    }
}

/// Two columns of label and value.
fn summary_grid_ui(ui: &mut egui::Ui, id: &str, rows: &[(String, String)]) {
    egui::Grid::new(id).num_columns(2).spacing([12.0, 4.0]).show(ui, |ui| {
        for (label, value) in rows {
            ui.add_sized([LABEL_COLUMN_WIDTH, 18.0], egui::Label::new(RichText::new(label).weak()));
            ui.add(egui::Label::new(value.as_str()).wrap());
            ui.end_row();
        }
    });
}

/// The device code fallback: the code to type, where to type it, and a Copy button.
fn device_code_ui(ui: &mut egui::Ui, shown: &crate::oauth::device::DeviceCodeShown, notice: &mut Option<String>) {
    ui.label(RichText::new(crate::oauth::device::fallback_label()).strong());
    ui.label(tr!("sign-in-code-where", url = &shown.verification_uri));
    ui.horizontal(|ui| {
        ui.add(egui::Label::new(RichText::new(&shown.user_code).monospace().size(22.0).strong()).selectable(true));
        if ui.button(tr!("sign-in-copy-code")).clicked() {
            ui.ctx().copy_text(shown.user_code.clone());
            *notice = Some(tr!("sign-in-code-copied"));
        }
    });
    let valid = tr!("sign-in-code-valid", minutes = shown.expires_in.as_secs() / 60);
    ui.label(RichText::new(format!("{valid} {}", crate::oauth::device::fallback_warning())).weak());
    busy_ui(ui, &tr!("sign-in-code-waiting"));
}
