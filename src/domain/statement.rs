use serde::{Deserialize, Serialize};

use super::string_enum;
use crate::error::Result;
use crate::validate::Checker;

string_enum!(
    /// What kind of text a statement is; the templates and the export heading follow it.
    StatementKind {
        Statement = "statement",
        PressRelease = "press_release",
        SolidarityMessage = "solidarity_message",
        OpenLetter = "open_letter",
        CallToAction = "call_to_action",
    }
);

string_enum!(
    /// Where a statement is in its life. Publishing needs a title, an issuer and approval of the current text.
    StatementStatus { Draft = "draft", InReview = "in_review", Approved = "approved", Published = "published" }
);

string_enum!(
    /// A translation's own state, apart from whether its source has moved on (that is `outdated`).
    TranslationStatus { Draft = "draft", Reviewed = "reviewed" }
);

/// A statement as lists show it: its settings plus the current revision's title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Statement {
    pub id: i64,
    pub uid: String,
    pub kind: StatementKind,
    /// The current revision's title.
    pub title: String,
    pub campaign_id: Option<i64>,
    /// Filled on reads for display.
    pub campaign_name: Option<String>,
    pub place: Option<String>,
    /// The date line's date, `YYYY-MM-DD`.
    pub dated: Option<String>,
    /// BCP 47 tag of the language it is written in.
    pub source_lang: String,
    pub status: StatementStatus,
    pub published_on: Option<String>,
    pub published_where: Option<String>,
    pub hashtags: Vec<String>,
    pub issuers: Vec<IssuerRef>,
    /// The current (latest) revision's number.
    pub revision: i64,
    /// Languages it has been translated into.
    pub translations: Vec<String>,
    pub endorsement_count: i64,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct IssuerRef {
    pub organisation_id: i64,
    pub name: String,
}

/// What a form or the CLI supplies for a statement's settings (the text goes through revisions).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct StatementInput {
    pub kind: StatementKind,
    pub title: String,
    pub campaign_id: Option<i64>,
    pub place: Option<String>,
    pub dated: Option<String>,
    pub source_lang: String,
    pub issuer_ids: Vec<i64>,
    pub hashtags: Vec<String>,
    pub published_where: Option<String>,
}

impl Default for StatementInput {
    fn default() -> Self {
        StatementInput {
            kind: StatementKind::Statement,
            title: String::new(),
            campaign_id: None,
            place: None,
            dated: None,
            source_lang: "en".into(),
            issuer_ids: Vec::new(),
            hashtags: Vec::new(),
            published_where: None,
        }
    }
}

impl StatementInput {
    pub fn validated(&self) -> Result<StatementInput> {
        let mut c = Checker::new();
        let dated = self.dated.as_deref().map(str::trim).filter(|d| !d.is_empty());
        let dated = dated.and_then(|d| c.date("dated", d)).map(|d| d.to_string());
        let source_lang = lang_tag(&mut c, "source_lang", &self.source_lang);
        let mut issuers = Vec::new();
        for id in &self.issuer_ids {
            if !issuers.contains(id) {
                issuers.push(*id);
            }
        }
        let hashtags = self
            .hashtags
            .iter()
            .map(|h| h.trim().trim_start_matches('#').to_string())
            .filter(|h| !h.is_empty())
            .collect::<Vec<_>>();
        if let Some(bad) = hashtags.iter().find(|h| h.chars().any(|ch| ch.is_whitespace() || ch == '#')) {
            c.fail_msg("hashtags", crate::msg!("core-hashtag-space", value = format!("#{bad}")));
        }
        let out = StatementInput {
            kind: self.kind,
            title: c.required("title", &self.title, 300),
            campaign_id: self.campaign_id,
            place: c.optional("place", self.place.as_deref(), 200),
            dated,
            source_lang,
            issuer_ids: issuers,
            hashtags,
            published_where: c.optional("published_where", self.published_where.as_deref(), 500),
        };
        c.finish().map(|()| out)
    }
}

/// Checks a BCP 47 tag's shape ("es", "fr-CA", "tl", "zh-Hant-HK") and returns it in canonical case.
/// Hand-written: the shape is all we need (the tag names a translation, nothing is looked up by it), and the
/// language-tag crates would add a registry we do not use.
pub fn lang_tag(c: &mut Checker, field: &str, value: &str) -> String {
    let v = value.trim();
    let parts: Vec<&str> = v.split(['-', '_']).collect();
    let ok = !v.is_empty()
        && parts[0].len() >= 2
        && parts[0].len() <= 3
        && parts[0].chars().all(|ch| ch.is_ascii_alphabetic())
        && parts[1..].iter().all(|p| (1..=8).contains(&p.len()) && p.chars().all(|ch| ch.is_ascii_alphanumeric()));
    if !ok {
        c.fail_msg(field, crate::msg!("core-not-language-tag", value = crate::excerpt::excerpt(v)));
        return String::new();
    }
    let mut out = vec![parts[0].to_ascii_lowercase()];
    for p in &parts[1..] {
        out.push(match p.len() {
            4 => {
                let mut s = p.to_ascii_lowercase();
                s[..1].make_ascii_uppercase();
                s
            }
            2 if p.chars().all(|ch| ch.is_ascii_alphabetic()) => p.to_ascii_uppercase(),
            _ => p.to_ascii_lowercase(),
        });
    }
    out.join("-")
}

