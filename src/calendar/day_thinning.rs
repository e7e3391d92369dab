//! The month and year views show a few lines a day and then "+N more": they are given only those lines and each
//! crowded day's count, thinned here rather than in the page. A ten-year archive's year holds ~137,000 instances:
//! sent whole, the answer alone took 1.3–1.8 s to cross to the page before it could thin them (BENCHMARKS.md).

use std::collections::BTreeMap;

use chrono::NaiveDate;

use serde::{Deserialize, Serialize};

use super::{CalendarWindow, Occurrence};

/// A day with more occurrences than its cell shows: how many of them were left out, for its "+N more".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct CrowdedDay {
    /// `YYYY-MM-DD`, in the zone the occurrences are written in.
    pub day: String,
    pub hidden: u32,
}

/// The day an occurrence starts on, as written (`YYYY-MM-DD`, the first ten bytes of its start).
fn day_of(o: &Occurrence) -> &str {
    o.start.get(..10).unwrap_or(&o.start)
}

/// The day after the last day an occurrence is drawn on in a month cell: an all-day end is already that; a timed one
/// ending at midnight ends the day before (as FullCalendar's `nextDayThreshold` of 00:00 draws it).
fn end_day(o: &Occurrence) -> String {
    let day = o.end.get(..10).unwrap_or(&o.end);
    if o.all_day || o.end.get(11..19) == Some("00:00:00") {
        return day.to_owned();
    }
    next_day(day).unwrap_or_else(|| day.to_owned())
}

fn next_day(day: &str) -> Option<String> {
    let next = NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?.succ_opt()?;
    Some(next.format("%Y-%m-%d").to_string())
}

/// Lets each day fill at most `per_day` lines (at least one), keeping the list's order: a day with more keeps its
/// first occurrences and counts the rest, for a "+N more" line of its own. An occurrence kept on an earlier day and
/// running on into this one takes a line here too (FullCalendar draws it as a bar across its days, above the day's
/// own), so the "+N more" line is never pushed out of the cell. Days come in date order.
pub fn thin_by_day(list: Vec<Occurrence>, per_day: u32) -> (Vec<Occurrence>, Vec<CrowdedDay>) {
    let per_day = per_day.max(1) as usize;
    let mut by_day: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, o) in list.iter().enumerate() {
        by_day.entry(day_of(o)).or_default().push(i);
    }
    let mut keep = vec![false; list.len()];
    let mut crowded = Vec::new();
    // The ends (`end_day`) of the kept occurrences that run on past their first day.
    let mut running: Vec<String> = Vec::new();
    for (day, starting) in by_day {
        running.retain(|end| end.as_str() > day);
        let lines = running.len();
        let shown = if lines + starting.len() <= per_day { starting.len() } else { per_day.saturating_sub(lines + 1) };
        for &i in &starting[..shown] {
            keep[i] = true;
            let end = end_day(&list[i]);
            if next_day(day).is_some_and(|next| end > next) {
                running.push(end);
            }
        }
        if shown < starting.len() {
            crowded.push(CrowdedDay { day: day.to_owned(), hidden: (starting.len() - shown) as u32 });
        }
    }
    let kept = list.into_iter().zip(keep).filter_map(|(o, k)| k.then_some(o)).collect();
    (kept, crowded)
}

