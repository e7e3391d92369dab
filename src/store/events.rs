//! The `events` table and its organisations in roles.

use std::borrow::Cow;

use rusqlite::{named_params, params, Connection, OptionalExtension, Row};

use super::event_writer::EventWriter;
use super::occurrence_changes;
use super::roles::{self, RoleTable};
use super::{from_json, now, to_json, Store};
use crate::calendar::{is_instance, resolve_local, split_rule_msg, SeriesStart};
use crate::domain::{Event, EventInput, EventRef, OccurrenceChange, OrgInRole};
use crate::error::{Error, Result};
use crate::validate::{parse_date, parse_local_datetime, parse_zone};

pub(super) const COLUMNS: &str =
    "id, uid, campaign_id, title, kind, all_day, start_local, end_local, zone, rrule, exdates, mode,
    location, online_url, registration_url, status, description, reminders, sequence, created_at, updated_at, rdates";

pub(super) fn from_row(r: &Row) -> rusqlite::Result<Event> {
    Ok(Event {
        id: r.get(0)?,
        uid: r.get(1)?,
        campaign_id: r.get(2)?,
        title: r.get(3)?,
        kind: r.get(4)?,
        all_day: r.get(5)?,
        start: r.get(6)?,
        end: r.get(7)?,
        zone: r.get(8)?,
        rrule: r.get(9)?,
        exdates: json_list(r, 10)?,
        rdates: json_list(r, 21)?,
        mode: r.get(11)?,
        location: r.get(12)?,
        online_url: r.get(13)?,
        registration_url: r.get(14)?,
        status: r.get(15)?,
        description: r.get(16)?,
        reminders: json_list(r, 17)?,
        organisations: Vec::new(),
        changes: Vec::new(),
        sequence: r.get(18)?,
        created_at: r.get(19)?,
        updated_at: r.get(20)?,
    })
}

/// [`from_row`] with the texts borrowed from the row.
fn ref_from_row<'r>(
    r: &'r Row,
    id: i64,
    organisations: &'r [OrgInRole],
    changes: &'r [OccurrenceChange],
) -> rusqlite::Result<EventRef<'r>> {
    let text = |col: usize| -> rusqlite::Result<&'r str> { Ok(r.get_ref(col)?.as_str()?) };
    let maybe = |col: usize| -> rusqlite::Result<Option<&'r str>> { Ok(r.get_ref(col)?.as_str_or_null()?) };
    Ok(EventRef {
        id,
        uid: text(1)?,
        campaign_id: r.get(2)?,
        title: text(3)?,
        kind: r.get(4)?,
        all_day: r.get(5)?,
        start: text(6)?,
        end: text(7)?,
        zone: maybe(8)?,
        rrule: maybe(9)?,
        exdates: Cow::Owned(json_list(r, 10)?),
        rdates: Cow::Owned(json_list(r, 21)?),
        mode: r.get(11)?,
        location: maybe(12)?,
        online_url: maybe(13)?,
        registration_url: maybe(14)?,
        status: r.get(15)?,
        description: maybe(16)?,
        reminders: Cow::Owned(json_list(r, 17)?),
        organisations,
        changes,
        sequence: r.get(18)?,
        created_at: text(19)?,
        updated_at: text(20)?,
    })
}

/// Most events have no exclusions and no reminders: `[]` needs no JSON parser (nor a String to hold it), and listing
/// many events reads three such columns per row.
fn json_list<T: serde::de::DeserializeOwned>(r: &Row, col: usize) -> rusqlite::Result<Vec<T>> {
    if r.get_ref(col)?.as_str().is_ok_and(|text| text == "[]") {
        Ok(Vec::new())
    } else {
        from_json(col, r.get(col)?)
    }
}

impl Store {
    /// Events by local start (then id); `campaign_id` narrows to one campaign.
    pub fn list_events(&self, campaign_id: Option<i64>) -> Result<Vec<Event>> {
        // Sorted here, not by SQLite: no index has `start_local` first, so `ORDER BY` copied every whole row (texts
        // and all) through SQLite's sorter, most of an export's reading (BENCHMARKS.md). Text compares bytewise in
        // both, as the column has the default (BINARY) collation.
        let sql = format!("SELECT {COLUMNS} FROM events WHERE ?1 IS NULL OR campaign_id = ?1");
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let mut list: Vec<Event> = stmt.query_map([campaign_id], from_row)?.collect::<rusqlite::Result<_>>()?;
        list.sort_unstable_by(|a, b| (a.start.as_str(), a.id).cmp(&(b.start.as_str(), b.id)));
        let (mut roles, mut changes) =
            (roles::load_all_events(self.conn())?, occurrence_changes::load_all(self.conn())?);
        for e in &mut list {
            e.organisations = roles.remove(&e.id).unwrap_or_default();
            e.changes = changes.remove(&e.id).unwrap_or_default();
        }
        Ok(list)
    }

