//! What happens to the database file itself: foreign files are refused untouched, old schemas are upgraded,
//! backups and restores keep every saved change.

mod common;

use campaign_desk::store::latest_version;
use campaign_desk::Store;
use common::{run_on, Cli};

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_untouched() {
    let cli = Cli::new();
    let text = b"Name,Email\nIMA,ima@example.org\n".repeat(50);
    std::fs::write(&cli.db, &text).expect("write");
    let r = cli.run(&["org", "list"]);
    assert_eq!(r.status, 2);
    assert!(
        r.stderr.contains("is not a SQLite database (its first bytes are not SQLite's); it was left untouched"),
        "{}",
        r.stderr
    );
    assert_eq!(std::fs::read(&cli.db).expect("read"), text);
    assert!(!cli.dir.path().join("test.sqlite3-wal").exists());
}

#[test]
fn another_applications_database_is_refused_and_left_untouched() {
    let cli = Cli::new();
    {
        let conn = rusqlite::Connection::open(&cli.db).expect("open");
        conn.execute_batch(
            "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places (url) VALUES ('x');",
        )
        .expect("create");
    }
    let before = std::fs::read(&cli.db).expect("read");
    let r = cli.run(&["org", "add", "--name", "IMA"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("is a SQLite database of another application"), "{}", r.stderr);
    assert_eq!(std::fs::read(&cli.db).expect("read"), before);
}

#[test]
fn a_database_from_a_newer_version_is_refused() {
    let cli = Cli::new();
    cli.ok(&["init"]);
    {
        let conn = rusqlite::Connection::open(&cli.db).expect("open");
        conn.pragma_update(None, "user_version", latest_version() + 5).expect("bump");
    }
    let r = cli.run(&["org", "list"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("written by a newer Campaign Desk"), "{}", r.stderr);
}

/// Every schema this project ever released is kept as a fixture; each must open and upgrade with its data intact.
#[test]
fn databases_saved_at_every_earlier_schema_upgrade_with_their_data() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut versions = Vec::new();
    for entry in std::fs::read_dir(&fixtures).expect("fixtures") {
        let path = entry.expect("entry").path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let Some(v) = name.strip_prefix("schema-v").and_then(|r| r.strip_suffix(".sqlite3")) else {
            continue;
        };
        versions.push(v.parse::<i64>().expect("version number"));
        let dir = tempfile::tempdir().expect("tmp");
        let copy = dir.path().join(&name);
        std::fs::copy(&path, &copy).expect("copy");
        let store = Store::open(&copy).expect("fixture opens");
        assert_eq!(store.schema_version().expect("version"), latest_version(), "{name}");
        assert_eq!(store.list_campaigns(None).expect("campaigns").len(), 4, "{name}: demo campaigns survive");
        assert!(store.list_events(None).expect("events").iter().any(|e| e.rrule.is_some()), "{name}");
        // Search (migration 9) indexes the rows an older database already held.
        let campaign = store.list_campaigns(None).expect("campaigns")[0].clone();
        let hits = store.search(&campaign.title, 50).expect("search");
        assert!(hits.iter().any(|h| h.id == campaign.id && h.title == campaign.title), "{name}: {hits:?}");
        // The occurrence query reads through indexes later migrations build over old rows: it must see every
        // instance a direct expansion of each event sees.
        let w = campaign_desk::calendar::Window {
            from: chrono::NaiveDate::from_ymd_opt(2018, 1, 1).expect("date"),
            to: chrono::NaiveDate::from_ymd_opt(2031, 1, 1).expect("date"),
            zone: chrono_tz::UTC,
        };
        let expanded: usize = store
            .list_events(None)
            .expect("events")
            .iter()
            .map(|e| campaign_desk::calendar::expand(e, &w, None).expect("expand").len())
            .sum();
        assert_eq!(store.occurrences(&w, None, None).expect("occurrences").len(), expanded, "{name}");
        assert!(expanded > 20, "{name}: {expanded}");
    }
    versions.sort();
    assert_eq!(
        versions,
        (1..=latest_version()).collect::<Vec<_>>(),
        "commit tests/fixtures/schema-vN.sqlite3 for every schema"
    );
}

#[test]
fn backup_and_restore_round_trip_keeping_a_copy_of_what_was_replaced() {
    let cli = Cli::new();
    cli.ok(&["org", "add", "--name", "Before"]);
    let backup = cli.dir.path().join("saved.sqlite3");
    cli.ok(&["backup", "--to", backup.to_str().expect("utf8")]);
    // Refuses to overwrite an existing file.
    assert_eq!(cli.run(&["backup", "--to", backup.to_str().expect("utf8")]).status, 2);

    cli.ok(&["org", "add", "--name", "After"]);
    let restored = cli.ok(&["restore", backup.to_str().expect("utf8")]);
    let names: Vec<String> =
        cli.ok(&["org", "list"]).as_array().expect("list").iter().map(|o| o["name"].to_string()).collect();
    assert_eq!(names, ["\"Before\""]);

    // What was replaced was saved first, and can itself be restored.
    let safety = restored["previous_saved_to"].as_str().expect("path").to_string();
    assert!(safety.contains("backups/campaign-desk-before-restore-"), "{safety}");
    cli.ok(&["restore", &safety]);
    assert_eq!(cli.ok(&["org", "list"]).as_array().map(Vec::len), Some(2));
}

#[test]
fn restore_refuses_a_bad_file_and_changes_nothing() {
    let cli = Cli::new();
    cli.ok(&["org", "add", "--name", "Keep me"]);
    let junk = cli.dir.path().join("junk.sqlite3");
    std::fs::write(&junk, "SQLite format 3\0 but then garbage ".repeat(200)).expect("write");
    let r = cli.run(&["restore", junk.to_str().expect("utf8")]);
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert_eq!(cli.ok(&["org", "list"]).as_array().map(Vec::len), Some(1));
    assert!(!cli.dir.path().join("backups").exists(), "nothing was written, not even a safety copy");
}

#[test]
fn daily_backups_happen_once_a_day_and_keep_the_newest() {
    let dir = tempfile::tempdir().expect("tmp");
    let store = Store::open(&dir.path().join("db.sqlite3")).expect("open");
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2025, 2, d).expect("date");
    for d in 1..=5 {
        assert!(campaign_desk::backup::daily_backup(&store, 3, day(d)).expect("backup").is_some());
        assert!(campaign_desk::backup::daily_backup(&store, 3, day(d)).expect("backup").is_none(), "once a day");
    }
    let kept = campaign_desk::backup::list_backups(&dir.path().join("backups")).expect("list");
    let names: Vec<String> = kept.iter().map(|p| p.file_name().expect("name").to_string_lossy().into_owned()).collect();
    assert_eq!(
        names,
        ["campaign-desk-2025-02-05.sqlite3", "campaign-desk-2025-02-04.sqlite3", "campaign-desk-2025-02-03.sqlite3"]
    );
    // Each is a complete, openable database.
    Store::open(&kept[0]).expect("backup opens");
}

