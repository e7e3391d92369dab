//! Events kept between occurrence queries, with the instance starts already walked: the app keeps one store open
//! and asks for neighbouring windows again and again, and parsing and walking each rule was most of a query's time.

use std::sync::Arc;

use chrono::{DateTime, Datelike, Duration, TimeZone, Utc};

use super::occurrences::{expand_into, template, EventTimes, Occurrence, SortKey, View};
use super::recurrence::{set_from, starts_in, Walk};
use crate::domain::{Event, OccurrenceChange};

/// Walked spans grow to cover neighbouring windows, up to this length; a jump further away starts a new span.
const MAX_SPAN_DAYS: i64 = 800;

/// How far past a window a walk goes. The walk is kept and taken further as later windows are asked for (each month
/// walked once), so a short step costs paging nothing; a long one was most of the first query's time (a year ahead
/// on ~5,800 series: about two thirds of it).
const LOOK_AHEAD_DAYS: i64 = 31;

/// A span of instants, `[from, to)`.
type Span = (DateTime<Utc>, DateTime<Utc>);

/// One event as read from the store (without its changed instances, which are read with every query) and the
/// starts of its instances over the span walked so far.
pub struct CachedEvent {
    event: Event,
    /// Its times read once; an event whose times do not read keeps the reason, given when it is expanded.
    times: Result<EventTimes, String>,
    walked: Option<Span>,
    starts: Vec<DateTime<rrule::Tz>>,
    /// The walk that gave `starts`, standing at the end of `walked`: a later window takes it further instead of
    /// parsing, building and walking the rule again.
    walk: Option<Walk>,
    /// The last range asked of `starts` and where it lies in it: the same window asked again (a redraw, another
    /// view zone) skips the binary searches, whose every step was a cache miss on a calendar of thousands of series.
    last_asked: Option<(Span, std::ops::Range<usize>)>,
    /// What each instance is copied from (its texts shared, not copied).
    template: Occurrence,
}

impl CachedEvent {
    pub fn new(event: Event) -> CachedEvent {
        let times = EventTimes::of(&event);
        let template = template(&event);
        CachedEvent { event, times, walked: None, starts: Vec::new(), walk: None, last_asked: None, template }
    }

    pub fn event(&self) -> &Event {
        &self.event
    }

    /// What [`super::expand`] gives for this event with `changes`, in the campaign's `colour`, walking the rule only
    /// outside the span already walked.
    pub fn expand_into(
        &mut self,
        changes: &[OccurrenceChange],
        colour: Option<&Arc<str>>,
        view: &View,
        out: &mut Vec<(SortKey, Occurrence)>,
    ) -> Result<(), String> {
        if self.template.colour.as_ref() != colour {
            self.template.colour = colour.cloned();
        }
        let CachedEvent { event, times, walked, starts, walk, last_asked, template } = self;
        let (event, times) = (&*event, times.as_ref().map_err(Clone::clone)?);
        let mut cached = |from: DateTime<Utc>, to: DateTime<Utc>| -> Result<Vec<DateTime<rrule::Tz>>, String> {
            if !walked.is_some_and(|(f, t)| f <= from && to <= t) {
                // Whole months around the window and a little ahead, so paging to the next view (and back) finds
                // them walked.
                let (f, t) = (month_start(from), month_start(to + Duration::days(LOOK_AHEAD_DAYS)));
                let start = times.series_start();
                let walk_from = |f: DateTime<Utc>| -> Result<Walk, String> {
                    Ok(Walk::new(&set_from(event.rrule.as_deref(), start, &event.exdates, &event.rdates, f)?, f))
                };
                let within = |a: DateTime<Utc>, b: DateTime<Utc>| b - a <= Duration::days(MAX_SPAN_DAYS);
                match (*walked, walk.as_mut()) {
                    // Later: the walk goes on from where it stands.
                    (Some((old_f, old_t)), Some(w)) if old_f <= f && within(old_f, t) => {
                        w.until(t, starts);
                        *walked = Some((old_f, t.max(old_t)));
                    }
                    // Earlier: the months before are walked apart and put in front; the walk kept goes on later.
                    (Some((old_f, old_t)), Some(w)) if f < old_f && within(f, t.max(old_t)) => {
                        let mut before = walk_from(f)?;
                        let mut earlier = Vec::new();
                        before.until(old_f, &mut earlier);
                        if before.is_cut() {
                            // Not all of it: walked afresh below, as one span.
                            *walk = None;
                        } else {
                            earlier.append(starts);
                            *starts = earlier;
                            if t > old_t {
                                w.until(t, starts);
                            }
                            *walked = Some((f, t.max(old_t)));
                        }
                    }
                    _ => *walk = None,
                }
                if walk.is_none() {
                    let mut fresh = walk_from(f)?;
                    starts.clear();
                    fresh.until(t, starts);
                    (*walked, *walk) = (Some((f, t)), Some(fresh));
                }
                *last_asked = None;
                if walk.as_ref().is_some_and(Walk::is_full) {
                    // Cut short by the safety valve: keep nothing rather than a span with a hole at its end.
                    (*walked, *walk) = (None, None);
                    starts.clear();
                    return starts_in(event.rrule.as_deref(), start, &event.exdates, &event.rdates, from, to);
                }
            }
            let range = match last_asked {
                Some((asked, range)) if *asked == (from, to) => range.clone(),
                _ => starts.partition_point(|d| *d < from)..starts.partition_point(|d| *d < to),
            };
            *last_asked = Some(((from, to), range.clone()));
            Ok(starts[range].to_vec())
        };
        expand_into(event, times, template, changes, view, &mut cached, out)
    }
}

