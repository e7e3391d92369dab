//! A campaign's checklist.

use campaign_desk::domain::{Task, TaskInput};
use tauri::{AppHandle, State};

use crate::events::emit_data_changed;
use crate::{AppState, IpcResult as Reply};

#[tauri::command(async)]
pub fn task_list(state: State<'_, AppState>, campaign_id: i64) -> Reply<Vec<Task>> {
    state.with(|s| s.list_tasks(Some(campaign_id)))
}

#[tauri::command(async)]
pub fn task_create(app: AppHandle, state: State<'_, AppState>, input: TaskInput) -> Reply<Task> {
    let task = state.with(|s| s.create_task(&input))?;
    emit_data_changed(&app, "task");
    Ok(task)
}

#[tauri::command(async)]
pub fn task_update(app: AppHandle, state: State<'_, AppState>, id: i64, input: TaskInput) -> Reply<Task> {
    let task = state.with(|s| s.update_task(id, &input))?;
    emit_data_changed(&app, "task");
    Ok(task)
}

#[tauri::command(async)]
pub fn task_set_done(app: AppHandle, state: State<'_, AppState>, id: i64, done: bool) -> Reply<Task> {
    let task = state.with(|s| s.set_task_done(id, done))?;
    emit_data_changed(&app, "task");
    Ok(task)
}

#[tauri::command(async)]
pub fn task_delete(app: AppHandle, state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with(|s| s.delete_task(id))?;
    emit_data_changed(&app, "task");
    Ok(())
}
