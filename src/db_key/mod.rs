//! The key of an encrypted database (issue #15): what it is (a random 256-bit raw key, or a passphrase SQLCipher
//! derives one from), how a person writes it down (the recovery key), and where it is kept (the OS keyring, or a file
//! named by `CAMPAIGN_DESK_DB_KEY_FILE` on a headless machine). No SQL here: applying a key is `store::cipher`'s.
//!
//! A key is never printed: `DbKey` has no `Display`, its `Debug` shows no byte of it, and the messages built here
//! name where a key came from, never what it is.

mod find;
mod keyring;
mod recovery;
mod start;

pub use find::{open_database, KeyPlace, Keys, KEY_FILE_ENV};
pub use keyring::{KeyStore, MemoryKeyring, OsKeyring};
pub use recovery::{parse_recovery_key, recovery_key, NotRecovery};
pub use start::{create_new, open_at_start, typed_key, unlock, NewKey, Opening, Unlocked};

use crate::error::{Error, Result};

/// A database key. `Raw` is what Campaign Desk makes: 32 random bytes, given to SQLCipher as `x'…'` so that opening
/// costs no key derivation (~1 ms instead of ~0.5 s). `Passphrase` is for a machine shared with others: nothing is
/// stored, SQLCipher derives the key (PBKDF2) at each open.
#[derive(Clone, PartialEq, Eq)]
pub enum DbKey {
    Raw([u8; 32]),
    Passphrase(String),
}

impl std::fmt::Debug for DbKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DbKey::Raw(_) => f.write_str("DbKey::Raw(<hidden>)"),
            DbKey::Passphrase(_) => f.write_str("DbKey::Passphrase(<hidden>)"),
        }
    }
}

/// Shortest passphrase accepted: SQLCipher's key derivation slows guessing, it does not make "1234" safe.
pub const MIN_PASSPHRASE_CHARS: usize = 12;

impl DbKey {
    /// A new random raw key from the operating system's generator.
    pub fn generate() -> Result<DbKey> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes)
            .map_err(|e| Error::io("cannot read random bytes for a new key", std::io::Error::other(e.to_string())))?;
        Ok(DbKey::Raw(bytes))
    }

    /// A passphrase typed by a person, checked for length (the text itself is never quoted back).
    pub fn passphrase(text: &str) -> Result<DbKey> {
        let text = text.trim_end_matches(['\r', '\n']);
        if text.chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(Error::invalid_msg(
                "passphrase",
                crate::msg!("core-passphrase-too-short", min = MIN_PASSPHRASE_CHARS),
            ));
        }
        if text.starts_with("x'") || text.starts_with("X'") {
            // SQLCipher would read it as a raw key, not as a passphrase.
            return Err(Error::invalid_msg("passphrase", crate::msg!("core-passphrase-raw-form")));
        }
        Ok(DbKey::Passphrase(text.to_string()))
    }

    /// The text SQLCipher takes in `PRAGMA key` and `ATTACH … KEY`: `x'64 hex digits'` for a raw key.
    pub(crate) fn sqlcipher_text(&self) -> String {
        match self {
            DbKey::Raw(bytes) => format!("x'{}'", to_hex(bytes)),
            DbKey::Passphrase(p) => p.clone(),
        }
    }

    /// The form kept in a keyring or a key file: 64 hex digits, or `passphrase:` and the passphrase.
    pub(crate) fn stored_text(&self) -> String {
        match self {
            DbKey::Raw(bytes) => to_hex(bytes),
            DbKey::Passphrase(p) => format!("passphrase:{p}"),
        }
    }

    /// Reads what [`DbKey::stored_text`] wrote, or a recovery key (a person may paste that into a key file).
    /// `origin` names the place in the error ("the key file /x"); the text itself never appears in it.
    pub(crate) fn from_stored_text(text: &str, origin: &str) -> Result<DbKey> {
        if let Some(p) = text.strip_prefix("passphrase:") {
            return Ok(DbKey::Passphrase(p.trim_end_matches(['\r', '\n']).to_string()));
        }
        let t = text.trim();
        if t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()) {
            let mut bytes = [0u8; 32];
            for (i, b) in bytes.iter_mut().enumerate() {
                *b = u8::from_str_radix(&t[2 * i..2 * i + 2], 16).map_err(|_| bad_key_text(origin))?;
            }
            return Ok(DbKey::Raw(bytes));
        }
        match parse_recovery_key(t) {
            Ok(key) => Ok(key),
            Err(recovery::NotRecovery::Typo(why)) => {
                Err(Error::key_text(format!("{origin} holds a recovery key with a typo: {why}")))
            }
            Err(recovery::NotRecovery::Shape) => Err(bad_key_text(origin)),
        }
    }
}

fn bad_key_text(origin: &str) -> Error {
    Error::key_text(format!(
        "{origin} holds no key Campaign Desk can read: it must hold the key (64 hex digits), the recovery key (14 \
         groups of 4 letters and digits), or passphrase: followed by the passphrase"
    ))
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_text_round_trips_and_debug_shows_nothing() {
        let key = DbKey::generate().expect("key");
        let text = key.stored_text();
        assert_eq!(text.len(), 64);
        assert_eq!(DbKey::from_stored_text(&format!("{text}\n"), "test").expect("read"), key);
        assert!(!format!("{key:?}").contains(&text[..8]));
        let p = DbKey::passphrase("correct horse battery staple\n").expect("long enough");
        assert_eq!(DbKey::from_stored_text(&p.stored_text(), "test").expect("read"), p);
        assert!(DbKey::passphrase("short").is_err());
        assert!(DbKey::passphrase("x'0011223344556677'").is_err());
    }

    #[test]
    fn two_generated_keys_differ() {
        assert_ne!(DbKey::generate().expect("a"), DbKey::generate().expect("b"));
    }

    #[test]
    fn unreadable_key_text_is_refused_without_quoting_it() {
        let e = DbKey::from_stored_text("hunter2-secret", "the key file /k").expect_err("not a key");
        assert!(e.to_string().contains("the key file /k holds no key"), "{e}");
        assert!(!e.to_string().contains("hunter2"), "{e}");
    }
}
