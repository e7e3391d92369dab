//! An encrypted database (issue #15) on real files: encrypting a seeded database leaves no plaintext in the file, its
//! `-wal` or its backups; it opens only with its key (keyring, key file, recovery key, passphrase) and refuses any
//! other clearly, byte for byte untouched; decrypt, rekey, restore and the schema upgrades work on encrypted files.
//! Keys live in an in-memory keyring (`MemoryKeyring`) or a key file: no test reaches a desktop keyring.

mod common;

use std::path::{Path, PathBuf};

use campaign_desk::db_key::{open_database, recovery_key, DbKey, KeyPlace, Keys, MemoryKeyring, KEY_FILE_ENV};
use campaign_desk::domain::OrganisationInput;
use campaign_desk::encryption;
use campaign_desk::store::{file_kind, latest_version, FileKind};
use campaign_desk::{backup, demo, Error, Store};

/// A name and a phrase no file of an encrypted database may contain in clear.
const UNUSUAL_NAME: &str = "Zyxqvorth Kapisanan ng Manggagawa";
const UNUSUAL_PHONE: &str = "+63 917 555 0142";
const STATEMENT_TEXT: &str = "the military junta has unleashed a brutal regime";

/// A database with the demo data and one organisation only this test knows.
fn seeded(dir: &Path) -> PathBuf {
    let db = dir.join("desk.sqlite3");
    let mut store = Store::open(&db).expect("open");
    demo::load(&mut store).expect("demo");
    store
        .create_organisation(&OrganisationInput {
            name: UNUSUAL_NAME.into(),
            notes: Some(format!("Call {UNUSUAL_PHONE} after the raid")),
            ..Default::default()
        })
        .expect("org");
    db
}

fn bytes_contain(path: &Path, needle: &str) -> bool {
    let bytes = std::fs::read(path).unwrap_or_default();
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

fn keys(keyring: &MemoryKeyring) -> Keys<'_> {
    Keys { keyring, key_file: None }
}

#[test]
fn an_encrypted_database_holds_no_plaintext_and_keeps_every_row_search_and_span() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = seeded(dir.path());
    let (counts, hits, spans) = {
        let store = Store::open(&db).expect("plain");
        let w = window();
        (
            store.table_counts().expect("counts"),
            store.search("junta", 10).expect("search").len(),
            occurrences(&store, &w),
        )
    };
    assert!(bytes_contain(&db, UNUSUAL_NAME), "the test must see the name in the plain file first");

    let keyring = MemoryKeyring::default();
    let done = encryption::encrypt(&db, &keys(&keyring), None).expect("encrypt");
    assert_eq!(done.key_place, KeyPlace::Keyring);
    assert_eq!(keyring.len(), 1);
    assert_eq!(file_kind(&db).expect("kind"), FileKind::Encrypted);
    for needle in [UNUSUAL_NAME, UNUSUAL_PHONE, STATEMENT_TEXT, "Migrante Canada", "SQLite format 3"] {
        assert!(!bytes_contain(&db, needle), "{needle:?} in the encrypted file");
    }
    // The plain file is kept beside it until the person confirms.
    let plain = done.plain_backup.clone().expect("kept");
    assert!(bytes_contain(&plain, UNUSUAL_NAME));

    // Writes go through the -wal, which is encrypted too.
    {
        let mut store = open_database(&db, &keys(&keyring)).expect("opens with the keyring's key");
        assert!(store.is_encrypted());
        assert_eq!(store.table_counts().expect("counts"), counts, "every table keeps every row");
        assert_eq!(store.search("junta", 10).expect("search").len(), hits);
        assert_eq!(occurrences(&store, &window()), spans, "the span index answers as before");
        store
            .create_organisation(&OrganisationInput { name: "Quuxbaliw Collective".into(), ..Default::default() })
            .expect("write");
        let wal = with_suffix(&db, "-wal");
        assert!(std::fs::metadata(&wal).expect("wal").len() > 0);
        assert!(!bytes_contain(&wal, "Quuxbaliw"), "plaintext in the -wal");
        assert_eq!(store.schema_version().expect("version"), latest_version());
    }
    // SQLite without the key reads nothing.
    let conn = rusqlite::Connection::open(&db).expect("open");
    assert!(conn.query_row("SELECT count(*) FROM organisations", [], |r| r.get::<_, i64>(0)).is_err());
    drop(conn);

    // Confirming removes the plain file, only once the encrypted one opens.
    encryption::remove_plain_backup(&db, &keys(&keyring)).expect("remove");
    assert!(!plain.exists());
}

