//! State shared by all IPC commands: the open store (or why it could not be opened), behind one mutex.
//!
//! One connection serialises the app's own writes; SQLite's WAL lets the CLI read and write the same file meanwhile.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use campaign_desk::wire::ErrorReport;
use campaign_desk::{backup, Store};

pub struct AppState {
    inner: Mutex<Slot>,
}

struct Slot {
    path: PathBuf,
    store: Result<Store, String>,
}

impl AppState {
    /// Opens the database at `path`. A failure is kept, not raised: the window still opens and explains it.
    pub fn open(path: PathBuf) -> AppState {
        let store = open_with_daily_backup(&path);
        AppState { inner: Mutex::new(Slot { path, store }) }
    }

    /// Runs `f` on the open store; `bad_database` when there is none.
    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> campaign_desk::Result<T>) -> Result<T, ErrorReport> {
        let mut slot = self.inner.lock().map_err(|_| ErrorReport::new("internal", "the store lock was poisoned"))?;
        match &mut slot.store {
            Ok(store) => f(store).map_err(ErrorReport::from),
            Err(why) => Err(ErrorReport::new("bad_database", why.clone())),
        }
    }

    /// The database path and, when it could not be opened, why.
    pub fn status(&self) -> (PathBuf, Option<String>) {
        match self.inner.lock() {
            Ok(slot) => (slot.path.clone(), slot.store.as_ref().err().cloned()),
            Err(_) => (PathBuf::new(), Some("the store lock was poisoned".into())),
        }
    }

    /// Switches to another database file (creating it if it does not exist). On failure the current one stays open.
    pub fn switch(&self, path: &Path) -> Result<(), ErrorReport> {
        let store = open_with_daily_backup(path).map_err(|m| ErrorReport::new("bad_database", m))?;
        let mut slot = self.inner.lock().map_err(|_| ErrorReport::new("internal", "the store lock was poisoned"))?;
        *slot = Slot { path: path.to_path_buf(), store: Ok(store) };
        Ok(())
    }
}

/// Opens the store and, at most once a day, backs it up. A failed backup is logged, never fatal: the user's work
/// comes first, and Settings shows when the last backup was made.
fn open_with_daily_backup(path: &Path) -> Result<Store, String> {
    let store = Store::open(path).map_err(|e| e.to_string())?;
    let keep = store.settings().map(|s| s.backups_keep).unwrap_or(14);
    if let Err(e) = backup::daily_backup(&store, keep, chrono_today()) {
        eprintln!("campaign-desk-app: daily backup failed: {e}");
    }
    Ok(store)
}

fn chrono_today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}
