//! Expanding events into the instances a calendar shows in a window, in the zone the viewer chose, with each
//! instance's own changes (moved, retitled, cancelled …) applied.

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::recurrence::{build, starts_between, starts_in, SeriesStart};
use super::zones::resolve_local;
use crate::domain::{Event, EventKind, EventStatus, OccurrenceChange};

/// One instance of an event on the calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Occurrence {
    pub event_id: i64,
    pub uid: String,
    pub title: String,
    pub all_day: bool,
    /// Timed: RFC 3339 with offset, in the view zone when one was given, else in the event's zone.
    /// All-day: `YYYY-MM-DD`.
    pub start: String,
    /// Timed: as `start`. All-day: the day after the last day (exclusive, as calendars count).
    pub end: String,
    /// The event's own zone.
    pub zone: Option<String>,
    pub campaign_id: Option<i64>,
    pub status: EventStatus,
    pub kind: EventKind,
    /// For instances of a series, the instance's original local start in the event's zone (`YYYY-MM-DDTHH:MM`,
    /// or a date for all-day series): the key to change this one instance.
    pub recurrence_id: Option<String>,
    /// True when this instance was changed on its own (moved, retitled, cancelled …).
    pub is_exception: bool,
    /// The campaign's colour (`#rrggbb`), for the calendar; `None` for events outside campaigns.
    pub colour: Option<String>,
}

/// The window `[from 00:00, to 00:00)` of the view zone.
#[derive(Debug, Clone, Copy)]
pub struct Window {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub zone: Tz,
}

impl Window {
    fn instants(&self) -> (DateTime<Utc>, DateTime<Utc>) {
        let at = |d: NaiveDate| {
            let midnight = d.and_time(chrono::NaiveTime::MIN);
            resolve_local(self.zone, midnight)
                // Midnight can fall in a DST gap (America/Sao_Paulo before 2019): the day starts when the gap ends.
                .unwrap_or_else(|_| self.zone.from_utc_datetime(&(midnight - Duration::hours(1))))
                .with_timezone(&Utc)
        };
        (at(self.from), at(self.to))
    }
}

/// Orders occurrences: the start instant (UTC, naive), all-day ones (0) before timed ones (1) at the same instant.
pub type SortKey = (NaiveDateTime, u8);

/// The starts of a series' instances that begin in `[from, to)`: [`starts_in`] itself, or a cache of its results.
pub type StartsIn<'a> = dyn FnMut(DateTime<Utc>, DateTime<Utc>) -> Result<Vec<DateTime<rrule::Tz>>, String> + 'a;

/// A window as expansion needs it: its days, its instants, and the zone times are written in (`None`: each
/// event's own), computed once per query rather than once per event.
#[derive(Debug, Clone, Copy)]
pub struct View {
    pub window: Window,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    express_in: Option<Tz>,
}

impl View {
    pub fn new(window: &Window, express_in: Option<Tz>) -> View {
        let (from, to) = window.instants();
        View { window: *window, from, to, express_in }
    }
}

/// An event's own start, length and zone, read from its text once.
#[derive(Debug, Clone, Copy)]
pub enum EventTimes {
    AllDay { first: NaiveDate, span: Duration },
    Timed { zone: Tz, start: DateTime<Tz>, length: Duration },
}

impl EventTimes {
    pub fn of(event: &Event) -> Result<EventTimes, String> {
        if event.all_day {
            let first = parse_date(&event.start)?;
            return Ok(EventTimes::AllDay { first, span: parse_date(&event.end)? - first + Duration::days(1) });
        }
        let zone: Tz = crate::validate::parse_zone(event.zone.as_deref().unwrap_or(""))?;
        let start = resolve_local(zone, parse_local(&event.start)?)?;
        let length = resolve_local(zone, parse_local(&event.end)?)? - start;
        Ok(EventTimes::Timed { zone, start, length })
    }

    pub fn series_start(&self) -> SeriesStart {
        match *self {
            EventTimes::AllDay { first, .. } => SeriesStart::AllDay(first),
            EventTimes::Timed { start, .. } => SeriesStart::Timed(start),
        }
    }
}

/// Every instance of `event` overlapping `window`. `express_in`: the zone timed starts and ends are written in
/// (`None`: the event's own zone).
pub fn expand(event: &Event, window: &Window, express_in: Option<Tz>) -> Result<Vec<Occurrence>, String> {
    let times = EventTimes::of(event)?;
    let mut out = Vec::new();
    let mut starts =
        |from, to| starts_in(event.rrule.as_deref(), times.series_start(), &event.exdates, &event.rdates, from, to);
    expand_into(event, &times, &event.changes, &View::new(window, express_in), &mut starts, &mut out)?;
    Ok(out.into_iter().map(|(_, o)| o).collect())
}

