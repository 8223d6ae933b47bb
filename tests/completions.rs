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
