//! Which instance a link to an event opens (a search hit, say): a link names the event, but the calendar shows
//! instances, and for a yearly anniversary or a weekly meeting the one that matters is the next.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

use crate::calendar::{expand, resolve_local, Occurrence, Window};
use crate::error::{Error, Result};
use crate::store::Store;

/// An instance with its end as an instant.
type WithEnd = (DateTime<Utc>, Occurrence);

/// How far ahead the next instance is looked for before falling back to the last one that is over.
const AHEAD_DAYS: i64 = 2 * 366;

/// The instance of event `id` to open at `now`, written in `zone`: the first not yet over (one under way counts),
/// else the last one, else the first of a series that starts more than two years ahead. `None` when the event has
/// no instance at all (every date of its series excluded).
pub fn occurrence_to_open(store: &Store, id: i64, now: DateTime<Utc>, zone: Tz) -> Result<Option<Occurrence>> {
    let event = store.get_event(id)?;
    let bad = |m: String| {
        Error::invalid_msg("event", crate::msg!("core-event-not-expandable", id = id, title = &event.title, reason = m))
    };
    let in_window = |from: NaiveDate, to: NaiveDate| -> Result<Vec<WithEnd>> {
        let list = expand(&event, &Window { from, to, zone }, Some(zone)).map_err(bad)?;
        list.into_iter()
            .map(|o| Ok((instant(&o.end, zone)?, o)))
            .collect::<std::result::Result<_, String>>()
            .map_err(bad)
    };
    let today = now.with_timezone(&zone).date_naive();
    if let Some((_, next)) = in_window(today - Duration::days(1), today + Duration::days(AHEAD_DAYS))?
        .into_iter()
        .find(|(end, _)| *end > now)
    {
        return Ok(Some(next));
    }
    // The event's first day (in its own zone; two days' margin covers any view zone).
    let first = event.start.get(..10).and_then(|d| d.parse::<NaiveDate>().ok()).ok_or_else(|| {
        Error::invalid_msg("start", crate::msg!("core-event-no-start-date", id = id, value = &event.start))
    })?;
    let from = first - Duration::days(2);
    // Back from today a year at a time: one window over a long series' whole history would stop at the expansion's
    // cap (5,000 instances) and give the wrong "last".
    let mut to = today + Duration::days(1);
    while to > from {
        let start = (to - Duration::days(366)).max(from);
        if let Some((_, last)) = in_window(start, to)?.pop() {
            return Ok(Some(last));
        }
        to = start;
    }
    Ok(in_window(from, first + Duration::days(AHEAD_DAYS))?.into_iter().next().map(|(_, o)| o))
}

