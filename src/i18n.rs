//! The user's language: every text a person reads comes from Project Fluent
//! messages under `assets/locales/<language>/` (embedded by `build.rs`), in
//! the language chosen by `--lang`, else `MAILSETUP_LANG`, else the
//! system's locales, else English. A message a language lacks falls back to
//! English, so a half-done translation still shows every text.
//!
//! What stays verbatim whatever the language: servers' and providers' own
//! words, AADSTS codes, PowerShell commands, pref names, diagnosis ids and
//! JSON keys. The pseudo-locale [`PSEUDO`] is English accented and about
//! 40 % longer, to find clipped and hard-coded text.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::memoizer::MemoizerKind as _;
use fluent_bundle::{FluentResource, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use std::collections::HashMap;
use std::io::Read as _;
use std::sync::{Arc, LazyLock, Mutex, OnceLock, RwLock};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentArgs;

/// One embedded locale file, deflated by `build.rs`; its text is inflated
/// the first time it is read and kept for the process's life.
pub struct EmbeddedFile {
    name: &'static str,
    deflated: &'static [u8],
    text: OnceLock<String>,
}

impl EmbeddedFile {
    const fn new(name: &'static str, deflated: &'static [u8]) -> EmbeddedFile {
        EmbeddedFile { name, deflated, text: OnceLock::new() }
    }

    fn text(&'static self) -> &'static str {
        self.text.get_or_init(|| {
            let mut text = String::new();
            // build.rs deflated this very file and checked it is UTF-8, so
            // neither can fail short of a broken build.
            flate2::read::DeflateDecoder::new(self.deflated).read_to_string(&mut text).expect("an embedded locale file inflates to UTF-8");
            text
        })
    }
}

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The embedded files of language `tag`.
fn files_of(tag: &str) -> impl Iterator<Item = &'static EmbeddedFile> + use<'_> {
    EMBEDDED.iter().filter(move |(embedded, _)| *embedded == tag).flat_map(|(_, files)| files.iter())
}

/// The language every message exists in, and the fallback.
pub const ENGLISH: &str = "en";
/// English, accented and lengthened: not a language, a test of the layout.
pub const PSEUDO: &str = "en-XA";

/// One language's messages, with English behind them.
pub struct Catalog {
    language: LanguageIdentifier,
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl Catalog {
    /// The catalog for `language`, which must be embedded (or [`PSEUDO`]).
    pub fn new(language: &LanguageIdentifier) -> Catalog {
        let tag = language.to_string();
        let mut bundles = Vec::new();
        if tag == PSEUDO {
            let mut bundle = bundle_of(language, ENGLISH);
            bundle.set_transform(Some(pseudo));
            bundles.push(bundle);
        } else {
            if tag != ENGLISH && EMBEDDED.iter().any(|(embedded, _)| *embedded == tag) {
                bundles.push(bundle_of(language, &tag));
            }
            bundles.push(bundle_of(&english(), ENGLISH));
        }
        Catalog { language: language.clone(), bundles }
    }

    pub fn language(&self) -> &LanguageIdentifier {
        &self.language
    }

    /// The message `id` with `args`, from the first bundle that has it;
    /// the id itself when none has (a test keeps that from happening).
    pub fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for bundle in &self.bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if errors.is_empty() {
                    return text.into_owned();
                }
            }
        }
        id.to_owned()
    }
}

fn english() -> LanguageIdentifier {
    ENGLISH.parse().expect("a valid tag")
}

/// A bundle of every `.ftl` file of the embedded language `tag`, for
/// `language` (whose plural rules it uses).
fn bundle_of(language: &LanguageIdentifier, tag: &str) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![language.clone()]);
    // Unicode isolation marks around each value are for mixing scripts of
    // both directions; every language here runs left to right, and the marks
    // would show in copied tickets and terminals.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_number));
    for text in files_of(tag).filter(|file| file.name.ends_with(".ftl")).map(EmbeddedFile::text) {
        // A file that does not parse still gives the messages that do; the
        // catalog test fails on it, so it never ships.
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(resource, _)| resource);
        // Two files defining one id: the first wins; the test finds it.
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// CLDR's way of writing numbers in one language, grouped or not (Fluent's
/// `NUMBER($n, useGrouping: "false")`).
struct NumberFormat(icu_decimal::DecimalFormatter);

impl intl_memoizer::Memoizable for NumberFormat {
    type Args = (bool,);
    type Error = ();

    fn construct(language: LanguageIdentifier, (grouping,): (bool,)) -> Result<NumberFormat, ()> {
        let language: icu_locale_core::LanguageIdentifier = language.to_string().parse().map_err(drop)?;
        let mut options = icu_decimal::options::DecimalFormatterOptions::default();
        if !grouping {
            options.grouping_strategy = Some(icu_decimal::options::GroupingStrategy::Never);
        }
        icu_decimal::DecimalFormatter::try_new((&language).into(), options).map(NumberFormat).map_err(drop)
    }
}

