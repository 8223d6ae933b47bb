//! Drawing the wizard: the frame (title, progress, sandbox banner, buttons)
//! and one function per page. Pages only read state and call the actions of
//! [`WizardApp`]; nothing here blocks.

use crate::flow::Stage;
use super::app::{Page, ProfilesView, SandboxState, StageEnd, WizardApp};
use super::widgets::{busy_ui, error_ui, format_countdown, heading_ui, sandbox_banner_ui, step_ui, success_ui, warning_ui};
use crate::address::EmailAddress;
use crate::flow;
use crate::provider::PlanSource;
use crate::provider::discovery::describe_sign_in;
use crate::report::{StepId, Outcome, Phase};
use crate::thunderbird::SocketType;
use egui::{Align, Button, Layout, RichText, TextEdit};
use std::time::Duration;

/// Width of the labels column in the forms and summaries.
const LABEL_COLUMN_WIDTH: f32 = 150.0;

impl WizardApp {
    /// Title, progress line and banner on top, buttons at the bottom, the
    /// page in between.
    pub(super) fn frame_ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("wizard header").show(ui, |ui| {
            ui.add_space(6.0);
            ui.label(RichText::new("Mail Setup").size(20.0).strong());
            ui.add_space(2.0);
            super::progress::progress_ui(ui, self.page);
            if self.sandbox_mode {
                ui.add_space(4.0);
                sandbox_banner_ui(ui);
            }
            ui.add_space(6.0);
        });
        egui::Panel::bottom("wizard buttons").show(ui, |ui| {
            ui.add_space(8.0);
            self.buttons_ui(ui);
            ui.add_space(8.0);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
                ui.add_space(4.0);
                match self.page {
                    Page::Address => self.address_page_ui(ui),
                    Page::SignIn => self.sign_in_page_ui(ui),
                    Page::Checks => self.checks_page_ui(ui),
                    Page::Thunderbird => self.thunderbird_page_ui(ui),
                    Page::Done => self.done_page_ui(ui),
                }
            });
        });
    }

    /// Back and Cancel on the left, Next (or Close) on the right.
    fn buttons_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let writing = self.thunderbird.writing.is_some();
            let back_enabled = self.page != Page::Address && !writing;
            if ui.add_enabled(back_enabled, Button::new("Back")).clicked() {
                self.go_back();
            }
            let cancel_hint = self.cancel_hint();
            // Writing takes a moment and must not be interrupted half-way.
            if ui.add_enabled(!writing, Button::new("Cancel")).on_hover_text(cancel_hint).clicked() {
                self.cancel(ui.ctx());
            }
            if let Some(notice) = &self.notice {
                ui.label(RichText::new(notice).weak());
            }
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                let (text, hint) = match self.page {
                    Page::Done => ("Close", "Close Mail Setup"),
                    Page::Checks if self.stage_end(Stage::Checks) == Some(StageEnd::Failed) => ("Next", "See the report"),
                    _ => ("Next", "Go to the next step"),
                };
                let enabled = self.can_go_next();
                let next = ui.add_enabled(enabled, Button::new(RichText::new(text).strong()).min_size(egui::vec2(90.0, 0.0))).on_hover_text(hint);
                if enabled && matches!(self.page, Page::Checks | Page::Thunderbird | Page::Done) && std::mem::take(&mut self.focus_primary) {
                    next.request_focus();
                }
                if next.clicked() {
                    self.go_next(ui.ctx());
                }
            });
        });
    }

    fn address_page_ui(&mut self, ui: &mut egui::Ui) {
        heading_ui(ui, "Your e-mail address");
        ui.label(
            "Mail Setup signs you in with your mail provider in your browser, checks that mail can be read and sent, \
             and adds the account to Thunderbird. Your password is typed only into your provider's page.",
        );
        ui.add_space(10.0);

        let mut submit = false;
        egui::Grid::new("address form").num_columns(2).spacing([12.0, 8.0]).show(ui, |ui| {
            let label = ui.add_sized([LABEL_COLUMN_WIDTH, 20.0], egui::Label::new("E-mail address"));
            let email = ui
                .add(TextEdit::singleline(&mut self.form.email).hint_text("you@example.com").desired_width(320.0))
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_primary) {
                email.request_focus();
            }
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

            let label = ui.add_sized([LABEL_COLUMN_WIDTH, 20.0], egui::Label::new("Your name"));
            let name = ui
                .add(TextEdit::singleline(&mut self.form.display_name).hint_text("as recipients see it (optional)").desired_width(320.0))
                .labelled_by(label.id);
            submit |= name.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
            ui.end_row();
        });

        if let Some(error) = self.form.error.clone() {
            ui.add_space(6.0);
            error_ui(ui, &error);
        }

        self.discovery_ui(ui);

        if self.typed_domain_is_unknown() && self.discovery.running.is_none() && self.discovery.manual.is_none() {
            ui.add_space(8.0);
            let domain = EmailAddress::parse(&self.form.email).map(|address| address.domain().to_owned()).unwrap_or_default();
            let explanation = format!("Mail Setup does not know which provider hosts {domain}. If your organisation uses Microsoft 365, choose it:");
            if self.form.choice_needed && !self.form.microsoft_365 {
                error_ui(ui, &explanation);
            } else {
                ui.label(explanation);
            }
            if ui.checkbox(&mut self.form.microsoft_365, "Microsoft 365 (work or school)").changed() {
                self.form.error = None;
            }
        }

        ui.add_space(16.0);
        ui.separator();
        if self.sandbox_mode {
            match &self.sandbox {
                SandboxState::Starting => busy_ui(ui, "Starting the sandbox…"),
                SandboxState::Failed(why) => error_ui(ui, why),
                SandboxState::Ready(_) => {
                    ui.label(
                        "The sandbox is a practice provider inside Mail Setup: its own sign-in page, IMAP and SMTP servers, \
                         and a throwaway Thunderbird folder. Any address works; the suggested one is filled in.",
                    );
                    ui.checkbox(&mut self.form.approve_automatically, "Approve the sign-in automatically (no browser)");
                }
                SandboxState::Off => {}
            }
            if ui.link("Leave the sandbox").clicked() {
                self.leave_sandbox();
            }
        } else {
            ui.label("No account at hand, or just curious?");
            if ui.link("Try the sandbox (no account needed)").clicked() {
                self.enter_sandbox();
            }
        }

        if submit {
            self.submit_address();
        }
    }

    fn sign_in_page_ui(&mut self, ui: &mut egui::Ui) {
        heading_ui(ui, "Sign in with your provider");
        if self.session.is_some() && !self.sandbox_mode && self.sign_in.running.is_none() && ui.link("Edit settings…").clicked() {
            self.edit_settings();
            return;
        }
        let Some(session) = &self.session else {
            ui.label("Enter an address first.");
            return;
        };
        let request = &session.run.request();
        let plan = &request.plan;
        let source = match &plan.source {
            PlanSource::Catalogue => "known to Mail Setup".to_owned(),
            PlanSource::UserChoice => "as you chose".to_owned(),
            PlanSource::ProviderFile { path } => format!("from {path}"),
            PlanSource::Sandbox => "practice provider".to_owned(),
            PlanSource::Discovered { lookup } => format!("found by {lookup}"),
        };
        summary_grid_ui(
            ui,
            "plan summary",
            &[
                ("Account", format!("{} ({})", request.address, request.display_name)),
                ("Provider", format!("{} ({source})", plan.provider_name)),
                ("Sign-in", describe_sign_in(plan)),
                ("Incoming mail (IMAP)", plan.imap.to_string()),
                ("Outgoing mail (SMTP)", plan.smtp.to_string()),
            ],
        );
        for warning in &plan.warnings {
            ui.add_space(4.0);
            warning_ui(ui, warning);
        }
        let elapsed = plan.evidence.iter().map(|e| e.duration).max().unwrap_or_default();
        super::discovery_page::evidence_list_ui(ui, &plan.evidence, elapsed, "plan evidence");
        ui.add_space(12.0);

        if let Some(stop) = &plan.stop {
            error_ui(ui, stop);
            ui.label("Mail Setup cannot move this account to OAuth2, so it stops here. Copy the report from the last page for your helpdesk.");
            return;
        }
        if !plan.sign_in.mailsetup_signs_in() {
            ui.label(
                "Mail Setup does not sign in to this account itself: Thunderbird does, the first time it starts. \
                 Next checks the servers without signing in.",
            );
            return;
        }

        let offers_device_code = crate::oauth::device::device_authorization_url(&plan.oauth).is_some();
        let running = self.sign_in.running.is_some();
        if running && let Some(shown) = &self.sign_in.device_code {
            device_code_ui(ui, shown, &mut self.notice);
            ui.ctx().request_repaint_after(Duration::from_millis(250));
        }
        match (&self.sign_in.waiting, running) {
            (Some(wait), true) => {
                let remaining = wait.remaining_now();
                busy_ui(ui, &format!("Waiting for you to sign in and allow access in your browser: {} left", format_countdown(remaining)));
                // The countdown moves once a second even when the worker is quiet.
                ui.ctx().request_repaint_after(Duration::from_millis(250));
                ui.add_space(6.0);
                ui.label("If no browser opened, or you closed it, open this link in a browser:");
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.add(egui::Label::new(RichText::new(&wait.authorize_url).monospace().small()).selectable(true).wrap());
                });
                let (url, redirect_uri) = (wait.authorize_url.clone(), wait.redirect_uri.clone());
                ui.horizontal(|ui| {
                    if ui.button("Copy link").clicked() {
                        ui.ctx().copy_text(url.clone());
                        self.notice = Some("Copied the sign-in link.".to_owned());
                    }
                    if ui.button("Open browser again").clicked()
                        && let Some(running) = &self.sign_in.running
                    {
                        self.worker.open_browser(running.attempt_id, request.browser.clone(), url);
                    }
                });
                if let Some(note) = &self.sign_in.browser_note {
                    ui.label(note);
                }
                ui.label(RichText::new(format!("Mail Setup receives the answer at {redirect_uri}, on this computer only.")).weak());
            }
            (None, true) if self.sign_in.device_code.is_some() => {}
            (None, true) => busy_ui(ui, "Preparing the sign-in…"),
            (_, false) => {
                match self.stage_end(Stage::SignIn) {
                    None => {
                        ui.label(format!(
                            "Your browser opens {}'s sign-in page. Sign in there and allow Mail Setup to read and send your mail; \
                             then come back here.",
                            plan.provider_name
                        ));
                    }
                    Some(StageEnd::Passed) => success_ui(ui, "Signed in."),
                    Some(StageEnd::Failed) => error_ui(ui, "The sign-in did not complete; the steps below say why. You can try again."),
                    Some(StageEnd::Cancelled) => {
                        ui.label("Sign-in cancelled. Nothing was kept; you can start it again.");
                    }
                }
                ui.add_space(4.0);
                let text = if self.stage_end(Stage::SignIn) == Some(StageEnd::Passed) { "Sign in again" } else { "Sign in with browser" };
                let button = ui.add(Button::new(RichText::new(text).strong()).min_size(egui::vec2(180.0, 28.0)));
                if std::mem::take(&mut self.focus_primary) {
                    button.request_focus();
                }
                if button.clicked() {
                    self.start_sign_in();
                }
                if offers_device_code {
                    ui.add_space(8.0);
                    ui.label(RichText::new(crate::oauth::device::FALLBACK_LABEL).strong());
                    ui.label(crate::oauth::device::FALLBACK_WARNING);
                    if ui.button("Sign in with a code instead").clicked() {
                        self.start_device_code_sign_in();
                    }
                }
            }
        }

        if !self.sign_in.steps.is_empty() {
            ui.add_space(12.0);
            ui.label(RichText::new("Steps").strong());
            for step in &self.sign_in.steps {
                step_ui(ui, step);
            }
        }
    }

    fn checks_page_ui(&mut self, ui: &mut egui::Ui) {
        heading_ui(ui, "Checking your mail servers");
        ui.label(
            "Mail Setup now connects to the incoming (IMAP) and outgoing (SMTP) servers with the new sign-in, both at once. \
             Each step appears as it finishes.",
        );
        ui.add_space(8.0);
        let done = self.checks.steps.len();
        match (self.checks.running.is_some(), self.stage_end(Stage::Checks)) {
            (true, _) => busy_ui(ui, &format!("Checking… {done} steps done so far")),
            (false, Some(StageEnd::Passed)) => success_ui(ui, "All checks passed. Next: add the account to Thunderbird."),
            (false, Some(StageEnd::Failed)) => {
                let failed = self.checks.steps.iter().filter(|step| step.outcome == Outcome::Failed).count();
                let noun = if failed == 1 { "check" } else { "checks" };
                error_ui(ui, &format!("{failed} {noun} failed. The steps marked FAILED say why; Next shows the full report."));
            }
            (false, Some(StageEnd::Cancelled)) => {
                ui.label("Checks cancelled.");
            }
            (false, None) => {
                ui.label("The checks have not run yet.");
            }
        }
        if self.checks.running.is_none() && self.sign_in.signed_in_attempt.is_some() && ui.button("Run the checks again").clicked() {
            self.start_checks();
        }
        ui.add_space(8.0);

        let steps = &self.checks.steps;
        let imap: Vec<_> = steps.iter().filter(|step| step.phase != Phase::Smtp).collect();
        let smtp: Vec<_> = steps.iter().filter(|step| step.phase == Phase::Smtp).collect();
        let running = self.checks.running.is_some();
        ui.columns(2, |columns| {
            for (column, (title, steps, last_id)) in
                columns.iter_mut().zip([("Incoming mail (IMAP)", &imap, StepId::ImapLogout), ("Outgoing mail (SMTP)", &smtp, StepId::SmtpEnvelope)])
            {
                // Columns are justified, which would stretch wrapped text letter by letter.
                column.vertical(|ui| {
                    ui.label(RichText::new(title).strong());
                    for step in steps.iter() {
                        step_ui(ui, step);
                    }
                    if running && !super::progress::protocol_finished(steps, last_id) {
                        super::progress::next_step_running_ui(ui);
                    }
                });
            }
        });
    }

    fn thunderbird_page_ui(&mut self, ui: &mut egui::Ui) {
        heading_ui(ui, "Thunderbird");
        let Some(session) = &self.session else {
            ui.label("Enter an address first.");
            return;
        };
        let settings = flow::account_settings(session.run.request());
        let handoff_impossible = flow::why_sign_in_handoff_is_impossible(session.run.request()).map(|(_, reason)| reason);
        let mut handoff_toggle = None;
        let mut check_sign_in = None;
        let sign_in_words = match (&handoff_impossible, session.run.request().sign_in_handoff) {
            (None, true) => "OAuth2: you have signed in; Thunderbird starts signed in, and no password is stored",
            _ => "OAuth2: Thunderbird asks you to sign in once; no password is stored",
        };
        match &session.thunderbird_root {
            None => {
                error_ui(ui, "Mail Setup cannot find your home directory, so it cannot look for Thunderbird. Skip this step.");
            }
            Some(root) => {
                let place = if self.sandbox_mode {
                    "The sandbox's throwaway Thunderbird folder (deleted when Mail Setup closes):"
                } else {
                    "Thunderbird's folder:"
                };
                ui.label(place);
                ui.label(RichText::new(root.display().to_string()).monospace());
                ui.add_space(4.0);
                match &self.thunderbird.profiles {
                    ProfilesView::NotLooked => {}
                    ProfilesView::Looking => busy_ui(ui, "Looking for profiles…"),
                    ProfilesView::Failed(why) => error_ui(ui, why),
                    ProfilesView::Found(profiles) if profiles.is_empty() => {
                        ui.label("There is no Thunderbird profile there yet; Mail Setup creates one and makes it the default.");
                    }
                    ProfilesView::Found(profiles) => {
                        ui.label("The account goes into the profile Thunderbird opens by default. Profiles found:");
                        for profile in profiles {
                            let marker = if profile.is_default { "default" } else { "not the default" };
                            let accounts = match profile.accounts.len() {
                                0 => "no mail accounts yet".to_owned(),
                                1 => "1 mail account".to_owned(),
                                count => format!("{count} mail accounts"),
                            };
                            ui.horizontal_wrapped(|ui| {
                                ui.label(RichText::new(&profile.name).strong());
                                ui.label(format!("({marker}; {accounts})"));
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
                                    .add_enabled(!running, Button::new("Check Thunderbird's own sign-in"))
                                    .on_hover_text("Reads the sign-in Thunderbird saved for each OAuth2 account, renews it and checks IMAP and SMTP with it; no browser");
                                if button.clicked() {
                                    check_sign_in = Some(profile.path.clone());
                                }
                                if running {
                                    busy_ui(ui, "Asking the provider…");
                                }
                            });
                            match &self.thunderbird.doctor {
                                None => {}
                                Some(Err(why)) => error_ui(ui, why),
                                Some(Ok(reports)) if reports.is_empty() => {
                                    ui.label("No account there signs in at a provider Mail Setup can ask.");
                                }
                                Some(Ok(reports)) => {
                                    for report in reports {
                                        match report.first_failure() {
                                            None => success_ui(ui, &format!("{}: Thunderbird's saved sign-in works for receiving and sending.", report.address)),
                                            Some(failure) => {
                                                let words = failure.diagnosis.as_ref().map_or(failure.detail.as_str(), |diagnosis| diagnosis.title.as_str());
                                                warning_ui(ui, &format!("{}: {words}", report.address));
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
        let offer = match &self.thunderbird.profiles {
            ProfilesView::Found(profiles) => {
                let target = profiles.iter().find(|p| p.is_default).or(if profiles.len() == 1 { profiles.first() } else { None });
                target.and_then(|profile| flow::migration_offer(session.run.request(), profile).map(|(account, provider)| (profile.path.clone(), account, provider)))
            }
            _ => None,
        };
        let mut switch = None;
        if let Some((profile_dir, account, provider)) = &offer {
            ui.add_space(10.0);
            ui.label(RichText::new("Switch your existing account to OAuth2").strong());
            ui.label(format!(
                "This profile already has {} ({} on {}), which signs in with a password. {} stops accepting passwords; \
                 switching keeps the account with its mail, folders and filters, and sets it to sign in with OAuth2 on {} and {}.",
                account.email.as_deref().unwrap_or(&settings.email),
                account.incoming_type.to_uppercase(),
                account.incoming_host,
                provider.as_str(),
                settings.imap_host,
                settings.smtp_host,
            ));
            let passed = self.stage_end(Stage::Checks) == Some(StageEnd::Passed);
            ui.horizontal(|ui| {
                let button = ui.add_enabled(passed && self.thunderbird.writing.is_none(), Button::new(RichText::new("Switch to OAuth2").strong()));
                if button.clicked() {
                    switch = Some((profile_dir.clone(), account.account_key.clone(), *provider));
                }
                if !passed {
                    ui.label(RichText::new("(the checks must pass first)").weak());
                }
            });
            ui.label(RichText::new("Or add it as a new account below.").weak());
        }
        if let Some((profile_dir, account_key, provider)) = switch {
            self.migrate_in_place(profile_dir, account_key, provider);
            return;
        }
        ui.add_space(10.0);
        ui.label(RichText::new("What will be added").strong());
        summary_grid_ui(
            ui,
            "account settings",
            &[
                ("E-mail address", settings.email.clone()),
                ("Name", settings.display_name.clone()),
                ("Incoming (IMAP)", format!("{}:{} ({})", settings.imap_host, settings.imap_port, socket_words(settings.imap_socket))),
                ("Outgoing (SMTP)", format!("{}:{} ({})", settings.smtp_host, settings.smtp_port, socket_words(settings.smtp_socket))),
                ("Sign-in", sign_in_words.to_owned()),
            ],
        );
        if let Some(why_not) = &handoff_impossible {
            ui.label(RichText::new(format!("Thunderbird will ask you to sign in once when it starts: {why_not}.")).weak());
        } else {
            let mut keep = session.run.request().sign_in_handoff;
            let checkbox = ui
                .add_enabled(self.thunderbird.writing.is_none(), egui::Checkbox::new(&mut keep, "Keep Thunderbird signed in"))
                .on_hover_text("Hands your sign-in to Thunderbird, encrypted in its own saved logins, so that it does not ask you to sign in again. Mail Setup keeps no copy.");
            if checkbox.changed() {
                handoff_toggle = Some(keep);
            }
        }
        if !session.run.request().plan.thunderbird_can_use_oauth() && !self.sandbox_mode {
            warning_ui(ui, "Thunderbird cannot use OAuth2 with these servers, so the account may not sign in there.");
        }
        ui.add_space(6.0);
        ui.label(RichText::new("Close Thunderbird first: it rewrites its settings when it exits.").weak());
        ui.add_space(8.0);

        let can_write = session.thunderbird_root.is_some() && self.thunderbird.writing.is_none();
        ui.horizontal(|ui| {
            let write = ui.add_enabled(can_write, Button::new(RichText::new("Write to Thunderbird").strong()).min_size(egui::vec2(180.0, 28.0)));
            if self.thunderbird_result().is_none() && can_write && std::mem::take(&mut self.focus_primary) {
                write.request_focus();
            }
            if write.clicked() {
                self.write_thunderbird();
            }
            if ui.add_enabled(self.thunderbird.writing.is_none(), Button::new("Skip")).on_hover_text("Go to the report without writing").clicked() {
                self.skip_thunderbird();
            }
        });
        if self.thunderbird.writing.is_some() {
            busy_ui(ui, "Writing…");
        }
        if self.thunderbird.waiting_for_close.is_some() {
            busy_ui(ui, "Waiting for Thunderbird to close. Quit it (File › Quit); Mail Setup writes the account as soon as it has.");
        }
        if let Some((step, summary)) = self.thunderbird_result() {
            ui.add_space(8.0);
            match (step.outcome, summary) {
                (Outcome::Passed, Some(summary)) => {
                    let backup = summary.backup.as_ref().map(|backup| format!(" The previous settings are saved in {backup}.")).unwrap_or_default();
                    let what = match summary.action.as_str() {
                        "already-present" => "was already in",
                        "migrated" | "updated" => "now signs in with OAuth2 in",
                        _ => "was added to",
                    };
                    success_ui(ui, &format!("The account {what} {}.{backup}", summary.profile));
                }
                (Outcome::Failed, _) => error_ui(ui, &format!("Not written: {}", step.detail)),
                _ => step_ui(ui, step),
            }
            if let Some(handoff) = self.handoff_result() {
                match handoff.outcome {
                    Outcome::Passed => success_ui(ui, "Thunderbird starts signed in: you will not have to sign in again."),
                    Outcome::Failed => {
                        let words = handoff.diagnosis.as_ref().map_or(handoff.detail.as_str(), |diagnosis| diagnosis.title.as_str());
                        warning_ui(ui, &format!("Thunderbird will ask you to sign in once when it starts. {words}"));
                    }
                    Outcome::Skipped => {}
                }
            }
        }
        if let Some(keep) = handoff_toggle
            && let Some(run) = self.run_mut()
        {
            run.set_sign_in_handoff(keep);
        }
        if let Some(profile_dir) = check_sign_in {
            self.check_thunderbirds_sign_in(profile_dir);
        }
    }

    fn done_page_ui(&mut self, ui: &mut egui::Ui) {
        heading_ui(ui, "Done");
        let Some(report) = self.report() else {
            ui.label("Nothing was set up yet.");
            return;
        };
        if report.all_passed() {
            success_ui(ui, "Everything passed.");
        } else if let Some(failure) = report.first_failure() {
            error_ui(ui, &format!("{} failed: {}", failure.title, failure.detail));
        }
        match &report.thunderbird {
            Some(summary) if self.sandbox_mode => {
                ui.label(format!(
                    "The account is in the practice profile {}. That folder disappears when Mail Setup closes.",
                    summary.profile
                ));
            }
            Some(summary) if self.handoff_result().is_some_and(|step| step.outcome == Outcome::Passed) => {
                ui.label(format!("The account is in the Thunderbird profile {}. Start Thunderbird: it is already signed in.", summary.profile));
            }
            Some(summary) => {
                ui.label(format!("The account is in the Thunderbird profile {}. Start Thunderbird and sign in once when it asks.", summary.profile));
            }
            None => {
                ui.label("Nothing was written to Thunderbird.");
            }
        }
        ui.add_space(6.0);
        let text = report.to_string();
        ui.horizontal(|ui| {
            if ui.button("Copy report").clicked() {
                ui.ctx().copy_text(text.clone());
                self.notice = Some("Copied the report to the clipboard.".to_owned());
            }
            if !report.all_passed() && ui.button("Copy admin ticket").on_hover_text("Ready-to-send text for your IT department: who, when, which app and tenant, the failing step, the diagnosis and the exact admin action").clicked() {
                ui.ctx().copy_text(crate::helpdesk::admin_ticket(&report));
                self.notice = Some("Copied the admin ticket to the clipboard. Paste it into an e-mail to your IT department.".to_owned());
            }
            if ui.button("Save support bundle").on_hover_text("One JSON file with the report, the protocol transcript and the decoded token claims; it holds no password or token").clicked() {
                self.notice = Some(save_support_bundle(&report));
            }
            if ui.button("Start over").clicked() {
                self.start_over();
            }
        });
        ui.add_space(6.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(egui::Label::new(RichText::new(text).monospace()).selectable(true).wrap());
        });
    }
}

/// Writes the support bundle into the Downloads folder (else the home
/// folder) on a short thread, so the UI thread does no file I/O; returns the
/// notice to show.
fn save_support_bundle(report: &crate::report::Report) -> String {
    let bundle = crate::helpdesk::support_bundle(report);
    let Some(folder) = directories::UserDirs::new().map(|dirs| dirs.download_dir().unwrap_or(dirs.home_dir()).to_path_buf()) else {
        return "Cannot find your Downloads or home folder to save the support bundle.".to_owned();
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
        Ok(_) => format!("Saving the support bundle to {shown} (it holds no password or token)."),
        Err(error) => format!("Could not save the support bundle: {error}"),
    }
}

/// How Thunderbird's socket type reads in the summary.
fn socket_words(socket: SocketType) -> &'static str {
    match socket {
        SocketType::Ssl => "TLS",
        SocketType::StartTls => "STARTTLS",
    }
}

/// Two columns of label and value.
fn summary_grid_ui(ui: &mut egui::Ui, id: &str, rows: &[(&str, String)]) {
    egui::Grid::new(id).num_columns(2).spacing([12.0, 4.0]).show(ui, |ui| {
        for (label, value) in rows {
            ui.add_sized([LABEL_COLUMN_WIDTH, 18.0], egui::Label::new(RichText::new(*label).weak()));
            ui.add(egui::Label::new(value.as_str()).wrap());
            ui.end_row();
        }
    });
}

/// The device code fallback: the code to type, where to type it, and a Copy button.
fn device_code_ui(ui: &mut egui::Ui, shown: &crate::oauth::device::DeviceCodeShown, notice: &mut Option<String>) {
    ui.label(RichText::new(crate::oauth::device::FALLBACK_LABEL).strong());
    ui.label(format!("On any device with a browser, open {} and enter this code:", shown.verification_uri));
    ui.horizontal(|ui| {
        ui.add(egui::Label::new(RichText::new(&shown.user_code).monospace().size(22.0).strong()).selectable(true));
        if ui.button("Copy code").clicked() {
            ui.ctx().copy_text(shown.user_code.clone());
            *notice = Some("Copied the code.".to_owned());
        }
    });
    ui.label(RichText::new(format!("The code is valid for {} minutes. {}", shown.expires_in.as_secs() / 60, crate::oauth::device::FALLBACK_WARNING)).weak());
    busy_ui(ui, "Waiting for you to enter the code and sign in…");
}
