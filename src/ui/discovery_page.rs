//! Discovery in the wizard: after the address, the account plan is looked up
//! on the worker thread (never here), shown with its evidence and warnings,
//! and can be accepted or edited on the manual-settings form, which is also
//! what the user gets when nothing was found.
//!
//! ```text
//! Next on Address ─ domain not in the catalogue ─▶ Command::Discover ─▶ worker
//!   ◀─ Message::Discovered ── plan?  yes ─▶ Sign in page (plan, evidence, "Edit settings…")
//!                                     no ─▶ manual settings on the Address page
//! ```
//!
//! Discovery runs only when [`super::WizardOptions::discovery`] is set: the
//! real window sets it (`ui::run`); tests point it at loopback fixtures or
//! leave it off (catalogue only), so no test reaches the internet.

use crate::tr;
use super::worker::AttemptId;
use super::widgets::error_ui;
use crate::provider::discovery::Discovery;
use crate::provider::{Evidence, IncomingProtocol, PlanSource, ProviderPlan, Security, ServerEndpoint, SignIn, microsoft_plan};
use egui::{Label, RichText, TextEdit};

/// The discovery part of the wizard's state.
#[derive(Default)]
pub(crate) struct DiscoveryStage {
    /// The running lookup: its attempt and the address it is for.
    pub running: Option<(AttemptId, String)>,
    /// The last finished discovery.
    pub last: Option<Discovery>,
    /// The manual-settings form, when open.
    pub manual: Option<ManualForm>,
    /// Settings the user entered or accepted by hand, for this address.
    pub manual_plan: Option<(String, ProviderPlan)>,
}

/// How a hand-entered account signs in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ManualSignIn {
    /// Microsoft 365: OAuth2 with Thunderbird's registration.
    Microsoft365,
    /// A password (Thunderbird asks for it).
    Password,
}

/// One field of the manual-settings form that can be wrong.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ManualField {
    IncomingHost,
    IncomingPort,
    SmtpHost,
    SmtpPort,
}

/// Why the form's settings are not usable, and which field to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FieldError {
    pub field: ManualField,
    pub text: String,
}

/// The manual-settings form.
#[derive(Clone, Debug)]
pub(crate) struct ManualForm {
    pub address: String,
    pub incoming_host: String,
    pub incoming_port: String,
    pub incoming_security: Security,
    /// IMAP or POP3.
    pub incoming_protocol: IncomingProtocol,
    pub smtp_host: String,
    pub smtp_port: String,
    pub smtp_security: Security,
    pub sign_in: ManualSignIn,
    pub error: Option<FieldError>,
    /// Set with a new error: the next frame moves keyboard focus to its
    /// field, once, so the user lands where the fix is.
    pub focus_error: bool,
}

impl ManualForm {
    /// A form for `address`, prefilled from `plan` or with the usual guesses.
    pub(crate) fn new(address: &str, plan: Option<&ProviderPlan>) -> Self {
        let domain = address.rsplit_once('@').map(|(_, d)| d).unwrap_or_default();
        let (imap, smtp, incoming_protocol) = match plan {
            Some(plan) => (plan.incoming.clone(), plan.smtp.clone(), plan.incoming_protocol),
            None => (
                ServerEndpoint { host: format!("imap.{domain}"), port: 993, security: Security::Tls },
                ServerEndpoint { host: format!("smtp.{domain}"), port: 587, security: Security::Starttls },
                IncomingProtocol::Imap,
            ),
        };
        let microsoft = plan.is_some_and(|p| crate::provider::oauth_provider_of_host(&p.oauth.issuer) == Some(crate::provider::OAuthProvider::Microsoft));
        Self {
            address: address.to_owned(),
            incoming_host: imap.host,
            incoming_port: imap.port.to_string(),
            incoming_security: imap.security,
            incoming_protocol,
            smtp_host: smtp.host,
            smtp_port: smtp.port.to_string(),
            smtp_security: smtp.security,
            sign_in: if microsoft { ManualSignIn::Microsoft365 } else { ManualSignIn::Password },
            error: None,
            focus_error: false,
        }
    }