#[test]
fn without_its_key_it_is_refused_clearly_and_left_byte_identical() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = seeded(dir.path());
    let keyring = MemoryKeyring::default();
    let done = encryption::encrypt(&db, &keys(&keyring), None).expect("encrypt");
    let recovery = done.recovery_key.expect("a raw key has a recovery key");
    let before = std::fs::read(&db).expect("read");

    let empty = MemoryKeyring::default();
    let e = open_database(&db, &keys(&empty)).err().expect("no key");
    assert!(e.to_string().contains("is encrypted; its key is not in the keyring"), "{e}");
    assert!(e.is_user_error());

    let locked = MemoryKeyring::unavailable();
    let e = open_database(&db, &keys(&locked)).err().expect("no keyring");
    assert!(e.to_string().contains("the keyring cannot be asked for its key"), "{e}");

    let wrong = DbKey::generate().expect("key");
    let wrong_file = dir.path().join("wrong.key");
    std::fs::write(&wrong_file, recovery_key(&wrong).expect("raw")).expect("write");
    let e = open_database(&db, &Keys { keyring: &empty, key_file: Some(wrong_file.clone()) }).err().expect("wrong");
    assert!(matches!(e, Error::WrongKey { .. }), "{e:?}");
    let text = e.to_string();
    assert!(text.contains("does not open it") && text.contains("wrong.key"), "{text}");
    let wrong_recovery = recovery_key(&wrong).expect("raw");
    for secret in [&wrong_recovery, &recovery, &wrong_recovery.replace('-', "")] {
        assert!(!text.contains(secret.as_str()), "the key is in the message: {text}");
    }
    assert!(!text.to_lowercase().contains(&hex(&wrong)), "{text}");
    // A plain open of the encrypted file is refused too.
    let e = Store::open(&db).err().expect("no key given");
    assert!(e.to_string().contains("is encrypted"), "{e}");

    assert_eq!(std::fs::read(&db).expect("read"), before, "byte for byte unchanged");
    assert!(!with_suffix(&db, "-wal").exists() || std::fs::metadata(with_suffix(&db, "-wal")).expect("m").len() == 0);

    // The recovery key, typed as a person would, opens it.
    let typed = dir.path().join("typed.key");
    std::fs::write(&typed, recovery.to_lowercase().replace('-', " ")).expect("write");
    let store = open_database(&db, &Keys { keyring: &empty, key_file: Some(typed) }).expect("recovery key opens");
    assert!(store.list_organisations(Some("Zyxqvorth")).expect("list").len() == 1);
}

#[test]
fn decrypt_writes_a_plain_copy_with_every_row_and_the_database_stays_encrypted() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = seeded(dir.path());
    let keyring = MemoryKeyring::default();
    encryption::encrypt(&db, &keys(&keyring), None).expect("encrypt");
    let counts = open_database(&db, &keys(&keyring)).expect("open").table_counts().expect("counts");
    let copy = dir.path().join("plain-copy.sqlite3");
    assert_eq!(encryption::decrypt_to(&db, &keys(&keyring), &copy).expect("decrypt"), counts);
    assert_eq!(file_kind(&copy).expect("kind"), FileKind::Plain);
    assert!(bytes_contain(&copy, UNUSUAL_NAME));
    let conn = rusqlite::Connection::open(&copy).expect("plain");
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).expect("mode");
    let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0)).expect("id");
    assert_eq!((mode.as_str(), app_id), ("wal", campaign_desk::store::APPLICATION_ID));
    drop(conn);
    let plain = Store::open(&copy).expect("opens without a key");
    assert_eq!(plain.table_counts().expect("counts"), counts);
    assert_eq!(plain.schema_version().expect("v"), latest_version());
    assert_eq!(file_kind(&db).expect("kind"), FileKind::Encrypted);
    // An existing file is never overwritten.
    assert!(encryption::decrypt_to(&db, &keys(&keyring), &copy).is_err());
}

