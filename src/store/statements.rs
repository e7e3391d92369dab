//! The `statements` and `statement_revisions` tables: a statement's settings and the history of its source text.
//! Approvals, translations, endorsements and contacts are in `statement_parts.rs`.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{named_params, Connection, OptionalExtension, Row};

use super::{from_json, now, to_json, Store};
use crate::domain::{
    word_count, IssuerRef, Revision, RevisionSummary, SavedDraft, Statement, StatementDetail, StatementInput,
    StatementStatus,
};
use crate::error::{Error, FieldError, Result};

/// Autosaves within this long of the previous save go into the same revision, so a revision is a sitting's work
/// rather than a keystroke's.
const COALESCE_PAUSE: i64 = 10 * 60;
/// …and a long sitting is still cut into revisions this long.
const COALESCE_SPAN: i64 = 60 * 60;
/// Long enough for several pages of text, short enough that a pasted book is refused with a message.
pub const MAX_BODY: usize = 1_000_000;

const SELECT: &str = "SELECT s.id, s.uid, s.kind, r.title, s.campaign_id, c.title, s.place, s.dated, s.source_lang,
        s.status, s.published_on, s.published_where, s.hashtags, r.number,
        (SELECT count(*) FROM statement_endorsements e WHERE e.statement_id = s.id AND e.withdrawn_on IS NULL),
        s.created_at, s.updated_at
   FROM statements s
   JOIN statement_revisions r ON r.statement_id = s.id
        AND r.number = (SELECT max(number) FROM statement_revisions WHERE statement_id = s.id)
   LEFT JOIN campaigns c ON c.id = s.campaign_id";

fn from_row(r: &Row) -> rusqlite::Result<Statement> {
    Ok(Statement {
        id: r.get(0)?,
        uid: r.get(1)?,
        kind: r.get(2)?,
        title: r.get(3)?,
        campaign_id: r.get(4)?,
        campaign_name: r.get(5)?,
        place: r.get(6)?,
        dated: r.get(7)?,
        source_lang: r.get(8)?,
        status: r.get(9)?,
        published_on: r.get(10)?,
        published_where: r.get(11)?,
        hashtags: from_json(12, r.get(12)?)?,
        revision: r.get(13)?,
        endorsement_count: r.get(14)?,
        created_at: r.get(15)?,
        updated_at: r.get(16)?,
        issuers: Vec::new(),
        translations: Vec::new(),
    })
}

impl Store {
    /// Statements, the most recently changed first, optionally of one campaign and/or in one status.
    pub fn list_statements(&self, campaign_id: Option<i64>, status: Option<StatementStatus>) -> Result<Vec<Statement>> {
        let sql = format!(
            "{SELECT} WHERE (?1 IS NULL OR s.campaign_id = ?1) AND (?2 IS NULL OR s.status = ?2)
             ORDER BY s.updated_at DESC, s.id DESC"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params![campaign_id, status], from_row)?;
        let mut out: Vec<Statement> = rows.collect::<rusqlite::Result<_>>()?;
        for s in &mut out {
            fill(self.conn(), s)?;
        }
        Ok(out)
    }

    pub fn get_statement(&self, id: i64) -> Result<Statement> {
        get(self.conn(), id)
    }

    /// Creates a statement with `body` as its first revision.
    pub fn create_statement(&mut self, input: &StatementInput, body: &str) -> Result<Statement> {
        let v = input.validated()?;
        let body = checked_body(body)?;
        self.write(|tx| {
            check_refs(tx, &v)?;
            let at = now();
            tx.execute(
                "INSERT INTO statements (uid, kind, campaign_id, place, dated, source_lang, hashtags, published_where,
                                         created_at, updated_at)
                 VALUES (:uid, :kind, :campaign, :place, :dated, :lang, :tags, :where, :at, :at)",
                named_params! {
                    ":uid": format!("{}@campaign-desk", uuid::Uuid::new_v4()), ":kind": v.kind,
                    ":campaign": v.campaign_id, ":place": v.place, ":dated": v.dated, ":lang": v.source_lang,
                    ":tags": to_json(&v.hashtags), ":where": v.published_where, ":at": at,
                },
            )?;
            let id = tx.last_insert_rowid();
            set_issuers(tx, id, &v.issuer_ids)?;
            insert_revision(tx, id, 1, &v.title, &body, &at)?;
            get(tx, id)
        })
    }

