//! The SQLite store: opening (with the checks that keep foreign files untouched), pragmas, migrations, and one
//! module per table. This is the only place SQL lives; every query binds its parameters.

mod announcements;
mod campaigns;
mod cipher;
mod close;
mod event_writer;
mod events;
mod invitations;
mod migrations;
mod occurrence_changes;
mod occurrence_query;
mod organisations;
mod people;
mod plans;
mod polls;
mod reminders;
mod reminders_sent;
mod roles;
mod search;
mod settings;
mod statement_parts;
mod statements;
mod subscriptions;
mod sync;
mod tasks;
mod write_tx;

use std::io::{ErrorKind, Read};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::db_key::DbKey;
use crate::error::{Error, Result};

pub use cipher::TableCount;
pub(crate) use cipher::{apply_key, remove_with_journals};
pub use event_writer::EventWriter;
pub(crate) use invitations::{check_occurrence, invitee_name};
pub use migrations::{latest_version, MIGRATIONS};
pub(crate) use occurrence_changes::check_against_series;
pub use plans::{CampaignPlan, CreatedPlan};
pub use search::{match_expression, RANKED_AT_MOST};
pub use subscriptions::{FeedEvent, Subscription};
pub use sync::{SyncAccount, SyncConflict, SyncItem, SyncLink};
pub use write_tx::WriteTx;

/// Written into the file header (`PRAGMA application_id`) so we can tell our databases from anyone else's.
/// The bytes spell "CDSK".
pub const APPLICATION_ID: i32 = 0x4344_534B;

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The key of an encrypted database (`None`: a plain file). Kept so that backups are encrypted with it.
    key: Option<DbKey>,
    /// Events read by occurrence queries, kept between them (see [`occurrence_query::OccurrenceCache`]).
    occurrence_cache: std::cell::RefCell<occurrence_query::OccurrenceCache>,
    /// Whether dropping the store checkpoints the log: not for a second connection opened to read beside the first
    /// ([`Reopen::open_to_read`]), whose checkpoint would wait for the first one's reading to end.
    checkpoint_on_drop: bool,
    /// A second connection kept for reading beside this one ([`Store::take_reader`]): publishing re-exports the
    /// calendar after every change, and opening a connection and filling its page cache each time was a tenth of a
    /// 100,000-event export.
    reader: std::cell::RefCell<Option<Box<Store>>>,
}

/// Opens the same database again ([`Store::reopener`]); its `Debug` shows no key.
#[derive(Debug, Clone)]
pub struct Reopen {
    path: PathBuf,
    key: Option<DbKey>,
}

impl Reopen {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A new connection, with the key the first one was opened with.
    pub fn open(&self) -> Result<Store> {
        match &self.key {
            Some(key) => Store::open_encrypted(&self.path, key.clone()),
            None => Store::open(&self.path),
        }
    }

    /// Whether another connection costs milliseconds: a passphrase is stretched again (SQLCipher's PBKDF2, a
    /// large part of a second) on every open, a raw key or a plain file is not.
    pub fn opens_quickly(&self) -> bool {
        !matches!(self.key, Some(DbKey::Passphrase(_)))
    }

    /// [`Reopen::open`] for reading beside the first connection (a share of an export's rows): dropping it leaves
    /// the log to the first.
    pub fn open_to_read(&self) -> Result<Store> {
        let mut store = self.open()?;
        store.checkpoint_on_drop = false;
        Ok(store)
    }
}

impl Store {
    /// Opens (creating if needed) and migrates the database at `path`.
    ///
    /// A file that is not SQLite, or a SQLite database of another application, or one written by a newer version,
    /// is refused before anything is written to it.
    pub fn open(path: &Path) -> Result<Store> {
        check_header(path)?;
        Store::open_keyed(path, None)
    }

    /// Opens (creating if needed: a new file is encrypted from its first page) the encrypted database at `path` with
    /// `key`. A key that does not open it is [`Error::WrongKey`], found before anything is written; a plain file is
    /// refused too (`db encrypt` converts one).
    pub fn open_encrypted(path: &Path, key: DbKey) -> Result<Store> {
        match file_kind(path)? {
            FileKind::Plain => Err(Error::key(crate::msg!("core-key-for-plain-database", path = path))),
            FileKind::New | FileKind::Encrypted => Store::open_keyed(path, Some(key)),
        }
    }

