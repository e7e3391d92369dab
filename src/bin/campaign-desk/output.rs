//! Printing: JSON on stdout with `--json`, otherwise plain aligned tables a person can read in a terminal.
//!
//! Everything reaches stdout and stderr through here (`println!`, `print!` and `eprintln!` in this binary are the
//! macros in `main.rs`, which call [`human`] and [`human_err`]):
//! - Text meant for people passes through [`campaign_desk::excerpt::printable`], so a name or a title from an
//!   imported file cannot carry escape sequences or bidi overrides to the terminal. Data (`--json`, an exported
//!   calendar or CSV on stdout) is written as it is, through [`raw`]: JSON escapes control characters itself.
//! - A closed pipe (`campaign-desk event list | head -1`) ends the output quietly: later writes are dropped and the
//!   command finishes (its change saved, calendars republished) and exits 0, instead of panicking as `println!`
//!   does. Any other write error is reported at the end ([`finish`]) and the exit status is 1.

use std::fmt;
use std::io::{ErrorKind, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use campaign_desk::excerpt::printable;
use serde::Serialize;

static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);
static STDOUT_WRITTEN: AtomicBool = AtomicBool::new(false);
static STDOUT_FAILED: Mutex<Option<std::io::Error>> = Mutex::new(None);

/// Writes text for people to stdout, with control characters and escape sequences shown as escapes.
pub fn human(args: fmt::Arguments<'_>) {
    let text = args.to_string();
    raw(printable(&text).as_bytes());
}

/// Writes bytes to stdout as they are (JSON, an exported file).
pub fn raw(bytes: &[u8]) {
    STDOUT_WRITTEN.store(true, Ordering::Relaxed);
    if STDOUT_CLOSED.load(Ordering::Relaxed) {
        return;
    }
    if let Err(e) = std::io::stdout().lock().write_all(bytes) {
        stdout_error(e);
    }
}

fn stdout_error(e: std::io::Error) {
    STDOUT_CLOSED.store(true, Ordering::Relaxed);
    if e.kind() != ErrorKind::BrokenPipe {
        STDOUT_FAILED.lock().unwrap_or_else(|p| p.into_inner()).get_or_insert(e);
    }
}

/// Writes an exported file's bytes to stdout: as they are into a pipe or a file, cleaned like [`human`] when stdout
/// is a terminal (a person reads it there, and the file's text came from partners and imports).
pub fn data(bytes: &[u8]) {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        raw(printable(&String::from_utf8_lossy(bytes)).as_bytes());
    } else {
        raw(bytes);
    }
}

/// Writes a message to stderr, cleaned like [`human`]; a closed stderr is ignored.
pub fn human_err(args: fmt::Arguments<'_>) {
    let text = args.to_string();
    let _ = std::io::stderr().lock().write_all(printable(&text).as_bytes());
}

/// True once anything was written to stdout.
pub fn wrote_stdout() -> bool {
    STDOUT_WRITTEN.load(Ordering::Relaxed)
}

/// Flushes stdout; the first write error other than a closed pipe, if any.
pub fn finish() -> Option<std::io::Error> {
    if !STDOUT_CLOSED.load(Ordering::Relaxed) {
        if let Err(e) = std::io::stdout().lock().flush() {
            stdout_error(e);
        }
    }
    STDOUT_FAILED.lock().unwrap_or_else(|p| p.into_inner()).take()
}

pub struct Out {
    pub json: bool,
}

impl Out {
    /// Prints `value` as JSON, or runs `human` to print it for people.
    pub fn value<T: Serialize>(&self, value: &T, human: impl FnOnce()) -> anyhow::Result<()> {
        if self.json {
            let mut json = serde_json::to_string_pretty(value)?;
            json.push('\n');
            raw(json.as_bytes());
        } else {
            human();
        }
        Ok(())
    }

    /// A list: JSON array, or a table with `headers` and one row per item (or `empty` when there is none).
    pub fn list<T: Serialize>(
        &self,
        items: &[T],
        headers: &[&str],
        row: impl Fn(&T) -> Vec<String>,
        empty: &str,
    ) -> anyhow::Result<()> {
        self.value(&items, || {
            if items.is_empty() {
                println!("{empty}");
            } else {
                print!("{}", table(headers, items.iter().map(row).collect()));
            }
        })
    }
}

/// Left-aligned columns separated by two spaces, widths by characters (so accents and CJK names line up better
/// than byte widths would).
pub fn table(headers: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<String>| {
        let padded: Vec<String> =
            cells.iter().zip(&widths).map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count()))).collect();
        format!("{}\n", padded.join("  ").trim_end())
    };
    let mut s = line(headers.iter().map(|h| h.to_uppercase()).collect());
    for r in rows {
        s.push_str(&line(r));
    }
    s
}

pub fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

/// Fields shown one per line for `show`.
pub fn fields(pairs: &[(&str, String)]) {
    let width = pairs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    for (k, v) in pairs.iter().filter(|(_, v)| !v.is_empty()) {
        println!("{k:width$}  {v}");
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn human_text_loses_escape_sequences() {
        assert_eq!(campaign_desk::excerpt::printable("a\u{1b}[2Jb\n"), "a\\u{1b}[2Jb\n");
    }

    #[test]
    fn table_aligns_by_characters() {
        let t =
            super::table(&["id", "name"], vec![vec!["1".into(), "Migración".into()], vec!["12".into(), "IMA".into()]]);
        assert_eq!(t, "ID  NAME\n1   Migración\n12  IMA\n");
    }
}
