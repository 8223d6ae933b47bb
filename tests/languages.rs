//! The translations under `assets/locales/`: every file parses, every
//! language has exactly English's messages with the same variables, every
//! `tr!` in the code names an English message and passes exactly its
//! variables, and `src/ui`, `src/cli`, `src/audit`, the flow and the report
//! hold no user-facing English of their own. Then the command line in German.

#[path = "support/audit_machine.rs"]
mod audit_machine;

use audit_machine::{Account, Machine, SignIn, fill_profile, profiles, root_in};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn files_under(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_under(&path, extension));
        } else if path.extension().is_some_and(|found| found == extension) {
            found.push(path);
        }
    }
    found.sort();
    found
}

/// Every message of one language: its id and the variables it uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_of_pattern(pattern: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_of_expression(expression, into);
        }
    }
}

fn variables_of_expression(expression: &ast::Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            variables_of_inline(selector, into);
            for variant in variants {
                variables_of_pattern(&variant.value, into);
            }
        }
        ast::Expression::Inline(inline) => variables_of_inline(inline, into),
    }
}

fn variables_of_inline(inline: &ast::InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => variables_of_expression(expression, into),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                variables_of_inline(argument, into);
            }
        }
        _ => {}
    }
}

/// The messages of the language in `dir`, failing on a parse error or an
/// id defined twice.
fn messages_of(dir: &Path) -> Messages {
    let mut messages = Messages::new();
    let files = files_under(dir, "ftl");
    assert!(!files.is_empty(), "{} has no .ftl file", dir.display());
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", file.display()));
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let mut variables = BTreeSet::new();
                    let value = message.value.as_ref().unwrap_or_else(|| panic!("{}: {} has no value", file.display(), message.id.name));
                    variables_of_pattern(value, &mut variables);
                    let earlier = messages.insert(message.id.name.to_owned(), variables);
                    assert!(earlier.is_none(), "{}: {} is defined twice", file.display(), message.id.name);
                }
                ast::Entry::Junk { content } => panic!("{}: cannot read {content:?}", file.display()),
                _ => {}
            }
        }
    }
    messages
}

fn languages() -> Vec<(String, Messages)> {
    let root = repo().join("assets/locales");
    let mut languages: Vec<(String, Messages)> = std::fs::read_dir(&root)
        .unwrap()
        .flatten()
        .filter(|entry| entry.path().is_dir())
        .map(|entry| (entry.file_name().to_string_lossy().into_owned(), messages_of(&entry.path())))
        .collect();
    languages.sort();
    languages
}

