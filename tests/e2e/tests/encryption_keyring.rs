//! Encryption with a real Secret Service (issue #15): the app runs in its own D-Bus session with an unlocked
//! gnome-keyring, so these need `E2E_KEYRING=1 scripts/e2e.sh --test encryption_keyring -- --ignored` (`make e2e`
//! runs them so). A first start creates an encrypted database and shows its recovery key once; a relaunch opens it
//! without a prompt; with the keyring's entry removed the window asks for the recovery key, opens with it and puts
//! the key back.

use std::path::Path;
use std::process::Command;

use anyhow::{bail, ensure, Context, Result};
use campaign_desk_e2e as e2e;

const SQLITE_MAGIC: &[u8] = b"SQLite format 3\0";

fn args(db: &Path) -> Vec<String> {
    vec!["--db".into(), db.display().to_string(), "--new-database".into(), "encrypted".into()]
}

/// `secret-tool` on the app's session bus (named by the harness).
fn secret_tool(arguments: &[&str]) -> Result<String> {
    let bus = std::env::var("E2E_DBUS_ADDRESS").ok().filter(|b| !b.is_empty()).context(
        "E2E_DBUS_ADDRESS is not set: run with E2E_KEYRING=1 scripts/e2e.sh --test encryption_keyring -- --ignored",
    )?;
    let out = Command::new("secret-tool")
        .args(arguments)
        .env("DBUS_SESSION_BUS_ADDRESS", bus)
        .output()
        .context("running secret-tool (scripts/setup.sh installs libsecret-tools)")?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

#[tokio::test]
#[ignore = "needs a Secret Service: E2E_KEYRING=1 scripts/e2e.sh --test encryption_keyring -- --ignored"]
async fn a_new_database_is_encrypted_with_its_key_in_the_keyring_and_a_lost_entry_is_recovered() {
    let db = e2e::fresh_db("encryption-keyring");
    let user = db.display().to_string();
    let lookup = ["lookup", "service", "campaign-desk-database", "username", user.as_str()];
    // No keyring left from an earlier run of this path.
    secret_tool(&["clear", "service", "campaign-desk-database", "username", &user]).expect("secret-tool");

    let recovery = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let shown = recovery.clone();
    let first_db = db.clone();
    e2e::run_with_args(args(&db), |app| async move {
        app.wait_for_testid("view-welcome").await?;
        let line = app.wait_for_text("welcome-encrypted").await?;
        ensure!(line.contains("keyring"), "the welcome screen says {line:?}");
        let key = app.wait_for_text("recovery-key").await?;
        ensure!(key.split('-').count() == 14, "not a recovery key: {} characters", key.len());
        app.screenshot("encryption-keyring-welcome").await?;
        // Saved as a file through the save dialog: the key in it, readable by its owner only.
        let saved = first_db.with_file_name("recovery-key.txt");
        app.answer_file_dialog(&saved)?;
        app.click_testid("recovery-save").await?;
        let note = app.wait_for_text("recovery-note").await?;
        ensure!(note.starts_with("Saved to"), "after saving: {note:?}");
        let text = std::fs::read_to_string(&saved).context("the saved recovery key")?;
        ensure!(text.contains(&key), "the saved file does not hold the key shown");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&saved)?.permissions().mode() & 0o777;
            ensure!(mode == 0o600, "the recovery key file is readable by others ({mode:o})");
        }
        // Kept only once ticked.
        ensure!(!app.wait_for_testid("recovery-done").await?.is_enabled().await?, "Done before the tick");
        app.click_testid("recovery-kept").await?;
        app.click_testid("recovery-done").await?;
        app.wait_gone("recovery-key-panel").await?;
        *shown.lock().map_err(|_| anyhow::anyhow!("lock"))? = key;
        Ok(())
    })
    .await;
    let bytes = std::fs::read(&db).expect("the database exists");
    assert!(!bytes.starts_with(SQLITE_MAGIC), "the new database is plain SQLite");
    assert_eq!(secret_tool(&lookup).expect("lookup").len(), 64, "the keyring holds the raw key");

    // The key is in the keyring: no prompt, and the recovery key is not shown again.
    e2e::run_with_args(args(&db), |app| async move {
        app.wait_for_testid("view-welcome").await?;
        ensure!(!app.has_testid("view-unlock").await?, "asked for a key");
        app.wait_for_text("welcome-encrypted").await?;
        ensure!(!app.has_testid("recovery-key-panel").await?, "the recovery key was shown twice");
        Ok(())
    })
    .await;

    // The keyring loses the entry: the window asks for the recovery key and puts the key back.
    secret_tool(&["clear", "service", "campaign-desk-database", "username", &user]).expect("clear");
    assert!(secret_tool(&lookup).expect("lookup").is_empty());
    let key = recovery.lock().expect("lock").clone();
    e2e::run_with_args(args(&db), |app| async move {
        app.wait_for_testid("view-unlock").await?;
        let reason = app.wait_for_text("unlock-reason").await?;
        ensure!(reason.contains("no longer in your keyring"), "reason {reason:?}");
        app.click_testid("unlock-switch").await?;
        app.fill_testid("unlock-secret", &key.to_lowercase().replace('-', " ")).await?;
        app.screenshot("encryption-keyring-recovery").await?;
        app.click_testid("unlock-submit").await?;
        app.wait_for_testid("view-welcome").await?;
        Ok(())
    })
    .await;
    if secret_tool(&lookup).expect("lookup").len() != 64 {
        panic!("the recovery key did not put the key back in the keyring");
    }
    e2e::run_with_args(args(&db), |app| async move {
        app.wait_for_testid("view-welcome").await?;
        if app.has_testid("view-unlock").await? {
            bail!("asked again after the recovery key");
        }
        Ok(())
    })
    .await;
}

