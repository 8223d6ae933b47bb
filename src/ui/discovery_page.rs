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

use super::worker::AttemptId;
use super::widgets::{busy_ui, error_ui};
use crate::provider::discovery::Discovery;
use crate::provider::{PlanSource, ProviderPlan, Security, ServerEndpoint, SignIn, microsoft_plan};
use egui::{RichText, TextEdit};

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

/// The manual-settings form.
#[derive(Clone, Debug)]
pub(crate) struct ManualForm {
    pub address: String,
    pub imap_host: String,
    pub imap_port: String,
    pub imap_security: Security,
    pub smtp_host: String,
    pub smtp_port: String,
    pub smtp_security: Security,
    pub sign_in: ManualSignIn,
    pub error: Option<String>,
}

impl ManualForm {
    /// A form for `address`, prefilled from `plan` or with the usual guesses.
    pub(crate) fn new(address: &str, plan: Option<&ProviderPlan>) -> Self {
        let domain = address.rsplit_once('@').map(|(_, d)| d).unwrap_or_default();
        let (imap, smtp) = match plan {
            Some(plan) => (plan.imap.clone(), plan.smtp.clone()),
            None => (
                ServerEndpoint { host: format!("imap.{domain}"), port: 993, security: Security::Tls },
                ServerEndpoint { host: format!("smtp.{domain}"), port: 587, security: Security::Starttls },
            ),
        };
        let microsoft = plan.is_some_and(|p| crate::provider::oauth_provider_of_host(&p.oauth.issuer) == Some(crate::provider::OAuthProvider::Microsoft));
        Self {
            address: address.to_owned(),
            imap_host: imap.host,
            imap_port: imap.port.to_string(),
            imap_security: imap.security,
            smtp_host: smtp.host,
            smtp_port: smtp.port.to_string(),
            smtp_security: smtp.security,
            sign_in: if microsoft { ManualSignIn::Microsoft365 } else { ManualSignIn::Password },
            error: None,
        }
    }

    /// The plan these settings describe, or why they are not usable.
    pub(crate) fn plan(&self) -> Result<ProviderPlan, String> {
        let endpoint = |what: &str, host: &str, port: &str, security| -> Result<ServerEndpoint, String> {
            let host = host.trim().trim_end_matches('.').to_ascii_lowercase();
            if !crate::provider::discovery::autoconfig::is_host_name(&host) {
                return Err(format!("the {what} server \"{host}\" is not a host name"));
            }
            let port: u16 = port.trim().parse().ok().filter(|p| *p != 0).ok_or_else(|| format!("the {what} port must be 1–65535"))?;
            Ok(ServerEndpoint { host, port, security })
        };
        let imap = endpoint("incoming (IMAP)", &self.imap_host, &self.imap_port, self.imap_security)?;
        let smtp = endpoint("outgoing (SMTP)", &self.smtp_host, &self.smtp_port, self.smtp_security)?;
        let mut plan = match self.sign_in {
            ManualSignIn::Microsoft365 => microsoft_plan("Microsoft 365 (work or school)", "organizations"),
            ManualSignIn::Password => {
                let mut plan = microsoft_plan("Settings entered by hand", "organizations");
                plan.oauth = crate::provider::no_registration();
                plan.sign_in = SignIn::Password { note: None };
                plan
            }
        };
        plan.source = PlanSource::UserChoice;
        plan.imap = imap;
        plan.smtp = smtp;
        crate::provider::add_thunderbird_oauth_warning(&mut plan);
        Ok(plan)
    }
}

/// What the user did on the manual-settings form this frame.
// Returned once per frame and consumed at once: boxing would only add an allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub(crate) enum ManualFormAction {
    /// Nothing yet.
    None,
    /// "Use these settings" with settings that make a plan.
    Accept(ProviderPlan),
}

/// The Address page's discovery part: progress while `running` (the address
/// being looked up), or the manual-settings form. `last` is the discovery
/// that found nothing for the form's address, if that is why it shows.
pub(crate) fn discovery_ui(ui: &mut egui::Ui, running: Option<&str>, form: Option<&mut ManualForm>, last: Option<&Discovery>) -> ManualFormAction {
    if let Some(address) = running {
        ui.add_space(8.0);
        let domain = address.rsplit_once('@').map(|(_, d)| d).unwrap_or_default();
        busy_ui(ui, &format!("Looking up the settings for {domain}: autoconfig, Thunderbird's ISPDB, DNS and Microsoft, all at once…"));
        return ManualFormAction::None;
    }
    let Some(form) = form else { return ManualFormAction::None };
    ui.add_space(8.0);
    ui.label(RichText::new("Server settings").strong());
    if let Some(last) = last.filter(|d| d.address == form.address && d.plan.is_none()) {
        error_ui(ui, last.no_plan_reason.as_deref().unwrap_or("Nothing was found for this domain."));
        evidence_ui(ui, last, "manual evidence");
    }
    egui::Grid::new("manual settings").num_columns(3).spacing([8.0, 4.0]).show(ui, |ui| {
        for (label, host, port, security) in [
            ("Incoming (IMAP)", &mut form.imap_host, &mut form.imap_port, &mut form.imap_security),
            ("Outgoing (SMTP)", &mut form.smtp_host, &mut form.smtp_port, &mut form.smtp_security),
        ] {
            let label = ui.label(label);
            ui.add(TextEdit::singleline(host).desired_width(220.0)).labelled_by(label.id);
            ui.horizontal(|ui| {
                ui.add(TextEdit::singleline(port).desired_width(50.0)).labelled_by(label.id);
                ui.radio_value(security, Security::Tls, "TLS");
                ui.radio_value(security, Security::Starttls, "STARTTLS");
            });
            ui.end_row();
        }
        ui.label("Sign-in");
        ui.horizontal(|ui| {
            ui.radio_value(&mut form.sign_in, ManualSignIn::Microsoft365, "Microsoft 365 (OAuth2)");
            ui.radio_value(&mut form.sign_in, ManualSignIn::Password, "Password");
        });
        ui.end_row();
    });
    if let Some(error) = &form.error {
        error_ui(ui, error);
    }
    if ui.button("Use these settings").clicked() {
        match form.plan() {
            Ok(plan) => return ManualFormAction::Accept(plan),
            Err(why) => form.error = Some(why),
        }
    }
    ManualFormAction::None
}

/// The evidence: every lookup, what it said and how long it took.
pub(super) fn evidence_ui(ui: &mut egui::Ui, discovery_or_plan: &Discovery, id: &str) {
    evidence_list_ui(ui, &discovery_or_plan.evidence, discovery_or_plan.elapsed, id);
}

/// The evidence of a plan, folded.
pub(super) fn evidence_list_ui(ui: &mut egui::Ui, evidence: &[crate::provider::Evidence], elapsed: std::time::Duration, id: &str) {
    if evidence.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(format!("How this was found ({} lookups, {} ms)", evidence.len(), elapsed.as_millis()))
        .id_salt(id)
        .default_open(true)
        .show(ui, |ui| {
            egui::Grid::new(id).num_columns(3).spacing([8.0, 2.0]).show(ui, |ui| {
                for item in evidence {
                    let outcome = item.outcome.as_str();
                    let name = if item.used { RichText::new(&item.source).strong() } else { RichText::new(&item.source) };
                    ui.label(name);
                    ui.label(format!("{} ms, {outcome}", item.duration.as_millis()));
                    ui.label(&item.said);
                    ui.end_row();
                }
            });
        });
}
