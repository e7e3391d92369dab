//! State shared by all IPC commands: the open store (or why it could not be opened), behind one mutex.
//!
//! One connection serialises the app's own writes; SQLite's WAL lets the CLI read and write the same file meanwhile.
//!
//! A panic inside a command (a bug in the core, a crate that panics on odd input) must not take the app down with
//! it: [`AppState::with`] turns it into an `internal` error for that one command and reopens the store, and the
//! lock is taken whether or not an earlier holder panicked. The database itself is never half-written by a panic:
//! every write is one transaction, rolled back when its guard is dropped during the unwind.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use campaign_desk::wire::ErrorReport;
use campaign_desk::{backup, Store};

use crate::file_access::FileGrants;

pub struct AppState {
    inner: Mutex<Slot>,
    /// The files the webview may have the app read or write (see `file_access.rs`).
    pub files: FileGrants,
}

struct Slot {
    path: PathBuf,
    store: Result<Store, String>,
}

impl AppState {
    /// Opens the database at `path`. A failure is kept, not raised: the window still opens and explains it.
    pub fn open(path: PathBuf) -> AppState {
        let store = open_with_daily_backup(&path);
        AppState { inner: Mutex::new(Slot { path, store }), files: FileGrants::from_args() }
    }

    /// The slot, whether or not a thread panicked while holding it: [`with`](Self::with) catches panics inside
    /// the lock, and what the slot holds is consistent between calls (a path, and a store whose writes are
    /// transactions), so a poisoned lock carries no half-done state worth refusing over.
    fn slot(&self) -> MutexGuard<'_, Slot> {
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `f` on the open store; `bad_database` when there is none. A panic in `f` becomes an `internal` error,
    /// and the store is reopened so that no in-memory state it left behind (the occurrence cache) is used again.
    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> campaign_desk::Result<T>) -> Result<T, ErrorReport> {
        let mut slot = self.slot();
        let Slot { path, store } = &mut *slot;
        let store = match store {
            Ok(store) => store,
            Err(why) => return Err(ErrorReport::new("bad_database", why.clone())),
        };
        match catch_unwind(AssertUnwindSafe(|| f(store))) {
            Ok(result) => result.map_err(ErrorReport::from),
            Err(panic) => {
                let what = panic_message(panic.as_ref());
                eprintln!("campaign-desk-app: a command panicked: {what}");
                if let Ok(fresh) = open_store(path) {
                    *store = fresh;
                }
                Err(ErrorReport::new(
                    "internal",
                    format!(
                        "something went wrong inside Campaign Desk ({what}); the change it was making was not saved"
                    ),
                ))
            }
        }
    }

    /// The database path and, when it could not be opened, why.
    pub fn status(&self) -> (PathBuf, Option<String>) {
        let slot = self.slot();
        (slot.path.clone(), slot.store.as_ref().err().cloned())
    }

    /// Switches to another database file (creating it if it does not exist). On failure the current one stays open.
    pub fn switch(&self, path: &Path) -> Result<(), ErrorReport> {
        let store = open_with_daily_backup(path).map_err(|m| ErrorReport::new("bad_database", m))?;
        *self.slot() = Slot { path: path.to_path_buf(), store: Ok(store) };
        Ok(())
    }
}

/// Opens the store and, at most once a day, backs it up. A failed backup is logged, never fatal: the user's work
/// comes first, and Settings shows when the last backup was made.
fn open_with_daily_backup(path: &Path) -> Result<Store, String> {
    let store = open_store(path).map_err(|e| e.to_string())?;
    let keep = store.settings().map(|s| s.backups_keep).unwrap_or(14);
    if let Err(e) = backup::daily_backup(&store, keep, chrono_today()) {
        eprintln!("campaign-desk-app: daily backup failed: {e}");
    }
    Ok(store)
}

/// Opens the database as the CLI does: a plain or new file as it is, an encrypted one with the key from the keyring
/// (or the file `CAMPAIGN_DESK_DB_KEY_FILE` names).
pub(crate) fn open_store(path: &Path) -> campaign_desk::Result<Store> {
    let keyring = campaign_desk::db_key::OsKeyring;
    campaign_desk::db_key::open_database(path, &campaign_desk::db_key::Keys::from_env(&keyring))
}

fn chrono_today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

/// What a panic said, shortened (a panic message may quote the input that caused it).
fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    let text = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".into());
    campaign_desk::excerpt::excerpt(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_a_command_is_an_error_and_the_store_stays_usable() {
        let dir = tempfile::tempdir().expect("temp dir");
        let state = AppState::open(dir.path().join("app.sqlite3"));
        let input = campaign_desk::domain::OrganisationInput { name: "IMA".into(), ..Default::default() };
        let report = state
            .with(|s| -> campaign_desk::Result<()> {
                // A write in flight when the panic comes: rolled back, not half-done.
                s.create_organisation(&input)?;
                s.write(|_| -> campaign_desk::Result<()> { panic!("boom at line 7") })
            })
            .expect_err("the panic is an error");
        assert_eq!(report.kind, "internal");
        assert!(report.message.contains("boom at line 7"), "{}", report.message);
        // The lock is not poisoned and the store works; the write before the panic had committed on its own.
        let names = state.with(|s| s.list_organisations(None)).expect("usable after the panic");
        assert_eq!(names.len(), 1);
        assert!(state.status().1.is_none());
    }

    #[test]
    fn a_poisoned_lock_is_recovered() {
        let dir = tempfile::tempdir().expect("temp dir");
        let state = std::sync::Arc::new(AppState::open(dir.path().join("app.sqlite3")));
        let holder = state.clone();
        // A panic while holding the lock outside `with` (a future helper) poisons the mutex.
        let _ = std::thread::spawn(move || {
            let _guard = holder.inner.lock();
            panic!("poison");
        })
        .join();
        assert!(state.inner.is_poisoned());
        assert!(state.with(|s| s.schema_version()).is_ok());
    }
}
