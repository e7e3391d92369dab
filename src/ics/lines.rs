//! Reading content lines (RFC 5545 §3.1) from a stream: unfolding, LF or CRLF, a BOM, and the line number where each
//! logical line began, so every error can say where. Hand-written because it must stream (a 100 MB file is read in
//! constant memory) and report positions, which the parsing crates we looked at do not.

use std::io::BufRead;

/// One unfolded content line: `NAME;PARAM=V;...:VALUE`, split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentLine {
    /// 1-based line of the file where it began.
    pub line: u64,
    /// Upper-cased.
    pub name: String,
    /// Upper-cased parameter names with their values (quotes removed).
    pub params: Vec<(String, String)>,
    pub value: String,
}

impl ContentLine {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// A logical line longer than this is cut (with an error naming it): no calendar property needs it, and a hostile
/// file of one endless line must not fill memory.
pub const MAX_LINE_BYTES: usize = 16 << 20;

/// Streams logical lines out of `reader`. One buffer is reused for the physical lines and each logical line's text
/// becomes its value in place, so a line costs about two allocations (its text and its upper-cased name).
pub struct Lines<R: BufRead> {
    reader: R,
    buf: Vec<u8>,
    /// The logical line being gathered: where it began, its text, and whether it was cut at [`MAX_LINE_BYTES`].
    pending: Option<(u64, String, bool)>,
    /// The physical line just read was cut.
    cut: bool,
    line_no: u64,
    /// The last physical line ended in CR: a LF right after it belongs to the same ending.
    after_cr: bool,
    done: bool,
}

impl<R: BufRead> Lines<R> {
    pub fn new(reader: R) -> Self {
        Lines { reader, buf: Vec::new(), pending: None, cut: false, line_no: 0, after_cr: false, done: false }
    }

    /// Reads the next physical line into `buf` without its line ending (LF, CRLF, or a lone CR as old Mac files
    /// have); false at the end of the file. Bytes past [`MAX_LINE_BYTES`] are read and dropped.
    fn physical(&mut self) -> Result<bool, String> {
        self.buf.clear();
        self.cut = false;
        let mut any = false;
        loop {
            let available = match self.reader.fill_buf() {
                Ok(a) => a,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(format!("line {}: cannot read: {e}", self.line_no + 1)),
            };
            if available.is_empty() {
                if !any {
                    return Ok(false);
                }
                break;
            }
            if std::mem::take(&mut self.after_cr) && available[0] == b'\n' {
                self.reader.consume(1);
                continue;
            }
            any = true;
            let (take, used, end) = match memchr::memchr2(b'\n', b'\r', available) {
                Some(i) => (i, i + 1, Some(available[i])),
                None => (available.len(), available.len(), None),
            };
            let room = MAX_LINE_BYTES.saturating_sub(self.buf.len());
            self.cut |= take > room;
            self.buf.extend_from_slice(&available[..take.min(room)]);
            self.reader.consume(used);
            if let Some(b) = end {
                self.after_cr = b == b'\r';
                break;
            }
        }
        self.line_no += 1;
        if self.line_no == 1 && self.buf.starts_with(&[0xEF, 0xBB, 0xBF]) {
            self.buf.drain(..3);
        }
        Ok(true)
    }

    fn finish((line, text, cut): (u64, String, bool)) -> Result<ContentLine, String> {
        if cut {
            return Err(format!(
                "line {line}: a line longer than {} MB was left out ('{}…')",
                MAX_LINE_BYTES >> 20,
                preview(&text)
            ));
        }
        parse(line, text)
    }
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = Result<ContentLine, String>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.done {
                return self.pending.take().map(Self::finish);
            }
            match self.physical() {
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
                Ok(false) => self.done = true,
                Ok(true) => {
                    // Invalid UTF-8 is replaced rather than refused: one odd byte in a description should not sink
                    // an import. NUL bytes go too (no property value may hold one, and C-based readers stop there).
                    // Valid UTF-8 (nearly every line) is checked by the fast path, not chunk by chunk.
                    let mut text = match std::str::from_utf8(&self.buf) {
                        Ok(t) => std::borrow::Cow::Borrowed(t),
                        Err(_) => String::from_utf8_lossy(&self.buf),
                    };
                    if text.contains('\0') {
                        text = text.replace('\0', "").into();
                    }
                    if let (Some(rest), Some((_, pending, cut))) =
                        (text.strip_prefix([' ', '\t']), self.pending.as_mut())
                    {
                        if self.cut || pending.len() + rest.len() > MAX_LINE_BYTES {
                            *cut = true;
                        } else {
                            pending.push_str(rest);
                        }
                        continue;
                    }
                    if text.trim().is_empty() {
                        continue;
                    }
                    let previous = self.pending.replace((self.line_no, text.into_owned(), self.cut));
                    if let Some(p) = previous {
                        return Some(Self::finish(p));
                    }
                }
            }
        }
    }
}

