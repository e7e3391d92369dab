//! [`EventWriter`]: the event writes of an import inside its one transaction, new events written in batches.

use std::collections::HashMap;

use rusqlite::OptionalExtension;

use super::events::{check_campaign, get, insert_row, update_row};
use super::occurrence_changes;
use super::{now, to_json};
use crate::domain::{Event, EventInput, OccurrenceChange};
use crate::error::Result;

/// Event writes inside an open transaction, for importers (see [`Store::import_batch`]). An import writes up to
/// hundreds of thousands of rows at once, so statements are cached, all rows share one timestamp and nothing is read
/// back after writing.
pub struct EventWriter<'a> {
    /// The sync and task methods (`store/sync.rs`, `store/tasks.rs`) use it directly; they never follow
    /// [`EventWriter::insert_new_batched`] in one transaction (only the ICS import batches).
    pub(super) tx: &'a rusqlite::Transaction<'a>,
    at: String,
    /// New events not written yet (see [`EventWriter::insert_new_batched`]), their UIDs and JSON lists ready.
    pending: Vec<PendingRow>,
    /// Where each waiting UID is in `pending`.
    pending_uids: HashMap<String, usize>,
    /// The id the first waiting event will have; the others follow it (see [`EventWriter::insert_new_batched`]).
    first_id: i64,
    /// Changed instances to write after the waiting events, in the order given, with their event's id (see
    /// [`EventWriter::put_change`]). Empty whenever `pending` is.
    pending_changes: Vec<(i64, OccurrenceChange)>,
    /// Where the inputs of written rows go instead of being freed here (see [`EventWriter::hand_back_inputs`]).
    hand_back: Option<Box<dyn FnMut(Vec<EventInput>)>>,
}

/// A validated new event waiting for its batch, with its UID, SEQUENCE and its lists as JSON text
/// (exdates, reminders, rdates).
struct PendingRow {
    input: EventInput,
    uid: String,
    sequence: i64,
    json: [String; 3],
}

/// New events written by one statement. Each statement that fires triggers (the write journal, the search queue)
/// copies every page it changes into a statement journal first: one statement per row copied ~8 pages per event, a
/// third of a large import's time in SQLite (measured when the span index was still an R*Tree with triggers).
const BATCH_ROWS: usize = 128;

/// Changed instances waiting with a batch at most; past this many the batch is written at once.
const CHANGES_AT_MOST: usize = 8 * BATCH_ROWS;

/// `INSERT INTO events … VALUES (…), (…)` for `rows` rows of 22 positional parameters each: the id, then
/// [`insert_row`]'s order. No `ON CONFLICT`: a batched UID was checked absent, so a conflict here is an error, never a
/// silent loss.
fn batch_insert_sql(rows: usize) -> String {
    let row = format!("({})", vec!["?"; 22].join(", "));
    format!(
        "INSERT INTO events (id, uid, campaign_id, title, kind, all_day, start_local, end_local, zone, rrule, exdates,
           mode, location, online_url, registration_url, status, description, reminders, sequence, created_at,
           updated_at, rdates)
         VALUES {}",
        vec![row; rows].join(", ")
    )
}

impl<'a> EventWriter<'a> {
    pub(super) fn new(tx: &'a rusqlite::Transaction<'a>) -> Self {
        EventWriter {
            tx,
            at: now(),
            pending: Vec::new(),
            pending_uids: HashMap::new(),
            first_id: 0,
            pending_changes: Vec::new(),
            hand_back: None,
        }
    }

