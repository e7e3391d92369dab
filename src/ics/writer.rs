//! Content lines written straight into the output text: each logical line is escaped and folded as its parts
//! arrive, so an export of 100,000 events builds no line of its own and no list of lines (BENCHMARKS.md: that and
//! the copies between them were most of the writer's time).
//!
//! The bytes are exactly those of `fold_line(escape_text(…))` line by line (`tests` below compares them).

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

pub struct IcsWriter<'a> {
    out: String,
    /// Octets on the current physical line, and how many it may hold (75, then 74 after the leading space).
    used: usize,
    budget: usize,
    /// Where whole lines go once `out` holds [`FLUSH_AT`] octets (a file), so a large export never holds its text
    /// (30 MB for 100,000 events: fresh pages the kernel had to fault in were a tenth of the export).
    sink: Option<&'a mut (dyn std::io::Write + Send)>,
    failed: Option<std::io::Error>,
}

const FLUSH_AT: usize = 1 << 16;

impl<'a> IcsWriter<'a> {
    pub fn with_capacity(bytes: usize) -> Self {
        IcsWriter { out: String::with_capacity(bytes), used: 0, budget: 75, sink: None, failed: None }
    }

    /// A writer that passes its text on to `sink` as it goes.
    pub fn to(sink: &'a mut (dyn std::io::Write + Send)) -> Self {
        IcsWriter { out: String::with_capacity(FLUSH_AT + 4096), used: 0, budget: 75, sink: Some(sink), failed: None }
    }

    /// The whole text (a writer without a sink).
    pub fn into_string(self) -> String {
        self.out
    }

