use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::{EventKind, EventMode, EventStatus, OccurrenceChange, OrgInRole};
use crate::calendar::{resolve_local, resolve_local_msg, SeriesStart};
use crate::error::Result;
use crate::time_text::local_text;
use crate::validate::{parse_zone, Checker};

/// Something on the calendar: all-day (dates) or timed (wall-clock times in an IANA zone; never floating).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Event {
    pub id: i64,
    /// Created once and kept for ever: calendars that imported our ICS match updates by it.
    pub uid: String,
    pub campaign_id: Option<i64>,
    pub title: String,
    pub kind: EventKind,
    pub all_day: bool,
    /// All-day: the first day `YYYY-MM-DD`. Timed: local start `YYYY-MM-DDTHH:MM` in `zone`.
    pub start: String,
    /// All-day: the last day, inclusive. Timed: local end in `zone`.
    pub end: String,
    /// Required for timed events; optional for all-day ones.
    pub zone: Option<String>,
    /// RFC 5545 RRULE value (without the `RRULE:` name), for recurring events.
    pub rrule: Option<String>,
    /// Local starts of excluded occurrences (dates for all-day series).
    pub exdates: Vec<String>,
    /// Extra occurrences (RFC 5545 RDATE): local starts in `zone` (dates for all-day series), with or without a rule.
    pub rdates: Vec<String>,
    pub mode: EventMode,
    pub location: Option<String>,
    pub online_url: Option<String>,
    pub registration_url: Option<String>,
    pub status: EventStatus,
    pub description: Option<String>,
    /// Minutes before the start at which to remind.
    pub reminders: Vec<u32>,
    pub organisations: Vec<OrgInRole>,
    /// Instances of the series that differ from it, by their original start.
    pub changes: Vec<OccurrenceChange>,
    /// Raised on every material change (RFC 5545 SEQUENCE).
    pub sequence: i64,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct EventInput {
    pub campaign_id: Option<i64>,
    pub title: String,
    pub kind: EventKind,
    pub all_day: bool,
    pub start: String,
    pub end: String,
    pub zone: Option<String>,
    pub rrule: Option<String>,
    pub exdates: Vec<String>,
    pub rdates: Vec<String>,
    pub mode: EventMode,
    pub location: Option<String>,
    pub online_url: Option<String>,
    pub registration_url: Option<String>,
    pub status: EventStatus,
    pub description: Option<String>,
    pub reminders: Vec<u32>,
    pub organisations: Vec<OrgInRole>,
}

impl Default for EventInput {
    fn default() -> Self {
        EventInput {
            campaign_id: None,
            title: String::new(),
            kind: EventKind::Other,
            all_day: false,
            start: String::new(),
            end: String::new(),
            zone: None,
            rrule: None,
            exdates: Vec::new(),
            rdates: Vec::new(),
            mode: EventMode::InPerson,
            location: None,
            online_url: None,
            registration_url: None,
            status: EventStatus::Confirmed,
            description: None,
            reminders: Vec::new(),
            organisations: Vec::new(),
        }
    }
}

