//! The desktop shell of Campaign Desk: builds the Tauri app (plugins, state, IPC commands) around the core
//! library `campaign_desk`. Everything domain-specific lives in the core; commands here only translate.

pub mod commands;
pub mod events;
pub mod ipc_error;
pub mod state;

pub use ipc_error::{IpcError, IpcResult};
pub use state::AppState;

/// Builds and runs the app until its last window closes. `context` comes from `tauri::generate_context!`
/// in `main.rs`, so the configuration (`../tauri.conf.json`) is read at compile time there.
pub fn run(context: tauri::Context<tauri::Wry>) -> tauri::Result<()> {
    tauri::Builder::default()
        // Remembers size, position and maximised state of the window between runs.
        .plugin(tauri_plugin_window_state::Builder::default().build())
        // Native open/save/message dialogs (for import and export).
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            tauri::Manager::manage(app, AppState::from_env()?);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![commands::app::app_info])
        .run(context)
}
