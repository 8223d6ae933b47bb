//! `mailsetup explain` as a user types it: the real binary, with the codes
//! and whole replies people paste from Thunderbird, Outlook or a log. Each
//! must name its own knowledge-base entry, and nothing the binary cannot
//! know may come out as a `<user>`-style blank or a `{placeholder}`.

use std::process::Command;

/// The binary's answer: (exit status, the diagnosis ids from `--json`, the text output).
fn explain(words: &[&str]) -> (Option<i32>, Vec<String>, String) {
    let run = |json: bool| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_mailsetup"));
        command.arg("explain").args(words);
        if json {
            command.arg("--json");
        }
        command.output().expect("the mailsetup binary runs")
    };
    let json = run(true);
    let found: serde_json::Value = serde_json::from_slice(&json.stdout).expect("--json prints JSON");
    let ids = found.as_array().expect("a list of diagnoses").iter().map(|d| d["id"].as_str().unwrap_or_default().to_owned()).collect();
    let text = run(false);
    (text.status.code(), ids, String::from_utf8_lossy(&text.stdout).into_owned())
}

#[track_caller]
fn assert_worded(text: &str) {
    assert!(!text.contains('{'), "a placeholder was left in:\n{text}");
    for blank in ["<user>", "<app id>", "<signed-in", "<organisation>", "<your domain>"] {
        assert!(!text.contains(blank), "{blank} printed:\n{text}");
    }
}

#[test]
fn headline_codes_name_their_own_entries() {
    let cases: [(&[&str], &str); 7] = [
        (&["5.7.3"], "exo-smtp-not-authorized"),
        (&["5.7.30"], "exo-basic-auth-disabled"),
        (&["AADSTS700082"], "aad-grant-expired"),
        (&["535 5.7.139 Authentication unsuccessful, the user credentials were incorrect"], "exo-smtp-credentials-incorrect"),
        // Unquoted, the shell hands the words over one by one.
        (&["535", "5.7.139", "Authentication", "unsuccessful,", "the", "user", "credentials", "were", "incorrect"], "exo-smtp-credentials-incorrect"),
        (
            &["535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."],
            "smtp-auth-disabled-tenant",
        ),
        (
            &[r#"{"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired due to inactivity. Trace ID: 0d6b8a43-1c2e-4e0b-9b8e-7b2a2f2c0100 Correlation ID: 5f2c3a11-9d4e-4c7e-a3a9-4c8f0f4b2e01 Timestamp: 2026-04-02 10:15:00Z","error_codes":[700082],"trace_id":"0d6b8a43-1c2e-4e0b-9b8e-7b2a2f2c0100","correlation_id":"5f2c3a11-9d4e-4c7e-a3a9-4c8f0f4b2e01"}"#],
            "aad-grant-expired",
        ),
    ];
    for (words, id) in cases {
        let (status, ids, text) = explain(words);
        assert_eq!(status, Some(0), "{words:?}\n{text}");
        assert_eq!(ids, [id], "{words:?}\n{text}");
        assert_worded(&text);
    }
}

#[test]
fn a_bare_5_7_139_lists_what_it_can_mean_and_not_the_generic_entry() {
    let (status, ids, text) = explain(&["5.7.139"]);
    assert_eq!(status, Some(0), "{text}");
    for id in ["smtp-auth-disabled-tenant", "smtp-auth-disabled-mailbox", "exo-smtp-credentials-incorrect"] {
        assert!(ids.iter().any(|found| found == id), "{id} missing: {ids:?}");
    }
    assert!(!ids.iter().any(|found| found == "smtp-token-rejected"), "{ids:?}");
    assert_worded(&text);
}
