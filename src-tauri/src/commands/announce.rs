//! Announcements: an event's occurrence or a whole campaign as text for a platform and language, and those kept
//! with their campaign.

use campaign_desk::announce::Announcement;
use campaign_desk::domain::{Platform, SavedAnnouncement, SavedAnnouncementInput};
use campaign_desk::service::announce::{for_campaign, for_event, Request};
use tauri::{AppHandle, State};

use crate::events::emit_data_changed;
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

/// The most a post may hold on `platform`, in its own count (`None`: no limit), for length meters.
#[tauri::command(async)]
pub fn post_limit(platform: Platform) -> Option<usize> {
    campaign_desk::announce::length::limit(platform)
}

/// A campaign's kept announcements, the latest edited first.
#[tauri::command(async)]
pub fn announcement_list(state: State<'_, AppState>, campaign_id: i64) -> Reply<Vec<SavedAnnouncement>> {
    state.with(|s| s.list_announcements(campaign_id))
}

#[tauri::command(async)]
pub fn announcement_save(
    app: AppHandle,
    state: State<'_, AppState>,
    input: SavedAnnouncementInput,
) -> Reply<SavedAnnouncement> {
    let saved = state.with(|s| s.save_announcement(&input))?;
    emit_data_changed(&app, "announcement");
    Ok(saved)
}

#[tauri::command(async)]
pub fn announcement_update(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
    text: String,
) -> Reply<SavedAnnouncement> {
    let saved = state.with(|s| s.update_announcement_text(id, &text))?;
    emit_data_changed(&app, "announcement");
    Ok(saved)
}

#[tauri::command(async)]
pub fn announcement_delete(app: AppHandle, state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with(|s| s.delete_announcement(id))?;
    emit_data_changed(&app, "announcement");
    Ok(())
}

/// The built-in template of a platform (for events or campaigns) and the placeholders a template may use, for the
/// template editor in Settings.
#[tauri::command(async)]
pub fn announce_template_default(platform: Platform, campaign: bool) -> (String, Vec<String>) {
    let placeholders = campaign_desk::announce::PLACEHOLDERS.iter().map(|p| format!("{{{p}}}")).collect();
    (campaign_desk::announce::default_template(platform, campaign).to_string(), placeholders)
}
