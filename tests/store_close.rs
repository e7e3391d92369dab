//! Closing the store leaves everything in the `.sqlite3` file (issue #13, "quitting leaves the database in the WAL"):
//! a person who copies that file alone as a backup must copy all their data.

use std::path::Path;

use campaign_desk::domain::OrganisationInput;
use campaign_desk::Store;

fn wal_of(db: &Path) -> std::path::PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push("-wal");
    name.into()
}

/// The organisations a copy of the main file alone holds (as if copied without its `-wal`).
fn names_in_copy_of(db: &Path) -> Vec<String> {
    let dir = tempfile::tempdir().expect("tempdir");
    let copy = dir.path().join("copy.sqlite3");
    std::fs::copy(db, &copy).expect("copy");
    let store = Store::open(&copy).expect("open copy");
    store.list_organisations(None).expect("list").into_iter().map(|o| o.name).collect()
}

fn add_organisations(store: &mut Store, from: usize, n: usize) {
    for i in from..from + n {
        let input = OrganisationInput { name: format!("Migrante chapter {i}"), ..Default::default() };
        store.create_organisation(&input).expect("create");
    }
}

/// The app ends without dropping its store (the process exits): the shell calls `checkpoint` on close and on
/// SIGTERM/SIGINT. Afterwards the log is empty and the main file holds every row.
#[test]
fn a_checkpoint_moves_every_saved_row_into_the_main_file_and_empties_the_log() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("campaign-desk.sqlite3");
    let mut store = Store::open(&db).expect("open");
    add_organisations(&mut store, 0, 40);
    assert!(std::fs::metadata(wal_of(&db)).expect("wal").len() > 0, "the writes sit in the log first");
    assert!(names_in_copy_of(&db).len() < 40, "before the checkpoint a copy of the main file misses rows");

    assert!(store.checkpoint().expect("checkpoint"), "nothing else holds the log");
    assert_eq!(std::fs::metadata(wal_of(&db)).map(|m| m.len()).unwrap_or(0), 0, "the log is truncated");
    assert_eq!(names_in_copy_of(&db).len(), 40);
    // The store keeps working after it.
    add_organisations(&mut store, 40, 1);
    assert_eq!(store.list_organisations(None).expect("list").len(), 41);
}

/// Dropping the store checkpoints too, also while another connection (the CLI beside the app, a backup reader)
/// still has the file open, when SQLite itself would leave the log in place.
#[test]
fn dropping_the_store_leaves_the_data_in_the_main_file_even_with_another_connection_open() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("campaign-desk.sqlite3");
    let mut store = Store::open(&db).expect("open");
    // A connection that has read the file shares its log (SQLite opens the log lazily, at the first read).
    let other = rusqlite::Connection::open(&db).expect("other connection");
    let tables: i64 = other.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0)).expect("read");
    assert!(tables > 0);
    add_organisations(&mut store, 0, 25);
    drop(store);

    let wal = std::fs::metadata(wal_of(&db)).map(|m| m.len()).unwrap_or(0);
    assert_eq!(wal, 0, "the log is empty after the store is closed");
    assert_eq!(names_in_copy_of(&db).len(), 25, "the main file alone holds every row");
    drop(other);
}