#[test]
fn every_language_has_exactly_the_english_messages_with_the_same_variables() {
    let languages = languages();
    let english = &languages.iter().find(|(tag, _)| tag == "en").expect("English is there").1;
    assert!(languages.len() >= 2, "English and at least one translation");
    for (tag, messages) in &languages {
        let missing: Vec<_> = english.keys().filter(|id| !messages.contains_key(*id)).collect();
        let extra: Vec<_> = messages.keys().filter(|id| !english.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{tag} lacks {missing:?}");
        assert!(extra.is_empty(), "{tag} has messages English does not: {extra:?}");
        for (id, variables) in messages {
            assert_eq!(variables, &english[id], "{tag}: {id} uses other variables than English");
        }
        assert!(messages.contains_key("language-name"), "{tag} names itself for the language menu");
    }
}

/// Every `tr!("id", name = …)` in the code: its file, id and variable names.
fn uses_in_code() -> Vec<(PathBuf, String, BTreeSet<String>)> {
    let mut uses = Vec::new();
    for file in files_under(&repo().join("src"), "rs") {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut rest = text.as_str();
        while let Some(start) = rest.find("tr!(") {
            // `include_str!(` is not `tr!(`.
            let word_before = rest[..start].chars().next_back().is_some_and(|before| before.is_alphanumeric() || before == '_');
            rest = &rest[start + 4..];
            if word_before {
                continue;
            }
            let Some(call) = rest.trim_start().strip_prefix('"') else { continue };
            let Some(end) = call.find('"') else { continue };
            let id = call[..end].to_owned();
            // The arguments up to the closing parenthesis, split at commas
            // outside brackets and strings.
            let mut depth = 0usize;
            let mut in_string = false;
            let mut names = BTreeSet::new();
            let mut argument = String::new();
            for character in call[end + 1..].chars() {
                match character {
                    '"' => in_string = !in_string,
                    '(' | '[' | '{' if !in_string => depth += 1,
                    ')' if !in_string && depth == 0 => break,
                    ')' | ']' | '}' if !in_string => depth -= 1,
                    ',' if !in_string && depth == 0 => {
                        if let Some((name, _)) = argument.split_once('=') {
                            names.insert(name.trim().to_owned());
                        }
                        argument.clear();
                        continue;
                    }
                    _ => {}
                }
                argument.push(character);
            }
            if let Some((name, _)) = argument.split_once('=') {
                names.insert(name.trim().to_owned());
            }
            uses.push((file.clone(), id, names));
        }
    }
    uses
}

#[test]
fn every_message_the_code_asks_for_is_in_english_with_the_variables_passed() {
    let english = messages_of(&repo().join("assets/locales/en"));
    let uses = uses_in_code();
    assert!(uses.len() > 50, "the scan finds the code's messages: {}", uses.len());
    for (file, id, names) in uses {
        if id == "id" {
            continue; // the macro's own documentation
        }
        let variables = english.get(&id).unwrap_or_else(|| panic!("{}: tr!({id:?}) has no English message", file.display()));
        assert_eq!(&names, variables, "{}: tr!({id:?}) passes other variables than the message uses", file.display());
    }
}

/// Where the user's words live outside `src/ui` and `src/cli` and are
/// already messages, so they are held to the same rule: files or folders.
///
/// Left out, because they keep English on purpose: `src/helpdesk.rs` (the
/// support bundle's transcript is the client's protocol lines, `EHLO
/// mailsetup.localhost`, `POST <token URL> …`, the same in every language),
/// `src/sandbox` (the practice provider's servers answer as servers do, in
/// their protocols' English), `src/probe` (IMAP, POP3 and SMTP commands),
/// `src/provider/catalogue.rs` (providers' names), `src/i18n.rs` (its
/// errors come before a language is chosen). Not yet in, as they still hold
/// English of their own next to servers' words: the rest of
/// `src/thunderbird`, `src/provider`, `src/troubleshoot` and `src/oauth`,
/// `src/practice.rs` and `src/main.rs`.
const ALSO_TRANSLATED: &[&str] = &[
    "src/audit",
    "src/flow",
    "src/flow.rs",
    "src/report.rs",
    "src/step.rs",
    "src/address.rs",
    "src/tls.rs",
    "src/oauth/browser.rs",
    "src/oauth/device.rs",
    "src/oauth/loopback.rs",
    "src/provider/mod.rs",
    "src/provider/file.rs",
    "src/provider/host.rs",
    "src/provider/server.rs",
    "src/provider/discovery/autoconfig.rs",
    "src/provider/discovery/dns.rs",
    "src/provider/discovery/http.rs",
    "src/troubleshoot/token.rs",
];

/// Literals that read like words but are names, the same in every language.
/// `Default User` and `All Users` are folders Windows keeps under `C:\Users`.
const NAMES: &[&str] = &["Mail Setup", "Microsoft 365", "Default User", "All Users"];

/// Words that only ever reach the log, never a person: the reason the
/// wizard could not add a Japanese font (`src/ui/fonts.rs`), which only a
/// `tracing::warn!` prints.
const ONLY_LOGGED: &[&str] = &["no font with Japanese characters is installed"];

/// Not the user's words: the GUI benchmark's machine-readable lines
/// (bench-hooks builds only).
const NOT_FOR_PEOPLE: &[&str] = &["src/ui/bench.rs"];

/// What a literal just after is made into text by: a literal there with
/// three lowercase words or more is a sentence for people.
const MAKES_TEXT_OF_WHAT_FOLLOWS: &[&str] =
    &["format!(", "Err(", "String::from(", "ok_or(", "println!(", "eprintln!(", "print!(", "eprint!(", "write!(f,", "writeln!(f,", "#[error("];
/// … and what makes text of a literal just before.
const MAKES_TEXT_OF_WHAT_PRECEDES: &[&str] = &[".to_owned()", ".to_string()", ".into()"];

/// The code of a file before its test module (`#[cfg(test)]`, or
/// `#[cfg(all(test, …))]`).
fn code_outside_tests(text: &str) -> &str {
    let end = ["#[cfg(test)]", "#[cfg(all(test"].iter().filter_map(|marker| text.find(marker)).min().unwrap_or(text.len());
    &text[..end]
}

/// The words of a literal that are lowercase words (`could`, `isn't`),
/// once its `{…}` placeholders are taken out: none in ids (`mailsetup-open-browser`),
/// paths, keys or format specs (`{}_ms={:.1}`).
fn lowercase_words(literal: &str) -> usize {
    let mut words = String::new();
    let mut depth = 0usize;
    for character in literal.chars() {
        match character {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => words.push(character),
            _ => {}
        }
    }
    words
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | ':' | ';' | '.' | '!' | '?' | '`')))
        .filter(|word| !word.is_empty() && word.chars().all(|c| c.is_lowercase() || c == '\'' || c == '’'))
        .count()
}

