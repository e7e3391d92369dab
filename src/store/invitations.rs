//! The `invitations` table: who is invited to an event — for all its occurrences or one of them — what they
//! answered and whether they came. An instance's own row wins over the series' row for that instance.

use rusqlite::{named_params, Connection, OptionalExtension, Row};

use super::{now, Store};
use crate::calendar::{is_instance, is_series};
use crate::domain::{Event, Invitation, InvitationUpdate, Invitee, RsvpAnswer};
use crate::error::{Error, Result};
use crate::validate::Checker;

// The invitee's zone: an organisation's office, or a person's organisation's.
const SELECT: &str = "SELECT i.id, i.event_id, i.recurrence_id, i.organisation_id, i.person_id,
        coalesce(o.name, p.name), po.name, coalesce(o.email, p.email), p.phone, coalesce(o.zone, po.zone),
        i.answer, i.attended, i.notes, i.answered_at, i.updated_at
    FROM invitations i
    LEFT JOIN organisations o ON o.id = i.organisation_id
    LEFT JOIN people p ON p.id = i.person_id
    LEFT JOIN organisations po ON po.id = p.organisation_id";

// Organisations before people, each by name, so every list reads the same way.
const ORDER: &str = "ORDER BY i.person_id IS NOT NULL, coalesce(o.name, p.name) COLLATE NOCASE, i.recurrence_id";

fn from_row(r: &Row) -> rusqlite::Result<Invitation> {
    let attended: Option<i64> = r.get(11)?;
    Ok(Invitation {
        id: r.get(0)?,
        event_id: r.get(1)?,
        recurrence_id: r.get(2)?,
        organisation_id: r.get(3)?,
        person_id: r.get(4)?,
        name: r.get(5)?,
        organisation_name: r.get(6)?,
        email: r.get(7)?,
        phone: r.get(8)?,
        zone: r.get(9)?,
        answer: r.get(10)?,
        attended: attended.map(|a| a != 0),
        notes: r.get(12)?,
        answered_at: r.get(13)?,
        updated_at: r.get(14)?,
    })
}

