//! A changed instance with `RANGE=THISANDFUTURE` (RFC 5545 §3.8.4.4): the change holds for that instance and every
//! later one. We store series, not ranges, so the series is split there, as "this and following" does in the
//! window: the old series ends just before the instance, a new one (UID `<uid>/<instance>`, so importing the same
//! file again finds it) starts at it, moved by as much as the instance was moved, lasting as long as it now lasts,
//! with the changed title, place, links and status. Later exclusions and changed instances move with it.

use chrono::{Duration, NaiveDateTime};

use super::ics_import::{resolve_change, skipped, ImportAction, ImportItem, Unfit};
use super::ics_import_report::event_differences;
use crate::calendar::{split_rule, SeriesStart};
use crate::domain::{Event, EventInput, OccurrenceChange};
use crate::error::Result;
use crate::ics::{IcsTime, ParsedEvent};
use crate::store::EventWriter;
use crate::time_text::local_text;

/// Applies the change to the instance and the rest of the series; `None` when it cannot (a series of extra dates
/// only), and the caller changes the one instance instead.
pub(super) fn this_and_future(
    w: &mut EventWriter,
    p: &ParsedEvent,
    series: &Event,
    rid: IcsTime,
    start: IcsTime,
    end: Option<IcsTime>,
    change: &OccurrenceChange,
) -> Result<Option<ImportItem>> {
    let Some(rule) = series.rrule.clone() else { return Ok(None) };
    let fits = resolve_change(series, rid, start, end, change.clone(), &|_| false);
    let c = match fits {
        Ok(c) => c,
        Err(Unfit::NotAnInstance(m)) => {
            // Imported before: the series already ends before this instance and the rest is its own series.
            let rid_text = match resolve_change(series, rid, start, end, change.clone(), &|_| true) {
                Ok(c) => c.recurrence_id,
                Err(_) => return Ok(Some(skipped(p, &series.title, None, m))),
            };
            let done = w.find_by_uid(&format!("{}/{rid_text}", p.uid))?.is_some();
            let item = |action, reason: Option<String>| {
                ImportItem::new(p.line, &p.uid, &series.title, action, reason).instance(rid_text.clone())
            };
            return Ok(Some(if done {
                item(ImportAction::Unchanged, None)
            } else {
                item(ImportAction::Skipped, Some(m))
            }));
        }
        Err(Unfit::Invalid(m)) => return Ok(Some(skipped(p, &series.title, None, m))),
    };
    let Some(moved) = Moved::of(series, &c) else {
        return Ok(Some(skipped(p, &series.title, None, "its times cannot be read".into())));
    };
    let mut after = EventInput::from(series);
    after.rrule = Some(rule.clone());
    after.title = c.title.clone().unwrap_or(after.title);
    after.location = c.location.clone().or(after.location);
    after.description = c.description.clone().or(after.description);
    after.registration_url = c.registration_url.clone().or(after.registration_url);
    after.online_url = c.online_url.clone().or(after.online_url);
    after.status = c.status.unwrap_or(after.status);
    after.start = moved.shift(&c.recurrence_id);
    after.end = moved.end_from(&after.start);
    after.exdates =
        series.exdates.iter().filter(|x| x.as_str() >= c.recurrence_id.as_str()).map(|x| moved.shift(x)).collect();
    after.rdates =
        series.rdates.iter().filter(|x| x.as_str() > c.recurrence_id.as_str()).map(|x| moved.shift(x)).collect();
    let later: Vec<OccurrenceChange> = series
        .changes
        .iter()
        .filter(|x| x.recurrence_id.as_str() > c.recurrence_id.as_str())
        .map(|x| OccurrenceChange { recurrence_id: moved.shift(&x.recurrence_id), ..x.clone() })
        .collect();
    let reason = (!p.notes.is_empty()).then(|| p.notes.join("; "));
    // Listed as the series it becomes from this instance on.
    let item = |after: &EventInput, action| {
        ImportItem::new(p.line, &p.uid, &after.title, action, reason.clone())
            .timed(after)
            .instance(c.recurrence_id.clone())
    };
    if c.recurrence_id == series.start {
        // The first instance: the whole series changes.
        let Ok(v) = after.validated() else {
            return Ok(Some(skipped(p, &series.title, None, "the change does not fit".into())));
        };
        w.update(series, &v, p.sequence)?;
        let changed = event_differences(&EventInput::from(series), &v);
        return Ok(Some(item(&v, ImportAction::Updated).changing(changed)));
    }
    let (first, at) = match (series_start(series, &series.start), series_start(series, &c.recurrence_id)) {
        (Some(f), Some(a)) => (f, a),
        _ => return Ok(None),
    };
    let Ok((old_rule, new_rule)) = split_rule(&rule, first, at) else { return Ok(None) };
    let mut before = EventInput::from(series);
    before.rrule = Some(old_rule);
    before.exdates.retain(|x| x.as_str() < c.recurrence_id.as_str());
    before.rdates.retain(|x| x.as_str() < c.recurrence_id.as_str());
    after.rrule = Some(new_rule);
    let (Ok(before), Ok(after)) = (before.validated(), after.validated()) else {
        return Ok(Some(skipped(p, &series.title, None, "the change does not fit its series".into())));
    };
    w.update(series, &before, series.sequence)?;
    let uid = format!("{}/{}", p.uid, c.recurrence_id);
    let id = match w.insert_new(&after, &uid, p.sequence)? {
        Some(id) => id,
        None => match w.find_by_uid(&uid)? {
            Some(existing) => {
                w.update(&existing, &after, p.sequence)?;
                existing.id
            }
            None => return Ok(None),
        },
    };
    for x in later {
        if let Ok(v) = x.validated(series.all_day) {
            w.put_change(id, &v)?;
        }
    }
    Ok(Some(item(&after, ImportAction::New)))
}

fn series_start(series: &Event, at: &str) -> Option<SeriesStart> {
    crate::domain::series_start(series.all_day, at, series.zone.as_deref()).ok()
}

/// How far the changed instance moved on the wall clock, and how long it now lasts.
struct Moved {
    all_day: bool,
    by: Duration,
    length: Duration,
}

impl Moved {
    fn of(series: &Event, c: &OccurrenceChange) -> Option<Moved> {
        let unmoved = Moved { all_day: series.all_day, by: Duration::zero(), length: Duration::zero() };
        let read = |t: &str| unmoved.parse(t);
        let rid = read(&c.recurrence_id)?;
        let (s, e) = match (&c.start, &c.end) {
            (Some(s), Some(e)) => (read(s)?, read(e)?),
            _ => (rid, rid + (read(&series.end)? - read(&series.start)?)),
        };
        Some(Moved { by: s - rid, length: e - s, ..unmoved })
    }

    fn parse(&self, t: &str) -> Option<NaiveDateTime> {
        if self.all_day {
            crate::validate::parse_date(t).ok().map(|d| d.and_time(chrono::NaiveTime::MIN))
        } else {
            crate::validate::parse_local_datetime(t).ok()
        }
    }

    fn text(&self, t: NaiveDateTime) -> String {
        if self.all_day {
            t.date().to_string()
        } else {
            local_text(&t)
        }
    }

    /// A local start (or date) moved as the instance was.
    fn shift(&self, t: &str) -> String {
        self.parse(t).and_then(|x| x.checked_add_signed(self.by)).map_or_else(|| t.to_string(), |x| self.text(x))
    }

    fn end_from(&self, start: &str) -> String {
        self.parse(start)
            .and_then(|x| x.checked_add_signed(self.length))
            .map_or_else(|| start.to_string(), |x| self.text(x))
    }
}
