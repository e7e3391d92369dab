//! What changed between two texts of a statement, for the revisions panel (any two revisions) and for outdated
//! translations (the source since the revision the translation was made from). Paragraphs are matched first, so
//! a translator sees which paragraph to revisit; inside a changed paragraph the words that changed are marked.

use serde::{Deserialize, Serialize};
use similar::{capture_diff_slices, Algorithm, ChangeTag, DiffOp, TextDiff};

use crate::error::Result;
use crate::store::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum DiffKind {
    Equal,
    Insert,
    Delete,
}

/// A run of text that is the same in both, only in the newer, or only in the older.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct DiffSpan {
    pub kind: DiffKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphChangeKind {
    Unchanged,
    Changed,
    Added,
    Removed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ParagraphChange {
    pub kind: ParagraphChangeKind,
    pub old: Option<String>,
    pub new: Option<String>,
    /// Word-level spans; for an unchanged paragraph one `Equal` span.
    pub spans: Vec<DiffSpan>,
}

/// Two revisions compared: the title's words and the body's paragraphs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct TextComparison {
    pub from_revision: i64,
    pub to_revision: i64,
    pub title: Vec<DiffSpan>,
    pub paragraphs: Vec<ParagraphChange>,
    /// Paragraphs changed, added or removed.
    pub changed: i64,
}

/// Words (and the spaces between them) that differ; runs of the same kind are merged.
pub fn word_diff(old: &str, new: &str) -> Vec<DiffSpan> {
    let diff = TextDiff::configure().algorithm(Algorithm::Patience).diff_words(old, new);
    let mut out: Vec<DiffSpan> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => DiffKind::Equal,
            ChangeTag::Insert => DiffKind::Insert,
            ChangeTag::Delete => DiffKind::Delete,
        };
        match out.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(change.value()),
            _ => out.push(DiffSpan { kind, text: change.value().to_string() }),
        }
    }
    out
}

/// Paragraphs are separated by blank lines, as in the stored Markdown.
fn paragraphs(body: &str) -> Vec<String> {
    body.replace("\r\n", "\n").split("\n\n").map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect()
}

/// The body compared paragraph by paragraph. A run of removed paragraphs followed by added ones is paired up
/// as changed paragraphs (with word marks), the usual shape of an edit.
pub fn paragraph_changes(old: &str, new: &str) -> Vec<ParagraphChange> {
    let (a, b) = (paragraphs(old), paragraphs(new));
    let mut out = Vec::new();
    let mut removed: Vec<&str> = Vec::new();
    let flush_removed = |removed: &mut Vec<&str>, out: &mut Vec<ParagraphChange>| {
        for r in removed.drain(..) {
            out.push(ParagraphChange {
                kind: ParagraphChangeKind::Removed,
                old: Some(r.to_string()),
                new: None,
                spans: vec![DiffSpan { kind: DiffKind::Delete, text: r.to_string() }],
            });
        }
    };
    for op in capture_diff_slices(Algorithm::Patience, &a, &b) {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                flush_removed(&mut removed, &mut out);
                for p in &a[old_index..old_index + len] {
                    out.push(ParagraphChange {
                        kind: ParagraphChangeKind::Unchanged,
                        old: Some(p.clone()),
                        new: Some(p.clone()),
                        spans: vec![DiffSpan { kind: DiffKind::Equal, text: p.clone() }],
                    });
                }
            }
            DiffOp::Delete { old_index, old_len, .. } => {
                removed.extend(a[old_index..old_index + old_len].iter().map(String::as_str));
            }
            DiffOp::Insert { new_index, new_len, .. } => {
                for p in &b[new_index..new_index + new_len] {
                    if !removed.is_empty() {
                        let o = removed.remove(0);
                        out.push(changed(o, p));
                    } else {
                        out.push(ParagraphChange {
                            kind: ParagraphChangeKind::Added,
                            old: None,
                            new: Some(p.clone()),
                            spans: vec![DiffSpan { kind: DiffKind::Insert, text: p.clone() }],
                        });
                    }
                }
            }
            DiffOp::Replace { old_index, old_len, new_index, new_len } => {
                removed.extend(a[old_index..old_index + old_len].iter().map(String::as_str));
                for p in &b[new_index..new_index + new_len] {
                    if !removed.is_empty() {
                        let o = removed.remove(0);
                        out.push(changed(o, p));
                    } else {
                        out.push(ParagraphChange {
                            kind: ParagraphChangeKind::Added,
                            old: None,
                            new: Some(p.clone()),
                            spans: vec![DiffSpan { kind: DiffKind::Insert, text: p.clone() }],
                        });
                    }
                }
            }
        }
    }
    flush_removed(&mut removed, &mut out);
    out
}

