//! Expanding events into the instances a calendar shows in a window, in the zone the viewer chose, with each
//! instance's own changes (moved, retitled, cancelled …) applied.

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::Arc;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::recurrence::{has_start_in, starts_in, SeriesStart};
use super::zones::resolve_local;
use crate::domain::{Event, EventKind, EventStatus, OccurrenceChange};

// A busy month is thousands of instances, and allocating and freeing their texts one by one was most of a query's
// work: the texts every instance of an event shares are reference-counted, and its own times are kept inline.
/// One instance of an event on the calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Occurrence {
    pub event_id: i64,
    pub uid: Arc<str>,
    pub title: Arc<str>,
    pub all_day: bool,
    /// Timed: RFC 3339 with offset, in the view zone when one was given, else in the event's zone.
    /// All-day: `YYYY-MM-DD`.
    pub start: TimeText,
    /// Timed: as `start`. All-day: the day after the last day (exclusive, as calendars count).
    pub end: TimeText,
    /// The event's own zone.
    pub zone: Option<Arc<str>>,
    pub campaign_id: Option<i64>,
    pub status: EventStatus,
    pub kind: EventKind,
    /// For instances of a series, the instance's original local start in the event's zone (`YYYY-MM-DDTHH:MM`,
    /// or a date for all-day series): the key to change this one instance.
    pub recurrence_id: Option<TimeText>,
    /// True when this instance was changed on its own (moved, retitled, cancelled …).
    pub is_exception: bool,
    /// The campaign's colour (`#rrggbb`), for the calendar; `None` for events outside campaigns.
    pub colour: Option<Arc<str>>,
}

/// A date or time as text, kept inline: `2024-03-04T19:00:00+08:00` is 25 bytes, and the longest any instance
/// needs (a five-digit year with a historic offset) fits with room to spare. Serialised as a plain string.
pub type TimeText = arrayvec::ArrayString<32>;

/// The window `[from 00:00, to 00:00)` of the view zone.
#[derive(Debug, Clone, Copy)]
pub struct Window {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub zone: Tz,
}

impl Window {
    /// A window holding the month view of `day`'s month in any zone: the view's six weeks start at most six days
    /// before the 1st, and a week's margin either side covers every zone's midnight.
    pub fn month_around(day: NaiveDate) -> Window {
        let first = day.with_day(1).unwrap_or(day);
        Window { from: first - Duration::days(7), to: first + Duration::days(49), zone: Tz::UTC }
    }

    /// The windows of the same length just after and just before this one, in the order a person usually pages.
    pub fn neighbours(&self) -> [Window; 2] {
        let length = self.to - self.from;
        [
            Window { from: self.to, to: self.to + length, zone: self.zone },
            Window { from: self.from - length, to: self.from, zone: self.zone },
        ]
    }

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

/// Every instance of `event` overlapping `window`, in the calendar's order (by start, see [`sort_keyed`]; an instance
/// moved on its own sits where it now starts). `express_in`: the zone timed starts and ends are written in (`None`:
/// the event's own zone).
pub fn expand(event: &Event, window: &Window, express_in: Option<Tz>) -> Result<Vec<Occurrence>, String> {
    let times = EventTimes::of(event)?;
    let mut out = Vec::new();
    let mut starts =
        |from, to| starts_in(event.rrule.as_deref(), times.series_start(), &event.exdates, &event.rdates, from, to);
    let template = template(event);
    let view = View::new(window, express_in);
    expand_into(event, &times, &template, &event.changes, &view, &mut starts, &mut out)?;
    Ok(sort_keyed(out))
}

/// [`expand`] with the event's times read already, its instances copied from `template` (see [`template`]), the
/// changed instances given apart and the series' starts from `starts`, appending each occurrence with its sort key
/// (from the instant at hand, not parsed back from text).
pub fn expand_into(
    event: &Event,
    times: &EventTimes,
    template: &Occurrence,
    changes: &[OccurrenceChange],
    view: &View,
    starts: &mut StartsIn,
    out: &mut Vec<(SortKey, Occurrence)>,
) -> Result<(), String> {
    let parts = Parts { event, template, changes };
    match *times {
        EventTimes::AllDay { first, span } => expand_all_day(&parts, (first, span), &view.window, starts, out),
        EventTimes::Timed { zone, start, length } => expand_timed(&parts, (zone, start, length), view, starts, out),
    }
}

/// What every instance of one event is made from.
struct Parts<'a> {
    event: &'a Event,
    template: &'a Occurrence,
    changes: &'a [OccurrenceChange],
}

