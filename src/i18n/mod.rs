//! The core's human messages in the reader's language: Project Fluent catalogues `locales/<lang>/core.ftl`, the
//! same format and folder as the window's `ui.ftl`. Errors carry a [`Msg`] (an id and its arguments) beside their
//! English text, so the UI can show them in its own language and the CLI in the one `--lang`/`LANG` chooses.
//!
//! No IO: the catalogues are compiled in, and their bundles are built once, on first use.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

#[cfg(test)]
mod tests;

/// The core's catalogue of each language, English (the reference, and every message's fallback) first. A language
/// added here needs only its file; a message it lacks is shown in English.
#[rustfmt::skip]
pub const CATALOGUES: &[(&str, &str)] = &[
    ("en", include_str!("../../locales/en/core.ftl")),
    ("tl", include_str!("../../locales/tl/core.ftl")),
    ("es", include_str!("../../locales/es/core.ftl")),
    ("fr", include_str!("../../locales/fr/core.ftl")),
    ("id", include_str!("../../locales/id/core.ftl")),
];

/// The words exports and announcements add around people's own text (`locales/<lang>/exports.ftl`, ids `export-…`),
/// rendered in the *document's* language, which need not be the reader's. Same languages as [`CATALOGUES`].
#[rustfmt::skip]
pub const EXPORT_CATALOGUES: &[(&str, &str)] = &[
    ("en", include_str!("../../locales/en/exports.ftl")),
    ("tl", include_str!("../../locales/tl/exports.ftl")),
    ("es", include_str!("../../locales/es/exports.ftl")),
    ("fr", include_str!("../../locales/fr/exports.ftl")),
    ("id", include_str!("../../locales/id/exports.ftl")),
];

/// One argument of a message: a number (plural rules select on it) or text (a value quoted from the input, a name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(untagged)]
pub enum MsgArg {
    Number(i64),
    Text(String),
}

macro_rules! number_arg {
    ($($t:ty),+) => { $( impl From<$t> for MsgArg { fn from(n: $t) -> Self { MsgArg::Number(n as i64) } } )+ };
}
number_arg!(i64, i32, u64, u32, usize, u16, u8);

impl From<&str> for MsgArg {
    fn from(s: &str) -> Self {
        MsgArg::Text(s.to_string())
    }
}
impl From<String> for MsgArg {
    fn from(s: String) -> Self {
        MsgArg::Text(s)
    }
}
impl From<&String> for MsgArg {
    fn from(s: &String) -> Self {
        MsgArg::Text(s.clone())
    }
}
/// A file's path, as `Path::display` shows it.
impl From<&std::path::Path> for MsgArg {
    fn from(p: &std::path::Path) -> Self {
        MsgArg::Text(p.display().to_string())
    }
}
impl From<&std::path::PathBuf> for MsgArg {
    fn from(p: &std::path::PathBuf) -> Self {
        MsgArg::Text(p.display().to_string())
    }
}

/// A catalogued message: its id in `locales/<lang>/core.ftl` and the values of its `{ $placeables }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub id: &'static str,
    pub args: BTreeMap<String, MsgArg>,
}

impl Msg {
    pub fn new(id: &'static str) -> Self {
        Msg { id, args: BTreeMap::new() }
    }

    pub fn arg(mut self, name: &str, value: impl Into<MsgArg>) -> Self {
        self.args.insert(name.to_string(), value.into());
        self
    }

    /// The message in `lang` (a tag such as `fr-CA` or a POSIX locale such as `fr_FR.UTF-8`), else in English.
    pub fn render(&self, lang: &str) -> String {
        render(lang, self.id, &self.args)
    }

    /// The English text: what the CLI prints by default and what `FieldError::message` holds.
    pub fn english(&self) -> String {
        self.render("en")
    }
}

/// `msg!(<id literal>, name = value, …)`: a [`Msg`]. The ids written this way are checked against the English
/// catalogue by a unit test that reads the sources.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Msg::new($id)$(.arg(stringify!($name), $value))*
    };
}

struct Catalogue {
    lang: &'static str,
    bundle: FluentBundle<FluentResource>,
}

fn catalogues() -> &'static [Catalogue] {
    static BUILT: OnceLock<Vec<Catalogue>> = OnceLock::new();
    BUILT.get_or_init(|| {
        CATALOGUES
            .iter()
            .map(|&(lang, source)| {
                let tag: unic_langid::LanguageIdentifier = lang.parse().expect("catalogue languages are valid tags");
                let mut bundle = FluentBundle::new_concurrent(vec![tag]);
                // Fluent's bidi isolation marks would end up in terminals, logs and copied text; our arguments are
                // values and names shown in the message's own direction.
                bundle.set_use_isolating(false);
                let exports = EXPORT_CATALOGUES.iter().filter(|(l, _)| *l == lang).map(|(_, text)| *text);
                for text in std::iter::once(source).chain(exports) {
                    // A message the parser cannot read is skipped (tests parse every catalogue strictly).
                    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
                    bundle.add_resource(resource).expect("a catalogue defines each id once (tests check it)");
                }
                Catalogue { lang, bundle }
            })
            .collect()
    })
}

/// The catalogue language for a tag (`fr`, `fr-CA`, `fr_FR.UTF-8`, `C`), or `None` when we have none for it.
pub fn language_of(tag: &str) -> Option<&'static str> {
    let primary = tag.split(['-', '_', '.', '@']).next().unwrap_or("").to_ascii_lowercase();
    if primary == "c" || primary == "posix" {
        return Some("en");
    }
    // Filipino desktops say `fil_PH.UTF-8`; the catalogue (like the window's) is Tagalog's, `tl`.
    let primary = if primary == "fil" { "tl".to_owned() } else { primary };
    CATALOGUES.iter().map(|(lang, _)| *lang).find(|lang| *lang == primary)
}

/// The languages the core's messages are written in, English first.
pub fn languages() -> impl Iterator<Item = &'static str> {
    CATALOGUES.iter().map(|(lang, _)| *lang)
}

/// `id` with `args` in `lang`, falling back to English for a language or a message we lack; the id itself when
/// even English lacks it (a test keeps that from happening).
pub fn render(lang: &str, id: &str, args: &BTreeMap<String, MsgArg>) -> String {
    let lang = language_of(lang).unwrap_or("en");
    let all = catalogues();
    let chosen = all.iter().find(|c| c.lang == lang).filter(|c| c.bundle.has_message(id));
    let Some(catalogue) = chosen.or_else(|| all.first().filter(|c| c.bundle.has_message(id))) else {
        return id.to_string();
    };
    let Some(pattern) = catalogue.bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            MsgArg::Number(n) => fluent_args.set(name.as_str(), FluentValue::from(*n)),
            MsgArg::Text(s) => fluent_args.set(name.as_str(), FluentValue::from(s.as_str())),
        }
    }
    let mut errors = Vec::new();
    catalogue.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
}
