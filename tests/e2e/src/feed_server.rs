//! A web server for calendar feeds (subscriptions): Python's `http.server` on a free loopback port, serving a
//! folder under `E2E_DATA_DIR` (which scripts/e2e.sh removes) or the system temp dir. It runs under `timeout`, logs
//! every request to `server.log` there, and is stopped by its PID when dropped, its log copied to
//! `artifacts/logs/feed-server-NAME.log`. A feed changes by rewriting its file, and is gone (404) when removed.

use std::path::{Path, PathBuf};
use std::process::Child;

use anyhow::{Context, Result};

use crate::process;

pub struct FeedServer {
    pub dir: PathBuf,
    pub port: u16,
    name: String,
    child: Option<Child>,
}

impl FeedServer {
    pub fn start(name: &str) -> Result<FeedServer> {
        let base = std::env::var_os("E2E_DATA_DIR").filter(|d| !d.is_empty()).map(PathBuf::from);
        let dir = base.unwrap_or_else(std::env::temp_dir).join(format!("feed-server-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("www")).with_context(|| format!("creating {}", dir.display()))?;
        let www = dir.join("www");
        let log = dir.join("server.log");
        let (child, port) = process::static_web_server(&www, &log);
        let server = FeedServer { dir, port, name: name.to_owned(), child: Some(child) };
        Ok(server)
    }

    /// Writes (or replaces) the feed served at `/file`.
    pub fn put(&self, file: &str, body: &str) -> Result<()> {
        Ok(std::fs::write(self.dir.join("www").join(file), body)?)
    }

    pub fn remove(&self, file: &str) -> Result<()> {
        Ok(std::fs::remove_file(self.dir.join("www").join(file))?)
    }

    pub fn url(&self, file: &str) -> String {
        format!("http://127.0.0.1:{}/{file}", self.port)
    }

    /// Every request so far, as http.server logs them.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("server.log")).unwrap_or_default()
    }
}

impl Drop for FeedServer {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            process::stop_child(&mut child);
        }
        let logs = std::env::var_os("E2E_ARTIFACTS")
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artifacts"))
            .join("logs");
        if std::fs::create_dir_all(&logs).is_ok() {
            let _ = std::fs::copy(self.dir.join("server.log"), logs.join(format!("feed-server-{}.log", self.name)));
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
