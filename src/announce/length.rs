//! How long a post is, as each platform counts it, and how long it may be.
//!
//! X counts by its open-source `twitter-text` rules (v3 config): every URL is 23 (it is wrapped in t.co), code
//! points in the Latin, general-punctuation and similar ranges weigh 1 and everything else (CJK, emoji) 2. No Rust
//! crate implements those rules, so they are written out here; joiners, variation selectors and skin-tone
//! modifiers weigh 0 so an emoji sequence counts once, as X shows it.

use super::Platform;

/// The most a post may hold, in the platform's own count; `None`: no practical limit.
pub fn limit(platform: Platform) -> Option<usize> {
    match platform {
        Platform::X => Some(280),
        Platform::Instagram => Some(2200),
        Platform::Facebook => Some(63_206),
        // SMS-sized messages are not the aim: WhatsApp and Signal take long texts, email has no limit.
        Platform::Email | Platform::Text => None,
    }
}

/// The length of `text` as `platform` counts it.
pub fn length(platform: Platform, text: &str) -> usize {
    match platform {
        Platform::X => x_length(text),
        // Meta counts characters (code points, as JavaScript's length would count UTF-16 units for most text).
        _ => text.chars().count(),
    }
}

const URL_LENGTH: usize = 23;

fn x_length(text: &str) -> usize {
    let mut total = 0;
    for token in text.split_inclusive(char::is_whitespace) {
        let word = token.trim_end();
        if is_url(word) {
            total += URL_LENGTH + (token.len() - word.len());
            continue;
        }
        let mut previous = None;
        let mut open_flag = false;
        for c in token.chars() {
            total += x_weight(c, previous, &mut open_flag);
            previous = Some(c);
        }
    }
    total
}

const ZWJ: char = '\u{200D}';

/// X's weight of `c`; what joins an emoji sequence (a joiner and what follows it, modifiers, the second half of
/// a flag) weighs nothing, so the whole sequence counts as its first emoji: 2.
fn x_weight(c: char, previous: Option<char>, open_flag: &mut bool) -> usize {
    let cp = c as u32;
    if previous == Some(ZWJ) {
        return 0;
    }
    if (0x1F1E6..=0x1F1FF).contains(&cp) {
        *open_flag = !*open_flag;
        return if *open_flag { 2 } else { 0 };
    }
    match cp {
        0x200D | 0xFE0E | 0xFE0F | 0x1F3FB..=0x1F3FF => 0,
        0..=4351 | 8192..=8205 | 8208..=8223 | 8242..=8247 => 1,
        _ => 2,
    }
}

/// What X turns into a t.co link: a scheme, or a bare host with a dot and a known-looking top-level domain.
pub fn is_url(word: &str) -> bool {
    let word = word.trim_end_matches(['.', ',', ')', '!', '?']);
    if word.starts_with("http://") || word.starts_with("https://") {
        return true;
    }
    let host = word.split('/').next().unwrap_or("");
    let Some((name, tld)) = host.rsplit_once('.') else { return false };
    !name.is_empty()
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_alphabetic())
        && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && !word.starts_with('#')
        && !word.starts_with('@')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn x_counts_urls_as_23_and_wide_characters_as_2() {
        assert_eq!(length(Platform::X, "hello"), 5);
        assert_eq!(length(Platform::X, "Register: bit.ly/ZeroInBurma"), "Register: ".len() + 23);
        assert_eq!(length(Platform::X, "https://example.org/a/very/long/path/that/goes/on"), 23);
        assert_eq!(length(Platform::X, "移民"), 4);
        assert_eq!(length(Platform::X, "ñ é"), 3);
        assert_eq!(length(Platform::X, "👍🏽"), 2, "a skin-toned emoji counts once");
        assert_eq!(length(Platform::X, "👩‍👩‍👧"), 2, "a joined family is one emoji");
        assert_eq!(length(Platform::X, "🇵🇭🇨🇦"), 4, "two flags");
        assert!(!is_url("#StandWithBurma"));
        assert!(!is_url("20:00"));
        assert!(is_url("meet.example.org/zero-in"));
    }

    #[test]
    fn meta_counts_characters() {
        assert_eq!(length(Platform::Facebook, "Día 👍"), 5);
        assert_eq!(limit(Platform::Instagram), Some(2200));
        assert_eq!(limit(Platform::Email), None);
    }
}
