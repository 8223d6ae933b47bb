//! Embeds every language under `assets/locales/` in the binary: each folder
//! is one language (its name a BCP 47 tag), each `.ftl` file in it a part of
//! its messages, and its `kb.toml` the knowledge base's texts in that
//! language. A volunteer adds a language by copying `en/` to a new folder
//! and translating it; nothing else needs to change.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut languages: Vec<(String, Vec<std::path::PathBuf>)> = Vec::new();
    for entry in std::fs::read_dir(&root).expect("assets/locales is there") {
        let dir = entry.expect("readable").path();
        if !dir.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", dir.display());
        let tag = dir.file_name().and_then(|name| name.to_str()).expect("a UTF-8 folder name").to_owned();
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .expect("readable")
            .map(|entry| entry.expect("readable").path())
            .filter(|path| path.extension().is_some_and(|extension| extension == "ftl" || extension == "toml"))
            .collect();
        files.sort();
        for file in &files {
            println!("cargo:rerun-if-changed={}", file.display());
        }
        languages.push((tag, files));
    }
    languages.sort();
    let mut table = String::from("/// Every embedded language: its tag, and its `.ftl` and `kb.toml` files' names and texts.\npub static EMBEDDED: &[(&str, &[(&str, &str)])] = &[\n");
    for (tag, files) in &languages {
        write!(table, "    ({tag:?}, &[").unwrap();
        for file in files {
            let name = file.file_name().and_then(|name| name.to_str()).expect("a UTF-8 file name");
            write!(table, "({name:?}, include_str!({:?})), ", file.display().to_string()).unwrap();
        }
        table.push_str("]),\n");
    }
    table.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    std::fs::write(out, table).expect("OUT_DIR is writable");
}
