//! Global search over statements (current text and every translation), campaigns, events and organisations,
//! through the FTS5 index `search_index` that migration 9 builds (contentless since migration 19). Its triggers note
//! the entries each write touches; [`apply_pending`] brings them up to date before the transaction commits. The index
//! gives each hit's entry number; the hit's title and text are read from its source row, and the snippet cut from it
//! by [`crate::search_snippet`].
//!
//! The user's words never reach FTS5's query language as written: [`match_expression`] cuts the query into terms
//! (runs of letters and digits) and quotes each one, so `"`, `*`, `-`, `(`, `NEAR` and `OR` are only ever text.

use rusqlite::{Connection, OptionalExtension};

use super::Store;
use crate::domain::{SearchHit, SearchKind};
use crate::error::Result;
use crate::search_snippet::{folded_terms, is_term_char, snippet};

/// More than any list shows; keeps a careless caller from sorting the whole index into memory.
const MAX_LIMIT: usize = 500;
/// At most this many terms are searched for (a pasted paragraph is cut here rather than made into a huge query).
const MAX_TERMS: usize = 16;

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
const SQL: &str = "SELECT rowid
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
        let mut entries = self.ranked(&start, limit)?;
        for entry in self.ranked(&expr, limit)? {
            if !entries.contains(&entry) {
                entries.push(entry);
            }
        }
        let words = folded_terms(query);
        let mut found = Vec::with_capacity(entries.len());
        for entry in entries {
            found.extend(self.hit(entry)?);
        }
        // Stable: bm25's order stays within each tier. Only the hits kept get a snippet.
        found.sort_by_key(|(h, _)| title_tier(&folded_terms(&h.title), &words));
        found.truncate(limit);
        Ok(found
            .into_iter()
            .map(|(hit, body)| SearchHit { snippet: snippet(body.as_deref().unwrap_or(""), &words), ..hit })
            .collect())
    }

    /// The entries matching `expr`, best first by bm25, at most `limit`, among the newest [`RANKED_AT_MOST`].
    fn ranked(&self, expr: &str, limit: usize) -> Result<Vec<i64>> {
        let floor: Option<i64> = self
            .conn()
            .prepare_cached(RANK_FLOOR)?
            .query_row(rusqlite::params![expr, RANKED_AT_MOST - 1], |r| r.get(0))
            .optional()?;
        let mut stmt = self.conn().prepare_cached(SQL)?;
        let rows = stmt.query_map(rusqlite::params![expr, limit as i64, floor.unwrap_or(i64::MIN)], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The hit an index entry stands for, read from its source row (the same views that fill the index), without
    /// its snippet yet, and the text the snippet is cut from. `None` for an entry whose row is gone, which a
    /// committed index never has.
    fn hit(&self, entry: i64) -> Result<Option<(SearchHit, Option<String>)>> {
        let (kind, sql) = match entry & 7 {
            1 => (SearchKind::Statement, "SELECT id, title, body, lang FROM search_statements_source WHERE id = ?1"),
            2 => (
                SearchKind::Translation,
                "SELECT ref_id, title, body, lang FROM search_translations_source WHERE id = ?1",
            ),
            3 => (SearchKind::Campaign, "SELECT id, title, body, NULL FROM search_campaigns_source WHERE id = ?1"),
            4 => (SearchKind::Event, "SELECT id, title, body, NULL FROM search_events_source WHERE id = ?1"),
            5 => (
                SearchKind::Organisation,
                "SELECT id, title, body, NULL FROM search_organisations_source WHERE id = ?1",
            ),
            _ => return Ok(None),
        };
        let row = self
            .conn()
            .prepare_cached(sql)?
            .query_row([entry >> 3], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?, r.get(3)?))
            })
            .optional()?;
        Ok(row.map(|(id, title, body, lang)| (SearchHit { kind, id, lang, title, snippet: Vec::new() }, body)))
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
INSERT INTO search_index (rowid, title, body)
SELECT entry, title, body FROM search_statements_source
 WHERE id IN (SELECT entry >> 3 FROM search_pending WHERE entry & 7 = 1);
INSERT INTO search_index (rowid, title, body)
SELECT entry, title, body FROM search_translations_source
 WHERE id IN (SELECT entry >> 3 FROM search_pending WHERE entry & 7 = 2);
INSERT INTO search_index (rowid, title, body)
SELECT entry, title, body FROM search_campaigns_source
 WHERE id IN (SELECT entry >> 3 FROM search_pending WHERE entry & 7 = 3);
INSERT INTO search_index (rowid, title, body)
SELECT entry, title, body FROM search_events_source
 WHERE id IN (SELECT entry >> 3 FROM search_pending WHERE entry & 7 = 4);
INSERT INTO search_index (rowid, title, body)
SELECT entry, title, body FROM search_organisations_source
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
}
