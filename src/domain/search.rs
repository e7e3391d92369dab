//! What global search returns: a hit on a statement, a translation, a campaign, an event or an organisation.

use serde::{Deserialize, Serialize};

use super::string_enum;

string_enum!(
    /// What a search hit is. A `translation` hit links to its statement (`id` is the statement's) in `lang`.
    SearchKind {
        Statement = "statement",
        Translation = "translation",
        Campaign = "campaign",
        Event = "event",
        Organisation = "organisation",
    }
);

/// One piece of a snippet: text as written, and whether it matched the query. The UI renders each piece as text
/// (a match inside `<mark>`), so nothing in it can ever become markup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct SnippetPart {
    pub text: String,
    pub hit: bool,
}

/// One search result, best first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct SearchHit {
    pub kind: SearchKind,
    /// The statement's, campaign's, event's or organisation's id (a translation's statement).
    pub id: i64,
    /// A statement's source language, or a translation's; `None` for the other kinds.
    pub lang: Option<String>,
    pub title: String,
    /// A few words of the text around the matches ("…" where it was cut), in parts.
    pub snippet: Vec<SnippetPart>,
}

impl SearchHit {
    /// The snippet as plain text, without the match marks.
    pub fn snippet_text(&self) -> String {
        self.snippet.iter().map(|p| p.text.as_str()).collect()
    }
}