/// Whether `event` is a recurrence set (a rule, extra dates, or both) whose instances are keyed by their start.
pub fn is_series(event: &Event) -> bool {
    event.rrule.is_some() || !event.rdates.is_empty()
}

fn changes_by_key(changes: &[OccurrenceChange]) -> HashMap<&str, &OccurrenceChange> {
    changes.iter().map(|c| (c.recurrence_id.as_str(), c)).collect()
}

fn expand_all_day(
    &Parts { event, template, changes: all_changes }: &Parts,
    (first, span): (NaiveDate, Duration),
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
        let change = (series && !changes.is_empty()).then(|| changes.get(date_text(key).as_str()).copied()).flatten();
        let (start, end) = match change.and_then(|c| c.start.as_ref().zip(c.end.as_ref())) {
            Some((s, e)) => (parse_date(s)?, parse_date(e)? + Duration::days(1)),
            None => (key, key + span),
        };
        if start < window.to && end > window.from {
            let occurrence = Occurrence {
                start: date_text(start),
                end: date_text(end),
                recurrence_id: series.then(|| date_text(key)),
                ..apply(template.clone(), change)
            };
            out.push(((start.and_time(chrono::NaiveTime::MIN), 0), occurrence));
        }
    }
    Ok(())
}

fn expand_timed(
    &Parts { event, template, changes: all_changes }: &Parts,
    (zone, start, length): (Tz, DateTime<Tz>, Duration),
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
                let at = key.with_timezone(&Utc);
                if has_start_in(rule, series_start, &event.exdates, &event.rdates, at, at + Duration::seconds(1))? {
                    keys.push(key);
                }
            }
        }
    }
    let out_zone = express_in.unwrap_or(zone);
    for key in keys {
        let key_text = local_text(key.naive_local());
        // Most series have no changed instance: no key to hash then.
        let change = (series && !changes.is_empty()).then(|| changes.get(key_text.as_str()).copied()).flatten();
        let (s, e) = match change.and_then(|c| c.start.as_ref().zip(c.end.as_ref())) {
            Some((s, e)) => (resolve_local(zone, parse_local(s)?)?, resolve_local(zone, parse_local(e)?)?),
            None => (key, key + length),
        };
        if s.with_timezone(&Utc) < to && e.with_timezone(&Utc) > from {
            let occurrence = Occurrence {
                start: rfc3339(s.with_timezone(&out_zone))?,
                end: rfc3339(e.with_timezone(&out_zone))?,
                recurrence_id: series.then_some(key_text),
                ..apply(template.clone(), change)
            };
            out.push(((s.naive_utc(), 1), occurrence));
        }
    }
    Ok(())
}

/// Whether `key` is a date the all-day series produces. Walked from just before the day where that is exact, and
/// only to its first instance ([`has_start_in`]): a file can ask this for each of a thousand extra dates of a rule
/// that steps every second.
fn is_instance_all_day(event: &Event, first: NaiveDate, key: NaiveDate) -> Result<bool, String> {
    let (rule, start) = (event.rrule.as_deref(), SeriesStart::AllDay(first));
    has_start_in(rule, start, &event.exdates, &event.rdates, midnight_utc(key), midnight_utc(key + Duration::days(1)))
}

/// Whether `recurrence_id` names an instance of `event` (its original local start, or date for all-day series).
pub fn is_instance(event: &Event, recurrence_id: &str) -> Result<bool, String> {
    if !is_series(event) {
        return Ok(false);
    }
    // An extra date is an instance unless it is also excluded (RFC 5545 §3.8.5.2), whatever the rule, so it needs
    // no walk: a file can bring a thousand of them as periods, each checked here.
    if event.rdates.iter().any(|r| r == recurrence_id) && !event.exdates.iter().any(|x| x == recurrence_id) {
        return Ok(true);
    }
    if event.all_day {
        return is_instance_all_day(event, parse_date(&event.start)?, parse_date(recurrence_id)?);
    }
    let zone: Tz = crate::validate::parse_zone(event.zone.as_deref().unwrap_or(""))?;
    let start = resolve_local(zone, parse_local(&event.start)?)?;
    let at = resolve_local(zone, parse_local(recurrence_id)?)?.with_timezone(&Utc);
    let (rule, start) = (event.rrule.as_deref(), SeriesStart::Timed(start));
    has_start_in(rule, start, &event.exdates, &event.rdates, at, at + Duration::seconds(1))
}