#[test]
fn rekey_gives_a_new_key_and_recovery_key_and_the_old_one_no_longer_opens() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = seeded(dir.path());
    let keyring = MemoryKeyring::default();
    let first = encryption::encrypt(&db, &keys(&keyring), None).expect("encrypt");
    let old_file = dir.path().join("old.key");
    std::fs::write(&old_file, first.recovery_key.clone().expect("rk")).expect("write");
    let counts = open_database(&db, &keys(&keyring)).expect("open").table_counts().expect("counts");

    let second = encryption::rekey(&db, &keys(&keyring), None).expect("rekey");
    assert_ne!(second.recovery_key, first.recovery_key);
    assert_eq!(keyring.len(), 1, "the keyring's entry was replaced");
    assert_eq!(open_database(&db, &keys(&keyring)).expect("new key").table_counts().expect("counts"), counts);
    let empty = MemoryKeyring::default();
    let e = open_database(&db, &Keys { keyring: &empty, key_file: Some(old_file) }).err().expect("old key");
    assert!(matches!(e, Error::WrongKey { .. }), "{e:?}");
    assert!(!bytes_contain(&db, UNUSUAL_NAME));
    // An encrypted database cannot be encrypted again.
    assert!(encryption::encrypt(&db, &keys(&keyring), None).is_err());

    // Rekeyed to a passphrase: the keyring's entry (now useless) goes, and only the passphrase opens it.
    let pass = DbKey::passphrase("a passphrase for a shared laptop").expect("long");
    let third = encryption::rekey(&db, &keys(&keyring), Some(pass)).expect("rekey to a passphrase");
    assert_eq!((third.key_place, third.recovery_key), (KeyPlace::Nowhere, None));
    assert!(keyring.is_empty());
    let pass_file = dir.path().join("pass.txt");
    std::fs::write(&pass_file, "passphrase:a passphrase for a shared laptop").expect("write");
    let store = open_database(&db, &Keys { keyring: &empty, key_file: Some(pass_file) }).expect("passphrase");
    assert_eq!(store.table_counts().expect("counts"), counts);
}

#[test]
fn a_database_open_in_another_program_is_not_converted() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = seeded(dir.path());
    let app = Store::open(&db).expect("the app has it open");
    let keyring = MemoryKeyring::default();
    let e = encryption::encrypt(&db, &keys(&keyring), None).expect_err("open elsewhere");
    assert!(e.to_string().contains("is open in another program"), "{e}");
    assert_eq!(file_kind(&db).expect("kind"), FileKind::Plain);
    assert!(keyring.is_empty(), "no key was kept for a conversion that did not happen");
    assert!(!with_suffix(&db, ".encrypting").exists() && !with_suffix(&db, ".plain-backup").exists());
    drop(app);
    encryption::encrypt(&db, &keys(&keyring), None).expect("once it is closed");
}

