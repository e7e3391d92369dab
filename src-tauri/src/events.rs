//! Events the back end pushes to the front end. The UI subscribes in `ui/src/lib/api/events.ts`.

use serde::Serialize;
use tauri::Emitter;

/// Emitted after any write, so open views reload what they show.
pub const DATA_CHANGED: &str = "data-changed";

/// Payload of [`DATA_CHANGED`]: which kind of record changed (`"campaign"`, `"organisation"`, …).
#[derive(Debug, Clone, Serialize)]
pub struct DataChanged {
    pub entity: String,
}

/// Tells every window that records of `entity` changed. A failed emit only means no window is listening.
pub fn emit_data_changed<R: tauri::Runtime>(app: &tauri::AppHandle<R>, entity: &str) {
    let payload = DataChanged { entity: entity.to_owned() };
    if let Err(error) = app.emit(DATA_CHANGED, payload) {
        eprintln!("campaign-desk-app: could not emit {DATA_CHANGED}: {error}");
    }
}
