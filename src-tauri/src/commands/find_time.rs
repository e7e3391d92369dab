//! "Find a time": the ranked slots and the day grids for the dialog opened from the calendar.

use campaign_desk::service::find_time::{self, FindTimeAnswer, FindTimeQuery};
use tauri::State;

use crate::{AppState, IpcResult as Reply};

#[tauri::command(async)]
pub fn find_time(state: State<'_, AppState>, query: FindTimeQuery) -> Reply<FindTimeAnswer> {
    state.with(|s| find_time::find_time(s, &query))
}
