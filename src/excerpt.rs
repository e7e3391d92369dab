//! Text from files and people, made safe to show: a short one-line excerpt for error messages (a 100 MB line in a
//! file must not become a 100 MB message), and text for a terminal without control characters, escape sequences or
//! bidirectional overrides (a name in an imported file must not move the cursor, recolour the screen, set the
//! window title or reverse what the person reads).
//!
//! Both show what they remove as a visible escape (`\u{1b}`, `\n`), so a message still says what was wrong.

use std::borrow::Cow;
use std::fmt::Write as _;

/// How many characters of the offending input an error message quotes.
pub const EXCERPT_CHARS: usize = 80;

/// At most [`EXCERPT_CHARS`] characters of `text` on one line: control characters (newlines and tabs included),
/// escape sequences and bidi controls shown as escapes, and `…` where it was cut. Reads only as much of `text` as
/// it shows, so it is cheap on any length.
///
/// ```
/// use campaign_desk::excerpt::excerpt;
/// assert_eq!(excerpt("Asia/Manla"), "Asia/Manla");
/// assert_eq!(excerpt("a\u{1b}[31mb"), "a\\u{1b}[31mb");
/// assert_eq!(excerpt(&"x".repeat(1_000_000)).chars().count(), 81);
/// ```
pub fn excerpt(text: &str) -> String {
    excerpt_to(text, EXCERPT_CHARS)
}

/// [`excerpt`] with another length (in characters of `text`, not counting the escapes or the ellipsis).
pub fn excerpt_to(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    for c in chars.by_ref().take(max_chars) {
        push_shown(&mut out, c, false);
    }
    if chars.next().is_some() {
        out.push('…');
    }
    out
}

/// `text` for a terminal: newlines and tabs kept, every other control character (C0, DEL, C1 — ESC and CSI start
/// escape sequences, CR rewrites the line), and the bidi embeddings, overrides and isolates shown as escapes.
/// Borrowed when there is nothing to change.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| needs_escape(c, true)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        push_shown(&mut out, c, true);
    }
    Cow::Owned(out)
}

/// True for a character that a terminal or a bidi-aware display would act on rather than show.
pub fn is_unsafe(c: char) -> bool {
    needs_escape(c, false)
}

fn needs_escape(c: char, keep_lines: bool) -> bool {
    match c {
        '\n' | '\t' => !keep_lines,
        // C0 controls and DEL, C1 controls (U+0080–U+009F: 8-bit CSI, OSC …).
        c if c.is_control() => true,
        // Bidi: ALM, LRM, RLM, the embeddings and overrides (LRE … RLO), the isolates (LRI … PDI).
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => true,
        _ => false,
    }
}

fn push_shown(out: &mut String, c: char, keep_lines: bool) {
    if !needs_escape(c, keep_lines) {
        out.push(c);
        return;
    }
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_are_short_single_lines() {
        assert_eq!(excerpt(""), "");
        assert_eq!(excerpt("line one\nline two\ttab\r"), "line one\\nline two\\ttab\\r");
        let long = "é".repeat(100);
        let e = excerpt(&long);
        assert_eq!(e, format!("{}…", "é".repeat(EXCERPT_CHARS)));
        assert_eq!(excerpt(&"é".repeat(EXCERPT_CHARS)), "é".repeat(EXCERPT_CHARS), "exactly the limit: no ellipsis");
        assert_eq!(excerpt_to("abcdef", 3), "abc…");
    }

    #[test]
    fn escapes_controls_and_bidi_overrides() {
        assert_eq!(excerpt("\u{1b}]0;pwned\u{7}"), "\\u{1b}]0;pwned\\u{7}");
        assert_eq!(excerpt("a\u{9b}2Jb"), "a\\u{9b}2Jb");
        assert_eq!(excerpt("abc\u{202E}fdp.exe"), "abc\\u{202e}fdp.exe");
        assert_eq!(excerpt("\u{0}\u{7f}"), "\\u{0}\\u{7f}");
        assert!(is_unsafe('\u{2066}') && is_unsafe('\n') && !is_unsafe('é'));
    }

    #[test]
    fn printable_keeps_lines_and_tabs_and_borrows_clean_text() {
        assert!(matches!(printable("Día de Acción\n\tok"), Cow::Borrowed(_)));
        assert_eq!(printable("red \u{1b}[31mtext\r\nnext"), "red \\u{1b}[31mtext\\r\nnext");
        assert_eq!(printable("\u{2067}RLI"), "\\u{2067}RLI");
    }
}
