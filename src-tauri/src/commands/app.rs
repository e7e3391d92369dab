//! The app as a whole: facts for the sidebar and welcome screen, settings, demo data, backups, which database.

use std::path::PathBuf;

use campaign_desk::demo::{self, DemoReport};
use campaign_desk::domain::Settings;
use campaign_desk::wire::{AppInfo, BackupFile, ErrorReport};
use campaign_desk::{backup, paths};
use tauri::{AppHandle, State};

use crate::events::emit_data_changed;
use crate::file_access::Access;
use crate::{AppState, IpcResult as Reply};

#[tauri::command(async)]
pub fn app_info(app: AppHandle, state: State<'_, AppState>) -> Reply<AppInfo> {
    crate::startup_trace::mark("app-info-asked");
    let (path, database_error) = state.status();
    let waiting = state.waiting();
    let (schema_version, is_empty, encrypted) = match (&database_error, &waiting) {
        (None, None) => state.with(|s| Ok((s.schema_version()?, s.is_empty()?, s.is_encrypted())))?,
        _ => (0, true, false),
    };
    crate::startup_trace::mark("app-info-answered");
    crate::warm_up::at_start(&app);
    Ok(AppInfo {
        version: campaign_desk::VERSION.into(),
        database_path: path.display().to_string(),
        backups_dir: backup::backup_dir(&path).display().to_string(),
        schema_version,
        is_empty,
        database_error,
        waiting,
        encrypted,
    })
}

#[tauri::command(async)]
pub fn settings_get(state: State<'_, AppState>) -> Reply<Settings> {
    state.with(|s| s.settings())
}

#[tauri::command(async)]
pub fn settings_save(app: AppHandle, state: State<'_, AppState>, settings: Settings) -> Reply<Settings> {
    // The publish folder is written to after every change: a new one must have been picked in the folder dialog.
    if let Some(folder) = settings.publish_folder.as_deref().map(str::trim).filter(|f| !f.is_empty()) {
        let current = state.with(|s| s.settings())?.publish_folder;
        if current.as_deref().map(str::trim) != Some(folder) {
            state.files.check(&[Access::Folder], std::path::Path::new(folder))?;
        }
    }
    let saved = state.with(|s| s.save_settings(&settings))?;
    emit_data_changed(&app, "settings");
    Ok(saved)
}

#[tauri::command(async)]
pub fn demo_load(app: AppHandle, state: State<'_, AppState>) -> Reply<DemoReport> {
    let report = state.with(demo::load)?;
    emit_data_changed(&app, "all");
    Ok(report)
}

#[tauri::command(async)]
pub fn backup_now(state: State<'_, AppState>) -> Reply<String> {
    state.with(|s| {
        let keep = s.settings()?.backups_keep;
        Ok(backup::backup_now(s, keep)?.display().to_string())
    })
}

#[tauri::command(async)]
pub fn backup_list(state: State<'_, AppState>) -> Reply<Vec<BackupFile>> {
    let (path, _) = state.status();
    backup::describe_backups(&path).map_err(ErrorReport::from)
}

/// Replaces the content with the backup's; returns where the previous content was saved. `key`: the recovery key
/// or passphrase of the database an encrypted backup was made from, when it is not this database's key.
#[tauri::command(async)]
pub fn backup_restore(app: AppHandle, state: State<'_, AppState>, path: PathBuf, key: Option<String>) -> Reply<String> {
    // One of the backups listed in Settings (the app's own folder), or a file picked to open.
    state.files.check_or_inside(&[Access::Open], &path, &backup::backup_dir(&state.status().0))?;
    let key = key.filter(|k| !k.trim().is_empty()).map(|k| campaign_desk::db_key::typed_key(&k)).transpose()?;
    let safety = state.with(|s| backup::restore_with_key(s, &path, key.as_ref()))?;
    emit_data_changed(&app, "all");
    Ok(safety.display().to_string())
}

/// Opens (or creates) another database file and remembers it for next time.
#[tauri::command(async)]
pub fn database_open(app: AppHandle, state: State<'_, AppState>, path: PathBuf) -> Reply<AppInfo> {
    state.files.check(&[Access::Open, Access::Save], &path)?;
    state.switch(&path)?;
    paths::remember_database(&path)?;
    emit_data_changed(&app, "all");
    app_info(app, state)
}