/// Splits `NAME;P=V;Q="a:b":VALUE` (a colon inside quotes belongs to the parameter).
fn parse(line: u64, mut text: String) -> Result<ContentLine, String> {
    let mut in_quotes = false;
    let mut split = None;
    for (i, c) in text.bytes().enumerate() {
        match c {
            b'"' => in_quotes = !in_quotes,
            b':' if !in_quotes => {
                split = Some(i);
                break;
            }
            _ => {}
        }
    }
    let Some(split) = split else {
        return Err(format!("line {line}: '{}' is not a content line (no ':')", preview(&text)));
    };
    let head = &text[..split];
    let (name, params) = match head.split_once(';') {
        // Most lines have no parameters: no list to build.
        None => (head.trim().to_ascii_uppercase(), Vec::new()),
        Some(_) => {
            let mut parts = split_unquoted(head, b';');
            let name = parts.next().unwrap_or_default().trim().to_ascii_uppercase();
            let params = parts
                .map(|p| match p.split_once('=') {
                    Some((k, v)) => (k.trim().to_ascii_uppercase(), v.trim_matches('"').to_string()),
                    None => (p.trim().to_ascii_uppercase(), String::new()),
                })
                .collect();
            (name, params)
        }
    };
    if name.is_empty() {
        return Err(format!("line {line}: a content line without a name"));
    }
    text.drain(..=split);
    Ok(ContentLine { line, name, params, value: text })
}

/// The parts of `s` between `sep` bytes outside double quotes (quotes kept), borrowed: an ATTENDEE line's
/// half-dozen parameters cost no copies until they are kept.
fn split_unquoted(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    let (mut start, mut in_quotes, mut done) = (0, false, false);
    let mut bytes = s.bytes().enumerate();
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        for (i, b) in bytes.by_ref() {
            match b {
                b'"' => in_quotes = !in_quotes,
                b if b == sep && !in_quotes => {
                    let part = &s[start..i];
                    start = i + 1;
                    return Some(part);
                }
                _ => {}
            }
        }
        done = true;
        Some(&s[start..])
    })
}

/// A short excerpt of `s` for a message, without control characters (a file must not steer the terminal).
pub fn preview(s: &str) -> String {
    s.chars().take(40).map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// Reverses TEXT escaping: `\n`/`\N`, `\,`, `\;`, `\\`.
pub fn unescape_text(s: &str) -> String {
    // Most values have no escapes at all; the rest are copied a run between backslashes at a time.
    let Some(first) = memchr::memchr(b'\\', s.as_bytes()) else {
        return s.to_string();
    };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..first]);
    let mut rest = &s[first..];
    while let Some(at) = memchr::memchr(b'\\', rest.as_bytes()) {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        match after.chars().next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
        rest = &after[after.chars().next().map_or(0, char::len_utf8)..];
    }
    out.push_str(rest);
    out
}

/// The character-by-character form [`unescape_text`] replaced, kept for its test.
#[cfg(test)]
fn unescape_text_chars(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<ContentLine> {
        Lines::new(text.as_bytes()).collect::<Result<_, _>>().expect("lines")
    }

    #[test]
    fn unfolds_lf_crlf_bom_and_keeps_the_first_line_number() {
        let lines = all("\u{feff}begin:vcalendar\r\nSUMMARY:Long ti\r\n tle\nDTSTART;tzid=\"America/Toronto\":20250304T190000\n\nEND:VCALENDAR");
        assert_eq!(
            lines.iter().map(|l| (l.line, l.name.as_str())).collect::<Vec<_>>(),
            [(1, "BEGIN"), (2, "SUMMARY"), (4, "DTSTART"), (6, "END")]
        );
        assert_eq!(lines[1].value, "Long title");
        assert_eq!(lines[2].param("TZID"), Some("America/Toronto"));
    }

    #[test]
    fn quoted_colons_stay_in_parameters_and_text_unescapes() {
        let l = &all("ORGANIZER;CN=\"IMA: Secretariat\":mailto:ima@example.org")[0];
        assert_eq!((l.param("CN"), l.value.as_str()), (Some("IMA: Secretariat"), "mailto:ima@example.org"));
        assert_eq!(unescape_text("a\\, b\\; c\\Nd\\\\e"), "a, b; c\nd\\e");
        for text in ["", "plain", "a\\", "\\", "\\\\n", "é\\ñ\\", "x\\,y\\;z\\nw\\Nv\\\\", "\\€tail", "a\\\\\\n"] {
            assert_eq!(unescape_text(text), unescape_text_chars(text), "{text:?}");
        }
        let err = Lines::new("BEGIN:VEVENT\nno colon here\n".as_bytes()).nth(1).expect("item").unwrap_err();
        assert_eq!(err, "line 2: 'no colon here' is not a content line (no ':')");
    }
}
