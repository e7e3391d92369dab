//! The `polls`, `poll_slots`, `poll_organisations` and `poll_answers` tables (migration 16).

use rusqlite::{named_params, OptionalExtension, Row, Transaction};

use super::{now, Store, WriteTx};
use crate::domain::{Poll, PollAnswer, PollAnswerRecord, PollInput, PollRecord, PollSlot};
use crate::error::{Error, Result};
use crate::excerpt::excerpt;

const COLUMNS: &str =
    "id, title, campaign_id, length_minutes, zone, closed_at, chosen_slot_id, event_id, created_at, updated_at";

fn from_row(r: &Row) -> rusqlite::Result<Poll> {
    Ok(Poll {
        id: r.get(0)?,
        title: r.get(1)?,
        campaign_id: r.get(2)?,
        length_minutes: r.get(3)?,
        zone: r.get(4)?,
        closed_at: r.get(5)?,
        chosen_slot_id: r.get(6)?,
        event_id: r.get(7)?,
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
    })
}

impl Store {
    /// Starts a poll; `zone` is the zone its slots are shown in first (the service passes the first organisation's).
    /// Every organisation and the campaign must exist.
    pub fn create_poll(&mut self, input: &PollInput, zone: &str) -> Result<PollRecord> {
        let v = input.validated()?;
        self.write(|tx| {
            if let Some(id) = v.campaign_id {
                super::campaigns::get(tx, id)?;
            }
            for &id in &v.organisations {
                let exists: Option<i64> =
                    tx.query_row("SELECT id FROM organisations WHERE id = ?1", [id], |r| r.get(0)).optional()?;
                exists.ok_or(Error::NotFound { entity: "organisation", id })?;
            }
            let at = now();
            tx.execute(
                "INSERT INTO polls (title, campaign_id, length_minutes, zone, created_at, updated_at)
                 VALUES (:title, :campaign, :length, :zone, :at, :at)",
                named_params! {
                    ":title": v.title, ":campaign": v.campaign_id, ":length": v.length_minutes, ":zone": zone,
                    ":at": at,
                },
            )?;
            let id = tx.last_insert_rowid();
            for (position, start) in v.slots.iter().enumerate() {
                tx.execute(
                    "INSERT INTO poll_slots (poll_id, start, position) VALUES (?1, ?2, ?3)",
                    (id, start, position as i64),
                )?;
            }
            for (position, org) in v.organisations.iter().enumerate() {
                tx.execute(
                    "INSERT INTO poll_organisations (poll_id, organisation_id, position) VALUES (?1, ?2, ?3)",
                    (id, org, position as i64),
                )?;
            }
            record(tx, id)
        })
    }

    pub fn get_poll(&self, id: i64) -> Result<PollRecord> {
        record(self.conn(), id)
    }

    /// All polls, open ones first, newest first; `campaign` narrows to one campaign's.
    pub fn list_polls(&self, campaign: Option<i64>) -> Result<Vec<Poll>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM polls WHERE ?1 IS NULL OR campaign_id = ?1
             ORDER BY closed_at IS NOT NULL, created_at DESC, id DESC"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([campaign], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records (or replaces) one organisation's answer for one slot. A closed poll, a slot of another poll and an
    /// organisation the poll did not ask are refused.
    pub fn set_poll_answer(
        &mut self,
        poll: i64,
        slot: i64,
        organisation: i64,
        answer: PollAnswer,
    ) -> Result<PollRecord> {
        self.write(|tx| {
            let p = get(tx, poll)?;
            if let Some(closed) = &p.closed_at {
                return Err(Error::invalid_msg(
                    "poll",
                    crate::msg!("core-poll-closed-no-answers", poll = poll, closed = closed),
                ));
            }
            let slot_poll: Option<i64> =
                tx.query_row("SELECT poll_id FROM poll_slots WHERE id = ?1", [slot], |r| r.get(0)).optional()?;
            if slot_poll != Some(poll) {
                return Err(Error::invalid_msg(
                    "slot",
                    crate::msg!("core-poll-not-its-slot", slot = slot, poll = poll),
                ));
            }
            let asked: Option<i64> = tx
                .query_row(
                    "SELECT organisation_id FROM poll_organisations WHERE poll_id = ?1 AND organisation_id = ?2",
                    (poll, organisation),
                    |r| r.get(0),
                )
                .optional()?;
            if asked.is_none() {
                return Err(Error::invalid_msg(
                    "org",
                    crate::msg!(
                        "core-poll-organisation-not-asked",
                        organisation = organisation,
                        poll = poll,
                        title = excerpt(&p.title)
                    ),
                ));
            }
            let at = now();
            tx.execute(
                "INSERT INTO poll_answers (slot_id, organisation_id, answer, updated_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (slot_id, organisation_id) DO UPDATE SET answer = excluded.answer,
                     updated_at = excluded.updated_at",
                (slot, organisation, answer, &at),
            )?;
            tx.execute("UPDATE polls SET updated_at = ?1 WHERE id = ?2", (&at, poll))?;
            record(tx, poll)
        })
    }

