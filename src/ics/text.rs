//! Content lines: TEXT escaping (§3.3.11) and folding at 75 octets (§3.1), written by hand because both are a few
//! lines and the crates that do them also bring a whole calendar model we do not want between us and the bytes.

/// Escapes backslash, semicolon, comma and newlines; drops other control characters (they are not allowed).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one logical line into physical lines of at most 75 octets, never inside a UTF-8 sequence, each ended by
/// CRLF (continuation lines start with one space, which counts towards their 75).
pub fn fold_line(line: &str, out: &mut String) {
    // Most lines are short: copy them whole rather than character by character.
    if line.len() <= 75 {
        out.push_str(line);
        out.push_str("\r\n");
        return;
    }
    let mut budget = 75;
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > budget {
            out.push_str("\r\n ");
            budget = 74;
            used = 0;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_four_specials_and_drops_controls() {
        assert_eq!(escape_text("a\\b;c,d\r\ne\nf\u{7}g"), "a\\\\b\\;c\\,d\\ne\\nfg");
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "ñ".repeat(60));
        let mut out = String::new();
        fold_line(&line, &mut out);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets: {physical}", physical.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
    }
}
