//! What the window does with its database at start (issue #15): a new file is created encrypted, its random key
//! kept in the keyring (or the key file), unless there is no keyring — then the person chooses a passphrase or a
//! plain file, never one made silently; an encrypted file whose key is not at hand waits for its passphrase or
//! recovery key. The CLI keeps its own rules (`open_database`): it never prompts.

use std::path::Path;

use super::{open_database, parse_recovery_key, recovery_key, DbKey, Keys, NotRecovery};
use crate::error::{Error, Result};
use crate::store::{file_kind, FileKind, Store};

/// How a new database is made.
#[derive(Debug)]
pub enum NewKey {
    /// A random raw key, kept where `Keys` keeps keys (the keyring, or the key file).
    Generated,
    /// A passphrase the person types at each start.
    Passphrase(DbKey),
    /// No encryption: chosen by the person after a warning (or `--new-database plain`).
    Plain,
}

/// The outcome of opening the database at start.
pub enum Opening {
    Open(Store),
    /// A new database, created encrypted: its recovery key, to show once.
    Created {
        store: Store,
        recovery_key: Option<String>,
    },
    /// An encrypted database whose key is not at hand: ask for the passphrase or the recovery key. `reason` says
    /// why in words for the window.
    NeedsKey {
        reason: String,
    },
    /// A new database, and no keyring to keep a key in: ask how to protect it. `reason` is the keyring's problem.
    NeedsChoice {
        reason: String,
    },
}

/// Opens (or creates) the database at `path` for the window. `plain_new`: create a missing file plain (the E2E
/// harness, a machine whose disk is encrypted). A key file that does not open the database is an error, not a
/// prompt: it is a headless set-up's.
pub fn open_at_start(path: &Path, keys: &Keys, plain_new: bool) -> Result<Opening> {
    match file_kind(path)? {
        FileKind::New if plain_new => Ok(Opening::Open(Store::open(path)?)),
        FileKind::New => {
            if keys.key_file.is_none() {
                if let Err(why) = keys.keyring.get(path) {
                    return Ok(Opening::NeedsChoice { reason: why });
                }
            }
            let (store, recovery_key) = create_new(path, keys, NewKey::Generated)?;
            Ok(Opening::Created { store, recovery_key })
        }
        FileKind::Plain => Ok(Opening::Open(open_database(path, keys)?)),
        FileKind::Encrypted if keys.key_file.is_some() => Ok(Opening::Open(open_database(path, keys)?)),
        FileKind::Encrypted => {
            let reason = match keys.keyring.get(path) {
                Err(why) => format!(
                    "This database is encrypted and the keyring cannot be asked for its key ({why}). Enter its \
                     passphrase or its recovery key."
                ),
                Ok(None) => "This database is encrypted with a passphrase, or its key is no longer in your \
                             keyring. Enter the passphrase, or its recovery key."
                    .into(),
                Ok(Some(_)) => match open_database(path, keys) {
                    Ok(store) => return Ok(Opening::Open(store)),
                    Err(Error::WrongKey { .. }) => "This database is encrypted and the key in your keyring does \
                                                    not open it. Enter its recovery key."
                        .into(),
                    Err(e) => return Err(e),
                },
            };
            Ok(Opening::NeedsKey { reason })
        }
    }
}

/// Creates the new database at `path` as `how` says. A generated key is saved before the file exists (no keyring:
/// an error, and no file); returns the store and the recovery key to show once (a generated key only).
pub fn create_new(path: &Path, keys: &Keys, how: NewKey) -> Result<(Store, Option<String>)> {
    if file_kind(path)? != FileKind::New {
        return Err(Error::invalid_msg("database", crate::msg!("core-database-exists", path = path)));
    }
    let key = match how {
        NewKey::Plain => return Ok((Store::open(path)?, None)),
        NewKey::Passphrase(p) => p,
        NewKey::Generated => DbKey::generate()?,
    };
    keys.save(path, &key)?;
    match Store::open_encrypted(path, key.clone()) {
        Ok(store) => Ok((store, recovery_key(&key))),
        Err(e) => {
            if matches!(key, DbKey::Raw(_)) && keys.key_file.is_none() {
                let _ = keys.keyring.delete(path);
            }
            Err(e)
        }
    }
}

