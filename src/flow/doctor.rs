//! `doctor`: what Thunderbird's own sign-in says, without a browser. For
//! each OAuth account of a profile it reads the sign-in Thunderbird saved
//! (decrypted with Thunderbird's NSS), renews it at the provider as
//! Thunderbird would, inspects the access token and runs the IMAP and SMTP
//! checks with it. The diagnoses are then Thunderbird's real state: no
//! sign-in saved, refresh token expired or revoked, password changed, a
//! policy that asks for a new sign-in, SMTP AUTH off.
//!
//! Where the provider rotates the refresh token, the new one is written
//! back as Thunderbird does (it replaces the entry), but only while
//! Thunderbird is closed; otherwise Thunderbird's own copy stays valid
//! until Thunderbird itself renews it.

use super::{FlowEvent, ProfileTarget, SetupRequest, announce, diagnosed, diagnosis_context, inspect_tokens};
use crate::address::EmailAddress;
use crate::oauth::{BrowserLauncher, CancelFlag};
use crate::probe::Deadlines;
use crate::provider::{ProviderPlan, Security, ServerEndpoint};
use crate::report::{Phase, Report, Step, StepId};
use crate::thunderbird::handoff::{HandOff, SavedSignIn, hand_off, saved_sign_ins};
use crate::thunderbird::{self, AccountInfo, ThunderbirdError};
use crate::tls::TrustStore;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What `doctor` looks at.
pub struct DoctorRequest {
    pub profile_dir: PathBuf,
    /// Only the account with this address (or user name); all when `None`.
    pub email: Option<String>,
    /// The registration Thunderbird signs in with, by issuer host: the
    /// built-in Microsoft one unless a provider file names another (an
    /// add-on or policy may register providers in Thunderbird).
    pub provider_file_plan: Option<ProviderPlan>,
    pub trust: TrustStore,
    pub deadlines: Deadlines,
}

impl DoctorRequest {
    /// The doctor for `profile_dir` as a setup with `setup` would see it
    /// (the wizard's "Check Thunderbird's own sign-in"): a provider file's
    /// or the sandbox's registration is the one its accounts' servers sign
    /// in with; otherwise Thunderbird's own.
    pub fn for_setup(setup: &SetupRequest, profile_dir: PathBuf) -> Self {
        let provider_file_plan = match setup.plan.source {
            crate::provider::PlanSource::ProviderFile { .. } | crate::provider::PlanSource::Sandbox => Some(setup.plan.clone()),
            _ => None,
        };
        Self { profile_dir, email: None, provider_file_plan, trust: setup.trust.clone(), deadlines: setup.deadlines }
    }
}

/// One OAuth account of the profile, and the plan Thunderbird signs in to
/// it with.
struct Patient {
    account: AccountInfo,
    user_name: String,
    plan: ProviderPlan,
}

/// Runs the doctor over the profile's OAuth accounts: one report each.
/// An error only when the profile itself cannot be read.
pub fn doctor(
    request: &DoctorRequest,
    runtime: &tokio::runtime::Handle,
    cancel: &CancelFlag,
    on_event: &(dyn Fn(FlowEvent) + Send + Sync),
) -> Result<Vec<Report>, ThunderbirdError> {
    let prefs = thunderbird::read_profile_prefs(&request.profile_dir)?.ok_or_else(|| ThunderbirdError::ProfileNotFound { path: request.profile_dir.join("prefs.js") })?;
    let patients = patients(&prefs, request);
    let nss_dirs = super::nss_dirs(&request.profile_dir);
    // Thunderbird's saved sign-ins, decrypted once per provider however
    // many of its accounts use it.
    let mut saved: BTreeMap<String, Result<Vec<SavedSignIn>, ThunderbirdError>> = BTreeMap::new();
    let mut reports = Vec::new();
    for patient in patients {
        if cancel.is_cancelled() {
            break;
        }
        let origin = format!("oauth://{}", patient.plan.oauth.issuer);
        let saved_there = saved.entry(origin.clone()).or_insert_with(|| saved_sign_ins(&request.profile_dir, &origin, &nss_dirs));
        let found = Found { origin: &origin, saved: saved_there, nss_dirs: &nss_dirs };
        reports.push(examine(request, &patient, &found, runtime, cancel, on_event));
    }
    Ok(reports)
}