/// [`expand`] with the event's times read already, the changed instances given apart and the series' starts from
/// `starts`, appending each occurrence with its sort key (from the instant at hand, not parsed back from text).
pub fn expand_into(
    event: &Event,
    times: &EventTimes,
    changes: &[OccurrenceChange],
    view: &View,
    starts: &mut StartsIn,
    out: &mut Vec<(SortKey, Occurrence)>,
) -> Result<(), String> {
    match *times {
        EventTimes::AllDay { first, span } => expand_all_day(event, (first, span), changes, &view.window, starts, out),
        EventTimes::Timed { zone, start, length } => {
            expand_timed(event, (zone, start, length), changes, view, starts, out)
        }
    }
}

/// Whether `event` is a recurrence set (a rule, extra dates, or both) whose instances are keyed by their start.
pub fn is_series(event: &Event) -> bool {
    event.rrule.is_some() || !event.rdates.is_empty()
}

fn changes_by_key(changes: &[OccurrenceChange]) -> HashMap<&str, &OccurrenceChange> {
    changes.iter().map(|c| (c.recurrence_id.as_str(), c)).collect()
}

fn expand_all_day(
    event: &Event,
    (first, span): (NaiveDate, Duration),
    all_changes: &[OccurrenceChange],
    window: &Window,
    starts: &mut StartsIn,
    out: &mut Vec<(SortKey, Occurrence)>,
) -> Result<(), String> {
    let changes = changes_by_key(all_changes);
    let series = is_series(event);
    let mut keys: Vec<NaiveDate> = if series {
        // Instances that began before the window can still reach into it.
        starts(midnight_utc(window.from - span), midnight_utc(window.to))?.iter().map(|d| d.date_naive()).collect()
    } else {
        vec![first]
    };
    // Instances moved into the window from outside it.
    if series {
        for c in all_changes.iter().filter(|c| c.start.is_some()) {
            let key = parse_date(&c.recurrence_id)?;
            if !keys.contains(&key) && is_instance_all_day(event, first, key)? {
                keys.push(key);
            }
        }
    }
    for key in keys {
        let change = series.then(|| changes.get(key.to_string().as_str()).copied()).flatten();
        let (start, end) = match change.and_then(|c| c.start.as_ref().zip(c.end.as_ref())) {
            Some((s, e)) => (parse_date(s)?, parse_date(e)? + Duration::days(1)),
            None => (key, key + span),
        };
        if start < window.to && end > window.from {
            let occurrence = Occurrence {
                start: start.to_string(),
                end: end.to_string(),
                recurrence_id: series.then(|| key.to_string()),
                ..apply(base(event), change)
            };
            out.push(((start.and_time(chrono::NaiveTime::MIN), 0), occurrence));
        }
    }
    Ok(())
}

fn expand_timed(
    event: &Event,
    (zone, start, length): (Tz, DateTime<Tz>, Duration),
    all_changes: &[OccurrenceChange],
    view: &View,
    starts: &mut StartsIn,
    out: &mut Vec<(SortKey, Occurrence)>,
) -> Result<(), String> {
    let (from, to, express_in) = (view.from, view.to, view.express_in);
    let changes = changes_by_key(all_changes);
    let series = is_series(event);
    let (rule, series_start) = (event.rrule.as_deref(), SeriesStart::Timed(start));
    let mut keys: Vec<DateTime<Tz>> =
        if series { starts(from - length, to)?.iter().map(|d| d.with_timezone(&zone)).collect() } else { vec![start] };
    if series {
        for c in all_changes.iter().filter(|c| c.start.is_some()) {
            let key = resolve_local(zone, parse_local(&c.recurrence_id)?)?;
            if !keys.contains(&key) {
                let set = build(rule, series_start, &event.exdates, &event.rdates)?;
                let at = key.with_timezone(&Utc);
                if !starts_between(set, at, at + Duration::seconds(1)).is_empty() {
                    keys.push(key);
                }
            }
        }
    }
    let out_zone = express_in.unwrap_or(zone);
    for key in keys {
        let key_text = local_text(key.naive_local());
        let change = series.then(|| changes.get(key_text.as_str()).copied()).flatten();
        let (s, e) = match change.and_then(|c| c.start.as_ref().zip(c.end.as_ref())) {
            Some((s, e)) => (resolve_local(zone, parse_local(s)?)?, resolve_local(zone, parse_local(e)?)?),
            None => (key, key + length),
        };
        if s.with_timezone(&Utc) < to && e.with_timezone(&Utc) > from {
            let occurrence = Occurrence {
                start: s.with_timezone(&out_zone).to_rfc3339(),
                end: e.with_timezone(&out_zone).to_rfc3339(),
                recurrence_id: series.then_some(key_text),
                ..apply(base(event), change)
            };
            out.push(((s.naive_utc(), 1), occurrence));
        }
    }
    Ok(())
}

