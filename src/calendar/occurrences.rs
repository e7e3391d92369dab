//! Expanding events into the instances a calendar shows in a window, in the zone the viewer chose.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::recurrence::{build, starts_between, SeriesStart};
use super::zones::resolve_local;
use crate::domain::{Event, EventKind, EventStatus};

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
    /// For instances of a series, the instance's original start (same format as `start`, in the event's zone).
    pub recurrence_id: Option<String>,
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
            resolve_local(self.zone, d.and_time(chrono::NaiveTime::MIN))
                // Midnight can fall in a DST gap (e.g. America/Sao_Paulo before 2019): take the first instant after it.
                .unwrap_or_else(|_| {
                    self.zone.from_utc_datetime(&(d.and_time(chrono::NaiveTime::MIN) - Duration::hours(1)))
                })
                .with_timezone(&Utc)
        };
        (at(self.from), at(self.to))
    }
}

/// Every instance of `event` overlapping `window`. `express_in`: the zone timed starts and ends are written in
/// (`None`: the event's own zone).
pub fn expand(event: &Event, window: &Window, express_in: Option<Tz>) -> Result<Vec<Occurrence>, String> {
    if event.all_day {
        expand_all_day(event, window)
    } else {
        expand_timed(event, window, express_in)
    }
}

fn expand_all_day(event: &Event, window: &Window) -> Result<Vec<Occurrence>, String> {
    let first = parse_date(&event.start)?;
    let span = parse_date(&event.end)? - first + Duration::days(1);
    let starts: Vec<NaiveDate> = match &event.rrule {
        None => vec![first],
        Some(rule) => {
            let set = build(rule, SeriesStart::AllDay(first), &event.exdates)?;
            // Instances that began before the window can still reach into it.
            let from = midnight_utc(window.from - span);
            starts_between(set, from, midnight_utc(window.to)).iter().map(|d| d.date_naive()).collect()
        }
    };
    Ok(starts
        .into_iter()
        .filter(|s| *s < window.to && *s + span > window.from)
        .map(|s| Occurrence {
            start: s.to_string(),
            end: (s + span).to_string(),
            recurrence_id: event.rrule.as_ref().map(|_| s.to_string()),
            ..base(event)
        })
        .collect())
}

fn expand_timed(event: &Event, window: &Window, express_in: Option<Tz>) -> Result<Vec<Occurrence>, String> {
    let zone: Tz = crate::validate::parse_zone(event.zone.as_deref().unwrap_or(""))?;
    let start = resolve_local(zone, parse_local(&event.start)?)?;
    let end = resolve_local(zone, parse_local(&event.end)?)?;
    let length = end - start;
    let (from, to) = window.instants();
    let starts: Vec<DateTime<Tz>> = match &event.rrule {
        None => vec![start],
        Some(rule) => {
            let set = build(rule, SeriesStart::Timed(start), &event.exdates)?;
            starts_between(set, from - length, to).iter().map(|d| d.with_timezone(&zone)).collect()
        }
    };
    let out = express_in.unwrap_or(zone);
    Ok(starts
        .into_iter()
        .filter(|s| s.with_timezone(&Utc) < to && (*s + length).with_timezone(&Utc) > from)
        .map(|s| Occurrence {
            start: s.with_timezone(&out).to_rfc3339(),
            end: (s + length).with_timezone(&out).to_rfc3339(),
            recurrence_id: event.rrule.as_ref().map(|_| s.to_rfc3339()),
            ..base(event)
        })
        .collect())
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
    }
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

/// Sorts occurrences by their start instant (all-day ones first on their day), then title.
pub fn sort(list: &mut [Occurrence]) {
    list.sort_by(|a, b| sort_key(a).cmp(&sort_key(b)).then_with(|| a.title.cmp(&b.title)));
}

fn sort_key(o: &Occurrence) -> (String, u8) {
    match DateTime::parse_from_rfc3339(&o.start) {
        Ok(dt) => (dt.with_timezone(&Utc).format("%Y-%m-%dT%H:%M:%S").to_string(), 1),
        Err(_) => (format!("{}T00:00:00", o.start), 0),
    }
}