/// What the profile holds for a patient's provider.
struct Found<'a> {
    origin: &'a str,
    saved: &'a Result<Vec<SavedSignIn>, ThunderbirdError>,
    nss_dirs: &'a [PathBuf],
}

/// The profile's accounts that sign in with OAuth2 at a provider
/// Thunderbird (or the provider file) knows.
fn patients(prefs: &thunderbird::prefs::PrefsFile, request: &DoctorRequest) -> Vec<Patient> {
    let wanted = |account: &AccountInfo, user: &str| {
        request.email.as_deref().is_none_or(|email| {
            user.eq_ignore_ascii_case(email) || account.email.as_deref().is_some_and(|address| address.eq_ignore_ascii_case(email))
        })
    };
    thunderbird::profile_accounts(prefs)
        .into_iter()
        .filter(|account| account.uses_oauth2())
        .filter_map(|account| {
            let user_name = account.incoming_user_name.clone().or_else(|| account.email.clone())?;
            if !wanted(&account, &user_name) {
                return None;
            }
            let mut plan = match &request.provider_file_plan {
                Some(plan) if plan.incoming.host.eq_ignore_ascii_case(&account.incoming_host) => plan.clone(),
                Some(_) => return None,
                None if crate::provider::thunderbird_oauth_issuer(&account.incoming_host) == Some("login.microsoftonline.com") => {
                    crate::provider::microsoft_plan("Microsoft 365", "common")
                }
                None => return None,
            };
            plan.incoming = endpoint_of(prefs, &account, true, &plan.incoming);
            if account.incoming_type == crate::provider::IncomingProtocol::Pop3.as_str() {
                plan.incoming_protocol = crate::provider::IncomingProtocol::Pop3;
            }
            plan.smtp = endpoint_of(prefs, &account, false, &plan.smtp);
            Some(Patient { account, user_name, plan })
        })
        .collect()
}

/// The server the account uses, as `prefs.js` says, with the plan's values
/// where it says nothing.
fn endpoint_of(prefs: &thunderbird::prefs::PrefsFile, account: &AccountInfo, incoming: bool, default: &ServerEndpoint) -> ServerEndpoint {
    let (host, port, socket) = if incoming {
        (Some(account.incoming_host.clone()), account.incoming_port, prefs.get_int(&format!("mail.server.{}.socketType", account.server_key)))
    } else {
        let key = account.smtp_key.as_deref().unwrap_or_default();
        (account.smtp_host.clone(), account.smtp_port, prefs.get_int(&format!("mail.smtpserver.{key}.try_ssl")))
    };
    ServerEndpoint {
        host: host.unwrap_or_else(|| default.host.clone()),
        port: port.and_then(|port| u16::try_from(port).ok()).unwrap_or(default.port),
        security: match socket {
            Some(3) => Security::Tls,
            Some(2) => Security::Starttls,
            _ => default.security,
        },
    }
}

