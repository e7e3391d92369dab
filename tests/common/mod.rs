//! Helpers shared by the integration tests: a temporary database file and a way to run the real CLI on it.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Cli {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
}

pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", self.stdout))
    }
}

impl Cli {
    pub fn new() -> Cli {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("test.sqlite3");
        Cli { dir, db }
    }

    /// Runs `campaign-desk --db <temp db> ARGS`, never touching the user's real data directory.
    pub fn run(&self, args: &[&str]) -> Run {
        run_on(&self.db, args)
    }

    /// Runs and expects success, returning the parsed `--json` output.
    pub fn ok(&self, args: &[&str]) -> serde_json::Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let r = self.run(&all);
        assert_eq!(r.status, 0, "campaign-desk {args:?} failed: {}", r.stderr);
        r.json()
    }
}

pub fn run_on(db: &Path, args: &[&str]) -> Run {
    run_with_env(db, args, &[])
}

/// Runs the CLI with `vars` set. Messages are in English unless `vars` choose a language: the tests compare
/// English text, whatever the language of the desktop they run on.
pub fn run_with_env(db: &Path, args: &[&str], vars: &[(&str, &str)]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_campaign-desk"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("CAMPAIGN_DESK_DB")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("XDG_DATA_HOME", "/nonexistent-test-data-home")
        .envs(vars.iter().copied())
        .output()
        .expect("run campaign-desk");
    Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}
