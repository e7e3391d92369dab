//! Statements as files to send and publish: Markdown, HTML, Word, PDF and plain text, in one language or all.
//!
//! The statement is read once and laid out as a [`model::Document`] (kind, title, issuers, date line, body,
//! endorsements by country, "For reference:" contacts); each format renders that model. The body's Markdown is
//! parsed only in `model.rs`.
//!
//! Invariant: user text never becomes live HTML. The HTML export escapes every name, title and note, renders the
//! body from the model (raw HTML in the Markdown arrives there as text) and then cleans it with an allow-list
//! sanitiser; the Markdown export escapes what Markdown would read as HTML.

mod direction;
mod docx;
mod fonts;
mod html;
pub(crate) mod labels;
mod markdown;
pub mod model;
mod pdf;
mod pdf_layout;
mod post;
mod text;

use std::collections::BTreeMap;

use crate::domain::StatementDetail;
use crate::error::{Error, Result};
use crate::store::Store;
use model::{clean, Contacts, CountryGroup, Document, Endorsements, Part};

/// The file formats a statement exports to. The names are the CLI's (`--format md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    Markdown,
    Html,
    Docx,
    Pdf,
    Text,
}

impl ExportFormat {
    pub const ALL: &'static [ExportFormat] =
        &[ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Docx, ExportFormat::Pdf, ExportFormat::Text];

    /// The CLI name, which is also the file extension.
    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Html => "html",
            ExportFormat::Docx => "docx",
            ExportFormat::Pdf => "pdf",
            ExportFormat::Text => "txt",
        }
    }

    pub fn mime_type(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "text/markdown; charset=utf-8",
            ExportFormat::Html => "text/html; charset=utf-8",
            ExportFormat::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ExportFormat::Pdf => "application/pdf",
            ExportFormat::Text => "text/plain; charset=utf-8",
        }
    }
}

impl std::fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for ExportFormat {
    type Err = String;
    /// Takes the CLI names and the obvious long ones ("markdown", "text", "htm", "word").
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().trim_start_matches('.').to_ascii_lowercase().as_str() {
            "md" | "markdown" => Ok(ExportFormat::Markdown),
            "html" | "htm" => Ok(ExportFormat::Html),
            "docx" | "word" => Ok(ExportFormat::Docx),
            "pdf" => Ok(ExportFormat::Pdf),
            "txt" | "text" => Ok(ExportFormat::Text),
            _ => Err(format!("'{s}' is not an export format; use one of: md, html, docx, pdf, txt")),
        }
    }
}

/// Which language(s) to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LangChoice {
    /// The language the statement is written in.
    Source,
    /// One language tag: the source's or a translation's.
    One(String),
    /// One bundle: the source, then each translation, each starting on a new page (or after a rule).
    All,
}

impl std::str::FromStr for LangChoice {
    type Err = String;
    /// "all", "source" (or empty), or a language tag.
    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim();
        Ok(match s.to_ascii_lowercase().as_str() {
            "all" => LangChoice::All,
            "" | "source" => LangChoice::Source,
            _ => LangChoice::One(s.to_string()),
        })
    }
}

/// The statement `id` as a file in `format`.
pub fn export_statement(store: &Store, id: i64, format: ExportFormat, lang: LangChoice) -> Result<Vec<u8>> {
    let detail = store.statement_detail(id)?;
    let doc = document(&detail, &lang)?;
    render(&doc, format)
}

/// Renders an already laid-out document (used by `export_statement`, and by tests of a single format).
pub fn render(doc: &Document, format: ExportFormat) -> Result<Vec<u8>> {
    Ok(match format {
        ExportFormat::Markdown => markdown::render(doc).into_bytes(),
        ExportFormat::Html => html::render(doc).into_bytes(),
        ExportFormat::Text => text::render(doc).into_bytes(),
        ExportFormat::Docx => docx::render(doc)?,
        ExportFormat::Pdf => pdf::render(doc)?,
    })
}

/// The statement as a post for `platform` in one language (its title, as much text as fits, its hashtags).
pub fn statement_post(
    store: &Store,
    id: i64,
    platform: crate::announce::Platform,
    lang: LangChoice,
) -> Result<crate::announce::Announcement> {
    if lang == LangChoice::All {
        return Err(Error::invalid_msg("lang", crate::msg!("core-post-one-language")));
    }
    let detail = store.statement_detail(id)?;
    let doc = document(&detail, &lang)?;
    Ok(post::compose(&doc, &detail.statement.hashtags, platform))
}

