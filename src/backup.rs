//! Backups without thought: a consistent copy through SQLite's online backup API, at most once a day, keeping the
//! newest N; and a restore that checks the file before it replaces anything.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::db_key::DbKey;
use crate::error::{Error, Result};
use crate::store::{check_identity, file_kind, FileKind, Store};

/// `backups/` beside the database file.
pub fn backup_dir(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new(".")).join("backups")
}

/// Copies the live database to `to` (which must not exist yet, so nothing is overwritten by mistake).
pub fn backup_to(store: &Store, to: &Path) -> Result<PathBuf> {
    if to.exists() {
        return Err(Error::invalid_msg("to", crate::msg!("core-file-exists-choose-another", path = to)));
    }
    if let Some(dir) = to.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(format!("cannot create {}", dir.display()), e))?;
    }
    // Written to a temporary name and renamed, so a half-written backup never carries the real name; when the copy
    // fails (a full disk) the partial file and the journal SQLite kept beside it are removed, not left behind.
    let partial = to.with_extension("partial");
    remove_partial(&partial);
    let copied = store.backup_into(&partial).map_err(|e| match e {
        Error::Sqlite(e) => Error::io(format!("cannot write the backup {}", to.display()), std::io::Error::other(e)),
        other => other,
    });
    let copied = copied.and_then(|()| {
        std::fs::rename(&partial, to).map_err(|e| Error::io(format!("cannot move backup to {}", to.display()), e))
    });
    if copied.is_err() {
        remove_partial(&partial);
    }
    copied.map(|()| to.to_path_buf())
}

/// Removes a partial backup and the files SQLite may have written beside it while copying.
fn remove_partial(partial: &Path) {
    for suffix in ["", "-journal", "-wal", "-shm"] {
        let mut name = partial.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
}

/// Backs up into `backups/` unless one was made today (UTC date in the name), then keeps the newest `keep`.
/// Returns the new backup's path, or `None` when today's already existed.
pub fn daily_backup(store: &Store, keep: u32, today: chrono::NaiveDate) -> Result<Option<PathBuf>> {
    let dir = backup_dir(store.path());
    let stamp = today.format("%Y-%m-%d").to_string();
    if list_backups(&dir)?.iter().any(|p| file_name(p).contains(&stamp)) {
        return Ok(None);
    }
    let path = backup_to(store, &dir.join(format!("campaign-desk-{stamp}.sqlite3")))?;
    prune(&dir, keep)?;
    Ok(Some(path))
}

/// Makes a backup now with a timestamped name (the "Back up now" button and `campaign-desk backup`).
pub fn backup_now(store: &Store, keep: u32) -> Result<PathBuf> {
    let dir = backup_dir(store.path());
    let stamp = chrono::Utc::now().format("%Y-%m-%d-%H%M%S");
    let path = backup_to(store, &fresh_name(&dir, &format!("campaign-desk-{stamp}")))?;
    prune(&dir, keep)?;
    Ok(path)
}

/// Our backups in `dir`, newest first (their names sort by date).
pub fn list_backups(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(format!("cannot list {}", dir.display()), e)),
    };
    let mut list: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let n = file_name(p);
            n.starts_with("campaign-desk-") && n.ends_with(".sqlite3")
        })
        .collect();
    list.sort_by_key(|p| std::cmp::Reverse(file_name(p)));
    Ok(list)
}

/// The backups beside `db`, newest first, described for the Settings screen.
pub fn describe_backups(db: &Path) -> Result<Vec<crate::wire::BackupFile>> {
    Ok(list_backups(&backup_dir(db))?
        .into_iter()
        .map(|p| crate::wire::BackupFile {
            encrypted: file_kind(&p).is_ok_and(|k| k == FileKind::Encrypted),
            size_bytes: std::fs::metadata(&p).map(|m| m.len()).unwrap_or(0),
            file_name: file_name(&p),
            path: p.display().to_string(),
        })
        .collect())
}

