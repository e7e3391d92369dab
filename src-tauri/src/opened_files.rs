//! Calendar files and links the app is asked to open: `campaign-desk-app FILE.ics`, which is what the file manager
//! runs for "Open with Campaign Desk" (the .desktop entry's `Exec=… %u`), `campaign-desk-app webcal://…` (the
//! browser's handler for calendar links, `x-scheme-handler/webcal`), and — when a copy is already running — what a
//! second launch hands over (see `single_instance` in lib.rs).
//!
//! A file named on the command line was chosen by the person, as surely as in the Open dialog, so it is granted
//! for reading (`file_access::Access::Open`); the page cannot set the command line. A link is only offered: the
//! window shows the "Subscribe" dialog, and nothing is fetched until the person confirms. The window takes what
//! waits with `opened_file_take` once it has loaded, and again each time [`OPENED_FILE`] nudges it, and opens the
//! ICS import preview for a file, the subscribe dialog for a link.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tauri::{Emitter, Manager};

use crate::file_access::Access;
use crate::AppState;

/// Emitted when a file waits for the window (a second launch handed one over).
pub const OPENED_FILE: &str = "opened-file";

/// The app's own options that take a value: their value is not a file to open.
const OPTIONS_WITH_VALUE: [&str; 4] = ["--db", "--allow-files", "--dialog-answers", "--new-database"];

/// What a launch asked to open.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Opened {
    File(PathBuf),
    /// A calendar link (`webcal://`, `webcals://`, `https://`, `http://`) to offer for subscribing.
    Link(String),
}

/// Files and links waiting for the window, oldest first.
#[derive(Default)]
pub struct OpenedFiles(Mutex<Vec<Opened>>);

impl OpenedFiles {
    fn push(&self, item: Opened) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).push(item);
    }

    /// The oldest waiting file or link, taken off the queue.
    pub fn take(&self) -> Option<Opened> {
        let mut files = self.0.lock().unwrap_or_else(|e| e.into_inner());
        (!files.is_empty()).then(|| files.remove(0))
    }
}

/// What to open among a launch's arguments (program name excluded): the first that is neither an option nor an
/// option's value. A web or webcal link is a link; anything else a file, made absolute against `cwd` (the launching
/// process's folder). A `file://` URI, which some file managers pass, is read as its path.
pub fn opened_in_args<I: IntoIterator<Item = OsString>>(args: I, cwd: &Path) -> Option<Opened> {
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy();
        if OPTIONS_WITH_VALUE.contains(&text.as_ref()) {
            args.next();
            continue;
        }
        if text.starts_with('-') {
            continue;
        }
        let lower = text.to_ascii_lowercase();
        if ["webcal://", "webcals://", "https://", "http://"].iter().any(|p| lower.starts_with(p)) {
            return Some(Opened::Link(text.into_owned()));
        }
        let path = match text.strip_prefix("file://") {
            Some(rest) => PathBuf::from(percent_decode(rest)?),
            None => PathBuf::from(arg),
        };
        return Some(Opened::File(if path.is_absolute() { path } else { cwd.join(path) }));
    }
    None
}

/// Queues a file (granted for reading) or a link for the window, then nudges the window.
pub fn open<R: tauri::Runtime>(app: &tauri::AppHandle<R>, item: Opened) {
    if let Opened::File(path) = &item {
        app.state::<AppState>().files.grant(Access::Open, path);
    }
    app.state::<OpenedFiles>().push(item);
    if let Err(error) = app.emit(OPENED_FILE, ()) {
        eprintln!("campaign-desk-app: could not emit {OPENED_FILE}: {error}");
    }
}

/// `%XX` escapes of a `file://` URI's path; `None` for a malformed one (the argument is then not opened).
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    fn file(path: &str) -> Option<Opened> {
        Some(Opened::File(PathBuf::from(path)))
    }

    #[test]
    fn the_file_is_the_first_argument_that_is_not_an_option() {
        let cwd = Path::new("/home/ana");
        assert_eq!(opened_in_args(args(&["/tmp/partner.ics"]), cwd), file("/tmp/partner.ics"));
        assert_eq!(
            opened_in_args(args(&["--db", "x.sqlite3", "--allow-files", "/tmp", "march.ics"]), cwd),
            file("/home/ana/march.ics")
        );
        assert_eq!(opened_in_args(args(&["--db", "x.sqlite3", "--verbose"]), cwd), None);
        assert_eq!(opened_in_args(args(&[]), cwd), None);
    }

    #[test]
    fn calendar_links_are_links() {
        let cwd = Path::new("/home/ana");
        for link in
            ["webcal://example.org/a.ics", "WEBCALS://example.org/a", "https://x.org/basic.ics", "http://127.0.0.1:8/f"]
        {
            assert_eq!(opened_in_args(args(&["--db", "x.sqlite3", link]), cwd), Some(Opened::Link(link.into())));
        }
    }

    #[test]
    fn a_file_uri_is_read_as_its_path() {
        let cwd = Path::new("/");
        assert_eq!(
            opened_in_args(args(&["file:///home/ana/D%C3%ADa%20de%20acci%C3%B3n.ics"]), cwd),
            file("/home/ana/Día de acción.ics")
        );
        assert_eq!(opened_in_args(args(&["file:///bad%zz.ics"]), cwd), None);
    }

    #[test]
    fn files_are_taken_oldest_first() {
        let files = OpenedFiles::default();
        files.push(Opened::File("/a.ics".into()));
        files.push(Opened::Link("webcal://x/b.ics".into()));
        assert_eq!(files.take(), file("/a.ics"));
        assert_eq!(files.take(), Some(Opened::Link("webcal://x/b.ics".into())));
        assert_eq!(files.take(), None);
    }
}
