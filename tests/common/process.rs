//! Process helpers of the test servers (Radicale, Xandikos, the feed server), included by each of them as a child
//! module with `#[path]`, so that the benchmarks including a server's file get them too.

#![allow(dead_code)]

use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// Stops a test server started under `timeout` (which passes TERM on to the server) and waits for both; KILL
/// after 10 s. Shared by the Radicale, Xandikos and feed-server helpers.
pub fn stop_child(child: &mut std::process::Child) {
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let started = std::time::Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            _ if started.elapsed() > std::time::Duration::from_secs(10) => {
                let _ = child.kill();
                let _ = child.wait();
                break;
            }
            _ => std::thread::sleep(std::time::Duration::from_millis(50)),
        }
    }
}

/// A raw HTTP request as another client would send it (curl, which every CI image has), with `user:password`
/// when given: returns (status, body).
pub fn curl(url: &str, login: Option<&str>, method: &str, headers: &[&str], body: Option<&str>) -> (u16, String) {
    let mut cmd = Command::new("curl");
    cmd.args(["-s", "-o", "-", "-w", "\n%{http_code}", "-X", method]);
    if let Some(login) = login {
        cmd.args(["-u", login]);
    }
    for h in headers {
        cmd.args(["-H", h]);
    }
    if let Some(b) = body {
        cmd.args(["--data-binary", b]);
    }
    let out = cmd.arg(url).output().expect("run curl");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, code) = text.rsplit_once('\n').unwrap_or(("", &text));
    (code.trim().parse().unwrap_or(0), body.to_string())
}

/// Starts a server (`spawn(port)`, logging to `log`) on a free loopback port, and returns it with that port once
/// its log holds `announce(port)`, the server's own word about that port, and it accepts a connection there. A
/// connect alone proves nothing: on a loopback port in the ephemeral range the kernel may connect a socket to
/// itself, and another test's server may hold the same port, so a "ready" server could still refuse the client
/// (CI met exactly that once). When the port is taken before the server binds it, another is tried, up to five
/// times.
pub fn serve_on_free_port(
    what: &str,
    log: &Path,
    mut spawn: impl FnMut(u16) -> Child,
    announce: impl Fn(u16) -> String,
) -> (Child, u16) {
    for attempt in 1..=5 {
        let port = TcpListener::bind("127.0.0.1:0").expect("free port").local_addr().expect("addr").port();
        let from = std::fs::metadata(log).map(|m| m.len()).unwrap_or(0);
        let mut child = spawn(port);
        match wait_announced(&mut child, log, from, &announce(port)).and_then(|()| wait_accepting(&mut child, port)) {
            Ok(()) => return (child, port),
            Err(text) if attempt < 5 && text.contains("ddress already in use") => {
                stop_child(&mut child);
            }
            Err(text) => {
                stop_child(&mut child);
                panic!("{what} did not start on 127.0.0.1:{port}: {text}");
            }
        }
    }
    unreachable!("the last attempt returns or panics")
}

/// Waits (20 s at most) until `log`, from byte `from`, holds `needle`; the log's new part when the child exits
/// first or time runs out.
pub fn wait_announced(child: &mut Child, log: &Path, from: u64, needle: &str) -> Result<(), String> {
    let started = Instant::now();
    loop {
        let text = std::fs::read(log).unwrap_or_default();
        let text = String::from_utf8_lossy(text.get(from as usize..).unwrap_or_default()).into_owned();
        if text.contains(needle) {
            return Ok(());
        }
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("exited ({status}) before saying {needle:?}: {text}"));
        }
        if started.elapsed() > Duration::from_secs(20) {
            return Err(format!("did not say {needle:?} within 20 s: {text}"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Waits (20 s at most) until the child, still running, accepts a connection on `port`; a socket the kernel
/// connected to itself does not count.
pub fn wait_accepting(child: &mut Child, port: u16) -> Result<(), String> {
    let started = Instant::now();
    loop {
        if let Ok(stream) = TcpStream::connect(("127.0.0.1", port)) {
            if stream.local_addr().ok() != stream.peer_addr().ok() {
                return Ok(());
            }
        }
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("exited ({status}) before accepting connections"));
        }
        if started.elapsed() > Duration::from_secs(20) {
            return Err("did not accept a connection within 20 s".to_owned());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Python's `http.server` serving `www` on a free loopback port under `timeout`, appending to `log`: the feed
/// servers of the core tests and the E2E flows.
pub fn static_web_server(www: &Path, log: &Path) -> (Child, u16) {
    serve_on_free_port(
        "http.server",
        log,
        |port| {
            let out = std::fs::OpenOptions::new().create(true).append(true).open(log).expect("log file");
            // -u: the "Serving HTTP" line reaches the log as soon as the port is bound.
            Command::new("timeout")
                .args(["--signal=TERM", "600", "python3", "-u", "-m", "http.server", &port.to_string()])
                .args(["--bind", "127.0.0.1", "--directory"])
                .arg(www)
                .stdin(std::process::Stdio::null())
                .stdout(out.try_clone().expect("log"))
                .stderr(out)
                .spawn()
                .expect("start python3 -m http.server")
        },
        |port| format!("Serving HTTP on 127.0.0.1 port {port} "),
    )
}