fn prune(dir: &Path, keep: u32) -> Result<()> {
    // Copies made before a restore are never pruned: they hold what the user had before changing their mind.
    let automatic: Vec<PathBuf> =
        list_backups(dir)?.into_iter().filter(|p| !file_name(p).starts_with("campaign-desk-before-restore")).collect();
    for old in automatic.iter().skip(keep as usize) {
        std::fs::remove_file(old).map_err(|e| Error::io(format!("cannot remove old backup {}", old.display()), e))?;
    }
    Ok(())
}

/// `dir/stem.sqlite3`, or `dir/stem-2.sqlite3` … when two backups are made within the same second.
fn fresh_name(dir: &Path, stem: &str) -> PathBuf {
    let mut path = dir.join(format!("{stem}.sqlite3"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{stem}-{n}.sqlite3"));
        n += 1;
    }
    path
}

fn file_name(p: &Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Replaces the live database's content with `file`'s, after checking that `file` is a sound Campaign Desk
/// database and saving a copy of the current content. Returns where that copy went.
pub fn restore(store: &mut Store, file: &Path) -> Result<PathBuf> {
    restore_with_key(store, file, None)
}

/// [`restore`] for a backup that needs a key of its own: one made before the database was given a new key, or an
/// encrypted backup restored into a plain database (`backup_key`, from its recovery key or passphrase). Without
/// one, an encrypted backup is read with the live database's key. The content arrives with the live database's
/// key (or plain), whatever the backup's was.
pub fn restore_with_key(store: &mut Store, file: &Path, backup_key: Option<&DbKey>) -> Result<PathBuf> {
    let key = check_restorable(file, backup_key.or(store.key())).map_err(|e| match e {
        Error::WrongKey { path, .. } => Error::key(if backup_key.is_some() {
            crate::msg!("core-backup-other-key-than-given", path = &path)
        } else {
            crate::msg!("core-backup-other-key-than-this", path = &path)
        }),
        other => other,
    })?;
    let dir = backup_dir(store.path());
    let stamp = chrono::Utc::now().format("%Y-%m-%d-%H%M%S");
    let safety = backup_to(store, &fresh_name(&dir, &format!("campaign-desk-before-restore-{stamp}")))?;
    store.restore_from(file, key.as_ref())?;
    Ok(safety)
}

/// Opens `file` read-only and checks header, identity, schema version and integrity, without changing it. `key`
/// is the one to read an encrypted backup with; a plain backup is read as it is. Returns the key the file opened
/// with (`None`: plain).
pub fn check_restorable(file: &Path, key: Option<&DbKey>) -> Result<Option<DbKey>> {
    if !file.is_file() {
        return Err(Error::invalid_msg("file", crate::msg!("core-not-a-file", path = file)));
    }
    let key = match (file_kind(file)?, key) {
        (FileKind::Plain, _) => None,
        (FileKind::Encrypted, Some(key)) => Some(key),
        (FileKind::Encrypted, None) => {
            return Err(Error::key(crate::msg!("core-backup-encrypted-database-plain", path = file)));
        }
        (FileKind::New, _) => {
            return Err(Error::NotADatabase { path: file.into(), reason: "it is empty".into() });
        }
    };
    let conn = Connection::open_with_flags(file, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| Error::NotADatabase { path: file.into(), reason: e.to_string() })?;
    if let Some(key) = key {
        crate::store::apply_key(&conn, key)?;
    }
    check_identity(&conn, file).map_err(|e| match (e, key) {
        (Error::NotADatabase { .. }, Some(_)) => Error::WrongKey { path: file.into(), from: "this key".into() },
        (e, _) => e,
    })?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version == 0 {
        return Err(Error::NotADatabase { path: file.into(), reason: "it holds no Campaign Desk data".into() });
    }
    let verdict: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| Error::NotADatabase { path: file.into(), reason: e.to_string() })?;
    if verdict != "ok" {
        return Err(Error::NotADatabase { path: file.into(), reason: format!("it is damaged ({verdict})") });
    }
    Ok(key.cloned())
}
