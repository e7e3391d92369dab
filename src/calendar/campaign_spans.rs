//! What a calendar view shows for a window besides event instances: each campaign running in it, as an all-day span.

use serde::{Deserialize, Serialize};

use super::Occurrence;
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
}