/// What [`unlock`] did besides opening.
#[derive(Debug, PartialEq, Eq)]
pub struct Unlocked {
    /// A recovery key opened it and its key is back in the keyring: the next start asks nothing.
    pub key_restored: bool,
    /// Why the key could not be put back in the keyring (it opened anyway).
    pub keyring_problem: Option<String>,
}

/// Opens the encrypted database at `path` with what the person typed: a passphrase, or (`recovery`) its recovery
/// key, which is then put back in the keyring. A wrong one is refused and nothing is written.
pub fn unlock(path: &Path, keys: &Keys, typed: &str, recovery: bool) -> Result<(Store, Unlocked)> {
    if file_kind(path)? != FileKind::Encrypted {
        return Err(Error::invalid_msg("database", crate::msg!("core-not-encrypted", path = path)));
    }
    let key = if recovery {
        parse_recovery_key(typed).map_err(|e| {
            Error::invalid_msg(
                "recovery_key",
                match e {
                    NotRecovery::Shape => crate::msg!("core-recovery-key-shape"),
                    NotRecovery::Typo(why) => why.as_typed(),
                },
            )
        })?
    } else {
        let text = typed.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            return Err(Error::invalid_msg("passphrase", crate::msg!("core-type-passphrase")));
        }
        DbKey::Passphrase(text.to_string())
    };
    let store = Store::open_encrypted(path, key.clone()).map_err(|e| match e {
        Error::WrongKey { .. } if recovery => {
            Error::invalid_msg("recovery_key", crate::msg!("core-wrong-recovery-key"))
        }
        Error::WrongKey { .. } => Error::invalid_msg("passphrase", crate::msg!("core-wrong-passphrase")),
        other => other,
    })?;
    let mut done = Unlocked { key_restored: false, keyring_problem: None };
    if recovery && keys.key_file.is_none() {
        match keys.save(path, &key) {
            Ok(_) => done.key_restored = true,
            Err(e) => done.keyring_problem = Some(e.to_string()),
        }
    }
    Ok((store, done))
}