    /// Replaces the settings. A changed title is saved like typing (into the open revision or a new one).
    pub fn update_statement(&mut self, id: i64, input: &StatementInput) -> Result<Statement> {
        let v = input.validated()?;
        self.write(|tx| {
            let old = get(tx, id)?;
            check_refs(tx, &v)?;
            tx.execute(
                "UPDATE statements SET kind = :kind, campaign_id = :campaign, place = :place, dated = :dated,
                        source_lang = :lang, hashtags = :tags, published_where = :where, updated_at = :at
                  WHERE id = :id",
                named_params! {
                    ":kind": v.kind, ":campaign": v.campaign_id, ":place": v.place, ":dated": v.dated,
                    ":lang": v.source_lang, ":tags": to_json(&v.hashtags), ":where": v.published_where,
                    ":at": now(), ":id": id,
                },
            )?;
            set_issuers(tx, id, &v.issuer_ids)?;
            if v.title != old.title {
                let body = revision(tx, id, old.revision)?.body;
                save_draft(tx, id, &v.title, &body, Utc::now())?;
            }
            get(tx, id)
        })
    }

    pub fn delete_statement(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            if tx.execute("DELETE FROM statements WHERE id = ?1", [id])? == 0 {
                return Err(Error::NotFound { entity: "statement", id });
            }
            Ok(())
        })
    }

    /// Saves the text as typed: into the open revision when the last save was recent, otherwise as a new one.
    /// Saving text identical to the current revision writes nothing.
    pub fn save_statement_draft(&mut self, id: i64, title: &str, body: &str) -> Result<SavedDraft> {
        self.save_statement_draft_at(id, title, body, Utc::now())
    }

    /// Saves the text as a revision of its own (the CLI's `statement edit`: a deliberate save, never merged into
    /// the typing before it). Identical text writes nothing.
    pub fn commit_statement_revision(&mut self, id: i64, title: &str, body: &str) -> Result<SavedDraft> {
        let mut c = crate::validate::Checker::new();
        let title = c.required("title", title, 300);
        c.finish()?;
        let body = checked_body(body)?;
        self.write(|tx| {
            tx.execute("UPDATE statement_revisions SET open = 0 WHERE statement_id = ?1", [id])?;
            save_draft(tx, id, &title, &body, Utc::now())
        })
    }

    /// [`Store::save_statement_draft`] at a given instant (tests of the coalescing use it).
    pub fn save_statement_draft_at(
        &mut self,
        id: i64,
        title: &str,
        body: &str,
        at: DateTime<Utc>,
    ) -> Result<SavedDraft> {
        let mut c = crate::validate::Checker::new();
        let title = c.required("title", title, 300);
        c.finish()?;
        let body = checked_body(body)?;
        self.write(|tx| save_draft(tx, id, &title, &body, at))
    }

    /// Starts a new revision with an older revision's text (the history itself is never rewritten).
    pub fn restore_statement_revision(&mut self, id: i64, number: i64) -> Result<SavedDraft> {
        self.write(|tx| {
            let old = revision(tx, id, number)?;
            let current = current_number(tx, id)?;
            tx.execute("UPDATE statement_revisions SET open = 0 WHERE statement_id = ?1", [id])?;
            let at = now();
            let cur = revision(tx, id, current)?;
            if cur.title == old.title && cur.body == old.body {
                return Err(Error::invalid_msg("revision", crate::msg!("core-revision-same-text", revision = number)));
            }
            insert_revision(tx, id, current + 1, &old.title, &old.body, &at)?;
            after_text_change(tx, id, &at)
        })
    }

    /// Names a revision ("Sent to partners"); a named revision is closed, so later typing starts a new one.
    pub fn name_statement_revision(&mut self, id: i64, number: i64, name: &str) -> Result<RevisionSummary> {
        let mut c = crate::validate::Checker::new();
        let name = c.optional("name", Some(name), 100);
        c.finish()?;
        self.write(|tx| {
            revision(tx, id, number)?;
            tx.execute(
                "UPDATE statement_revisions SET name = ?1, open = 0 WHERE statement_id = ?2 AND number = ?3",
                rusqlite::params![name, id, number],
            )?;
            Ok(summaries(tx, id)?.into_iter().find(|r| r.number == number).expect("revision exists"))
        })
    }

    pub fn statement_revision(&self, id: i64, number: i64) -> Result<Revision> {
        revision(self.conn(), id, number)
    }

    pub fn statement_revisions(&self, id: i64) -> Result<Vec<RevisionSummary>> {
        get(self.conn(), id)?;
        summaries(self.conn(), id)
    }

    /// Moves the statement along draft → in review → approved → published (or back), refusing what the rules
    /// do not allow: approved and published need the current text approved, published also a title and an issuer.
    pub fn set_statement_status(
        &mut self,
        id: i64,
        status: StatementStatus,
        published_on: Option<&str>,
    ) -> Result<Statement> {
        let mut c = crate::validate::Checker::new();
        let on = published_on.map(str::trim).filter(|d| !d.is_empty()).and_then(|d| c.date("published_on", d));
        c.finish()?;
        self.write(|tx| {
            let s = get(tx, id)?;
            if matches!(status, StatementStatus::Approved | StatementStatus::Published) {
                let approved: i64 = tx.query_row(
                    "SELECT count(*) FROM statement_approvals
                      WHERE statement_id = ?1 AND revision = ?2 AND withdrawn_at IS NULL",
                    [id, s.revision],
                    |r| r.get(0),
                )?;
                let mut problems = Vec::new();
                if status == StatementStatus::Published && s.issuers.is_empty() {
                    problems.push(FieldError::msg("issuers", crate::msg!("core-publish-needs-issuer")));
                }
                if approved == 0 {
                    let older: Option<i64> = tx.query_row(
                        "SELECT max(revision) FROM statement_approvals WHERE statement_id = ?1 AND withdrawn_at IS NULL",
                        [id],
                        |r| r.get(0),
                    )?;
                    let message = match older {
                        Some(n) => crate::msg!("core-approvals-outdated", approved = n, revision = s.revision),
                        None => crate::msg!("core-not-approved-yet", revision = s.revision),
                    };
                    problems.push(FieldError::msg("approvals", message));
                }
                if !problems.is_empty() {
                    return Err(Error::Invalid(problems));
                }
            }
            let published_on = match status {
                StatementStatus::Published => {
                    Some(on.map(|d| d.to_string()).unwrap_or_else(|| chrono::Local::now().date_naive().to_string()))
                }
                _ => None,
            };
            tx.execute(
                "UPDATE statements SET status = ?1, published_on = ?2, updated_at = ?3 WHERE id = ?4",
                rusqlite::params![status, published_on, now(), id],
            )?;
            get(tx, id)
        })
    }

    /// Everything the statement page shows, read in one transaction so the parts agree with each other.
    pub fn statement_detail(&self, id: i64) -> Result<StatementDetail> {
        let conn = self.conn();
        let tx = conn.unchecked_transaction()?;
        let statement = get(&tx, id)?;
        let current = revision(&tx, id, statement.revision)?;
        let detail = StatementDetail {
            revisions: summaries(&tx, id)?,
            approvals: super::statement_parts::approvals(&tx, id, statement.revision, false)?,
            withdrawn_approvals: super::statement_parts::approvals(&tx, id, statement.revision, true)?,
            translations: super::statement_parts::translations(&tx, id)?,
            endorsements: super::statement_parts::endorsements(&tx, id)?,
            contacts: super::statement_parts::contacts(&tx, id)?,
            statement,
            current,
        };
        tx.finish()?;
        Ok(detail)
    }
}