impl EventInput {
    pub fn validated(&self) -> Result<EventInput> {
        let mut c = Checker::new();
        let title = c.required("title", &self.title, 300);
        let zone = self.zone.as_deref().map(str::trim).filter(|z| !z.is_empty()).map(|z| c.zone("zone", z));
        let (start, end) = if self.all_day { self.check_dates(&mut c) } else { self.check_times(&mut c, &zone) };
        // A tentative event may still wait for its link (a template's skeleton webinar); a confirmed one may not.
        if self.mode != EventMode::InPerson
            && self.status != EventStatus::Tentative
            && self.online_url.as_deref().is_none_or(|u| u.trim().is_empty())
        {
            c.fail_msg("online_url", crate::msg!("core-event-needs-link"));
        }
        if self.reminders.iter().any(|m| *m > 60 * 24 * 28) {
            c.fail_msg("reminders", crate::msg!("core-reminder-too-early"));
        }
        let exdates = self.local_starts(&mut c, "exdates", &self.exdates);
        let rdates = self.local_starts(&mut c, "rdates", &self.rdates);
        if rdates.len() > MAX_RDATES {
            c.fail_msg("rdates", crate::msg!("core-too-many-rdates", count = rdates.len(), max = MAX_RDATES));
        }
        let mut rrule = c.optional("rrule", self.rrule.as_deref(), 1000);
        if c.is_ok() && (rrule.is_some() || !rdates.is_empty()) {
            match series_start(self.all_day, &start, zone.as_deref()) {
                Ok(s) => {
                    // Each extra date must exist in the zone (not fall in a DST gap): checked alone so the message
                    // lands on the field that holds it.
                    let rdates_ok = rdates
                        .iter()
                        .map(|r| crate::calendar::build_rule_msg(None, s, &[], std::slice::from_ref(r)))
                        .find_map(|r| r.err())
                        .map(|m| c.fail_msg("rdates", m))
                        .is_none();
                    if let (Some(rule), true) = (&rrule, rdates_ok) {
                        // The probe before the build: building a rule that matches nothing walks to year 9999.
                        let checked = crate::calendar::normalise_rule_msg(rule, s)
                            .and_then(|normal| crate::calendar::rule_ever_repeats(&normal, s).map(|()| normal))
                            .and_then(|normal| {
                                crate::calendar::build_rule_msg(Some(&normal), s, &exdates, &rdates).map(|_| normal)
                            });
                        match checked {
                            Ok(normal) => rrule = Some(normal),
                            Err(m) => c.fail_msg("rrule", m),
                        }
                    }
                }
                Err(m) => c.fail("start", m),
            }
        }
        let mut seen = std::collections::HashSet::new();
        for o in &self.organisations {
            if !seen.insert(o.organisation_id) {
                c.fail_msg("organisations", crate::msg!("core-organisation-twice", id = o.organisation_id.to_string()));
            }
        }
        let out = EventInput {
            campaign_id: self.campaign_id,
            title,
            kind: self.kind,
            all_day: self.all_day,
            start,
            end,
            zone,
            rrule,
            exdates,
            rdates,
            mode: self.mode,
            location: c.optional("location", self.location.as_deref(), 500),
            online_url: c.url("online_url", self.online_url.as_deref()),
            registration_url: c.url("registration_url", self.registration_url.as_deref()),
            status: self.status,
            description: c.optional("description", self.description.as_deref(), 100_000),
            reminders: self.reminders.clone(),
            organisations: self.organisations.clone(),
        };
        c.finish().map(|()| out)
    }