/// The key a person typed for a backup (Settings' restore): a recovery key when it has that shape, else a passphrase.
pub fn typed_key(text: &str) -> Result<DbKey> {
    match parse_recovery_key(text) {
        Ok(key) => Ok(key),
        Err(NotRecovery::Typo(why)) => Err(Error::invalid_msg("key", why.as_typed())),
        Err(NotRecovery::Shape) => {
            let text = text.trim_end_matches(['\r', '\n']);
            if text.is_empty() {
                return Err(Error::invalid_msg("key", crate::msg!("core-type-key")));
            }
            Ok(DbKey::Passphrase(text.to_string()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db_key::{KeyStore, MemoryKeyring};

    fn keys(keyring: &MemoryKeyring) -> Keys<'_> {
        Keys { keyring, key_file: None }
    }

    #[test]
    fn a_new_database_is_created_encrypted_with_its_key_in_the_keyring() {
        let dir = tempfile::tempdir().expect("dir");
        let db = dir.path().join("new.sqlite3");
        let keyring = MemoryKeyring::default();
        let Opening::Created { store, recovery_key } = open_at_start(&db, &keys(&keyring), false).expect("open") else {
            panic!("not created")
        };
        assert!(store.is_encrypted());
        assert!(recovery_key.is_some());
        drop(store);
        assert_eq!(file_kind(&db).expect("kind"), FileKind::Encrypted);
        assert_eq!(keyring.len(), 1);
        assert!(matches!(open_at_start(&db, &keys(&keyring), false).expect("again"), Opening::Open(_)));
    }

    #[test]
    fn without_a_keyring_nothing_is_created_until_the_person_chooses() {
        let dir = tempfile::tempdir().expect("dir");
        let db = dir.path().join("new.sqlite3");
        let keyring = MemoryKeyring::unavailable();
        let Opening::NeedsChoice { reason } = open_at_start(&db, &keys(&keyring), false).expect("open") else {
            panic!("no choice asked")
        };
        assert!(reason.contains("no Secret Service"), "{reason}");
        assert!(!db.exists());
        let pass = DbKey::passphrase("a shared laptop passphrase").expect("long enough");
        let (store, recovery) = create_new(&db, &keys(&keyring), NewKey::Passphrase(pass)).expect("create");
        assert!(recovery.is_none());
        drop(store);
        let Opening::NeedsKey { .. } = open_at_start(&db, &keys(&keyring), false).expect("start") else {
            panic!("no prompt")
        };
        let before = std::fs::read(&db).expect("bytes");
        let e = unlock(&db, &keys(&keyring), "not the passphrase", false).err().expect("wrong");
        assert!(e.to_string().contains("wrong passphrase"), "{e}");
        assert_eq!(std::fs::read(&db).expect("bytes"), before, "a wrong passphrase changes nothing");
        let (store, done) = unlock(&db, &keys(&keyring), "a shared laptop passphrase", false).expect("right");
        assert!(store.is_encrypted());
        assert!(!done.key_restored);
    }

    #[test]
    fn a_recovery_key_opens_a_database_whose_keyring_entry_was_lost_and_puts_it_back() {
        let dir = tempfile::tempdir().expect("dir");
        let db = dir.path().join("new.sqlite3");
        let keyring = MemoryKeyring::default();
        let (store, recovery) = create_new(&db, &keys(&keyring), NewKey::Generated).expect("create");
        drop(store);
        keyring.delete(&db).expect("lose the key");
        let Opening::NeedsKey { reason } = open_at_start(&db, &keys(&keyring), false).expect("start") else {
            panic!("no prompt")
        };
        assert!(reason.contains("no longer in your keyring"), "{reason}");
        let recovery = recovery.expect("a recovery key");
        let typo = recovery.replacen(&recovery[..1], if &recovery[..1] == "A" { "B" } else { "A" }, 1);
        assert!(unlock(&db, &keys(&keyring), &typo, true).is_err());
        let (_, done) = unlock(&db, &keys(&keyring), &recovery.to_lowercase(), true).expect("recovery key");
        assert!(done.key_restored);
        assert!(matches!(open_at_start(&db, &keys(&keyring), false).expect("again"), Opening::Open(_)));
    }

    #[test]
    fn a_typed_backup_key_is_a_recovery_key_when_shaped_like_one_else_a_passphrase() {
        let key = DbKey::generate().expect("key");
        let shown = recovery_key(&key).expect("raw");
        assert_eq!(typed_key(&shown.to_lowercase()).expect("recovery"), key);
        assert_eq!(typed_key("a long passphrase\n").expect("pass"), DbKey::Passphrase("a long passphrase".into()));
        let mut typo: Vec<char> = shown.chars().collect();
        typo[0] = if typo[0] == 'A' { 'B' } else { 'A' };
        let e = typed_key(&typo.into_iter().collect::<String>()).expect_err("typo");
        assert!(e.to_string().contains("not the recovery key as written"), "{e}");
        assert!(typed_key("").is_err());
    }

    #[test]
    fn another_connection_opens_with_the_passphrase_the_first_was_given() {
        let dir = tempfile::tempdir().expect("dir");
        let db = dir.path().join("new.sqlite3");
        let keyring = MemoryKeyring::unavailable();
        let pass = DbKey::passphrase("only typed in the window").expect("long enough");
        let (store, _) = create_new(&db, &keys(&keyring), NewKey::Passphrase(pass)).expect("create");
        let reopen = store.reopener();
        assert!(!format!("{reopen:?}").contains("only typed"), "{reopen:?}");
        let second = reopen.open().expect("a second connection");
        assert!(second.is_encrypted());
    }

    #[test]
    fn a_plain_new_database_when_asked() {
        let dir = tempfile::tempdir().expect("dir");
        let db = dir.path().join("new.sqlite3");
        let keyring = MemoryKeyring::default();
        assert!(matches!(open_at_start(&db, &keys(&keyring), true).expect("open"), Opening::Open(_)));
        assert_eq!(file_kind(&db).expect("kind"), FileKind::Plain);
        assert!(keyring.is_empty());
    }
}
