//! SQLCipher's side of encryption: applying a key to a connection, and copying a whole database into a new file
//! with another key (or none) through `sqlcipher_export`, checked before anyone relies on the copy.

use std::path::Path;

use rusqlite::Connection;

use super::{apply_pragmas, Store, APPLICATION_ID};
use crate::db_key::DbKey;
use crate::error::{Error, Result};

/// Gives `key` to SQLCipher for `conn`'s main database. Reads nothing and writes nothing: a wrong key shows at the
/// first read. SQLite's error text is not passed on, so the key can never travel inside a message.
pub(crate) fn apply_key(conn: &Connection, key: &DbKey) -> Result<()> {
    // SQLCipher writes its own lines to stderr on a wrong key ("hmac check failed for pgno=1"); our error says it
    // better, so its log stays off. The setting is process-wide and harmless to repeat.
    conn.query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(())).ok();
    conn.pragma_update(None, "key", key.sqlcipher_text())
        .map_err(|e| Error::key(crate::msg!("core-key-refused", code = e.sqlite_error_code().map_or(-1, |c| c as i32))))
}

/// One table's row count, compared between a database and its copy.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TableCount {
    pub table: String,
    pub rows: i64,
}

/// The row count of every table (virtual tables and their shadow tables included), by name.
fn table_counts(conn: &Connection, schema: &str) -> Result<Vec<TableCount>> {
    let list = format!("SELECT name FROM \"{schema}\".sqlite_schema WHERE type = 'table' ORDER BY name");
    let names: Vec<String> = conn.prepare(&list)?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    names
        .into_iter()
        .map(|table| {
            // Names come from the schema itself (our migrations), quoted as identifiers; no input reaches them.
            let sql = format!("SELECT count(*) FROM \"{schema}\".\"{}\"", table.replace('"', "\"\""));
            let rows = conn.query_row(&sql, [], |r| r.get(0))?;
            Ok(TableCount { table, rows })
        })
        .collect()
}

impl Store {
    /// Row counts of every table of this database.
    pub fn table_counts(&self) -> Result<Vec<TableCount>> {
        table_counts(&self.conn, "main")
    }

    /// Copies the whole database into the new file `to`, encrypted with `key` or plain (`None`), and checks the
    /// copy: `sqlcipher_export` resets the application id, the schema version and the journal mode, so they are set
    /// again; then the copy must pass `integrity_check` and hold as many rows in every table as this database. On
    /// any failure `to` is removed. Returns the row counts.
    pub fn export_verified(&self, to: &Path, key: Option<&DbKey>) -> Result<Vec<TableCount>> {
        let result = self.export_unchecked(to, key).and_then(|counts| verify_copy(to, key, &counts).map(|()| counts));
        if result.is_err() {
            remove_with_journals(to);
        }
        result
    }

    fn export_unchecked(&self, to: &Path, key: Option<&DbKey>) -> Result<Vec<TableCount>> {
        if to.exists() {
            return Err(Error::invalid_msg("to", crate::msg!("core-file-exists-choose-another", path = to)));
        }
        let name = to.to_str().ok_or_else(|| Error::invalid_msg("to", crate::msg!("core-path-not-utf8", path = to)))?;
        // `KEY ''` makes a plain file; without a KEY clause the copy would take this database's key.
        let key_text = key.map(DbKey::sqlcipher_text).unwrap_or_default();
        self.conn.execute("ATTACH DATABASE ?1 AS export KEY ?2", rusqlite::params![name, key_text])?;
        // The copy is trusted only once checked and synced (`verify_copy`); until then a crash leaves a temporary
        // file the next run removes. So no journal and no fsync per table while it is written (with them a small
        // database took a second, nearly all of it waiting on the disk).
        let exported = self
            .conn
            .pragma_update(Some("export"), "journal_mode", "OFF")
            .and_then(|()| self.conn.pragma_update(Some("export"), "synchronous", "OFF"))
            .and_then(|()| self.conn.query_row("SELECT sqlcipher_export('export')", [], |_| Ok(())))
            .map_err(Error::from)
            .and_then(|()| {
                let version: i64 = self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
                self.conn.pragma_update(Some("export"), "user_version", version)?;
                self.conn.pragma_update(Some("export"), "application_id", APPLICATION_ID)?;
                table_counts(&self.conn, "main")
            });
        let detached = self.conn.execute("DETACH DATABASE export", []);
        let counts = exported?;
        detached?;
        Ok(counts)
    }
}

/// Exports the database `from` (opened with `from_key`, or plain) into the new file `to`, encrypted with `to_key` (or
/// plain), at the same schema version: for restoring a backup whose key differs from the live database's (an old
/// plain backup into an encrypted database, an encrypted one into a plain database, one made before a rekey). The
/// caller checked `from` first and copies `to` on.
pub(crate) fn copy_with_key(from: &Path, from_key: Option<&DbKey>, to: &Path, to_key: Option<&DbKey>) -> Result<()> {
    let name =
        from.to_str().ok_or_else(|| Error::invalid_msg("file", crate::msg!("core-path-not-utf8", path = from)))?;
    let conn = Connection::open(to)?;
    if let Some(key) = to_key {
        apply_key(&conn, key)?;
    }
    conn.pragma_update(None, "journal_mode", "OFF")?;
    conn.pragma_update(None, "synchronous", "OFF")?;
    // `KEY ''` opens a plain file; the key text is bound, never part of the statement.
    let from_text = from_key.map(DbKey::sqlcipher_text).unwrap_or_default();
    conn.execute("ATTACH DATABASE ?1 AS source KEY ?2", rusqlite::params![name, from_text])?;
    conn.query_row("SELECT sqlcipher_export('main', 'source')", [], |_| Ok(()))?;
    let version: i64 = conn.pragma_query_value(Some("source"), "user_version", |r| r.get(0))?;
    conn.execute("DETACH DATABASE source", [])?;
    conn.pragma_update(None, "user_version", version)?;
    conn.pragma_update(None, "application_id", APPLICATION_ID)?;
    Ok(())
}

/// Opens the copy on its own, with its key, in WAL mode (the mode every file of ours is in), and checks it.
fn verify_copy(to: &Path, key: Option<&DbKey>, expected: &[TableCount]) -> Result<()> {
    let conn = Connection::open(to)?;
    if let Some(key) = key {
        apply_key(&conn, key)?;
    }
    apply_pragmas(&conn)?;
    let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let verdict: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if app_id != APPLICATION_ID || verdict != "ok" {
        return Err(Error::NotADatabase { path: to.into(), reason: format!("the copy failed its check ({verdict})") });
    }
    let found = table_counts(&conn, "main")?;
    if found != expected {
        let differ: Vec<String> = expected
            .iter()
            .filter(|e| !found.contains(e))
            .map(|e| {
                let now = found.iter().find(|f| f.table == e.table).map_or(-1, |f| f.rows);
                format!("{} ({} rows, copy {now})", e.table, e.rows)
            })
            .collect();
        return Err(Error::NotADatabase {
            path: to.into(),
            reason: format!("the copy lost rows: {}", differ.join(", ")),
        });
    }
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    drop(conn);
    // On disk before anyone renames it over the database.
    std::fs::File::open(to)
        .and_then(|f| f.sync_all())
        .map_err(|e| Error::io(format!("cannot sync {}", to.display()), e))
}

/// Removes a database file and the journal, `-wal` and `-shm` files SQLite keeps beside it.
pub(crate) fn remove_with_journals(path: &Path) {
    for suffix in ["", "-journal", "-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(std::path::PathBuf::from(name));
    }
}