    /// Passes what is left to the sink; the first error writing to it, if any.
    pub fn finish(mut self) -> std::io::Result<()> {
        self.flush();
        match self.failed {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    fn flush(&mut self) {
        if let Some(sink) = self.sink.as_mut() {
            if self.failed.is_none() {
                if let Err(e) = sink.write_all(self.out.as_bytes()) {
                    self.failed = Some(e);
                }
            }
            self.out.clear();
        }
    }

    /// Part of a line's text as it is (names, parameters, values already in their form).
    pub fn text(&mut self, s: &str) -> &mut Self {
        if self.used + s.len() <= self.budget {
            self.out.push_str(s);
            self.used += s.len();
            return self;
        }
        self.fold(s);
        self
    }

    /// `s` over physical lines (a long description: rare, and never in the middle of a character).
    fn fold(&mut self, s: &str) {
        let mut rest = s;
        while !rest.is_empty() {
            let room = self.budget - self.used;
            if rest.len() <= room {
                self.out.push_str(rest);
                self.used += rest.len();
                return;
            }
            let mut cut = room;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            self.out.push_str(&rest[..cut]);
            self.out.push_str("\r\n ");
            (self.budget, self.used, rest) = (74, 0, &rest[cut..]);
        }
    }

    /// Part of a line's text as a TEXT value (`escape_text`), copied in runs between the bytes it changes.
    pub fn escaped(&mut self, s: &str) -> &mut Self {
        let b = s.as_bytes();
        let mut run = 0;
        let mut i = 0;
        while i < b.len() {
            // Only these bytes start a character `escape_text` changes: the four specials, C0 controls and DEL,
            // and 0xC2, the lead byte of the C1 controls U+0080–U+009F.
            let (replacement, len) = match b[i] {
                b'\\' => ("\\\\", 1),
                b';' => ("\\;", 1),
                b',' => ("\\,", 1),
                b'\r' if b.get(i + 1) == Some(&b'\n') => ("", 1),
                b'\n' | b'\r' => ("\\n", 1),
                b'\t' => {
                    i += 1;
                    continue;
                }
                0..=0x1f | 0x7f => ("", 1),
                0xc2 if matches!(b.get(i + 1), Some(0x80..=0x9f)) => ("", 2),
                _ => {
                    i += 1;
                    continue;
                }
            };
            self.text(&s[run..i]).text(replacement);
            i += len;
            run = i;
        }
        self.text(&s[run..])
    }

    /// `s` without the character `drop` (`2025-02-03` → `20250203`).
    pub fn without(&mut self, s: &str, drop: u8) -> &mut Self {
        for part in s.split(char::from(drop)) {
            self.text(part);
        }
        self
    }

    /// An RFC 3339 instant in the basic form (`export::stamp`): `2025-02-03T10:00:00Z` → `20250203T100000Z`.
    pub fn stamp(&mut self, s: &str) -> &mut Self {
        for part in s.split(['-', ':']) {
            self.text(part);
        }
        self
    }

    pub fn number(&mut self, n: i64) -> &mut Self {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut v = n.unsigned_abs();
        loop {
            at -= 1;
            digits[at] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        if n < 0 {
            self.text("-");
        }
        self.text(std::str::from_utf8(&digits[at..]).unwrap_or_default())
    }

    /// `YYYYMMDDTHHMMSS` (`time_text::basic_text`, without its String).
    pub fn basic_time(&mut self, t: &NaiveDateTime) -> &mut Self {
        match four_digit_year(t.date()) {
            Some(year) => {
                let mut b = [0u8; 15];
                put_digits(&mut b[..4], year);
                put_digits(&mut b[4..6], t.month());
                put_digits(&mut b[6..8], t.day());
                b[8] = b'T';
                put_digits(&mut b[9..11], t.hour());
                put_digits(&mut b[11..13], t.minute());
                put_digits(&mut b[13..15], t.second());
                self.text(std::str::from_utf8(&b).unwrap_or_default())
            }
            None => self.text(&crate::time_text::basic_text(t)),
        }
    }

    /// `YYYYMMDD` (`time_text::basic_date_text`, without its String).
    pub fn basic_date(&mut self, d: &NaiveDate) -> &mut Self {
        match four_digit_year(*d) {
            Some(year) => {
                let mut b = [0u8; 8];
                put_digits(&mut b[..4], year);
                put_digits(&mut b[4..6], d.month());
                put_digits(&mut b[6..8], d.day());
                self.text(std::str::from_utf8(&b).unwrap_or_default())
            }
            None => self.text(&crate::time_text::basic_date_text(d)),
        }
    }

    /// Ends the logical line.
    pub fn end(&mut self) {
        self.out.push_str("\r\n");
        self.used = 0;
        self.budget = 75;
        if self.out.len() >= FLUSH_AT && self.sink.is_some() {
            self.flush();
        }
    }

    /// A whole logical line.
    pub fn line(&mut self, s: &str) {
        self.text(s).end();
    }

    /// Octets written and not yet passed to a sink.
    pub(super) fn len(&self) -> usize {
        self.out.len()
    }

    /// Lines already escaped, folded and ended (a block written by another writer).
    pub fn whole_lines(&mut self, lines: &str) {
        debug_assert!(self.used == 0 && (lines.is_empty() || lines.ends_with("\r\n")));
        self.out.push_str(lines);
        if self.out.len() >= FLUSH_AT && self.sink.is_some() {
            self.flush();
        }
    }

    /// A whole line made elsewhere as `NAME:value` with its value already escaped (`vtimezone`, `vtodo`).
    pub fn lines<S: AsRef<str>>(&mut self, lines: &[S]) {
        for l in lines {
            self.line(l.as_ref());
        }
    }
}

fn four_digit_year(d: NaiveDate) -> Option<u32> {
    u32::try_from(d.year()).ok().filter(|y| *y <= 9999)
}

/// `n` in exactly `out.len()` decimal digits (callers pass values that fit).
fn put_digits(out: &mut [u8], mut n: u32) {
    for b in out.iter_mut().rev() {
        *b = b'0' + (n % 10) as u8;
        n /= 10;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ics::text::{escape_text, fold_line};

    /// The line as the writer made it before: escaped, then folded whole.
    fn reference(name: &str, value: &str) -> String {
        let mut out = String::new();
        fold_line(&format!("{name}{}", escape_text(value)), &mut out);
        out
    }

    #[test]
    fn escaping_and_folding_as_they_arrive_match_the_line_at_once() {
        let values = [
            String::new(),
            "short".into(),
            "a\\b;c,d\r\ne\nf\u{7}g\r".into(),
            "ñ".repeat(60),
            "x".repeat(74),
            "x".repeat(75),
            "y".repeat(300),
            format!("{};{}", "é".repeat(37), ",".repeat(90)),
            "日本語のテキスト、".repeat(20),
            "\u{85}\u{9f}tab\there 🎉".repeat(12),
        ];
        for name in ["SUMMARY:", "DESCRIPTION;LANGUAGE=en:", "X"] {
            for v in &values {
                let mut w = IcsWriter::with_capacity(0);
                w.text(name).escaped(v).end();
                assert_eq!(w.into_string(), reference(name, v), "{name}{v:?}");
                // Split in two parts at every character boundary: folding must not depend on how a line arrives.
                for (i, _) in v.char_indices() {
                    let mut w = IcsWriter::with_capacity(0);
                    w.text(name).escaped(&v[..i]).escaped(&v[i..]).end();
                    if !v[..i].ends_with('\r') {
                        assert_eq!(w.into_string(), reference(name, v), "{name}{v:?} split at {i}");
                    }
                }
            }
        }
    }

    #[test]
    fn numbers_stamps_and_times_are_written_as_before() {
        let mut w = IcsWriter::with_capacity(0);
        w.number(0).text(" ").number(-42).text(" ").number(i64::MIN).text(" ").number(i64::MAX).end();
        w.stamp("2025-02-03T10:00:00Z").end();
        w.without("2025-02-03", b'-').end();
        let t = NaiveDate::from_ymd_opt(987, 1, 2).and_then(|d| d.and_hms_opt(3, 4, 5)).expect("time");
        w.basic_time(&t).text(" ").basic_date(&t.date()).end();
        let far = NaiveDate::from_ymd_opt(12345, 6, 7).and_then(|d| d.and_hms_opt(8, 9, 10)).expect("time");
        w.basic_time(&far).text(" ").basic_date(&far.date()).end();
        let expected = format!(
            "0 -42 {} {}\r\n20250203T100000Z\r\n20250203\r\n09870102T030405 09870102\r\n{} {}\r\n",
            i64::MIN,
            i64::MAX,
            crate::time_text::basic_text(&far),
            crate::time_text::basic_date_text(&far.date())
        );
        assert_eq!(w.into_string(), expected);
    }
}
