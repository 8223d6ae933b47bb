//! Embeds every language under `assets/locales/` in the binary: each folder
//! is one language (its name a BCP 47 tag), each `.ftl` file in it a part of
//! its messages, and its `kb.toml` the knowledge base's texts in that
//! language. A volunteer adds a language by copying `en/` to a new folder
//! and translating it; nothing else needs to change.
//!
//! Each file is embedded deflated (about a quarter of its size: the nine
//! languages are 1.4 MB of text, and the stripped binary must stay within
//! 25 MB); `src/i18n.rs` inflates a language's files when it is first used.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/locales");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
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
    let mut table = String::new();
    for (index, (tag, files)) in languages.iter().enumerate() {
        write!(table, "static LANGUAGE_{index}: [EmbeddedFile; {}] = [", files.len()).unwrap();
        for file in files {
            let name = file.file_name().and_then(|name| name.to_str()).expect("a UTF-8 file name");
            let text = std::fs::read(file).expect("readable");
            std::str::from_utf8(&text).unwrap_or_else(|_| panic!("{} is not UTF-8", file.display()));
            let deflated = out.join(format!("{tag}-{name}.deflate"));
            let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
            encoder.write_all(&text).expect("deflating into memory");
            std::fs::write(&deflated, encoder.finish().expect("deflating into memory")).expect("OUT_DIR is writable");
            write!(table, "EmbeddedFile::new({name:?}, include_bytes!({:?})), ", deflated.display().to_string()).unwrap();
        }
        table.push_str("];\n");
    }
    table.push_str("/// Every embedded language: its tag, and its `.ftl` and `kb.toml` files.\npub static EMBEDDED: &[(&str, &[EmbeddedFile])] = &[\n");
    for (index, (tag, _)) in languages.iter().enumerate() {
        writeln!(table, "    ({tag:?}, &LANGUAGE_{index}),").unwrap();
    }
    table.push_str("];\n");
    std::fs::write(out.join("locales.rs"), table).expect("OUT_DIR is writable");
}