fn checked_body(body: &str) -> Result<String> {
    let body = body.replace("\r\n", "\n");
    if body.len() > MAX_BODY {
        return Err(Error::invalid_msg("body", crate::msg!("core-body-too-big", size = body.len(), max = MAX_BODY)));
    }
    Ok(body)
}

fn save_draft(tx: &Connection, id: i64, title: &str, body: &str, at: DateTime<Utc>) -> Result<SavedDraft> {
    let s = get(tx, id)?;
    let cur = revision(tx, id, s.revision)?;
    let stamp = at.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    if cur.title == title && cur.body == body {
        return Ok(SavedDraft { revision: cur.number, new_revision: false, saved_at: cur.saved_at, status: s.status });
    }
    let parse = |t: &str| DateTime::parse_from_rfc3339(t).map(|d| d.with_timezone(&Utc)).ok();
    let recent = |t: &str, secs: i64| parse(t).is_some_and(|t| at - t < Duration::seconds(secs));
    let coalesce = cur.open && recent(&cur.saved_at, COALESCE_PAUSE) && recent(&cur.created_at, COALESCE_SPAN);
    if coalesce {
        tx.execute(
            "UPDATE statement_revisions SET title = ?1, body = ?2, saved_at = ?3, words = ?4
              WHERE statement_id = ?5 AND number = ?6",
            rusqlite::params![title, body, stamp, word_count(body), id, cur.number],
        )?;
        tx.execute("UPDATE statements SET updated_at = ?1 WHERE id = ?2", (&stamp, id))?;
        return Ok(SavedDraft { revision: cur.number, new_revision: false, saved_at: stamp, status: s.status });
    }
    tx.execute("UPDATE statement_revisions SET open = 0 WHERE statement_id = ?1", [id])?;
    insert_revision(tx, id, cur.number + 1, title, body, &stamp)?;
    after_text_change(tx, id, &stamp)
}

/// A new revision exists: an "approved" statement goes back to review, since its approvals are of older text.
fn after_text_change(tx: &Connection, id: i64, at: &str) -> Result<SavedDraft> {
    tx.execute(
        "UPDATE statements SET updated_at = ?1,
                status = CASE status WHEN 'approved' THEN 'in_review' ELSE status END
          WHERE id = ?2",
        (at, id),
    )?;
    let s = get(tx, id)?;
    Ok(SavedDraft { revision: s.revision, new_revision: true, saved_at: at.to_string(), status: s.status })
}

