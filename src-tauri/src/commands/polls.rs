//! Polls over candidate slots (find a time's poll mode): started from the Find a time dialog, answered and turned
//! into the event in the polls view.

use campaign_desk::domain::{EventInput, Poll, PollAnswer, PollInput};
use campaign_desk::service::polls::{self, PollView};
use tauri::{AppHandle, State};

use crate::events::emit_data_changed;
use crate::{AppState, IpcResult as Reply};

#[tauri::command(async)]
pub fn poll_list(state: State<'_, AppState>, campaign: Option<i64>) -> Reply<Vec<Poll>> {
    state.with(|s| s.list_polls(campaign))
}

#[tauri::command(async)]
pub fn poll_show(state: State<'_, AppState>, id: i64) -> Reply<PollView> {
    state.with(|s| polls::show(s, id))
}

#[tauri::command(async)]
pub fn poll_create(app: AppHandle, state: State<'_, AppState>, input: PollInput) -> Reply<PollView> {
    let view = state.with(|s| polls::create(s, &input))?;
    emit_data_changed(&app, "poll");
    Ok(view)
}

#[tauri::command(async)]
pub fn poll_answer(
    app: AppHandle,
    state: State<'_, AppState>,
    poll: i64,
    slot: i64,
    organisation: i64,
    answer: PollAnswer,
) -> Reply<PollView> {
    let view = state.with(|s| polls::answer(s, poll, slot, organisation, answer))?;
    emit_data_changed(&app, "poll");
    Ok(view)
}

/// The event the poll becomes on `slot`, for the editor to open pre-filled; nothing is written.
#[tauri::command(async)]
pub fn poll_event_input(state: State<'_, AppState>, poll: i64, slot: i64) -> Reply<EventInput> {
    state.with(|s| {
        let view = polls::show(s, poll)?;
        polls::event_input(s, &view, slot)
    })
}

/// Closes the poll on `slot` (if still open) and remembers the event the editor saved from it.
#[tauri::command(async)]
pub fn poll_link_event(
    app: AppHandle,
    state: State<'_, AppState>,
    poll: i64,
    slot: i64,
    event: i64,
) -> Reply<PollView> {
    let view = state.with(|s| polls::link_event(s, poll, slot, event))?;
    emit_data_changed(&app, "poll");
    Ok(view)
}

#[tauri::command(async)]
pub fn poll_delete(app: AppHandle, state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with(|s| s.delete_poll(id))?;
    emit_data_changed(&app, "poll");
    Ok(())
}
