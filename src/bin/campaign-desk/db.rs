//! `campaign-desk db …`: encryption of the database file (issue #15). Keys come from the keyring, or from the file
//! `CAMPAIGN_DESK_DB_KEY_FILE` names (then the keyring is never touched); a passphrase only from standard input. No
//! key is ever taken from argv or printed; the recovery key is printed once, when a key is made.

use std::io::Read;
use std::path::{Path, PathBuf};

use campaign_desk::db_key::{DbKey, KeyPlace, Keys, OsKeyring};
use campaign_desk::encryption::{self, Encrypted};
use campaign_desk::Error;
use clap::Subcommand;

use campaign_desk::i18n::Msg;
use campaign_desk::msg;

use crate::output::{say, Out};

#[derive(Subcommand)]
pub enum DbCmd {
    /// Encrypt the database (SQLCipher) with a new random key kept in the keyring (or in the file
    /// $CAMPAIGN_DESK_DB_KEY_FILE names, which must not exist yet). The plain file is kept as <name>.plain-backup.
    Encrypt {
        /// A passphrase read from standard input instead of a stored key (a machine shared with others).
        #[arg(long, conflicts_with = "confirm_remove_plain")]
        passphrase_stdin: bool,
        /// Delete the <name>.plain-backup an earlier `db encrypt` kept, once the encrypted database opens.
        #[arg(long)]
        confirm_remove_plain: bool,
    },
    /// Write a plain (unencrypted) copy of the encrypted database to FILE.
    Decrypt {
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
    },
    /// Give the encrypted database a new key (and a new recovery key).
    Rekey {
        /// A passphrase read from standard input instead of a stored key.
        #[arg(long)]
        passphrase_stdin: bool,
    },
    /// Whether the database is encrypted and where its key is (never the key).
    Status,
}

fn passphrase_from_stdin() -> anyhow::Result<DbKey> {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).map_err(|e| Error::io("cannot read standard input", e))?;
    Ok(DbKey::passphrase(s.lines().next().unwrap_or(""))?)
}

pub fn db(path: &Path, cmd: DbCmd, out: &Out) -> anyhow::Result<()> {
    let keyring = OsKeyring;
    let keys = Keys::from_env(&keyring);
    match cmd {
        DbCmd::Encrypt { confirm_remove_plain: true, .. } => {
            let removed = encryption::remove_plain_backup(path, &keys)?;
            out.value(&serde_json::json!({ "removed": removed }), || {
                println!("{}", say(msg!("core-cli-db-plain-removed", path = &removed)))
            })
        }
        DbCmd::Encrypt { passphrase_stdin, .. } => {
            let passphrase = if passphrase_stdin { Some(passphrase_from_stdin()?) } else { None };
            let done = encryption::encrypt(path, &keys, passphrase)?;
            report(&done, "encrypted", out)
        }
        DbCmd::Rekey { passphrase_stdin } => {
            let passphrase = if passphrase_stdin { Some(passphrase_from_stdin()?) } else { None };
            let done = encryption::rekey(path, &keys, passphrase)?;
            report(&done, "rekeyed", out)
        }
        DbCmd::Decrypt { to } => {
            let counts = encryption::decrypt_to(path, &keys, &to)?;
            let rows: i64 = counts.iter().map(|c| c.rows).sum();
            eprintln!("campaign-desk: {}", say(msg!("core-cli-db-plain-copy-warning", path = &to)));
            out.value(&serde_json::json!({ "plain_copy": to, "tables": counts.len(), "rows": rows }), || {
                println!(
                    "{}",
                    say(msg!("core-cli-db-plain-copy-written", path = &to, tables = counts.len(), rows = rows))
                )
            })
        }
        DbCmd::Status => {
            let s = encryption::status(path, &keys)?;
            out.value(&s, || {
                if !s.encrypted {
                    println!("{}", say(msg!("core-not-encrypted", path = &s.database)));
                } else {
                    println!("{}", say(msg!("core-cli-db-encrypted", path = &s.database)));
                    let key = match (&s.key_place, s.key_opens, s.problem.as_deref()) {
                        (Some(place), Some(true), _) => with_place(msg!("core-cli-db-key-opens"), place),
                        (_, _, Some(problem)) => msg!("core-cli-db-key-problem", problem = problem),
                        _ => msg!("core-cli-db-key-not-found"),
                    };
                    println!("{}", say(key));
                }
                if let Some(p) = &s.plain_backup {
                    println!("{}", say(msg!("core-cli-db-plain-copy-left", path = p)));
                }
            })
        }
    }
}

/// `m` with where the key is: `place` keyring, file (and `file`) or nowhere (a passphrase).
fn with_place(m: Msg, place: &KeyPlace) -> Msg {
    match place {
        KeyPlace::Keyring => m.arg("place", "keyring"),
        KeyPlace::File { path } => m.arg("place", "file").arg("file", path.as_path()),
        KeyPlace::Nowhere => m.arg("place", "nowhere"),
    }
}

/// `action`: `encrypted` or `rekeyed`.
fn report(done: &Encrypted, action: &str, out: &Out) -> anyhow::Result<()> {
    out.value(done, || {
        let summary =
            msg!("core-cli-db-done", action = action, path = &done.database, tables = done.tables, rows = done.rows);
        println!("{}", say(with_place(summary, &done.key_place)));
        if let Some(recovery) = &done.recovery_key {
            println!();
            println!("{}", say(msg!("core-cli-db-recovery-key")));
            println!();
            println!("    {recovery}");
            println!();
            println!("{}", say(msg!("core-cli-db-recovery-key-why")));
        }
        if let Some(plain) = &done.plain_backup {
            println!("{}", say(msg!("core-cli-db-plain-file-kept", path = plain)));
        }
        if !done.plain_backups_left.is_empty() {
            let dir = done.plain_backups_left[0].parent().map(|p| p.display().to_string()).unwrap_or_default();
            let warning = msg!("core-cli-db-plain-backups-left", count = done.plain_backups_left.len(), folder = dir);
            println!("{}", say(warning));
        }
    })
}