fn apply(mut o: Occurrence, change: Option<&OccurrenceChange>) -> Occurrence {
    if let Some(c) = change {
        o.is_exception = true;
        if let Some(t) = &c.title {
            o.title = Arc::from(t.as_str());
        }
        if let Some(s) = c.status {
            o.status = s;
        }
    }
    o
}

/// What every instance of `event` starts from: its own texts, no times yet, no colour (the store adds the
/// campaign's).
pub fn template(event: &Event) -> Occurrence {
    Occurrence {
        event_id: event.id,
        uid: Arc::from(event.uid.as_str()),
        title: Arc::from(event.title.as_str()),
        all_day: event.all_day,
        start: TimeText::new(),
        end: TimeText::new(),
        zone: event.zone.as_deref().map(Arc::from),
        campaign_id: event.campaign_id,
        status: event.status,
        kind: event.kind,
        recurrence_id: None,
        is_exception: false,
        colour: None,
    }
}

/// `YYYY-MM-DDTHH:MM`, as `format("%Y-%m-%dT%H:%M")` writes it. Written by hand because every instance of a
/// series needs one (and [`rfc3339`] two), and chrono's formatter interprets its pattern each time.
fn local_text(t: NaiveDateTime) -> TimeText {
    let mut s = TimeText::new();
    if !push_local(&mut s, t) {
        // Years outside 0–9999 need chrono's signs; even those fit.
        let _ = write!(s, "{}", t.format("%Y-%m-%dT%H:%M"));
    }
    s
}

fn date_text(d: NaiveDate) -> TimeText {
    let mut s = TimeText::new();
    // `YYYY-MM-DD`, or with a sign and more digits for years past 9999: always within the capacity.
    let _ = write!(s, "{d}");
    s
}

/// Appends `YYYY-MM-DDTHH:MM`; false (and nothing appended) for years outside 0–9999.
fn push_local(s: &mut TimeText, t: NaiveDateTime) -> bool {
    use chrono::{Datelike, Timelike};
    let year = t.year();
    if !(0..=9999).contains(&year) {
        return false;
    }
    let mut two = |n: u32, sep: Option<char>| {
        s.push(char::from(b'0' + (n / 10) as u8));
        s.push(char::from(b'0' + (n % 10) as u8));
        if let Some(c) = sep {
            s.push(c);
        }
    };
    two(year as u32 / 100, None);
    two(year as u32 % 100, Some('-'));
    two(t.month(), Some('-'));
    two(t.day(), Some('T'));
    two(t.hour(), Some(':'));
    two(t.minute(), None);
    true
}

