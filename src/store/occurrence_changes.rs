//! The `occurrence_changes` table: single instances of a series made different from the rest.

use std::collections::HashMap;

use rusqlite::Connection;

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
    upsert_all(tx, &[(event_id, v)])
}

/// Changed instances written by one statement at most: an import queues them behind its batches of new events
/// (`EventWriter::put_change`), and each statement pays the triggers' statement journal once.
const CHANGE_ROWS: usize = 128;

/// [`upsert`] for each change in turn, those in a row that change something written together, in pieces of
/// [`CHANGE_ROWS`], 64, …, 1 (eight statements, each prepared once); a later copy of an instance in the same
/// statement replaces the earlier, as one by one.
pub(crate) fn upsert_all(tx: &Connection, changes: &[(i64, &OccurrenceChange)]) -> Result<()> {
    let at = now();
    let mut rest = changes;
    while let Some(((event_id, first), _)) = rest.split_first() {
        if first.is_empty() {
            tx.execute(
                "DELETE FROM occurrence_changes WHERE event_id = ?1 AND recurrence_id = ?2",
                (event_id, &first.recurrence_id),
            )?;
            rest = &rest[1..];
            continue;
        }
        let run = rest.iter().take(CHANGE_ROWS).take_while(|(_, c)| !c.is_empty()).count();
        let n = 1 << run.ilog2();
        let (piece, after) = rest.split_at(n);
        let orgs: Vec<Option<String>> = piece.iter().map(|(_, c)| c.organisations.as_ref().map(to_json)).collect();
        let mut values: Vec<&dyn rusqlite::ToSql> = Vec::with_capacity(n * 12);
        for ((event_id, c), orgs) in piece.iter().zip(&orgs) {
            values.extend_from_slice(&[
                event_id as &dyn rusqlite::ToSql,
                &c.recurrence_id,
                &c.title,
                &c.start,
                &c.end,
                &c.status,
                &c.location,
                &c.online_url,
                &c.registration_url,
                &c.description,
                orgs,
                &at,
            ]);
        }
        tx.prepare_cached(&upsert_sql(n))?.execute(&*values)?;
        rest = after;
    }
    Ok(())
}

fn upsert_sql(rows: usize) -> String {
    let row = format!("({})", ["?"; 12].join(", "));
    format!(
        "INSERT INTO occurrence_changes (event_id, recurrence_id, title, start_local, end_local, status,
           location, online_url, registration_url, description, organisations, updated_at)
         VALUES {}
         ON CONFLICT (event_id, recurrence_id) DO UPDATE SET title = excluded.title,
           start_local = excluded.start_local, end_local = excluded.end_local, status = excluded.status,
           location = excluded.location, online_url = excluded.online_url,
           registration_url = excluded.registration_url, description = excluded.description,
           organisations = excluded.organisations, updated_at = excluded.updated_at",
        vec![row; rows].join(", ")
    )
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::EventInput;

    /// Written together, in pieces, the changes must come out as written one by one: a later copy of an instance
    /// replaces the earlier (in the same statement or not), and a change of nothing removes it where it falls.
    #[test]
    fn changes_written_together_end_as_one_by_one() {
        let mut store = Store::open_in_memory().expect("store");
        let input = EventInput {
            title: "Daily check-in".into(),
            start: "2025-01-01T09:00".into(),
            end: "2025-01-01T09:30".into(),
            zone: Some("Asia/Manila".into()),
            rrule: Some("FREQ=DAILY;COUNT=400".into()),
            ..EventInput::default()
        };
        let id = store.create_event(&input).expect("series").id;
        let day = |i: i64| {
            let d = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).expect("date") + chrono::Duration::days(i);
            format!("{d}T09:00")
        };
        let titled = |i: i64, title: &str| OccurrenceChange {
            recurrence_id: day(i),
            title: Some(title.into()),
            ..OccurrenceChange::default()
        };
        let mut changes: Vec<OccurrenceChange> = (0..300).map(|i| titled(i, &format!("v1 {i}"))).collect();
        changes.extend((0..10).map(|i| titled(i, &format!("v2 {i}"))));
        changes.push(OccurrenceChange { recurrence_id: day(5), ..OccurrenceChange::default() });
        changes.push(OccurrenceChange { recurrence_id: day(7), ..OccurrenceChange::default() });
        changes.push(titled(5, "v3 5"));
        let refs: Vec<(i64, &OccurrenceChange)> = changes.iter().map(|c| (id, c)).collect();
        upsert_all(&store.conn, &refs).expect("written");

        let got: Vec<(String, String)> = load(&store.conn, id)
            .expect("load")
            .into_iter()
            .map(|c| (c.recurrence_id, c.title.unwrap_or_default()))
            .collect();
        let mut want: Vec<(String, String)> = (0..300)
            .filter(|i| *i != 7)
            .map(|i| {
                let v = match i {
                    5 => "v3",
                    0..10 => "v2",
                    _ => "v1",
                };
                (day(i), format!("{v} {i}"))
            })
            .collect();
        want.sort();
        assert_eq!(got, want);
    }
}
