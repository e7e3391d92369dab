//! Turning encryption on and off for a database file (issue #15): `db encrypt`, `db decrypt --to`, `db rekey` and
//! `db status` in the CLI, and Settings → Privacy in the window. The copying and checking is the store's
//! (`Store::export_verified`); this module keeps the files safe around it: the copy is written beside the database
//! under a temporary name, checked, and renamed over it in one step, so at every moment the database's path holds
//! either the old file or the new one, whole. The plain file is kept as `<name>.plain-backup` until the person
//! confirms.

use std::path::{Path, PathBuf};

use crate::db_key::{open_database, recovery_key, DbKey, KeyPlace, Keys};
use crate::error::{Error, Result};
use crate::msg;
use crate::store::{file_kind, remove_with_journals, FileKind, Reopen, Store, TableCount};

/// What `db encrypt` and `db rekey` did.
#[derive(Debug, serde::Serialize)]
pub struct Encrypted {
    pub database: PathBuf,
    /// The new key, for the caller to open the database with again (never serialised; its `Debug` hides it).
    #[serde(skip)]
    pub key: DbKey,
    /// Where the new key is kept.
    pub key_place: KeyPlace,
    /// The raw key written for a person (none for a passphrase). Shown once, never stored by us.
    pub recovery_key: Option<String>,
    /// The plain file, kept until `db encrypt --confirm-remove-plain` (encrypt only).
    pub plain_backup: Option<PathBuf>,
    /// Backups in `backups/` made before, still plain: they hold what the database held then.
    pub plain_backups_left: Vec<PathBuf>,
    pub tables: usize,
    pub rows: i64,
}

/// What `db status` says: never the key, only where it is.
#[derive(Debug, serde::Serialize)]
pub struct Status {
    pub database: PathBuf,
    pub encrypted: bool,
    /// Where the key was found, and whether it opens the file (`None` for a plain or new file).
    pub key_place: Option<KeyPlace>,
    pub key_opens: Option<bool>,
    /// Why the key was not found or does not open the file.
    pub problem: Option<String>,
    pub plain_backup: Option<PathBuf>,
}

/// `<name>.plain-backup` beside the database.
pub fn plain_backup_path(db: &Path) -> PathBuf {
    sibling(db, ".plain-backup")
}