    fn open_keyed(path: &Path, key: Option<DbKey>) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(format!("cannot create {}", dir.display()), e))?;
        }
        Store::open_checked(path, key).map_err(|e| explain_unwritable(path, e))
    }

    fn open_checked(path: &Path, key: Option<DbKey>) -> Result<Store> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).map_err(|e| not_a_database(path, e))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // The key first: every read after it (the identity checks included) goes through it. A wrong key shows as
        // "not a database" at the first read, before any pragma or migration writes.
        if let Some(key) = &key {
            // Closing the last connection checkpoints a `-wal` left by a process that was killed: its frames are
            // copied into the file without being read, so even a wrong key would change the file's bytes. Not until
            // the key is known to be right.
            conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
            cipher::apply_key(&conn, key)?;
        }
        let app_id = check_identity(&conn, path).map_err(|e| match (e, &key) {
            (Error::NotADatabase { .. }, Some(_)) => {
                Error::WrongKey { path: path.into(), from: "the key given".into() }
            }
            (e, _) => e,
        })?;
        if key.is_some() {
            conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)?;
        }
        apply_pragmas(&conn)?;
        let current: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if app_id != APPLICATION_ID || current < latest_version() {
            // A new or older file: checked again and migrated under the write lock, since another process (the
            // app and the CLI, or two CLIs) may be opening the same new file at this moment.
            migrations::migrate(&mut conn, |tx| {
                if check_identity(tx, path)? != APPLICATION_ID {
                    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
                }
                Ok(())
            })?;
        }
        // Entries left pending by a writer that committed without the store (none of ours does), indexed now.
        if conn.query_row("SELECT EXISTS (SELECT 1 FROM search_pending)", [], |r| r.get::<_, bool>(0))? {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            search::apply_pending(&tx)?;
            tx.commit()?;
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            key,
            occurrence_cache: Default::default(),
            checkpoint_on_drop: true,
            reader: Default::default(),
        })
    }

    /// An in-memory database, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        apply_pragmas(&conn)?;
        migrations::migrate(&mut conn, |tx| Ok(tx.pragma_update(None, "application_id", APPLICATION_ID)?))?;
        Ok(Store {
            conn,
            path: PathBuf::from(":memory:"),
            key: None,
            occurrence_cache: Default::default(),
            checkpoint_on_drop: true,
            reader: Default::default(),
        })
    }

    /// The second connection kept by [`Store::keep_reader`], if there is one (else the caller opens one with
    /// [`Reopen::open_to_read`]). The caller gives it back when done.
    pub fn take_reader(&self) -> Option<Store> {
        self.reader.borrow_mut().take().map(|kept| *kept)
    }

    /// Keeps `reader` (from [`Store::take_reader`]) for the next time. One that failed is dropped instead: it may
    /// no longer read this database (another key, a file replaced).
    pub fn keep_reader(&self, reader: Store) {
        *self.reader.borrow_mut() = Some(Box::new(reader));
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the database file is encrypted (SQLCipher).
    pub fn is_encrypted(&self) -> bool {
        self.key.is_some()
    }

    /// How to open another connection to this database with the same key (a sync on its own thread, where the key
    /// may have come from a passphrase typed in the window and is in no keyring).
    pub fn reopener(&self) -> Reopen {
        Reopen { path: self.path.clone(), key: self.key.clone() }
    }

    pub(crate) fn key(&self) -> Option<&DbKey> {
        self.key.as_ref()
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// True when nothing has been recorded yet (the UI then offers "Start empty" or "Explore with demo data").
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT NOT EXISTS (SELECT 1 FROM organisations) AND NOT EXISTS (SELECT 1 FROM campaigns)
               AND NOT EXISTS (SELECT 1 FROM events)",
            [],
            |r| r.get(0),
        )?)
    }

    /// Runs `f` in one IMMEDIATE transaction: it all lands, or (on any error) nothing does.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        search::apply_pending(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// A consistent copy of the live database into a new file (SQLite's online backup API), safe while in use. The
    /// copy of an encrypted database is encrypted with the same key (the backup API copies pages only between files
    /// of the same settings); the copy of a plain one is plain.
    pub fn backup_into(&self, to: &Path) -> Result<()> {
        let mut copy = Connection::open(to)?;
        if let Some(key) = &self.key {
            cipher::apply_key(&copy, key)?;
        }
        rusqlite::backup::Backup::new(&self.conn, &mut copy)?.run_to_completion(
            100,
            std::time::Duration::from_millis(250),
            None,
        )?;
        Ok(())
    }

    /// Replaces the content with `from`'s (already checked by the caller, and read with `from_key`, or plain) and
    /// brings it to the current schema.
    pub fn restore_from(&mut self, from: &Path, from_key: Option<&DbKey>) -> Result<()> {
        let max_rev = "SELECT coalesce(max(rev), 0) FROM event_writes";
        let seen: i64 = self.conn.query_row(max_rev, [], |r| r.get(0))?;
        // The backup API copies pages only between files of the same settings: a backup with another key than this
        // database's (or none where this one has one, or the other way round) is first exported into a copy with
        // this database's key beside it (removed afterwards).
        let staged = if from_key != self.key.as_ref() {
            let mut name = self.path.as_os_str().to_owned();
            name.push(".restoring");
            let staged = PathBuf::from(name);
            cipher::remove_with_journals(&staged);
            cipher::copy_with_key(from, from_key, &staged, self.key.as_ref()).inspect_err(|_| {
                cipher::remove_with_journals(&staged);
            })?;
            Some(staged)
        } else {
            None
        };
        let copied = self.copy_pages_from(staged.as_deref().unwrap_or(from));
        if let Some(staged) = &staged {
            cipher::remove_with_journals(staged);
        }
        copied?;
        *self.occurrence_cache.get_mut() = Default::default();
        apply_pragmas(&self.conn)?;
        migrations::migrate(&mut self.conn, |_| Ok(()))?;
        // Another process (the app beside the CLI) may hold events cached as of the replaced content's write numbers
        // (migration 11), which the restored ones may reach again: renumbered past both, every restored event counts
        // as written after anything a reader saw.
        let restored: i64 = self.conn.query_row(max_rev, [], |r| r.get(0))?;
        self.conn.execute("UPDATE event_writes SET rev = rev + ?1", [seen.max(restored) + 1])?;
        Ok(())
    }

    /// Replaces this database's pages with those of `from` (same key, or both plain) through the online backup API.
    fn copy_pages_from(&mut self, from: &Path) -> Result<()> {
        let source = Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        if let Some(key) = &self.key {
            cipher::apply_key(&source, key)?;
        }
        source.busy_timeout(BUSY_TIMEOUT)?;
        rusqlite::backup::Backup::new(&source, &mut self.conn)?.run_to_completion(
            100,
            std::time::Duration::from_millis(250),
            None,
        )?;
        Ok(())
    }

    /// Rows changed through this connection since it was opened: lets a caller tell whether anything was written
    /// (the CLI republishes calendars only then).
    pub fn total_changes(&self) -> u64 {
        self.conn.total_changes()
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// WAL lets the UI read while a write is in flight; `synchronous=FULL` makes every committed transaction survive a
/// power cut, not just a crash — writes here are paced by a human, so the extra fsync per commit costs nothing that
/// anyone would notice (see ARCHITECTURE.md, "Durability").
fn apply_pragmas(conn: &Connection) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    set_wal(conn)?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // 64 MiB of page cache (SQLite's default is 2 MiB): with 100,000 events the span index and the rows a calendar
    // window reads no longer fit the default and were read again from the OS on every query.
    conn.pragma_update(None, "cache_size", -65536)?;
    Ok(())
}

