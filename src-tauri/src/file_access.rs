//! Which files the webview may have the app read or write. A script in the page (an XSS that got past everything
//! else) could otherwise ask `ics_export` to overwrite `~/.bashrc` or `csv_preview` to read any file. So the file
//! commands take only:
//! - a path the person picked in a native dialog during this run — the dialogs are opened from Rust
//!   (`commands::files`), which records each pick here with what it was picked for (open, save, folder);
//! - a file inside one of the app's own folders where a command allows it (the backups beside the database);
//! - anything under a folder given on the command line with `--allow-files DIR` (the end-to-end harness, which
//!   drives the commands without dialogs); a page cannot set the app's command line.
//!
//! WebDriver cannot click in a native dialog either, so a debug build also takes `--dialog-answers FILE`: while
//! that file exists, the next "choose a file" dialog is not shown and answers with the path the file holds (the
//! harness writes it just before the flow clicks the button). A release build ignores the option.

use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use campaign_desk::wire::ErrorReport;

/// What a dialog pick lets the app do with the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Access {
    /// Picked in an "open" dialog: read it (or open it as a database).
    Open,
    /// Picked in a "save" dialog: write (or create) it.
    Save,
    /// Picked as a folder: write calendars into it (the publish folder).
    Folder,
}

#[derive(Default)]
pub struct FileGrants {
    picked: Mutex<HashSet<(Access, PathBuf)>>,
    /// `--allow-files` folders, canonical.
    trees: Vec<PathBuf>,
    /// `--dialog-answers` (debug builds): where the harness leaves the next dialog's answer.
    answers: Option<PathBuf>,
}

impl FileGrants {
    /// Grants from the command line (`--allow-files DIR`, repeatable); none otherwise.
    pub fn from_args() -> FileGrants {
        let mut trees = Vec::new();
        let mut answers = None;
        let mut args = std::env::args_os().skip(1);
        while let Some(arg) = args.next() {
            if arg == "--allow-files" {
                if let Some(dir) = args.next().and_then(|d| std::fs::canonicalize(d).ok()) {
                    trees.push(dir);
                }
            } else if arg == "--dialog-answers" && cfg!(debug_assertions) {
                answers = args.next().map(PathBuf::from);
            }
        }
        FileGrants { picked: Mutex::default(), trees, answers }
    }

    /// The answer the end-to-end harness left for the next dialog (debug builds with `--dialog-answers`), taken
    /// once: the file is removed, so the dialog after it is a real one again.
    pub fn scripted_answer(&self) -> Option<PathBuf> {
        let file = self.answers.as_ref()?;
        let answer = std::fs::read_to_string(file).ok()?;
        std::fs::remove_file(file).ok()?;
        Some(PathBuf::from(answer.trim_end_matches(['\n', '\r'])))
    }

    /// Records a path the person picked in a dialog, as the UI will send it back.
    pub fn grant(&self, access: Access, path: &Path) {
        let mut picked = self.picked.lock().unwrap_or_else(|e| e.into_inner());
        picked.insert((access, path.to_path_buf()));
        // The UI gets the path as text; a path that is not UTF-8 comes back as its lossy form.
        picked.insert((access, PathBuf::from(path.to_string_lossy().into_owned())));
    }

    /// Ok when `path` was picked for one of `accesses`, or lies under an `--allow-files` folder.
    pub fn check(&self, accesses: &[Access], path: &Path) -> Result<(), ErrorReport> {
        let picked = self.picked.lock().unwrap_or_else(|e| e.into_inner());
        if accesses.iter().any(|a| picked.contains(&(*a, path.to_path_buf()))) {
            return Ok(());
        }
        drop(picked);
        if self.trees.iter().any(|tree| is_inside(path, tree)) {
            return Ok(());
        }
        Err(refused(path))
    }

    /// [`check`](Self::check), also accepting a file directly inside `own` (one of the app's folders).
    pub fn check_or_inside(&self, accesses: &[Access], path: &Path, own: &Path) -> Result<(), ErrorReport> {
        if path.file_name().is_some() && path.parent().is_some_and(|p| same_folder(p, own)) {
            return Ok(());
        }
        self.check(accesses, path)
    }
}

fn refused(path: &Path) -> ErrorReport {
    ErrorReport::new(
        "forbidden",
        format!(
            "{} was not chosen in a file dialog; choose the file with the app's Open or Save dialog",
            campaign_desk::excerpt::excerpt(&path.display().to_string())
        ),
    )
}

/// `path` (absolute) lies under `tree` once its folder's `..` and links are resolved.
fn is_inside(path: &Path, tree: &Path) -> bool {
    let (Some(parent), Some(Component::Normal(_))) = (path.parent(), path.components().next_back()) else {
        return false;
    };
    path.is_absolute() && std::fs::canonicalize(parent).is_ok_and(|p| p.starts_with(tree))
}

fn same_folder(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_picked_paths_for_their_purpose_pass() {
        let dir = tempfile::tempdir().expect("temp dir");
        let picked = dir.path().join("partners.ics");
        let grants = FileGrants::default();
        assert_eq!(grants.check(&[Access::Open], &picked).expect_err("not picked").kind, "forbidden");
        grants.grant(Access::Open, &picked);
        assert!(grants.check(&[Access::Open], &picked).is_ok());
        assert!(grants.check(&[Access::Save], &picked).is_err(), "picked to read is not picked to write");
        assert!(grants.check(&[Access::Open], &dir.path().join("other.ics")).is_err());
        assert!(grants.check(&[Access::Open], Path::new("/etc/passwd")).is_err());
    }

    #[test]
    fn allowed_trees_and_own_folders_take_files_inside_only() {
        let dir = tempfile::tempdir().expect("temp dir");
        let tree = dir.path().join("allowed");
        std::fs::create_dir(&tree).expect("mkdir");
        let grants = FileGrants { trees: vec![std::fs::canonicalize(&tree).expect("canon")], ..FileGrants::default() };
        assert!(grants.check(&[Access::Save], &tree.join("out.ics")).is_ok());
        assert!(grants.check(&[Access::Save], &tree.join("../escape.ics")).is_err());
        assert!(grants.check(&[Access::Save], &tree.join("sub/../in.ics")).is_err(), "no such folder");
        assert!(grants.check(&[Access::Save], &tree.join("../allowed/in.ics")).is_ok());
        assert!(grants.check(&[Access::Save], &tree.join("..")).is_err());
        assert!(grants.check(&[Access::Save], &dir.path().join("beside.ics")).is_err());
        assert!(grants.check(&[Access::Save], Path::new("relative.ics")).is_err());

        let own = dir.path().join("backups");
        std::fs::create_dir(&own).expect("mkdir");
        let none = FileGrants::default();
        assert!(none.check_or_inside(&[Access::Open], &own.join("b.sqlite3"), &own).is_ok());
        assert!(none.check_or_inside(&[Access::Open], &dir.path().join("b.sqlite3"), &own).is_err());
    }

    #[test]
    fn a_scripted_dialog_answer_is_taken_once() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("answer");
        let grants = FileGrants { answers: Some(file.clone()), ..FileGrants::default() };
        assert_eq!(grants.scripted_answer(), None, "no answer left: the real dialog opens");
        std::fs::write(&file, "/data/calendar.ics\n").expect("write");
        assert_eq!(grants.scripted_answer(), Some(PathBuf::from("/data/calendar.ics")));
        assert_eq!(grants.scripted_answer(), None, "taken once");
        assert_eq!(FileGrants::default().scripted_answer(), None);
    }
}
