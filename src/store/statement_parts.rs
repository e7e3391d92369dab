//! A statement's approvals, translations, endorsements and "For reference:" contacts.

use rusqlite::{named_params, Connection, OptionalExtension};

use super::statements::{current_number, get, revision};
use super::{now, Store};
use crate::domain::{
    lang_tag, Approval, Endorsement, EndorsementInput, ReferenceContact, Translation, TranslationStatus,
};
use crate::error::{Error, Result};

impl Store {
    /// Records that `org` approved revision `number` (the current one when `None`). The revision is closed, so
    /// the approved text can never change under the approval.
    pub fn approve_statement(
        &mut self,
        id: i64,
        org: i64,
        number: Option<i64>,
        note: Option<&str>,
    ) -> Result<Approval> {
        let mut c = crate::validate::Checker::new();
        let note = c.optional("note", note, 500);
        c.finish()?;
        self.write(|tx| {
            get(tx, id)?;
            let number = match number {
                Some(n) => n,
                None => current_number(tx, id)?,
            };
            revision(tx, id, number)?;
            let org_name: Option<String> =
                tx.query_row("SELECT name FROM organisations WHERE id = ?1", [org], |r| r.get(0)).optional()?;
            let Some(org_name) = org_name else {
                return Err(Error::invalid_msg(
                    "org",
                    crate::msg!("core-not-found", entity = "organisation", id = org.to_string()),
                ));
            };
            let inserted = tx.execute(
                "INSERT OR IGNORE INTO statement_approvals (statement_id, revision, organisation_id, note, approved_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                rusqlite::params![id, number, org, note, now()],
            )?;
            if inserted == 0 {
                return Err(Error::invalid_msg(
                    "org",
                    crate::msg!("core-already-approved", organisation = org_name, revision = number),
                ));
            }
            tx.execute(
                "UPDATE statement_revisions SET open = 0 WHERE statement_id = ?1 AND number = ?2",
                [id, number],
            )?;
            tx.execute("UPDATE statements SET updated_at = ?1 WHERE id = ?2", (now(), id))?;
            let current = current_number(tx, id)?;
            Ok(approvals(tx, id, current, false)?
                .into_iter()
                .find(|a| a.organisation_id == org && a.revision == number)
                .expect("just inserted"))
        })
    }

