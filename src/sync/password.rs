//! Where a CalDAV password comes from: the operating system's keyring (Secret Service, Keychain, Credential
//! Manager) under the account's server and user name — never the database or a file. Where there is no keyring (a
//! headless server), `CAMPAIGN_DESK_CALDAV_PASSWORD` or `--password-stdin` serve for one run only, and the messages
//! say so. Passwords are never printed.

use crate::error::{Error, Result};
use crate::store::SyncAccount;

/// The environment variable that supplies the password for this run, before the keyring is asked.
pub const PASSWORD_ENV: &str = "CAMPAIGN_DESK_CALDAV_PASSWORD";

/// The keyring entry's service name.
const SERVICE: &str = "campaign-desk-caldav";

/// Where the password used for a run came from (said in messages, never the password itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Keyring,
    Environment,
    Stdin,
    /// Kept in the app's memory for this session (the system has no keyring), never saved.
    Session,
}

/// The keyring's key for an account: the same server and user name find the same password from the app and the CLI.
fn entry_user(account: &SyncAccount) -> String {
    format!("{}@{}", account.username, account.url)
}

/// The password for `account`: `CAMPAIGN_DESK_CALDAV_PASSWORD` when set (the keyring is then not touched at all,
/// so tests and headless runs never read or write the person's keyring), else the keyring's.
pub fn lookup(account: &SyncAccount) -> Result<(String, Source)> {
    if let Some(p) = std::env::var(PASSWORD_ENV).ok().filter(|p| !p.is_empty()) {
        return Ok((p, Source::Environment));
    }
    match keyring_get(&entry_user(account)) {
        Ok(Some(p)) => Ok((p, Source::Keyring)),
        Ok(None) => Err(Error::Remote {
            message: format!(
                "the keyring holds no password for {} on {}: add the account again, or set {PASSWORD_ENV} for this \
                 run",
                account.username, account.url
            ),
            fixable: true,
        }),
        Err(why) => Err(Error::Remote {
            message: format!(
                "no keyring is available ({why}); set {PASSWORD_ENV} to the password of {} for this run",
                account.username
            ),
            fixable: true,
        }),
    }
}

/// Whether the system has a keyring to save passwords in; `Err` says why not (no Secret Service on a desktop
/// without one, a locked or missing collection). Asks for an entry that never exists, so nothing is read or written.
pub fn keyring_available() -> std::result::Result<(), String> {
    keyring_get("campaign-desk keyring check").map(|_| ())
}

/// Saves the password in the keyring; `Err` says why it could not (then it serves this run only).
pub fn remember(account: &SyncAccount, password: &str) -> std::result::Result<(), String> {
    keyring_set(&entry_user(account), password)
}

/// Removes the account's password from the keyring (nothing there is fine). Not when the password comes from
/// [`PASSWORD_ENV`]: then the keyring is never touched.
pub fn forget(account: &SyncAccount) -> std::result::Result<(), String> {
    if std::env::var(PASSWORD_ENV).is_ok_and(|p| !p.is_empty()) {
        return Ok(());
    }
    keyring_delete(&entry_user(account))
}

#[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
mod os {
    pub(super) fn entry(user: &str) -> Result<keyring::Entry, String> {
        keyring::Entry::new(super::SERVICE, user).map_err(|e| e.to_string())
    }
}

#[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
fn keyring_get(user: &str) -> std::result::Result<Option<String>, String> {
    match os::entry(user)?.get_password() {
        Ok(p) => Ok(Some(p)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(e.to_string()),
    }
}

#[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
fn keyring_set(user: &str, password: &str) -> std::result::Result<(), String> {
    os::entry(user)?.set_password(password).map_err(|e| e.to_string())
}

#[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
fn keyring_delete(user: &str) -> std::result::Result<(), String> {
    match os::entry(user)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(e.to_string()),
    }
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
fn keyring_get(_: &str) -> std::result::Result<Option<String>, String> {
    Err("this system has no keyring Campaign Desk can use".into())
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
fn keyring_set(_: &str, _: &str) -> std::result::Result<(), String> {
    Err("this system has no keyring Campaign Desk can use".into())
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
fn keyring_delete(_: &str) -> std::result::Result<(), String> {
    Ok(())
}
