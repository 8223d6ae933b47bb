//! The fault corpus: one test per diagnosis in `src/troubleshoot/kb.toml`.
//!
//! Each test makes the fault happen for real and runs the real flow (sign-in
//! over loopback, IMAP and SMTP probes over TLS) against it, then asserts the
//! failing step, the diagnosis id, and that the advice is there. Faults a
//! real server cannot produce on demand come from the sandbox's scripted
//! servers (`SandboxOptions::script`: Exchange's and Gmail's exact replies,
//! AADSTS redirects and token errors, bad certificates, an old-TLS alert, a
//! reset) or from small raw listeners here (refused, closed, garbage,
//! unresolvable names). Faults the real test peers produce (Dovecot,
//! Postfix, oidc-provider) are also covered in `tests/real_peers.rs`.
//!
//! [`RECORDED_ONLY`] lists the diagnoses that no test can provoke, and why.

mod support {
    pub mod sandbox;
}

use mailsetup::flow::{self, ProfileTarget, SetupRequest, SignInMethod};
use mailsetup::oauth::{BrowserLauncher, CancelFlag};
use mailsetup::provider::Security;
use mailsetup::report::{Outcome, Report};
use mailsetup::troubleshoot::KnowledgeBase;
use serde_json::json;
use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;
use support::sandbox::{self, CertFault, ConsentDecision, FaultScript, Sandbox, SandboxOptions, Service, TlsFault};

#[path = "support/hostile_profile.rs"]
mod hostile_profile;

/// Diagnoses matched only from recorded text, never provoked by a test, and why.
const RECORDED_ONLY: [(&str, &str); 2] = [
    (
        "loopback-port-unavailable",
        "binding 127.0.0.1:0 cannot be made to fail from a test without root (it needs the loopback interface down or every port taken)",
    ),
    (
        "tb-half-changed",
        "needs two failures in a row (a rename, then putting back a file already replaced); tests/thunderbird_migrate_rollback.rs provokes the rename failure and the journal that repairs a killed change",
    ),
];

/// Diagnoses of the sign-in hand-off and `doctor`, provoked where a
/// profile's key store is (most of those tests need Thunderbird's NSS).
const PROVOKED_WITH_THUNDERBIRDS_NSS: [(&str, &str); 6] = [
    ("tb-primary-password", "tests/thunderbird_handoff.rs: a_primary_password_is_refused_and_nothing_changes"),
    ("tb-logins-invalid", "tests/thunderbird_handoff.rs: an_invalid_login_store_is_refused_and_nothing_changes"),
    ("tb-logins-elsewhere", "tests/thunderbird_handoff.rs: the_newer_login_store_is_refused_and_nothing_changes"),
    ("tb-nss-unavailable", "tests/thunderbird_handoff.rs: without_thunderbirds_nss_nothing_is_handed_over"),
    ("tb-nss-failed", "tests/thunderbird_handoff.rs: a_damaged_key_store_is_refused_and_nothing_changes"),
    ("tb-no-saved-sign-in", "tests/doctor.rs: no_saved_sign_in_is_said_plainly"),
];

/// Diagnoses of the POP3 check, provoked by the loopback POP3 servers of
/// `tests/pop3_check.rs` (the sandbox serves IMAP only).
const PROVOKED_BY_POP3_SERVERS: [(&str, &str); 2] = [
    ("pop3-token-rejected", "tests/pop3_check.rs: a_refused_token_shows_the_servers_json_and_its_error"),
    ("pop3-xoauth2-not-offered", "tests/pop3_check.rs: no_xoauth2_on_an_oauth2_server_is_said_before_the_token_goes_out"),
];

/// Diagnoses provoked by an ignored test (it needs root), and why.
const NEEDS_ROOT: [(&str, &str); 1] = [("tb-disk-full", "a full disk is a small tmpfs, which only root can mount: tb_disk_full")];

const TRACE: &str = "Trace ID: 0d6b8a43-1c2e-4e0b-9b8e-7b2a2f2c0100 Correlation ID: 5f2c3a11-9d4e-4c7e-a3a9-4c8f0f4b2e01 Timestamp: 2026-11-30 10:15:00Z";

fn request(sandbox: &Sandbox) -> SetupRequest {
    sandbox::request(sandbox, ProfileTarget::NoWrite)
}

/// Runs the flow against a sandbox with `options`, after `tweak`.
fn run(options: SandboxOptions, tweak: impl FnOnce(&Sandbox, &mut SetupRequest)) -> Report {
    let sandbox = sandbox::start(options);
    let mut request = request(&sandbox);
    tweak(&sandbox, &mut request);
    sandbox::report_of(&request)
}

fn scripted(script: FaultScript) -> SandboxOptions {
    SandboxOptions { script, ..SandboxOptions::default() }
}

