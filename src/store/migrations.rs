//! The schema's history. Append-only: a released migration is never edited, a new one is added after it, and a
//! database saved at every earlier version is kept in `tests/fixtures/` and upgraded by the tests.

use std::sync::LazyLock;

use rusqlite_migration::{Migrations, M};

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
];

pub static MIGRATIONS: LazyLock<Migrations<'static>> =
    LazyLock::new(|| Migrations::new(STEPS.iter().map(|sql| M::up(sql)).collect()));

/// The schema version this build writes (`PRAGMA user_version`).
pub fn latest_version() -> i64 {
    STEPS.len() as i64
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
        MIGRATIONS.to_latest(&mut conn).expect("migrate");
        let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).expect("user_version");
        assert_eq!(v, latest_version());
    }
}