    /// The lowest and highest event id, to split [`Store::for_each_event_in`] among readers; `None` when there are
    /// no events.
    pub fn event_ids(&self) -> Result<Option<std::ops::RangeInclusive<i64>>> {
        let (low, high): (Option<i64>, Option<i64>) =
            self.conn().query_row("SELECT min(id), max(id) FROM events", [], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(low.zip(high).map(|(low, high)| low..=high))
    }

    /// Every event whose id is in `ids`, with its organisations and changed instances, handed to `f` as its row is
    /// read, in no particular order, its texts borrowed from the row: an export of 100,000 events writes each one's
    /// text and lets it go, and copies no field into a `String` of its own (BENCHMARKS.md). Texts are checked as
    /// UTF-8 as they are read (SQLite does not guarantee it). `f`'s error stops the reading and is returned.
    pub fn for_each_event_in(
        &self,
        ids: std::ops::RangeInclusive<i64>,
        mut f: impl FnMut(&EventRef) -> Result<()>,
    ) -> Result<()> {
        let sql = format!("SELECT {COLUMNS} FROM events WHERE id BETWEEN ?1 AND ?2");
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let roles = roles::load_events_in(self.conn(), ids.clone())?;
        let changes = occurrence_changes::load_in(self.conn(), ids.clone())?;
        let mut rows = stmt.query([ids.start(), ids.end()])?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let organisations = roles.get(&id).map_or(&[][..], Vec::as_slice);
            let changes = changes.get(&id).map_or(&[][..], Vec::as_slice);
            f(&ref_from_row(row, id, organisations, changes)?)?;
        }
        Ok(())
    }

    pub fn get_event(&self, id: i64) -> Result<Event> {
        get(self.conn(), id)
    }

    pub fn find_event_by_uid(&self, uid: &str) -> Result<Option<Event>> {
        let id: Option<i64> =
            self.conn().query_row("SELECT id FROM events WHERE uid = ?1", [uid], |r| r.get(0)).optional()?;
        id.map(|id| get(self.conn(), id)).transpose()
    }

    /// Runs `f` in one transaction with the event-level writes an importer needs, then commits only if `keep`
    /// says so of the outcome; otherwise (or on an error) everything is rolled back. So a dry run, or a file found
    /// to have errors, sees its own earlier writes (a series, then its changed instances) and leaves nothing behind.
    pub fn import_batch<T>(
        &mut self,
        f: impl FnOnce(&mut EventWriter) -> Result<T>,
        keep: impl FnOnce(&T) -> bool,
    ) -> Result<T> {
        // With SQLite's default 2 MB page cache, a large import keeps writing pages of the UID index out to the WAL
        // and reading them back; 32 MB made a 100,000-event import about a tenth faster (BENCHMARKS.md) and still
        // bounds memory whatever the file's size.
        let cache: i64 = self.conn.pragma_query_value(None, "cache_size", |r| r.get(0))?;
        self.conn.pragma_update(None, "cache_size", -32 * 1024)?;
        // The batched inserts' and changes' eight statements each, beside the dozen an import uses one by one.
        self.conn.set_prepared_statement_cache_capacity(48);
        let out = self.import_transaction(f, keep);
        self.conn.set_prepared_statement_cache_capacity(16);
        self.conn.pragma_update(None, "cache_size", cache)?;
        out
    }

    fn import_transaction<T>(
        &mut self,
        f: impl FnOnce(&mut EventWriter) -> Result<T>,
        keep: impl FnOnce(&T) -> bool,
    ) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut w = EventWriter::new(&tx);
        let out = f(&mut w)?;
        // Written for a dry run too, so it meets every error the apply would.
        w.flush()?;
        drop(w);
        if keep(&out) {
            super::search::apply_pending(&tx)?;
            tx.commit()?;
        }
        Ok(out)
    }

    /// Creates an event with a new UID.
    pub fn create_event(&mut self, input: &EventInput) -> Result<Event> {
        self.create_event_with_uid(input, &new_uid())
    }

    /// Creates an event with a given UID (imports and the demonstration data keep theirs).
    pub fn create_event_with_uid(&mut self, input: &EventInput, uid: &str) -> Result<Event> {
        let v = input.validated()?;
        self.write(|tx| insert(tx, &v, uid))
    }

    /// Replaces the event's fields; `SEQUENCE` goes up when anything a calendar shows has changed.
    pub fn update_event(&mut self, id: i64, input: &EventInput) -> Result<Event> {
        self.transaction(|w| w.update_event(id, input))
    }

    /// "This and following": ends the series just before the instance `recurrence_id` and starts a new series (with
    /// a new UID) there, carrying the later exclusions and changed instances. Returns (old, new), both saved in one
    /// transaction. To edit the new series in the same transaction, use `service::series_edit`.
    pub fn split_series(&mut self, id: i64, recurrence_id: &str) -> Result<(Event, Event)> {
        self.transaction(|w| w.split_series(id, recurrence_id))
    }

    pub fn delete_event(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            if tx.execute("DELETE FROM events WHERE id = ?1", [id])? == 0 {
                return Err(Error::NotFound { entity: "event", id });
            }
            Ok(())
        })?;
        // Queries never return it (their candidates come from the span index), but a long-running app would
        // otherwise keep every deleted event's expansion in memory.
        self.occurrence_cache.get_mut().forget(id);
        Ok(())
    }

    /// How many events the occurrence cache holds (for tests of its eviction).
    #[doc(hidden)]
    pub fn cached_event_count(&self) -> usize {
        self.occurrence_cache.borrow().len()
    }
}