/// Asserts that `step` failed with diagnosis `id`, with advice and evidence.
/// `imap.*` means the first failed IMAP step (for faults whose timing decides
/// the step, like a reset racing the end of the TCP handshake).
fn assert_diagnosed(report: &Report, step: &str, id: &str) {
    let found = match step.strip_suffix('*') {
        Some(prefix) => report.steps.iter().find(|s| s.id.as_str().starts_with(prefix) && s.outcome == Outcome::Failed),
        None => report.steps.iter().find(|s| s.id == step),
    };
    let found = found.unwrap_or_else(|| panic!("no step {step} in\n{report}"));
    let step = found.id.as_str();
    assert_eq!(found.outcome, Outcome::Failed, "{step} should fail:\n{report}");
    let diagnosis = found.diagnosis.as_deref().unwrap_or_else(|| panic!("{step} has no diagnosis:\n{report}"));
    assert_eq!(diagnosis.id, id, "wrong diagnosis for {step}:\n{report}");
    assert!(!diagnosis.what_happened.is_empty() && !diagnosis.user_can_do.is_empty(), "advice missing: {diagnosis:?}");
    let entry = KnowledgeBase::get().entry(id).expect("the id is in kb.toml");
    assert_eq!(diagnosis.admin_must_do.is_empty(), entry.admin_must_do.trim().is_empty(), "admin advice kept: {diagnosis:?}");
    assert_eq!(diagnosis.evidence.step.as_deref(), Some(step));
    assert!(!diagnosis.admin_must_do.contains("{user}") && !diagnosis.admin_must_do.contains("{app_id}"), "placeholders filled: {diagnosis:?}");
    // The report text and JSON carry it too.
    assert!(report.to_string().contains(&format!("[{id}]")), "{report}");
    assert!(report.to_json().contains(&format!("\"id\": \"{id}\"")));
}

/// An AADSTS error straight back from `/authorize`, as Microsoft redirects it.
fn aad_redirect(error: &str, code: u32, text: &str) -> SandboxOptions {
    scripted(FaultScript { authorize_error: Some((error.into(), format!("AADSTS{code}: {text} {TRACE}"))), ..FaultScript::default() })
}

/// A port with nothing listening.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// A listener that accepts and then does `behaviour` with each connection.
/// Reads what the client sent (its TLS hello), then closes cleanly. Closing
/// with unread data would make the kernel send a reset instead of an
/// end-of-stream, which is another fault.
fn hang_up_after_reading(mut stream: std::net::TcpStream) {
    use std::io::Read;
    stream.set_read_timeout(Some(std::time::Duration::from_millis(300))).unwrap();
    let mut buffer = [0u8; 4096];
    while matches!(stream.read(&mut buffer), Ok(n) if n > 0) {}
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

fn raw_server(behaviour: fn(std::net::TcpStream)) -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || behaviour(stream));
        }
    });
    port
}

/// An SMTP server (plain text only) that sends forged replies right behind
/// its STARTTLS go-ahead, in the same write.
fn inject_after_starttls(stream: std::net::TcpStream) {
    use std::io::{BufRead, BufReader, Write};
    let mut writer = stream.try_clone().unwrap();
    let mut reader = BufReader::new(stream);
    let _ = writer.write_all(b"220 forged.test ESMTP\r\n");
    let mut line = String::new();
    while matches!(reader.read_line(&mut line), Ok(n) if n > 0) {
        let answer: &[u8] = match line.trim_end().to_ascii_uppercase().as_str() {
            "STARTTLS" => b"220 go ahead\r\n250 AUTH XOAUTH2\r\n235 2.7.0 Accepted\r\n",
            _ => b"250-forged.test\r\n250 STARTTLS\r\n",
        };
        let _ = writer.write_all(answer);
        line.clear();
    }
}

/// A server whose greeting is one line that never ends.
fn endless_greeting(mut stream: std::net::TcpStream) {
    use std::io::Write;
    let chunk = [b'x'; 16 * 1024];
    let _ = stream.write_all(b"220 ");
    while stream.write_all(&chunk).is_ok() {}
}

macro_rules! corpus {
    ($($name:ident => $id:literal at $step:literal: $body:expr;)*) => {
        $(
            #[test]
            fn $name() {
                let report: Report = $body;
                assert_diagnosed(&report, $step, $id);
            }
        )*
        /// Every diagnosis id the corpus provokes.
        const CORPUS: &[&str] = &[$($id),*];
    };
}

