//! The calendar file the app was asked to open (`opened_files.rs`), for the window's import preview.

use tauri::State;

use crate::opened_files::OpenedFiles;
use crate::IpcResult as Reply;

/// The oldest file waiting to be opened, as the path the import commands take (already granted for reading).
#[tauri::command(async)]
pub fn opened_file_take(files: State<'_, OpenedFiles>) -> Reply<Option<String>> {
    Ok(files.take().map(|path| path.to_string_lossy().into_owned()))
}
