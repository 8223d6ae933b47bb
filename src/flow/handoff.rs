//! The hand-off step: after the account is written, the sign-in goes to
//! Thunderbird so that it starts signed in, but only where that is right.
//!
//! Thunderbird always refreshes with its own registration, so only a token
//! minted for that registration (mailsetup's built-in Microsoft sign-in,
//! Thunderbird's client id and scopes) works there; a provider file's or
//! the sandbox's would fail with `invalid_grant` and Thunderbird would drop
//! it. Everything else is skipped with the reason, and Thunderbird asks
//! for one sign-in when it starts, as it would anyway.

use super::{SetupRequest, diagnosed, diagnosis_context};
use crate::oauth::TokenSet;
use crate::provider::{MICROSOFT_CLIENT_ID, PlanSource, SignIn, thunderbird_oauth_issuer};
use crate::report::{Phase, Step, StepId};
use crate::thunderbird::handoff::{HandOff, hand_off};
use crate::thunderbird::logins::Put;
use std::path::Path;
use std::time::{Duration, Instant};

const ID: StepId = StepId::ThunderbirdHandoff;

/// The issuer of Thunderbird's Microsoft registration, as its login store
/// names it.
const MICROSOFT_ISSUER: &str = "login.microsoftonline.com";

/// The step for handing `tokens` to the account written at `written`
/// (profile, account key; or why nothing was written), or skipped with the
/// reason.
pub(super) fn hand_off_step(request: &SetupRequest, written: Result<(&Path, &str), &str>, tokens: Option<&TokenSet>) -> Step {
    // What Thunderbird will do without the hand-off is said after each reason.
    let title = crate::tr!("flow-handoff-title");
    let skipped = |why: &str| Step::skipped(Phase::Thunderbird, ID, &title, crate::tr!("flow-handoff-without", why = why));
    let (profile_dir, account_key) = match written {
        Ok(written) => written,
        Err(why) => return skipped(why),
    };
    let refresh_token = match why_not(request) {
        Some(why) => return skipped(&why),
        None => match tokens.and_then(|tokens| tokens.refresh_token.as_ref()) {
            Some(token) => token,
            None if tokens.is_none() => return skipped(&crate::tr!("flow-handoff-no-sign-in")),
            None => return skipped(&crate::tr!("flow-handoff-no-refresh")),
        },
    };
    let realm = realm(request, tokens);
    let started = Instant::now();
    let nss_dirs = super::nss_dirs(profile_dir);
    let handed = hand_off(&HandOff {
        profile_dir,
        account_key,
        origin: &format!("oauth://{MICROSOFT_ISSUER}"),
        realm: &realm,
        refresh_token,
        nss_dirs: &nss_dirs,
    });
    match handed {
        Ok(outcome) => {
            let users: Vec<String> = outcome
                .entries
                .iter()
                .map(|(user, put)| match put {
                    Put::Added => user.clone(),
                    Put::Replaced => crate::tr!("flow-handoff-replaced", user = user),
                })
                .collect();
            let (users, nss) = (users.join(", "), outcome.nss_dir.display().to_string());
            let mut detail = if outcome.created_key_store {
                crate::tr!("flow-handoff-done-key-store", users = &users, nss = &nss)
            } else {
                crate::tr!("flow-handoff-done", users = &users, nss = &nss)
            };
            if !outcome.backups.is_empty() {
                let backups: Vec<String> = outcome.backups.iter().map(|path| path.display().to_string()).collect();
                detail = crate::tr!("flow-handoff-backups", detail = detail, backups = backups.join(", "));
            }
            Step::passed(Phase::Thunderbird, ID, &title, started.elapsed(), Duration::ZERO, detail)
        }
        Err(error) => {
            let step = Step::failed(Phase::Thunderbird, ID, &title, started.elapsed(), Duration::ZERO, crate::tr!("flow-handoff-without", why = error.to_string()))
                .with_fault(Some(error.fault()));
            diagnosed(&step, &diagnosis_context(request, None))
        }
    }
}

/// Why this request's sign-in cannot go to Thunderbird whatever the user
/// chooses, if it cannot: the report's line, with its verdict ("not
/// needed: …", "not handed over: …"), and the reason alone (the wizard
/// shows it instead of its "Keep Thunderbird signed in" box).
pub fn why_impossible(request: &SetupRequest) -> Option<(String, String)> {
    let plan = &request.plan;
    if !matches!(plan.sign_in, SignIn::OAuth2 { .. }) {
        return Some((crate::tr!("flow-handoff-by-thunderbird-report"), crate::tr!("flow-handoff-by-thunderbird")));
    }
    let registration = match &plan.source {
        PlanSource::ProviderFile { .. } => Some((crate::tr!("flow-handoff-provider-file-report"), crate::tr!("flow-handoff-provider-file"))),
        PlanSource::Sandbox => Some((crate::tr!("flow-handoff-sandbox-report"), crate::tr!("flow-handoff-sandbox"))),
        _ if plan.oauth.client_id != MICROSOFT_CLIENT_ID => Some((crate::tr!("flow-handoff-other-app-report"), crate::tr!("flow-handoff-other-app"))),
        _ => None,
    };
    if registration.is_some() {
        return registration;
    }
    let issuer_of = |host: &str| thunderbird_oauth_issuer(host) == Some(MICROSOFT_ISSUER);
    let token_host = plan.oauth.token_url.host_str().unwrap_or_default();
    if !token_host.eq_ignore_ascii_case(MICROSOFT_ISSUER) || !plan.oauth_hosts().into_iter().all(issuer_of) {
        return Some((crate::tr!("flow-handoff-other-service-report"), crate::tr!("flow-handoff-other-service")));
    }
    None
}

/// Why this request's sign-in does not go to Thunderbird, if it does not:
/// turned off, or impossible.
fn why_not(request: &SetupRequest) -> Option<String> {
    if !request.sign_in_handoff {
        return Some(crate::tr!("flow-handoff-turned-off"));
    }
    why_impossible(request).map(|(report, _)| report)
}

/// The scopes the login is stored under: those granted (with
/// `offline_access`, which Microsoft leaves out and Thunderbird adds back),
/// else those asked for; in the order Thunderbird writes them.
fn realm(request: &SetupRequest, tokens: Option<&TokenSet>) -> String {
    let asked = &request.plan.oauth.scopes;
    let mut scopes: Vec<String> = match tokens.and_then(|tokens| tokens.granted_scopes.as_ref()).filter(|granted| !granted.is_empty()) {
        Some(granted) => granted.clone(),
        None => asked.clone(),
    };
    if !scopes.iter().any(|scope| scope == "offline_access") {
        scopes.push("offline_access".into());
    }
    let rank = |scope: &String| asked.iter().position(|known| known.eq_ignore_ascii_case(scope)).unwrap_or(usize::MAX);
    scopes.sort_by_key(rank);
    scopes.dedup();
    scopes.join(" ")
}