corpus! {
    // ── Microsoft Entra, through the sandbox's scripted /authorize and /token ──
    aad_admin_consent_required => "aad-admin-consent-required" at "signin.redirect":
        run(aad_redirect("invalid_client", 90094, "The grant requires admin permission."), |_, _| {});
    aad_consent_missing_from_token_endpoint_json => "aad-consent-missing" at "signin.exchange":
        run(scripted(FaultScript { token_error: Some(json!({
            "error": "invalid_grant", "error_description": "The user or administrator has not consented to use the application.",
            "error_codes": [65001], "trace_id": "0d6b8a43-1c2e-4e0b-9b8e-7b2a2f2c0100",
            "correlation_id": "5f2c3a11-9d4e-4c7e-a3a9-4c8f0f4b2e01", "timestamp": "2026-11-30 10:15:00Z"
        })), ..FaultScript::default() }), |_, _| {});
    aad_app_not_found => "aad-app-not-found" at "signin.redirect":
        run(aad_redirect("unauthorized_client", 700016, "Application with identifier was not found in the directory."), |_, _| {});
    aad_redirect_mismatch => "aad-redirect-mismatch" at "signin.redirect":
        run(aad_redirect("invalid_request", 50011, "The redirect URI specified in the request does not match."), |_, _| {});
    aad_conditional_access => "aad-conditional-access-blocked" at "signin.redirect":
        run(aad_redirect("access_denied", 53003, "Access has been blocked by Conditional Access policies."), |_, _| {});
    aad_device_not_compliant => "aad-device-not-compliant" at "signin.redirect":
        run(aad_redirect("access_denied", 53000, "Device is not in required device state: compliant."), |_, _| {});
    aad_security_defaults => "aad-security-defaults" at "signin.redirect":
        run(aad_redirect("access_denied", 530035, "Access has been blocked by security defaults."), |_, _| {});
    aad_mfa_required_at_refresh => "aad-mfa-required" at "signin.refresh":
        run(scripted(FaultScript { refresh_error: Some(json!({
            "error": "invalid_grant", "error_description": format!("AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication. {TRACE}"),
            "error_codes": [50076]
        })), ..FaultScript::default() }), |_, _| {});
    aad_wrong_account_type => "aad-wrong-account-type" at "signin.redirect":
        run(aad_redirect("invalid_request", 50020, "User account from identity provider does not exist in tenant."), |_, _| {});
    aad_wrong_tenant => "aad-wrong-tenant" at "signin.redirect":
        run(aad_redirect("invalid_request", 50194, "Application is not configured as a multi-tenant application."), |_, _| {});
    aad_tenant_not_found => "aad-tenant-not-found" at "signin.redirect":
        run(aad_redirect("invalid_tenant", 90002, "Tenant 'contoso.example' not found."), |_, _| {});
    aad_grant_expired_at_refresh => "aad-grant-expired" at "signin.refresh":
        run(scripted(FaultScript { refresh_error: Some(json!({
            "error": "invalid_grant", "error_description": "The refresh token has expired due to inactivity.", "error_codes": [700082],
            "trace_id": "1d6b8a43-1c2e-4e0b-9b8e-7b2a2f2c0100", "correlation_id": "2f2c3a11-9d4e-4c7e-a3a9-4c8f0f4b2e01", "timestamp": "2026-11-30 10:15:00Z"
        })), ..FaultScript::default() }), |_, _| {});
    aad_request_loop_at_refresh => "aad-request-loop" at "signin.refresh":
        run(scripted(FaultScript { refresh_error: Some(json!({
            "error": "invalid_grant", "error_description": "AADSTS50196: The server terminated an operation because it encountered a client request loop.", "error_codes": [50196]
        })), ..FaultScript::default() }), |_, _| {});
    token_endpoint_throttled_at_refresh => "token-endpoint-throttled" at "signin.refresh":
        run(scripted(FaultScript { refresh_throttled: Some((100, 3600)), ..FaultScript::default() }), |_, _| {});
    aad_app_disabled => "aad-app-disabled" at "signin.redirect":
        run(aad_redirect("unauthorized_client", 7000112, "Application is disabled."), |_, _| {});
    aad_invalid_scope => "aad-invalid-scope" at "signin.redirect":
        run(aad_redirect("invalid_scope", 70011, "The provided value for the input parameter 'scope' is not valid."), |_, _| {});
    aad_user_not_assigned => "aad-user-not-assigned" at "signin.redirect":
        run(aad_redirect("access_denied", 50105, "Your administrator has configured the application to block users unless they are specifically granted access."), |_, _| {});
    aad_account_problem => "aad-account-problem" at "signin.redirect":
        run(aad_redirect("access_denied", 50057, "The user account is disabled."), |_, _| {});
    aad_client_type_mismatch => "aad-client-type-mismatch" at "signin.exchange":
        run(scripted(FaultScript { token_error: Some(json!({
            "error": "invalid_client", "error_description": format!("AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'. {TRACE}"),
            "error_codes": [7000218]
        })), ..FaultScript::default() }), |_, _| {});
    aad_no_exchange_online => "aad-no-exchange-online" at "signin.redirect":
        run(aad_redirect("invalid_request", 650052, "The app needs access to a service that your organization has not subscribed to."), |_, _| {});
    aad_code_reused => "aad-code-reused" at "signin.exchange":
        run(scripted(FaultScript { token_error: Some(json!({
            "error": "invalid_grant", "error_description": format!("AADSTS54005: OAuth2 Authorization code was already redeemed. {TRACE}"), "error_codes": [54005]
        })), ..FaultScript::default() }), |_, _| {});
    oauth_request_invalid => "oauth-request-invalid" at "signin.redirect":
        run(aad_redirect("invalid_request", 900144, "The request body must contain the following parameter: 'client_id'."), |_, _| {});

    // ── The device code fallback ──
    device_code_blocked => "device-code-blocked" at "signin.device":
        device_run(scripted(FaultScript { device_code_blocked: true, ..FaultScript::default() }), true);
    device_code_expired => "device-code-expired" at "signin.device":
        device_run(SandboxOptions::default(), false);

    // ── OAuth without AADSTS ──
    oauth_access_denied => "oauth-access-denied" at "signin.redirect":
        run(SandboxOptions { auto_consent: ConsentDecision::Deny, ..SandboxOptions::default() }, |_, _| {});
    oauth_grant_invalid => "oauth-grant-invalid" at "signin.exchange":
        run(SandboxOptions { code_lifetime: Duration::ZERO, ..SandboxOptions::default() }, |_, _| {});
    oauth_invalid_client => "oauth-invalid-client" at "signin.exchange":
        run(scripted(FaultScript { token_error: Some(json!({ "error": "unauthorized_client", "error_description": "The client is not authorized to use this grant type." })), ..FaultScript::default() }), |_, _| {});
    oauth_invalid_scope => "oauth-invalid-scope" at "signin.redirect":
        run(SandboxOptions::default(), |_, request| request.plan.oauth.scopes.push("calendar".into()));
    token_endpoint_unreachable => "token-endpoint-unreachable" at "signin.exchange":
        run(SandboxOptions::default(), |_, request| {
            request.plan.oauth.token_url = format!("https://localhost:{}/token", closed_port()).parse().unwrap();
        });

    // ── Google ──
    google_app_not_verified => "google-app-not-verified" at "signin.redirect":
        run(scripted(FaultScript { authorize_error: Some(("access_denied".into(), "mailsetup has not completed the Google verification process. The app is currently being tested.".into())), ..FaultScript::default() }), |_, _| {});
    google_admin_policy_enforced => "google-admin-policy-enforced" at "signin.redirect":
        run(scripted(FaultScript { authorize_error: Some(("admin_policy_enforced".into(), "Your administrator has blocked access to this app.".into())), ..FaultScript::default() }), |_, _| {});
    google_org_internal => "google-org-internal" at "signin.redirect":
        run(scripted(FaultScript { authorize_error: Some(("org_internal".into(), "This client is restricted to users within its organization.".into())), ..FaultScript::default() }), |_, _| {});
    google_token_revoked => "google-token-revoked" at "signin.refresh":
        run(scripted(FaultScript { refresh_error: Some(json!({ "error": "invalid_grant", "error_description": "Token has been expired or revoked." })), ..FaultScript::default() }), |_, _| {});
    google_imap_token_rejected => "google-imap-token-rejected" at "imap.authenticate":
        run(scripted(FaultScript {
            imap_auth_reply: Some("NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)".into()),
            challenge_json: Some(r#"{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}"#.into()),
            ..FaultScript::default()
        }), |_, _| {});
    google_imap_disabled => "google-imap-disabled" at "imap.authenticate":
        run(scripted(FaultScript { imap_auth_reply: Some("NO [ALERT] Your account is not enabled for IMAP use. Please visit your Gmail settings page and enable your account for IMAP access. (Failure)".into()), ..FaultScript::default() }), |_, _| {});
    google_app_password_required => "google-app-password-required" at "smtp.authenticate":
        run(scripted(FaultScript { smtp_auth_reply: Some("534 5.7.9 Application-specific password required. Learn more at https://support.google.com/mail/?p=InvalidSecondFactor".into()), ..FaultScript::default() }), |_, _| {});
    google_web_login_required => "google-web-login-required" at "imap.authenticate":
        run(scripted(FaultScript { imap_auth_reply: Some("NO [ALERT] Please log in via your web browser: https://support.google.com/mail/accounts/answer/78754 (Failure)".into()), ..FaultScript::default() }), |_, _| {});
    google_smtp_bad_credentials => "google-smtp-bad-credentials" at "smtp.authenticate":
        run(scripted(FaultScript { smtp_auth_reply: Some("535 5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials".into()), ..FaultScript::default() }), |_, _| {});
    sasl_invalid_argument => "sasl-invalid-argument" at "imap.authenticate":
        run(scripted(FaultScript { imap_auth_reply: Some("NO Invalid SASL argument. (Failure)".into()), ..FaultScript::default() }), |_, _| {});

    // ── Exchange Online IMAP and SMTP replies ──
    exo_imap_authenticate_failed => "exo-imap-authenticate-failed" at "imap.authenticate":
        run(SandboxOptions { accept_tokens: false, ..SandboxOptions::default() }, |_, _| {});
    exo_imap_not_connected => "exo-imap-not-connected" at "imap.select":
        run(SandboxOptions { imap_inbox_reachable: false, ..SandboxOptions::default() }, |_, _| {});
    exo_basic_auth_disabled => "exo-basic-auth-disabled" at "imap.authenticate":
        run(scripted(FaultScript { imap_auth_reply: Some("NO Basic authentication is disabled.".into()), ..FaultScript::default() }), |_, _| {});
    smtp_auth_disabled_tenant => "smtp-auth-disabled-tenant" at "smtp.authenticate":
        run(scripted(FaultScript { smtp_auth_reply: Some("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [SN4PR0501CA0033.namprd05.prod.outlook.com]".into()), ..FaultScript::default() }), |_, _| {});
    smtp_auth_disabled_mailbox => "smtp-auth-disabled-mailbox" at "smtp.authenticate":
        run(scripted(FaultScript { smtp_auth_reply: Some("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.".into()), ..FaultScript::default() }), |_, _| {});
    exo_smtp_security_defaults => "exo-smtp-security-defaults" at "smtp.authenticate":
        run(scripted(FaultScript { smtp_auth_reply: Some("535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.".into()), ..FaultScript::default() }), |_, _| {});
    exo_smtp_conditional_access => "exo-smtp-conditional-access" at "smtp.authenticate":
        run(scripted(FaultScript { smtp_auth_reply: Some("535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.".into()), ..FaultScript::default() }), |_, _| {});
    exo_smtp_credentials_incorrect => "exo-smtp-credentials-incorrect" at "smtp.authenticate":
        run(scripted(FaultScript { smtp_auth_reply: Some("535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [AM0PR10CA0004.EURPRD10.PROD.OUTLOOK.COM]".into()), ..FaultScript::default() }), |_, _| {});
    exo_smtp_not_authorized => "exo-smtp-not-authorized" at "smtp.authenticate":
        run(SandboxOptions { accept_tokens: false, ..SandboxOptions::default() }, |_, _| {});
    smtp_not_authenticated => "smtp-not-authenticated" at "smtp.envelope":
        run(scripted(FaultScript { smtp_mail_reply: Some("530 5.7.57 Client not authenticated to send mail. [MAIL FROM]".into()), ..FaultScript::default() }), |_, _| {});
    smtp_send_as_denied => "smtp-send-as-denied" at "smtp.envelope":
        run(scripted(FaultScript { smtp_mail_reply: Some("550 5.7.60 SMTP; Client does not have permissions to send as this sender".into()), ..FaultScript::default() }), |_, _| {});
    smtp_concurrency_limit => "smtp-concurrency-limit" at "smtp.envelope":
        run(scripted(FaultScript { smtp_mail_reply: Some("432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded".into()), ..FaultScript::default() }), |_, _| {});
    smtp_quota_exceeded => "smtp-quota-exceeded" at "smtp.envelope":
        run(scripted(FaultScript { smtp_mail_reply: Some("554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception".into()), ..FaultScript::default() }), |_, _| {});
    smtp_temporary_failure => "smtp-temporary-failure" at "smtp.greeting":
        run(scripted(FaultScript { smtp_greeting: Some("421 4.3.2 Service not available, closing transmission channel".into()), ..FaultScript::default() }), |_, _| {});
    imap_token_rejected => "imap-token-rejected" at "imap.authenticate":
        run(scripted(FaultScript { imap_auth_reply: Some("NO [AUTHENTICATIONFAILED] Authentication failed.".into()), ..FaultScript::default() }), |_, _| {});
    smtp_token_rejected => "smtp-token-rejected" at "smtp.authenticate":
        run(scripted(FaultScript { smtp_auth_reply: Some("535 5.7.8 Error: authentication failed: authentication failure".into()), ..FaultScript::default() }), |_, _| {});

    // ── What the token shows (Microsoft-shaped JWTs) ──
    token_wrong_audience => "token-wrong-audience" at "imap.authenticate":
        run(scripted(FaultScript { microsoft_tokens: true, token_audience: Some("https://graph.microsoft.com".into()), ..FaultScript::default() }), |_, _| {});
    token_missing_imap_scope => "token-missing-imap-scope" at "imap.authenticate":
        run(scripted(FaultScript { microsoft_tokens: true, token_scp: Some("SMTP.Send".into()), ..FaultScript::default() }), |_, _| {});
    token_missing_smtp_scope => "token-missing-smtp-scope" at "smtp.authenticate":
        run(scripted(FaultScript { microsoft_tokens: true, token_scp: Some("IMAP.AccessAsUser.All".into()), ..FaultScript::default() }), |_, _| {});
    token_wrong_account => "token-wrong-account" at "imap.select":
        run(scripted(FaultScript { microsoft_tokens: true, login_as: Some("someone.else@sandbox.mailsetup.test".into()), ..FaultScript::default() }), |_, _| {});
    token_expired => "token-expired" at "imap.authenticate":
        run(SandboxOptions { access_token_lifetime: Duration::ZERO, ..scripted(FaultScript { microsoft_tokens: true, ..FaultScript::default() }) }, |_, _| {});

    // ── Network ──
    dns_failure => "dns-failure" at "imap.connect":
        run(SandboxOptions::default(), |_, request| request.plan.incoming.host = "mailsetup-nowhere.invalid".into());
    connection_refused => "connection-refused" at "imap.connect":
        run(SandboxOptions::default(), |_, request| request.plan.incoming.port = closed_port());
    no_answer => "no-answer" at "imap.tls":
        run(SandboxOptions { black_holes: vec![Service::Imap], ..SandboxOptions::default() }, |_, _| {});
    connection_reset => "connection-reset" at "imap.*":
        run(scripted(FaultScript { imap_tls: TlsFault::Reset, ..FaultScript::default() }), |_, _| {});
    connection_closed => "connection-closed" at "imap.tls":
        run(SandboxOptions::default(), |_, request| request.plan.incoming.port = raw_server(hang_up_after_reading));

    // ── TLS ──
    tls_certificate_expired => "tls-certificate-expired" at "imap.tls":
        run(scripted(FaultScript { imap_certificate: CertFault::Expired, ..FaultScript::default() }), |_, _| {});
    tls_wrong_host => "tls-wrong-host" at "imap.tls":
        run(scripted(FaultScript { imap_certificate: CertFault::WrongHost, ..FaultScript::default() }), |_, _| {});
    tls_unknown_issuer => "tls-unknown-issuer" at "imap.tls":
        run(scripted(FaultScript { imap_certificate: CertFault::UnknownIssuer, ..FaultScript::default() }), |_, _| {});
    tls_too_old => "tls-too-old" at "imap.tls":
        run(scripted(FaultScript { imap_tls: TlsFault::OnlyOldVersions, ..FaultScript::default() }), |_, _| {});
    tls_handshake_failed => "tls-handshake-failed" at "imap.tls":
        run(SandboxOptions::default(), |_, request| {
            request.plan.incoming.port = raw_server(|mut stream| {
                use std::io::{Read, Write};
                let mut hello = [0u8; 1024];
                let _ = stream.read(&mut hello);
                let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                std::thread::sleep(Duration::from_millis(500));
            });
        });
    starttls_missing => "starttls-missing" at "smtp.tls":
        run(SandboxOptions { smtp_offers_starttls: false, ..SandboxOptions::default() }, |_, _| {});
    starttls_injection => "starttls-injection" at "smtp.tls":
        run(SandboxOptions::default(), |_, request| request.plan.smtp.port = raw_server(inject_after_starttls));
    reply_too_long => "reply-too-long" at "smtp.greeting":
        run(SandboxOptions::default(), |_, request| request.plan.smtp.port = raw_server(endless_greeting));
    imap_xoauth2_not_offered => "imap-xoauth2-not-offered" at "imap.capability":
        run(SandboxOptions { imap_offers_xoauth2: false, ..SandboxOptions::default() }, |_, _| {});
    smtp_xoauth2_not_offered => "smtp-xoauth2-not-offered" at "smtp.ehlo":
        run(SandboxOptions { smtp_offers_xoauth2: false, ..SandboxOptions::default() }, |_, _| {});

    // ── The sign-in on this computer ──
    browser_did_not_open => "browser-did-not-open" at "signin.browser":
        run(SandboxOptions::default(), |_, request| {
            request.browser = BrowserLauncher::Function(Arc::new(|_| Err("no browser is installed".into())));
            request.sign_in_timeout = Duration::from_secs(1);
        });
    browser_never_came_back => "browser-never-came-back" at "signin.redirect":
        run(SandboxOptions::default(), |_, request| {
            request.browser = sandbox::browser_that_never_returns();
            request.sign_in_timeout = Duration::from_secs(1);
        });
    signin_cancelled => "signin-cancelled" at "signin.redirect": {
        let sandbox = sandbox::start(SandboxOptions::default());
        let mut request = request(&sandbox);
        request.browser = sandbox::browser_that_never_returns();
        sandbox::run(&request, &sandbox::cancelled_after(Duration::from_millis(300))).0
    };

    // ── The Thunderbird profile: the real flow writes into a hostile profile ──
    tb_profile_locked => "tb-profile-locked" at "thunderbird.write":
        into_profile(|profile| {
            // Thunderbird's `lock` symlink naming a live process (this one).
            std::os::unix::fs::symlink(format!("127.0.0.1:+{}", std::process::id()), profile.join("lock")).unwrap();
        });
    tb_prefs_unreadable => "tb-prefs-unreadable" at "thunderbird.write":
        into_profile(|profile| hostile_profile::make_unreadable(&profile.join("prefs.js")));
    tb_prefs_invalid => "tb-prefs-invalid" at "thunderbird.write":
        into_profile(|profile| std::fs::write(profile.join("prefs.js"), "user_pref(\"mail.tab\", \"a\\tb\");\n").unwrap());
    tb_read_only => "tb-read-only" at "thunderbird.write": {
        let source = tempfile::tempdir().unwrap();
        std::fs::write(source.path().join("prefs.js"), "user_pref(\"browser.startup.page\", 1);\n").unwrap();
        let profile = hostile_profile::ReadOnlyProfile::copy_of(source.path());
        let path = profile.path.clone();
        run(SandboxOptions::default(), move |_, request| request.profile = ProfileTarget::Directory(path))
    };
    tb_not_a_regular_file => "tb-not-a-regular-file" at "thunderbird.write":
        into_profile(|profile| nix::unistd::mkfifo(&profile.join("prefs.js"), nix::sys::stat::Mode::from_bits_truncate(0o600)).unwrap());
    tb_file_too_large => "tb-file-too-large" at "thunderbird.write":
        into_profile(|profile| {
            let prefs = std::fs::File::create(profile.join("prefs.js")).unwrap();
            prefs.set_len(mailsetup::thunderbird::PREFS_JS_LIMIT.max_bytes + 1).unwrap();
        });
    tb_file_error => "tb-file-error" at "thunderbird.write":
        into_profile(|profile| {
            std::fs::write(profile.join("prefs.js"), "user_pref(\"browser.startup.page\", 1);\n").unwrap();
            // A file where the backup directory belongs.
            std::fs::write(profile.join(mailsetup::thunderbird::BACKUP_DIR_NAME), b"in the way").unwrap();
        });
    // ── Shared mailboxes and Send As (the sandbox's Exchange rules) ──
    shared_full_access_missing => "shared-full-access-missing" at "imap.authenticate":
        run(SandboxOptions { shared_full_access: false, ..SandboxOptions::default() }, |_, request| shared_mailbox(request));
    shared_is_a_distribution_group => "shared-full-access-missing" at "imap.authenticate":
        run(SandboxOptions { shared_is_distribution_group: true, ..SandboxOptions::default() }, |_, request| shared_mailbox(request));
    shared_send_as_denied_after_data => "shared-send-as-denied" at "smtp.test-message":
        run(SandboxOptions { shared_send_as: false, ..SandboxOptions::default() }, |_, request| {
            shared_mailbox(request);
            request.send_test_message = true;
        });
    shared_delegate_smtp_auth_disabled => "shared-delegate-smtp-auth-disabled" at "smtp.authenticate":
        run(SandboxOptions { delegate_smtp_auth_enabled: false, ..SandboxOptions::default() }, |_, request| shared_mailbox(request));
    shared_address_as_smtp_user => "shared-address-as-smtp-user" at "smtp.authenticate":
        // Set up as if the shared mailbox signed in itself, but the browser
        // signed in as the person who may open it.
        device_run_as(scripted(FaultScript { microsoft_tokens: true, ..FaultScript::default() }), mailsetup::sandbox::EXAMPLE_ADDRESS, |request| {
            request.address = mailsetup::address::EmailAddress::parse(mailsetup::sandbox::SHARED_ADDRESS).unwrap();
        });
    shared_wrong_account_signed_in => "shared-wrong-account-signed-in" at "imap.authenticate":
        device_run_as(scripted(FaultScript { microsoft_tokens: true, ..FaultScript::default() }), "someone.else@sandbox.mailsetup.test", shared_mailbox);
    tb_profile_missing => "tb-profile-missing" at "thunderbird.write": {
        let parent = tempfile::tempdir().unwrap();
        let missing = parent.path().join("no-such-profile");
        run(SandboxOptions::default(), move |_, request| request.profile = ProfileTarget::Directory(missing))
    };
    tb_invalid_account => "tb-invalid-account" at "thunderbird.write": {
        let profile = tempfile::tempdir().unwrap();
        let path = profile.path().to_owned();
        run(SandboxOptions::default(), move |_, request| {
            // prefs.js cannot hold a NUL; the wizard and the CLI refuse it
            // earlier, the writer checks again.
            request.display_name = "Nul\0Name".into();
            request.profile = ProfileTarget::Directory(path);
        })
    };
}

/// The sandbox's shared mailbox, opened by the sandbox's user.
fn shared_mailbox(request: &mut SetupRequest) {
    let delegate = request.address.clone();
    request.address = mailsetup::address::EmailAddress::parse(mailsetup::sandbox::SHARED_ADDRESS).unwrap();
    request.delegate = Some(delegate);
}

/// The device code flow for `request` (after `tweak`), the code entered
/// as `signs_in_as`: a browser signed in to another account than the one
/// the flow expects.
fn device_run_as(options: SandboxOptions, signs_in_as: &str, tweak: impl FnOnce(&mut SetupRequest)) -> Report {
    let sandbox = sandbox::start(options);
    let mut request = request(&sandbox);
    tweak(&mut request);
    let show = |code: &mailsetup::oauth::device::DeviceCodeShown| {
        assert!(sandbox.enter_device_code(&code.user_code, signs_in_as, ConsentDecision::Allow));
    };
    let runtime = flow::new_runtime().unwrap();
    flow::run_setup(&request, SignInMethod::DeviceCode(&show), runtime.handle(), &CancelFlag::new(), &|_| {})
}

/// The device code flow against the sandbox; `approve` enters the code.
fn device_run(options: SandboxOptions, approve: bool) -> Report {
    let sandbox = sandbox::start(options);
    let mut request = request(&sandbox);
    request.sign_in_timeout = Duration::from_secs(2);
    let address = request.address.to_string();
    let show = |code: &mailsetup::oauth::device::DeviceCodeShown| {
        if approve {
            assert!(sandbox.enter_device_code(&code.user_code, &address, ConsentDecision::Allow));
        }
    };
    let runtime = flow::new_runtime().unwrap();
    flow::run_setup(&request, SignInMethod::DeviceCode(&show), runtime.handle(), &CancelFlag::new(), &|_| {})
}

#[test]
fn every_diagnosis_is_provoked_by_the_corpus_or_listed_as_recorded_only() {
    let kb: BTreeSet<&str> = KnowledgeBase::get().entries.iter().map(|e| e.id.as_str()).collect();
    let covered: BTreeSet<&str> =
        CORPUS
            .iter()
            .copied()
            .chain(RECORDED_ONLY.iter().chain(&NEEDS_ROOT).chain(&PROVOKED_WITH_THUNDERBIRDS_NSS).chain(&PROVOKED_BY_POP3_SERVERS).map(|(id, _)| *id))
            .collect();
    let missing: Vec<_> = kb.difference(&covered).collect();
    let unknown: Vec<_> = covered.difference(&kb).collect();
    assert!(missing.is_empty(), "diagnoses without a corpus test: {missing:?}");
    assert!(unknown.is_empty(), "corpus ids not in kb.toml: {unknown:?}");
}

#[test]
fn sign_in_ids_reach_the_diagnosis_and_the_admin_ticket() {
    let report = run(aad_redirect("invalid_client", 90094, "The grant requires admin permission."), |_, _| {});
    let step = report.steps.iter().find(|s| s.id == "signin.redirect").unwrap();
    let error = step.diagnosis.as_ref().unwrap().evidence.sign_in_error.clone().unwrap();
    assert_eq!(error.aadsts, Some(90094));
    assert_eq!(error.trace_id.as_deref(), Some("0d6b8a43-1c2e-4e0b-9b8e-7b2a2f2c0100"));
    assert_eq!(error.correlation_id.as_deref(), Some("5f2c3a11-9d4e-4c7e-a3a9-4c8f0f4b2e01"));
    assert_eq!(error.timestamp.as_deref(), Some("2026-11-30 10:15:00Z"));
    let ticket = mailsetup::helpdesk::admin_ticket(&report);
    for needle in ["Trace ID: 0d6b8a43", "Correlation ID: 5f2c3a11", "AADSTS90094", "App (client) id:  mailsetup-sandbox", "aad-admin-consent-required", "admin consent"] {
        assert!(ticket.contains(needle), "{needle} missing from:\n{ticket}");
    }
}

#[test]
fn token_endpoint_json_ids_are_kept() {
    let report = run(
        scripted(FaultScript { token_error: Some(json!({
            "error": "invalid_grant", "error_description": "The user or administrator has not consented to use the application.",
            "error_codes": [65001], "trace_id": "0d6b8a43-1c2e-4e0b-9b8e-7b2a2f2c0100",
            "correlation_id": "5f2c3a11-9d4e-4c7e-a3a9-4c8f0f4b2e01", "timestamp": "2026-11-30 10:15:00Z"
        })), ..FaultScript::default() }),
        |_, _| {},
    );
    let step = report.steps.iter().find(|s| s.id == "signin.exchange").unwrap();
    let error = step.diagnosis.as_ref().unwrap().evidence.sign_in_error.clone().unwrap();
    assert_eq!((error.aadsts, error.trace_id.as_deref()), (Some(65001), Some("0d6b8a43-1c2e-4e0b-9b8e-7b2a2f2c0100")));
    assert_eq!(error.timestamp.as_deref(), Some("2026-11-30 10:15:00Z"));
}

#[test]
fn microsoft_shaped_tokens_are_decoded_into_the_report_without_the_token() {
    let report = run(scripted(FaultScript { microsoft_tokens: true, ..FaultScript::default() }), |_, _| {});
    assert!(report.all_passed(), "{report}");
    let token = report.token.as_ref().expect("inspected");
    let claims = token.claims.as_ref().expect("a JWT");
    assert_eq!(claims.tid.as_deref(), Some(sandbox::SANDBOX_TENANT_ID));
    assert_eq!(claims.aud.as_deref(), Some("https://outlook.office.com"));
    assert_eq!(claims.scp.as_deref(), Some("IMAP.AccessAsUser.All SMTP.Send"));
    assert!(token.findings.is_empty(), "{token:?}");
    assert!(!report.to_json().contains("eyJ"), "no JWT text in the report");
}

#[test]
fn imap_over_starttls_to_a_closing_server_is_a_closed_connection() {
    let report = run(SandboxOptions::default(), |_, request| {
        request.plan.incoming.port = raw_server(drop);
        request.plan.incoming.security = Security::Starttls;
    });
    assert_diagnosed(&report, "imap.tls", "connection-closed");
}

/// The real flow, writing into a fresh profile that `prepare` made hostile.
fn into_profile(prepare: impl FnOnce(&std::path::Path)) -> Report {
    let profile = tempfile::tempdir().unwrap();
    prepare(profile.path());
    let path = profile.path().to_owned();
    run(SandboxOptions::default(), move |_, request| request.profile = ProfileTarget::Directory(path))
}

#[test]
#[ignore = "needs root: mounts a small tmpfs and fills it"]
fn tb_disk_full() {
    let disk = hostile_profile::SmallDisk::new(256 * 1024);
    let profile = disk.path.join("profile");
    std::fs::create_dir(&profile).unwrap();
    std::fs::write(profile.join("prefs.js"), "user_pref(\"browser.startup.page\", 1);\n").unwrap();
    disk.fill();
    let path = profile.clone();
    let report = run(SandboxOptions::default(), move |_, request| request.profile = ProfileTarget::Directory(path));
    assert_diagnosed(&report, "thunderbird.write", "tb-disk-full");
    assert_eq!(std::fs::read_to_string(profile.join("prefs.js")).unwrap(), "user_pref(\"browser.startup.page\", 1);\n");
}
