//! The recovery key: the raw key written so a person can copy it onto paper and type it back. 32 key bytes and 3
//! checksum bytes (the start of their SHA-256) are 280 bits, exactly 56 base32 letters (RFC 4648: A–Z, 2–7, no 0, 1,
//! 8 or 9 to mistake for O, I, B), shown as 14 groups of 4. Typing back forgives case, spaces, dashes and the digits
//! 0, 1 and 8 typed for O, I and B; the checksum catches a wrong letter before SQLCipher is asked.

use sha2::{Digest, Sha256};

use super::DbKey;

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const LETTERS: usize = 56;

/// Why a text is not a recovery key: not its shape at all, or its shape with a mistake in it.
#[derive(Debug)]
pub enum NotRecovery {
    Shape,
    Typo(Typo),
}

/// The mistake in a text shaped like a recovery key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typo {
    /// The group (from 1) holding a character outside the alphabet.
    Character(usize),
    Checksum,
}

impl Typo {
    /// "this is not the recovery key as written: …", for the person who typed it.
    pub fn as_typed(self) -> crate::i18n::Msg {
        match self {
            Typo::Character(group) => crate::msg!("core-recovery-typed-bad-character", group = group),
            Typo::Checksum => crate::msg!("core-recovery-typed-checksum"),
        }
    }
}

impl std::fmt::Display for Typo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Typo::Character(group) => write!(f, "group {group} has a character that is not a letter or a digit 2–7"),
            Typo::Checksum => f.write_str("its checksum does not match; check each group against the written copy"),
        }
    }
}

/// The recovery key of a raw key (`None` for a passphrase, which is its own secret).
pub fn recovery_key(key: &DbKey) -> Option<String> {
    let DbKey::Raw(bytes) = key else { return None };
    let mut payload = bytes.to_vec();
    payload.extend_from_slice(&Sha256::digest(bytes)[..3]);
    let mut letters = String::with_capacity(LETTERS + 13);
    let (mut acc, mut bits) = (0u32, 0u32);
    for b in payload {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            letters.push(ALPHABET[((acc >> bits) & 31) as usize] as char);
        }
    }
    let groups: Vec<&str> = (0..LETTERS / 4).map(|i| &letters[4 * i..4 * i + 4]).collect();
    Some(groups.join("-"))
}

/// Reads a recovery key as a person typed it.
pub fn parse_recovery_key(text: &str) -> Result<DbKey, NotRecovery> {
    let letters: Vec<u8> = text
        .bytes()
        .filter(|b| !matches!(b, b'-' | b' ' | b'\t' | b'\r' | b'\n'))
        .map(|b| match b.to_ascii_uppercase() {
            b'0' => b'O',
            b'1' => b'I',
            b'8' => b'B',
            other => other,
        })
        .collect();
    if letters.len() != LETTERS {
        return Err(NotRecovery::Shape);
    }
    let mut payload = Vec::with_capacity(35);
    let (mut acc, mut bits) = (0u32, 0u32);
    for (i, c) in letters.iter().enumerate() {
        let Some(v) = ALPHABET.iter().position(|a| a == c) else {
            return Err(NotRecovery::Typo(Typo::Character(i / 4 + 1)));
        };
        acc = (acc << 5) | v as u32;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            payload.push((acc >> bits) as u8);
        }
    }
    let (key, check) = payload.split_at(32);
    if Sha256::digest(key)[..3] != *check {
        return Err(NotRecovery::Typo(Typo::Checksum));
    }
    let mut bytes = [0u8; 32];
    bytes.copy_from_slice(key);
    Ok(DbKey::Raw(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recovery_key_reads_back_as_typed_by_a_person() {
        let key = DbKey::generate().expect("key");
        let shown = recovery_key(&key).expect("raw key");
        assert_eq!(shown.len(), 56 + 13);
        assert_eq!(shown.split('-').count(), 14);
        assert_eq!(parse_recovery_key(&shown).expect("as shown"), key);
        let typed = shown.to_lowercase().replace('-', " ").replace('o', "0").replace('i', "1");
        assert_eq!(parse_recovery_key(&typed).expect("as typed"), key);
    }

    #[test]
    fn one_wrong_letter_is_caught_by_the_checksum() {
        let key = DbKey::Raw([7; 32]);
        let shown = recovery_key(&key).expect("raw key");
        let mut chars: Vec<char> = shown.chars().collect();
        chars[5] = if chars[5] == 'Q' { 'R' } else { 'Q' };
        let wrong: String = chars.into_iter().collect();
        assert!(matches!(parse_recovery_key(&wrong), Err(NotRecovery::Typo(_))));
        assert!(matches!(parse_recovery_key("ABCD-EFGH"), Err(NotRecovery::Shape)));
        assert!(recovery_key(&DbKey::Passphrase("a long passphrase".into())).is_none());
    }
}
