//! Hostile provider files, through the real binary: a host with a space,
//! CR/LF, a NUL or a URL, and an unknown key in `[imap]` or `[smtp]`, are
//! refused with the key and the line, before anything runs (the `$BROWSER`
//! here records whether it was ever started).

use mailsetup::provider::ProviderFile;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A provider file for contoso.example; `imap_host` is TOML (quoted, with
/// escapes), `imap_extra` and `smtp_extra` are added to their tables.
fn provider_file(imap_host: &str, imap_extra: &str, smtp_extra: &str) -> String {
    format!(
        r#"name = "Contoso mail"
domains = ["contoso.example"]

[oauth]
authorize_url = "https://login.contoso.example/authorize"
token_url = "https://login.contoso.example/token"
client_id = "mailsetup"
scopes = "openid email offline_access"

[imap]
host = {imap_host}
port = 993
security = "tls"
{imap_extra}
[smtp]
host = "smtp.contoso.example"
port = 587
security = "starttls"
{smtp_extra}"#
    )
}

struct Attempt {
    output: Output,
    browser_started: bool,
}

/// Runs `mailsetup ARGS… --provider-file FILE` with a throwaway HOME and a
/// `$BROWSER` that leaves a mark when started.
fn mailsetup(args: &[&str], file_text: &str) -> Attempt {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("provider.toml");
    std::fs::write(&file, file_text).unwrap();
    let mark = home.path().join("browser-was-started");
    let browser = home.path().join("browser.sh");
    std::fs::write(&browser, format!("#!/bin/sh\ntouch '{}'\n", mark.display())).unwrap();
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_mailsetup"))
        .args(args)
        .arg("--provider-file")
        .arg(&file)
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join(".config"))
        .env("BROWSER", &browser)
        .env_remove("MAILSETUP_LOG")
        .output()
        .unwrap();
    Attempt { output, browser_started: mark.exists() }
}

fn stderr(attempt: &Attempt) -> String {
    String::from_utf8_lossy(&attempt.output.stderr).into_owned()
}

/// Every bad host form, refused by `setup` and `detect` with the key, the
/// line and the reason; nothing runs.
#[test]
fn bad_hosts_are_refused_before_anything_runs() {
    let cases = [
        (r#""imap.contoso.example\r\nX-Injected: yes""#, "carriage return"),
        (r#""imap.contoso.example\n[ ok ] forged""#, "line feed"),
        (r#""imap.contoso\u0000.example""#, "NUL"),
        (r#""imap contoso.example""#, "a space"),
        (r#""https://imap.contoso.example/""#, "is a URL"),
        (r#""imap.contoso.example:993""#, "port"),
        (r#""""#, "is empty"),
        (r#""imap_1.contoso.example""#, "'_'"),
    ];
    for (host, reason) in cases {
        let text = provider_file(host, "", "");
        for command in [&["setup", "alice@contoso.example", "--no-write", "--timeout", "5"][..], &["detect", "alice@contoso.example"][..]] {
            let attempt = mailsetup(command, &text);
            let said = stderr(&attempt);
            assert_eq!(attempt.output.status.code(), Some(2), "{command:?} with host {host}: {said}");
            assert!(said.contains("[imap] host on line 11") && said.contains(reason), "{command:?} with host {host} names the key, the line and why: {said}");
            assert!(!attempt.browser_started, "{command:?} with host {host} started the browser");
            assert!(attempt.output.stdout.is_empty(), "{command:?} with host {host} printed a report");
            assert_eq!(said.lines().count(), 1, "the message is one line: {said:?}");
        }
    }
}

/// `verify_certificate = false` would make its author believe the check is
/// off; an unknown key in either server table is refused with its name and line.
#[test]
fn unknown_keys_in_server_tables_are_refused() {
    for (text, line) in [
        (provider_file(r#""imap.contoso.example""#, "verify_certificate = false\n", ""), 14),
        (provider_file(r#""imap.contoso.example""#, "", "user_name = \"alice\"\n"), 19),
    ] {
        let attempt = mailsetup(&["setup", "alice@contoso.example", "--no-write", "--timeout", "5"], &text);
        let said = stderr(&attempt);
        assert_eq!(attempt.output.status.code(), Some(2), "{said}");
        let key = if line == 14 { "verify_certificate" } else { "user_name" };
        assert!(said.contains(&format!("unknown field `{key}`")) && said.contains(&format!("line {line}")), "names the key and the line: {said}");
        assert!(!attempt.browser_started);
    }
}

/// The hosts a plan gets are the checked ones: lower case, `xn--` for an
/// internationalised name, no final dot.
#[test]
fn good_hosts_are_normalised() {
    let text = provider_file(r#""IMAP.Bücher.example.""#, "", "");
    let plan = ProviderFile::parse(&PathBuf::from("p.toml"), &text).unwrap().plan();
    assert_eq!(plan.incoming.host, "imap.xn--bcher-kva.example");
    assert_eq!(plan.smtp.host, "smtp.contoso.example");
    let loopback = provider_file(r#""[::1]""#, "", "");
    assert_eq!(ProviderFile::parse(Path::new("p.toml"), &loopback).unwrap().plan().incoming.host, "::1");
}