    /// Marks an approval withdrawn, keeping the row so the statement's history shows it was given and taken back.
    /// An "approved" statement whose current text has no standing approval left goes back to review, as it does
    /// when the text changes; a published one stays published (that happened).
    pub fn withdraw_statement_approval(&mut self, approval_id: i64) -> Result<()> {
        self.write(|tx| {
            let found: Option<(i64, Option<String>, String, i64)> = tx
                .query_row(
                    "SELECT a.statement_id, a.withdrawn_at, o.name, a.revision FROM statement_approvals a
                       JOIN organisations o ON o.id = a.organisation_id WHERE a.id = ?1",
                    [approval_id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .optional()?;
            let Some((id, withdrawn_at, org_name, number)) = found else {
                return Err(Error::NotFound { entity: "approval", id: approval_id });
            };
            if let Some(at) = withdrawn_at {
                return Err(Error::invalid_msg(
                    "approval",
                    crate::msg!("core-approval-withdrawn", organisation = org_name, revision = number, at = at),
                ));
            }
            let at = now();
            tx.execute("UPDATE statement_approvals SET withdrawn_at = ?1 WHERE id = ?2", (&at, approval_id))?;
            let current = current_number(tx, id)?;
            let standing: i64 = tx.query_row(
                "SELECT count(*) FROM statement_approvals
                  WHERE statement_id = ?1 AND revision = ?2 AND withdrawn_at IS NULL",
                [id, current],
                |r| r.get(0),
            )?;
            tx.execute(
                "UPDATE statements SET updated_at = ?1,
                        status = CASE WHEN status = 'approved' AND ?2 = 0 THEN 'in_review' ELSE status END
                  WHERE id = ?3",
                rusqlite::params![at, standing, id],
            )?;
            Ok(())
        })
    }

    /// Adds or replaces the translation into `lang`. `based_on` is the source revision it was translated from
    /// (the current one when `None`).
    pub fn save_translation(
        &mut self,
        id: i64,
        lang: &str,
        title: &str,
        body: &str,
        based_on: Option<i64>,
        status: Option<TranslationStatus>,
    ) -> Result<Translation> {
        let mut c = crate::validate::Checker::new();
        let lang = lang_tag(&mut c, "lang", lang);
        let title = c.required("title", title, 300);
        if body.len() > super::statements::MAX_BODY {
            c.fail_msg(
                "body",
                crate::msg!("core-translation-too-big", size = body.len(), max = super::statements::MAX_BODY),
            );
        }
        c.finish()?;
        let body = body.replace("\r\n", "\n");
        self.write(|tx| {
            let s = get(tx, id)?;
            if lang == s.source_lang {
                return Err(Error::invalid_msg("lang", crate::msg!("core-translation-same-language", lang = lang)));
            }
            let based_on = match based_on {
                Some(n) => {
                    revision(tx, id, n)?;
                    n
                }
                None => {
                    let kept: Option<i64> = tx
                        .query_row(
                            "SELECT based_on_revision FROM statement_translations WHERE statement_id = ?1 AND lang = ?2",
                            rusqlite::params![id, lang],
                            |r| r.get(0),
                        )
                        .optional()?;
                    kept.unwrap_or(s.revision)
                }
            };
            let at = now();
            tx.execute(
                "INSERT INTO statement_translations (statement_id, lang, title, body, based_on_revision, status, created_at, updated_at)
                 VALUES (:id, :lang, :title, :body, :base, ifnull(:status, 'draft'), :at, :at)
                 ON CONFLICT (statement_id, lang) DO UPDATE SET title = excluded.title, body = excluded.body,
                     based_on_revision = excluded.based_on_revision, status = ifnull(:status, status),
                     updated_at = excluded.updated_at",
                named_params! { ":id": id, ":lang": lang, ":title": title, ":body": body, ":base": based_on,
                                ":status": status, ":at": at },
            )?;
            close_revision(tx, id, based_on)?;
            tx.execute("UPDATE statements SET updated_at = ?1 WHERE id = ?2", (&at, id))?;
            translation(tx, id, &lang)
        })
    }

    /// "Mark as updated": the translator has brought it in line with the current source revision.
    pub fn mark_translation_updated(&mut self, id: i64, lang: &str) -> Result<Translation> {
        self.write(|tx| {
            let current = current_number(tx, id)?;
            translation(tx, id, lang)?;
            tx.execute(
                "UPDATE statement_translations SET based_on_revision = ?1, updated_at = ?2 WHERE statement_id = ?3 AND lang = ?4",
                rusqlite::params![current, now(), id, lang],
            )?;
            close_revision(tx, id, current)?;
            translation(tx, id, lang)
        })
    }

    pub fn statement_translation(&self, id: i64, lang: &str) -> Result<Translation> {
        translation(self.conn(), id, lang)
    }

    pub fn delete_translation(&mut self, id: i64, lang: &str) -> Result<()> {
        self.write(|tx| {
            if tx.execute(
                "DELETE FROM statement_translations WHERE statement_id = ?1 AND lang = ?2",
                rusqlite::params![id, lang],
            )? == 0
            {
                return Err(Error::invalid_msg(
                    "lang",
                    crate::msg!("core-no-translation", id = id.to_string(), lang = lang),
                ));
            }
            Ok(())
        })
    }

    /// Records a sign-on by an organisation or a person (exactly one of them).
    pub fn endorse_statement(&mut self, id: i64, input: &EndorsementInput) -> Result<Endorsement> {
        let mut c = crate::validate::Checker::new();
        let on = input
            .endorsed_on
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .and_then(|d| c.date("endorsed_on", d));
        let note = c.optional("note", input.note.as_deref(), 500);
        if input.organisation_id.is_some() == input.person_id.is_some() {
            c.fail_msg("endorser", crate::msg!("core-endorser-one-of"));
        }
        c.finish()?;
        let on = on.unwrap_or_else(|| chrono::Local::now().date_naive()).to_string();
        self.write(|tx| {
            get(tx, id)?;
            let exists = |sql: &str, id: i64| -> Result<bool> { Ok(tx.query_row(sql, [id], |r| r.get(0))?) };
            if let Some(o) = input.organisation_id {
                if !exists("SELECT EXISTS (SELECT 1 FROM organisations WHERE id = ?1)", o)? {
                    return Err(Error::missing("organisation_id", "organisation", o));
                }
            }
            if let Some(p) = input.person_id {
                if !exists("SELECT EXISTS (SELECT 1 FROM people WHERE id = ?1)", p)? {
                    return Err(Error::missing("person_id", "person", p));
                }
            }
            let existing: Option<(i64, Option<String>)> = tx
                .query_row(
                    "SELECT id, withdrawn_on FROM statement_endorsements
                      WHERE statement_id = ?1 AND (organisation_id = ?2 OR person_id = ?3)",
                    rusqlite::params![id, input.organisation_id, input.person_id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let endorsement_id = match existing {
                Some((eid, Some(_))) => {
                    // A withdrawn sign-on given again is the same sign-on, reinstated.
                    tx.execute(
                        "UPDATE statement_endorsements SET withdrawn_on = NULL, endorsed_on = ?1, note = ?2 WHERE id = ?3",
                        rusqlite::params![on, note, eid],
                    )?;
                    eid
                }
                Some((_, None)) => return Err(Error::invalid_msg("endorser", crate::msg!("core-already-endorsed"))),
                None => {
                    tx.execute(
                        "INSERT INTO statement_endorsements (statement_id, organisation_id, person_id, endorsed_on, note, created_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        rusqlite::params![id, input.organisation_id, input.person_id, on, note, now()],
                    )?;
                    tx.last_insert_rowid()
                }
            };
            tx.execute("UPDATE statements SET updated_at = ?1 WHERE id = ?2", (now(), id))?;
            Ok(endorsements(tx, id)?.into_iter().find(|e| e.id == endorsement_id).expect("just written"))
        })
    }

    /// Marks a sign-on withdrawn (kept, with the date, so the record shows who withdrew and when).
    pub fn withdraw_endorsement(&mut self, endorsement_id: i64) -> Result<()> {
        self.write(|tx| {
            let n = tx.execute(
                "UPDATE statement_endorsements SET withdrawn_on = ?1 WHERE id = ?2 AND withdrawn_on IS NULL",
                rusqlite::params![chrono::Local::now().date_naive().to_string(), endorsement_id],
            )?;
            if n == 0 {
                return Err(Error::NotFound { entity: "endorsement", id: endorsement_id });
            }
            Ok(())
        })
    }

    pub fn statement_endorsements(&self, id: i64) -> Result<Vec<Endorsement>> {
        get(self.conn(), id)?;
        endorsements(self.conn(), id)
    }

    /// Replaces the "For reference:" contacts with these people, in this order.
    pub fn set_statement_contacts(&mut self, id: i64, people: &[i64]) -> Result<Vec<ReferenceContact>> {
        self.write(|tx| {
            get(tx, id)?;
            tx.execute("DELETE FROM statement_contacts WHERE statement_id = ?1", [id])?;
            for (pos, p) in people.iter().enumerate() {
                let ok: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM people WHERE id = ?1)", [p], |r| r.get(0))?;
                if !ok {
                    return Err(Error::invalid_msg(
                        "contacts",
                        crate::msg!("core-not-found", entity = "person", id = p.to_string()),
                    ));
                }
                tx.execute(
                    "INSERT OR IGNORE INTO statement_contacts (statement_id, person_id, position) VALUES (?1, ?2, ?3)",
                    rusqlite::params![id, p, pos as i64],
                )?;
            }
            contacts(tx, id)
        })
    }
}

/// A translation's base must not change under it: typing in the source after a translation was made from (or
/// brought up to) this revision starts a new revision, which then shows the translation as outdated.
fn close_revision(tx: &Connection, id: i64, number: i64) -> Result<()> {
    tx.execute("UPDATE statement_revisions SET open = 0 WHERE statement_id = ?1 AND number = ?2", [id, number])?;
    Ok(())
}

/// The standing approvals (`withdrawn: false`), by revision, newest first; or the withdrawn ones (`true`), the
/// latest withdrawal first.
pub(super) fn approvals(conn: &Connection, id: i64, current: i64, withdrawn: bool) -> Result<Vec<Approval>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.revision, a.organisation_id, o.name, a.note, a.approved_at, a.withdrawn_at
           FROM statement_approvals a
           JOIN organisations o ON o.id = a.organisation_id
          WHERE a.statement_id = ?1 AND (a.withdrawn_at IS NOT NULL) = ?2
          ORDER BY CASE WHEN ?2 THEN a.withdrawn_at END DESC, a.revision DESC, a.approved_at, a.id",
    )?;
    let rows = stmt.query_map(rusqlite::params![id, withdrawn], |r| {
        let revision: i64 = r.get(1)?;
        Ok(Approval {
            id: r.get(0)?,
            revision,
            organisation_id: r.get(2)?,
            organisation_name: r.get(3)?,
            note: r.get(4)?,
            approved_at: r.get(5)?,
            stale: revision < current,
            withdrawn_at: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Outdated means the source's title or body differs from the revision the translation was made from; a new
/// revision with the same text (a named version, a restore) does not make a translation outdated.
const TRANSLATION: &str =
    "SELECT t.id, t.lang, t.title, t.body, t.based_on_revision, t.status, t.created_at, t.updated_at,
        (b.title IS NOT c.title OR b.body IS NOT c.body)
   FROM statement_translations t
   JOIN statement_revisions b ON b.statement_id = t.statement_id AND b.number = t.based_on_revision
   JOIN statement_revisions c ON c.statement_id = t.statement_id
        AND c.number = (SELECT max(number) FROM statement_revisions WHERE statement_id = t.statement_id)";

fn translation_row(r: &rusqlite::Row) -> rusqlite::Result<Translation> {
    Ok(Translation {
        id: r.get(0)?,
        lang: r.get(1)?,
        title: r.get(2)?,
        body: r.get(3)?,
        based_on_revision: r.get(4)?,
        status: r.get(5)?,
        created_at: r.get(6)?,
        updated_at: r.get(7)?,
        outdated: r.get(8)?,
    })
}

pub(super) fn translations(conn: &Connection, id: i64) -> Result<Vec<Translation>> {
    let mut stmt = conn.prepare_cached(&format!("{TRANSLATION} WHERE t.statement_id = ?1 ORDER BY t.lang"))?;
    let rows = stmt.query_map([id], translation_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn translation(conn: &Connection, id: i64, lang: &str) -> Result<Translation> {
    conn.query_row(
        &format!("{TRANSLATION} WHERE t.statement_id = ?1 AND t.lang = ?2"),
        rusqlite::params![id, lang],
        translation_row,
    )
    .optional()?
    .ok_or_else(|| Error::invalid_msg("lang", crate::msg!("core-no-translation", id = id.to_string(), lang = lang)))
}

pub(super) fn endorsements(conn: &Connection, id: i64) -> Result<Vec<Endorsement>> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.id, e.organisation_id, e.person_id, coalesce(o.name, p.name), coalesce(o.country, po.country),
                e.endorsed_on, e.note, e.withdrawn_on
           FROM statement_endorsements e
           LEFT JOIN organisations o ON o.id = e.organisation_id
           LEFT JOIN people p ON p.id = e.person_id
           LEFT JOIN organisations po ON po.id = p.organisation_id
          WHERE e.statement_id = ?1 ORDER BY e.endorsed_on, e.id",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(Endorsement {
            id: r.get(0)?,
            organisation_id: r.get(1)?,
            person_id: r.get(2)?,
            name: r.get(3)?,
            country: r.get(4)?,
            endorsed_on: r.get(5)?,
            note: r.get(6)?,
            withdrawn_on: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(super) fn contacts(conn: &Connection, id: i64) -> Result<Vec<ReferenceContact>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.id, p.name, p.role, o.name, p.email, p.phone FROM statement_contacts c
           JOIN people p ON p.id = c.person_id LEFT JOIN organisations o ON o.id = p.organisation_id
          WHERE c.statement_id = ?1 ORDER BY c.position",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(ReferenceContact {
            person_id: r.get(0)?,
            name: r.get(1)?,
            role: r.get(2)?,
            organisation_name: r.get(3)?,
            email: r.get(4)?,
            phone: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