pub(crate) fn insert(tx: &Connection, v: &EventInput, uid: &str) -> Result<Event> {
    check_campaign(tx, v.campaign_id)?;
    let id = insert_row(tx, v, uid, 0, &now())?
        .ok_or_else(|| Error::invalid_msg("uid", crate::msg!("core-uid-taken", uid = uid)))?;
    get(tx, id)
}

/// Writes a new row (and its roles) with the given SEQUENCE and returns its id, or `None` when an event with that
/// UID exists (then nothing is written). The caller has checked the campaign.
pub(super) fn insert_row(tx: &Connection, v: &EventInput, uid: &str, sequence: i64, at: &str) -> Result<Option<i64>> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO events (uid, campaign_id, title, kind, all_day, start_local, end_local, zone, rrule, exdates,
           mode, location, online_url, registration_url, status, description, reminders, sequence, created_at, updated_at,
           rdates)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?19, ?20)
         ON CONFLICT (uid) DO NOTHING",
    )?;
    // Positional: binding by name looked each name up on every row, a few percent of a large import.
    let written = stmt.execute(params![
        uid,
        v.campaign_id,
        v.title,
        v.kind,
        v.all_day,
        v.start,
        v.end,
        v.zone,
        v.rrule,
        to_json(&v.exdates),
        v.mode,
        v.location,
        v.online_url,
        v.registration_url,
        v.status,
        v.description,
        to_json(&v.reminders),
        sequence.max(0),
        at,
        to_json(&v.rdates),
    ])?;
    if written == 0 {
        return Ok(None);
    }
    let id = tx.last_insert_rowid();
    // A new row has no roles to replace, so the delete inside `save` is skipped when there are none to add.
    if !v.organisations.is_empty() {
        roles::save(tx, RoleTable::Event, id, &v.organisations)?;
    }
    Ok(Some(id))
}

pub(crate) fn update(tx: &Connection, id: i64, v: &EventInput) -> Result<Event> {
    let old = get(tx, id)?;
    check_campaign(tx, v.campaign_id)?;
    update_row(tx, &old, v, 0, &now())?;
    get(tx, id)
}

/// A new event's UID.
pub(super) fn new_uid() -> String {
    format!("{}@campaign-desk", uuid::Uuid::new_v4())
}

/// See [`Store::split_series`]; runs inside the caller's transaction.
pub(super) fn split(tx: &Connection, id: i64, recurrence_id: &str) -> Result<(Event, Event)> {
    let old = get(tx, id)?;
    let Some(rule) = old.rrule.clone() else {
        let message = if old.rdates.is_empty() {
            crate::msg!("core-event-does-not-repeat", id = id.to_string())
        } else {
            crate::msg!("core-event-extra-dates-only", id = id.to_string())
        };
        return Err(Error::invalid_msg("recurrence_id", message));
    };
    if !is_instance(&old, recurrence_id).map_err(|m| Error::invalid("recurrence_id", m))? {
        return Err(Error::invalid_msg(
            "recurrence_id",
            crate::msg!("core-not-an-occurrence", value = recurrence_id, title = &old.title),
        ));
    }
    if recurrence_id == old.start {
        return Err(Error::invalid_msg("recurrence_id", crate::msg!("core-first-occurrence")));
    }
    let (first, at, length) = split_points(&old, recurrence_id).map_err(|m| Error::invalid("recurrence_id", m))?;
    let (old_rule, new_rule) = split_rule_msg(&rule, first, at).map_err(|m| Error::invalid_msg("rrule", m))?;
    let mut before = EventInput::from(&old);
    before.rrule = Some(old_rule);
    before.exdates.retain(|x| x.as_str() < recurrence_id);
    before.rdates.retain(|x| x.as_str() < recurrence_id);
    let mut after = EventInput::from(&old);
    after.rrule = Some(new_rule);
    after.exdates.retain(|x| x.as_str() >= recurrence_id);
    // The split instance is the new series' DTSTART; an extra date there would only repeat it.
    after.rdates.retain(|x| x.as_str() > recurrence_id);
    after.start = recurrence_id.to_string();
    after.end = local_end(&old, recurrence_id, length).map_err(|m| Error::invalid("end", m))?;
    let (before, after) = (before.validated()?, after.validated()?);
    let old = update(tx, id, &before)?;
    let new = insert(tx, &after, &new_uid())?;
    tx.execute(
        "UPDATE occurrence_changes SET event_id = ?1 WHERE event_id = ?2 AND recurrence_id >= ?3",
        (new.id, id, recurrence_id),
    )?;
    Ok((get(tx, old.id)?, get(tx, new.id)?))
}