fn sibling(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Encrypts the plain database at `db` with a new random key (kept where `keys` keeps keys) or with `passphrase`.
pub fn encrypt(db: &Path, keys: &Keys, passphrase: Option<DbKey>) -> Result<Encrypted> {
    match file_kind(db)? {
        FileKind::Plain => {}
        FileKind::Encrypted => {
            return Err(Error::invalid_msg("database", msg!("core-already-encrypted", path = db)));
        }
        FileKind::New => {
            return Err(Error::invalid_msg("database", msg!("core-database-missing-or-empty", path = db)));
        }
    }
    encrypt_store(Store::open(db)?, keys, passphrase)
}

/// [`encrypt`] for a database already open (the window's): `store` is closed once copied, since the copy can only
/// replace a file nobody has open. The caller opens the database again with [`Encrypted::key`].
pub fn encrypt_store(store: Store, keys: &Keys, passphrase: Option<DbKey>) -> Result<Encrypted> {
    let db = store.path().to_path_buf();
    if store.is_encrypted() {
        return Err(Error::invalid_msg("database", msg!("core-already-encrypted", path = &*db)));
    }
    let plain_backup = plain_backup_path(&db);
    if plain_backup.exists() {
        return Err(Error::invalid_msg("database", msg!("core-plain-copy-in-the-way", path = &plain_backup)));
    }
    if let Some(file) = keys.key_file.as_ref().filter(|f| f.exists() && passphrase.is_none()) {
        return Err(Error::invalid_msg("key_file", msg!("core-key-file-exists", path = file)));
    }
    let key = match passphrase {
        Some(p) => p,
        None => DbKey::generate()?,
    };
    let tmp = sibling(&db, ".encrypting");
    remove_with_journals(&tmp);
    let counts = {
        store.checkpoint()?;
        let counts = store.export_verified(&tmp, Some(&key))?;
        drop(store);
        counts
    };
    let place = save_then_replace(&db, &tmp, keys, &key, Some(&plain_backup))?;
    Ok(Encrypted {
        recovery_key: recovery_key(&key),
        key,
        key_place: place,
        plain_backup: Some(plain_backup),
        plain_backups_left: plain_backups(&db),
        tables: counts.len(),
        rows: total(&counts),
        database: db,
    })
}

/// Gives the encrypted database at `db` a new random key (or `passphrase`), through a checked copy like `encrypt`.
pub fn rekey(db: &Path, keys: &Keys, passphrase: Option<DbKey>) -> Result<Encrypted> {
    if file_kind(db)? != FileKind::Encrypted {
        return Err(Error::invalid_msg("database", msg!("core-not-encrypted-encrypt-it", path = db)));
    }
    rekey_store(open_database(db, keys)?, keys, passphrase)
}

/// [`rekey`] for a database already open (the window's, which may have been opened with a passphrase); `store` is
/// closed once copied.
pub fn rekey_store(store: Store, keys: &Keys, passphrase: Option<DbKey>) -> Result<Encrypted> {
    let db = store.path().to_path_buf();
    if !store.is_encrypted() {
        return Err(Error::invalid_msg("database", msg!("core-not-encrypted-encrypt-first", path = &*db)));
    }
    let key = match passphrase {
        Some(p) => p,
        None => DbKey::generate()?,
    };
    let tmp = sibling(&db, ".rekeying");
    remove_with_journals(&tmp);
    let counts = {
        store.checkpoint()?;
        let counts = store.export_verified(&tmp, Some(&key))?;
        drop(store);
        counts
    };
    let place = save_then_replace(&db, &tmp, keys, &key, None)?;
    Ok(Encrypted {
        recovery_key: recovery_key(&key),
        key,
        key_place: place,
        plain_backup: None,
        plain_backups_left: plain_backups(&db),
        tables: counts.len(),
        rows: total(&counts),
        database: db,
    })
}

/// How the open database `store` is protected: `None` when plain, else where its key is kept (a passphrase:
/// nowhere). For the window's Settings; the key is never part of it.
pub fn key_place_of(store: &Store, keys: &Keys) -> Option<KeyPlace> {
    match store.key()? {
        DbKey::Passphrase(_) => Some(KeyPlace::Nowhere),
        DbKey::Raw(_) => Some(keys.place()),
    }
}

/// The backups beside `db` that are plain SQLite files (made before it was encrypted).
pub fn plain_backups_of(db: &Path) -> Vec<PathBuf> {
    plain_backups(db)
}

/// Writes a recovery key into `file` (the window's "Save as file"), readable by its owner only, with a line saying
/// what it is for.
pub fn write_recovery_key_file(file: &Path, db: &Path, recovery_key: &str) -> Result<()> {
    use std::io::Write;
    let text = format!(
        "Campaign Desk recovery key for {}\n\n{recovery_key}\n\nKeep it away from the computer: it opens the \
         database if the keyring loses its key.\n",
        db.display()
    );
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(file)
        .and_then(|mut f| f.write_all(text.as_bytes()).and_then(|()| f.sync_all()))
        .map_err(|e| Error::io(format!("cannot write {}", file.display()), e))
}

/// Writes a plain copy of the encrypted database at `db` to the new file `to` (the database stays encrypted).
pub fn decrypt_to(db: &Path, keys: &Keys, to: &Path) -> Result<Vec<TableCount>> {
    if file_kind(db)? != FileKind::Encrypted {
        return Err(Error::invalid_msg("database", msg!("core-not-encrypted-copy-it", path = db)));
    }
    let store = open_database(db, keys)?;
    store.export_verified(to, None)
}

/// Deletes the plain file `db encrypt` kept, once the encrypted database opens with its key.
pub fn remove_plain_backup(db: &Path, keys: &Keys) -> Result<PathBuf> {
    remove_plain_after(db, || open_database(db, keys).map(drop))
}

/// [`remove_plain_backup`] for a database open in the window, tried with the key it was opened with.
pub fn remove_plain_copy_of(reopen: &Reopen, db: &Path) -> Result<PathBuf> {
    remove_plain_after(db, || reopen.open().map(drop))
}

fn remove_plain_after(db: &Path, opens: impl FnOnce() -> Result<()>) -> Result<PathBuf> {
    let plain = plain_backup_path(db);
    if !plain.exists() {
        return Err(Error::invalid_msg("database", msg!("core-no-plain-copy", path = &plain)));
    }
    if file_kind(db)? != FileKind::Encrypted {
        return Err(Error::invalid_msg("database", msg!("core-plain-copy-kept", path = db)));
    }
    opens()?;
    remove_with_journals(&plain);
    Ok(plain)
}

/// Whether `db` is encrypted and where its key is; the key is tried, never shown.
pub fn status(db: &Path, keys: &Keys) -> Result<Status> {
    let encrypted = file_kind(db)? == FileKind::Encrypted;
    let plain_backup = Some(plain_backup_path(db)).filter(|p| p.exists());
    if !encrypted {
        return Ok(Status {
            database: db.to_path_buf(),
            encrypted,
            key_place: None,
            key_opens: None,
            problem: None,
            plain_backup,
        });
    }
    let (key_place, key_opens, problem) = match keys.find(db) {
        Err(e) => (None, Some(false), Some(e.to_string())),
        Ok((key, place)) => match Store::open_encrypted(db, key) {
            Ok(_) => (Some(place), Some(true), None),
            Err(e) => (Some(place), Some(false), Some(e.to_string())),
        },
    };
    Ok(Status { database: db.to_path_buf(), encrypted, key_place, key_opens, problem, plain_backup })
}

/// The last steps of `encrypt` and `rekey`, once the checked copy `tmp` exists: the old file must be closed by
/// everyone (SQLite removes `-wal` when the last connection closes, so one left means the app has it open), the key
/// is saved, then the copy replaces the database in one rename (the plain file first hard-linked, or copied, to
/// `keep_as`). Anything failing before the rename removes the copy and leaves the database as it was.
fn save_then_replace(db: &Path, tmp: &Path, keys: &Keys, key: &DbKey, keep_as: Option<&Path>) -> Result<KeyPlace> {
    let fail = |e: Error| {
        remove_with_journals(tmp);
        e
    };
    if sibling(db, "-wal").exists() {
        return Err(fail(Error::invalid_msg("database", msg!("core-database-open-elsewhere", path = db))));
    }
    let previous = keys.find(db).ok();
    let place = keys.save(db, key).map_err(fail)?;
    let replaced = keep_as
        .map_or(Ok(()), |keep| {
            std::fs::hard_link(db, keep)
                .or_else(|_| std::fs::copy(db, keep).map(|_| ()))
                .map_err(|e| Error::io(format!("cannot keep the plain file as {}", keep.display()), e))
        })
        .and_then(|()| {
            std::fs::rename(tmp, db).map_err(|e| Error::io(format!("cannot move the new file to {}", db.display()), e))
        });
    if let Err(e) = replaced {
        // The database is untouched: the key it still needs goes back where it was.
        match previous {
            Some((old, _)) => {
                let _ = keys.save(db, &old);
            }
            None if place == KeyPlace::Keyring => {
                let _ = keys.keyring.delete(db);
            }
            None => {}
        }
        if let Some(keep) = keep_as {
            let _ = std::fs::remove_file(keep);
        }
        return Err(fail(e));
    }
    sync_dir(db);
    Ok(place)
}

/// Makes the rename durable (the folder's entry), where the system allows opening a folder.
fn sync_dir(db: &Path) {
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
}

/// The backups beside `db` that are plain SQLite files.
fn plain_backups(db: &Path) -> Vec<PathBuf> {
    crate::backup::list_backups(&crate::backup::backup_dir(db))
        .unwrap_or_default()
        .into_iter()
        .filter(|p| file_kind(p).is_ok_and(|k| k == FileKind::Plain))
        .collect()
}

fn total(counts: &[TableCount]) -> i64 {
    counts.iter().map(|c| c.rows).sum()
}
