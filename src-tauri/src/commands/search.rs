//! Global search (the Ctrl+K palette): statements in every language, campaigns, events and organisations.

use campaign_desk::domain::SearchHit;
use tauri::State;

use crate::{AppState, IpcResult as Reply};

#[tauri::command(async)]
pub fn search(state: State<'_, AppState>, query: String, limit: usize) -> Reply<Vec<SearchHit>> {
    state.with(|s| s.search(&query, limit))
}
