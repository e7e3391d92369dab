//! What a calendar view shows for a window besides event instances: each campaign running in it, as an all-day span.

use serde::{Deserialize, Serialize};

use super::{CrowdedDay, Occurrence};
use crate::domain::CampaignStatus;

/// A campaign's date range on the calendar: all-day, from its first day to the day after its last (exclusive, as
/// all-day occurrences count), in the campaign's colour. Kept apart from event occurrences so the view can draw it
/// as a background band and never mistake it for an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct CampaignSpan {
    pub campaign_id: i64,
    pub title: String,
    /// First day, `YYYY-MM-DD`.
    pub start: String,
    /// The day after the last day, `YYYY-MM-DD`.
    pub end: String,
    /// `#rrggbb`.
    pub colour: String,
    pub status: CampaignStatus,
}

/// Everything the calendar view draws for one window: event instances (as `event list` gives them) and campaign spans.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct CalendarWindow {
    pub occurrences: Vec<Occurrence>,
    pub campaign_spans: Vec<CampaignSpan>,
    /// Series that repeat more often than one window shows (a rule stepping every minute): the view says so
    /// instead of stopping silently.
    pub cut_series: Vec<CutSeries>,
    /// Days whose occurrences were thinned to what a month or year cell shows, with how many were left out (none
    /// unless asked for: [`CalendarWindow::thinned_by_day`]).
    pub crowded_days: Vec<CrowdedDay>,
}

/// A series shown only up to [`MAX_INSTANCES_SHOWN`](super::MAX_INSTANCES_SHOWN) times in a window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct CutSeries {
    pub event_id: i64,
    pub title: String,
    /// How many of its times the window holds.
    pub shown: u32,
}

impl CalendarWindow {
    pub fn new(occurrences: Vec<Occurrence>, campaign_spans: Vec<CampaignSpan>) -> CalendarWindow {
        let cut_series = cut_series(&occurrences);
        CalendarWindow { occurrences, campaign_spans, cut_series, crowded_days: Vec::new() }
    }
}

/// The series of `list` that reached the per-window cap.
pub fn cut_series(list: &[Occurrence]) -> Vec<CutSeries> {
    let mut counts: std::collections::BTreeMap<i64, (u32, &str)> = std::collections::BTreeMap::new();
    for o in list {
        counts.entry(o.event_id).or_insert((0, &o.title)).0 += 1;
    }
    // The walk keeps at most MAX_INSTANCES_SHOWN starts around the window, one of which may fall just outside it.
    let cap = u32::from(super::MAX_INSTANCES_SHOWN) - 1;
    counts
        .into_iter()
        .filter(|(_, (n, _))| *n >= cap)
        .map(|(event_id, (shown, title))| CutSeries { event_id, title: title.to_string(), shown })
        .collect()
}
