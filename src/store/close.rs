//! Closing the store: everything in the write-ahead log goes into the database file, so the `.sqlite3` file alone
//! holds all the data (a person who copies it as a backup copies everything).

use super::Store;
use crate::error::Result;

impl Store {
    /// Moves everything in the write-ahead log into the database file and empties the log
    /// (`PRAGMA wal_checkpoint(TRUNCATE)`). Run on drop, and by the app when its window closes and on SIGTERM/SIGINT,
    /// where the process ends without dropping its store. Returns `false` when another connection (the CLI beside
    /// the app) kept part of the log in use: the rest is then checkpointed later, and nothing is lost either way.
    pub fn checkpoint(&self) -> Result<bool> {
        let busy: i64 = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        Ok(busy == 0)
    }
}

impl Drop for Store {
    /// A failed checkpoint loses nothing (the log stays beside the file and is read on the next open), so its
    /// error is not worth a panic or a message here.
    fn drop(&mut self) {
        if !self.checkpoint_on_drop {
            return;
        }
        let _ = self.checkpoint();
    }
}
