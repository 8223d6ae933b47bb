// The prefs.js properties the fuzz target and `tests/prefs_fuzz_corpus.rs`
// check. Shared by `#[path]`: the fuzz crate compiles
// src/thunderbird/prefs.rs as its own `crate::prefs` module (no other
// dependency), the test maps `crate::prefs` to mailsetup's.
use crate::prefs::{PrefValue, PrefsFile};

/// For any input: if it parses, rendering without edits gives it back byte
/// for byte; setting one existing pref changes its value and nothing else;
/// appending a pref keeps the whole old text as a prefix; and everything we
/// render parses again.
pub fn check(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(file) = PrefsFile::parse(text) else { return };
    assert_eq!(file.render(), text, "an unedited file renders unchanged");
    let names: Vec<String> = file.names().map(str::to_owned).collect();

    // Edit the first user pref, with a value derived from the input.
    let value_text: String = text.chars().rev().take(40).filter(|c| *c != '\0').collect();
    // (An empty name parses but is refused on write: nothing to edit.)
    if let Some(name) = names.iter().find(|name| !name.is_empty() && file.get(name).is_some()) {
        let mut edited = file.clone();
        edited.set(name, PrefValue::String(value_text.clone())).unwrap();
        let rendered = edited.render();
        let reparsed = PrefsFile::parse(&rendered).expect("an edited file parses");
        assert_eq!(reparsed.get_str(name), Some(value_text.as_str()));
        for other in names.iter().filter(|other| *other != name) {
            assert_eq!(reparsed.get(other), file.get(other), "{other} must not change");
        }
    }

    // Append a new pref.
    let mut appended = file.clone();
    appended.set("zz.mailsetup.fuzz", PrefValue::String(value_text.clone())).unwrap();
    let rendered = appended.render();
    // (A file that already sets the name gets it replaced in place instead.)
    if file.get("zz.mailsetup.fuzz").is_none() {
        assert!(rendered.starts_with(text), "appending keeps the old text as it was");
    }
    let reparsed = PrefsFile::parse(&rendered).expect("an appended file parses");
    assert_eq!(reparsed.get_str("zz.mailsetup.fuzz"), Some(value_text.as_str()));
    for other in &names {
        if other != "zz.mailsetup.fuzz" {
            assert_eq!(reparsed.get(other), file.get(other));
        }
    }
}
