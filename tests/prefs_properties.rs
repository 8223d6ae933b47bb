//! prefs.js faithfulness: property tests (round trip, random edits keep every
//! other byte) and the `cargo fuzz` corpus fed through the same checks the
//! fuzz target makes (`fuzz/invariants.rs`).

use mailsetup::thunderbird::prefs::{PrefValue, PrefsFile, quote_string};
use proptest::prelude::*;
use std::fs;
use std::path::Path;

/// `crate::prefs` for the shared invariants file.
mod prefs {
    pub use mailsetup::thunderbird::prefs::*;
}

#[path = "../fuzz/invariants.rs"]
mod invariants;

/// Any Unicode text without NUL, biased towards the awkward characters.
fn text() -> impl Strategy<Value = String> {
    let awkward = prop::sample::select(vec![
        '"', '\'', '\\', '\n', '\r', '\t', '\u{7}', '\u{1b}', '\u{7f}', '\u{85}', '\u{200f}', '\u{202e}', '\u{2028}',
        'é', '中', '😀', '/', '*', '#', ';', ')', 'x', ' ',
    ]);
    let any = any::<char>().prop_filter("no NUL", |c| *c != '\0');
    prop::collection::vec(prop_oneof![3 => awkward, 1 => any], 0..60).prop_map(|chars| chars.into_iter().collect())
}

fn value() -> impl Strategy<Value = PrefValue> {
    prop_oneof![text().prop_map(PrefValue::String), any::<i32>().prop_map(PrefValue::Int), any::<bool>().prop_map(PrefValue::Bool)]
}

/// A line of a prefs.js as people and programs write them: statements in
/// either quote style and spacing, comments, blank lines.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        (text(), value(), 0..3usize).prop_map(|(name, value, style)| {
            let name = if name.is_empty() { "n".to_owned() } else { name };
            let value = mailsetup::thunderbird::prefs::render_value(&value);
            match style {
                0 => format!("user_pref({}, {value});", quote_string(&name)),
                1 => format!("user_pref( {} ,{value} ) ;  // trailing", quote_string(&name)),
                _ => format!("pref({}, {value});", quote_string(&name)),
            }
        }),
        "[a-z ]{0,20}".prop_map(|comment| format!("// {comment}")),
        "[a-z ]{0,20}".prop_map(|comment| format!("# {comment}")),
        "[a-z \n]{0,20}".prop_map(|comment| format!("/* {comment} */")),
        Just(String::new()),
    ]
}

fn file() -> impl Strategy<Value = (String, &'static str)> {
    (prop::collection::vec(line(), 0..25), prop::sample::select(vec!["\n", "\r\n", "\r"]))
        .prop_map(|(lines, end)| (lines.join(end), end))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_string_round_trips_through_quoting(sample in text()) {
        let mut prefs = PrefsFile::new_with_header();
        prefs.set("sample", sample.clone()).unwrap();
        let reparsed = PrefsFile::parse(&prefs.render()).unwrap();
        prop_assert_eq!(reparsed.get_str("sample"), Some(sample.as_str()));
    }

    #[test]
    fn an_unedited_file_renders_byte_for_byte((text, _end) in file()) {
        let parsed = PrefsFile::parse(&text).unwrap();
        prop_assert_eq!(parsed.render(), text);
    }

    #[test]
    fn random_edits_keep_every_other_line((text, _end) in file(), edits in prop::collection::vec((any::<prop::sample::Index>(), value()), 1..6)) {
        let original = PrefsFile::parse(&text).unwrap();
        let names: Vec<String> = original.names().filter(|name| original.get(name).is_some()).map(str::to_owned).collect();
        prop_assume!(!names.is_empty());
        let mut edited = original.clone();
        let mut touched = Vec::new();
        for (index, value) in edits {
            let name = index.get(&names).clone();
            edited.set(&name, value.clone()).unwrap();
            touched.push((name, value));
        }
        let rendered = edited.render();
        let reparsed = PrefsFile::parse(&rendered).unwrap();
        // The last edit of each name wins; every other name keeps its value.
        for name in &names {
            match touched.iter().rev().find(|(touched_name, _)| touched_name == name) {
                Some((_, value)) => prop_assert_eq!(reparsed.get(name), Some(value)),
                None => prop_assert_eq!(reparsed.get(name), original.get(name)),
            }
        }
        // Lines without an edited statement are byte for byte the same:
        // the text outside the edited value tokens did not move.
        let original_lines: Vec<&str> = text.split(['\n', '\r']).collect();
        let rendered_lines: Vec<&str> = rendered.split(['\n', '\r']).collect();
        let untouched = |line: &str| !touched.iter().any(|(name, _)| line.contains(&quote_string(name)));
        let kept_before: Vec<&str> = original_lines.iter().copied().filter(|line| untouched(line)).collect();
        let kept_after: Vec<&str> = rendered_lines.iter().copied().filter(|line| untouched(line)).collect();
        prop_assert_eq!(kept_before, kept_after);
    }

    #[test]
    fn the_fuzz_invariants_hold_for_generated_files((text, _end) in file()) {
        invariants::check(text.as_bytes());
    }

    #[test]
    fn the_fuzz_invariants_hold_for_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        invariants::check(&bytes);
    }
}

#[test]
fn the_fuzz_corpus_passes_the_fuzz_checks() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/prefs_js");
    let mut count = 0;
    for entry in fs::read_dir(&corpus).unwrap() {
        let path = entry.unwrap().path();
        invariants::check(&fs::read(&path).unwrap());
        count += 1;
    }
    assert!(count >= 5, "the corpus has {count} files");
}