/// What `to_rfc3339` writes (`2024-03-04T19:00:00+08:00`), by hand for the same reason as [`local_text`]; the
/// rare instants it does not cover (fractions of seconds, historic offsets with seconds) go to chrono.
fn rfc3339(t: DateTime<Tz>) -> Result<TimeText, String> {
    use chrono::{Offset, Timelike};
    let local = t.naive_local();
    let offset = t.offset().fix().local_minus_utc();
    let mut s = TimeText::new();
    if local.nanosecond() != 0 || offset % 60 != 0 || !push_local(&mut s, local) {
        return TimeText::from(&t.to_rfc3339()).map_err(|_| format!("the time {t} is too long to write"));
    }
    let sec = local.second();
    s.push(':');
    s.push(char::from(b'0' + (sec / 10) as u8));
    s.push(char::from(b'0' + (sec % 10) as u8));
    s.push(if offset < 0 { '-' } else { '+' });
    let minutes = offset.unsigned_abs() / 60;
    for (n, sep) in [(minutes / 60, true), (minutes % 60, false)] {
        s.push(char::from(b'0' + (n / 10) as u8));
        s.push(char::from(b'0' + (n % 10) as u8));
        if sep {
            s.push(':');
        }
    }
    Ok(s)
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
/// title, then position, and drops the keys.
pub fn sort_keyed(list: Vec<(SortKey, Occurrence)>) -> Vec<Occurrence> {
    merge_sorted(sort_part(list), sort_part(Vec::new()))
}

/// Occurrences with their keys, and the order that sorts them (positions in `list`). Each expanding thread sorts
/// its own part, so the thread that gathers them only merges.
pub struct SortedPart {
    list: Vec<(SortKey, Occurrence)>,
    order: Vec<(SortKey, u64, u32)>,
}

/// Sorts `list` as [`sort_keyed`] does, without moving its occurrences.
pub fn sort_part(list: Vec<(SortKey, Occurrence)>) -> SortedPart {
    // Occurrences are large; sorting their positions and moving each once is cheaper than moving them while sorting.
    // The keys go into a compact list of their own, with each title's first bytes as a number, so the sort stays in
    // cache: a busy hour holds dozens of instances, and comparing their titles through the list was a third of it.
    let mut order: Vec<(SortKey, u64, u32)> =
        list.iter().enumerate().map(|(i, (k, o))| (*k, title_prefix(&o.title), i as u32)).collect();
    order.sort_unstable_by(|a, b| {
        (a.0, a.1)
            .cmp(&(b.0, b.1))
            .then_with(|| list[a.2 as usize].1.title.cmp(&list[b.2 as usize].1.title))
            .then(a.2.cmp(&b.2))
    });
    SortedPart { list, order }
}

/// The occurrences of `a` and then `b` in the order [`sort_keyed`] gives the two lists one after the other.
pub fn merge_sorted(a: SortedPart, b: SortedPart) -> Vec<Occurrence> {
    // Ties (same instant, title and prefix) go to `a`, whose positions come first.
    let a_first = |x: &(SortKey, u64, u32), y: &(SortKey, u64, u32)| {
        (x.0, x.1).cmp(&(y.0, y.1)).then_with(|| title_at(&a, x.2).cmp(title_at(&b, y.2))).is_le()
    };
    let mut merged: Vec<(bool, u32)> = Vec::with_capacity(a.order.len() + b.order.len());
    let (mut i, mut j) = (0, 0);
    while i < a.order.len() && j < b.order.len() {
        if a_first(&a.order[i], &b.order[j]) {
            merged.push((true, a.order[i].2));
            i += 1;
        } else {
            merged.push((false, b.order[j].2));
            j += 1;
        }
    }
    merged.extend(a.order[i..].iter().map(|k| (true, k.2)));
    merged.extend(b.order[j..].iter().map(|k| (false, k.2)));
    let slots = |part: SortedPart| -> Vec<Option<Occurrence>> { part.list.into_iter().map(|(_, o)| Some(o)).collect() };
    let (mut from_a, mut from_b) = (slots(a), slots(b));
    merged
        .into_iter()
        .filter_map(|(in_a, i)| if in_a { from_a[i as usize].take() } else { from_b[i as usize].take() })
        .collect()
}

fn title_at(part: &SortedPart, i: u32) -> &str {
    &part.list[i as usize].1.title
}

/// The first eight bytes of `title` as a number that orders as the titles do (byte-wise, as `str` compares), so
/// only titles sharing them need comparing in full. Shorter titles are padded with zeros, which sort first.
fn title_prefix(title: &str) -> u64 {
    let mut bytes = [0u8; 8];
    let n = title.len().min(8);
    bytes[..n].copy_from_slice(&title.as_bytes()[..n]);
    u64::from_be_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The start-up warm-up's window holds every month view of its month, in the zones furthest east and west.
    #[test]
    fn the_month_around_a_day_holds_its_month_view_in_every_zone() {
        for day in ["2026-12-07", "2026-03-31", "2027-02-01", "2026-01-15"] {
            let day = NaiveDate::parse_from_str(day, "%Y-%m-%d").expect("day");
            let around = Window::month_around(day);
            let first = day.with_day(1).expect("first");
            // A month view: six weeks from the week (Sunday or Monday) holding the 1st.
            for week_start in [chrono::Weekday::Sun, chrono::Weekday::Mon] {
                let from = first - Duration::days(first.weekday().days_since(week_start).into());
                for zone in [Tz::Pacific__Kiritimati, Tz::Pacific__Pago_Pago, Tz::Asia__Manila] {
                    let view = Window { from, to: from + Duration::days(42), zone };
                    let ((a, b), (c, d)) = (around.instants(), view.instants());
                    assert!(a <= c && d <= b, "{day} {week_start} {zone}: {:?} not in {:?}", (c, d), (a, b));
                }
            }
        }
    }

    /// The hand-written formats must agree with chrono's, across zones, offsets east and west, half-hour and
    /// quarter-hour offsets, DST changes and historic offsets with seconds (which go to chrono).
    #[test]
    fn hand_written_times_match_chrono() {
        let zones: [Tz; 7] = [
            chrono_tz::Asia::Manila,
            chrono_tz::America::Toronto,
            chrono_tz::Pacific::Auckland,
            chrono_tz::Asia::Kathmandu,
            chrono_tz::America::St_Johns,
            chrono_tz::UTC,
            chrono_tz::Europe::Amsterdam,
        ];
        let mut checked = 0;
        for zone in zones {
            // Every 29 h 13 min from 1900 to 2040 lands on every hour, many minutes and every DST state.
            let mut at = Utc.with_ymd_and_hms(1900, 1, 1, 0, 0, 0).unwrap();
            while at.year() < 2040 {
                let t = at.with_timezone(&zone);
                assert_eq!(rfc3339(t).expect("fits").as_str(), t.to_rfc3339(), "{zone} {at}");
                assert_eq!(local_text(t.naive_local()).as_str(), t.format("%Y-%m-%dT%H:%M").to_string());
                at += Duration::minutes(29 * 60 + 13);
                checked += 1;
            }
        }
        assert!(checked > 200_000);
        // Years chrono writes with a sign still fit inline.
        let far = Utc.with_ymd_and_hms(10_000, 1, 1, 0, 0, 0).unwrap().with_timezone(&chrono_tz::Asia::Manila);
        assert_eq!(rfc3339(far).expect("fits").as_str(), far.to_rfc3339());
        assert_eq!(local_text(far.naive_local()).as_str(), "+10000-01-01T08:00");
    }

    /// The compact keys must give exactly the order of comparing (instant, all-day first, whole title, position):
    /// titles that share their first eight bytes, are prefixes of each other, or differ past byte eight.
    #[test]
    fn sorting_by_title_prefixes_gives_the_full_order() {
        let titles = ["Event 12", "Event 123", "Event 12\0", "Event 1", "", "Día de acción", "Día de acción 2", "Zz"];
        let at = |h: u32| NaiveDate::from_ymd_opt(2025, 3, 1).unwrap().and_hms_opt(h, 0, 0).unwrap();
        let mut list = Vec::new();
        let mut n = 0u32;
        for round in 0..3 {
            for (i, t) in titles.iter().enumerate() {
                n = n.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let key = (at(n % 3 + round), (n % 2) as u8);
                let o = Occurrence {
                    event_id: (round * 100 + i as u32).into(),
                    uid: Arc::from("u"),
                    title: Arc::from(*t),
                    all_day: false,
                    start: TimeText::new(),
                    end: TimeText::new(),
                    zone: None,
                    campaign_id: None,
                    status: EventStatus::Confirmed,
                    kind: EventKind::Meeting,
                    recurrence_id: None,
                    is_exception: false,
                    colour: None,
                };
                list.push((key, o));
            }
        }
        let mut expected: Vec<(usize, &(SortKey, Occurrence))> = list.iter().enumerate().collect();
        expected.sort_by(|(i, (a, x)), (j, (b, y))| a.cmp(b).then(x.title.cmp(&y.title)).then(i.cmp(j)));
        let expected: Vec<i64> = expected.into_iter().map(|(_, (_, o))| o.event_id).collect();
        let got: Vec<i64> = sort_keyed(list).into_iter().map(|o| o.event_id).collect();
        assert_eq!(got, expected);
    }
}