#[test]
fn a_key_file_serves_headless_machines_and_a_passphrase_is_stored_nowhere() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = seeded(dir.path());
    let keyring = MemoryKeyring::unavailable();
    let key_file = dir.path().join("desk.key");
    let file_keys = Keys { keyring: &keyring, key_file: Some(key_file.clone()) };
    let done = encryption::encrypt(&db, &file_keys, None).expect("encrypt with a key file");
    assert_eq!(done.key_place, KeyPlace::File { path: key_file.clone() });
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&key_file).expect("m").permissions().mode() & 0o777, 0o600);
    }
    open_database(&db, &file_keys).expect("opens with the key file");

    // Another database never overwrites an existing key file.
    let other = dir.path().join("other");
    std::fs::create_dir(&other).expect("dir");
    let db2 = seeded(&other);
    let e = encryption::encrypt(&db2, &file_keys, None).expect_err("key file exists");
    assert!(e.to_string().contains("already exists"), "{e}");
    assert_eq!(file_kind(&db2).expect("kind"), FileKind::Plain);

    // A passphrase: no recovery key, nothing stored, the key file form `passphrase:…` opens it.
    let pass = DbKey::passphrase("seven quiet rivers under the bridge").expect("long");
    let done = encryption::encrypt(&db2, &file_keys, Some(pass)).expect("encrypt with a passphrase");
    assert_eq!((done.key_place, done.recovery_key), (KeyPlace::Nowhere, None));
    let pass_file = dir.path().join("pass.txt");
    std::fs::write(&pass_file, "passphrase:seven quiet rivers under the bridge\n").expect("write");
    open_database(&db2, &Keys { keyring: &keyring, key_file: Some(pass_file) }).expect("passphrase opens");
    assert!(!bytes_contain(&db2, UNUSUAL_NAME));
}

#[test]
fn backups_of_an_encrypted_database_are_encrypted_and_restore() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = seeded(dir.path());
    let plain_backup = backup::backup_now(&Store::open(&db).expect("open"), 5).expect("plain backup");
    assert_eq!(file_kind(&plain_backup).expect("kind"), FileKind::Plain, "a plain database's backup stays plain");
    let keyring = MemoryKeyring::default();
    let done = encryption::encrypt(&db, &keys(&keyring), None).expect("encrypt");
    assert_eq!(done.plain_backups_left, vec![plain_backup.clone()], "the older plain backup is pointed out");

    let mut store = open_database(&db, &keys(&keyring)).expect("open");
    let copy = backup::backup_to(&store, &dir.path().join("backups/enc.sqlite3")).expect("backup");
    assert_eq!(file_kind(&copy).expect("kind"), FileKind::Encrypted);
    for needle in [UNUSUAL_NAME, UNUSUAL_PHONE, STATEMENT_TEXT] {
        assert!(!bytes_contain(&copy, needle), "{needle:?} in the backup");
    }
    let before = store.table_counts().expect("counts");
    store.create_organisation(&OrganisationInput { name: "Added later".into(), ..Default::default() }).expect("add");
    let safety = backup::restore(&mut store, &copy).expect("restore an encrypted backup");
    assert_eq!(file_kind(&safety).expect("kind"), FileKind::Encrypted);
    let after = store.table_counts().expect("counts");
    let rows = |c: &[campaign_desk::store::TableCount], t: &str| c.iter().find(|x| x.table == t).map(|x| x.rows);
    assert_eq!(rows(&after, "organisations"), rows(&before, "organisations"));
    assert!(store.list_organisations(Some("Added later")).expect("list").is_empty());

    // An old plain backup restores into the encrypted database through an encrypted copy: the database stays
    // encrypted, holds the backup's rows, and no staging file is left.
    let plain_counts = Store::open(&plain_backup).expect("plain backup").table_counts().expect("counts");
    backup::restore(&mut store, &plain_backup).expect("a plain backup restores into an encrypted database");
    assert_eq!(store.table_counts().expect("counts"), plain_counts);
    assert!(store.is_encrypted());
    store.checkpoint().expect("checkpoint");
    drop(store);
    assert_eq!(file_kind(&db).expect("kind"), FileKind::Encrypted);
    assert!(!bytes_contain(&db, UNUSUAL_NAME) && !bytes_contain(&with_suffix(&db, "-wal"), UNUSUAL_NAME));
    assert!(!with_suffix(&db, ".restoring").exists());
    open_database(&db, &keys(&keyring)).expect("still opens with its key");
}

