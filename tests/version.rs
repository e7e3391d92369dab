//! `campaign-desk --version` (and `-V`): what a packaged install answers when asked which version it is.

use std::process::Command;

#[test]
fn version_prints_the_package_version() {
    for flag in ["--version", "-V"] {
        let out = Command::new(env!("CARGO_BIN_EXE_campaign-desk")).arg(flag).output().expect("run campaign-desk");
        assert!(out.status.success(), "{flag}: {out:?}");
        let stdout = String::from_utf8(out.stdout).expect("utf-8");
        assert_eq!(stdout.trim_end(), format!("campaign-desk {}", campaign_desk::VERSION), "{flag}");
        assert!(out.stderr.is_empty(), "{flag}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn version_needs_no_database() {
    // Asked for its version, the CLI must not open (or create) a database anywhere.
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("never.sqlite3");
    let out = Command::new(env!("CARGO_BIN_EXE_campaign-desk"))
        .arg("--version")
        .env("CAMPAIGN_DESK_DB", &db)
        .env("XDG_DATA_HOME", dir.path())
        .output()
        .expect("run campaign-desk");
    assert!(out.status.success());
    assert!(!db.exists(), "--version created {}", db.display());
}