fn examine(
    request: &DoctorRequest,
    patient: &Patient,
    found: &Found<'_>,
    runtime: &tokio::runtime::Handle,
    cancel: &CancelFlag,
    on_event: &(dyn Fn(FlowEvent) + Send + Sync),
) -> Report {
    let address = EmailAddress::parse(patient.account.email.as_deref().unwrap_or(&patient.user_name))
        .or_else(|_| EmailAddress::parse(&patient.user_name))
        .unwrap_or_else(|_| EmailAddress::parse("unknown@invalid").expect("a valid address"));
    let mut setup = SetupRequest::new(
        address,
        String::new(),
        patient.plan.clone(),
        request.trust.clone(),
        BrowserLauncher::Function(std::sync::Arc::new(|_| Err(crate::tr!("flow-doctor-no-browser")))),
        ProfileTarget::Directory(request.profile_dir.clone()),
    );
    setup.deadlines = request.deadlines;
    // A shared mailbox: its SMTP server signs in as the delegate.
    let setup = setup.with_delegate(patient.account.smtp_user_name.as_deref().and_then(|user| EmailAddress::parse(user).ok()));
    let mut report = super::start_report(&setup);
    let step = |step: Step| {
        let step = diagnosed(&step, &diagnosis_context(&setup, None));
        on_event(announce(step.clone()));
        step
    };

    let started = Instant::now();
    let mine = match found.saved {
        Ok(saved) => saved.iter().find(|saved| saved.user_name == patient.user_name),
        Err(error) => {
            report.steps.push(step(thunderbird_step(started, &format!("{error}"), Some(error.fault()))));
            return report;
        }
    };
    let Some(SavedSignIn { refresh_token, realm, .. }) = mine else {
        let detail = crate::tr!("flow-saved-none", user = &patient.user_name, issuer = &patient.plan.oauth.issuer);
        let fault = crate::troubleshoot::fault::Fault::Thunderbird(crate::troubleshoot::fault::ThunderbirdFault::NoSavedSignIn);
        report.steps.push(step(thunderbird_step(started, &detail, Some(fault))));
        return report;
    };
    report.steps.push(step(Step::passed(
        Phase::Thunderbird,
        StepId::ThunderbirdSavedSignIn,
        &crate::tr!("flow-saved-title"),
        started.elapsed(),
        Duration::ZERO,
        crate::tr!("flow-saved-found", user = &patient.user_name, issuer = &patient.plan.oauth.issuer),
    )));

    let (refresh_step, renewed) = runtime.block_on(crate::oauth::refresh_as_step(&patient.plan.oauth, &setup.trust, refresh_token));
    report.steps.push(step(refresh_step));
    let Some(tokens) = renewed else { return report };
    report.token = Some(inspect_tokens(&setup, &tokens));
    if let Some(steps) = super::check(&setup, &tokens, runtime, cancel, on_event) {
        report.steps.extend(steps);
    }
    if let Some(rotated) = tokens.refresh_token.as_ref().filter(|rotated| rotated.expose() != refresh_token.expose()) {
        report.steps.push(step(write_back(request, patient, found.origin, realm, rotated, found.nss_dirs)));
    }
    report
}

fn thunderbird_step(started: Instant, detail: &str, fault: Option<crate::troubleshoot::fault::Fault>) -> Step {
    Step::failed(Phase::Thunderbird, StepId::ThunderbirdSavedSignIn, &crate::tr!("flow-saved-title"), started.elapsed(), Duration::ZERO, detail).with_fault(fault)
}

/// Saves the provider's new refresh token where Thunderbird keeps its own,
/// while Thunderbird is closed.
fn write_back(request: &DoctorRequest, patient: &Patient, origin: &str, realm: &str, rotated: &crate::secret::Secret, nss_dirs: &[PathBuf]) -> Step {
    let write_title = crate::tr!("flow-save-title");
    let started = Instant::now();
    if thunderbird::is_profile_in_use(&request.profile_dir).unwrap_or(true) {
        return Step::skipped(
            Phase::Thunderbird,
            StepId::ThunderbirdHandoff,
            &write_title,
            crate::tr!("flow-save-running"),
        );
    }
    let handed = hand_off(&HandOff {
        profile_dir: &request.profile_dir,
        account_key: &patient.account.account_key,
        origin,
        realm,
        refresh_token: rotated,
        nss_dirs,
    });
    match handed {
        Ok(_) => Step::passed(
            Phase::Thunderbird,
            StepId::ThunderbirdHandoff,
            &write_title,
            started.elapsed(),
            Duration::ZERO,
            crate::tr!("flow-save-done"),
        ),
        Err(error) => Step::failed(Phase::Thunderbird, StepId::ThunderbirdHandoff, &write_title, started.elapsed(), Duration::ZERO, error.to_string())
            .with_fault(Some(error.fault())),
    }
}