/// One saved state of the source text. Closed revisions never change; see the migration's notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Revision {
    pub number: i64,
    pub title: String,
    /// Markdown: headings, emphasis, lists, links and block quotes.
    pub body: String,
    /// A named version ("Sent to partners").
    pub name: Option<String>,
    /// Still taking autosaves.
    pub open: bool,
    pub created_at: String,
    pub saved_at: String,
    pub words: i64,
}

/// A revision without its text, for the revisions panel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct RevisionSummary {
    pub number: i64,
    pub title: String,
    pub name: Option<String>,
    pub open: bool,
    pub created_at: String,
    pub saved_at: String,
    pub words: i64,
    /// Organisations that approved this revision.
    pub approved_by: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Approval {
    pub id: i64,
    pub revision: i64,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub note: Option<String>,
    pub approved_at: String,
    /// True when a later revision exists, so this approval is of older text.
    pub stale: bool,
    /// When the organisation took the approval back (UTC, like `approved_at`); a withdrawn approval is
    /// kept as history and counts for nothing.
    pub withdrawn_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Translation {
    pub id: i64,
    pub lang: String,
    pub title: String,
    pub body: String,
    pub based_on_revision: i64,
    pub status: TranslationStatus,
    /// The source text changed since the revision this translation was made from.
    pub outdated: bool,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Endorsement {
    pub id: i64,
    pub organisation_id: Option<i64>,
    pub person_id: Option<i64>,
    /// The organisation's or the person's name.
    pub name: String,
    /// The organisation's country (a person's: their organisation's), ISO 3166 alpha-2.
    pub country: Option<String>,
    pub endorsed_on: String,
    pub note: Option<String>,
    pub withdrawn_on: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct EndorsementInput {
    pub organisation_id: Option<i64>,
    pub person_id: Option<i64>,
    /// `YYYY-MM-DD`; today when empty.
    pub endorsed_on: Option<String>,
    pub note: Option<String>,
}

/// A "For reference:" contact, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ReferenceContact {
    pub person_id: i64,
    pub name: String,
    pub role: Option<String>,
    pub organisation_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// Everything the statement page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct StatementDetail {
    pub statement: Statement,
    pub current: Revision,
    pub revisions: Vec<RevisionSummary>,
    /// The standing approvals: the ones that count.
    pub approvals: Vec<Approval>,
    /// Approvals taken back, newest withdrawal first, for the history (never counted).
    pub withdrawn_approvals: Vec<Approval>,
    pub translations: Vec<Translation>,
    pub endorsements: Vec<Endorsement>,
    pub contacts: Vec<ReferenceContact>,
}

/// What an autosave reports back: the screen shows "Saved" only once this has arrived.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct SavedDraft {
    pub revision: i64,
    /// True when this save started a new revision (the previous one was closed).
    pub new_revision: bool,
    pub saved_at: String,
    pub status: StatementStatus,
}

/// Words as a reader counts them: runs of letters or digits (Markdown marks do not count).
pub fn word_count(text: &str) -> i64 {
    text.split(|ch: char| !(ch.is_alphanumeric() || ch == '\'' || ch == '’'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_are_checked_and_canonicalised() {
        let mut c = Checker::new();
        assert_eq!(lang_tag(&mut c, "l", "fr-ca"), "fr-CA");
        assert_eq!(lang_tag(&mut c, "l", "zh_hant_hk"), "zh-Hant-HK");
        assert_eq!(lang_tag(&mut c, "l", "TL"), "tl");
        assert!(c.finish().is_ok());
        let mut c = Checker::new();
        lang_tag(&mut c, "lang", "Spanish please");
        let err = c.finish().expect_err("rejected").to_string();
        assert!(err.contains("lang") && err.contains("Spanish please"), "{err}");
    }

    #[test]
    fn words_ignore_markdown_marks() {
        assert_eq!(word_count("## Stop the *deportations*\n\n- Free **Ana** now!"), 6);
        assert_eq!(word_count("workers’ rights, don't"), 3);
        assert_eq!(word_count(""), 0);
    }
}