impl CalendarWindow {
    /// The window as a month or year cell shows it: see [`thin_by_day`]. The cut series stay as counted on the
    /// whole window.
    pub fn thinned_by_day(self, per_day: u32) -> CalendarWindow {
        let (occurrences, crowded_days) = thin_by_day(self.occurrences, per_day);
        CalendarWindow { occurrences, crowded_days, ..self }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::calendar::occurrences::TimeText;
    use crate::domain::{EventKind, EventStatus};

    fn on(day: &str, title: &str) -> Occurrence {
        let next = super::next_day(day).unwrap();
        spanning(day, &next, title)
    }

    /// All-day from `day` to `end` (exclusive), or timed when the texts carry times.
    fn spanning(day: &str, end: &str, title: &str) -> Occurrence {
        let text = |s: &str| TimeText::from(s).unwrap();
        Occurrence {
            event_id: 1,
            uid: Arc::from("uid"),
            title: Arc::from(title),
            all_day: day.len() == 10,
            start: text(day),
            end: text(end),
            zone: None,
            campaign_id: None,
            status: EventStatus::Confirmed,
            kind: EventKind::Other,
            recurrence_id: None,
            is_exception: false,
            colour: None,
        }
    }

    fn titles(list: &[Occurrence]) -> Vec<&str> {
        list.iter().map(|o| &*o.title).collect()
    }

    #[test]
    fn a_crowded_day_keeps_its_first_lines_and_counts_the_rest() {
        let list = vec![
            on("2025-03-01", "a1"),
            on("2025-03-01", "a2"),
            on("2025-03-01", "a3"),
            on("2025-03-02", "b1"),
            on("2025-03-02", "b2"),
            on("2025-03-02", "b3"),
            on("2025-03-02", "b4"),
            on("2025-03-02", "b5"),
            on("2025-03-03", "c1"),
        ];
        // Three lines a day: a day of exactly three shows all three; a day of five shows two and "+3 more".
        let (kept, crowded) = thin_by_day(list.clone(), 3);
        assert_eq!(titles(&kept), ["a1", "a2", "a3", "b1", "b2", "c1"]);
        assert_eq!(crowded, [CrowdedDay { day: "2025-03-02".into(), hidden: 3 }]);
        // One line a day (the year): a day's only occurrence, else nothing but its whole count.
        let (kept, crowded) = thin_by_day(list.clone(), 1);
        assert_eq!(titles(&kept), ["c1"]);
        assert_eq!(
            crowded,
            [CrowdedDay { day: "2025-03-01".into(), hidden: 3 }, CrowdedDay { day: "2025-03-02".into(), hidden: 5 }]
        );
        // Nothing below one line.
        assert_eq!(thin_by_day(list, 0).1.len(), 2);
    }

    #[test]
    fn days_are_counted_wherever_they_come_in_the_list() {
        // Times written in their events' own zones are not in date order; days still count as wholes, in date order.
        let list = vec![on("2025-03-02", "b1"), on("2025-03-01", "a1"), on("2025-03-02", "b2"), on("2025-03-01", "a2")];
        let (kept, crowded) = thin_by_day(list, 1);
        assert!(kept.is_empty());
        assert_eq!(
            crowded,
            [CrowdedDay { day: "2025-03-01".into(), hidden: 2 }, CrowdedDay { day: "2025-03-02".into(), hidden: 2 }]
        );
    }

    #[test]
    fn an_occurrence_running_on_from_an_earlier_day_takes_a_line_there_too() {
        let list = vec![
            spanning("2025-03-20", "2025-03-22", "congress"),
            on("2025-03-20", "a1"),
            on("2025-03-21", "b1"),
            on("2025-03-21", "b2"),
            on("2025-03-21", "b3"),
            // Timed: the night from the 22nd into the 23rd, and an evening ending at midnight.
            spanning("2025-03-22T22:00:00+08:00", "2025-03-23T01:00:00+08:00", "night"),
            spanning("2025-03-22T20:00:00+08:00", "2025-03-23T00:00:00+08:00", "evening"),
            on("2025-03-23", "c1"),
            on("2025-03-23", "c2"),
            on("2025-03-24", "d1"),
            on("2025-03-24", "d2"),
            on("2025-03-24", "d3"),
        ];
        // Three lines: the 21st shows the congress's bar, b1 and "+2 more"; the 23rd the night's bar and c1, c2 (it
        // fits); the evening ending at midnight takes no line on the 23rd, nor the congress on the 22nd.
        let (kept, crowded) = thin_by_day(list, 3);
        assert_eq!(titles(&kept), ["congress", "a1", "b1", "night", "evening", "c1", "c2", "d1", "d2", "d3"]);
        assert_eq!(crowded, [CrowdedDay { day: "2025-03-21".into(), hidden: 2 }]);
    }
}