#[test]
fn every_saved_change_survives_the_process_being_killed() {
    let cli = Cli::new();
    cli.ok(&["init"]);
    // A writer killed mid-stream: each CLI call is a committed transaction, so every completed one is on disk.
    let mut child = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "for i in $(seq 1 1000); do {} --db {} org add --name \"Org $i\" >/dev/null || exit 1; done",
            env!("CARGO_BIN_EXE_campaign-desk"),
            cli.db.display()
        ))
        .spawn()
        .expect("spawn");
    std::thread::sleep(std::time::Duration::from_millis(700));
    child.kill().expect("kill");
    child.wait().expect("wait");
    let r = run_on(&cli.db, &["--json", "org", "list"]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    let n = r.json().as_array().map(Vec::len).unwrap_or(0);
    assert!(n > 0, "some organisations were written before the kill");
    let integrity: String = rusqlite::Connection::open(&cli.db)
        .expect("open")
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("check");
    assert_eq!(integrity, "ok");
}

/// Eight processes opening the same new file at once all succeed: the schema is created once, under the write lock,
/// and the others find it done (before, about half the rounds failed with "table already exists" and the SQL).
#[test]
fn processes_opening_a_new_database_at_once_all_succeed() {
    let dir = tempfile::tempdir().expect("temp dir");
    for round in 0..10 {
        let db = dir.path().join(format!("race-{round}.sqlite3"));
        let children: Vec<_> = (0..8)
            .map(|_| {
                std::process::Command::new(env!("CARGO_BIN_EXE_campaign-desk"))
                    .arg("--db")
                    .arg(&db)
                    .args(["--json", "init"])
                    .env_remove("CAMPAIGN_DESK_DB")
                    .env("XDG_DATA_HOME", "/nonexistent-test-data-home")
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .expect("spawn")
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().expect("wait");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "round {round}: {stderr}");
        }
        let store = Store::open(&db).expect("open");
        assert_eq!(store.schema_version().expect("version"), latest_version());
    }
}