/// How long a statement waits for another connection's lock (the CLI beside the app) before giving up.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// Switching a new file to WAL needs it to itself, and SQLite answers "database is locked" at once, without the busy
/// timeout, while another process opens the same new file: so this waits here, as the timeout would.
fn set_wal(conn: &Connection) -> Result<()> {
    let deadline = std::time::Instant::now() + BUSY_TIMEOUT;
    loop {
        match conn.pragma_update(None, "journal_mode", "WAL") {
            Err(rusqlite::Error::SqliteFailure(f, _))
                if f.code == rusqlite::ErrorCode::DatabaseBusy && std::time::Instant::now() < deadline =>
            {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            other => return Ok(other?),
        }
    }
}

/// SQLite says "unable to open database file" or "attempt to write a readonly database" when it cannot write
/// beside the database (a new file, or the `-wal` and `-shm` files WAL keeps next to it) — which reads as a broken
/// file. When the folder or the file is read-only, the message says that instead.
fn explain_unwritable(path: &Path, e: Error) -> Error {
    if !matches!(e, Error::NotADatabase { .. } | Error::Sqlite(_)) {
        return e;
    }
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let probe = dir.join(format!(".campaign-desk-write-test-{}", std::process::id()));
    match std::fs::OpenOptions::new().write(true).create_new(true).open(&probe) {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
        }
        Err(io) if matches!(io.kind(), ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem) => {
            return Error::io(
                format!(
                    "cannot open {}: the folder {} is read-only, and Campaign Desk needs to write there (the \
                     database and the -wal and -shm files beside it); choose a folder you can write to",
                    path.display(),
                    dir.display()
                ),
                io,
            );
        }
        Err(_) => {}
    }
    if std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        return Error::io(
            format!("cannot open {}: the file is read-only; allow writing to it or choose another", path.display()),
            ErrorKind::PermissionDenied.into(),
        );
    }
    e
}

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// What a database file looks like from its first bytes, read before SQLite sees it (so nothing writes to it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// Missing or empty: a new database.
    New,
    /// Starts with SQLite's magic string.
    Plain,
    /// Not SQLite's header, but whole pages of bytes: an SQLCipher file (whose first 16 bytes are its random salt) —
    /// or noise, which only a key can tell apart.
    Encrypted,
}

