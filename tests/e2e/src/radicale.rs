//! A real Radicale CalDAV server for the sharing flows, ported from the core's `tests/common/radicale.rs`: the
//! project's `.venv` (scripts/setup.sh) runs it on a free loopback port with a throw-away config (htpasswd users alice,
//! password alicepw, owning her calendars, and bob, bobpw, who may only read hers) in a folder under `E2E_DATA_DIR` (which scripts/e2e.sh removes) or the
//! system temp dir. It runs under `timeout`, logs to `radicale.log` in that folder, and is stopped by its PID when
//! dropped, its log copied to `artifacts/logs/radicale-NAME.log`. Without Radicale the flow fails and says how to
//! install it; it is never skipped.
//!
//! Other clients' edits are plain HTTP requests with curl, as Thunderbird or a phone would send them.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use anyhow::{bail, ensure, Context, Result};

use crate::process;

pub struct Radicale {
    pub dir: PathBuf,
    pub port: u16,
    name: String,
    child: Option<Child>,
}

const RIGHTS: &str = "\
# bob may read alice's calendars, and nothing of hers else (a partner with a read-only share).
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

fn python() -> Result<PathBuf> {
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.venv/bin/python");
    ensure!(python.exists(), "{} is missing: run scripts/setup.sh (it makes .venv with radicale)", python.display());
    let probe = Command::new(&python).args(["-c", "import radicale"]).output().context("running python")?;
    ensure!(
        probe.status.success(),
        "Radicale is not installed in .venv: run scripts/setup.sh: {}",
        String::from_utf8_lossy(&probe.stderr)
    );
    Ok(python)
}

impl Radicale {
    /// Starts a server on a free port and waits until it says it listens there and accepts a connection.
    pub fn start(name: &str) -> Result<Radicale> {
        let base = std::env::var_os("E2E_DATA_DIR").filter(|d| !d.is_empty()).map(PathBuf::from);
        let dir = base.unwrap_or_else(std::env::temp_dir).join(format!("radicale-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        std::fs::write(dir.join("users"), "alice:alicepw\nbob:bobpw\n")?;
        std::fs::write(dir.join("rights"), RIGHTS)?;
        let python = python()?;
        let log = dir.join("radicale.log");
        let (child, port) = process::serve_on_free_port(
            "radicale",
            &log,
            |port| {
                let config = format!(
                    "[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\nhtpasswd_filename = {users}\n\
                     htpasswd_encryption = plain\ndelay = 0\n[rights]\ntype = from_file\nfile = {rights}\n\
                     [storage]\nfilesystem_folder = {collections}\n[logging]\nlevel = info\n",
                    users = dir.join("users").display(),
                    rights = dir.join("rights").display(),
                    collections = dir.join("collections").display(),
                );
                std::fs::write(dir.join("config"), config).expect("config");
                let out = std::fs::OpenOptions::new().create(true).append(true).open(&log).expect("log file");
                Command::new("timeout")
                    .args(["--signal=TERM", "900"])
                    .arg(&python)
                    .args(["-m", "radicale", "--config"])
                    .arg(dir.join("config"))
                    .stdin(Stdio::null())
                    .stdout(out.try_clone().expect("log"))
                    .stderr(out)
                    .spawn()
                    .expect("start radicale")
            },
            // Logged after the bind.
            |port| format!("Listening on '127.0.0.1:{port}'"),
        );
        let server = Radicale { dir, port, name: name.to_owned(), child: Some(child) };
        Ok(server)
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("radicale.log")).unwrap_or_default()
    }

    /// A request as another client would send it, as alice: `(status, body)`. `target` is a path or a full URL.
    pub fn http(&self, method: &str, target: &str, headers: &[&str], body: Option<&str>) -> Result<(u16, String)> {
        let url = if target.starts_with("http") {
            target.to_owned()
        } else {
            format!("http://127.0.0.1:{}{target}", self.port)
        };
        let mut cmd = Command::new("curl");
        cmd.args(["-s", "--max-time", "20", "-o", "-", "-w", "\n%{http_code}", "-X", method, "-u", "alice:alicepw"]);
        for h in headers {
            cmd.args(["-H", h]);
        }
        if let Some(b) = body {
            cmd.args(["--data-binary", b]);
        }
        let out = cmd.arg(&url).output().context("running curl")?;
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let (body, code) = text.rsplit_once('\n').unwrap_or(("", &text));
        Ok((code.trim().parse().unwrap_or(0), body.to_owned()))
    }

    /// The calendar objects of a collection: `(href, etag)` from a PROPFIND of depth 1.
    pub fn items(&self, collection: &str) -> Result<Vec<(String, String)>> {
        let query =
            r#"<?xml version="1.0" encoding="utf-8"?><propfind xmlns="DAV:"><prop><getetag/></prop></propfind>"#;
        let (status, body) =
            self.http("PROPFIND", collection, &["Depth: 1", "Content-Type: application/xml"], Some(query))?;
        ensure!(status == 207, "PROPFIND {collection}: {status} {body}");
        let mut items = Vec::new();
        for response in body.split("response>").skip(1) {
            let href = between(response, "href>", "<");
            let etag = between(response, "getetag>", "<");
            if let (Some(href), Some(etag)) = (href, etag) {
                if href.ends_with(".ics") {
                    items.push((href.to_owned(), etag.replace("&quot;", "\"")));
                }
            }
        }
        Ok(items)
    }

    /// The item of `collection` whose text contains `needle`: `(href, etag, unfolded text)`.
    pub fn find_item(&self, collection: &str, needle: &str) -> Result<(String, String, String)> {
        for (href, etag) in self.items(collection)? {
            let (status, text) = self.http("GET", &href, &[], None)?;
            ensure!(status == 200, "GET {href}: {status}");
            let text = unfold(&text);
            if text.contains(needle) {
                return Ok((href, etag, text));
            }
        }
        bail!("no item on the server contains {needle:?}")
    }

    /// Replaces an item as another client would: `PUT` with `If-Match` its ETag. Returns the status.
    pub fn put_if_match(&self, href: &str, etag: &str, ics: &str) -> Result<u16> {
        let if_match = format!("If-Match: {etag}");
        let (status, body) =
            self.http("PUT", href, &[&if_match, "Content-Type: text/calendar; charset=utf-8"], Some(ics))?;
        ensure!(matches!(status, 200 | 201 | 204), "PUT {href}: {status} {body}");
        Ok(status)
    }
}

/// iCalendar text with its folded lines joined (RFC 5545 §3.1).
pub fn unfold(text: &str) -> String {
    text.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "")
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let len = text[from..].find(end)?;
    Some(&text[from..from + len])
}

impl Drop for Radicale {
    fn drop(&mut self) {
        let Some(mut child) = self.child.take() else { return };
        process::stop_child(&mut child);
        // What the server saw stays with the run's other logs (its folder goes): artifacts/logs/radicale-NAME.log.
        let logs = std::env::var_os("E2E_ARTIFACTS")
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artifacts"))
            .join("logs");
        if std::fs::create_dir_all(&logs).is_ok() {
            let _ = std::fs::copy(self.dir.join("radicale.log"), logs.join(format!("radicale-{}.log", self.name)));
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
