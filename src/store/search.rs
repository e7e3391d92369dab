//! Global search over statements (current text and every translation), campaigns, events and organisations,
//! through the FTS5 index `search_index` that migration 9 builds. Its triggers note the entries each write touches;
//! [`apply_pending`] brings them up to date before the transaction commits.
//!
//! The user's words never reach FTS5's query language as written: [`match_expression`] cuts the query into terms
//! (runs of letters and digits) and quotes each one, so `"`, `*`, `-`, `(`, `NEAR` and `OR` are only ever text.

use rusqlite::{Connection, OptionalExtension};

use super::Store;
use crate::domain::{SearchHit, SnippetPart};
use crate::error::Result;

/// More than any list shows; keeps a careless caller from sorting the whole index into memory.
const MAX_LIMIT: usize = 500;
/// At most this many terms are searched for (a pasted paragraph is cut here rather than made into a huge query).
const MAX_TERMS: usize = 16;
/// Marks FTS5 puts around each match in a snippet: control characters no one types, split out again below.
const HIT_START: char = '\u{2}';
const HIT_END: char = '\u{3}';

/// bm25 costs ~10 µs per matching entry (it reads every match's positions), and a word as common as "to" matches
/// every English text: a query matching more entries than this ranks only the newest this many of them (entries
/// are numbered by their row's id, so "newest" is the highest ids). Keeps a search under ~20 ms on 50,000 texts;
/// a query narrow enough to be useful never reaches it. See BENCHMARKS.md.
pub const RANKED_AT_MOST: i64 = 1000;

/// The lowest entry number among the newest [`RANKED_AT_MOST`] matches; none when fewer match. Walks the match
/// list from its end without ranking, so it stops after that many.
const RANK_FLOOR: &str = "SELECT rowid FROM search_index WHERE search_index MATCH ?1
                          ORDER BY rowid DESC LIMIT 1 OFFSET ?2";

/// Title matches count ten times body matches (bm25's column weights: title, body).
const SQL: &str = "SELECT kind, ref_id, lang, title, snippet(search_index, 1, char(2), char(3), '…', 14)
                     FROM search_index
                    WHERE search_index MATCH ?1 AND rowid >= ?3 AND rank MATCH 'bm25(10.0, 1.0)'
                    ORDER BY rank
                    LIMIT ?2";