/// String literals that read as English for people: a capital, then a
/// space and more words, or an ellipsis; or three lowercase words or more
/// made into text (`format!("cannot start the …: {e}")`, `Err("…")`,
/// `"…".to_owned()`), the way errors read. What is not counted: comments,
/// test modules, log lines (`tracing::`), and ids, keys, paths and format
/// specs (no capital, no three words).
fn english_literals(text: &str) -> Vec<String> {
    let code = code_outside_tests(text);
    let mut found = Vec::new();
    // The code since the last literal, across lines: `Err(format!(` may
    // end the line before its literal.
    let mut before = String::new();
    for line in code.lines() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        if line.contains("tracing::") {
            before.clear();
            continue;
        }
        let mut rest = line;
        while let Some(start) = rest.find('"') {
            // A comment at the end of the line ends the code.
            if rest[..start].contains("//") {
                break;
            }
            before.push_str(&rest[..start]);
            let after = &rest[start + 1..];
            let mut end = None;
            let mut escaped = false;
            for (index, character) in after.char_indices() {
                match character {
                    '\\' if !escaped => escaped = true,
                    '"' if !escaped => {
                        end = Some(index);
                        break;
                    }
                    _ => escaped = false,
                }
            }
            let Some(end) = end else { break };
            let literal = &after[..end];
            rest = &after[end + 1..];
            let reads_as_words = literal.chars().next().is_some_and(|first| first.is_ascii_uppercase()) && literal.contains(' ');
            let made_into_text = MAKES_TEXT_OF_WHAT_FOLLOWS.iter().any(|opener| before.trim_end().ends_with(opener))
                || MAKES_TEXT_OF_WHAT_PRECEDES.iter().any(|closer| rest.starts_with(closer));
            let sentence = made_into_text && lowercase_words(literal) >= 3;
            if (reads_as_words || sentence || literal.ends_with('…')) && !NAMES.contains(&literal) && !ONLY_LOGGED.contains(&literal) {
                found.push(literal.to_owned());
            }
            before.clear();
        }
        before.push_str(rest);
        before.push(' ');
    }
    found
}

