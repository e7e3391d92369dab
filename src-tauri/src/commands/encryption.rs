//! Encryption in the window (issue #15): the start-up prompts (a passphrase or recovery key for an encrypted
//! database, a choice for a new one when there is no keyring), the recovery key shown once, and Settings → Privacy
//! (encrypt, a new key or passphrase, the plain copy removed). The rules are the core's (`db_key`, `encryption`);
//! these only translate. Conversions close the window's connection, so they run under the store's lock.

use std::path::PathBuf;

use campaign_desk::db_key::{create_new, unlock, DbKey, KeyPlace, NewKey};
use campaign_desk::encryption;
use campaign_desk::wire::{AppInfo, EncryptionStatus, KeyKind};
use tauri::{AppHandle, State};

use crate::commands::app::app_info;
use crate::events::emit_data_changed;
use crate::file_access::Access;
use crate::state::keys;
use crate::{AppState, IpcResult as Reply};

/// How the open database is protected.
#[tauri::command(async)]
pub fn encryption_status(state: State<'_, AppState>) -> Reply<EncryptionStatus> {
    let (path, _) = state.status();
    let keys = keys();
    let place = state.with(|s| Ok(encryption::key_place_of(s, &keys)))?;
    Ok(EncryptionStatus {
        encrypted: place.is_some(),
        key_kind: place.map(|p| match p {
            KeyPlace::Keyring => KeyKind::Keyring,
            KeyPlace::File { .. } => KeyKind::KeyFile,
            KeyPlace::Nowhere => KeyKind::Passphrase,
        }),
        keyring_problem: keys.keyring.get(&path).err(),
        plain_copy: Some(encryption::plain_backup_path(&path)).filter(|p| p.exists()).map(|p| p.display().to_string()),
        plain_backups: encryption::plain_backups_of(&path).len() as u32,
        recovery_key_pending: state.recovery_key().is_some(),
    })
}

/// Opens the waiting encrypted database with its passphrase or (`recovery`) its recovery key.
#[tauri::command(async)]
pub fn database_unlock(app: AppHandle, state: State<'_, AppState>, secret: String, recovery: bool) -> Reply<AppInfo> {
    state.resolve(|path, keys| unlock(path, keys, &secret, recovery).map(|(store, _)| (store, None, ())))?;
    emit_data_changed(&app, "all");
    app_info(app, state)
}

/// Creates the waiting new database: with a passphrase, or (`passphrase` empty) plain, as the person chose.
#[tauri::command(async)]
pub fn database_create(app: AppHandle, state: State<'_, AppState>, passphrase: Option<String>) -> Reply<AppInfo> {
    let how = match passphrase {
        Some(p) => NewKey::Passphrase(DbKey::passphrase(&p)?),
        None => NewKey::Plain,
    };
    state.resolve(|path, keys| create_new(path, keys, how).map(|(store, recovery)| (store, recovery, ())))?;
    emit_data_changed(&app, "all");
    app_info(app, state)
}

/// Encrypts the open plain database: with a new key kept in the keyring, or with `passphrase`. The plain file is
/// kept until [`plain_copy_remove`].
#[tauri::command(async)]
pub fn database_encrypt(app: AppHandle, state: State<'_, AppState>, passphrase: Option<String>) -> Reply<()> {
    let passphrase = passphrase.map(|p| DbKey::passphrase(&p)).transpose()?;
    state.convert(|store, keys| encryption::encrypt_store(store, keys, passphrase))?;
    emit_data_changed(&app, "all");
    Ok(())
}

/// Gives the open encrypted database a new key: a new random one in the keyring (and a new recovery key), or
/// `passphrase`. Switching between keyring and passphrase is this too.
#[tauri::command(async)]
pub fn database_rekey(app: AppHandle, state: State<'_, AppState>, passphrase: Option<String>) -> Reply<()> {
    let passphrase = passphrase.map(|p| DbKey::passphrase(&p)).transpose()?;
    state.convert(|store, keys| encryption::rekey_store(store, keys, passphrase))?;
    emit_data_changed(&app, "all");
    Ok(())
}

/// Removes the plain file kept after encrypting, once the person confirmed the encrypted database works.
#[tauri::command(async)]
pub fn plain_copy_remove(state: State<'_, AppState>) -> Reply<String> {
    let (path, _) = state.status();
    // The window has the encrypted database open already; the core opens it once more to be sure of the key.
    let reopen = state.reopener().map_err(|why| campaign_desk::wire::ErrorReport::new("bad_database", why))?;
    let removed = encryption::remove_plain_copy_of(&reopen, &path)?;
    Ok(removed.display().to_string())
}

/// The recovery key made in this run, until the person says they kept it.
#[tauri::command(async)]
pub fn recovery_key_show(state: State<'_, AppState>) -> Reply<Option<String>> {
    Ok(state.recovery_key())
}

/// The person kept the recovery key: it is forgotten and not shown again.
#[tauri::command(async)]
pub fn recovery_key_kept(state: State<'_, AppState>) -> Reply<()> {
    state.recovery_key_kept();
    Ok(())
}

/// Writes the recovery key into a file the person picked in the save dialog.
#[tauri::command(async)]
pub fn recovery_key_save(state: State<'_, AppState>, path: PathBuf) -> Reply<()> {
    state.files.check(&[Access::Save], &path)?;
    let key = state
        .recovery_key()
        .ok_or_else(|| campaign_desk::wire::ErrorReport::new("validation", "there is no recovery key to save"))?;
    encryption::write_recovery_key_file(&path, &state.status().0, &key)?;
    Ok(())
}
