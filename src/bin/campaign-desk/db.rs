//! `campaign-desk db …`: encryption of the database file (issue #15). Keys come from the keyring, or from the file
//! `CAMPAIGN_DESK_DB_KEY_FILE` names (then the keyring is never touched); a passphrase only from standard input. No
//! key is ever taken from argv or printed; the recovery key is printed once, when a key is made.

use std::io::Read;
use std::path::{Path, PathBuf};

use campaign_desk::db_key::{DbKey, KeyPlace, Keys, OsKeyring};
use campaign_desk::encryption::{self, Encrypted};
use campaign_desk::Error;
use clap::Subcommand;

use crate::output::Out;

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
                println!(
                    "Removed the plain copy {} (on an SSD its old blocks may stay on the disk until they are reused)",
                    removed.display()
                )
            })
        }
        DbCmd::Encrypt { passphrase_stdin, .. } => {
            let passphrase = if passphrase_stdin { Some(passphrase_from_stdin()?) } else { None };
            let done = encryption::encrypt(path, &keys, passphrase)?;
            report(&done, "Encrypted", out)
        }
        DbCmd::Rekey { passphrase_stdin } => {
            let passphrase = if passphrase_stdin { Some(passphrase_from_stdin()?) } else { None };
            let done = encryption::rekey(path, &keys, passphrase)?;
            report(&done, "Changed the key of", out)
        }
        DbCmd::Decrypt { to } => {
            let counts = encryption::decrypt_to(path, &keys, &to)?;
            let rows: i64 = counts.iter().map(|c| c.rows).sum();
            eprintln!(
                "campaign-desk: warning: {} is NOT encrypted: anyone who gets this file can read every name, phone \
                 number and statement in it. Delete it when you are done.",
                to.display()
            );
            out.value(&serde_json::json!({ "plain_copy": to, "tables": counts.len(), "rows": rows }), || {
                println!("Wrote a plain copy to {} ({} tables, {rows} rows)", to.display(), counts.len())
            })
        }
        DbCmd::Status => {
            let s = encryption::status(path, &keys)?;
            out.value(&s, || {
                if !s.encrypted {
                    println!("{} is not encrypted", s.database.display());
                } else {
                    println!("{} is encrypted", s.database.display());
                    match (&s.key_place, s.key_opens) {
                        (Some(place), Some(true)) => println!("Key: {} (it opens the database)", describe(place)),
                        _ => println!("Key: {}", s.problem.as_deref().unwrap_or("not found")),
                    }
                }
                if let Some(p) = &s.plain_backup {
                    println!(
                        "A plain copy is still at {}; remove it with `db encrypt --confirm-remove-plain`",
                        p.display()
                    );
                }
            })
        }
    }
}

fn describe(place: &KeyPlace) -> String {
    match place {
        KeyPlace::Keyring => "in the keyring".into(),
        KeyPlace::File { path } => format!("in {}", path.display()),
        KeyPlace::Nowhere => "a passphrase".into(),
    }
}

fn report(done: &Encrypted, verb: &str, out: &Out) -> anyhow::Result<()> {
    out.value(done, || {
        println!(
            "{verb} {} ({} tables, {} rows checked); the key is {}",
            done.database.display(),
            done.tables,
            done.rows,
            describe(&done.key_place)
        );
        if let Some(recovery) = &done.recovery_key {
            println!();
            println!("Recovery key — write it down or print it and keep it safe; it is shown only this once:");
            println!();
            println!("    {recovery}");
            println!();
            println!("Without it, a lost keyring means the database cannot be opened.");
        }
        if let Some(plain) = &done.plain_backup {
            println!(
                "The plain file is kept as {}: once the encrypted database works, remove it with \
                 `campaign-desk db encrypt --confirm-remove-plain`",
                plain.display()
            );
        }
        if !done.plain_backups_left.is_empty() {
            println!(
                "Warning: {} older backups in {} are not encrypted; delete them once you no longer need them",
                done.plain_backups_left.len(),
                done.plain_backups_left[0].parent().map(|p| p.display().to_string()).unwrap_or_default()
            );
        }
    })
}