fn insert_revision(tx: &Connection, id: i64, number: i64, title: &str, body: &str, at: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO statement_revisions (statement_id, number, title, body, created_at, saved_at, words)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)",
        rusqlite::params![id, number, title, body, at, word_count(body)],
    )?;
    Ok(())
}

fn set_issuers(tx: &Connection, id: i64, issuers: &[i64]) -> Result<()> {
    tx.execute("DELETE FROM statement_issuers WHERE statement_id = ?1", [id])?;
    for (pos, org) in issuers.iter().enumerate() {
        tx.execute(
            "INSERT INTO statement_issuers (statement_id, organisation_id, position) VALUES (?1, ?2, ?3)",
            rusqlite::params![id, org, pos as i64],
        )?;
    }
    Ok(())
}

fn check_refs(conn: &Connection, v: &StatementInput) -> Result<()> {
    let exists = |sql: &str, id: i64| -> Result<bool> { Ok(conn.query_row(sql, [id], |r| r.get(0))?) };
    let mut problems = Vec::new();
    if let Some(c) = v.campaign_id {
        if !exists("SELECT EXISTS (SELECT 1 FROM campaigns WHERE id = ?1)", c)? {
            problems.push(FieldError::msg(
                "campaign_id",
                crate::msg!("core-not-found", entity = "campaign", id = c.to_string()),
            ));
        }
    }
    for org in &v.issuer_ids {
        if !exists("SELECT EXISTS (SELECT 1 FROM organisations WHERE id = ?1)", *org)? {
            problems.push(FieldError::msg(
                "issuer_ids",
                crate::msg!("core-not-found", entity = "organisation", id = org.to_string()),
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(problems))
    }
}

pub(super) fn current_number(conn: &Connection, id: i64) -> Result<i64> {
    conn.query_row("SELECT max(number) FROM statement_revisions WHERE statement_id = ?1", [id], |r| r.get(0))
        .optional()?
        .flatten()
        .ok_or(Error::NotFound { entity: "statement", id })
}

pub(super) fn revision(conn: &Connection, id: i64, number: i64) -> Result<Revision> {
    conn.query_row(
        "SELECT number, title, body, name, open, created_at, saved_at FROM statement_revisions
          WHERE statement_id = ?1 AND number = ?2",
        [id, number],
        |r| {
            let body: String = r.get(2)?;
            Ok(Revision {
                number: r.get(0)?,
                title: r.get(1)?,
                words: word_count(&body),
                body,
                name: r.get(3)?,
                open: r.get(4)?,
                created_at: r.get(5)?,
                saved_at: r.get(6)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| {
        Error::invalid_msg("revision", crate::msg!("core-no-revision", id = id.to_string(), revision = number))
    })
}

fn summaries(conn: &Connection, id: i64) -> Result<Vec<RevisionSummary>> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.number, r.title, r.name, r.open, r.created_at, r.saved_at, r.words,
                CASE WHEN r.words IS NULL THEN r.body END,
                (SELECT json_group_array(o.name) FROM statement_approvals a JOIN organisations o ON o.id = a.organisation_id
                  WHERE a.statement_id = r.statement_id AND a.revision = r.number AND a.withdrawn_at IS NULL)
           FROM statement_revisions r WHERE r.statement_id = ?1 ORDER BY r.number DESC",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(RevisionSummary {
            number: r.get(0)?,
            title: r.get(1)?,
            name: r.get(2)?,
            open: r.get(3)?,
            created_at: r.get(4)?,
            saved_at: r.get(5)?,
            // Counted when written; rows from before migration 10 are counted here.
            words: match r.get::<_, Option<i64>>(6)? {
                Some(n) => n,
                None => word_count(&r.get::<_, Option<String>>(7)?.unwrap_or_default()),
            },
            approved_by: from_json(8, r.get(8)?)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn fill(conn: &Connection, s: &mut Statement) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT i.organisation_id, o.name FROM statement_issuers i JOIN organisations o ON o.id = i.organisation_id
          WHERE i.statement_id = ?1 ORDER BY i.position",
    )?;
    s.issuers = stmt
        .query_map([s.id], |r| Ok(IssuerRef { organisation_id: r.get(0)?, name: r.get(1)? }))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt =
        conn.prepare_cached("SELECT lang FROM statement_translations WHERE statement_id = ?1 ORDER BY lang")?;
    s.translations = stmt.query_map([s.id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(())
}

pub(super) fn get(conn: &Connection, id: i64) -> Result<Statement> {
    let mut s = conn
        .query_row(&format!("{SELECT} WHERE s.id = ?1"), [id], from_row)
        .optional()?
        .ok_or(Error::NotFound { entity: "statement", id })?;
    fill(conn, &mut s)?;
    Ok(s)
}