/// A process killed with committed writes still in its `-wal`: a wrong key neither checkpoints them into the file nor
/// touches the `-wal` (closing the last connection would otherwise copy the frames over, key or not); the right
/// key then reads every write.
#[test]
fn a_wrong_key_leaves_a_killed_processs_wal_as_it_was() {
    let dir = tempfile::tempdir().expect("tmp");
    let live = dir.path().join("live.sqlite3");
    let key = DbKey::generate().expect("key");
    let mut store = Store::open_encrypted(&live, key.clone()).expect("create");
    store.create_organisation(&OrganisationInput { name: UNUSUAL_NAME.into(), ..Default::default() }).expect("org");
    // As if killed: the file and its `-wal` as they are on disk while the connection is open, with no one else
    // having it open (a copy; the live connection in this process would keep the test's from being the last).
    let db = dir.path().join("desk.sqlite3");
    std::fs::copy(&live, &db).expect("copy");
    std::fs::copy(with_suffix(&live, "-wal"), with_suffix(&db, "-wal")).expect("copy wal");
    drop(store);
    let wal = with_suffix(&db, "-wal");
    assert!(std::fs::metadata(&wal).expect("wal").len() > 0, "the write should still be in the -wal");
    let (before, wal_before) = (std::fs::read(&db).expect("db"), std::fs::read(&wal).expect("wal"));
    let e = Store::open_encrypted(&db, DbKey::generate().expect("wrong")).err().expect("wrong key");
    assert!(matches!(e, Error::WrongKey { .. }), "{e:?}");
    let e = Store::open_encrypted(&db, DbKey::Passphrase("a wrong passphrase here".into())).err().expect("wrong");
    assert!(matches!(e, Error::WrongKey { .. }), "{e:?}");
    assert!(std::fs::read(&db).expect("db") == before, "the file changed");
    assert!(std::fs::read(&wal).expect("wal") == wal_before, "the -wal changed");
    let store = Store::open_encrypted(&db, key).expect("right key");
    assert_eq!(store.list_organisations(Some("Zyxqvorth")).expect("list").len(), 1);
}

/// An encrypted backup restores into a plain database with the recovery key of the database it was made from, and
/// one made before a rekey restores with the old key; without it (or with a wrong one) it is refused and the
/// database is unchanged. The content then carries the live database's key, or none.
#[test]
fn encrypted_backups_restore_across_keys() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = seeded(dir.path());
    let keyring = MemoryKeyring::default();
    let done = encryption::encrypt(&db, &keys(&keyring), None).expect("encrypt");
    let old_key = campaign_desk::db_key::parse_recovery_key(done.recovery_key.as_deref().expect("recovery"))
        .map_err(|_| "recovery key")
        .expect("reads back");
    let store = open_database(&db, &keys(&keyring)).expect("open");
    let enc_backup = backup::backup_to(&store, &dir.path().join("kept/enc.sqlite3")).expect("backup");
    let counts = store.table_counts().expect("counts");
    drop(store);

    // Into a new plain database: refused without a key, refused with a wrong one, restored with the right one.
    let plain_db = dir.path().join("other/plain.sqlite3");
    let mut plain = Store::open(&plain_db).expect("plain");
    let e = backup::restore(&mut plain, &enc_backup).expect_err("no key");
    assert_eq!(e.kind(), "key", "{e}");
    let wrong = DbKey::generate().expect("key");
    assert!(backup::restore_with_key(&mut plain, &enc_backup, Some(&wrong)).is_err());
    assert!(plain.list_organisations(Some(UNUSUAL_NAME)).expect("list").is_empty());
    backup::restore_with_key(&mut plain, &enc_backup, Some(&old_key)).expect("restore with the recovery key");
    assert!(!plain.is_encrypted());
    assert_eq!(plain.table_counts().expect("counts"), counts);
    assert_eq!(plain.list_organisations(Some(UNUSUAL_NAME)).expect("list").len(), 1);
    drop(plain);
    assert_eq!(file_kind(&plain_db).expect("kind"), FileKind::Plain);

    // After a rekey the old backup needs the old key; the database keeps its new one.
    encryption::rekey(&db, &keys(&keyring), None).expect("rekey");
    let mut store = open_database(&db, &keys(&keyring)).expect("open");
    assert!(backup::restore(&mut store, &enc_backup).is_err(), "the new key does not open the old backup");
    backup::restore_with_key(&mut store, &enc_backup, Some(&old_key)).expect("with the old key");
    assert_eq!(store.table_counts().expect("counts"), counts);
    drop(store);
    open_database(&db, &keys(&keyring)).expect("still opens with its new key");
    let listed = backup::describe_backups(&db).expect("list");
    assert!(listed.iter().all(|b| b.encrypted), "backups made since encrypting are encrypted: {listed:?}");
}