    /// Closes the poll on `slot`: see [`WriteTx::close_poll`].
    pub fn close_poll(&mut self, poll: i64, slot: i64) -> Result<PollRecord> {
        self.transaction(|w| w.close_poll(poll, slot))?;
        self.get_poll(poll)
    }

    /// Remembers the event made from a closed poll (the window makes it in the event editor, then links it).
    pub fn link_poll_event(&mut self, poll: i64, event: i64) -> Result<PollRecord> {
        self.transaction(|w| w.link_poll_event(poll, event))?;
        self.get_poll(poll)
    }

    /// Removes a poll with its slots and answers (an event made from it stays).
    pub fn delete_poll(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            if tx.execute("DELETE FROM polls WHERE id = ?1", [id])? == 0 {
                return Err(Error::NotFound { entity: "poll", id });
            }
            Ok(())
        })
    }
}

impl WriteTx<'_> {
    /// Closes the poll on `slot` (one of its own); closing a closed poll again is refused, naming the slot it chose.
    pub fn close_poll(&mut self, poll: i64, slot: i64) -> Result<Poll> {
        close(self.tx, poll, slot)
    }

    /// Remembers the event made from a closed poll; a poll that already became another event is refused.
    pub fn link_poll_event(&mut self, poll: i64, event: i64) -> Result<Poll> {
        link_event(self.tx, poll, event)
    }

    pub fn get_poll(&self, poll: i64) -> Result<PollRecord> {
        record(self.tx, poll)
    }
}

fn close(tx: &Transaction, poll: i64, slot: i64) -> Result<Poll> {
    let p = get(tx, poll)?;
    if let (Some(closed), Some(chosen)) = (&p.closed_at, p.chosen_slot_id) {
        return Err(Error::invalid_msg(
            "poll",
            crate::msg!("core-poll-already-closed-on-slot", poll = poll, closed = closed, slot = chosen),
        ));
    }
    let slot_poll: Option<i64> =
        tx.query_row("SELECT poll_id FROM poll_slots WHERE id = ?1", [slot], |r| r.get(0)).optional()?;
    if slot_poll != Some(poll) {
        return Err(Error::invalid_msg("slot", crate::msg!("core-poll-not-its-slot", slot = slot, poll = poll)));
    }
    let at = now();
    tx.execute(
        "UPDATE polls SET closed_at = ?1, chosen_slot_id = ?2, updated_at = ?1 WHERE id = ?3",
        (&at, slot, poll),
    )?;
    get(tx, poll)
}

fn link_event(tx: &Transaction, poll: i64, event: i64) -> Result<Poll> {
    let p = get(tx, poll)?;
    if p.closed_at.is_none() {
        return Err(Error::invalid_msg("poll", crate::msg!("core-poll-still-open", poll = poll)));
    }
    if let Some(existing) = p.event_id {
        if existing != event {
            return Err(Error::invalid_msg(
                "poll",
                crate::msg!("core-poll-already-an-event", poll = poll, event = existing),
            ));
        }
    }
    super::events::get(tx, event)?;
    tx.execute("UPDATE polls SET event_id = ?1, updated_at = ?2 WHERE id = ?3", (event, now(), poll))?;
    get(tx, poll)
}

fn get(conn: &rusqlite::Connection, id: i64) -> Result<Poll> {
    let sql = format!("SELECT {COLUMNS} FROM polls WHERE id = ?1");
    conn.query_row(&sql, [id], from_row).optional()?.ok_or(Error::NotFound { entity: "poll", id })
}

fn record(conn: &rusqlite::Connection, id: i64) -> Result<PollRecord> {
    let poll = get(conn, id)?;
    let mut stmt =
        conn.prepare_cached("SELECT id, start, position FROM poll_slots WHERE poll_id = ?1 ORDER BY position")?;
    let slots = stmt
        .query_map([id], |r| Ok(PollSlot { id: r.get(0)?, start: r.get(1)?, position: r.get(2)? }))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt =
        conn.prepare_cached("SELECT organisation_id FROM poll_organisations WHERE poll_id = ?1 ORDER BY position")?;
    let organisation_ids = stmt.query_map([id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT a.slot_id, a.organisation_id, a.answer, a.updated_at FROM poll_answers a
         JOIN poll_slots s ON s.id = a.slot_id WHERE s.poll_id = ?1 ORDER BY s.position, a.organisation_id",
    )?;
    let answers = stmt
        .query_map([id], |r| {
            Ok(PollAnswerRecord {
                slot_id: r.get(0)?,
                organisation_id: r.get(1)?,
                answer: r.get(2)?,
                updated_at: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(PollRecord { poll, slots, organisation_ids, answers })
}
