//! Which reminders fall due in a stretch of time, for series as for single events. The app's reminder clock asks
//! for `(last check, now]` every half minute, so a reminder fires once even if a check runs late.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::occurrences::{expand, Window};
use crate::domain::{Event, EventStatus};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DueReminder {
    pub event_id: i64,
    pub title: String,
    /// The instance's key for series (as in [`super::Occurrence`]), `None` for a single event.
    pub recurrence_id: Option<String>,
    /// When the occurrence starts; for all-day ones, midnight of its first day in `home`.
    pub starts_at: DateTime<Utc>,
    pub minutes_before: u32,
    pub fire_at: DateTime<Utc>,
    pub all_day: bool,
    pub location: Option<String>,
}

/// The reminders whose moment lies in `(after, until]`, earliest first. Cancelled events and cancelled instances
/// stay silent. All-day reminders count from midnight of the first day in `home` (RFC 5545 reads a DATE start
/// as local midnight; "home" is where the coordinator is).
pub fn due(events: &[Event], after: DateTime<Utc>, until: DateTime<Utc>, home: Tz) -> Vec<DueReminder> {
    let mut out = Vec::new();
    for e in events.iter().filter(|e| !e.reminders.is_empty() && e.status != EventStatus::Cancelled) {
        let longest = Duration::minutes(i64::from(*e.reminders.iter().max().unwrap_or(&0)));
        // Occurrences starting in (after, until + longest]; a day of margin either side for zones and all-day dates.
        let window = Window {
            from: (after - Duration::days(1)).date_naive(),
            to: (until + longest + Duration::days(2)).date_naive(),
            zone: chrono_tz::UTC,
        };
        let Ok(occurrences) = expand(e, &window, Some(chrono_tz::UTC)) else { continue };
        for o in occurrences.iter().filter(|o| o.status != EventStatus::Cancelled) {
            let Some(starts_at) = instant(&o.start, o.all_day, home) else { continue };
            for &minutes in &e.reminders {
                let fire_at = starts_at - Duration::minutes(i64::from(minutes));
                if fire_at > after && fire_at <= until {
                    out.push(DueReminder {
                        event_id: e.id,
                        title: o.title.to_string(),
                        recurrence_id: o.recurrence_id.map(|r| r.to_string()),
                        starts_at,
                        minutes_before: minutes,
                        fire_at,
                        all_day: o.all_day,
                        location: e.location.clone(),
                    });
                }
            }
        }
    }
    out.sort_by(|a, b| a.fire_at.cmp(&b.fire_at).then(a.event_id.cmp(&b.event_id)));
    out
}

fn instant(start: &str, all_day: bool, home: Tz) -> Option<DateTime<Utc>> {
    if all_day {
        let day = NaiveDate::parse_from_str(start, "%Y-%m-%d").ok()?;
        // A midnight that does not exist (a DST change at 00:00, as in Sao Paulo until 2019) falls to the next hour.
        let local = day.and_hms_opt(0, 0, 0)?;
        let resolved = home
            .from_local_datetime(&local)
            .earliest()
            .or_else(|| home.from_local_datetime(&(local + Duration::hours(1))).earliest())?;
        Some(resolved.with_timezone(&Utc))
    } else {
        DateTime::parse_from_rfc3339(start).ok().map(|d| d.with_timezone(&Utc))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{EventInput, OccurrenceChange};

    /// An event as the store returns it (ids, uid and stamps filled in), from an in-memory database.
    fn event(input: EventInput) -> Event {
        let mut store = crate::Store::open_in_memory().expect("store");
        store.create_event(&input).expect("valid event")
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn weekly() -> EventInput {
        EventInput {
            title: "Chapter meeting".into(),
            start: "2025-03-04T19:00".into(),
            end: "2025-03-04T20:00".into(),
            zone: Some("America/Toronto".into()),
            rrule: Some("FREQ=WEEKLY".into()),
            reminders: vec![15, 60 * 24],
            ..Default::default()
        }
    }

    #[test]
    fn series_reminders_fire_for_each_occurrence_across_dst() {
        // 4 March is EST (UTC-5), 11 March EDT (UTC-4): the reminder stays 18:45 Toronto time.
        let e = event(weekly());
        let due = due(&[e], utc("2025-03-01T00:00:00Z"), utc("2025-03-12T00:00:00Z"), chrono_tz::UTC);
        let fired: Vec<_> = due.iter().map(|d| (d.fire_at.to_rfc3339(), d.minutes_before)).collect();
        assert_eq!(
            fired,
            vec![
                ("2025-03-04T00:00:00+00:00".to_string(), 1440),
                ("2025-03-04T23:45:00+00:00".to_string(), 15),
                ("2025-03-10T23:00:00+00:00".to_string(), 1440),
                ("2025-03-11T22:45:00+00:00".to_string(), 15),
            ]
        );
        assert_eq!(due[1].recurrence_id.as_deref(), Some("2025-03-04T19:00"));
    }

    #[test]
    fn the_interval_is_open_at_the_start_so_nothing_fires_twice() {
        let e = event(weekly());
        let at = utc("2025-03-04T23:45:00Z");
        assert_eq!(due(std::slice::from_ref(&e), at - Duration::seconds(30), at, chrono_tz::UTC).len(), 1);
        assert!(due(&[e], at, at + Duration::seconds(30), chrono_tz::UTC).is_empty());
    }

    #[test]
    fn cancelled_and_moved_instances_are_respected() {
        let mut e = event(weekly());
        e.changes = vec![
            OccurrenceChange {
                recurrence_id: "2025-03-04T19:00".into(),
                status: Some(EventStatus::Cancelled),
                ..Default::default()
            },
            OccurrenceChange {
                recurrence_id: "2025-03-11T19:00".into(),
                start: Some("2025-03-12T09:00".into()),
                end: Some("2025-03-12T10:00".into()),
                ..Default::default()
            },
        ];
        let due = due(&[e], utc("2025-03-04T00:00:00Z"), utc("2025-03-13T00:00:00Z"), chrono_tz::UTC);
        let fifteen: Vec<_> = due.iter().filter(|d| d.minutes_before == 15).map(|d| d.fire_at.to_rfc3339()).collect();
        assert_eq!(fifteen, vec!["2025-03-12T12:45:00+00:00"], "cancelled 4 March is silent; 11 March moved to 12");
    }

    #[test]
    fn all_day_reminders_count_from_midnight_at_home_and_cancelled_events_are_silent() {
        let anniversary = EventInput {
            title: "Anniversary".into(),
            all_day: true,
            start: "2026-01-31".into(),
            end: "2026-01-31".into(),
            rrule: Some("FREQ=YEARLY".into()),
            reminders: vec![60 * 24],
            ..Default::default()
        };
        let e = event(anniversary.clone());
        let manila: Tz = "Asia/Manila".parse().unwrap();
        let due = due(&[e], utc("2027-01-01T00:00:00Z"), utc("2027-02-01T00:00:00Z"), manila);
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].fire_at.to_rfc3339(), "2027-01-29T16:00:00+00:00", "30 Jan 00:00 in Manila");
        let cancelled = event(EventInput { status: EventStatus::Cancelled, ..anniversary });
        assert!(super::due(&[cancelled], utc("2027-01-01T00:00:00Z"), utc("2027-02-01T00:00:00Z"), manila).is_empty());
    }
}