    /// Like [`EventWriter::insert_new`] for the validated `v` without organisations, but the row is written with
    /// the next [`BATCH_ROWS`] - 1 others in one statement (by the next other call of this writer, or at the end of
    /// the transaction), in the order given, so ids and the search queue come out as one by one. The ids are the ones
    /// SQLite would give (one past the highest, then the next), written explicitly so that a changed instance of a
    /// waiting series can wait with it ([`EventWriter::put_change`]) instead of cutting the batch short: in a
    /// Google-style file nearly every series has some, and batches averaged 22 rows instead of 128.
    /// Hands `v` back (writing nothing) when an event with that UID exists or waits.
    pub fn insert_new_batched(&mut self, v: EventInput, uid: &str, sequence: i64) -> Result<Option<EventInput>> {
        if !v.organisations.is_empty() {
            return Ok(self.insert_new(&v, uid, sequence)?.is_none().then_some(v));
        }
        if self.pending_uids.contains_key(uid) {
            self.flush()?;
            return Ok(Some(v));
        }
        check_campaign(self.tx, v.campaign_id)?;
        let exists: bool = self
            .tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM events WHERE uid = ?1)")?
            .query_row([uid], |r| r.get(0))?;
        if exists {
            return Ok(Some(v));
        }
        if self.pending.is_empty() {
            self.first_id =
                self.tx.prepare_cached("SELECT coalesce(max(id), 0) + 1 FROM events")?.query_row([], |r| r.get(0))?;
        }
        let json = [to_json(&v.exdates), to_json(&v.reminders), to_json(&v.rdates)];
        self.pending_uids.insert(uid.to_string(), self.pending.len());
        self.pending.push(PendingRow { input: v, uid: uid.to_string(), sequence: sequence.max(0), json });
        if self.pending.len() == BATCH_ROWS {
            self.flush()?;
        }
        Ok(None)
    }

    /// Gives the inputs of the batched rows, once written, to `f` instead of freeing them on this thread. The ICS
    /// import allocates them on its reading thread: with glibc's allocator, each free here of a string allocated
    /// there waited for that thread's arena lock, ~0.15 s of a 100,000-event import (BENCHMARKS.md,
    /// "2026-12-07 (evening)"). The writer's own allocations (UIDs, JSON) are still freed here.
    pub fn hand_back_inputs(&mut self, f: impl FnMut(Vec<EventInput>) + 'static) {
        self.hand_back = Some(Box::new(f));
    }

    /// Writes the waiting new events, then the changed instances that waited with them.
    pub(super) fn flush(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let rows = std::mem::take(&mut self.pending);
        self.pending_uids.clear();
        // A batch is cut short wherever the import writes anything else (a later copy of an event, a series with
        // organisations): written in pieces of 128, 64, …, 1 rows, so eight statements, each prepared once, serve
        // all.
        let mut rest = &rows[..];
        let mut id = self.first_id;
        while !rest.is_empty() {
            let n = 1 << rest.len().ilog2();
            self.insert_rows(&rest[..n], id)?;
            rest = &rest[n..];
            id += n as i64;
        }
        let changes = std::mem::take(&mut self.pending_changes);
        occurrence_changes::upsert_all(self.tx, &changes.iter().map(|(id, c)| (*id, c)).collect::<Vec<_>>())?;
        if let Some(hand_back) = &mut self.hand_back {
            hand_back(rows.into_iter().map(|r| r.input).collect());
        }
        Ok(())
    }

    fn insert_rows(&self, rows: &[PendingRow], first_id: i64) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(&batch_insert_sql(rows.len()))?;
        let ids: Vec<i64> = (first_id..).take(rows.len()).collect();
        let mut values: Vec<&dyn rusqlite::ToSql> = Vec::with_capacity(rows.len() * 22);
        for (r, id) in rows.iter().zip(&ids) {
            let v = &r.input;
            values.extend_from_slice(&[
                id as &dyn rusqlite::ToSql,
                &r.uid,
                &v.campaign_id,
                &v.title,
                &v.kind,
                &v.all_day,
                &v.start,
                &v.end,
                &v.zone,
                &v.rrule,
                &r.json[0],
                &v.mode,
                &v.location,
                &v.online_url,
                &v.registration_url,
                &v.status,
                &v.description,
                &r.json[1],
                &r.sequence,
                &self.at,
                &self.at,
                &r.json[2],
            ]);
        }
        stmt.execute(&*values)?;
        Ok(())
    }

    /// The event with this UID, with its organisations and changed instances, whether written or still waiting.
    pub fn find_by_uid(&mut self, uid: &str) -> Result<Option<Event>> {
        let mut event = match self.pending_uids.get(uid) {
            Some(&i) => self.waiting_event(i),
            None => {
                let id: Option<i64> = self
                    .tx
                    .prepare_cached("SELECT id FROM events WHERE uid = ?1")?
                    .query_row([uid], |r| r.get(0))
                    .optional()?;
                let Some(id) = id else { return Ok(None) };
                get(self.tx, id)?
            }
        };
        for (_, change) in self.pending_changes.iter().filter(|(id, _)| *id == event.id) {
            event.changes.retain(|c| c.recurrence_id != change.recurrence_id);
            if !change.is_empty() {
                event.changes.push(change.clone());
            }
        }
        event.changes.sort_by(|a, b| a.recurrence_id.cmp(&b.recurrence_id));
        Ok(Some(event))
    }

    /// The `i`th waiting event as [`get`] will read it once written (it has no organisations: such events are not
    /// batched).
    fn waiting_event(&self, i: usize) -> Event {
        let PendingRow { input, uid, sequence, .. } = &self.pending[i];
        Event {
            sequence: *sequence,
            created_at: self.at.clone(),
            updated_at: self.at.clone(),
            ..Event::from_input(self.first_id + i as i64, uid, input)
        }
    }

    /// Inserts a validated event with its UID, keeping the sender's SEQUENCE so later updates compare correctly.
    /// Returns the new id, or `None` (writing nothing) when an event with that UID exists: trying the insert first
    /// costs one index search for a new event instead of two.
    pub fn insert_new(&mut self, v: &EventInput, uid: &str, sequence: i64) -> Result<Option<i64>> {
        self.flush()?;
        check_campaign(self.tx, v.campaign_id)?;
        insert_row(self.tx, v, uid, sequence, &self.at)
    }

    /// Replaces `existing`'s fields with the validated `v`; SEQUENCE becomes at least the sender's.
    pub fn update(&mut self, existing: &Event, v: &EventInput, sequence: i64) -> Result<()> {
        self.flush()?;
        check_campaign(self.tx, v.campaign_id)?;
        update_row(self.tx, existing, v, sequence, &self.at)
    }

    /// Writes (or, if `change` is empty, removes) a changed instance of the event `event_id`. While new events wait
    /// for their batch it waits too, and is written after them, in order; [`EventWriter::find_by_uid`] shows it.
    pub fn put_change(&mut self, event_id: i64, change: &OccurrenceChange) -> Result<()> {
        if self.pending.is_empty() {
            return occurrence_changes::upsert(self.tx, event_id, change);
        }
        self.pending_changes.push((event_id, change.clone()));
        // A file of one series and a million changes of it must not hold them all: memory stays bounded.
        if self.pending_changes.len() >= CHANGES_AT_MOST {
            self.flush()?;
        }
        Ok(())
    }
}
