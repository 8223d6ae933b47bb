//! Opening the user's browser at the authorization URL.
//!
//! `$BROWSER` wins when it is set (the convention of `xdg-open`, `sensible-browser`
//! and Python's `webbrowser`): a `:`-separated list of commands, each taking
//! the URL as its last argument or in place of `%s`. Otherwise the `open`
//! crate asks the desktop (xdg-open, gio, `open`, `start`). The browser is
//! started detached: we never wait for it, only for its redirect.

use std::process::{Command, Stdio};
use std::sync::Arc;

/// A function that opens a URL, for the sandbox's automatic approval and tests.
pub type OpenUrl = Arc<dyn Fn(&str) -> Result<(), String> + Send + Sync>;

/// How the authorization URL reaches a browser.
#[derive(Clone)]
pub enum BrowserLauncher {
    /// `$BROWSER` if set, else the desktop's default browser.
    System,
    /// A function (the sandbox's automatic approval, tests).
    Function(OpenUrl),
}

impl std::fmt::Debug for BrowserLauncher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BrowserLauncher::System => f.write_str("System"),
            BrowserLauncher::Function(_) => f.write_str("Function"),
        }
    }
}

impl BrowserLauncher {
    /// Opens `url`; returns a sentence saying how, or why it failed.
    pub fn open(&self, url: &str) -> Result<String, String> {
        match self {
            BrowserLauncher::Function(open) => open(url).map(|()| crate::tr!("signin-browser-opened-by-mailsetup")),
            BrowserLauncher::System => match std::env::var("BROWSER").ok().filter(|v| !v.trim().is_empty()) {
                Some(browsers) => open_with_browser_variable(&browsers, url),
                None => open::that_detached(url)
                    .map(|()| crate::tr!("signin-browser-opened-default"))
                    .map_err(|e| crate::tr!("signin-browser-default-failed", error = e.to_string())),
            },
        }
    }
}

/// Tries each command of a `$BROWSER` list until one starts.
fn open_with_browser_variable(browsers: &str, url: &str) -> Result<String, String> {
    let mut failures = Vec::new();
    for entry in browsers.split(':').map(str::trim).filter(|e| !e.is_empty()) {
        let mut words: Vec<String> = entry.split_whitespace().map(str::to_owned).collect();
        if words.iter().any(|w| w.contains("%s")) {
            for word in &mut words {
                *word = word.replace("%s", url);
            }
        } else {
            words.push(url.to_owned());
        }
        let (program, args) = words.split_first().expect("entry is not empty");
        match Command::new(program).args(args).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).spawn() {
            Ok(child) => {
                // Reap it in the background so it does not linger as a zombie.
                std::thread::spawn(move || {
                    let mut child = child;
                    let _ = child.wait();
                });
                return Ok(crate::tr!("signin-browser-opened-variable", program = program));
            }
            Err(e) => failures.push(format!("{program}: {e}")),
        }
    }
    Err(crate::tr!("signin-browser-variable-failed", failures = failures.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_variable_reports_each_failure() {
        let error = open_with_browser_variable("/nonexistent/one:/nonexistent/two %s", "http://x/").unwrap_err();
        assert!(error.contains("/nonexistent/one") && error.contains("/nonexistent/two"), "{error}");
    }

    #[test]
    fn browser_variable_passes_the_url() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("url.txt");
        let script = dir.path().join("browser.sh");
        // Write then rename, so the test never reads a half-written file.
        std::fs::write(&script, format!("#!/bin/sh\nprintf '%s' \"$1\" > {0}.part && mv {0}.part {0}\n", out.display())).unwrap();
        std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
        let how = open_with_browser_variable(&format!("/nonexistent:{}", script.display()), "http://127.0.0.1:1/a?b=c").unwrap();
        assert!(how.contains("$BROWSER"));
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while !out.exists() && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert_eq!(std::fs::read_to_string(out).unwrap(), "http://127.0.0.1:1/a?b=c");
    }
}
