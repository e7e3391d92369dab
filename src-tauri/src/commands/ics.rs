//! .ics files: export a scope to a file the user chose, and import one (a preview first, then the real thing),
//! reporting progress while the file is read.

use std::path::PathBuf;

use campaign_desk::service::ics_export::{export_to_file, ExportScope, ExportSummary};
use campaign_desk::service::ics_import::ImportReport;
use campaign_desk::service::import_file::{import_file, FileImport};
use serde::Serialize;
use tauri::{AppHandle, Emitter, State};

use crate::events::emit_data_changed;
use crate::file_access::Access;
use crate::{AppState, IpcResult as Reply};

#[tauri::command(async)]
pub fn ics_export(state: State<'_, AppState>, scope: ExportScope, path: PathBuf) -> Reply<ExportSummary> {
    state.files.check(&[Access::Save], &path)?;
    state.with(|s| export_to_file(s, &scope, &path, chrono::Utc::now()))
}

/// Payload of `import-progress`: bytes of the file read so far in the current pass.
#[derive(Clone, Serialize)]
struct ImportProgress {
    read: u64,
    total: u64,
    dry_run: bool,
}

/// Previews (`dry_run`) or imports `path`; nothing is written when the file has errors.
#[tauri::command(async)]
pub fn ics_import(
    app: AppHandle,
    state: State<'_, AppState>,
    path: PathBuf,
    campaign_id: Option<i64>,
    floating_zone: Option<String>,
    dry_run: bool,
) -> Reply<ImportReport> {
    state.files.check(&[Access::Open], &path)?;
    let how = FileImport { campaign_id, floating_zone: floating_zone.as_deref(), dry_run };
    let progress = |read, total| {
        // A lost progress event only makes the bar jump; the result still arrives.
        let _ = app.emit("import-progress", ImportProgress { read, total, dry_run });
    };
    let report = state.with(|s| import_file(s, &path, &how, progress))?;
    if report.applied {
        emit_data_changed(&app, "event");
    }
    Ok(report)
}