/// Lays the statement out in the chosen language(s). Pure: the detail in, the document out.
pub fn document(detail: &StatementDetail, lang: &LangChoice) -> Result<Document> {
    let s = &detail.statement;
    let source = || (s.source_lang.clone(), detail.current.title.clone(), detail.current.body.clone());
    let texts = match lang {
        LangChoice::Source => vec![source()],
        LangChoice::All => {
            let mut all = vec![source()];
            all.extend(detail.translations.iter().map(|t| (t.lang.clone(), t.title.clone(), t.body.clone())));
            all
        }
        LangChoice::One(tag) if tag.eq_ignore_ascii_case(&s.source_lang) => vec![source()],
        LangChoice::One(tag) => match detail.translations.iter().find(|t| t.lang.eq_ignore_ascii_case(tag)) {
            Some(t) => vec![(t.lang.clone(), t.title.clone(), t.body.clone())],
            None => {
                let langs: Vec<&str> = detail.translations.iter().map(|t| t.lang.as_str()).collect();
                let message = if langs.is_empty() {
                    crate::msg!("core-no-translation-none", id = s.id, lang = tag)
                } else {
                    crate::msg!("core-no-translation-has", id = s.id, lang = tag, has = langs.join(", "))
                };
                return Err(Error::invalid_msg("lang", message));
            }
        },
    };
    let parts = texts.into_iter().map(|(lang, title, body)| part(detail, lang, title, &body)).collect();
    Ok(Document { parts })
}

fn part(detail: &StatementDetail, lang: String, title: String, body: &str) -> Part {
    let s = &detail.statement;
    Part {
        kind: labels::kind(&lang, s.kind),
        title: clean(&title),
        issuers: s.issuers.iter().map(|i| clean(&i.name)).collect(),
        date_line: labels::date_line(&lang, s.place.as_deref(), s.dated.as_deref()).map(|d| clean(&d)),
        body: model::parse_markdown(body),
        endorsements: endorsements(detail, &lang),
        contacts: contacts(detail, &lang),
        lang,
    }
}

/// Sign-ons still standing, grouped by country — headed by its name ("New Zealand", not "NZ"; a code we do not
/// know stays as written), alphabetical, endorsers without a country last — in the order they came in within each
/// group.
fn endorsements(detail: &StatementDetail, lang: &str) -> Option<Endorsements> {
    let standing: Vec<_> = detail.endorsements.iter().filter(|e| e.withdrawn_on.is_none()).collect();
    if standing.is_empty() {
        return None;
    }
    let mut by_country: BTreeMap<(bool, String), Vec<String>> = BTreeMap::new();
    for e in &standing {
        let key = match e.country.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
            Some(c) => (false, crate::domain::country::name_of(c).map_or_else(|| c.to_string(), str::to_string)),
            None => (true, labels::no_country(lang)),
        };
        let name = match e.note.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
            Some(note) => format!("{} — {note}", e.name),
            None => e.name.clone(),
        };
        by_country.entry((key.0, clean(&key.1))).or_default().push(clean(&name));
    }
    Some(Endorsements {
        heading: labels::endorsements(lang, standing.len()),
        groups: by_country.into_iter().map(|((_, country), names)| CountryGroup { country, names }).collect(),
    })
}

fn contacts(detail: &StatementDetail, lang: &str) -> Option<Contacts> {
    if detail.contacts.is_empty() {
        return None;
    }
    let people = detail
        .contacts
        .iter()
        .map(|c| {
            let nonempty = |v: &Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(String::from);
            let first: Vec<String> = std::iter::once(c.name.clone())
                .chain(nonempty(&c.role))
                .chain(nonempty(&c.organisation_name))
                .collect();
            let reach: Vec<String> = nonempty(&c.email).into_iter().chain(nonempty(&c.phone)).collect();
            let mut lines = vec![clean(&first.join(", "))];
            if !reach.is_empty() {
                lines.push(clean(&reach.join(" · ")));
            }
            lines
        })
        .collect();
    Some(Contacts { heading: labels::for_reference(lang), people })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_and_language_names_parse() {
        for f in ExportFormat::ALL {
            assert_eq!(f.as_str().parse::<ExportFormat>(), Ok(*f));
        }
        assert_eq!("Markdown".parse::<ExportFormat>(), Ok(ExportFormat::Markdown));
        let err = "odt".parse::<ExportFormat>().expect_err("unknown");
        assert!(err.contains("md, html, docx, pdf, txt"), "{err}");
        assert_eq!("all".parse::<LangChoice>(), Ok(LangChoice::All));
        assert_eq!("fr-CA".parse::<LangChoice>(), Ok(LangChoice::One("fr-CA".into())));
        assert_eq!("".parse::<LangChoice>(), Ok(LangChoice::Source));
    }
}
