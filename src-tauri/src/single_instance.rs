//! One window per database: a second `campaign-desk-app FILE.ics` while the app runs hands its file to the running
//! window (which opens the import preview, `opened_files.rs`) and ends, instead of opening a second window on the
//! same database — two windows writing one file would confuse people.
//!
//! tauri-plugin-single-instance finds the running copy through a name on the D-Bus session bus (Linux), a named
//! mutex (Windows) or a socket (macOS). On Linux the name carries a hash of the database's path, so copies on
//! different databases (the end-to-end tests give every session its own file, and start them one after the
//! other) never hand over to each other. Where there is no session bus (a bare X server, CI) the plugin cannot
//! find other copies and the app runs as if it were alone; we say so on stderr.

use std::path::Path;

use tauri::{Manager, Runtime};

use crate::opened_files;

/// The plugin, first among the app's plugins so that a second copy ends before it opens anything.
pub fn plugin<R: Runtime>(db: Option<&Path>) -> tauri::plugin::TauriPlugin<R> {
    if cfg!(target_os = "linux") && !session_bus_reachable() {
        eprintln!(
            "campaign-desk-app: no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS unset, no $XDG_RUNTIME_DIR/bus): \
             a second launch cannot find this window and will open its own"
        );
    }
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(dbus_id(db))
        .callback(|app, argv, cwd| {
            // The second copy's arguments, as it was started (program name first) in its own folder.
            let args = argv.into_iter().skip(1).map(std::ffi::OsString::from);
            if let Some(item) = opened_files::opened_in_args(args, Path::new(&cwd)) {
                opened_files::open(app, item);
            }
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.set_focus();
            }
        })
        .build()
}

/// `org.campaigndesk.app.db_<hash of the database path>` (the plugin adds `.SingleInstance`): D-Bus names allow
/// only letters, digits, `_` and `-`, and no element may start with a digit.
fn dbus_id(db: Option<&Path>) -> String {
    let key = db.map(canonical_text).unwrap_or_default();
    format!("org.campaigndesk.app.db_{:016x}", fnv1a(key.as_bytes()))
}

/// The database's path with its folder resolved (the file itself may not exist yet), so `./x.sqlite3` and the
/// absolute path of the same file give the same name.
fn canonical_text(db: &Path) -> String {
    let resolved = match (db.parent().filter(|p| !p.as_os_str().is_empty()), db.file_name()) {
        (Some(parent), Some(name)) => std::fs::canonicalize(parent).map(|p| p.join(name)).ok(),
        (None, Some(name)) => std::env::current_dir().ok().map(|cwd| cwd.join(name)),
        _ => None,
    };
    resolved.unwrap_or_else(|| db.to_path_buf()).to_string_lossy().into_owned()
}

/// FNV-1a, 64 bits: stable across builds and Rust versions (std's hasher is not), so two builds of the app on one
/// database agree on the name.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3))
}

fn session_bus_reachable() -> bool {
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty())
        || std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|dir| Path::new(&dir).join("bus").exists())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_is_valid_and_depends_on_the_database_only() {
        let dir = std::env::temp_dir();
        let a = dbus_id(Some(&dir.join("a.sqlite3")));
        assert_eq!(a, dbus_id(Some(&dir.join("a.sqlite3"))));
        assert_ne!(a, dbus_id(Some(&dir.join("b.sqlite3"))));
        assert_eq!(a, dbus_id(Some(&dir.join(".").join("a.sqlite3"))));
        // D-Bus: elements of [A-Za-z0-9_-], none starting with a digit, at most 255 bytes in all.
        let name = format!("{a}.SingleInstance");
        assert!(name.len() <= 255);
        for element in name.split('.') {
            assert!(!element.is_empty() && !element.starts_with(|c: char| c.is_ascii_digit()), "{name}");
            assert!(element.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'), "{name}");
        }
    }

    #[test]
    fn fnv1a_matches_its_reference_values() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
