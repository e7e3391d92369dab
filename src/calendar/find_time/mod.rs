//! "Find a time": the slots of a given length in the coming days when the participants — each on their own clock,
//! with their own working and sleeping hours and busy times — can meet, best first. Pure: no clock, no IO.
//!
//! Ranking: fewest people asleep, then most in working hours, then earliest. A slot never overlaps a participant's
//! busy interval; one that only touches it (ends when it starts, starts when it ends) is allowed.

mod grid;
mod hours;
mod reason;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

pub use grid::{day_grid, DayGrid, GridCell, GridRow};
pub use hours::{ClockRange, DayHours, DayState, WorkingDays};
pub use reason::{Reason, Who};

use super::zones::resolve_local;
use crate::error::{Error, Result};

/// Longest meeting, and furthest look ahead, a search takes: a slot is at most a day (so it crosses at most one
/// clock change), and 90 days of half-hour steps is 4,320 candidates.
pub const MAX_LENGTH_MINUTES: i64 = 24 * 60;
pub const MAX_DAYS: u32 = 90;

/// A time already taken, `[start, end)`.
pub type Busy = (DateTime<Utc>, DateTime<Utc>);

/// An organisation, a person or a bare zone taking part.
#[derive(Debug, Clone)]
pub struct Participant {
    /// "Migrante Canada", "Dana Reyes", "Auckland".
    pub label: String,
    pub zone: Tz,
    pub hours: DayHours,
    pub busy: Vec<Busy>,
}

#[derive(Debug, Clone)]
pub struct Search {
    /// The first one's zone is the reference: days are its days, and day shifts are counted from it.
    pub participants: Vec<Participant>,
    pub length: Duration,
    pub first_day: NaiveDate,
    pub days: u32,
    /// How far apart candidate starts are (from the first day's midnight in the reference zone).
    pub step: Duration,
}

/// One participant's view of a slot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct SlotTime {
    pub label: String,
    pub zone: String,
    pub city: String,
    /// RFC 3339 in `zone`.
    pub start: String,
    pub end: String,
    /// "09:00".
    pub local: String,
    /// The local day of the start compared with the reference zone's (+1: the next day there).
    pub day_shift: i64,
    pub state: DayState,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Slot {
    /// RFC 3339, UTC.
    pub start: String,
    pub end: String,
    /// In the participants' order.
    pub times: Vec<SlotTime>,
    pub asleep: u32,
    pub working: u32,
    /// Awake outside working hours.
    pub awake: u32,
    /// Higher is better, and orders slots as the ranking does (before the tie on time):
    /// (participants − asleep) × (participants + 1) + working.
    pub score: i64,
    pub reason: Reason,
    /// The reason in English: "09:00 Toronto · 22:00 Manila · 14:00 London — everyone else awake, Manila outside
    /// working hours; Auckland at 03:00 (+1 day) is asleep".
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct FindTimeResult {
    /// Best first.
    pub slots: Vec<Slot>,
    /// Starts looked at, and how many of them a busy interval ruled out.
    pub candidates: u32,
    pub ruled_out_busy: u32,
}

/// The first instant of `day` in `zone` (when midnight is skipped by a clock change, the day starts after the gap).
pub fn day_start(zone: Tz, day: NaiveDate) -> DateTime<Utc> {
    let midnight = day.and_time(NaiveTime::MIN);
    resolve_local(zone, midnight).map(|t| t.with_timezone(&Utc)).unwrap_or_else(|_| {
        let mut t = midnight;
        while resolve_local(zone, t).is_err() && t < midnight + Duration::hours(24) {
            t += Duration::minutes(1);
        }
        resolve_local(zone, t).map(|t| t.with_timezone(&Utc)).unwrap_or_else(|_| midnight.and_utc())
    })
}

impl Search {
    fn check(&self) -> Result<()> {
        if self.participants.is_empty() {
            return Err(Error::invalid_msg("with", crate::msg!("core-find-time-nobody")));
        }
        let minutes = self.length.num_minutes();
        if !(1..=MAX_LENGTH_MINUTES).contains(&minutes) || self.length != Duration::minutes(minutes) {
            return Err(Error::invalid_msg("length", crate::msg!("core-find-time-length")));
        }
        let step = self.step.num_minutes();
        if !(5..=MAX_LENGTH_MINUTES).contains(&step) || self.step != Duration::minutes(step) {
            return Err(Error::invalid_msg("step", crate::msg!("core-find-time-step")));
        }
        if !(1..=MAX_DAYS).contains(&self.days) {
            return Err(Error::invalid_msg("days", crate::msg!("core-find-time-days", max = MAX_DAYS)));
        }
        Ok(())
    }

    fn reference(&self) -> Tz {
        self.participants[0].zone
    }
}

/// Every start from the first day's midnight (reference zone) to the last day's end, `step` apart, that no busy
/// interval rules out, ranked.
pub fn find(search: &Search) -> Result<FindTimeResult> {
    search.check()?;
    let reference = search.reference();
    let from = day_start(reference, search.first_day);
    let to = day_start(reference, search.first_day + Duration::days(search.days.into()));
    let mut ranked = Vec::new();
    let (mut candidates, mut ruled_out_busy) = (0, 0);
    let mut start = from;
    while start < to {
        candidates += 1;
        let end = start + search.length;
        let busy = search.participants.iter().any(|p| p.busy.iter().any(|&(s, e)| s < end && start < e));
        if busy {
            ruled_out_busy += 1;
        } else {
            ranked.push(slot(search, reference, start, end));
        }
        start += search.step;
    }
    // Stable, and the candidates come in time order: equal scores stay earliest first.
    ranked.sort_by_key(|s| (s.asleep, std::cmp::Reverse(s.working)));
    Ok(FindTimeResult { slots: ranked, candidates, ruled_out_busy })
}

fn slot(search: &Search, reference: Tz, start: DateTime<Utc>, end: DateTime<Utc>) -> Slot {
    let home_day = start.with_timezone(&reference).date_naive();
    let times: Vec<SlotTime> = search
        .participants
        .iter()
        .map(|p| {
            let (s, e) = (start.with_timezone(&p.zone), end.with_timezone(&p.zone));
            SlotTime {
                label: p.label.clone(),
                zone: p.zone.name().into(),
                city: super::city(p.zone.name()),
                start: s.to_rfc3339(),
                end: e.to_rfc3339(),
                local: s.format("%H:%M").to_string(),
                day_shift: (s.date_naive() - home_day).num_days(),
                state: p.hours.state_during(p.zone, start, end),
            }
        })
        .collect();
    let count = |state| times.iter().filter(|t| t.state == state).count() as u32;
    let (asleep, working, awake) = (count(DayState::Asleep), count(DayState::Working), count(DayState::Awake));
    let n = times.len() as i64;
    let reason = Reason::of(&times);
    Slot {
        start: start.to_rfc3339(),
        end: end.to_rfc3339(),
        score: (n - i64::from(asleep)) * (n + 1) + i64::from(working),
        text: reason::english(&times),
        reason,
        times,
        asleep,
        working,
        awake,
    }
}

#[cfg(test)]
mod tests;