/// Reads the first bytes of `path`. A file that is neither SQLite's nor made of whole pages is refused here.
pub fn file_kind(path: &Path) -> Result<FileKind> {
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileKind::New),
        Err(e) => return Err(Error::io(format!("cannot read {}", path.display()), e)),
    };
    let meta = file.metadata().map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
    if meta.is_dir() {
        return Err(Error::NotADatabase { path: path.into(), reason: "it is a folder".into() });
    }
    let mut header = Vec::with_capacity(16);
    file.by_ref()
        .take(16)
        .read_to_end(&mut header)
        .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
    if header.is_empty() {
        Ok(FileKind::New)
    } else if header.as_slice() == SQLITE_HEADER {
        Ok(FileKind::Plain)
    } else if meta.len() >= 512 && meta.len() % 512 == 0 {
        // SQLite's page sizes are powers of two from 512 to 65536, and a database file is whole pages.
        Ok(FileKind::Encrypted)
    } else {
        Err(Error::NotADatabase { path: path.into(), reason: "its first bytes are not SQLite's".into() })
    }
}

/// A non-empty file must start with SQLite's magic string (or, with [`Store::open_encrypted`], be encrypted).
pub(crate) fn check_header(path: &Path) -> Result<()> {
    match file_kind(path)? {
        FileKind::New | FileKind::Plain => Ok(()),
        FileKind::Encrypted => Err(Error::key(crate::msg!("core-no-key-given", path = path))),
    }
}

/// Refuses databases that belong to another application or to a newer Campaign Desk, reading only.
/// Returns the file's application id (0 for a new, empty database).
pub(crate) fn check_identity(conn: &Connection, path: &Path) -> Result<i32> {
    // Tables first, then the id: another process may be creating this file right now, and its schema and id land
    // in one transaction, so once its tables are seen its id is too (read the other way round, a database between
    // the two reads looked foreign).
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'table'", [], |r| r.get(0))
        .map_err(|e| not_a_database(path, e))?;
    let app_id: i32 =
        conn.pragma_query_value(None, "application_id", |r| r.get(0)).map_err(|e| not_a_database(path, e))?;
    if tables > 0 && app_id != APPLICATION_ID {
        return Err(Error::ForeignDatabase { path: path.into() });
    }
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > latest_version() {
        return Err(Error::TooNew { path: path.into(), found: version, known: latest_version() });
    }
    Ok(app_id)
}

fn not_a_database(path: &Path, e: rusqlite::Error) -> Error {
    Error::NotADatabase { path: path.into(), reason: e.to_string() }
}

/// RFC 3339 UTC timestamp for `created_at`/`updated_at`.
pub(crate) fn now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// JSON columns hold small arrays; a value that does not parse is corruption and is reported, never defaulted.
pub(crate) fn from_json<T: serde::de::DeserializeOwned>(col: usize, text: String) -> rusqlite::Result<T> {
    serde_json::from_str(&text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(col, rusqlite::types::Type::Text, Box::new(e)))
}

pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> String {
    // Serialising plain Vec<String>/Vec<u32> cannot fail.
    serde_json::to_string(value).unwrap_or_else(|_| "[]".into())
}
