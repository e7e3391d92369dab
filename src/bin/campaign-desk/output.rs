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
use std::sync::{Mutex, OnceLock};

use campaign_desk::excerpt::printable;
use campaign_desk::i18n::Msg;
use campaign_desk::msg;
use serde::Serialize;

static LANG: OnceLock<&'static str> = OnceLock::new();
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);
static STDOUT_WRITTEN: AtomicBool = AtomicBool::new(false);
static STDOUT_FAILED: Mutex<Option<std::io::Error>> = Mutex::new(None);

/// Sets the language of the text for people (`--lang`, else the locale), once, before any command runs.
pub fn set_lang(lang: &'static str) {
    let _ = LANG.set(lang);
}

/// The language of the text for people: what [`set_lang`] chose, else English.
pub fn lang() -> &'static str {
    LANG.get().copied().unwrap_or("en")
}

/// A catalogued message in the reader's language. `--json` never goes through here: its keys and values stay as
/// they are in every language.
pub fn say(m: Msg) -> String {
    m.render(lang())
}

/// A column's or a field's name in the reader's language; a name without a catalogued label (a participant's, in
/// find-time's grid) as it is.
fn label(name: &str) -> String {
    let m = match name.to_ascii_lowercase().as_str() {
        "also on" => msg!("core-cli-label-also-on"),
        "answer" => msg!("core-cli-label-answer"),
        "asleep" => msg!("core-cli-label-asleep"),
        "came" => msg!("core-cli-label-came"),
        "campaign" => msg!("core-cli-label-campaign"),
        "city" => msg!("core-cli-label-city"),
        "colour" => msg!("core-cli-label-colour"),
        "country" => msg!("core-cli-label-country"),
        "date line" => msg!("core-cli-label-date-line"),
        "dates" => msg!("core-cli-label-dates"),
        "description" => msg!("core-cli-label-description"),
        "done" => msg!("core-cli-label-done"),
        "due" => msg!("core-cli-label-due"),
        "email" | "e-mail" => msg!("core-cli-label-email"),
        "endorsed" => msg!("core-cli-label-endorsed"),
        "event" => msg!("core-cli-label-event"),
        "events" => msg!("core-cli-label-events"),
        "except" => msg!("core-cli-label-except"),
        "from" => msg!("core-cli-label-from"),
        "hashtags" => msg!("core-cli-label-hashtags"),
        "id" => msg!("core-cli-label-id"),
        "in" => msg!("core-cli-label-in"),
        "issuers" => msg!("core-cli-label-issuers"),
        "kind" => msg!("core-cli-label-kind"),
        "language" => msg!("core-cli-label-language"),
        "languages" => msg!("core-cli-label-languages"),
        "length" => msg!("core-cli-label-length"),
        "last read" => msg!("core-cli-label-last-read"),
        "line" => msg!("core-cli-label-line"),
        "location" => msg!("core-cli-label-location"),
        "mode" => msg!("core-cli-label-mode"),
        "name" => msg!("core-cli-label-name"),
        "notes" => msg!("core-cli-label-notes"),
        "online" => msg!("core-cli-label-online"),
        "organisation" => msg!("core-cli-label-organisation"),
        "orgs" => msg!("core-cli-label-orgs"),
        "owner" => msg!("core-cli-label-owner"),
        "phone" => msg!("core-cli-label-phone"),
        "problem" => msg!("core-cli-label-problem"),
        "poll" => msg!("core-cli-label-poll"),
        "published" => msg!("core-cli-label-published"),
        "register" => msg!("core-cli-label-register"),
        "repeats" => msg!("core-cli-label-repeats"),
        "result" => msg!("core-cli-label-result"),
        "rev" => msg!("core-cli-label-rev"),
        "revision" => msg!("core-cli-label-revision"),
        "role" => msg!("core-cli-label-role"),
        "score" => msg!("core-cli-label-score"),
        "short" => msg!("core-cli-label-short"),
        "short name" => msg!("core-cli-label-short-name"),
        "slot" => msg!("core-cli-label-slot"),
        "socials" => msg!("core-cli-label-socials"),
        "start" => msg!("core-cli-label-start"),
        "state" => msg!("core-cli-label-state"),
        "status" => msg!("core-cli-label-status"),
        "summary" => msg!("core-cli-label-summary"),
        "title" => msg!("core-cli-label-title"),
        "to" => msg!("core-cli-label-to"),
        "uid" => msg!("core-cli-label-uid"),
        "url" => msg!("core-cli-label-url"),
        "website" => msg!("core-cli-label-website"),
        "when" => msg!("core-cli-label-when"),
        "who" => msg!("core-cli-label-who"),
        "working" => msg!("core-cli-label-working"),
        "zone" => msg!("core-cli-label-zone"),
        _ => return name.to_string(),
    };
    say(m)
}

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
    let headers: Vec<String> = headers.iter().map(|h| label(h).to_uppercase()).collect();
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
    let mut s = line(headers);
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
    let labelled: Vec<(String, &String)> = pairs.iter().map(|(k, v)| (label(k), v)).collect();
    let width = labelled.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0);
    for (k, v) in labelled.iter().filter(|(_, v)| !v.is_empty()) {
        println!("{k}{}  {v}", " ".repeat(width - k.chars().count()));
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
