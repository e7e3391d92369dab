//! A real Xandikos (PyPI, in the project's `.venv` from scripts/setup.sh), the second CalDAV server the sync is
//! checked against: git-backed storage, its own sync-collection and ETags. It runs on a free loopback port with
//! its default calendar in a temp dir, under `timeout`, logging to a file there, and is stopped by its PID when
//! dropped. Xandikos has no authentication of its own (a proxy does that in production): the password is ignored.
//! When it is not installed the test fails and says how to install it; it is never skipped.

#![allow(dead_code)]

use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

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
        let port = TcpListener::bind("127.0.0.1:0").expect("free port").local_addr().expect("addr").port();
        let log = std::fs::File::create(dir.path().join("xandikos.log")).expect("log file");
        let child = Command::new("timeout")
            .args(["--signal=TERM", "600"])
            .arg(&bin)
            .args(["serve", "--defaults", "-l", "127.0.0.1", "-p", &port.to_string(), "-d"])
            .arg(dir.path().join("data"))
            .arg("--state-dir")
            .arg(dir.path().join("state"))
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .expect("start xandikos");
        let mut x = Xandikos { dir, port, child };
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", x.port)).is_err() {
            if let Ok(Some(status)) = x.child.try_wait() {
                panic!("xandikos exited ({status}): {}", x.log());
            }
            assert!(started.elapsed() < Duration::from_secs(20), "xandikos did not start: {}", x.log());
            std::thread::sleep(Duration::from_millis(50));
        }
        x
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
        let mut cmd = Command::new("curl");
        cmd.args(["-s", "-o", "-", "-w", "\n%{http_code}", "-X", method]);
        for h in headers {
            cmd.args(["-H", h]);
        }
        if let Some(b) = body {
            cmd.args(["--data-binary", b]);
        }
        let out = cmd.arg(&url).output().expect("run curl");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let (body, code) = text.rsplit_once('\n').unwrap_or(("", &text));
        (code.trim().parse().unwrap_or(0), body.to_string())
    }
}

impl Drop for Xandikos {
    fn drop(&mut self) {
        // TERM to `timeout` is passed on to Xandikos; both are waited for.
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let started = Instant::now();
        while !matches!(self.child.try_wait(), Ok(Some(_))) {
            if started.elapsed() > Duration::from_secs(10) {
                let _ = self.child.kill();
                let _ = self.child.wait();
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}
