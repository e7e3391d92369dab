//! A real Radicale (PyPI, in the project's `.venv` from scripts/setup.sh) on a free loopback port with a
//! throw-away config in a temp dir: htpasswd users alice (owns her calendars) and bob (may only read alice's). It
//! runs under `timeout`, logs to a file in its dir, and is stopped by its PID when dropped. When Radicale is not
//! installed the test fails and says how to install it; it is never skipped.

#![allow(dead_code)]

#[path = "process.rs"]
mod process;

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

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
        let port = TcpListener::bind("127.0.0.1:0").expect("free port").local_addr().expect("addr").port();
        let d = dir.path();
        std::fs::write(d.join("users"), "alice:alicepw\nbob:bobpw\n").expect("users");
        std::fs::write(d.join("rights"), RIGHTS).expect("rights");
        let config = format!(
            "[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\nhtpasswd_filename = {users}\n\
             htpasswd_encryption = plain\ndelay = 0\n[rights]\ntype = from_file\nfile = {rights}\n\
             [storage]\nfilesystem_folder = {collections}\n[logging]\nlevel = info\n",
            users = d.join("users").display(),
            rights = d.join("rights").display(),
            collections = d.join("collections").display(),
        );
        let config = if tls {
            let made = Command::new("openssl")
                .args(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1"])
                .args(["-addext", "subjectAltName=IP:127.0.0.1", "-keyout"])
                .arg(d.join("key.pem"))
                .arg("-out")
                .arg(d.join("cert.pem"))
                .output()
                .expect("run openssl");
            assert!(made.status.success(), "openssl: {}", String::from_utf8_lossy(&made.stderr));
            config.replacen(
                "[server]\n",
                &format!(
                    "[server]\nssl = True\ncertificate = {}\nkey = {}\n",
                    d.join("cert.pem").display(),
                    d.join("key.pem").display()
                ),
                1,
            )
        } else {
            config
        };
        std::fs::write(d.join("config"), config).expect("config");
        let mut r = Radicale { dir, port, tls, child: None };
        r.resume();
        r
    }

    /// Starts (again) on the same port with the same collections.
    pub fn resume(&mut self) {
        assert!(self.child.is_none(), "already running");
        let python = python();
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.path().join("radicale.log"))
            .expect("log file");
        let child = Command::new("timeout")
            .args(["--signal=TERM", "900"])
            .arg(&python)
            .args(["-m", "radicale", "--config"])
            .arg(self.dir.path().join("config"))
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .expect("start radicale");
        self.child = Some(child);
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            if let Some(status) = self.child.as_mut().and_then(|c| c.try_wait().ok().flatten()) {
                panic!("radicale exited ({status}): {}", self.log());
            }
            assert!(started.elapsed() < Duration::from_secs(20), "radicale did not start: {}", self.log());
            std::thread::sleep(Duration::from_millis(50));
        }
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
