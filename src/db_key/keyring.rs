//! Where database keys are kept: the operating system's keyring (Secret Service, Keychain, Credential Manager,
//! through the `keyring` crate), one entry per database file. Behind a trait so that tests use an in-memory store and
//! never depend on (or write to) a desktop keyring.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

/// A place that keeps one secret text per database path. `Err` says why the store cannot be used (no Secret
/// Service on this machine, a locked collection) in words a person can act on; it never holds the secret.
pub trait KeyStore {
    fn get(&self, db: &Path) -> Result<Option<String>, String>;
    fn set(&self, db: &Path, secret: &str) -> Result<(), String>;
    fn delete(&self, db: &Path) -> Result<(), String>;
    /// How messages name this store ("the keyring").
    fn name(&self) -> &'static str {
        "the keyring"
    }
}

/// The keyring's service name for database keys (CalDAV passwords have their own).
const SERVICE: &str = "campaign-desk-database";

/// The entry's user name: the database's absolute path, so the app and the CLI find the same entry.
fn entry_user(db: &Path) -> String {
    std::path::absolute(db).unwrap_or_else(|_| db.to_path_buf()).display().to_string()
}

/// The operating system's keyring.
pub struct OsKeyring;

#[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
impl KeyStore for OsKeyring {
    fn get(&self, db: &Path) -> Result<Option<String>, String> {
        match entry(db)?.get_password() {
            Ok(p) => Ok(Some(p)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }

    fn set(&self, db: &Path, secret: &str) -> Result<(), String> {
        entry(db)?.set_password(secret).map_err(|e| e.to_string())
    }

    fn delete(&self, db: &Path) -> Result<(), String> {
        match entry(db)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(e.to_string()),
        }
    }
}

#[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
fn entry(db: &Path) -> Result<keyring::Entry, String> {
    keyring::Entry::new(SERVICE, &entry_user(db)).map_err(|e| e.to_string())
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
impl KeyStore for OsKeyring {
    fn get(&self, _: &Path) -> Result<Option<String>, String> {
        Err("this system has no keyring Campaign Desk can use".into())
    }
    fn set(&self, _: &Path, _: &str) -> Result<(), String> {
        Err("this system has no keyring Campaign Desk can use".into())
    }
    fn delete(&self, _: &Path) -> Result<(), String> {
        Ok(())
    }
}

/// An in-memory keyring for tests: entries live as long as the value.
#[derive(Default)]
pub struct MemoryKeyring {
    entries: Mutex<HashMap<String, String>>,
    unavailable: bool,
}

impl MemoryKeyring {
    /// A keyring that fails every call, like a machine without a Secret Service or with a locked collection.
    pub fn unavailable() -> MemoryKeyring {
        MemoryKeyring { unavailable: true, ..Default::default() }
    }

    /// How many entries it holds (tests check that a key was saved, or removed).
    pub fn len(&self) -> usize {
        self.entries.lock().map(|e| e.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn check(&self) -> Result<(), String> {
        if self.unavailable {
            Err("no Secret Service is running (test keyring switched off)".into())
        } else {
            Ok(())
        }
    }
}

impl KeyStore for MemoryKeyring {
    fn get(&self, db: &Path) -> Result<Option<String>, String> {
        self.check()?;
        Ok(self.entries.lock().map_err(|e| e.to_string())?.get(&entry_user(db)).cloned())
    }

    fn set(&self, db: &Path, secret: &str) -> Result<(), String> {
        self.check()?;
        self.entries.lock().map_err(|e| e.to_string())?.insert(entry_user(db), secret.to_string());
        Ok(())
    }

    fn delete(&self, db: &Path) -> Result<(), String> {
        self.check()?;
        self.entries.lock().map_err(|e| e.to_string())?.remove(&entry_user(db));
        Ok(())
    }
}