#[test]
fn the_wizard_and_the_command_line_hold_no_english_of_their_own() {
    // The finder finds: an English label is caught, ids and comments are not.
    assert_eq!(english_literals(r#"ui.label("Your mail works again");"#), ["Your mail works again"]);
    assert!(english_literals(r#"egui::Id::new("profile choice"); // "Not this""#).is_empty());
    // Lowercase sentences made into text are caught, on one line or the next.
    assert_eq!(english_literals(r#"let runtime = new_runtime().map_err(|e| format!("cannot start the network runtime: {e}"))?;"#), ["cannot start the network runtime: {e}"]);
    assert_eq!(english_literals("return Err(format!(\n    \"{email}: Thunderbird cannot use OAuth2 with {}\",\n    hosts\n));"), ["{email}: Thunderbird cannot use OAuth2 with {}"]);
    assert_eq!(english_literals(r#"let root = profiles_root().ok_or("cannot find your home directory")?;"#), ["cannot find your home directory"]);
    assert_eq!(english_literals(r#"Failed("the wizard's worker thread is not running".to_owned())"#), ["the wizard's worker thread is not running"]);
    assert_eq!(english_literals(r#"Err(String::from("no such profile here"))"#), ["no such profile here"]);
    assert_eq!(english_literals(r#"writeln!(f, "  nothing was found here")?;"#), ["  nothing was found here"]);
    assert_eq!(english_literals(r#"#[error("the sandbox has stopped")] Stopped, #[error("{}", tr!("x"))] Other"#), ["the sandbox has stopped"]);
    // … but not ids, paths, format specs, short words, log lines or tests.
    assert!(english_literals(r#"Builder::new().name("mailsetup-open-browser".to_owned()); format!("{}_ms={:.1}", a, b); format!("imap.{domain}"); Err("none".to_owned())"#).is_empty());
    assert!(english_literals(r#"let path = format!("{drive}\\Users"); let name = "system CJK".to_owned(); Err(format!("{email}: {e}"))"#).is_empty());
    assert!(english_literals("tracing::warn!(%error, \"cannot start the worker thread\");\nlet done = format!(\"{} of {}\", a, b);").is_empty());
    assert!(english_literals("fn f() {}\n#[cfg(test)]\nmod tests { fn t() { Err(format!(\"this is not found\")) } }").is_empty());
    assert!(english_literals("fn f() {}\n#[cfg(all(test, unix))]\nmod tests { fn t() { Err(format!(\"this is not found\")) } }").is_empty());
    assert!(english_literals(r#"x.expect("a valid tag that parses"); matches!(line, "y" | "yes");"#).is_empty());
    let mut files: Vec<PathBuf> = Vec::new();
    for place in ["src/ui", "src/cli"].iter().chain(ALSO_TRANSLATED) {
        let path = repo().join(place);
        if path.is_dir() {
            files.extend(files_under(&path, "rs"));
        } else {
            assert!(path.is_file(), "{place} is not there");
            files.push(path);
        }
    }
    let mut checked = 0;
    let mut still_english = BTreeMap::new();
    for file in files {
        let relative = file.strip_prefix(repo()).unwrap().to_string_lossy().into_owned();
        if NOT_FOR_PEOPLE.contains(&relative.as_str()) {
            continue;
        }
        let found = english_literals(&std::fs::read_to_string(&file).unwrap());
        if !found.is_empty() {
            still_english.insert(relative, found);
        }
        checked += 1;
    }
    assert!(still_english.is_empty(), "still in English (move it into assets/locales/en/*.ftl): {still_english:#?}");
    assert!(checked >= 25, "the scan saw the wizard's, the command line's, the audit's, the flow's and the report's files: {checked}");
}

fn mailsetup(args: &[&str], home: &Path) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_mailsetup"))
        .args(args)
        .env("HOME", home)
        .env_remove("MAILSETUP_LANG")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .output()
        .unwrap();
    (output.status.code().unwrap_or(-1), String::from_utf8_lossy(&output.stdout).into_owned(), String::from_utf8_lossy(&output.stderr).into_owned())
}

fn machine_with_a_password_account() -> (Machine, PathBuf) {
    let machine = Machine::new();
    let home = machine.home("anna");
    let [profile] = profiles(&root_in(&home, "linux"), &["default"]).try_into().unwrap();
    fill_profile(&profile, &[Account::microsoft_365("anna@contoso.example", SignIn::Password)], Some("153.8.0"), None);
    (machine, home)
}

#[test]
fn the_audit_speaks_german_when_asked_and_its_json_keys_stay() {
    let (_machine, home) = machine_with_a_password_account();
    let (code, out, err) = mailsetup(&["audit", "--on", "2026-12-02", "--lang", "de"], &home);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("Thunderbird-Konten, Stand 2. Dezember 2026"), "{out}");
    assert!(out.contains("Senden damit endet am 31. Dezember 2026"), "{out}");
    assert!(out.contains("Bei 1 von 1 Konto in 1 Profil ist etwas zu tun."), "{out}");
    // MAILSETUP_LANG does the same, and a regional tag finds the language.
    let output = Command::new(env!("CARGO_BIN_EXE_mailsetup")).args(["audit", "--json", "--on", "2026-12-02"]).env("HOME", &home).env("MAILSETUP_LANG", "de_AT.UTF-8").output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["lang"], "de");
    let account = &json["homes"][0]["roots"][0]["profiles"][0]["accounts"][0];
    assert_eq!(account["state"], "password-microsoft-365", "ids stay as they are");
    assert!(account["summary"].as_str().unwrap().starts_with("Meldet sich bei Microsoft 365 mit einem Passwort an"), "{account}");
    // English without being asked (the test's locale is C).
    let (_, out, _) = mailsetup(&["audit", "--on", "2026-12-02"], &home);
    assert!(out.contains("Thunderbird accounts, as they stand on 2 December 2026"), "{out}");
}

#[test]
fn a_language_mailsetup_does_not_have_is_a_clear_error() {
    let (_machine, home) = machine_with_a_password_account();
    let (code, out, err) = mailsetup(&["audit", "--lang", "tlh"], &home);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("no translation for tlh") && err.contains("de"), "{err}");
    assert!(out.is_empty(), "nothing else ran: {out}");
}

#[test]
#[ignore = "needs fontconfig and a Japanese font (tests/setup-machine.sh installs fonts-ipafont-gothic)"]
fn a_system_font_with_japanese_glyphs_is_found() {
    let (path, _) = mailsetup::ui::find_cjk_font().expect("fontconfig names a font that covers Japanese");
    assert!(path.is_file(), "{}", path.display());
}

/// `{user}`, `{app_id}`… in a knowledge-base text.
fn placeholders(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        rest = &rest[start + 1..];
        if let Some(end) = rest.find('}') {
            let name = &rest[..end];
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                found.insert(name.to_owned());
            }
            rest = &rest[end + 1..];
        }
    }
    found
}

#[test]
fn every_language_words_every_diagnosis_with_the_same_placeholders() {
    use mailsetup::troubleshoot::kb::{KbTexts, KnowledgeBase};
    let english: BTreeMap<&str, KbTexts> = KnowledgeBase::get().entries.iter().map(|entry| (entry.id.as_str(), entry.texts())).collect();
    let fields = |texts: &KbTexts| [texts.title.clone(), texts.what_happened.clone(), texts.user_can_do.clone(), texts.admin_must_do.clone(), texts.command_line.clone()];
    for (tag, _) in languages().iter().filter(|(tag, _)| tag != "en") {
        let table = mailsetup::troubleshoot::kb::translations_in(tag).unwrap_or_else(|error| panic!("{error}"));
        assert!(!table.is_empty(), "{tag} has no kb.toml (copy assets/locales/en/kb.toml's layout: a table per diagnosis id)");
        let extra: Vec<_> = table.keys().filter(|id| !english.contains_key(id.as_str())).collect();
        assert!(extra.is_empty(), "{tag}/kb.toml has ids the knowledge base does not: {extra:?}");
        for (id, texts) in &english {
            let translated = table.get(*id).unwrap_or_else(|| panic!("{tag}/kb.toml lacks {id}"));
            for (field, (original, words)) in ["title", "what_happened", "user_can_do", "admin_must_do", "command_line"].iter().zip(fields(texts).iter().zip(fields(translated).iter())) {
                assert_eq!(original.is_empty(), words.is_empty(), "{tag}/kb.toml {id}.{field}: empty in one language only");
                assert_eq!(placeholders(original), placeholders(words), "{tag}/kb.toml {id}.{field} uses other placeholders");
            }
        }
    }
}

#[test]
fn explain_speaks_german_and_keeps_the_code_the_id_and_the_command() {
    let (_machine, home) = machine_with_a_password_account();
    let (code, out, err) = mailsetup(&["explain", "AADSTS65001", "--lang", "de"], &home);
    assert_eq!(code, 0, "{out}{err}");
    let german = mailsetup::troubleshoot::kb::translations_in("de").unwrap();
    let entry = &german["aad-consent-missing"];
    assert!(out.contains("Diagnose [aad-consent-missing]"), "the id stays: {out}");
    assert!(out.contains(entry.title.as_str()), "the German title: {out}");
    assert!(out.contains("AADSTS65001"), "Microsoft's code stays: {out}");
    assert!(out.contains("Was Ihre Administration tun muss:"), "{out}");
}

#[test]
fn a_french_check_report_and_a_german_ticket_frame_their_facts_in_the_language() {
    let home = tempfile::tempdir().unwrap();
    let check = |lang: &str, extra: &[&str]| {
        let mut args = vec!["--sandbox", "check", "practice@sandbox.mailsetup.test", "--lang", lang];
        args.extend_from_slice(extra);
        mailsetup(&args, home.path())
    };
    let (code, out, err) = check("fr", &[]);
    assert_eq!(code, 0, "{out}{err}");
    for words in ["Fournisseur\u{a0}:", "Serveur sortant (SMTP)\u{a0}:", "sur 8 s autorisées", "Tout a réussi."] {
        assert!(out.contains(words), "the French report lacks {words:?}:\n{out}");
    }
    assert!(out.contains("[ ok ]"), "the step marks stay: {out}");
    let (_, json, _) = check("fr", &["--json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["lang"], "fr");
    assert_eq!(json["steps"][0]["outcome"], "passed", "values of JSON keys stay");

    let (code, out, err) = check("de", &["--ticket"]);
    assert_eq!(code, 0, "{out}{err}");
    for words in ["Betreff: E-Mail-Einrichtung für practice@sandbox.mailsetup.test: alle Prüfungen bestanden", "Benutzer (Postfach):", "(Erstellt von mailsetup; enthält kein Passwort und kein Token.)"] {
        assert!(out.contains(words), "the German ticket lacks {words:?}:\n{out}");
    }
}

/// The commands `mailsetup --help` lists (the first word of each line under
/// its "Commands:" heading), `help` left out.
fn commands_listed(root_help: &str) -> Vec<String> {
    root_help
        .lines()
        .skip_while(|line| *line != "Commands:")
        .skip(1)
        .take_while(|line| !line.trim().is_empty())
        .filter_map(|line| line.split_whitespace().next().map(str::to_owned))
        .filter(|command| command != "help")
        .collect()
}

/// The sentences of a help text: what follows an option or a command in its
/// column, or a paragraph of its own, when it has four words or more.
fn sentences_of(help: &str) -> BTreeSet<String> {
    help.lines()
        .map(|line| {
            let line = line.trim();
            // "  -v, --verbose    Print log messages …": the text after the widest gap.
            match line.find("  ") {
                Some(gap) if line.starts_with('-') || !line.contains(". ") && gap < 24 => line[gap..].trim().to_owned(),
                _ => line.to_owned(),
            }
        })
        .filter(|text| text.split_whitespace().filter(|word| word.chars().all(char::is_alphabetic)).count() >= 4)
        .collect()
}

#[test]
fn every_commands_help_is_in_every_language() {
    let home = tempfile::tempdir().unwrap();
    let (code, english_root, err) = mailsetup(&["--help"], home.path());
    assert_eq!(code, 0, "{err}");
    let commands = commands_listed(&english_root);
    assert!(commands.len() >= 10 && commands.contains(&"audit".to_owned()), "{commands:?}");
    let mut invocations: Vec<Vec<&str>> = vec![vec![]];
    invocations.extend(commands.iter().map(|command| vec![command.as_str()]));
    let others: Vec<String> = languages().into_iter().map(|(tag, _)| tag).filter(|tag| tag != "en").collect();
    for invocation in &invocations {
        for flag in ["--help", "-h"] {
            let english_args: Vec<&str> = invocation.iter().copied().chain([flag]).collect();
            let (_, english, _) = mailsetup(&english_args, home.path());
            let english_sentences = sentences_of(&english);
            assert!(!english_sentences.is_empty(), "{english}");
            for tag in &others {
                let args: Vec<&str> = invocation.iter().copied().chain([flag, "--lang", tag.as_str()]).collect();
                let (code, translated, err) = mailsetup(&args, home.path());
                assert_eq!(code, 0, "mailsetup {args:?}: {err}");
                let left: Vec<&String> = english_sentences.iter().filter(|sentence| translated.contains(sentence.as_str())).collect();
                assert!(left.is_empty(), "`mailsetup {}` in {tag} still says in English: {left:#?}\n{translated}", args.join(" "));
                assert!(!translated.contains("Usage:") && !translated.contains("Options:"), "clap's own headings in {tag}: {translated}");
            }
        }
    }
}

#[test]
fn a_mistyped_command_line_is_explained_in_the_language() {
    let home = tempfile::tempdir().unwrap();
    let (code, _, english) = mailsetup(&["audit", "--bogus"], home.path());
    assert_eq!(code, 2);
    assert!(english.contains("unexpected argument '--bogus'") && english.contains("Usage: mailsetup audit"), "{english}");
    let (code, _, german) = mailsetup(&["audit", "--bogus", "--lang", "de"], home.path());
    assert_eq!(code, 2, "{german}");
    assert!(german.contains("'--bogus'") && !german.contains("unexpected argument") && !german.contains("Usage:"), "{german}");
    let (_, _, french) = mailsetup(&["audti", "--lang", "fr"], home.path());
    assert!(french.contains("'audti'") && french.contains("'audit'") && !french.contains("unknown command"), "a similar command is suggested in French: {french}");
    let (_, _, missing) = mailsetup(&["explain", "--lang", "de"], home.path());
    assert!(!missing.contains("the following required arguments"), "{missing}");

    // Text that is not UTF-8 (a Latin-1 "ä" from an old script) is one of
    // the rarer mistakes, worded here too rather than left to clap.
    use std::os::unix::ffi::OsStrExt;
    let output = Command::new(env!("CARGO_BIN_EXE_mailsetup"))
        .args(["--lang", "de", "explain"])
        .arg(std::ffi::OsStr::from_bytes(b"Passwort f\xe4lscht"))
        .env("HOME", home.path())
        .env_remove("MAILSETUP_LANG")
        .output()
        .unwrap();
    let not_text = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{not_text}");
    assert!(not_text.contains("UTF-8") && !not_text.contains("invalid UTF-8 was detected"), "{not_text}");
}
