//! The same two-way sync against a second real server, Xandikos (tests/common/xandikos.rs): a campaign's event and
//! task out, another client's edit and a new event in, a deletion on each side, and a run with nothing to do.

mod common;
#[path = "common/xandikos.rs"]
mod xandikos;

use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;
use xandikos::Xandikos;

fn ok(db: &Path, args: &[&str]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_campaign-desk"))
        .arg("--db")
        .arg(db)
        .arg("--json")
        .args(args)
        .env_remove("CAMPAIGN_DESK_DB")
        .env("CAMPAIGN_DESK_CALDAV_PASSWORD", "unused")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent-test-bus")
        .stdin(Stdio::null())
        .output()
        .expect("run campaign-desk");
    assert!(out.status.success(), "campaign-desk {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("json")
}

fn counts(db: &Path) -> (u64, u64, u64, u64) {
    let r = ok(db, &["sync", "run"]);
    let n = |k: &str| r[k].as_u64().unwrap_or_else(|| panic!("{k} in {r}"));
    (n("pushed"), n("pulled"), n("deleted"), n("conflicts"))
}

fn href_of(db: &Path, uid: &str) -> String {
    let conn = rusqlite::Connection::open(db).expect("open db");
    conn.query_row("SELECT href FROM sync_items WHERE uid = ?1", [uid], |r| r.get(0)).expect("synced item")
}

#[test]
fn events_and_tasks_round_trip_with_xandikos() {
    let server = Xandikos::start();
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("x.sqlite3");
    let args = ["campaign", "add", "--title", "Alliance week", "--kind", "other", "--start", "2026-03-01"];
    ok(&db, &[&args[..], &["--end", "2026-03-31"]].concat());
    let event = ok(
        &db,
        &[
            "event",
            "add",
            "--campaign",
            "1",
            "--title",
            "Vigil",
            "--start",
            "2026-03-12T18:00",
            "--end",
            "2026-03-12T19:30",
        ],
    );
    let event_uid = event["uid"].as_str().expect("uid").to_string();
    ok(&db, &["task", "add", "--campaign", "1", "--title", "Book the hall", "--due", "2026-03-10"]);
    ok(&db, &["sync", "account", "add", "--url", &server.url(), "--user", "user"]);
    let link = ok(&db, &["sync", "link", "--campaign", "1", "--create", "Alliance week"]);
    let calendar = link["calendar_url"].as_str().expect("url").to_string();
    assert_eq!(counts(&db), (2, 0, 0, 0), "{}", server.log());
    assert_eq!(counts(&db), (0, 0, 0, 0), "nothing changed: nothing sent");

    // Another client's edit of our event, and a new event of its own.
    let href = href_of(&db, &event_uid);
    let (status, text) = server.http("GET", &href, &[], None);
    assert_eq!(status, 200, "{text}");
    let edited = text.replace("SUMMARY:Vigil", "SUMMARY:Vigil at the embassy");
    assert_eq!(server.http("PUT", &href, &["Content-Type: text/calendar"], Some(&edited)).0 / 100, 2);
    let theirs = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:theirs-1\r\n\
                  DTSTAMP:20260301T100000Z\r\nSUMMARY:Banner painting\r\nDTSTART;VALUE=DATE:20260314\r\nEND:VEVENT\r\n\
                  END:VCALENDAR\r\n";
    let path = calendar.split_once("://").expect("scheme").1;
    let theirs_href = format!("{}theirs-1.ics", &path[path.find('/').expect("path")..]);
    assert_eq!(server.http("PUT", &theirs_href, &["Content-Type: text/calendar"], Some(theirs)).0 / 100, 2);
    assert_eq!(counts(&db), (0, 2, 0, 0));
    let events = ok(&db, &["event", "list", "--campaign", "1"]);
    let titles: Vec<&str> = events.as_array().expect("list").iter().filter_map(|e| e["title"].as_str()).collect();
    assert!(titles.contains(&"Vigil at the embassy") && titles.contains(&"Banner painting"), "{titles:?}");
    assert_eq!(counts(&db), (0, 0, 0, 0), "taken in, not sent back");

    // Deleted there, gone here; deleted here, gone there.
    assert_eq!(server.http("DELETE", &theirs_href, &[], None).0 / 100, 2);
    assert_eq!(counts(&db), (0, 0, 1, 0));
    let id = events.as_array().expect("list").iter().find(|e| e["uid"] == event_uid.as_str()).expect("ours")["id"]
        .as_i64()
        .expect("id");
    ok(&db, &["event", "rm", &id.to_string()]);
    assert_eq!(counts(&db), (0, 0, 1, 0));
    assert_eq!(server.http("GET", &href, &[], None).0, 404);
    assert_eq!(counts(&db), (0, 0, 0, 0));
}