/// The uid a file we create gets: 0 when the tests run as root, who may write to read-only folders.
fn our_uid(dir: &std::path::Path) -> u32 {
    use std::os::unix::fs::MetadataExt;
    let probe = dir.join("uid-probe");
    std::fs::write(&probe, b"").expect("probe");
    let uid = std::fs::metadata(&probe).expect("probe").uid();
    std::fs::remove_file(&probe).expect("probe");
    uid
}

/// A database in a folder it cannot write to is named as such, not as "not a SQLite database". As root (who can
/// write anywhere) the CLI is run as `nobody` through setpriv.
#[test]
fn a_database_in_a_read_only_folder_says_so() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let ro = dir.path().join("read-only");
    std::fs::create_dir(&ro).expect("mkdir");
    // An existing database (made while the folder was writable) and a new one.
    let existing = ro.join("existing.sqlite3");
    Store::open(&existing).expect("create").write(|_| Ok(())).expect("write");
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let as_root = our_uid(dir.path()) == 0;
    if as_root && !std::path::Path::new("/usr/bin/setpriv").exists() {
        eprintln!("skipped: running as root without setpriv to drop privileges");
        return;
    }
    for (db, args) in [(ro.join("new.sqlite3"), ["init"]), (existing, ["init"])] {
        let mut cmd = if as_root {
            let mut c = std::process::Command::new("/usr/bin/setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups", env!("CARGO_BIN_EXE_campaign-desk")]);
            c
        } else {
            std::process::Command::new(env!("CARGO_BIN_EXE_campaign-desk"))
        };
        let out = cmd
            .arg("--db")
            .arg(&db)
            .args(args)
            .env_remove("CAMPAIGN_DESK_DB")
            .env("XDG_DATA_HOME", "/nonexistent-test-data-home")
            .output()
            .expect("run");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_ne!(out.status.code(), Some(0), "{}: {stderr}", db.display());
        assert!(stderr.contains("is read-only"), "{}: {stderr}", db.display());
        assert!(!stderr.contains("not a SQLite database"), "{}: {stderr}", db.display());
    }
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o755)).expect("chmod back");
    assert!(!ro.join("new.sqlite3").exists());
}

/// A backup that runs out of room (here: a file-size limit, as a full disk would) fails with a message and leaves
/// no `.partial` file (nor SQLite's journal of it) behind.
#[test]
fn a_backup_that_fails_half_way_leaves_nothing_behind() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    let size = std::fs::metadata(&cli.db).expect("db").len();
    assert!(size > 150 * 1024, "the demo database is only {size} bytes");
    let backups = cli.dir.path().join("backups-here");
    std::fs::create_dir(&backups).expect("mkdir");
    let to = backups.join("copy.sqlite3");
    // SIGXFSZ ignored, so going over the limit is a write error (EFBIG) as a full disk's ENOSPC would be. The
    // limit is in 512-byte blocks in POSIX sh; 64 KiB leaves room for SQLite's 32 KiB shared-memory file.
    let script = format!(
        "trap '' XFSZ; ulimit -f 128; exec '{}' --db '{}' backup --to '{}'",
        env!("CARGO_BIN_EXE_campaign-desk"),
        cli.db.display(),
        to.display()
    );
    let out = std::process::Command::new("/bin/sh")
        .args(["-c", &script])
        .env_remove("CAMPAIGN_DESK_DB")
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0), "the backup should not fit: {stderr}");
    assert!(stderr.contains("cannot write the backup"), "{stderr}");
    let left: Vec<_> = std::fs::read_dir(&backups).expect("list").map(|e| e.expect("entry").file_name()).collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    // With room, the same command works.
    assert_eq!(cli.ok(&["backup", "--to", to.to_str().expect("utf8")])["backup"], to.to_str().expect("utf8"));
}