fn changed(old: &str, new: &str) -> ParagraphChange {
    ParagraphChange {
        kind: ParagraphChangeKind::Changed,
        old: Some(old.to_string()),
        new: Some(new.to_string()),
        spans: word_diff(old, new),
    }
}

fn compare(from: i64, to: i64, old: (&str, &str), new: (&str, &str)) -> TextComparison {
    let paragraphs = paragraph_changes(old.1, new.1);
    let changed = paragraphs.iter().filter(|p| p.kind != ParagraphChangeKind::Unchanged).count() as i64;
    TextComparison { from_revision: from, to_revision: to, title: word_diff(old.0, new.0), paragraphs, changed }
}

/// Revision `from` against revision `to` of a statement.
pub fn compare_revisions(store: &Store, id: i64, from: i64, to: i64) -> Result<TextComparison> {
    let a = store.statement_revision(id, from)?;
    let b = store.statement_revision(id, to)?;
    Ok(compare(from, to, (&a.title, &a.body), (&b.title, &b.body)))
}

/// What changed in the source since the revision the translation into `lang` was made from.
pub fn source_changes_for_translation(store: &Store, id: i64, lang: &str) -> Result<TextComparison> {
    let t = store.statement_translation(id, lang)?;
    let current = store.get_statement(id)?.revision;
    compare_revisions(store, id, t.based_on_revision, current)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(spans: &[DiffSpan], kind: DiffKind) -> String {
        spans.iter().filter(|s| s.kind == kind).map(|s| s.text.as_str()).collect()
    }

    #[test]
    fn words_that_changed_are_marked_and_the_rest_kept() {
        let d = word_diff("We demand an end to deportations.", "We demand an immediate end to all deportations.");
        assert_eq!(text(&d, DiffKind::Insert).split_whitespace().collect::<Vec<_>>(), vec!["immediate", "all"]);
        assert_eq!(text(&d, DiffKind::Delete), "");
        let rebuilt: String = d.iter().filter(|s| s.kind != DiffKind::Delete).map(|s| s.text.as_str()).collect();
        assert_eq!(rebuilt, "We demand an immediate end to all deportations.");
    }

    #[test]
    fn paragraphs_are_matched_before_words() {
        let old = "Intro.\n\nWe call for solidarity.\n\nSigned.";
        let new = "Intro.\n\nWe call for international solidarity.\n\nA new paragraph.\n\nSigned.";
        let p = paragraph_changes(old, new);
        let kinds: Vec<_> = p.iter().map(|c| c.kind).collect();
        use ParagraphChangeKind::*;
        assert_eq!(kinds, vec![Unchanged, Changed, Added, Unchanged]);
        assert_eq!(text(&p[1].spans, DiffKind::Insert).trim(), "international");
        let gone = paragraph_changes("One.\n\nTwo.", "One.");
        assert_eq!(gone.iter().map(|c| c.kind).collect::<Vec<_>>(), vec![Unchanged, Removed]);
    }

    #[test]
    fn identical_texts_have_no_changes() {
        let p = paragraph_changes("A.\r\n\r\nB.", "A.\n\nB.\n");
        assert!(p.iter().all(|c| c.kind == ParagraphChangeKind::Unchanged) && p.len() == 2);
    }
}
