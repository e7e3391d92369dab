//! The `occurrence_changes` table: single instances of a series made different from the rest.

use std::collections::HashMap;

use rusqlite::{named_params, Connection};

use super::{from_json, now, to_json, Store};
use crate::calendar::{is_instance, resolve_local_msg};
use crate::domain::{Event, OccurrenceChange};
use crate::error::{Error, Result};

const COLUMNS: &str = "recurrence_id, title, start_local, end_local, status, location, online_url, registration_url,
    description, organisations, event_id";

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<OccurrenceChange> {
    let organisations: Option<String> = r.get(9)?;
    Ok(OccurrenceChange {
        recurrence_id: r.get(0)?,
        title: r.get(1)?,
        start: r.get(2)?,
        end: r.get(3)?,
        status: r.get(4)?,
        location: r.get(5)?,
        online_url: r.get(6)?,
        registration_url: r.get(7)?,
        description: r.get(8)?,
        organisations: organisations.map(|t| from_json(9, t)).transpose()?,
    })
}

pub(crate) fn load(conn: &Connection, event_id: i64) -> Result<Vec<OccurrenceChange>> {
    let sql = format!("SELECT {COLUMNS} FROM occurrence_changes WHERE event_id = ?1 ORDER BY recurrence_id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([event_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every changed instance, by event: one read per occurrence query instead of one per series (changes are few —
/// a handful per series at most — while a window can hold thousands of series).
pub(crate) fn load_all(conn: &Connection) -> Result<HashMap<i64, Vec<OccurrenceChange>>> {
    load_in(conn, i64::MIN..=i64::MAX)
}

/// The changed instances of the events whose ids are in `ids`, by event.
pub(crate) fn load_in(
    conn: &Connection,
    ids: std::ops::RangeInclusive<i64>,
) -> Result<HashMap<i64, Vec<OccurrenceChange>>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM occurrence_changes WHERE event_id BETWEEN ?1 AND ?2 ORDER BY event_id, recurrence_id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([ids.start(), ids.end()], |r| Ok((r.get::<_, i64>(10)?, from_row(r)?)))?;
    let mut all: HashMap<i64, Vec<OccurrenceChange>> = HashMap::new();
    for row in rows {
        let (event_id, change) = row?;
        all.entry(event_id).or_default().push(change);
    }
    Ok(all)
}

impl Store {
    /// Changes one instance of a recurring event ("this occurrence"), replacing any earlier change of it.
    pub fn change_occurrence(&mut self, event_id: i64, change: &OccurrenceChange) -> Result<Event> {
        let event = self.get_event(event_id)?;
        let v = change.validated(event.all_day)?;
        check_against_series(&event, &v)?;
        self.write(|tx| {
            upsert(tx, event_id, &v)?;
            // Calendars that imported the series must notice the change.
            tx.execute("UPDATE events SET sequence = sequence + 1, updated_at = ?2 WHERE id = ?1", (event_id, now()))?;
            Ok(())
        })?;
        self.get_event(event_id)
    }
}

/// Saves `v` as the change of its instance (or removes the change when it alters nothing).
pub(crate) fn upsert(tx: &Connection, event_id: i64, v: &OccurrenceChange) -> Result<()> {
    if v.is_empty() {
        tx.execute(
            "DELETE FROM occurrence_changes WHERE event_id = ?1 AND recurrence_id = ?2",
            (event_id, &v.recurrence_id),
        )?;
        return Ok(());
    }
    tx.prepare_cached(
        "INSERT INTO occurrence_changes (event_id, recurrence_id, title, start_local, end_local, status,
           location, online_url, registration_url, description, organisations, updated_at)
         VALUES (:event, :rid, :title, :start, :end, :status, :location, :online, :registration,
           :description, :orgs, :at)
         ON CONFLICT (event_id, recurrence_id) DO UPDATE SET title = excluded.title,
           start_local = excluded.start_local, end_local = excluded.end_local, status = excluded.status,
           location = excluded.location, online_url = excluded.online_url,
           registration_url = excluded.registration_url, description = excluded.description,
           organisations = excluded.organisations, updated_at = excluded.updated_at",
    )?
    .execute(named_params! {
            ":event": event_id, ":rid": v.recurrence_id, ":title": v.title, ":start": v.start,
            ":end": v.end, ":status": v.status, ":location": v.location, ":online": v.online_url,
            ":registration": v.registration_url, ":description": v.description,
            ":orgs": v.organisations.as_ref().map(to_json), ":at": now(),
    })?;
    Ok(())
}

/// Checks a validated change against its series: it must name a real instance, and a move must end after it starts.
pub(crate) fn check_against_series(event: &Event, v: &OccurrenceChange) -> Result<()> {
    if !crate::calendar::is_series(event) {
        return Err(Error::invalid_msg(
            "recurrence_id",
            crate::msg!("core-event-does-not-repeat", id = event.id.to_string()),
        ));
    }
    let real = is_instance(event, &v.recurrence_id).map_err(|m| Error::invalid("recurrence_id", m))?;
    if !real {
        return Err(Error::invalid_msg(
            "recurrence_id",
            crate::msg!("core-not-an-occurrence-or-excluded", value = &v.recurrence_id, title = &event.title),
        ));
    }
    if let (Some(s), Some(e), false) = (&v.start, &v.end, event.all_day) {
        let tz = crate::validate::zone_problem(event.zone.as_deref().unwrap_or(""))
            .map_err(|m| Error::invalid_msg("zone", m))?;
        let at = |field: &str, text: &str| {
            crate::validate::local_datetime_problem(text)
                .and_then(|t| resolve_local_msg(tz, t))
                .map_err(|m| Error::invalid_msg(field, m))
        };
        if at("end", e)? < at("start", s)? {
            return Err(Error::invalid_msg("end", crate::msg!("core-end-before-start", end = e, start = s)));
        }
    } else if let (Some(s), Some(e)) = (&v.start, &v.end) {
        if e < s {
            return Err(Error::invalid_msg("end", crate::msg!("core-last-day-before-first", end = e, start = s)));
        }
    }
    Ok(())
}
