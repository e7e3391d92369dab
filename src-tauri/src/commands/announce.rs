//! Announcements: an event's occurrence or a whole campaign as text for a platform and language.

use campaign_desk::announce::Announcement;
use campaign_desk::domain::Platform;
use campaign_desk::service::announce::{for_campaign, for_event, Request};
use tauri::State;

use crate::{AppState, IpcResult as Reply};

/// `at`: the occurrence's key (its original local start) for a series; `zones` empty: the partner zones.
#[tauri::command(async)]
pub fn announce_event(
    state: State<'_, AppState>,
    id: i64,
    at: Option<String>,
    platform: Platform,
    lang: String,
    zones: Vec<String>,
) -> Reply<Announcement> {
    let request = Request { platform, lang: &lang, zones: &zones, template: None };
    state.with(|s| for_event(s, id, at.as_deref(), chrono::Utc::now(), &request))
}

#[tauri::command(async)]
pub fn announce_campaign(
    state: State<'_, AppState>,
    id: i64,
    platform: Platform,
    lang: String,
    zones: Vec<String>,
) -> Reply<Announcement> {
    let request = Request { platform, lang: &lang, zones: &zones, template: None };
    state.with(|s| for_campaign(s, id, &request))
}

/// The length of `text` as `platform` counts it, for the composer's meter while the user edits.
#[tauri::command(async)]
pub fn post_length(platform: Platform, text: String) -> usize {
    campaign_desk::announce::length::length(platform, &text)
}
