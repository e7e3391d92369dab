//! A paragraph's writing direction, as Unicode's bidi algorithm decides it (rule P2): the direction of its first
//! strong letter. Arabic, Urdu, Persian and Hebrew statements (migrant workers in the Gulf and Europe write them) are
//! then right to left in every export, and an English paragraph beside them stays left to right.
//! Written here because only the first strong letter is needed: the `unicode-bidi` crate would bring the whole
//! algorithm and its tables for a loop over a few ranges.

use super::model::Run;

/// True when the first letter with a strong direction in `text` is right-to-left.
pub fn is_rtl(text: &str) -> bool {
    for c in text.chars() {
        if is_strong_rtl(c) {
            return true;
        }
        if c.is_alphabetic() {
            return false;
        }
    }
    false
}

/// True when the runs of a paragraph, read in order, start right to left.
pub fn runs_rtl(runs: &[Run]) -> bool {
    runs.iter().find(|r| r.text.chars().any(|c| c.is_alphabetic())).is_some_and(|r| is_rtl(&r.text))
}

/// True for the languages written right to left (their BCP 47 primary subtag): a translation into one is laid out
/// right to left as a whole, its numbers and Latin names included.
pub fn lang_rtl(lang: &str) -> bool {
    let primary = lang.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    matches!(primary.as_str(), "ar" | "ur" | "fa" | "he" | "ps" | "sd" | "ug" | "yi" | "dv" | "ckb" | "ku" | "syr")
}

/// Hebrew, Arabic (with Syriac, Thaana, N'Ko …) and their presentation forms: Unicode's bidi classes R and AL.
fn is_strong_rtl(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
        && c.is_alphabetic()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_strong_letter_decides() {
        assert!(is_rtl("تضامن مع العمال المهاجرين"));
        assert!(is_rtl("«مزدور» 2025 کے لیے"), "Urdu after punctuation and digits");
        assert!(is_rtl("שלום"));
        assert!(!is_rtl("Solidarity with تضامن"));
        assert!(!is_rtl("2025 — Kasama"));
        assert!(!is_rtl(""));
        assert!(is_rtl("123 – تضامن"));
    }

    #[test]
    fn right_to_left_languages() {
        assert!(lang_rtl("ar") && lang_rtl("ur-PK") && lang_rtl("fa") && lang_rtl("he"));
        assert!(!lang_rtl("tl") && !lang_rtl("id") && !lang_rtl("en") && !lang_rtl(""));
    }

    #[test]
    fn runs_are_read_from_the_first_with_letters() {
        let run = |t: &str| Run { text: t.into(), ..Run::default() };
        assert!(runs_rtl(&[run("1. "), run("تضامن"), run(" Burma")]));
        assert!(!runs_rtl(&[run("Burma "), run("تضامن")]));
    }
}