fn month_start(at: DateTime<Utc>) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(at.year(), at.month(), 1, 0, 0, 0).single().unwrap_or(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{expand, Window};
    use crate::domain::{EventKind, EventMode, EventStatus};

    fn event(rule: &str, all_day: bool) -> Event {
        let (start, end) =
            if all_day { ("2021-01-06", "2021-01-07") } else { ("2021-01-06T19:00", "2021-01-06T20:30") };
        Event {
            id: 1,
            uid: "u".into(),
            campaign_id: None,
            title: "t".into(),
            kind: EventKind::Meeting,
            all_day,
            start: start.into(),
            end: end.into(),
            zone: (!all_day).then(|| "America/Toronto".into()),
            rrule: Some(rule.into()),
            exdates: Vec::new(),
            rdates: vec![if all_day { "2024-03-30".into() } else { "2024-03-30T09:00".into() }],
            mode: EventMode::InPerson,
            location: None,
            online_url: None,
            registration_url: None,
            status: EventStatus::Confirmed,
            description: None,
            reminders: Vec::new(),
            organisations: Vec::new(),
            changes: Vec::new(),
            sequence: 0,
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    /// Windows walked in an order that grows, reuses and replaces the cached span must give what a fresh
    /// expansion gives.
    #[test]
    fn cached_walks_give_exactly_the_fresh_expansion() {
        let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
        let windows = [
            ("2024-03-04", "2024-04-15"),
            ("2024-04-01", "2024-05-13"),
            ("2024-02-26", "2024-03-04"),
            ("2024-03-10", "2024-03-17"),
            ("2026-10-26", "2026-12-07"),
            ("2024-03-29", "2024-04-01"),
            // Paging a month at a time, forward and back.
            ("2026-12-01", "2027-01-12"),
            ("2027-01-01", "2027-02-12"),
            ("2027-02-01", "2027-03-15"),
            ("2026-11-01", "2026-12-13"),
            ("2026-09-01", "2026-10-13"),
            ("2027-03-01", "2027-04-12"),
        ];
        let mut total = 0;
        for rule in ["FREQ=WEEKLY;BYDAY=TU,SA", "FREQ=MONTHLY;BYDAY=-1SA", "FREQ=DAILY;INTERVAL=3;COUNT=400"] {
            for all_day in [false, true] {
                let e = event(rule, all_day);
                let mut cached = CachedEvent::new(e.clone());
                for (from, to) in windows {
                    for zone in [chrono_tz::Asia::Manila, chrono_tz::America::Sao_Paulo] {
                        let w = Window { from: day(from), to: day(to), zone };
                        let mut out = Vec::new();
                        cached.expand_into(&[], None, &View::new(&w, Some(zone)), &mut out).expect("cached");
                        let got: Vec<Occurrence> = out.into_iter().map(|(_, o)| o).collect();
                        let fresh = expand(&e, &w, Some(zone)).expect("fresh");
                        total += fresh.len();
                        assert_eq!(got, fresh, "{rule} all_day={all_day} {from}..{to} {zone}");
                    }
                }
            }
        }
        assert!(total > 100, "the windows hold instances: {total}");
    }
}