    /// The plan these settings describe, or which field is wrong and why.
    pub(crate) fn plan(&self) -> Result<ProviderPlan, FieldError> {
        let endpoint = |what: &str, (host_field, host): (ManualField, &str), (port_field, port): (ManualField, &str), security| {
            let host = host.trim().trim_end_matches('.').to_ascii_lowercase();
            if !crate::provider::discovery::autoconfig::is_host_name(&host) {
                let text = if host.is_empty() { tr!("manual-host-empty", what = what) } else { tr!("manual-host-invalid", what = what, host = host) };
                return Err(FieldError { field: host_field, text });
            }
            let port: u16 = port.trim().parse().ok().filter(|p| *p != 0).ok_or_else(|| FieldError {
                field: port_field,
                text: tr!("manual-port-invalid", what = what),
            })?;
            Ok(ServerEndpoint { host, port, security })
        };
        let imap = endpoint(
            &tr!("manual-incoming", protocol = self.incoming_protocol.to_string()),
            (ManualField::IncomingHost, &self.incoming_host),
            (ManualField::IncomingPort, &self.incoming_port),
            self.incoming_security,
        )?;
        let smtp = endpoint(
            &tr!("manual-outgoing"),
            (ManualField::SmtpHost, &self.smtp_host),
            (ManualField::SmtpPort, &self.smtp_port),
            self.smtp_security,
        )?;
        let mut plan = match self.sign_in {
            ManualSignIn::Microsoft365 => microsoft_plan(&tr!("manual-sign-in-microsoft-365"), "organizations"),
            ManualSignIn::Password => {
                let mut plan = microsoft_plan(&tr!("manual-provider-by-hand"), "organizations");
                plan.oauth = crate::provider::no_registration();
                plan.sign_in = SignIn::Password { note: None };
                plan
            }
        };
        plan.source = PlanSource::UserChoice;
        plan.incoming = imap;
        plan.incoming_protocol = self.incoming_protocol;
        plan.smtp = smtp;
        let mut plan = plan.with_uniform_auth();
        crate::provider::add_thunderbird_oauth_warning(&mut plan);
        Ok(plan)
    }

    /// The plan, or `None` with the error shown at its field and focus moved
    /// there on the next frame.
    pub(crate) fn accept(&mut self) -> Option<ProviderPlan> {
        match self.plan() {
            Ok(plan) => {
                self.error = None;
                Some(plan)
            }
            Err(error) => {
                self.error = Some(error);
                self.focus_error = true;
                None
            }
        }
    }
}

/// The text of the form's primary button: it takes the settings and goes on
/// to the Sign in page, as the wizard's Next does while the form is open.
pub(crate) fn continue_with_settings() -> String {
    tr!("manual-continue")
}

/// What the user did on the manual-settings form this frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ManualFormAction {
    /// Nothing yet.
    None,
    /// "Continue with these settings": accept the form and go on.
    Continue,
    /// "Try again": look the address up once more.
    TryAgain,
}

/// What the user sees when not one lookup got an answer.
pub(crate) fn offline_text() -> String {
    tr!("discovery-offline")
}