/// Whether `key` is a date the all-day series produces.
fn is_instance_all_day(event: &Event, first: NaiveDate, key: NaiveDate) -> Result<bool, String> {
    let set = build(event.rrule.as_deref(), SeriesStart::AllDay(first), &event.exdates, &event.rdates)?;
    Ok(!starts_between(set, midnight_utc(key), midnight_utc(key + Duration::days(1))).is_empty())
}

/// Whether `recurrence_id` names an instance of `event` (its original local start, or date for all-day series).
pub fn is_instance(event: &Event, recurrence_id: &str) -> Result<bool, String> {
    if !is_series(event) {
        return Ok(false);
    }
    if event.all_day {
        return is_instance_all_day(event, parse_date(&event.start)?, parse_date(recurrence_id)?);
    }
    let zone: Tz = crate::validate::parse_zone(event.zone.as_deref().unwrap_or(""))?;
    let start = resolve_local(zone, parse_local(&event.start)?)?;
    let at = resolve_local(zone, parse_local(recurrence_id)?)?.with_timezone(&Utc);
    let set = build(event.rrule.as_deref(), SeriesStart::Timed(start), &event.exdates, &event.rdates)?;
    Ok(!starts_between(set, at, at + Duration::seconds(1)).is_empty())
}

fn apply(mut o: Occurrence, change: Option<&OccurrenceChange>) -> Occurrence {
    if let Some(c) = change {
        o.is_exception = true;
        if let Some(t) = &c.title {
            o.title = t.clone();
        }
        if let Some(s) = c.status {
            o.status = s;
        }
    }
    o
}

fn base(event: &Event) -> Occurrence {
    Occurrence {
        event_id: event.id,
        uid: event.uid.clone(),
        title: event.title.clone(),
        all_day: event.all_day,
        start: String::new(),
        end: String::new(),
        zone: event.zone.clone(),
        campaign_id: event.campaign_id,
        status: event.status,
        kind: event.kind,
        recurrence_id: None,
        is_exception: false,
        colour: None,
    }
}

/// `YYYY-MM-DDTHH:MM`, as `format("%Y-%m-%dT%H:%M")` writes it but without parsing the pattern for every instance.
fn local_text(t: NaiveDateTime) -> String {
    use chrono::{Datelike, Timelike};
    format!("{:04}-{:02}-{:02}T{:02}:{:02}", t.year(), t.month(), t.day(), t.hour(), t.minute())
}

fn midnight_utc(d: NaiveDate) -> DateTime<Utc> {
    Utc.from_utc_datetime(&d.and_time(chrono::NaiveTime::MIN))
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    crate::validate::parse_date(s)
}

fn parse_local(s: &str) -> Result<NaiveDateTime, String> {
    crate::validate::parse_local_datetime(s)
}

/// Sorts occurrences with their keys from [`expand_into`] by start instant (all-day ones first on their day), then
/// title, and drops the keys.
pub fn sort_keyed(list: Vec<(SortKey, Occurrence)>) -> Vec<Occurrence> {
    // Occurrences are large; sorting their positions and moving each once is cheaper than moving them while sorting.
    // The keys are copied into a compact list of their own so the sort stays in cache; titles break ties.
    let mut order: Vec<(SortKey, usize)> = list.iter().enumerate().map(|(i, (k, _))| (*k, i)).collect();
    order.sort_unstable_by(|(a, i), (b, j)| {
        a.cmp(b).then_with(|| list[*i].1.title.cmp(&list[*j].1.title)).then(i.cmp(j))
    });
    let mut slots: Vec<Option<Occurrence>> = list.into_iter().map(|(_, o)| Some(o)).collect();
    order.into_iter().filter_map(|(_, i)| slots[i].take()).collect()
}
