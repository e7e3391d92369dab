//! A static web server for calendar feeds: Python's `http.server` on a free loopback port serving a temp dir, under
//! `timeout`, logging to a file there, stopped by its PID when dropped. Feeds change by rewriting their files.

#![allow(dead_code)]

#[path = "process.rs"]
mod process;

use std::process::Child;

pub struct FeedServer {
    pub dir: tempfile::TempDir,
    pub port: u16,
    child: Option<Child>,
}

impl FeedServer {
    pub fn start() -> FeedServer {
        let dir = tempfile::tempdir().expect("temp dir");
        let www = dir.path().join("www");
        std::fs::create_dir(&www).expect("www");
        let log = dir.path().join("server.log");
        let (child, port) = process::static_web_server(&www, &log);
        FeedServer { dir, port, child: Some(child) }
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
