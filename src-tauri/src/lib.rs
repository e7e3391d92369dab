//! The desktop shell of Campaign Desk: builds the Tauri app (plugins, state, IPC commands) around the core
//! library `campaign_desk`. Everything domain-specific lives in the core; commands here only translate.

pub mod background_subscriptions;
pub mod background_sync;
pub mod commands;
pub mod events;
pub mod file_access;
pub mod ipc_error;
pub mod opened_files;
pub mod reminders;
pub mod session_passwords;
pub mod shutdown;
pub mod single_instance;
pub mod startup_trace;
pub mod state;
pub mod warm_up;
pub mod webview_memory;

pub use ipc_error::{IpcError, IpcResult};
pub use state::AppState;

/// Builds and runs the app until its last window closes. `context` comes from `tauri::generate_context!`
/// in `main.rs`, so the configuration (`../tauri.conf.json`) is read at compile time there.
pub fn run(context: tauri::Context<tauri::Wry>) -> tauri::Result<()> {
    startup_trace::mark("main");
    webview_memory::before_webkit();
    let db = db_from_args().or_else(campaign_desk::paths::default_db_path);
    let app = tauri::Builder::default()
        // First: a second launch on the same database hands its file to this window and ends (single_instance.rs).
        .plugin(single_instance::plugin(db.as_deref()))
        // Remembers size, position and maximised state of the window between runs.
        .plugin(tauri_plugin_window_state::Builder::default().build())
        // Native open/save dialogs, opened from Rust (commands::files) so that picks are recorded (file_access.rs).
        .plugin(tauri_plugin_dialog::init())
        // Desktop notifications for reminders (see reminders.rs).
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            startup_trace::mark("setup");
            webview_memory::tune(app.handle());
            // `--db <file>` first (end-to-end tests give each session its own file); then the same resolution as
            // the CLI's: $CAMPAIGN_DESK_DB, the last database chosen, the OS data directory.
            let path = db_from_args()
                .or_else(campaign_desk::paths::default_db_path)
                .ok_or("no data directory; set CAMPAIGN_DESK_DB")?;
            tauri::Manager::manage(app, AppState::open(path));
            startup_trace::mark("store-opened");
            tauri::Manager::manage(app, opened_files::OpenedFiles::default());
            // `campaign-desk-app FILE.ics` (the file manager's "Open with"): the window opens its import preview.
            let cwd = std::env::current_dir().unwrap_or_default();
            // `campaign-desk-app webcal://…` (the browser's calendar-link handler): the window offers to subscribe.
            if let Some(item) = opened_files::opened_in_args(std::env::args_os().skip(1), &cwd) {
                opened_files::open(app.handle(), item);
            }
            tauri::Manager::manage(app, session_passwords::SessionPasswords::default());
            tauri::Manager::manage(app, background_sync::BackgroundSync::default());
            reminders::start(app.handle().clone());
            background_sync::start(app.handle().clone());
            background_subscriptions::start(app.handle().clone());
            startup_trace::mark("setup-done");
            Ok(())
        })
        .on_page_load(|_, payload| match payload.event() {
            tauri::webview::PageLoadEvent::Started => startup_trace::mark("page-load-started"),
            tauri::webview::PageLoadEvent::Finished => startup_trace::mark("page-load-finished"),
        })
        .invoke_handler(tauri::generate_handler![
            commands::app::app_info,
            commands::about::about_diagnostics,
            commands::opened_files::opened_file_take,
            commands::app::settings_get,
            commands::app::settings_save,
            commands::app::demo_load,
            commands::app::backup_now,
            commands::app::backup_list,
            commands::app::backup_restore,
            commands::app::database_open,
            commands::encryption::encryption_status,
            commands::encryption::database_unlock,
            commands::encryption::database_create,
            commands::encryption::database_encrypt,
            commands::encryption::database_rekey,
            commands::encryption::plain_copy_remove,
            commands::encryption::recovery_key_show,
            commands::encryption::recovery_key_kept,
            commands::encryption::recovery_key_save,
            commands::files::choose_file,
            commands::files::choose_save_path,
            commands::files::choose_folder,
            commands::directory::org_list,
            commands::directory::org_get,
            commands::directory::org_usage,
            commands::directory::org_create,
            commands::directory::org_update,
            commands::directory::org_delete,
            commands::directory::person_list,
            commands::directory::person_create,
            commands::directory::person_update,
            commands::directory::person_delete,
            commands::directory::csv_preview,
            commands::directory::csv_import,
            commands::directory::csv_export,
            commands::plans::campaign_list,
            commands::plans::campaign_get,
            commands::plans::campaign_create,
            commands::plans::campaign_update,
            commands::plans::campaign_delete,
            commands::plans::event_list,
            commands::plans::event_create,
            commands::plans::event_update,
            commands::plans::event_delete,
            commands::calendar::occurrence_list,
            commands::calendar::event_get,
            commands::calendar::occurrence_to_open,
            commands::calendar::occurrence_change,
            commands::calendar::series_edit_following,
            commands::calendar::event_times,
            commands::calendar::partner_zones,
            commands::ics::ics_export,
            commands::ics::ics_import,
            commands::announce::announce_event,
            commands::announce::announce_campaign,
            commands::announce::post_length,
            commands::announce::post_limit,
            commands::announce::announce_template_default,
            commands::announce::announcement_list,
            commands::announce::announcement_save,
            commands::announce::announcement_update,
            commands::announce::announcement_delete,
            commands::tasks::task_list,
            commands::campaign_plans::campaign_plan_from_template,
            commands::campaign_plans::campaign_plan_next_edition,
            commands::campaign_plans::campaign_plan_create,
            commands::tasks::task_create,
            commands::tasks::task_update,
            commands::tasks::task_set_done,
            commands::tasks::task_delete,
            commands::statement_parts::translation_save,
            commands::statement_parts::translation_mark_updated,
            commands::statement_parts::translation_delete,
            commands::statement_parts::translation_source_changes,
            commands::statement_parts::translation_source_revision,
            commands::statement_parts::statement_endorse,
            commands::statement_parts::endorsement_withdraw,
            commands::statement_parts::statement_set_contacts,
            commands::statement_parts::endorsements_export_csv,
            commands::statements::statement_list,
            commands::statements::statement_get,
            commands::statements::statement_template,
            commands::statements::statement_editor_document,
            commands::statements::statement_create,
            commands::statements::statement_update,
            commands::statements::statement_delete,
            commands::statements::statement_save_draft,
            commands::statements::statement_revision,
            commands::statements::statement_compare,
            commands::statements::statement_restore,
            commands::statements::statement_name_revision,
            commands::statements::statement_set_status,
            commands::statements::statement_approve,
            commands::statements::statement_withdraw_approval,
            commands::statements::statement_export,
            commands::statements::statement_export_text,
            commands::statements::statement_post,
            commands::search::search,
            commands::find_time::find_time,
            commands::invitations::invitations_get,
            commands::invitations::invitations_add,
            commands::invitations::invitation_update,
            commands::invitations::invitation_remove,
            commands::invitations::campaign_invitations,
            commands::invitations::reminders_to_send,
            commands::invitations::invitation_message,
            commands::invitations::reminder_mark_sent,
            commands::polls::poll_list,
            commands::polls::poll_show,
            commands::polls::poll_create,
            commands::polls::poll_answer,
            commands::polls::poll_event_input,
            commands::polls::poll_link_event,
            commands::polls::poll_delete,
            commands::invitations::invitation_ics_save,
            commands::invitations::invitation_reply_import,
            commands::subscriptions::subscription_list,
            commands::subscriptions::subscription_add,
            commands::subscriptions::subscription_refresh,
            commands::subscriptions::subscription_edit,
            commands::subscriptions::subscription_remove,
            commands::subscriptions::subscription_occurrences,
            commands::sync::sync_accounts,
            commands::sync::sync_session_accounts,
            commands::sync::sync_keyring,
            commands::sync::sync_test_login,
            commands::sync::sync_account_add,
            commands::sync::sync_account_remove,
            commands::sync::sync_account_unlock,
            commands::sync::sync_calendars,
            commands::sync::sync_link,
            commands::sync::sync_unlink,
            commands::sync::sync_run,
            commands::sync::sync_status,
            commands::sync::sync_conflicts,
            commands::sync::sync_resolve,
            commands::sync::sync_revert,
        ])
        .build(context)?;
    startup_trace::mark("built");
    #[cfg(unix)]
    shutdown::on_signals(app.handle().clone());
    app.run(|handle, event| {
        if let tauri::RunEvent::Ready = event {
            startup_trace::mark("event-loop-ready");
        }
        // The process ends right after this without dropping the store: leave the database file whole.
        if let tauri::RunEvent::Exit = event {
            shutdown::checkpoint(handle);
        }
    });
    Ok(())
}

/// The file named by `--db <file>` on the command line, if any.
fn db_from_args() -> Option<std::path::PathBuf> {
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--db" {
            return args.next().map(std::path::PathBuf::from);
        }
    }
    None
}
