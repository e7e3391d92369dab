//! A real Radicale (PyPI, in the project's `.venv` from scripts/setup.sh) on a free loopback port with a
//! throw-away config in a temp dir: htpasswd users alice (owns her calendars) and bob (may only read alice's). It
//! runs under `timeout`, logs to a file in its dir, and is stopped by its PID when dropped. When Radicale is not
//! installed the test fails and says how to install it; it is never skipped.

#![allow(dead_code)]

#[path = "process.rs"]
mod process;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

pub struct Radicale {
    pub dir: tempfile::TempDir,
    pub port: u16,
    tls: bool,
    child: Option<Child>,
}

pub fn python() -> PathBuf {
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv/bin/python");
    assert!(python.exists(), "{} is missing: run scripts/setup.sh (it makes .venv with radicale)", python.display());
    let probe = Command::new(&python).args(["-c", "import radicale"]).output().expect("run python");
    assert!(
        probe.status.success(),
        "Radicale is not installed in .venv: run scripts/setup.sh (tests/ics/requirements.txt pins it): {}",
        String::from_utf8_lossy(&probe.stderr)
    );
    python
}

const RIGHTS: &str = "\
# bob may read alice's calendars, and nothing of hers else.
[bob-reads-alice]
user: bob
collection: alice(/[^/]+)?
permissions: Rr

[root]
user: .+
collection:
permissions: R

[principal]
user: .+
collection: {user}
permissions: RW

[calendars]
user: .+
collection: {user}/[^/]+
permissions: rw
";

/// Radicale's own word that it bound the port (logged after the bind; "with SSL" may follow).
fn listening(port: u16) -> String {
    format!("Listening on '127.0.0.1:{port}'")
}

/// Radicale with the config in `dir`, under `timeout`, appending to `dir/radicale.log`.
fn spawn(python: &Path, dir: &Path) -> Child {
    let log = std::fs::OpenOptions::new().create(true).append(true).open(dir.join("radicale.log")).expect("log file");
    Command::new("timeout")
        .args(["--signal=TERM", "900"])
        .arg(python)
        .args(["-m", "radicale", "--config"])
        .arg(dir.join("config"))
        .stdin(Stdio::null())
        .stdout(log.try_clone().expect("log"))
        .stderr(log)
        .spawn()
        .expect("start radicale")
}

impl Radicale {
    pub fn start() -> Radicale {
        Radicale::start_with(false)
    }

    /// Over https with a self-signed certificate (made here by openssl), which no system trusts.
    pub fn start_tls() -> Radicale {
        Radicale::start_with(true)
    }

    fn start_with(tls: bool) -> Radicale {
        let dir = tempfile::tempdir().expect("temp dir");
        let d = dir.path();
        std::fs::write(d.join("users"), "alice:alicepw\nbob:bobpw\n").expect("users");
        std::fs::write(d.join("rights"), RIGHTS).expect("rights");
        let ssl = if tls {
            let made = Command::new("openssl")
                .args(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1"])
                .args(["-addext", "subjectAltName=IP:127.0.0.1", "-keyout"])
                .arg(d.join("key.pem"))
                .arg("-out")
                .arg(d.join("cert.pem"))
                .output()
                .expect("run openssl");
            assert!(made.status.success(), "openssl: {}", String::from_utf8_lossy(&made.stderr));
            format!(
                "ssl = True\ncertificate = {}\nkey = {}\n",
                d.join("cert.pem").display(),
                d.join("key.pem").display()
            )
        } else {
            String::new()
        };
        let python = python();
        let (child, port) = process::serve_on_free_port(
            "radicale",
            &d.join("radicale.log"),
            |port| {
                let config = format!(
                    "[server]\n{ssl}hosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\nhtpasswd_filename = {users}\n\
                     htpasswd_encryption = plain\ndelay = 0\n[rights]\ntype = from_file\nfile = {rights}\n\
                     [storage]\nfilesystem_folder = {collections}\n[logging]\nlevel = info\n",
                    users = d.join("users").display(),
                    rights = d.join("rights").display(),
                    collections = d.join("collections").display(),
                );
                std::fs::write(d.join("config"), config).expect("config");
                spawn(&python, d)
            },
            listening,
        );
        Radicale { dir, port, tls, child: Some(child) }
    }

    /// Starts again on the same port with the same collections.
    pub fn resume(&mut self) {
        assert!(self.child.is_none(), "already running");
        let log = self.dir.path().join("radicale.log");
        let from = std::fs::metadata(&log).map(|m| m.len()).unwrap_or(0);
        let mut child = spawn(&python(), self.dir.path());
        let ready = process::wait_announced(&mut child, &log, from, &listening(self.port))
            .and_then(|()| process::wait_accepting(&mut child, self.port));
        if let Err(text) = ready {
            process::stop_child(&mut child);
            panic!("radicale did not start again on 127.0.0.1:{}: {text}", self.port);
        }
        self.child = Some(child);
    }

    /// Stops the server (its collections stay for [`Radicale::resume`]).
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            process::stop_child(&mut child);
        }
    }

    pub fn url(&self) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://127.0.0.1:{}/", self.port)
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("radicale.log")).unwrap_or_default()
    }

    /// A raw request as another client would send it (curl, which every CI image has): returns (status, body).
    pub fn http(&self, user: &str, method: &str, path: &str, headers: &[&str], body: Option<&str>) -> (u16, String) {
        let url = format!("http://127.0.0.1:{}{path}", self.port);
        process::curl(&url, Some(&format!("{user}:{user}pw")), method, headers, body)
    }
}

impl Drop for Radicale {
    fn drop(&mut self) {
        self.stop();
    }
}
