//! Finding a database's key the same way in the CLI and the app: the file named by `CAMPAIGN_DESK_DB_KEY_FILE` when
//! it is set (headless machines and scripts; the keyring is then never touched, so tests never reach a desktop's
//! keyring), else the keyring's entry for the database's path. Messages say where a key was looked for, never what
//! it is.

use std::path::{Path, PathBuf};

use super::{DbKey, KeyStore};
use crate::error::{Error, Result};
use crate::store::{file_kind, FileKind, Store};

/// The environment variable naming a file that holds the database key (or its recovery key, or
/// `passphrase:…`). Read as a file, so the key never sits in argv or the environment itself; `/dev/stdin` works.
pub const KEY_FILE_ENV: &str = "CAMPAIGN_DESK_DB_KEY_FILE";

/// Where a database's key is kept.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum KeyPlace {
    Keyring,
    File {
        path: PathBuf,
    },
    /// A passphrase: kept only in the person's head.
    Nowhere,
}

impl KeyPlace {
    /// How a message names the place ("the key in the keyring").
    pub fn describe(&self) -> String {
        match self {
            KeyPlace::Keyring => "the key in the keyring".into(),
            KeyPlace::File { path } => format!("the key in {} (named by {KEY_FILE_ENV})", path.display()),
            KeyPlace::Nowhere => "the passphrase".into(),
        }
    }
}

/// Where this run looks for and keeps keys.
pub struct Keys<'a> {
    pub keyring: &'a dyn KeyStore,
    pub key_file: Option<PathBuf>,
}

impl<'a> Keys<'a> {
    /// The keyring, or the file `CAMPAIGN_DESK_DB_KEY_FILE` names when it is set and not empty.
    pub fn from_env(keyring: &'a dyn KeyStore) -> Keys<'a> {
        let key_file = std::env::var_os(KEY_FILE_ENV).filter(|v| !v.is_empty()).map(PathBuf::from);
        Keys { keyring, key_file }
    }

    /// Where a new key would be kept.
    pub fn place(&self) -> KeyPlace {
        match &self.key_file {
            Some(path) => KeyPlace::File { path: path.clone() },
            None => KeyPlace::Keyring,
        }
    }

    /// The key of the encrypted database `db`, and where it came from.
    pub fn find(&self, db: &Path) -> Result<(DbKey, KeyPlace)> {
        let place = self.place();
        if let Some(file) = &self.key_file {
            let text = std::fs::read_to_string(file).map_err(|e| {
                Error::key(crate::msg!(
                    "core-key-file-unreadable",
                    path = db,
                    file = file,
                    variable = KEY_FILE_ENV,
                    reason = e.to_string()
                ))
            })?;
            let origin = format!("the key file {} (named by {KEY_FILE_ENV})", file.display());
            return Ok((DbKey::from_stored_text(&text, &origin)?, place));
        }
        match self.keyring.get(db) {
            Ok(Some(text)) => Ok((DbKey::from_stored_text(&text, "the keyring's entry for this database")?, place)),
            Ok(None) => Err(Error::key(crate::msg!(
                "core-key-not-in-keyring",
                path = db,
                keyring = self.keyring.name(),
                variable = KEY_FILE_ENV
            ))),
            Err(why) => Err(Error::key(crate::msg!(
                "core-keyring-unavailable",
                path = db,
                keyring = self.keyring.name(),
                reason = why.to_string(),
                variable = KEY_FILE_ENV
            ))),
        }
    }

    /// Keeps `key` for `db`: in the key file when one is named (written with owner-only permissions and replaced
    /// in one rename), else in the keyring. A passphrase is kept nowhere, and a key the keyring held for `db`
    /// before is removed (it would no longer open it).
    pub fn save(&self, db: &Path, key: &DbKey) -> Result<KeyPlace> {
        if matches!(key, DbKey::Passphrase(_)) {
            if self.key_file.is_none() {
                let _ = self.keyring.delete(db);
            }
            return Ok(KeyPlace::Nowhere);
        }
        match &self.key_file {
            Some(file) => {
                write_private(file, &key.stored_text())?;
                Ok(self.place())
            }
            None => {
                self.keyring.set(db, &key.stored_text()).map_err(|why| {
                    Error::key(crate::msg!(
                        "core-key-not-saved",
                        keyring = self.keyring.name(),
                        reason = why.to_string(),
                        variable = KEY_FILE_ENV
                    ))
                })?;
                Ok(KeyPlace::Keyring)
            }
        }
    }
}

/// Writes `text` to `file` readable by its owner only, through a temporary file renamed over it.
fn write_private(file: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    let mut tmp_name = file.as_os_str().to_owned();
    tmp_name.push(".tmp");
    let tmp = PathBuf::from(tmp_name);
    let _ = std::fs::remove_file(&tmp);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let written = options
        .open(&tmp)
        .and_then(|mut f| f.write_all(format!("{text}\n").as_bytes()).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&tmp, file));
    written.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(format!("cannot write the key file {}", file.display()), e)
    })
}

/// Opens the database at `path` as the CLI and the app do: a plain (or new) file as it is, an encrypted one with
/// the key `keys` finds. A key that does not open it is refused before anything is written, and so is a plain file
/// when a key file is named.
pub fn open_database(path: &Path, keys: &Keys) -> Result<Store> {
    match file_kind(path)? {
        FileKind::Encrypted => {
            let (key, place) = keys.find(path)?;
            Store::open_encrypted(path, key).map_err(|e| match e {
                Error::WrongKey { path, .. } => Error::WrongKey { path, from: place.describe() },
                other => other,
            })
        }
        // A key file says this database is meant to be encrypted: a plain file in its place (swapped, or restored
        // from a plain copy) is refused rather than filled with more data in the clear.
        FileKind::Plain if keys.key_file.is_some() => {
            Err(Error::key(crate::msg!("core-key-file-for-plain-database", path = path, variable = KEY_FILE_ENV)))
        }
        FileKind::New | FileKind::Plain => Store::open(path),
    }
}