/// An occurrence's end as an instant: timed ones are RFC 3339, all-day ones a date (midnight in `zone`).
fn instant(text: &str, zone: Tz) -> std::result::Result<DateTime<Utc>, String> {
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Ok(at.with_timezone(&Utc));
    }
    let day: NaiveDate = text.parse().map_err(|_| format!("'{text}' is neither a time nor a date"))?;
    resolve_local(zone, day.and_time(chrono::NaiveTime::MIN)).map(|at| at.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{EventInput, OccurrenceChange};

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn weekly(store: &mut Store, rule: &str) -> i64 {
        let input = EventInput {
            title: "Coordination call".into(),
            start: "2025-01-07T19:00".into(),
            end: "2025-01-07T20:00".into(),
            zone: Some("America/Toronto".into()),
            rrule: Some(rule.into()),
            ..Default::default()
        };
        store.create_event(&input).unwrap().id
    }

    const MANILA: Tz = chrono_tz::Asia::Manila;

    #[test]
    fn a_series_opens_at_its_next_instance_or_the_one_under_way() {
        let mut store = Store::open_in_memory().unwrap();
        let id = weekly(&mut store, "FREQ=WEEKLY;BYDAY=TU");
        // Thursday 6 March 2025: the next call is Tuesday 11 March, 19:00 Toronto = Wednesday 07:00 Manila.
        let o = occurrence_to_open(&store, id, at("2025-03-06T12:00:00Z"), MANILA).unwrap().unwrap();
        assert_eq!(o.recurrence_id.as_deref(), Some("2025-03-11T19:00"));
        assert_eq!(o.start.as_str(), "2025-03-12T07:00:00+08:00");
        // Half-way through that call (23:30 UTC) it is still the one to open; once it is over, the next week's.
        let o = occurrence_to_open(&store, id, at("2025-03-11T23:30:00Z"), MANILA).unwrap().unwrap();
        assert_eq!(o.recurrence_id.as_deref(), Some("2025-03-11T19:00"));
        let o = occurrence_to_open(&store, id, at("2025-03-12T00:00:00Z"), MANILA).unwrap().unwrap();
        assert_eq!(o.recurrence_id.as_deref(), Some("2025-03-18T19:00"));
        // Before the series begins: its first instance.
        let o = occurrence_to_open(&store, id, at("2024-06-01T00:00:00Z"), MANILA).unwrap().unwrap();
        assert_eq!(o.recurrence_id.as_deref(), Some("2025-01-07T19:00"));
    }

    #[test]
    fn an_ended_series_opens_at_its_last_instance_and_a_moved_one_counts_where_it_went() {
        let mut store = Store::open_in_memory().unwrap();
        let id = weekly(&mut store, "FREQ=WEEKLY;BYDAY=TU;COUNT=4");
        let o = occurrence_to_open(&store, id, at("2026-11-27T00:00:00Z"), MANILA).unwrap().unwrap();
        assert_eq!(o.recurrence_id.as_deref(), Some("2025-01-28T19:00"));
        // The fourth call moved back to Thursday 16 January, between the second and the third.
        let change = OccurrenceChange {
            recurrence_id: "2025-01-28T19:00".into(),
            start: Some("2025-01-16T19:00".into()),
            end: Some("2025-01-16T20:00".into()),
            ..Default::default()
        };
        store.change_occurrence(id, &change).unwrap();
        // Now the third is the last...
        let o = occurrence_to_open(&store, id, at("2026-11-27T00:00:00Z"), MANILA).unwrap().unwrap();
        assert_eq!(o.recurrence_id.as_deref(), Some("2025-01-21T19:00"));
        // ...and once the second is over (15 January, 02:00 UTC), the moved one is next.
        let o = occurrence_to_open(&store, id, at("2025-01-15T02:00:00Z"), MANILA).unwrap().unwrap();
        assert_eq!(o.recurrence_id.as_deref(), Some("2025-01-28T19:00"));
        assert!(o.is_exception);
        assert_eq!(o.start.as_str(), "2025-01-17T08:00:00+08:00");
    }

    #[test]
    fn the_last_instance_of_a_long_ended_series_is_found_past_the_expansion_cap() {
        let mut store = Store::open_in_memory().unwrap();
        let daily = EventInput {
            title: "Vigil".into(),
            all_day: true,
            start: "2005-01-01".into(),
            end: "2005-01-01".into(),
            rrule: Some("FREQ=DAILY;COUNT=6000".into()),
            ..Default::default()
        };
        let id = store.create_event(&daily).unwrap().id;
        let o = occurrence_to_open(&store, id, at("2026-11-27T00:00:00Z"), MANILA).unwrap().unwrap();
        // The 6,000th day: 1 January 2005 + 5,999 days.
        assert_eq!(o.start.as_str(), "2021-06-05");
    }

    #[test]
    fn single_and_all_day_events_open_at_their_dates_and_a_series_with_none_opens_nothing() {
        let mut store = Store::open_in_memory().unwrap();
        let day = EventInput {
            title: "Day of action".into(),
            all_day: true,
            start: "2025-02-21".into(),
            end: "2025-02-23".into(),
            ..Default::default()
        };
        let id = store.create_event(&day).unwrap().id;
        for now in ["2024-01-01T00:00:00Z", "2025-02-22T10:00:00Z", "2030-01-01T00:00:00Z"] {
            let o = occurrence_to_open(&store, id, at(now), MANILA).unwrap().unwrap();
            assert_eq!((o.start.as_str(), o.end.as_str()), ("2025-02-21", "2025-02-24"), "{now}");
        }
        let far = EventInput { start: "2031-05-01".into(), end: "2031-05-01".into(), ..day.clone() };
        let id = store.create_event(&far).unwrap().id;
        let o = occurrence_to_open(&store, id, at("2026-11-27T00:00:00Z"), MANILA).unwrap().unwrap();
        assert_eq!(o.start.as_str(), "2031-05-01");
        let none = EventInput { rrule: Some("FREQ=YEARLY;COUNT=1".into()), exdates: vec!["2025-02-21".into()], ..day };
        let id = store.create_event(&none).unwrap().id;
        assert!(occurrence_to_open(&store, id, at("2026-11-27T00:00:00Z"), MANILA).unwrap().is_none());
        assert!(matches!(
            occurrence_to_open(&store, 9999, at("2026-11-27T00:00:00Z"), MANILA),
            Err(Error::NotFound { .. })
        ));
    }
}
