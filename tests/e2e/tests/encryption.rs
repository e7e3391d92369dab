//! Encryption in the window (issue #15). The harness's app has no session bus, so no keyring: a first start asks
//! how to protect the new database, and the passphrase path is the one driven here (the keyring path, its recovery
//! key and a lost keyring entry are covered on real files in the core's tests, `db_key::start`).

use std::path::Path;

use anyhow::{ensure, Context, Result};
use campaign_desk_e2e as e2e;

const PASSPHRASE: &str = "seven rivers under one moon";
const SQLITE_MAGIC: &[u8] = b"SQLite format 3\0";

fn is_plain_sqlite(db: &Path) -> Result<bool> {
    let bytes = std::fs::read(db).with_context(|| format!("reading {}", db.display()))?;
    Ok(bytes.starts_with(SQLITE_MAGIC))
}

/// First start without a keyring: the window says why and offers a passphrase or no encryption; the database is
/// created encrypted with the passphrase. The next start asks for it: a wrong one is refused and changes nothing,
/// the right one opens.
#[tokio::test]
async fn first_start_encrypts_with_a_passphrase_and_the_next_start_asks_for_it() {
    let db = e2e::fresh_db("encryption-first-start");
    let args =
        |db: &Path| vec!["--db".to_owned(), db.display().to_string(), "--new-database".into(), "encrypted".into()];
    let first = db.clone();
    e2e::run_with_args(args(&db), |app| async move {
        app.wait_for_testid("view-new-database").await?;
        let reason = app.wait_for_text("new-database-reason").await?;
        ensure!(!reason.is_empty(), "no reason given for asking");
        ensure!(!first.exists(), "a file was created before the person chose");
        app.screenshot("encryption-no-keyring-choice").await?;
        app.fill_testid("new-passphrase", PASSPHRASE).await?;
        app.fill_testid("new-passphrase-again", PASSPHRASE).await?;
        app.wait_enabled("new-create-encrypted").await?;
        app.click_testid("new-create-encrypted").await?;
        app.wait_for_testid("view-welcome").await?;
        let line = app.wait_for_text("welcome-encrypted").await?;
        ensure!(line.contains("passphrase"), "the welcome screen says {line:?}");
        ensure!(!app.has_testid("recovery-key-panel").await?, "a passphrase has no recovery key to show");
        app.screenshot("encryption-welcome-passphrase").await?;
        // Something to find again after the relaunch.
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;
        Ok(())
    })
    .await;
    ensure_encrypted(&db);

    let second = db.clone();
    e2e::run_with_args(args(&db), |app| async move {
        app.wait_for_testid("view-unlock").await?;
        app.screenshot("encryption-unlock").await?;
        let before = std::fs::read(&second)?;
        app.fill_testid("unlock-secret", "not the passphrase at all").await?;
        app.click_testid("unlock-submit").await?;
        let refusal = app.wait_for_text("unlock-error").await?;
        ensure!(refusal.to_lowercase().contains("wrong passphrase"), "refusal {refusal:?}");
        ensure!(std::fs::read(&second)? == before, "a wrong passphrase changed the file");
        app.screenshot("encryption-unlock-wrong").await?;
        // The recovery-key form is one click away (and back).
        app.click_testid("unlock-switch").await?;
        app.wait_for_testid("unlock-switch").await?;
        app.click_testid("unlock-switch").await?;
        app.fill_testid("unlock-secret", PASSPHRASE).await?;
        app.click_testid("unlock-submit").await?;
        app.wait_for_testid("view-campaigns").await?;
        ensure!(app.has_testid("nav-settings").await?, "the app did not open");
        Ok(())
    })
    .await;
    ensure_encrypted(&db);
}