impl Store {
    /// Every invitation row of an event: the series' ('' recurrence id) and each instance's.
    pub fn invitations_of_event(&self, event_id: i64) -> Result<Vec<Invitation>> {
        self.get_event(event_id)?;
        let sql = format!("{SELECT} WHERE i.event_id = ?1 {ORDER}");
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([event_id], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every invitation row of the events of a campaign.
    pub fn invitations_of_campaign(&self, campaign_id: i64) -> Result<Vec<Invitation>> {
        let sql = format!("{SELECT} JOIN events e ON e.id = i.event_id WHERE e.campaign_id = ?1 {ORDER}, i.event_id");
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([campaign_id], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Invites organisations and people to an event's occurrence (`recurrence_id`), or to all of them with ''.
    /// Those already invited there keep their answers. Returns how many were added.
    pub fn invite(&mut self, event_id: i64, recurrence_id: &str, invitees: &[Invitee]) -> Result<usize> {
        let event = self.get_event(event_id)?;
        let mut c = Checker::new();
        let rid = crate::domain::checked_recurrence_id(&mut c, recurrence_id, event.all_day);
        if invitees.is_empty() {
            c.fail_msg("invitees", crate::msg!("core-invite-nobody"));
        }
        for invitee in invitees {
            invitee.check(&mut c);
        }
        c.finish()?;
        check_occurrence(&event, &rid)?;
        self.write(|tx| {
            let mut added = 0;
            for invitee in invitees {
                check_invitee(tx, invitee)?;
                if find(tx, event_id, &rid, invitee)?.is_none() {
                    insert(tx, event_id, &rid, invitee, RsvpAnswer::Invited, None, None, None)?;
                    added += 1;
                }
            }
            Ok(added)
        })
    }

    /// Records an answer, an attendance or notes for one invitee. An invitee not yet invited there is invited by
    /// it (someone who answers, or comes, without having been asked). A change to one instance of a series starts
    /// from what the series' row says of it.
    pub fn update_invitation(&mut self, event_id: i64, update: &InvitationUpdate) -> Result<Invitation> {
        let mut rows = self.update_invitations(event_id, std::slice::from_ref(update))?;
        Ok(rows.remove(0))
    }

    /// Several updates of one event in one transaction (a reply naming several attendees): all, or none.
    pub fn update_invitations(&mut self, event_id: i64, updates: &[InvitationUpdate]) -> Result<Vec<Invitation>> {
        let event = self.get_event(event_id)?;
        let mut valid = Vec::with_capacity(updates.len());
        for update in updates {
            let v = update.validated(event.all_day)?;
            check_occurrence(&event, &v.recurrence_id)?;
            if v.attended.is_some() && v.recurrence_id.is_empty() && is_series(&event) {
                return Err(Error::invalid_msg("occurrence", crate::msg!("core-attendance-needs-occurrence")));
            }
            valid.push(v);
        }
        let ids = self.write(|tx| valid.iter().map(|v| apply(tx, event_id, v)).collect::<Result<Vec<i64>>>())?;
        ids.into_iter().map(|id| get(self.conn(), id)).collect()
    }

    /// Takes an invitation back: the row at exactly that scope (a series' row, or one instance's).
    pub fn uninvite(&mut self, event_id: i64, recurrence_id: &str, invitee: &Invitee) -> Result<()> {
        let event = self.get_event(event_id)?;
        let mut c = Checker::new();
        let rid = crate::domain::checked_recurrence_id(&mut c, recurrence_id, event.all_day);
        invitee.check(&mut c);
        c.finish()?;
        self.write(|tx| {
            let Some(row) = find(tx, event_id, &rid, invitee)? else {
                return Err(not_invited(tx, invitee));
            };
            tx.execute("DELETE FROM invitations WHERE id = ?1", [row.id])?;
            Ok(())
        })
    }
}

/// Records one validated update: on the invitee's row at that scope, made (from the series' row for an
/// instance) when there is none yet. Returns the row's id.
fn apply(tx: &Connection, event_id: i64, v: &InvitationUpdate) -> Result<i64> {
    check_invitee(tx, &v.invitee)?;
    let at = now();
    let current = match find(tx, event_id, &v.recurrence_id, &v.invitee)? {
        Some(row) => row,
        None => {
            // The instance's row starts as the series' row says of it.
            let series = match v.recurrence_id.is_empty() {
                true => None,
                false => find(tx, event_id, "", &v.invitee)?,
            };
            let (answer, attended, notes, answered) = match &series {
                Some(s) => (s.answer, s.attended, s.notes.clone(), s.answered_at.clone()),
                None => (RsvpAnswer::Invited, None, None, None),
            };
            let id = insert(tx, event_id, &v.recurrence_id, &v.invitee, answer, attended, notes, answered)?;
            get(tx, id)?
        }
    };
    let answered_at = match v.answer {
        Some(a) if a != current.answer => Some(at.clone()),
        _ => current.answered_at.clone(),
    };
    let notes = match &v.notes {
        Some(n) if n.is_empty() => None,
        Some(n) => Some(n.clone()),
        None => current.notes.clone(),
    };
    let attended = v.attended.map(|a| a.stored()).unwrap_or(current.attended);
    tx.prepare_cached(
        "UPDATE invitations SET answer = :answer, attended = :attended, notes = :notes,
           answered_at = :answered, updated_at = :at WHERE id = :id",
    )?
    .execute(named_params! {
        ":answer": v.answer.unwrap_or(current.answer), ":attended": attended, ":notes": notes,
        ":answered": answered_at, ":at": at, ":id": current.id,
    })?;
    Ok(current.id)
}

/// The error for an invitee who has no invitation where one was expected.
pub(crate) fn not_invited(conn: &Connection, invitee: &Invitee) -> Error {
    let name = name_of(conn, invitee).unwrap_or_default();
    Error::invalid_msg("invitee", crate::msg!("core-not-invited", name = name))
}

/// An organisation's or person's name, for messages about them.
pub(crate) fn invitee_name(store: &Store, invitee: &Invitee) -> Result<String> {
    name_of(store.conn(), invitee)
}

/// The name, or "organisation 7" / "person 7" for one that does not exist (a message about it still reads).
fn name_of(conn: &Connection, invitee: &Invitee) -> Result<String> {
    let (sql, entity, id) = match (invitee.organisation_id, invitee.person_id) {
        (Some(id), _) => ("SELECT name FROM organisations WHERE id = ?1", "organisation", id),
        (_, Some(id)) => ("SELECT name FROM people WHERE id = ?1", "person", id),
        _ => return Ok(String::new()),
    };
    let name: Option<String> = conn.query_row(sql, [id], |r| r.get(0)).optional()?;
    Ok(name.unwrap_or_else(|| format!("{entity} {id}")))
}

/// A recurrence id must be '' or name a real instance of a series.
pub(crate) fn check_occurrence(event: &Event, rid: &str) -> Result<()> {
    if rid.is_empty() {
        return Ok(());
    }
    if !is_series(event) {
        return Err(Error::invalid_msg(
            "occurrence",
            crate::msg!("core-invitation-event-does-not-repeat", id = event.id.to_string()),
        ));
    }
    let real = is_instance(event, rid).map_err(|m| Error::invalid("occurrence", m))?;
    if !real {
        return Err(Error::invalid_msg(
            "occurrence",
            crate::msg!("core-not-an-occurrence-or-excluded", value = rid, title = &event.title),
        ));
    }
    Ok(())
}

fn check_invitee(conn: &Connection, invitee: &Invitee) -> Result<()> {
    let (table, entity, field, id) = match (invitee.organisation_id, invitee.person_id) {
        (Some(id), _) => ("organisations", "organisation", "organisation_id", id),
        (_, Some(id)) => ("people", "person", "person_id", id),
        _ => return Err(Error::invalid_msg("invitee", crate::msg!("core-invitee-one-of"))),
    };
    let exists: bool =
        conn.query_row(&format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)"), [id], |r| r.get(0))?;
    if exists {
        Ok(())
    } else {
        Err(Error::missing(field, entity, id))
    }
}

fn find(conn: &Connection, event_id: i64, rid: &str, invitee: &Invitee) -> Result<Option<Invitation>> {
    let sql = format!(
        "{SELECT} WHERE i.event_id = ?1 AND i.recurrence_id = ?2
           AND i.organisation_id IS ?3 AND i.person_id IS ?4"
    );
    let row = conn
        .prepare_cached(&sql)?
        .query_row((event_id, rid, invitee.organisation_id, invitee.person_id), from_row)
        .optional()?;
    Ok(row)
}

fn get(conn: &Connection, id: i64) -> Result<Invitation> {
    let sql = format!("{SELECT} WHERE i.id = ?1");
    let row = conn.prepare_cached(&sql)?.query_row([id], from_row).optional()?;
    row.ok_or(Error::NotFound { entity: "invitation", id })
}

#[allow(clippy::too_many_arguments)]
fn insert(
    tx: &Connection,
    event_id: i64,
    rid: &str,
    invitee: &Invitee,
    answer: RsvpAnswer,
    attended: Option<bool>,
    notes: Option<String>,
    answered_at: Option<String>,
) -> Result<i64> {
    let at = now();
    tx.prepare_cached(
        "INSERT INTO invitations (event_id, recurrence_id, organisation_id, person_id, answer, attended, notes,
           answered_at, created_at, updated_at)
         VALUES (:event, :rid, :org, :person, :answer, :attended, :notes, :answered, :at, :at)",
    )?
    .execute(named_params! {
        ":event": event_id, ":rid": rid, ":org": invitee.organisation_id, ":person": invitee.person_id,
        ":answer": answer, ":attended": attended, ":notes": notes, ":answered": answered_at, ":at": at,
    })?;
    Ok(tx.last_insert_rowid())
}
