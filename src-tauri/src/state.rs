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

use campaign_desk::db_key::{open_at_start, Keys, Opening, OsKeyring};
use campaign_desk::encryption::Encrypted;
use campaign_desk::store::Reopen;
use campaign_desk::wire::{ErrorReport, WaitNeed, Waiting};
use campaign_desk::{backup, Store};

use crate::file_access::FileGrants;

pub struct AppState {
    inner: Mutex<Slot>,
    /// The files the webview may have the app read or write (see `file_access.rs`).
    pub files: FileGrants,
    /// `--new-database plain`: a missing database file is created plain without asking (the E2E harness).
    plain_new: bool,
}

struct Slot {
    path: PathBuf,
    store: Result<Store, String>,
    /// What the person must give before the store opens (a passphrase, a choice); the store is then `Err`.
    waiting: Option<Waiting>,
    /// A recovery key made in this run, shown until the person says they kept it. Memory only.
    recovery_key: Option<String>,
}

/// Where this run finds and keeps database keys: the OS keyring, or `CAMPAIGN_DESK_DB_KEY_FILE`.
pub fn keys() -> Keys<'static> {
    static KEYRING: OsKeyring = OsKeyring;
    Keys::from_env(&KEYRING)
}

impl AppState {
    /// Opens the database at `path`. A failure is kept, not raised: the window still opens and explains it.
    pub fn open(path: PathBuf) -> AppState {
        AppState::open_with(path, plain_new_from_args())
    }

    /// [`open`](Self::open), creating a missing file plain when `plain_new`.
    pub fn open_with(path: PathBuf, plain_new: bool) -> AppState {
        let slot = start_slot(path, plain_new);
        AppState { inner: Mutex::new(slot), files: FileGrants::from_args(), plain_new }
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
        let store = match &mut slot.store {
            Ok(store) => store,
            Err(why) => return Err(ErrorReport::new("bad_database", why.clone())),
        };
        match catch_unwind(AssertUnwindSafe(|| f(store))) {
            Ok(result) => result.map_err(ErrorReport::from),
            Err(panic) => {
                let what = panic_message(panic.as_ref());
                eprintln!("campaign-desk-app: a command panicked: {what}");
                if let Ok(fresh) = store.reopener().open() {
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

    /// The database path and, when it could not be opened, why (a database waiting for the person is not an
    /// error: see [`waiting`](Self::waiting)).
    pub fn status(&self) -> (PathBuf, Option<String>) {
        let slot = self.slot();
        let error = if slot.waiting.is_some() { None } else { slot.store.as_ref().err().cloned() };
        (slot.path.clone(), error)
    }

    /// What the database waits for before it opens, if anything.
    pub fn waiting(&self) -> Option<Waiting> {
        self.slot().waiting.clone()
    }

    /// How to open another connection to the open database, with its key (the sync's own threads).
    pub fn reopener(&self) -> Result<Reopen, String> {
        self.slot().store.as_ref().map(Store::reopener).map_err(Clone::clone)
    }

    /// Switches to another database file (creating it if it does not exist, encrypted as at first start). On
    /// failure the current one stays open.
    pub fn switch(&self, path: &Path) -> Result<(), ErrorReport> {
        let slot = start_slot(path.to_path_buf(), self.plain_new);
        if slot.waiting.is_none() {
            if let Err(why) = &slot.store {
                return Err(ErrorReport::new("bad_database", why.clone()));
            }
        }
        *self.slot() = slot;
        Ok(())
    }

    /// Opens the waiting database with `open` (a passphrase or recovery key typed, a choice made). On failure it
    /// keeps waiting and the error is the person's to read.
    pub fn resolve<T>(
        &self,
        open: impl FnOnce(&Path, &Keys) -> campaign_desk::Result<(Store, Option<String>, T)>,
    ) -> Result<T, ErrorReport> {
        let mut slot = self.slot();
        if slot.waiting.is_none() {
            return Err(ErrorReport::new("validation", "the database is not waiting for a key or a choice"));
        }
        let (store, recovery_key, extra) = open(&slot.path, &keys()).map_err(ErrorReport::from)?;
        slot.store = Ok(after_open(store));
        slot.waiting = None;
        slot.recovery_key = recovery_key;
        Ok(extra)
    }

    /// Runs a conversion (`encrypt_store`, `rekey_store`) on the open store, which it closes, and opens the result
    /// with its new key. On failure the database is as it was and is opened again as before.
    pub fn convert(
        &self,
        f: impl FnOnce(Store, &Keys) -> campaign_desk::Result<Encrypted>,
    ) -> Result<Encrypted, ErrorReport> {
        let mut slot = self.slot();
        let store = std::mem::replace(&mut slot.store, Err("the database is being converted".into()));
        let store = store.map_err(|why| ErrorReport::new("bad_database", why))?;
        let reopen = store.reopener();
        match f(store, &keys()) {
            Ok(done) => {
                slot.store = Store::open_encrypted(&slot.path, done.key.clone()).map_err(|e| e.to_string());
                slot.recovery_key = done.recovery_key.clone();
                Ok(done)
            }
            Err(e) => {
                slot.store = reopen.open().map_err(|e| e.to_string());
                Err(ErrorReport::from(e))
            }
        }
    }

    /// The recovery key made in this run, until the person confirms they kept it.
    pub fn recovery_key(&self) -> Option<String> {
        self.slot().recovery_key.clone()
    }

    /// The person kept the recovery key: it is forgotten.
    pub fn recovery_key_kept(&self) {
        self.slot().recovery_key = None;
    }
}

/// The slot for `path` at start (or on switching): open, created encrypted (with a recovery key to show), waiting
/// for the person, or failed.
fn start_slot(path: PathBuf, plain_new: bool) -> Slot {
    let mut slot = Slot { path, store: Err(String::new()), waiting: None, recovery_key: None };
    match open_at_start(&slot.path, &keys(), plain_new) {
        Ok(Opening::Open(store)) => slot.store = Ok(after_open(store)),
        Ok(Opening::Created { store, recovery_key }) => {
            slot.store = Ok(after_open(store));
            slot.recovery_key = recovery_key;
        }
        Ok(Opening::NeedsKey { reason }) => {
            slot.store = Err(reason.clone());
            slot.waiting = Some(Waiting { need: WaitNeed::Key, reason });
        }
        Ok(Opening::NeedsChoice { reason }) => {
            slot.store = Err(reason.clone());
            slot.waiting = Some(Waiting { need: WaitNeed::Choice, reason });
        }
        Err(e) => slot.store = Err(e.to_string()),
    }
    slot
}

/// At most once a day, backs the opened store up. A failed backup is logged, never fatal: the user's work comes
/// first, and Settings shows when the last backup was made.
fn after_open(store: Store) -> Store {
    let keep = store.settings().map(|s| s.backups_keep).unwrap_or(14);
    if let Err(e) = backup::daily_backup(&store, keep, chrono_today()) {
        eprintln!("campaign-desk-app: daily backup failed: {e}");
    }
    crate::startup_trace::mark("daily-backup-checked");
    store
}

/// `--new-database plain` on the command line.
fn plain_new_from_args() -> bool {
    let args: Vec<_> = std::env::args_os().skip(1).collect();
    args.windows(2).any(|w| w[0] == "--new-database" && w[1] == "plain")
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
        let state = AppState::open_with(dir.path().join("app.sqlite3"), true);
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
        let state = std::sync::Arc::new(AppState::open_with(dir.path().join("app.sqlite3"), true));
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
