//! The month and year views show a few lines a day and then "+N more": they are given only those lines and each
//! crowded day's count, thinned here rather than in the page. A ten-year archive's year holds ~137,000 instances:
//! sent whole, the answer alone took 1.3–1.8 s to cross to the page before it could thin them (BENCHMARKS.md).

use std::collections::{BTreeMap, HashMap};

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

/// Lets each day fill at most `per_day` lines (at least one), keeping the list's order: a day with more keeps its
/// first `per_day - 1` occurrences and counts the rest, for a "+N more" line of its own. Days come in date order.
pub fn thin_by_day(list: Vec<Occurrence>, per_day: u32) -> (Vec<Occurrence>, Vec<CrowdedDay>) {
    let per_day = per_day.max(1);
    let mut total: HashMap<String, u32> = HashMap::new();
    for o in &list {
        *total.entry(day_of(o).to_owned()).or_default() += 1;
    }
    let mut seen: HashMap<String, u32> = HashMap::with_capacity(total.len());
    let mut hidden: BTreeMap<String, u32> = BTreeMap::new();
    let mut kept = Vec::with_capacity(list.len().min(total.len() * per_day as usize));
    for o in list {
        let day = day_of(&o);
        let all = total[day];
        let n = seen.entry(day.to_owned()).or_default();
        *n += 1;
        if all <= per_day || *n < per_day {
            kept.push(o);
        } else {
            *hidden.entry(day.to_owned()).or_default() += 1;
        }
    }
    (kept, hidden.into_iter().map(|(day, hidden)| CrowdedDay { day, hidden }).collect())
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
        let text = |s: &str| TimeText::from(s).unwrap();
        Occurrence {
            event_id: 1,
            uid: Arc::from("uid"),
            title: Arc::from(title),
            all_day: true,
            start: text(day),
            end: text(day),
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
}
