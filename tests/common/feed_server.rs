//! A static web server for calendar feeds: Python's `http.server` on a free loopback port serving a temp dir, under
//! `timeout`, logging to a file there, stopped by its PID when dropped. Feeds change by rewriting their files.

#![allow(dead_code)]

#[path = "process.rs"]
mod process;

use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct FeedServer {
    pub dir: tempfile::TempDir,
    pub port: u16,
    child: Option<Child>,
}

impl FeedServer {
    pub fn start() -> FeedServer {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("www")).expect("www");
        let port = TcpListener::bind("127.0.0.1:0").expect("free port").local_addr().expect("addr").port();
        let log = std::fs::File::create(dir.path().join("server.log")).expect("log file");
        let child = Command::new("timeout")
            .args(["--signal=TERM", "600", "python3", "-m", "http.server", &port.to_string(), "--bind", "127.0.0.1"])
            .arg("--directory")
            .arg(dir.path().join("www"))
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .expect("start python3 -m http.server");
        let mut s = FeedServer { dir, port, child: Some(child) };
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Some(status) = s.child.as_mut().and_then(|c| c.try_wait().ok().flatten()) {
                panic!("http.server exited ({status}): {}", s.log());
            }
            assert!(started.elapsed() < Duration::from_secs(20), "http.server did not start: {}", s.log());
            std::thread::sleep(Duration::from_millis(50));
        }
        s
    }

    /// Writes (or replaces) the file served at `/name`.
    pub fn put(&self, name: &str, body: &str) {
        std::fs::write(self.dir.path().join("www").join(name), body).expect("write feed");
    }

    pub fn remove(&self, name: &str) {
        std::fs::remove_file(self.dir.path().join("www").join(name)).expect("remove feed");
    }

    pub fn url(&self, name: &str) -> String {
        format!("http://127.0.0.1:{}/{name}", self.port)
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
    }
}

impl Drop for FeedServer {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            process::stop_child(&mut child);
        }
    }
}
