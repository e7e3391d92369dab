//! The day grid: one row per participant, one cell per hour of the reference zone's day (23 or 25 on the days its
//! clocks change), each cell the participant's local hour, working/awake/asleep, and the day it is there.

use chrono::{Duration, NaiveDate, Offset, TimeZone};
use serde::{Deserialize, Serialize};

use super::{day_start, DayState, Participant};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct GridCell {
    /// RFC 3339 in the row's zone.
    pub start: String,
    /// "14:00" (or "14:30" in a half-hour zone).
    pub local: String,
    /// At the start of the hour.
    pub state: DayState,
    /// The local day compared with the reference zone's at the same instant (+1: already tomorrow there).
    pub day_shift: i64,
    /// "+13:00": a change from one cell to the next is a clock change.
    pub offset: String,
    /// Some of the hour is in one of the participant's busy intervals.
    pub busy: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct GridRow {
    pub label: String,
    pub zone: String,
    pub city: String,
    pub cells: Vec<GridCell>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct DayGrid {
    /// The reference zone's day, `YYYY-MM-DD`.
    pub day: String,
    pub rows: Vec<GridRow>,
}

/// The grid of `day` (in the first participant's zone) for every participant. Empty rows when there is nobody.
pub fn day_grid(participants: &[Participant], day: NaiveDate) -> DayGrid {
    let Some(reference) = participants.first().map(|p| p.zone) else {
        return DayGrid { day: day.to_string(), rows: Vec::new() };
    };
    let (from, to) = (day_start(reference, day), day_start(reference, day + Duration::days(1)));
    let hours: Vec<_> =
        std::iter::successors(Some(from), |t| Some(*t + Duration::hours(1))).take_while(|t| *t < to).collect();
    let rows = participants
        .iter()
        .map(|p| GridRow {
            label: p.label.clone(),
            zone: p.zone.name().into(),
            city: crate::calendar::city(p.zone.name()),
            cells: hours
                .iter()
                .map(|&t| {
                    let local = t.with_timezone(&p.zone);
                    let end = t + Duration::hours(1);
                    GridCell {
                        start: local.to_rfc3339(),
                        local: local.format("%H:%M").to_string(),
                        state: p.hours.state_at(local.naive_local()),
                        day_shift: (local.date_naive() - t.with_timezone(&reference).date_naive()).num_days(),
                        offset: p.zone.offset_from_utc_datetime(&t.naive_utc()).fix().to_string(),
                        busy: p.busy.iter().any(|&(s, e)| s < end && t < e),
                    }
                })
                .collect(),
        })
        .collect();
    DayGrid { day: day.to_string(), rows }
}
