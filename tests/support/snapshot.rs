//! Text snapshots: what a test produced, compared with
//! `tests/snapshots/NAME.txt`. `UPDATE_SNAPSHOTS=1` writes the file instead
//! (the same variable egui_kittest reads for its pictures); the change is
//! then reviewed in the diff like any other.

#![allow(dead_code, reason = "each test binary uses the helpers it needs")]

use std::path::PathBuf;

/// Set to anything but `0` to rewrite the snapshot files.
pub const UPDATE_ENV: &str = "UPDATE_SNAPSHOTS";

/// Where the snapshot `name` lives.
pub fn path_of(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(format!("{name}.txt"))
}

/// Fails unless `actual` is the text of snapshot `name`, listing each line
/// that differs; or, with `UPDATE_SNAPSHOTS` set, writes it.
#[track_caller]
pub fn assert_text(name: &str, actual: &str) {
    let path = path_of(name);
    let actual = if actual.ends_with('\n') { actual.to_owned() } else { format!("{actual}\n") };
    if std::env::var_os(UPDATE_ENV).is_some_and(|value| value != "0") {
        std::fs::write(&path, &actual).unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
        eprintln!("wrote {}", path.display());
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {} ({error}); create it with {UPDATE_ENV}=1", path.display()));
    if expected == actual {
        return;
    }
    panic!("{} differs (- snapshot, + now; rewrite with {UPDATE_ENV}=1):\n{}", path.display(), line_diff(&expected, &actual));
}

/// `expected` and `actual` line by line: unchanged lines after two spaces,
/// removed ones after `- `, added ones after `+ `, from their longest
/// common subsequence (quadratic, fine for the short texts snapshotted here;
/// no diff library is among the dependencies).
fn line_diff(expected: &str, actual: &str) -> String {
    let (old, new): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    // common[i][j]: the longest common subsequence of old[i..] and new[j..].
    let mut common = vec![vec![0usize; new.len() + 1]; old.len() + 1];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            common[i][j] = if old[i] == new[j] { common[i + 1][j + 1] + 1 } else { common[i + 1][j].max(common[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && old[i] == new[j] {
            out.push_str(&format!("  {}\n", old[i]));
            (i, j) = (i + 1, j + 1);
        } else if i < old.len() && (j == new.len() || common[i + 1][j] >= common[i][j + 1]) {
            out.push_str(&format!("- {}\n", old[i]));
            i += 1;
        } else {
            out.push_str(&format!("+ {}\n", new[j]));
            j += 1;
        }
    }
    out
}
