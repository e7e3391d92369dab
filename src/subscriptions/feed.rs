//! A feed's text into the events we keep of it, through our own lenient reader (`crate::ics`): the same repairs as an
//! import (a long text cut, a rule we cannot read left out), changed instances put on their series, an event that
//! cannot be read at all passed over and counted. Pure: bytes in, events out.

use std::collections::HashMap;

use chrono_tz::Tz;

use crate::domain::{Event, EventInput};
use crate::ics::{read_events, IcsTime, ParsedBody, ProblemKind};
use crate::service::ics_import::{repaired, resolve_change, Unfit};
use crate::store::FeedEvent;

/// More events than this in one feed is refused (a public calendar of many years is a few thousand).
pub const MAX_FEED_EVENTS: usize = 50_000;

/// What was read: the events, and how many VEVENTs were passed over.
#[derive(Debug, Default)]
pub struct Feed {
    pub events: Vec<FeedEvent>,
    pub skipped: usize,
}

/// Reads a feed. `Err` only for a text that is not iCalendar at all (an error page, a login form, an empty
/// answer) or one too large: then nothing of it is kept.
pub fn read(bytes: &[u8], floating: Tz) -> Result<Feed, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("the address answered with nothing: it is not a calendar".into());
    }
    let mut feed = Feed::default();
    let mut by_uid: HashMap<String, (usize, i64)> = HashMap::new();
    let mut changes = Vec::new();
    let mut refused = None;
    read_events(bytes, floating, |item| {
        let p = match item {
            Ok(p) => p,
            Err(problem) => {
                match problem.kind {
                    ProblemKind::NotCalendar => refused = Some(problem.message),
                    ProblemKind::Event => feed.skipped += 1,
                    ProblemKind::Line => {}
                }
                return;
            }
        };
        match p.body {
            ParsedBody::Event { input, periods: _ } => {
                let mut notes = Vec::new();
                let Ok(input) = repaired(input, &mut notes) else {
                    feed.skipped += 1;
                    return;
                };
                let event = FeedEvent { uid: p.uid.clone(), input, changes: Vec::new() };
                // Of two copies of one UID the higher SEQUENCE is the newer (RFC 5545 §3.8.7.4).
                match by_uid.get(&p.uid) {
                    Some(&(i, seq)) if p.sequence > seq => {
                        feed.events[i] = event;
                        by_uid.insert(p.uid, (i, p.sequence));
                    }
                    Some(_) => feed.skipped += 1,
                    None => {
                        by_uid.insert(p.uid, (feed.events.len(), p.sequence));
                        feed.events.push(event);
                    }
                }
            }
            ParsedBody::Change { recurrence_id, start, end, change, standalone, .. } => {
                changes.push((p.uid, recurrence_id, start, end, change, standalone));
            }
        }
    });
    if let Some(message) = refused {
        return Err(message);
    }
    // Changed instances once every series is known (a feed may list them first).
    for (uid, rid, start, end, change, standalone) in changes {
        let series = by_uid.get(&uid).map(|&(i, _)| i);
        let fitted = series.map(|i| {
            let s = &feed.events[i];
            let as_event = event_of(0, &s.uid, &s.input);
            let excluded = |r: &str| s.input.exdates.iter().any(|x| x == r);
            (i, resolve_change(&as_event, rid, start, end, change, &excluded))
        });
        match fitted {
            Some((i, Ok(c))) => {
                let own = &mut feed.events[i].changes;
                own.retain(|o| o.recurrence_id != c.recurrence_id);
                own.push(c);
            }
            Some((_, Err(Unfit::Invalid(_)))) => feed.skipped += 1,
            // No series, or not one of its instances: an event of its own, as an import makes it.
            None | Some((_, Err(Unfit::NotAnInstance(_)))) => {
                let key = match rid {
                    IcsTime::Date(d) => d.to_string(),
                    t => crate::time_text::local_text(&t.instant(floating).naive_utc()),
                };
                match repaired(*standalone, &mut Vec::new()) {
                    Ok(input) => {
                        feed.events.push(FeedEvent { uid: format!("{uid}#{key}"), input, changes: Vec::new() })
                    }
                    Err(_) => feed.skipped += 1,
                }
            }
        }
    }
    if feed.events.len() > MAX_FEED_EVENTS {
        return Err(format!(
            "the calendar has {} events, more than the {MAX_FEED_EVENTS} a subscription keeps",
            feed.events.len()
        ));
    }
    Ok(feed)
}

/// A feed's event in the shape the calendar's expansion reads. `id` is the subscription's (feed events have none of
/// their own).
pub fn event_of(id: i64, uid: &str, input: &EventInput) -> Event {
    Event { campaign_id: None, reminders: Vec::new(), organisations: Vec::new(), ..Event::from_input(id, uid, input) }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FEED: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n\
BEGIN:VEVENT\r\nUID:w@x\r\nDTSTART;TZID=Europe/Berlin:20270104T180000\r\nDTEND;TZID=Europe/Berlin:20270104T190000\r\n\
RRULE:FREQ=WEEKLY;COUNT=4\r\nSUMMARY:Weekly vigil\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:w@x\r\nRECURRENCE-ID;TZID=Europe/Berlin:20270111T180000\r\nDTSTART;TZID=Europe/Berlin:20270111T200000\r\n\
DTEND;TZID=Europe/Berlin:20270111T210000\r\nSUMMARY:Vigil (late)\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:d@x\r\nDTSTART;VALUE=DATE:20270120\r\nSUMMARY:Day of action\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:bad@x\r\nDTSTART:not a time\r\nSUMMARY:Broken\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n";

    #[test]
    fn series_get_their_changed_instances_and_broken_events_are_counted() {
        let feed = read(FEED.as_bytes(), chrono_tz::UTC).expect("reads");
        assert_eq!(feed.events.len(), 2, "{:?}", feed.events);
        assert_eq!(feed.skipped, 1);
        let vigil = &feed.events[0];
        assert_eq!(vigil.input.title, "Weekly vigil");
        assert_eq!(vigil.changes.len(), 1);
        assert_eq!(vigil.changes[0].recurrence_id, "2027-01-11T18:00");
        assert_eq!(vigil.changes[0].start.as_deref(), Some("2027-01-11T20:00"));
        assert!(feed.events[1].input.all_day);
    }

    #[test]
    fn what_is_not_a_calendar_is_refused_whole() {
        assert!(read(b"<html><body>Sign in</body></html>", chrono_tz::UTC).is_err());
        assert!(read(b"", chrono_tz::UTC).unwrap_err().contains("nothing"));
        let empty =
            read(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", chrono_tz::UTC).expect("empty is fine");
        assert!(empty.events.is_empty());
    }
}
