//! Native file dialogs, opened from Rust so that each path the person picks is recorded as theirs to use
//! (`file_access.rs`): the file commands take only such paths. The UI calls these instead of the dialog plugin.

use std::path::PathBuf;

use campaign_desk::wire::FileFilter;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::{DialogExt, FileDialogBuilder, FilePath};

use crate::file_access::Access;
use crate::{AppState, IpcResult as Reply};

fn dialog<R: Runtime>(app: &AppHandle<R>, title: String, filters: &[FileFilter]) -> FileDialogBuilder<R> {
    filters.iter().fold(app.dialog().file().set_title(title), |d, f| {
        let extensions: Vec<&str> = f.extensions.iter().map(String::as_str).collect();
        d.add_filter(&f.name, &extensions)
    })
}

/// Records the pick and hands its path to the UI.
fn picked(state: &AppState, access: Access, pick: Option<FilePath>) -> Option<String> {
    let path: PathBuf = pick?.into_path().ok()?;
    state.files.grant(access, &path);
    Some(path.to_string_lossy().into_owned())
}

/// Asks for one existing file; `None` when the person cancels.
#[tauri::command(async)]
pub fn choose_file(
    app: AppHandle,
    state: State<'_, AppState>,
    title: String,
    filters: Vec<FileFilter>,
) -> Reply<Option<String>> {
    if let Some(path) = state.files.scripted_answer() {
        return Ok(picked(&state, Access::Open, Some(FilePath::Path(path))));
    }
    Ok(picked(&state, Access::Open, dialog(&app, title, &filters).blocking_pick_file()))
}

/// Asks where to save a file (`default_name` suggested); `None` when the person cancels.
#[tauri::command(async)]
pub fn choose_save_path(
    app: AppHandle,
    state: State<'_, AppState>,
    title: String,
    default_name: Option<String>,
    filters: Vec<FileFilter>,
) -> Reply<Option<String>> {
    if let Some(path) = state.files.scripted_answer() {
        return Ok(picked(&state, Access::Save, Some(FilePath::Path(path))));
    }
    let mut d = dialog(&app, title, &filters);
    if let Some(name) = default_name {
        d = d.set_file_name(name);
    }
    Ok(picked(&state, Access::Save, d.blocking_save_file()))
}

/// Asks for a folder; `None` when the person cancels.
#[tauri::command(async)]
pub fn choose_folder(app: AppHandle, state: State<'_, AppState>, title: String) -> Reply<Option<String>> {
    Ok(picked(&state, Access::Folder, dialog(&app, title, &[]).blocking_pick_folder()))
}
