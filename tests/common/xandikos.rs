//! A real Xandikos (PyPI, in the project's `.venv` from scripts/setup.sh), the second CalDAV server the sync is
//! checked against: git-backed storage, its own sync-collection and ETags. It runs on a free loopback port with
//! its default calendar in a temp dir, under `timeout`, logging to a file there, and is stopped by its PID when
//! dropped. Xandikos has no authentication of its own (a proxy does that in production): the password is ignored.
//! When it is not installed the test fails and says how to install it; it is never skipped.

#![allow(dead_code)]

#[path = "process.rs"]
mod process;

use std::path::Path;
use std::process::{Child, Command, Stdio};

pub struct Xandikos {
    pub dir: tempfile::TempDir,
    pub port: u16,
    child: Child,
}

impl Xandikos {
    pub fn start() -> Xandikos {
        let bin = Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv/bin/xandikos");
        assert!(bin.exists(), "{} is missing: run scripts/setup.sh (it installs Xandikos into .venv)", bin.display());
        let dir = tempfile::tempdir().expect("temp dir");
        let d = dir.path();
        let log = d.join("xandikos.log");
        let (child, port) = process::serve_on_free_port(
            "xandikos",
            &log,
            |port| {
                let out = std::fs::OpenOptions::new().create(true).append(true).open(&log).expect("log file");
                Command::new("timeout")
                    .args(["--signal=TERM", "600"])
                    .arg(&bin)
                    .args(["serve", "--defaults", "-l", "127.0.0.1", "-p", &port.to_string(), "-d"])
                    .arg(d.join("data"))
                    .arg("--state-dir")
                    .arg(d.join("state"))
                    .stdin(Stdio::null())
                    .stdout(out.try_clone().expect("log"))
                    .stderr(out)
                    .spawn()
                    .expect("start xandikos")
            },
            // Logged just before the bind: the connect check that follows it waits for the bind.
            |port| format!("Listening on 127.0.0.1:{port}\n"),
        );
        Xandikos { dir, port, child }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("xandikos.log")).unwrap_or_default()
    }

    /// A raw request as another client would send it (curl): returns (status, body).
    pub fn http(&self, method: &str, path: &str, headers: &[&str], body: Option<&str>) -> (u16, String) {
        let url = format!("http://127.0.0.1:{}{path}", self.port);
        process::curl(&url, None, method, headers, body)
    }
}

impl Drop for Xandikos {
    fn drop(&mut self) {
        process::stop_child(&mut self.child);
    }
}