/// The Address page's discovery part: progress while `running` (the address
/// being looked up), or the manual-settings form. `last` is the discovery
/// that found nothing for the form's address, if that is why it shows.
pub(crate) fn discovery_ui(ui: &mut egui::Ui, running: Option<&str>, form: Option<&mut ManualForm>, last: Option<&Discovery>) -> ManualFormAction {
    if let Some(address) = running {
        ui.add_space(8.0);
        let domain = address.rsplit_once('@').map(|(_, d)| d).unwrap_or_default();
        ui.horizontal_wrapped(|ui| {
            ui.spinner();
            ui.add(Label::new(tr!("discovery-looking-up", domain = domain)).wrap());
        });
        return ManualFormAction::None;
    }
    let Some(form) = form else { return ManualFormAction::None };
    let mut action = ManualFormAction::None;
    ui.add_space(8.0);
    ui.label(RichText::new(tr!("manual-heading")).strong());
    if let Some(last) = last.filter(|d| d.address == form.address && d.plan.is_none()) {
        if last.nothing_answered() {
            error_ui(ui, &offline_text());
            if ui.button(tr!("discovery-try-again")).on_hover_text(tr!("discovery-try-again-hint")).clicked() {
                action = ManualFormAction::TryAgain;
            }
            ui.add_space(4.0);
            ui.add(Label::new(tr!("discovery-or-enter-servers")).wrap());
        } else {
            error_ui(ui, &last.no_plan_reason.clone().unwrap_or_else(|| tr!("discovery-nothing-found")));
        }
        evidence_ui(ui, last, "manual evidence");
    }
    ui.add_space(4.0);
    // No grid: each server's fields flow onto a new line when the window is
    // narrow, instead of running past its edge.
    let error = form.error.clone();
    let focus = std::mem::take(&mut form.focus_error);
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("manual-receive-with"));
        let before = form.incoming_protocol;
        ui.radio_value(&mut form.incoming_protocol, IncomingProtocol::Imap, tr!("manual-imap"));
        ui.radio_value(&mut form.incoming_protocol, IncomingProtocol::Pop3, tr!("manual-pop3"));
        // The usual port and the guessed server name follow the protocol,
        // unless the user typed others.
        if form.incoming_protocol != before {
            if form.incoming_port.trim() == before.default_port(form.incoming_security).to_string() {
                form.incoming_port = form.incoming_protocol.default_port(form.incoming_security).to_string();
            }
            let domain = form.address.rsplit_once('@').map(|(_, d)| d).unwrap_or_default();
            let guess = |protocol: IncomingProtocol| match protocol {
                IncomingProtocol::Imap => format!("imap.{domain}"),
                IncomingProtocol::Pop3 => format!("pop.{domain}"),
            };
            if form.incoming_host.trim() == guess(before) {
                form.incoming_host = guess(form.incoming_protocol);
            }
        }
    });
    let incoming_title = tr!("manual-incoming", protocol = form.incoming_protocol.to_string());
    let outgoing_title = tr!("manual-outgoing");
    for (title, (host_field, host), (port_field, port), security) in [
        (incoming_title.as_str(), (ManualField::IncomingHost, &mut form.incoming_host), (ManualField::IncomingPort, &mut form.incoming_port), &mut form.incoming_security),
        (outgoing_title.as_str(), (ManualField::SmtpHost, &mut form.smtp_host), (ManualField::SmtpPort, &mut form.smtp_port), &mut form.smtp_security),
    ] {
        let label = ui.label(title);
        let mut error_for_row = None;
        ui.horizontal_wrapped(|ui| {
            let host = ui.add(TextEdit::singleline(host).desired_width(220.0)).labelled_by(label.id);
            ui.label(tr!("manual-port"));
            let port = ui.add(TextEdit::singleline(port).desired_width(50.0));
            // Two fields say "port": the name says whose.
            ui.ctx().accesskit_node_builder(port.id, |node| node.set_label(tr!("manual-port-name", server = title)));
            ui.radio_value(security, Security::Tls, "TLS");
            ui.radio_value(security, Security::Starttls, "STARTTLS");
            for (field, response) in [(host_field, &host), (port_field, &port)] {
                if let Some(error) = error.as_ref().filter(|e| e.field == field) {
                    if focus {
                        response.request_focus();
                    }
                    error_for_row = Some((response.id, error.text.clone()));
                }
            }
        });
        if let Some((field_id, text)) = error_for_row {
            field_error_ui(ui, field_id, &text);
        }
    }
    ui.label(tr!("manual-sign-in"));
    ui.horizontal_wrapped(|ui| {
        ui.radio_value(&mut form.sign_in, ManualSignIn::Microsoft365, tr!("manual-sign-in-microsoft-365"));
        ui.radio_value(&mut form.sign_in, ManualSignIn::Password, tr!("manual-sign-in-password"));
    });
    ui.add_space(4.0);
    if ui.button(continue_with_settings()).clicked() {
        action = ManualFormAction::Continue;
    }
    action
}

/// An error under the field it is about: announced as an alert, and the
/// field's description, so a screen reader says it on the field itself.
fn field_error_ui(ui: &mut egui::Ui, field_id: egui::Id, text: &str) {
    let color = ui.visuals().error_fg_color;
    let response = ui.add(Label::new(RichText::new(text).color(color)).wrap());
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(egui::accesskit::Role::Alert);
        node.set_label(text);
    });
    ui.ctx().accesskit_node_builder(field_id, |node| {
        node.set_description(text);
        node.push_described_by(response.id.accesskit_id());
    });
}

/// The fold with the lookups' exact words; named apart from the wizard's
/// own "Technical details" switch, which shows the whole run's.
pub(crate) fn technical_details() -> String {
    tr!("discovery-technical-details")
}