/// Replaces `old`'s fields with `v`. SEQUENCE goes up by one when anything changed, and to at least `sequence`
/// (an importer keeps the sender's); the caller has checked the campaign.
pub(super) fn update_row(tx: &Connection, old: &Event, v: &EventInput, sequence: i64, at: &str) -> Result<()> {
    let changed = EventInput::from(old) != *v;
    let mut stmt = tx.prepare_cached(
        "UPDATE events SET campaign_id = :campaign, title = :title, kind = :kind, all_day = :all_day,
           start_local = :start, end_local = :end, zone = :zone, rrule = :rrule, exdates = :exdates, mode = :mode,
           location = :location, online_url = :online, registration_url = :registration, status = :status,
           description = :description, reminders = :reminders, sequence = max(sequence + :bump, :sequence),
           updated_at = :at, rdates = :rdates
         WHERE id = :id",
    )?;
    stmt.execute(named_params! {
        ":campaign": v.campaign_id, ":title": v.title, ":kind": v.kind, ":all_day": v.all_day,
        ":start": v.start, ":end": v.end, ":zone": v.zone, ":rrule": v.rrule, ":exdates": to_json(&v.exdates),
        ":mode": v.mode, ":location": v.location, ":online": v.online_url, ":registration": v.registration_url,
        ":status": v.status, ":description": v.description, ":reminders": to_json(&v.reminders),
        ":rdates": to_json(&v.rdates),
        ":bump": i64::from(changed), ":sequence": sequence, ":at": if changed { at } else { old.updated_at.as_str() },
        ":id": old.id,
    })?;
    roles::save(tx, RoleTable::Event, old.id, &v.organisations)?;
    Ok(())
}

/// The series' start, the split instance's start, and an instance's length (days for all-day series).
fn split_points(
    event: &Event,
    recurrence_id: &str,
) -> std::result::Result<(SeriesStart, SeriesStart, chrono::Duration), String> {
    if event.all_day {
        let (s, e, at) = (parse_date(&event.start)?, parse_date(&event.end)?, parse_date(recurrence_id)?);
        return Ok((SeriesStart::AllDay(s), SeriesStart::AllDay(at), e - s));
    }
    let tz = parse_zone(event.zone.as_deref().unwrap_or(""))?;
    let at = |t: &str| parse_local_datetime(t).and_then(|l| resolve_local(tz, l));
    let (s, e, split) = (at(&event.start)?, at(&event.end)?, at(recurrence_id)?);
    Ok((SeriesStart::Timed(s), SeriesStart::Timed(split), e - s))
}

/// The local end of the instance starting at `recurrence_id`, keeping the series' length.
fn local_end(event: &Event, recurrence_id: &str, length: chrono::Duration) -> std::result::Result<String, String> {
    if event.all_day {
        return Ok((parse_date(recurrence_id)? + length).to_string());
    }
    let tz = parse_zone(event.zone.as_deref().unwrap_or(""))?;
    let start = resolve_local(tz, parse_local_datetime(recurrence_id)?)?;
    Ok((start + length).format("%Y-%m-%dT%H:%M").to_string())
}

pub(crate) fn get(conn: &Connection, id: i64) -> Result<Event> {
    let sql = format!("SELECT {COLUMNS} FROM events WHERE id = ?1");
    let mut e = conn
        .prepare_cached(&sql)?
        .query_row([id], from_row)
        .optional()?
        .ok_or(Error::NotFound { entity: "event", id })?;
    e.organisations = roles::load(conn, RoleTable::Event, id)?;
    e.changes = occurrence_changes::load(conn, id)?;
    Ok(e)
}

pub(super) fn check_campaign(conn: &Connection, id: Option<i64>) -> Result<()> {
    let Some(id) = id else { return Ok(()) };
    let exists: bool =
        conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM campaigns WHERE id = ?1)")?.query_row([id], |r| r.get(0))?;
    if exists {
        Ok(())
    } else {
        Err(Error::missing("campaign_id", "campaign", id))
    }
}
