//! The calendar file or link the app was asked to open (`opened_files.rs`), for the window's import preview or its
//! subscribe dialog.

use tauri::State;

use crate::opened_files::{Opened, OpenedFiles};
use crate::IpcResult as Reply;

/// The oldest file (already granted for reading, as the path the import commands take) or link waiting to be
/// opened: `{kind: "file" | "link", value}`.
#[tauri::command(async)]
pub fn opened_file_take(files: State<'_, OpenedFiles>) -> Reply<Option<Opened>> {
    Ok(files.take())
}