/// A number variable as the bundle's language writes it: 12,345 in English,
/// 12.345 in German, 12 345 in French. Fluent itself writes digits only.
/// Counts are numbers; identifiers that happen to be digits (ports, years,
/// status codes) are passed as text, so they are never grouped.
fn format_number(value: &FluentValue<'_>, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else { return None };
    let decimal: icu_decimal::input::Decimal = number.as_string().parse().ok()?;
    intls
        .with_try_get_threadsafe::<NumberFormat, _, _>((number.options.use_grouping,), |format| {
            // French groups with a narrow no-break space, which egui's
            // default font lacks (it would draw a box); a no-break space
            // does the same job and every font has it.
            format.0.format(&decimal).to_string().replace('\u{202f}', "\u{a0}")
        })
        .ok()
}

fn pseudo(text: &str) -> std::borrow::Cow<'_, str> {
    fluent_pseudo::transform(text, false, true)
}

/// A language's name in that language ("Deutsch"), from its own
/// `language-name` message; the tag when it has none. The wizard's menu asks
/// every frame, and a catalog parses all of a language's files, so each
/// name is worked out once.
pub fn own_name(tag: &str) -> String {
    static NAMES: LazyLock<Mutex<HashMap<String, String>>> = LazyLock::new(Mutex::default);
    let mut names = NAMES.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    names
        .entry(tag.to_owned())
        .or_insert_with(|| match tag.parse::<LanguageIdentifier>() {
            Ok(language) => Catalog::new(&language).format("language-name", None),
            Err(_) => tag.to_owned(),
        })
        .clone()
}

/// Every language the program speaks: the embedded ones, English first.
pub fn available() -> Vec<LanguageIdentifier> {
    let mut languages = vec![english()];
    languages.extend(EMBEDDED.iter().filter(|(tag, _)| *tag != ENGLISH).filter_map(|(tag, _)| tag.parse().ok()));
    languages
}

/// The best of [`available`] for `wanted` (most wanted first), English when
/// none fits. `de-AT` gets German, `pt` Brazilian Portuguese.
pub fn negotiate(wanted: &[LanguageIdentifier]) -> LanguageIdentifier {
    if wanted.first().is_some_and(|first| *first == PSEUDO) {
        return PSEUDO.parse().expect("a valid tag");
    }
    let available = available();
    let default = english();
    negotiate_languages(wanted, &available, Some(&default), NegotiationStrategy::Lookup).first().map_or(default.clone(), |chosen| (*chosen).clone())
}

/// Parses a tag the way people write them (`de_DE.UTF-8`, `pt-BR`, `ja`).
pub fn parse_tag(text: &str) -> Option<LanguageIdentifier> {
    let tag = text.split(['.', '@']).next().unwrap_or_default().replace('_', "-");
    if tag.is_empty() || tag == "C" || tag == "POSIX" {
        return None;
    }
    tag.parse().ok()
}

/// The language to speak: `asked` (`--lang`), else `MAILSETUP_LANG`, else
/// `remembered` (the wizard's menu), else the system's locales in their
/// order, negotiated against [`available`]. An `asked` language the program
/// does not have is an error that names the ones it has.
pub fn choose(asked: Option<&str>, remembered: Option<&str>) -> Result<LanguageIdentifier, String> {
    if let Some(asked) = asked {
        let tag = parse_tag(asked).ok_or_else(|| format!("{asked:?} is not a language tag (try de, fr or pt-BR)"))?;
        let chosen = negotiate(std::slice::from_ref(&tag));
        if chosen.language != tag.language && tag != PSEUDO {
            let names: Vec<String> = available().iter().map(ToString::to_string).collect();
            return Err(format!("there is no translation for {asked}; available: {}", names.join(", ")));
        }
        return Ok(chosen);
    }
    let mut wanted: Vec<LanguageIdentifier> = std::env::var("MAILSETUP_LANG").ok().as_deref().and_then(parse_tag).into_iter().collect();
    wanted.extend(remembered.and_then(parse_tag));
    wanted.extend(sys_locale::get_locales().filter_map(|locale| parse_tag(&locale)));
    Ok(negotiate(&wanted))
}

static CURRENT: RwLock<Option<Arc<Catalog>>> = RwLock::new(None);

/// Speak `language` from now on, everywhere in the process.
pub fn set_language(language: &LanguageIdentifier) {
    let catalog = Arc::new(Catalog::new(language));
    *CURRENT.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(catalog);
}

/// The catalog in use: the one set, else English (tests, and anything
/// before `main` chose).
pub fn current() -> Arc<Catalog> {
    if let Some(catalog) = CURRENT.read().unwrap_or_else(|poisoned| poisoned.into_inner()).as_ref() {
        return Arc::clone(catalog);
    }
    let catalog = Arc::new(Catalog::new(&english()));
    CURRENT.write().unwrap_or_else(|poisoned| poisoned.into_inner()).get_or_insert(catalog).clone()
}