/// Every schema ever released, encrypted as it was (not upgraded first), opens and upgrades through SQLCipher.
#[test]
fn schema_fixtures_upgrade_on_encrypted_copies() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let key = DbKey::generate().expect("key");
    let mut seen = 0;
    for v in 1..=latest_version() {
        let fixture = fixtures.join(format!("schema-v{v}.sqlite3"));
        let dir = tempfile::tempdir().expect("tmp");
        let copy = dir.path().join("enc.sqlite3");
        {
            // The fixture exported into an encrypted file at its own version (what `db encrypt` would have made of
            // it then), so the migrations run on the encrypted file.
            let conn = rusqlite::Connection::open(&fixture).expect("fixture");
            let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).expect("v");
            assert_eq!(version, v);
            conn.execute(
                "ATTACH DATABASE ?1 AS enc KEY ?2",
                rusqlite::params![copy.to_str().expect("utf8"), format!("x'{}'", hex(&key))],
            )
            .expect("attach");
            conn.query_row("SELECT sqlcipher_export('enc')", [], |_| Ok(())).expect("export");
            conn.pragma_update(Some("enc"), "user_version", version).expect("version");
            conn.pragma_update(Some("enc"), "application_id", campaign_desk::store::APPLICATION_ID).expect("id");
            conn.execute("DETACH DATABASE enc", []).expect("detach");
        }
        assert_eq!(file_kind(&copy).expect("kind"), FileKind::Encrypted);
        let store = Store::open_encrypted(&copy, key.clone()).expect("opens and upgrades");
        assert_eq!(store.schema_version().expect("v"), latest_version(), "v{v}");
        let campaigns = store.list_campaigns(None).expect("campaigns");
        assert_eq!(campaigns.len(), 4, "v{v}");
        let hits = store.search(&campaigns[0].title, 50).expect("search");
        assert!(hits.iter().any(|h| h.id == campaigns[0].id), "v{v}: search indexes the old rows");
        assert!(occurrences(&store, &window()) > 20, "v{v}");
        drop(store);
        assert!(!bytes_contain(&copy, &campaigns[0].title), "v{v}: plaintext after the upgrade");
        seen += 1;
    }
    assert_eq!(seen, latest_version());
}

