//! "Copy diagnostics" in the app's About: the versions a bug report needs — the app, the web view that draws the
//! window, SQLite, the operating system — and nothing else. No path, user name, host name or data leaves with it,
//! so a coordinator can paste it into a public issue without a second look.

/// The text copied by "Copy diagnostics", one fact per line. `webview` is what the shell read from the platform
/// (WebKitGTK's version on Linux), or `None` when it could not tell.
pub fn report(webview: Option<&str>) -> String {
    [
        format!("Campaign Desk {}", crate::VERSION),
        format!("{}: {}", webview_name(), webview.unwrap_or("unknown")),
        format!("SQLite: {}", rusqlite::version()),
        format!("OS: {}", os_description()),
    ]
    .join("\n")
}

/// What draws the window on this platform (Tauri uses the system's web view).
fn webview_name() -> &'static str {
    match std::env::consts::OS {
        "linux" => "WebKitGTK",
        "macos" => "WKWebView",
        "windows" => "WebView2",
        _ => "Web view",
    }
}

/// The distribution's name and release where the system says it (`/etc/os-release`), then the OS family and the
/// processor architecture: "Debian GNU/Linux 12 (bookworm), linux x86_64".
fn os_description() -> String {
    let family = format!("{} {}", std::env::consts::OS, std::env::consts::ARCH);
    let release = ["/etc/os-release", "/usr/lib/os-release"]
        .iter()
        .find_map(|path| std::fs::read_to_string(path).ok())
        .and_then(|text| pretty_name(&text));
    match release {
        Some(name) => format!("{name}, {family}"),
        None => family,
    }
}

/// `PRETTY_NAME` of an os-release file, unquoted and cut to one short line (the file is the system's, but a
/// diagnostics line should never carry more than a name).
fn pretty_name(os_release: &str) -> Option<String> {
    let value = os_release.lines().find_map(|line| line.strip_prefix("PRETTY_NAME="))?;
    let value = value.trim().trim_matches(|c| c == '"' || c == '\'');
    let value: String = value.chars().filter(|c| !c.is_control()).take(80).collect();
    (!value.is_empty()).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_names_each_version_and_no_path() {
        let text = report(Some("2.50.1"));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4, "{text}");
        assert_eq!(lines[0], format!("Campaign Desk {}", crate::VERSION));
        assert!(lines[1].ends_with(": 2.50.1"), "{text}");
        assert_eq!(lines[2], format!("SQLite: {}", rusqlite::version()));
        assert!(lines[3].starts_with("OS: ") && lines[3].contains(std::env::consts::ARCH), "{text}");
        if let Some(home) = std::env::var("HOME").ok().filter(|h| h.len() > 1) {
            assert!(!text.contains(&home), "{text}");
        }
        assert!(report(None).contains(": unknown"));
    }

    #[test]
    fn pretty_name_is_read_unquoted() {
        let file = "NAME=\"Debian GNU/Linux\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n";
        assert_eq!(pretty_name(file).as_deref(), Some("Debian GNU/Linux 12 (bookworm)"));
        assert_eq!(pretty_name("ID=arch\n"), None);
        assert_eq!(pretty_name("PRETTY_NAME=\"\"\n"), None);
        assert_eq!(pretty_name(&format!("PRETTY_NAME={}\n", "x".repeat(500))).map(|s| s.len()), Some(80));
    }
}
