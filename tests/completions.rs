//! Shell completions generated from the clap definitions: real bash
//! completes `mailsetup au<TAB>` to `audit`, and zsh and fish scripts name
//! every command.

use std::process::Command;

fn completions(shell: &str) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_mailsetup")).args(["completions", shell]).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn bash_completes_au_to_audit() {
    let script = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(script.path(), completions("bash")).unwrap();
    let probe = format!(
        "source '{}'\nCOMP_WORDS=(mailsetup au); COMP_CWORD=1; COMP_LINE='mailsetup au'; COMP_POINT=12\n_mailsetup mailsetup au mailsetup\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        script.path().display()
    );
    let output = Command::new("bash").arg("-c").arg(probe).output().unwrap();
    let replies = String::from_utf8_lossy(&output.stdout);
    assert_eq!(replies.lines().collect::<Vec<_>>(), ["audit"], "{}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn zsh_and_fish_scripts_name_every_command() {
    for shell in ["zsh", "fish"] {
        let script = completions(shell);
        for command in ["setup", "check", "audit", "migrate", "doctor", "completions"] {
            assert!(script.contains(command), "{shell} completions lack {command}");
        }
    }
}

#[test]
#[ignore = "needs man (man-db, installed with Debian's Thunderbird by tests/setup-machine.sh)"]
fn the_man_page_renders_with_man_and_lists_the_commands() {
    let page = Command::new(env!("CARGO_BIN_EXE_mailsetup")).arg("manpage").output().unwrap();
    assert!(page.status.success());
    let file = tempfile::Builder::new().suffix(".1").tempfile().unwrap();
    std::fs::write(file.path(), &page.stdout).unwrap();
    let shown = Command::new("man").arg("-l").arg(file.path()).env("MANWIDTH", "80").env("MANPAGER", "cat").env("PAGER", "cat").output().unwrap();
    assert!(shown.status.success(), "{}", String::from_utf8_lossy(&shown.stderr));
    let text = String::from_utf8_lossy(&shown.stdout);
    for expected in ["NAME", "SYNOPSIS", "--fix-needed", "audit", "migrate", "doctor"] {
        assert!(text.contains(expected), "man -l shows no {expected}:\n{text}");
    }
    assert!(!text.contains("manpage"), "the packaging-only command stays hidden");
}
