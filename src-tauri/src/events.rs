//! Events the back end pushes to the front end. The UI subscribes in `ui/src/lib/api/events.ts`.

use serde::Serialize;
use tauri::{Emitter, Manager};

use crate::AppState;

/// Emitted after any write, so open views reload what they show.
pub const DATA_CHANGED: &str = "data-changed";

/// Payload of [`DATA_CHANGED`]: which kind of record changed (`"campaign"`, `"organisation"`, …).
#[derive(Debug, Clone, Serialize)]
pub struct DataChanged {
    pub entity: String,
}

/// Emitted when the calendars published to a folder could not be rewritten, with the reason.
pub const PUBLISH_FAILED: &str = "publish-failed";

/// Tells every window that records of `entity` changed, then rewrites the published calendars in the background.
/// A failed emit only means no window is listening.
pub fn emit_data_changed<R: tauri::Runtime>(app: &tauri::AppHandle<R>, entity: &str) {
    let payload = DataChanged { entity: entity.to_owned() };
    if let Err(error) = app.emit(DATA_CHANGED, payload) {
        eprintln!("campaign-desk-app: could not emit {DATA_CHANGED}: {error}");
    }
    // Statements are not on any calendar: typing in one (autosaved every second) must not rewrite calendar files.
    // Nor does news of sharing itself (an account, a link, a background run that took nothing in), nor a subscribed
    // calendar (never ours to publish or share), nor an invitation's answer (not in any calendar file).
    if entity.starts_with("statement") || entity == "sync" || entity == "subscription" || entity == "invitation" {
        return;
    }
    // A change here goes to the shared calendars once the changes pause.
    if let Some(background) = app.try_state::<crate::background_sync::BackgroundSync>() {
        background.touched();
    }
    let app = app.clone();
    // Off the command's thread: the reply reaches the window first; the store's mutex orders it after the write.
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        if let Err(e) = state.with(|s| campaign_desk::service::ics_export::publish(s, chrono::Utc::now())) {
            let _ = app.emit(PUBLISH_FAILED, e.message);
        }
    });
}

/// Emitted while a sync runs, with [`campaign_desk::sync::Progress`]: the share panel shows "Sending 120 of 2,000".
pub const SYNC_PROGRESS: &str = "sync-progress";

/// Tells the window where a sync run is: at most every 200 ms, and always at a phase's start and end, so a first
/// sync of thousands of items does not flood it. A failed emit only means no window is listening.
pub fn sync_progress<R: tauri::Runtime>(app: &tauri::AppHandle<R>) -> impl Fn(campaign_desk::sync::Progress) {
    let app = app.clone();
    let last = std::sync::Mutex::new(None::<std::time::Instant>);
    move |p| {
        let now = std::time::Instant::now();
        let mut last = last.lock().unwrap_or_else(|e| e.into_inner());
        let due =
            p.done == 0 || p.done == p.total || last.is_none_or(|t| now - t >= std::time::Duration::from_millis(200));
        if due {
            *last = Some(now);
            let _ = app.emit(SYNC_PROGRESS, p);
        }
    }
}
