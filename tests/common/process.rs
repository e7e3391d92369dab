//! Process helpers of the test servers (Radicale, Xandikos, the feed server), included by each of them as a child
//! module with `#[path]`, so that the benchmarks including a server's file get them too.

#![allow(dead_code)]

use std::process::Command;

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