#[test]
fn the_cli_encrypts_refuses_a_wrong_key_with_exit_2_and_never_prints_the_key() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = seeded(dir.path());
    let key_file = dir.path().join("cli.key");
    let run = |args: &[&str], key: &Path| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_campaign-desk"))
            .arg("--db")
            .arg(&db)
            .args(args)
            .env_remove("CAMPAIGN_DESK_DB")
            .env("XDG_DATA_HOME", dir.path().join("xdg"))
            .env(KEY_FILE_ENV, key)
            .output()
            .expect("run");
        common::Run {
            status: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    };
    let r = run(&["--json", "db", "encrypt"], &key_file);
    assert_eq!(r.status, 0, "{}", r.stderr);
    let done = r.json();
    let recovery = done["recovery_key"].as_str().expect("recovery key printed once").to_string();
    let stored = std::fs::read_to_string(&key_file).expect("key file").trim().to_string();
    assert_eq!(stored.len(), 64);
    assert!(!r.stdout.contains(&stored), "the raw key is not printed, only its recovery form");

    let r = run(&["--json", "org", "list"], &key_file);
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stdout.contains(UNUSUAL_NAME));

    let status = run(&["--json", "db", "status"], &key_file);
    assert_eq!(status.status, 0, "{}", status.stderr);
    let s = status.json();
    assert_eq!((s["encrypted"].as_bool(), s["key_opens"].as_bool()), (Some(true), Some(true)));
    assert!(!status.stdout.contains(&stored) && !status.stdout.contains(&recovery));

    let wrong = dir.path().join("wrong.key");
    std::fs::write(&wrong, format!("{}\n", hex(&DbKey::generate().expect("k")))).expect("write");
    let wrong_text = std::fs::read_to_string(&wrong).expect("read").trim().to_string();
    let before = std::fs::read(&db).expect("read");
    let r = run(&["org", "list"], &wrong);
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(r.stderr.contains("is encrypted and the key in") && r.stderr.contains("does not open it"), "{}", r.stderr);
    for secret in [&wrong_text, &stored, &recovery] {
        assert!(!r.stderr.contains(secret.as_str()) && !r.stdout.contains(secret.as_str()));
    }
    assert_eq!(std::fs::read(&db).expect("read"), before);

    let plain = dir.path().join("out.sqlite3");
    let r = run(&["db", "decrypt", "--to", plain.to_str().expect("utf8")], &key_file);
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stderr.contains("is NOT encrypted"), "{}", r.stderr);
    assert!(bytes_contain(&plain, UNUSUAL_NAME));

    let r = run(&["db", "encrypt", "--confirm-remove-plain"], &key_file);
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(!with_suffix(&db, ".plain-backup").exists());

    // A plain file put in the encrypted one's place is refused while a key file is named, and left as it was.
    std::fs::copy(&plain, &db).expect("swap in the plain copy");
    let swapped = std::fs::read(&db).expect("read");
    let r = run(&["org", "add", "--name", "Written in the clear"], &key_file);
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(r.stderr.contains("is not encrypted, but CAMPAIGN_DESK_DB_KEY_FILE names a key for it"), "{}", r.stderr);
    assert_eq!(std::fs::read(&db).expect("read"), swapped);
}