/// A plain database encrypted from Settings with the key in the keyring: the recovery key is shown there once, a
/// new key gives a new recovery key, and the keyring holds the key that opens it at the next start.
#[tokio::test]
#[ignore = "needs a Secret Service: E2E_KEYRING=1 scripts/e2e.sh --test encryption_keyring -- --ignored"]
async fn settings_encrypts_with_the_keyring_and_gives_a_new_recovery_key() {
    let db = e2e::fresh_db("encryption-keyring-settings");
    let user = db.display().to_string();
    let lookup = ["lookup", "service", "campaign-desk-database", "username", user.as_str()];
    e2e::run_on_db(&db, |app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("nav-settings").await?;
        app.click_testid("privacy-encrypt").await?;
        let first = app.wait_for_text("recovery-key").await?;
        let state = app.wait_for_text("privacy-state").await?;
        ensure!(state.contains("kept in your keyring"), "state {state:?}");
        app.scrolled_into_view("settings-privacy").await?;
        app.screenshot("encryption-keyring-settings").await?;
        app.click_testid("recovery-kept").await?;
        app.click_testid("recovery-done").await?;
        app.wait_gone("recovery-key-panel").await?;
        // A new key: confirmed first, then a new recovery key.
        app.click_testid("privacy-rekey").await?;
        app.click_testid("confirm-ok").await?;
        let second = app.wait_for_text("recovery-key").await?;
        ensure!(second != first, "the same recovery key after a new key");
        app.click_testid("recovery-kept").await?;
        app.click_testid("recovery-done").await?;
        app.wait_gone("recovery-key-panel").await?;
        Ok(())
    })
    .await;
    assert!(!std::fs::read(&db).expect("db").starts_with(SQLITE_MAGIC), "still plain");
    assert_eq!(secret_tool(&lookup).expect("lookup").len(), 64, "the keyring holds the key");
    e2e::run_on_db(&db, |app| async move {
        app.wait_for_testid("view-welcome").await?;
        ensure!(!app.has_testid("view-unlock").await?, "asked for a key");
        Ok(())
    })
    .await;
}