/// A plain database is encrypted from Settings → Privacy and encryption (with a passphrase: no keyring here); the
/// plain file is kept until the person removes it, and the backups list tells encrypted from plain.
#[tokio::test]
async fn settings_encrypts_a_plain_database() {
    let db = e2e::fresh_db("encryption-settings");
    let path = db.clone();
    e2e::run_on_db(&db, |app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;
        ensure!(is_plain_sqlite(&path)?, "the harness's database should start plain");
        app.click_testid("nav-settings").await?;
        app.wait_for_testid("settings-privacy").await?;
        let state = app.wait_for_text("privacy-state").await?;
        ensure!(state.contains("not encrypted"), "state {state:?}");
        ensure!(!app.has_testid("privacy-encrypt").await?, "no keyring here, yet the keyring was offered");
        app.scrolled_into_view("settings-privacy").await?;
        app.screenshot("encryption-settings-plain").await?;
        app.click_testid("privacy-encrypt-passphrase").await?;
        app.fill_testid("privacy-passphrase", PASSPHRASE).await?;
        app.fill_testid("privacy-passphrase-again", PASSPHRASE).await?;
        app.click_testid("privacy-passphrase-apply").await?;
        app.wait_until("the database to be encrypted", || async {
            let text = app.text_of("privacy-state").await?;
            Ok(text.contains("encrypted with a passphrase").then_some(()))
        })
        .await?;
        ensure!(!is_plain_sqlite(&path)?, "the database file is still plain SQLite");
        let kept = app.wait_for_text("privacy-plain-copy").await?;
        ensure!(kept.contains(".plain-backup"), "plain copy {kept:?}");
        app.scrolled_into_view("settings-privacy").await?;
        app.screenshot("encryption-settings-encrypted").await?;
        // The data is still there, read through the new key.
        app.click_testid("nav-campaigns").await?;
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid("nav-settings").await?;
        app.click_testid("privacy-remove-plain").await?;
        app.click_testid("confirm-ok").await?;
        app.wait_gone("privacy-plain-copy").await?;
        let mut plain = path.as_os_str().to_owned();
        plain.push(".plain-backup");
        ensure!(!Path::new(&plain).exists(), "the plain copy is still on disk");
        // A backup made now is encrypted; the one made at start (before encrypting) is marked plain.
        app.click_testid("backup-now").await?;
        app.wait_until("two backups listed", || async {
            let badges = app.texts_of_all("backup-encrypted").await?;
            Ok((badges.len() >= 2).then_some(badges))
        })
        .await
        .and_then(|badges| {
            ensure!(badges.iter().any(|b| b == "Encrypted"), "badges {badges:?}");
            ensure!(badges.iter().any(|b| b == "Not encrypted"), "badges {badges:?}");
            Ok(())
        })?;
        app.scrolled_into_view("backup-list").await?;
        app.screenshot("encryption-settings-backups").await?;

        // Another database in the same folder, plain, shares the backups: the encrypted one restores into it with
        // the passphrase of the database it was made from (a wrong one is refused), and the content arrives plain.
        let other = path.with_file_name("other.sqlite3");
        app.answer_file_dialog(&other)?;
        app.click_testid("settings-database-open").await?;
        app.wait_until("the other database to open", || async {
            Ok(app.text_of("settings-database-path").await?.ends_with("other.sqlite3").then_some(()))
        })
        .await?;
        ensure!(is_plain_sqlite(&other)?, "the other database should be plain");
        app.click_testid("backup-restore-encrypted").await?;
        app.fill_testid("restore-key", "not the right passphrase").await?;
        app.click_testid("confirm-ok").await?;
        let refusal = app.wait_for_text("confirm-error").await?;
        ensure!(refusal.contains("another key"), "refusal {refusal:?}");
        app.fill_testid("restore-key", PASSPHRASE).await?;
        app.screenshot("encryption-restore-key").await?;
        app.click_testid("confirm-ok").await?;
        app.wait_until("the restore to be reported", || async {
            Ok(app.text_of("backup-message").await?.starts_with("Restored").then_some(()))
        })
        .await?;
        ensure!(is_plain_sqlite(&other)?, "the plain database became encrypted");
        app.click_testid("nav-campaigns").await?;
        ensure!(app.wait_for_count("campaign-row", 1).await.is_ok(), "no campaign came back with the backup");
        Ok(())
    })
    .await;
    ensure_encrypted(&db);
}

fn ensure_encrypted(db: &Path) {
    match is_plain_sqlite(db) {
        Ok(false) => {}
        Ok(true) => panic!("{} is plain SQLite", db.display()),
        Err(e) => panic!("{e:#}"),
    }
}