    /// EXDATE/RDATE values in their stored form (dates for all-day events, `YYYY-MM-DDTHH:MM` otherwise), sorted
    /// and without repeats so two spellings of one date compare equal.
    fn local_starts(&self, c: &mut Checker, field: &str, values: &[String]) -> Vec<String> {
        let mut out: Vec<String> = values
            .iter()
            .filter_map(|x| {
                if self.all_day {
                    c.date(field, x).map(|d| d.to_string())
                } else {
                    c.local_datetime(field, x).map(|d| local_text(&d))
                }
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// All-day: `end` is the last day, inclusive; empty means a one-day event.
    fn check_dates(&self, c: &mut Checker) -> (String, String) {
        let start = c.date("start", &self.start);
        let end = if self.end.trim().is_empty() { start } else { c.date("end", &self.end) };
        if let (Some(s), Some(e)) = (start, end) {
            if e < s {
                c.fail_msg(
                    "end",
                    crate::msg!("core-last-day-before-first", end = e.to_string(), start = s.to_string()),
                );
            }
        }
        (start.map(|d| d.to_string()).unwrap_or_default(), end.map(|d| d.to_string()).unwrap_or_default())
    }

    fn check_times(&self, c: &mut Checker, zone: &Option<String>) -> (String, String) {
        let start = c.local_datetime("start", &self.start);
        let end = c.local_datetime("end", &self.end);
        let Some(zone) = zone else {
            c.fail_msg("zone", crate::msg!("core-event-needs-zone"));
            return (self.start.clone(), self.end.clone());
        };
        if let (Some(s), Some(e), Ok(tz)) = (start, end, parse_zone(zone)) {
            let s_at = resolve_local_msg(tz, s).map_err(|m| c.fail_msg("start", m)).ok();
            let e_at = resolve_local_msg(tz, e).map_err(|m| c.fail_msg("end", m)).ok();
            if let (Some(s_at), Some(e_at)) = (s_at, e_at) {
                if e_at < s_at {
                    let (end, start) = (e.format("%Y-%m-%dT%H:%M").to_string(), s.format("%Y-%m-%dT%H:%M").to_string());
                    c.fail_msg("end", crate::msg!("core-end-before-start", end = end, start = start));
                }
            }
        }
        let fmt = |d: Option<chrono::NaiveDateTime>| d.as_ref().map(local_text).unwrap_or_default();
        (fmt(start), fmt(end))
    }
}

/// More extra dates than this belong in a rule; the cap keeps a row's JSON and every expansion small.
const MAX_RDATES: usize = 1000;

/// Where a series starts, from already-validated fields.
pub(crate) fn series_start(all_day: bool, start: &str, zone: Option<&str>) -> Result<SeriesStart, String> {
    if all_day {
        Ok(SeriesStart::AllDay(crate::validate::parse_date(start)?))
    } else {
        let tz = parse_zone(zone.unwrap_or(""))?;
        Ok(SeriesStart::Timed(resolve_local(tz, crate::validate::parse_local_datetime(start)?)?))
    }
}

impl EventInput {
    /// Moves the start to `start` with the end following, so the event keeps its length, as the event form and
    /// every calendar do: wall-clock time for a timed event (10:00–11:30 stays 90 minutes on the clock across a DST
    /// change), whole days for an all-day one. When the old length cannot be read (an end before the start, a value
    /// that is not a date), only the start moves and validation says what is wrong.
    pub fn move_start(&mut self, start: String) {
        if let Some(end) = end_after_start_moved(&self.start, &self.end, &start, self.all_day) {
            self.end = end;
        }
        self.start = start;
    }
}

/// The end of an event moved from `old_start` to `new_start` that keeps its length (see [`EventInput::move_start`]);
/// `None` when the old length or the new start cannot be read. An all-day end is the last day, inclusive, and an
/// empty one (a one-day event) stays empty.
pub fn end_after_start_moved(old_start: &str, old_end: &str, new_start: &str, all_day: bool) -> Option<String> {
    use crate::validate::{parse_date, parse_local_datetime};
    if all_day {
        if old_end.trim().is_empty() {
            return Some(String::new());
        }
        let (s, e, n) = (parse_date(old_start).ok()?, parse_date(old_end).ok()?, parse_date(new_start).ok()?);
        return (e >= s).then(|| (n + (e - s)).to_string());
    }
    let (s, e, n) = (
        parse_local_datetime(old_start).ok()?,
        parse_local_datetime(old_end).ok()?,
        parse_local_datetime(new_start).ok()?,
    );
    if e < s {
        return None;
    }
    Some(local_text(&(n + (e - s))))
}

impl From<&Event> for EventInput {
    fn from(e: &Event) -> Self {
        EventInput {
            campaign_id: e.campaign_id,
            title: e.title.clone(),
            kind: e.kind,
            all_day: e.all_day,
            start: e.start.clone(),
            end: e.end.clone(),
            zone: e.zone.clone(),
            rrule: e.rrule.clone(),
            exdates: e.exdates.clone(),
            rdates: e.rdates.clone(),
            mode: e.mode,
            location: e.location.clone(),
            online_url: e.online_url.clone(),
            registration_url: e.registration_url.clone(),
            status: e.status,
            description: e.description.clone(),
            reminders: e.reminders.clone(),
            organisations: e.organisations.clone(),
        }
    }
}

/// An event's fields borrowed from where they are kept: a row being read (the bulk export: no `String` per field,
/// ~14 allocations an event fewer, BENCHMARKS.md) or an [`Event`]. The lists are owned, since they are stored as
/// JSON, but most are empty, which allocates nothing.
#[derive(Debug, Clone)]
pub struct EventRef<'a> {
    pub id: i64,
    pub uid: &'a str,
    pub campaign_id: Option<i64>,
    pub title: &'a str,
    pub kind: EventKind,
    pub all_day: bool,
    pub start: &'a str,
    pub end: &'a str,
    pub zone: Option<&'a str>,
    pub rrule: Option<&'a str>,
    pub exdates: Cow<'a, [String]>,
    pub rdates: Cow<'a, [String]>,
    pub mode: EventMode,
    pub location: Option<&'a str>,
    pub online_url: Option<&'a str>,
    pub registration_url: Option<&'a str>,
    pub status: EventStatus,
    pub description: Option<&'a str>,
    pub reminders: Cow<'a, [u32]>,
    pub organisations: &'a [OrgInRole],
    pub changes: &'a [OccurrenceChange],
    pub sequence: i64,
    pub created_at: &'a str,
    pub updated_at: &'a str,
}

impl Event {
    /// The event `input` describes, with `id` and `uid`: no changed instances, SEQUENCE 0 and no stamps yet (a
    /// caller that has them sets them).
    pub fn from_input(id: i64, uid: &str, input: &EventInput) -> Event {
        Event {
            id,
            uid: uid.to_string(),
            campaign_id: input.campaign_id,
            title: input.title.clone(),
            kind: input.kind,
            all_day: input.all_day,
            start: input.start.clone(),
            end: input.end.clone(),
            zone: input.zone.clone(),
            rrule: input.rrule.clone(),
            exdates: input.exdates.clone(),
            rdates: input.rdates.clone(),
            mode: input.mode,
            location: input.location.clone(),
            online_url: input.online_url.clone(),
            registration_url: input.registration_url.clone(),
            status: input.status,
            description: input.description.clone(),
            reminders: input.reminders.clone(),
            organisations: input.organisations.clone(),
            changes: Vec::new(),
            sequence: 0,
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    pub fn borrowed(&self) -> EventRef<'_> {
        EventRef {
            id: self.id,
            uid: &self.uid,
            campaign_id: self.campaign_id,
            title: &self.title,
            kind: self.kind,
            all_day: self.all_day,
            start: &self.start,
            end: &self.end,
            zone: self.zone.as_deref(),
            rrule: self.rrule.as_deref(),
            exdates: Cow::Borrowed(&self.exdates),
            rdates: Cow::Borrowed(&self.rdates),
            mode: self.mode,
            location: self.location.as_deref(),
            online_url: self.online_url.as_deref(),
            registration_url: self.registration_url.as_deref(),
            status: self.status,
            description: self.description.as_deref(),
            reminders: Cow::Borrowed(&self.reminders),
            organisations: &self.organisations,
            changes: &self.changes,
            sequence: self.sequence,
            created_at: &self.created_at,
            updated_at: &self.updated_at,
        }
    }
}

impl EventRef<'_> {
    pub fn to_event(&self) -> Event {
        let text = |s: Option<&str>| s.map(str::to_string);
        Event {
            id: self.id,
            uid: self.uid.to_string(),
            campaign_id: self.campaign_id,
            title: self.title.to_string(),
            kind: self.kind,
            all_day: self.all_day,
            start: self.start.to_string(),
            end: self.end.to_string(),
            zone: text(self.zone),
            rrule: text(self.rrule),
            exdates: self.exdates.to_vec(),
            rdates: self.rdates.to_vec(),
            mode: self.mode,
            location: text(self.location),
            online_url: text(self.online_url),
            registration_url: text(self.registration_url),
            status: self.status,
            description: text(self.description),
            reminders: self.reminders.to_vec(),
            organisations: self.organisations.to_vec(),
            changes: self.changes.to_vec(),
            sequence: self.sequence,
            created_at: self.created_at.to_string(),
            updated_at: self.updated_at.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timed(start: &str, end: &str, zone: &str) -> EventInput {
        EventInput {
            title: "Webinar".into(),
            start: start.into(),
            end: end.into(),
            zone: Some(zone.into()),
            ..Default::default()
        }
    }

    #[test]
    fn timed_events_need_a_real_zone_and_an_end_after_the_start() {
        let err = timed("2025-02-18T20:00", "2025-02-18T19:00", "Asia/Manila").validated().unwrap_err();
        assert_eq!(err.to_string(), "end: the end 2025-02-18T19:00 is before the start 2025-02-18T20:00");
        let err = timed("2025-03-09T02:30", "2025-03-09T04:00", "America/Toronto").validated().unwrap_err();
        assert!(err.to_string().starts_with("start: 2025-03-09T02:30 does not exist in America/Toronto"), "{err}");
        let ok = timed("2025-02-18T20:00", "2025-02-18T21:30", "Asia/Manila").validated().expect("valid");
        assert_eq!(ok.start, "2025-02-18T20:00");
    }

    #[test]
    fn all_day_spans_are_inclusive_and_default_to_one_day() {
        let days = EventInput {
            title: "Days of action".into(),
            all_day: true,
            start: "2025-02-21".into(),
            end: "2025-02-23".into(),
            ..Default::default()
        };
        assert_eq!(days.validated().expect("valid").end, "2025-02-23");
        let one = EventInput { end: String::new(), ..days.clone() };
        assert_eq!(one.validated().expect("valid").end, "2025-02-21");
        let inverted = EventInput { end: "2025-02-20".into(), ..days };
        assert!(inverted.validated().unwrap_err().to_string().contains("before the first day"));
    }

    #[test]
    fn recurrence_rules_are_checked_against_their_start() {
        let ok = EventInput {
            rrule: Some("RRULE:FREQ=WEEKLY;BYDAY=TU".into()),
            ..timed("2025-03-04T19:00", "2025-03-04T20:00", "America/Toronto")
        };
        assert_eq!(ok.validated().expect("valid").rrule.as_deref(), Some("FREQ=WEEKLY;BYDAY=TU"));
        let bad = EventInput { rrule: Some("FREQ=WEEKLY;BYDAY=XX".into()), ..ok };
        assert_eq!(bad.validated().unwrap_err().fields()[0].field, "rrule");
    }

    #[test]
    fn online_events_need_their_link() {
        let e = EventInput { mode: EventMode::Online, ..timed("2025-02-18T20:00", "2025-02-18T21:00", "Asia/Manila") };
        assert_eq!(e.validated().unwrap_err().fields()[0].field, "online_url");
    }

    #[test]
    fn the_end_follows_a_moved_start() {
        // Timed: 90 minutes on the clock, across a month end and a DST change (Toronto, 9 March 2025).
        let mut e = timed("2025-02-18T20:00", "2025-02-18T21:30", "America/Toronto");
        e.move_start("2025-03-09T09:00".into());
        assert_eq!((e.start.as_str(), e.end.as_str()), ("2025-03-09T09:00", "2025-03-09T10:30"));
        // Past midnight and into the next month.
        e.move_start("2025-03-31T23:00".into());
        assert_eq!(e.end, "2025-04-01T00:30");
        // All-day: three days stay three days; a one-day event (empty end) stays one day.
        assert_eq!(
            end_after_start_moved("2025-02-21", "2025-02-23", "2025-02-28", true).as_deref(),
            Some("2025-03-02")
        );
        assert_eq!(end_after_start_moved("2025-02-21", "", "2025-03-01", true).as_deref(), Some(""));
        // No length to keep: an end before the start, a half-typed start.
        assert_eq!(end_after_start_moved("2025-02-18T20:00", "2025-02-18T19:00", "2025-02-19T20:00", false), None);
        assert_eq!(end_after_start_moved("2025-02-18T20:00", "2025-02-18T21:00", "2025-02-1", false), None);
        let mut broken = timed("2025-02-18T20:00", "2025-02-18T19:00", "UTC");
        broken.move_start("2025-02-20T08:00".into());
        assert_eq!((broken.start.as_str(), broken.end.as_str()), ("2025-02-20T08:00", "2025-02-18T19:00"));
    }
}