fn hex(key: &DbKey) -> String {
    let DbKey::Raw(bytes) = key else { panic!("raw key") };
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn window() -> campaign_desk::calendar::Window {
    campaign_desk::calendar::Window {
        from: chrono::NaiveDate::from_ymd_opt(2018, 1, 1).expect("date"),
        to: chrono::NaiveDate::from_ymd_opt(2031, 1, 1).expect("date"),
        zone: chrono_tz::UTC,
    }
}

fn occurrences(store: &Store, w: &campaign_desk::calendar::Window) -> usize {
    store.occurrences(w, None, None).expect("occurrences").len()
}

/// The real path on a desktop: the key saved in a Secret Service (gnome-keyring in a private session bus, as
/// tests/caldav_sync.rs runs it), used by later runs without a prompt; with the entry gone the CLI says so (exit 2)
/// and the recovery key opens the database.
#[test]
fn with_a_keyring_the_key_is_saved_there_used_by_later_runs_and_the_recovery_key_replaces_it() {
    for tool in ["dbus-run-session", "gnome-keyring-daemon", "secret-tool"] {
        let found = std::process::Command::new("which").arg(tool).output().expect("which");
        assert!(found.status.success(), "{tool} is missing: run scripts/setup.sh (dbus-daemon, gnome-keyring)");
    }
    let dir = tempfile::tempdir().expect("tmp");
    let db = seeded(dir.path());
    let home = tempfile::tempdir().expect("home");
    let script = r#"set -e
echo -n unlock | gnome-keyring-daemon --unlock --components=secrets > /dev/null
"$CD" --db "$DB" --json db encrypt > "$HOME/encrypt.json"
"$CD" --db "$DB" --json org list > "$HOME/list.json"
"$CD" --db "$DB" --json db status > "$HOME/status.json"
secret-tool search service campaign-desk-database > "$HOME/found.txt" 2>&1 || true
secret-tool clear service campaign-desk-database
set +e
"$CD" --db "$DB" org list > /dev/null 2> "$HOME/missing.txt"
echo $? > "$HOME/missing.status"
"#;
    let out = std::process::Command::new("timeout")
        .args(["120", "dbus-run-session", "--", "bash", "-c", script])
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("CD", env!("CARGO_BIN_EXE_campaign-desk"))
        .env("DB", &db)
        .env_remove(KEY_FILE_ENV)
        .env_remove("CAMPAIGN_DESK_DB")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .output()
        .expect("run dbus-run-session");
    let read = |name: &str| std::fs::read_to_string(home.path().join(name)).unwrap_or_default();
    assert!(out.status.success(), "{}\n{}", String::from_utf8_lossy(&out.stderr), read("encrypt.json"));
    let done: serde_json::Value = serde_json::from_str(&read("encrypt.json")).expect("encrypt.json");
    assert_eq!(done["key_place"]["kind"], "keyring", "{done}");
    assert!(read("list.json").contains(UNUSUAL_NAME), "a later run opened it with the keyring's key");
    let status: serde_json::Value = serde_json::from_str(&read("status.json")).expect("status.json");
    assert_eq!(status["key_opens"], true, "{status}");
    assert!(
        read("found.txt").contains(&db.display().to_string()),
        "one entry per database path: {}",
        read("found.txt")
    );
    let recovery = done["recovery_key"].as_str().expect("recovery key");
    for file in ["found.txt", "status.json", "list.json", "missing.txt"] {
        assert!(!read(file).contains(recovery), "{file} shows the key");
    }
    assert_eq!(read("missing.status").trim(), "2", "{}", read("missing.txt"));
    assert!(read("missing.txt").contains("is encrypted; its key is not in the keyring"), "{}", read("missing.txt"));

    let rk = dir.path().join("recovery.txt");
    std::fs::write(&rk, recovery).expect("write");
    let empty = MemoryKeyring::default();
    let store = open_database(&db, &Keys { keyring: &empty, key_file: Some(rk) }).expect("the recovery key opens it");
    assert_eq!(store.list_organisations(Some("Zyxqvorth")).expect("list").len(), 1);
}

/// `db encrypt` killed (SIGKILL) at moments from its start to its end: the database's path always holds a database
/// that opens — the plain one, or the encrypted one with its key already saved — with every row.
#[test]
fn a_conversion_killed_at_any_moment_leaves_the_old_or_the_new_database_usable() {
    let template_dir = tempfile::tempdir().expect("tmp");
    let template = seeded(template_dir.path());
    let counts = Store::open(&template).expect("open").table_counts().expect("counts");
    let spawn = |dir: &Path| {
        let db = dir.join("desk.sqlite3");
        std::fs::copy(&template, &db).expect("copy");
        let key_file = dir.join("desk.key");
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_campaign-desk"))
            .arg("--db")
            .arg(&db)
            .args(["--json", "db", "encrypt"])
            .env_remove("CAMPAIGN_DESK_DB")
            .env("XDG_DATA_HOME", dir.join("xdg"))
            .env(KEY_FILE_ENV, &key_file)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn");
        (db, key_file, child)
    };
    // How long a whole run takes here; the kills are spread from its start to twice that (load slows it).
    let whole = {
        let dir = tempfile::tempdir().expect("tmp");
        let started = std::time::Instant::now();
        let (_, _, mut child) = spawn(dir.path());
        assert!(child.wait().expect("wait").success());
        started.elapsed()
    };
    let (mut plain_seen, mut encrypted_seen) = (0, 0);
    for step in 0..30u32 {
        let delay = whole * step / 15;
        let delay_ms = delay.as_millis();
        let dir = tempfile::tempdir().expect("tmp");
        let (db, key_file, mut child) = spawn(dir.path());
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        let store = match file_kind(&db).expect("kind") {
            FileKind::Plain => {
                plain_seen += 1;
                Store::open(&db).expect("the plain database opens")
            }
            FileKind::Encrypted => {
                encrypted_seen += 1;
                let empty = MemoryKeyring::default();
                open_database(&db, &Keys { keyring: &empty, key_file: Some(key_file.clone()) })
                    .expect("the encrypted database opens with the key saved before it replaced the plain one")
            }
            FileKind::New => panic!("after {delay_ms} ms the database is gone"),
        };
        assert_eq!(store.table_counts().expect("counts"), counts, "after {delay_ms} ms");
    }
    assert!(plain_seen > 0 && encrypted_seen > 0, "kills before and after the rename: {plain_seen}/{encrypted_seen}");
}