/// The evidence: every lookup, what it said and how long it took.
pub(super) fn evidence_ui(ui: &mut egui::Ui, discovery_or_plan: &Discovery, id: &str) {
    evidence_list_ui(ui, &discovery_or_plan.evidence, discovery_or_plan.elapsed, id);
}

/// The evidence of a plan: per lookup, in plain words, what it found; the
/// exact questions, times and error chains under "Technical details"
/// (selectable, so a helpdesk can copy them). Everything wraps at the
/// window's edge.
pub(super) fn evidence_list_ui(ui: &mut egui::Ui, evidence: &[Evidence], elapsed: std::time::Duration, id: &str) {
    if evidence.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(tr!("discovery-how-found", lookups = evidence.len(), millis = elapsed.as_millis() as u64))
        .id_salt(id)
        .default_open(true)
        .show(ui, |ui| {
            for item in evidence {
                ui.add(Label::new(plain_evidence_text(item, item.used)).wrap());
            }
            egui::CollapsingHeader::new(technical_details()).id_salt((id, "technical details")).default_open(false).show(ui, |ui| {
                for item in evidence {
                    let used = if item.used { ", used" } else { "" };
                    let text = format!(
                        "{}: {} ({} ms, {}{used}): {}",
                        item.source,
                        item.lookup,
                        item.duration.as_millis(),
                        item.outcome.as_str(),
                        item.said
                    );
                    ui.add(Label::new(RichText::new(text).monospace()).wrap().selectable(true));
                }
            });
        });
}

/// One lookup in plain words: what was asked, and what came of it. A found
/// answer keeps its words (they name the provider); failures do not show
/// their error chain here.
fn plain_evidence_text(item: &Evidence, used: bool) -> RichText {
    let found = matches!(item.outcome, crate::provider::EvidenceOutcome::Found);
    let text = if found {
        format!("{}: {} ({})", item.source_in_plain_words(), item.in_plain_words(), item.said)
    } else {
        format!("{}: {}", item.source_in_plain_words(), item.in_plain_words())
    };
    if used { RichText::new(text).strong() } else { RichText::new(text) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::address::EmailAddress;
    use crate::flow::{ProfileTarget, SetupRequest};

    fn form() -> ManualForm {
        ManualForm::new("bob@nowhere.example", None)
    }

    #[test]
    fn an_unusable_setting_names_its_field() {
        let mut bad_host = form();
        bad_host.incoming_host = "imap nowhere".to_owned();
        let error = bad_host.plan().unwrap_err();
        assert_eq!(error.field, ManualField::IncomingHost);
        assert!(error.text.starts_with("Incoming mail (IMAP) server:"), "{}", error.text);

        let mut bad_port = form();
        bad_port.smtp_port = "0".to_owned();
        assert!(bad_port.accept().is_none());
        let error = bad_port.error.clone().unwrap();
        assert_eq!(error.field, ManualField::SmtpPort);
        assert!(error.text.starts_with("Outgoing mail (SMTP) port:"), "{}", error.text);
        assert!(bad_port.focus_error, "focus goes to the field on the next frame");

        bad_port.smtp_port = "587".to_owned();
        assert!(bad_port.accept().is_some());
        assert!(bad_port.error.is_none());
    }

    #[test]
    fn the_ticket_for_hand_entered_settings_quotes_no_placeholder() {
        let ticket = |sign_in| {
            let mut form = form();
            form.sign_in = sign_in;
            let address = EmailAddress::parse(&form.address).unwrap();
            let request = SetupRequest::new(
                address,
                "Bob".to_owned(),
                form.plan().unwrap(),
                crate::tls::TrustStore::system(),
                crate::oauth::BrowserLauncher::System,
                ProfileTarget::NoWrite,
            );
            crate::helpdesk::admin_ticket_at(&crate::flow::start_report(&request), "2026-01-05T09:00:00Z")
        };
        let password = ticket(ManualSignIn::Password);
        assert!(!password.contains("invalid.invalid"), "{password}");
        assert!(!password.contains("App (client) id"), "{password}");
        assert!(password.contains("Sign-in:          with a password"), "{password}");

        let microsoft = ticket(ManualSignIn::Microsoft365);
        assert!(microsoft.contains("(Thunderbird's own registration)"), "{microsoft}");
        assert!(microsoft.contains("Sign-in at:       https://login.microsoftonline.com/organizations/"), "{microsoft}");
    }
}