/// The language in use, as a tag (`de`), for JSON's `lang` field.
pub fn current_tag() -> String {
    current().language().to_string()
}

/// The message `id` in the current language.
pub fn text(id: &str) -> String {
    current().format(id, None)
}

/// The message `id` with its variables, in the current language.
pub fn text_with(id: &str, args: &FluentArgs<'_>) -> String {
    current().format(id, Some(args))
}

/// A value for a message variable: text as it is, numbers as numbers (so
/// that plural forms can select on them).
pub trait Arg {
    fn into_arg(self) -> FluentValue<'static>;
}

impl Arg for &str {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::from(self.to_owned())
    }
}

impl Arg for String {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::from(self)
    }
}

impl Arg for &String {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

macro_rules! number_args {
    ($($number:ty),*) => {$(
        impl Arg for $number {
            fn into_arg(self) -> FluentValue<'static> {
                FluentValue::from(self)
            }
        }
    )*};
}
number_args!(usize, u32, u64, i32, i64);

/// The embedded `name` file of language `tag` (`kb.toml`), if it has one.
pub fn embedded_file(tag: &str, name: &str) -> Option<&'static str> {
    files_of(tag).find(|file| file.name == name).map(EmbeddedFile::text)
}

/// A day in the current language's long form ("31 December 2026",
/// "31. Dezember 2026", "2026年12月31日").
pub fn date(day: time::Date) -> String {
    let month = text(&format!("month-{}", u8::from(day.month())));
    crate::tr!("date-long", day = u32::from(day.day()), month = month, year = day.year().to_string())
}

/// The message `id` in the current language, with `name = value` variables:
/// `tr!("accounts-heading")`, `tr!("accounts-fix-name", address = shown)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::text($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::Arg::into_arg($value)); )+
        $crate::i18n::text_with($id, &args)
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(text: &str) -> LanguageIdentifier {
        text.parse().unwrap()
    }

    #[test]
    fn regional_and_system_spellings_find_the_language() {
        assert_eq!(parse_tag("de_DE.UTF-8"), Some(tag("de-DE")));
        assert_eq!(parse_tag("C"), None);
        assert_eq!(negotiate(&[tag("de-AT")]).to_string(), "de");
        assert_eq!(negotiate(&[tag("xx"), tag("de-CH")]).to_string(), "de");
        assert_eq!(negotiate(&[tag("xx")]).to_string(), "en");
        assert_eq!(negotiate(&[]).to_string(), "en");
    }

    #[test]
    fn an_asked_language_that_is_missing_is_a_clear_error() {
        let error = choose(Some("tlh"), None).unwrap_err();
        assert!(error.contains("no translation for tlh") && error.contains("de"), "{error}");
        assert!(choose(Some("not a tag"), None).is_err());
        assert_eq!(choose(Some("de-DE"), Some("en")).unwrap().to_string(), "de");
    }

    #[test]
    fn a_message_falls_back_to_english_and_the_pseudo_locale_is_longer() {
        let german = Catalog::new(&tag("de"));
        let english = Catalog::new(&tag("en"));
        assert_ne!(german.format("accounts-heading", None), english.format("accounts-heading", None));
        assert_eq!(german.format("no-such-message", None), "no-such-message");
        let pseudo = Catalog::new(&tag(PSEUDO));
        let (long, short) = (pseudo.format("accounts-heading", None), english.format("accounts-heading", None));
        assert!(long.chars().count() > short.chars().count(), "{long} / {short}");
    }

    #[test]
    fn dates_follow_the_language() {
        let format = |language: &str| {
            let catalog = Catalog::new(&tag(language));
            let month = catalog.format("month-12", None);
            let mut args = FluentArgs::new();
            args.set("day", 31);
            args.set("month", month);
            args.set("year", "2026");
            catalog.format("date-long", Some(&args))
        };
        assert_eq!(format("en"), "31 December 2026");
        assert_eq!(format("de"), "31. Dezember 2026");
    }

    #[test]
    fn counts_are_grouped_as_the_language_groups_them() {
        let format = |language: &str, count: i64| {
            let catalog = Catalog::new(&tag(language));
            let mut args = FluentArgs::new();
            args.set("count", count);
            catalog.format("probe-detail-imap-inbox", Some(&args))
        };
        assert!(format("en", 12345).contains("12,345"), "{}", format("en", 12345));
        assert!(format("de", 12345).contains("12.345"), "{}", format("de", 12345));
        assert!(format("fr", 12345).contains("12\u{a0}345"), "{}", format("fr", 12345));
        assert!(format("ja", 12345).contains("12,345"), "{}", format("ja", 12345));
        // CLDR: Polish and Spanish leave four digits ungrouped.
        assert!(format("pl", 1234).contains("1234"), "{}", format("pl", 1234));
        assert!(format("de", 7).contains('7'), "{}", format("de", 7));
    }
}