impl Store {
    /// The best `limit` hits for `query`, best first: an entry whose title is the query comes first, then those whose
    /// title starts with it (whatever their kind), then the rest by bm25 (title weighted above body), so an event
    /// called "ZERO IN: BURMA" is not outranked by a statement saying those words forty times. Every word of the
    /// query must appear, each as a word or the start of one ("deport" finds "deportations"), diacritics ignored
    /// both ways. A query without letters or digits finds nothing. A query matching more than [`RANKED_AT_MOST`]
    /// entries ranks the newest that many; titles starting with it are looked for apart, so none is lost there.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let (Some(expr), Some(start)) = (match_expression(query), title_start_expression(query)) else {
            return Ok(Vec::new());
        };
        let limit = limit.min(MAX_LIMIT);
        if limit == 0 {
            return Ok(Vec::new());
        }
        let mut hits = self.ranked(&start, limit)?;
        for hit in self.ranked(&expr, limit)? {
            if !hits.iter().any(|h| h.kind == hit.kind && h.id == hit.id && h.lang == hit.lang) {
                hits.push(hit);
            }
        }
        let words = folded_terms(query);
        // Stable: bm25's order stays within each tier.
        hits.sort_by_key(|h| title_tier(&folded_terms(&h.title), &words));
        hits.truncate(limit);
        Ok(hits)
    }

    /// The entries matching `expr`, best first by bm25, at most `limit`, among the newest [`RANKED_AT_MOST`].
    fn ranked(&self, expr: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let floor: Option<i64> = self
            .conn()
            .prepare_cached(RANK_FLOOR)?
            .query_row(rusqlite::params![expr, RANKED_AT_MOST - 1], |r| r.get(0))
            .optional()?;
        let mut stmt = self.conn().prepare_cached(SQL)?;
        let rows = stmt.query_map(rusqlite::params![expr, limit as i64, floor.unwrap_or(i64::MIN)], |r| {
            Ok(SearchHit {
                kind: r.get(0)?,
                id: r.get(1)?,
                lang: r.get(2)?,
                title: r.get(3)?,
                snippet: snippet_parts(&r.get::<_, String>(4)?),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// The terms of a query as [`match_expression`] cuts them, at most [`MAX_TERMS`].
fn terms(query: &str) -> impl Iterator<Item = &str> {
    query.split(|c: char| !is_term_char(c)).filter(|t| !t.is_empty()).take(MAX_TERMS)
}

/// The FTS5 query for what a person typed: each term quoted and open at the end (a prefix), all required.
/// `None` when there is no term (only spaces or punctuation).
pub fn match_expression(query: &str) -> Option<String> {
    let terms: Vec<String> = terms(query).map(|t| format!("\"{}\"*", t.replace('"', "\"\""))).collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// The FTS5 query for titles that begin with the query's terms in order, the last one open (`title : ^ "zero in
/// bur"*`): one quoted phrase of terms, so nothing typed becomes syntax here either.
fn title_start_expression(query: &str) -> Option<String> {
    let terms: Vec<&str> = terms(query).collect();
    (!terms.is_empty()).then(|| format!("title : ^ \"{}\"*", terms.join(" ").replace('"', "\"\"")))
}

/// Terms compared the way the index compares them, near enough: lower case, diacritics off ("Zéro" = "zero").
fn folded_terms(text: &str) -> Vec<String> {
    text.split(|c: char| !is_term_char(c))
        .filter(|t| !t.is_empty())
        .map(|t| deunicode::deunicode(&t.to_lowercase()).chars().filter(|c| c.is_alphanumeric()).collect())
        .collect()
}

/// 0: the title is the query; 1: it starts with the query (its last term may be the start of a word, as the search
/// reads it); 2: anything else.
fn title_tier(title: &[String], query: &[String]) -> u8 {
    if title == query {
        return 0;
    }
    let starts = query.len() <= title.len()
        && query.iter().zip(title).enumerate().all(|(i, (q, t))| {
            if i + 1 == query.len() {
                t.starts_with(q.as_str())
            } else {
                q == t
            }
        });
    if starts {
        1
    } else {
        2
    }
}

/// Letters and digits, and the combining marks that follow a letter in decomposed text ("e" + U+0301), which the
/// tokenizer folds away with the other diacritics.
fn is_term_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Splits a snippet marked with [`HIT_START`]/[`HIT_END`] into plain and matching parts (empty parts dropped,
/// neighbours of the same sort joined).
pub fn snippet_parts(marked: &str) -> Vec<SnippetPart> {
    let mut parts: Vec<SnippetPart> = Vec::new();
    let mut hit = false;
    let mut push = |text: &str, hit: bool| {
        if text.is_empty() {
            return;
        }
        match parts.last_mut() {
            Some(last) if last.hit == hit => last.text.push_str(text),
            _ => parts.push(SnippetPart { text: text.to_string(), hit }),
        }
    };
    let mut rest = marked;
    while let Some(i) = rest.find([HIT_START, HIT_END]) {
        push(&rest[..i], hit);
        hit = rest[i..].starts_with(HIT_START);
        rest = &rest[i + 1..];
    }
    push(rest, hit);
    parts
}

/// Brings the entries the triggers noted in `search_pending` up to date (replaced from their source rows, or removed
/// when the row is gone), then empties the list. Called just before every commit, so a committed database never has
/// pending entries; one statement per kind, however many rows the transaction wrote.
pub(crate) fn apply_pending(conn: &Connection) -> Result<()> {
    let pending: bool =
        conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM search_pending)")?.query_row([], |r| r.get(0))?;
    if pending {
        conn.execute_batch(APPLY_PENDING)?;
    }
    Ok(())
}

const APPLY_PENDING: &str = "
DELETE FROM search_index WHERE rowid IN (SELECT entry FROM search_pending);
INSERT INTO search_index (rowid, title, body, kind, ref_id, lang)
SELECT entry, title, body, 'statement', id, lang FROM search_statements_source
 WHERE id IN (SELECT entry >> 3 FROM search_pending WHERE entry & 7 = 1);
INSERT INTO search_index (rowid, title, body, kind, ref_id, lang)
SELECT entry, title, body, 'translation', ref_id, lang FROM search_translations_source
 WHERE id IN (SELECT entry >> 3 FROM search_pending WHERE entry & 7 = 2);
INSERT INTO search_index (rowid, title, body, kind, ref_id, lang)
SELECT entry, title, body, 'campaign', id, NULL FROM search_campaigns_source
 WHERE id IN (SELECT entry >> 3 FROM search_pending WHERE entry & 7 = 3);
INSERT INTO search_index (rowid, title, body, kind, ref_id, lang)
SELECT entry, title, body, 'event', id, NULL FROM search_events_source
 WHERE id IN (SELECT entry >> 3 FROM search_pending WHERE entry & 7 = 4);
INSERT INTO search_index (rowid, title, body, kind, ref_id, lang)
SELECT entry, title, body, 'organisation', id, NULL FROM search_organisations_source
 WHERE id IN (SELECT entry >> 3 FROM search_pending WHERE entry & 7 = 5);
DELETE FROM search_pending;
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_cut_into_quoted_prefix_terms() {
        assert_eq!(match_expression("stop deport").as_deref(), Some("\"stop\"* \"deport\"*"));
        assert_eq!(
            match_expression("\"a\" OR (b* -c) NEAR").as_deref(),
            Some("\"a\"* \"OR\"* \"b\"* \"c\"* \"NEAR\"*")
        );
        assert_eq!(match_expression("deportación"), Some("\"deportación\"*".to_string()));
        assert_eq!(match_expression("de\u{301}portation").as_deref(), Some("\"de\u{301}portation\"*"));
        assert_eq!(match_expression(" \"*-()^:+ "), None);
        assert_eq!(match_expression(""), None);
    }

    #[test]
    fn titles_equal_to_the_query_or_starting_with_it_come_first() {
        let tier = |title: &str, query: &str| title_tier(&folded_terms(title), &folded_terms(query));
        assert_eq!(tier("ZERO IN: BURMA", "zero in burma"), 0);
        assert_eq!(tier("Zéro in — Burma", "ZERO IN: BURMA"), 0, "case, diacritics and punctuation aside");
        assert_eq!(tier("Zero in: Burma's spring", "zero in"), 1);
        assert_eq!(tier("Zero in: Burma's spring", "zero in bur"), 1, "the last term may be half typed");
        assert_eq!(tier("Zero in: Burma's spring", "zer in"), 2, "only the last one");
        assert_eq!(tier("Why we zero in on Burma", "zero in burma"), 2);
        assert_eq!(tier("Zero", "zero in"), 2);
        assert_eq!(title_start_expression("zero \"in\" (bur*").as_deref(), Some("title : ^ \"zero in bur\"*"));
        assert_eq!(title_start_expression("*-"), None);
    }

    #[test]
    fn snippets_split_into_parts() {
        let parts = snippet_parts("…the \u{2}deportations\u{3} of \u{2}migrant\u{3}\u{2}s\u{3}");
        let flat: Vec<(&str, bool)> = parts.iter().map(|p| (p.text.as_str(), p.hit)).collect();
        assert_eq!(flat, [("…the ", false), ("deportations", true), (" of ", false), ("migrants", true)]);
        assert!(snippet_parts("").is_empty());
    }
}
