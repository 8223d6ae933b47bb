//! Fonts beyond egui's own. egui's built-in fonts have no Chinese,
//! Japanese or Korean glyphs, so when the wizard speaks Japanese, or opens
//! the language menu (where 日本語 names itself), it adds a font of the
//! system that has them as a fallback: found through fontconfig on Linux,
//! in the fonts folder on Windows and macOS. Nothing is bundled: a CJK font
//! is 4 to 20 MB, the stripped binary must stay under 25 MB, and the
//! system's font matches the desktop. Without one, the texts still show in
//! English words where a message is missing, and in boxes where a glyph is.

use std::path::PathBuf;

/// True for a language whose texts need a CJK font.
pub(super) fn needs_cjk(tag: &str) -> bool {
    ["ja", "zh", "ko"].iter().any(|prefix| tag == *prefix || tag.starts_with(&format!("{prefix}-")))
}

/// True for a language whose letters egui's fonts lack: CJK, and the
/// pseudo-locale's accented Latin (ḓ, ẏ are beyond egui's Latin).
pub(super) fn needs_system_font(tag: &str) -> bool {
    needs_cjk(tag) || tag == crate::i18n::PSEUDO
}

/// The system's plain sans-serif font (fontconfig), for the pseudo-locale.
fn find_sans_font() -> Option<(PathBuf, u32)> {
    let output = std::process::Command::new("fc-match").args(["--format=%{file}\t%{index}", "sans-serif"]).output().ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    let (file, index) = text.split_once('\t')?;
    Some((PathBuf::from(file), index.trim().parse().unwrap_or(0)))
}

/// A system font with Japanese glyphs: its file and face index.
pub fn find_cjk_font() -> Option<(PathBuf, u32)> {
    if cfg!(target_os = "windows") {
        let windows = std::env::var_os("WINDIR").map_or_else(|| PathBuf::from(r"C:\Windows"), PathBuf::from);
        return ["YuGothM.ttc", "YuGothR.ttc", "meiryo.ttc", "msgothic.ttc"].iter().map(|name| windows.join("Fonts").join(name)).find(|path| path.is_file()).map(|path| (path, 0));
    }
    if cfg!(target_os = "macos") {
        return ["/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc", "/System/Library/Fonts/Hiragino Sans GB.ttc", "/Library/Fonts/Arial Unicode.ttf"]
            .iter()
            .map(PathBuf::from)
            .find(|path| path.is_file())
            .map(|path| (path, 0));
    }
    // fontconfig's best sans-serif for Japanese; it always names some font,
    // so keep it only if that font does cover Japanese.
    let output = std::process::Command::new("fc-match").args(["--format=%{file}\t%{index}\t%{lang}", "sans-serif:lang=ja"]).output().ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    let mut fields = text.split('\t');
    let (file, index, languages) = (fields.next()?, fields.next()?, fields.next()?);
    if !languages.split('|').any(|language| language == "ja") {
        return None;
    }
    Some((PathBuf::from(file), index.trim().parse().unwrap_or(0)))
}

/// Whether the CJK fallback was added, or why it could not be.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) enum CjkFont {
    #[default]
    NotNeededYet,
    Added(PathBuf),
    Missing(String),
}

/// Adds the system's CJK font to every family, after egui's own, once; for
/// the pseudo-locale, its sans-serif font.
pub(super) fn add_cjk_font(ctx: &egui::Context, state: &mut CjkFont) {
    if *state != CjkFont::NotNeededYet {
        return;
    }
    let found = if crate::i18n::current_tag() == crate::i18n::PSEUDO { find_sans_font().or_else(find_cjk_font) } else { find_cjk_font() };
    *state = match found {
        None => CjkFont::Missing("no font with Japanese characters is installed".to_owned()),
        Some((path, index)) => match std::fs::read(&path) {
            Ok(bytes) => {
                let mut data = egui::FontData::from_owned(bytes);
                data.index = index;
                let families = [egui::FontFamily::Proportional, egui::FontFamily::Monospace]
                    .into_iter()
                    .map(|family| egui::epaint::text::InsertFontFamily { family, priority: egui::epaint::text::FontPriority::Lowest })
                    .collect();
                ctx.add_font(egui::epaint::text::FontInsert { name: "system CJK".to_owned(), data, families });
                tracing::info!(font = %path.display(), "added the system's CJK font");
                CjkFont::Added(path)
            }
            Err(error) => CjkFont::Missing(format!("{}: {error}", path.display())),
        },
    };
    if let CjkFont::Missing(why) = state {
        tracing::warn!(%why, "Japanese text will show without its glyphs");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_cjk_languages_need_the_font() {
        assert!(needs_cjk("ja") && needs_cjk("zh-TW") && needs_cjk("ko"));
        assert!(!needs_cjk("de") && !needs_cjk("jam") && !needs_cjk("en"));
    }
}
