//! The schema's history. Append-only: a released migration is never edited, a new one is added after it, and a
//! database saved at every earlier version is kept in `tests/fixtures/` and upgraded by the tests.

use std::sync::LazyLock;

use rusqlite::{Connection, TransactionBehavior};
use rusqlite_migration::{Migrations, M};

use crate::error::{Error, Result};

/// Each step's SQL, in order; step N leaves the database at `user_version` N.
const STEPS: &[&str] = &[
    include_str!("../../migrations/0001-foundation/up.sql"),
    include_str!("../../migrations/0002-occurrence-changes/up.sql"),
    include_str!("../../migrations/0003-window-index/up.sql"),
    include_str!("../../migrations/0004-rdates/up.sql"),
    include_str!("../../migrations/0005-event-spans/up.sql"),
    include_str!("../../migrations/0006-tasks/up.sql"),
    include_str!("../../migrations/0007-announcements/up.sql"),
    include_str!("../../migrations/0008-statements/up.sql"),
    include_str!("../../migrations/0009-search/up.sql"),
    include_str!("../../migrations/0010-revision-words/up.sql"),
    include_str!("../../migrations/0011-event-writes/up.sql"),
    include_str!("../../migrations/0012-approval-withdrawals/up.sql"),
    include_str!("../../migrations/0013-sync/up.sql"),
    include_str!("../../migrations/0014-sync-item-state/up.sql"),
    include_str!("../../migrations/0015-subscriptions/up.sql"),
    include_str!("../../migrations/0016-attendance-and-polls/up.sql"),
    include_str!("../../migrations/0017-sync-tasks/up.sql"),
    include_str!("../../migrations/0018-event-span-indexes/up.sql"),
    include_str!("../../migrations/0019-contentless-search/up.sql"),
];

pub static MIGRATIONS: LazyLock<Migrations<'static>> =
    LazyLock::new(|| Migrations::new(STEPS.iter().map(|sql| M::up(sql)).collect()));

/// The schema version this build writes (`PRAGMA user_version`).
pub fn latest_version() -> i64 {
    STEPS.len() as i64
}

/// Brings the database to the latest schema, race-safe: the version is read again *inside* one IMMEDIATE
/// transaction (the write lock, waited for under the busy timeout), so two processes opening a new file at once
/// never both run step 1 — the second finds the first one's work done. `under_lock` runs first in that
/// transaction (the identity checks and the application id). All steps land together or none does.
/// (`rusqlite_migration` reads the version before its transaction begins, which is the race this avoids; its
/// [`MIGRATIONS`] stays for `validate()`.)
pub(crate) fn migrate(conn: &mut Connection, under_lock: impl FnOnce(&Connection) -> Result<()>) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    under_lock(&tx)?;
    let from: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if from >= latest_version() {
        tx.commit()?;
        return Ok(());
    }
    for (i, sql) in STEPS.iter().enumerate().skip(from as usize) {
        tx.execute_batch(sql).map_err(|e| Error::Upgrade { version: i as i64 + 1, reason: without_sql(e) })?;
    }
    tx.pragma_update(None, "user_version", latest_version())?;
    tx.commit()?;
    Ok(())
}

/// SQLite's message, without the statement text rusqlite appends to errors of a batch (a whole migration's SQL).
fn without_sql(e: rusqlite::Error) -> String {
    match e {
        rusqlite::Error::SqlInputError { msg, .. } => msg,
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        MIGRATIONS.validate().expect("migrations apply to an empty database");
    }

    #[test]
    fn latest_version_matches_the_migration_count() {
        let mut conn = rusqlite::Connection::open_in_memory().expect("memory db");
        migrate(&mut conn, |_| Ok(())).expect("migrate");
        let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).expect("user_version");
        assert_eq!(v, latest_version());
        migrate(&mut conn, |_| Ok(())).expect("a current database is left as it is");
    }

    #[test]
    fn a_failed_step_is_named_without_its_sql() {
        let mut conn = rusqlite::Connection::open_in_memory().expect("memory db");
        conn.execute_batch("CREATE TABLE organisations (x)").expect("clash");
        let e = migrate(&mut conn, |_| Ok(())).expect_err("step 1 clashes");
        let text = e.to_string();
        assert!(text.starts_with("database upgrade to schema 1 failed"), "{text}");
        assert!(!text.contains("CREATE TABLE"), "{text}");
        let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).expect("user_version");
        assert_eq!(v, 0);
    }
}
