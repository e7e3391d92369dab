//! Two-way CalDAV sync against a real Radicale (tests/common/radicale.rs), through the real CLI. Another client's
//! edits are plain HTTP PUT/DELETE of iCalendar text (curl); what the server holds is read back by Python's
//! icalendar + recurring_ical_events (tests/ics/crosscheck.py) and compared with our own `event list`.

mod common;
#[path = "common/radicale.rs"]
mod radicale;

use std::path::Path;
use std::process::{Command, Stdio};

use common::{Cli, Run};
use radicale::Radicale;
use serde_json::Value;

/// Runs the CLI on `db` as `user` (password `<user>pw` from the environment, so no keyring is touched).
fn desk(db: &Path, user: &str, args: &[&str]) -> Run {
    desk_with(db, Some(&format!("{user}pw")), None, args)
}

fn desk_with(db: &Path, env_password: Option<&str>, stdin: Option<&str>, args: &[&str]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_campaign-desk"));
    cmd.arg("--db")
        .arg(db)
        .args(args)
        .env_remove("CAMPAIGN_DESK_DB")
        .env_remove("CAMPAIGN_DESK_CALDAV_PASSWORD")
        .env("XDG_DATA_HOME", "/nonexistent-test-data-home")
        // No session bus: the keyring is unavailable, as on a headless server.
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent-test-bus")
        .env_remove("DISPLAY")
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(p) = env_password {
        cmd.env("CAMPAIGN_DESK_CALDAV_PASSWORD", p);
    }
    let mut child = cmd.spawn().expect("run campaign-desk");
    if let Some(text) = stdin {
        use std::io::Write;
        child.stdin.take().expect("stdin").write_all(text.as_bytes()).expect("write stdin");
    }
    let out = child.wait_with_output().expect("wait");
    Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn ok(db: &Path, user: &str, args: &[&str]) -> Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let r = desk(db, user, &all);
    assert_eq!(r.status, 0, "campaign-desk {args:?} failed ({}): {}\n{}", r.status, r.stderr, r.stdout);
    r.json()
}

fn run_sync(db: &Path, user: &str) -> Value {
    ok(db, user, &["sync", "run"])
}

fn counts(report: &Value) -> (u64, u64, u64, u64) {
    let n = |k: &str| report[k].as_u64().unwrap_or_else(|| panic!("{k} in {report}"));
    (n("pushed"), n("pulled"), n("deleted"), n("conflicts"))
}

/// A campaign of a weekly series across Europe's daylight-saving change with one changed instance, a cancelled
/// instance, an all-day span and a one-off in Yangon (a zone with a half-hour offset).
fn campaign(db: &Path) -> (i64, Vec<i64>) {
    let c = ok(
        db,
        "alice",
        &[
            "campaign",
            "add",
            "--title",
            "Burma Solidarity Month",
            "--kind",
            "solidarity_month",
            "--start",
            "2026-03-01",
            "--end",
            "2026-04-30",
        ],
    );
    let _ = c;
    let campaign = ok(db, "alice", &["campaign", "list"]).as_array().expect("list")[0]["id"].as_i64().expect("id");
    let cid = campaign.to_string();
    let id = |v: Value| v["id"].as_i64().expect("id");
    let weekly = id(ok(
        db,
        "alice",
        &[
            "event",
            "add",
            "--campaign",
            &cid,
            "--title",
            "Weekly call",
            "--start",
            "2026-03-17T19:00",
            "--end",
            "2026-03-17T20:00",
            "--zone",
            "Europe/Berlin",
            "--rrule",
            "FREQ=WEEKLY;COUNT=5",
        ],
    ));
    ok(
        db,
        "alice",
        &["event", "edit", &weekly.to_string(), "--occurrence", "2026-03-24T19:00", "--title", "Special call"],
    );
    ok(
        db,
        "alice",
        &["event", "edit", &weekly.to_string(), "--occurrence", "2026-04-07T19:00", "--status", "cancelled"],
    );
    let span = id(ok(
        db,
        "alice",
        &[
            "event",
            "add",
            "--campaign",
            &cid,
            "--title",
            "Photo exhibition",
            "--all-day",
            "--date",
            "2026-03-20",
            "--end-date",
            "2026-03-22",
        ],
    ));
    let yangon = id(ok(
        db,
        "alice",
        &[
            "event",
            "add",
            "--campaign",
            &cid,
            "--title",
            "Vigil in Yangon",
            "--start",
            "2026-03-27T18:30",
            "--end",
            "2026-03-27T20:00",
            "--zone",
            "Asia/Yangon",
            "--description",
            "Bring candles; a line\nand another",
        ],
    ));
    (campaign, vec![weekly, span, yangon])
}

/// Adds alice's account and shares the campaign with a new calendar; returns the calendar's URL.
fn share(db: &Path, server: &Radicale, campaign: i64, user: &str) -> String {
    ok(db, user, &["sync", "account", "add", "--url", &server.url(), "--user", user]);
    let link =
        ok(db, user, &["sync", "link", "--campaign", &campaign.to_string(), "--create", "Burma Solidarity Month"]);
    link["calendar_url"].as_str().expect("url").to_string()
}

fn path_of(url: &str) -> String {
    let rest = url.split_once("://").expect("scheme").1;
    rest[rest.find('/').expect("path")..].to_string()
}

/// Each synced event's href on the server, by UID (from the sync state).
fn href_of(db: &Path, uid: &str) -> String {
    let conn = rusqlite::Connection::open(db).expect("open db");
    conn.query_row("SELECT href FROM sync_items WHERE uid = ?1", [uid], |r| r.get(0)).expect("synced item")
}

fn event(db: &Path, id: i64) -> Value {
    ok(db, "alice", &["event", "show", &id.to_string()])
}

fn uid(db: &Path, id: i64) -> String {
    event(db, id)["uid"].as_str().expect("uid").to_string()
}

/// Another client's edit: the item as the server has it, with one text replaced, PUT back.
fn edit_on_server(server: &Radicale, href: &str, from: &str, to: &str) {
    let (status, text) = server.http("alice", "GET", href, &[], None);
    assert_eq!(status, 200, "GET {href}: {text}");
    assert!(text.contains(from), "{from} not in {text}");
    let edited = text.replacen(from, to, 1);
    let (status, body) = server.http("alice", "PUT", href, &["Content-Type: text/calendar"], Some(&edited));
    assert!(status == 201 || status == 204, "PUT {href}: {status} {body}");
}

fn collection_text(server: &Radicale, collection: &str) -> String {
    let (status, text) = server.http("alice", "GET", collection, &[], None);
    assert_eq!(status, 200, "GET {collection}: {text}");
    text
}

#[test]
fn first_sync_is_read_back_by_python_with_the_same_occurrences_and_a_second_run_changes_nothing() {
    let server = Radicale::start();
    let cli = Cli::new();
    let (campaign, _) = campaign(&cli.db);
    let calendar = share(&cli.db, &server, campaign, "alice");
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (3, 0, 0, 0));
    // The first run's token is already past its own writes, so the next pull lists nothing (not all it sent).
    let token = || -> Option<String> {
        let conn = rusqlite::Connection::open(&cli.db).expect("open db");
        conn.query_row("SELECT sync_token FROM sync_links", [], |r| r.get(0)).expect("token")
    };
    let after_first = token();
    assert!(after_first.is_some());
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 0, 0));
    assert_eq!(token(), after_first, "the second run found changes since the first one's token");

    let dir = tempfile::tempdir().expect("tmp");
    let ics = dir.path().join("server.ics");
    std::fs::write(&ics, collection_text(&server, &path_of(&calendar))).expect("write");
    for zone in ["Europe/Berlin", "Asia/Yangon", "America/New_York"] {
        let ours = ok(
            &cli.db,
            "alice",
            &[
                "event",
                "list",
                "--campaign",
                &campaign.to_string(),
                "--from",
                "2026-03-01",
                "--to",
                "2026-05-01",
                "--tz",
                zone,
            ],
        );
        assert!(ours.as_array().expect("list").len() >= 7, "{ours}");
        let mine = dir.path().join("ours.json");
        std::fs::write(&mine, ours.to_string()).expect("write");
        let check = Command::new(radicale::python())
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ics/crosscheck.py"))
            .args([ics.as_os_str(), mine.as_os_str()])
            .args(["2026-03-01", "2026-05-01", zone])
            .output()
            .expect("run crosscheck.py");
        assert!(
            check.status.success(),
            "{zone}: {}{}",
            String::from_utf8_lossy(&check.stdout),
            String::from_utf8_lossy(&check.stderr)
        );
    }
    let status = ok(&cli.db, "alice", &["sync", "status"]);
    assert_eq!(status[0]["synced"], 3, "{status}");
    assert_eq!(status[0]["pending"], 0, "{status}");
    assert!(status[0]["last_synced"].is_string(), "{status}");
}

#[test]
fn edits_and_deletions_travel_both_ways_and_new_server_events_land_in_the_campaign() {
    let server = Radicale::start();
    let cli = Cli::new();
    let (campaign, ids) = campaign(&cli.db);
    let calendar = share(&cli.db, &server, campaign, "alice");
    run_sync(&cli.db, "alice");
    let (weekly, span, yangon) = (ids[0], ids[1], ids[2]);

    // Here → there.
    ok(&cli.db, "alice", &["event", "edit", &span.to_string(), "--title", "Photo exhibition (extended)"]);
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (1, 0, 0, 0));
    let (_, text) = server.http("alice", "GET", &href_of(&cli.db, &uid(&cli.db, span)), &[], None);
    assert!(text.contains("SUMMARY:Photo exhibition (extended)"), "{text}");

    // There → here: a changed title and a moved instance of the series.
    let href = href_of(&cli.db, &uid(&cli.db, weekly));
    edit_on_server(&server, &href, "SUMMARY:Weekly call", "SUMMARY:Weekly coordination call");
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 1, 0, 0));
    let e = event(&cli.db, weekly);
    assert_eq!(e["title"], "Weekly coordination call");
    assert_eq!(e["rrule"], "FREQ=WEEKLY;COUNT=5");
    let changes = e["changes"].as_array().expect("changes");
    assert_eq!(changes.len(), 2, "the changed and the cancelled instance came back: {e}");
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 0, 0), "nothing is sent back");

    // A new event made by another client (Thunderbird, a phone) arrives in the linked campaign.
    let new_item = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\n\
        BEGIN:VEVENT\r\nUID:from-thunderbird-1\r\nDTSTAMP:20260301T100000Z\r\nSUMMARY:Partners' briefing\r\n\
        SEQUENCE:2\r\nX-MOZ-GENERATION:3\r\n\
        DTSTART;TZID=Europe/Paris:20260402T150000\r\nDTEND;TZID=Europe/Paris:20260402T160000\r\n\
        BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER;VALUE=DURATION:-PT15M\r\nDESCRIPTION:x\r\nEND:VALARM\r\n\
        END:VEVENT\r\nEND:VCALENDAR\r\n";
    let new_href = format!("{}from-thunderbird-1.ics", path_of(&calendar));
    let (status, body) =
        server.http("alice", "PUT", &new_href, &["Content-Type: text/calendar", "If-None-Match: *"], Some(new_item));
    assert_eq!(status, 201, "{body}");
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 1, 0, 0));
    let listed = ok(&cli.db, "alice", &["event", "list", "--campaign", &campaign.to_string()]);
    let briefing = listed.as_array().expect("list").iter().find(|e| e["uid"] == "from-thunderbird-1").expect("arrived");
    assert_eq!(briefing["title"], "Partners' briefing");
    assert_eq!(briefing["zone"], "Europe/Paris");
    assert_eq!(briefing["campaign_id"], campaign);
    assert_eq!(briefing["sequence"], 2, "the server's SEQUENCE: {briefing}");
    assert_eq!(briefing["reminders"], serde_json::json!([15]), "{briefing}");
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 0, 0), "a pulled event is not pushed back");

    // Deleted here → deleted there.
    let yangon_href = href_of(&cli.db, &uid(&cli.db, yangon));
    ok(&cli.db, "alice", &["event", "rm", &yangon.to_string()]);
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 1, 0));
    assert_eq!(server.http("alice", "GET", &yangon_href, &[], None).0, 404);

    // Deleted there → deleted here.
    let (status, _) = server.http("alice", "DELETE", &new_href, &[], None);
    assert!(status == 200 || status == 204, "{status}");
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 1, 0));
    let listed = ok(&cli.db, "alice", &["event", "list", "--campaign", &campaign.to_string()]);
    assert!(!listed.as_array().expect("list").iter().any(|e| e["uid"] == "from-thunderbird-1"), "{listed}");
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 0, 0));
}

/// What Thunderbird writes for a meeting: attendees, an organiser, its own alarms and X-MOZ properties, on the
/// series and on a changed instance.
const THUNDERBIRD_MEETING: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n\
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\n\
BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n\
TZNAME:CET\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n\
BEGIN:VEVENT\r\nCREATED:20260301T090000Z\r\nLAST-MODIFIED:20260301T090000Z\r\nDTSTAMP:20260301T090000Z\r\n\
UID:tb-meeting-1\r\nSUMMARY:Partners' meeting\r\nORGANIZER;CN=Aung Lin:mailto:aung@example.org\r\n\
ATTENDEE;CN=Mya Thein;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CUTYPE=INDIVIDUAL:mailto:mya@example.org\r\n\
ATTENDEE;CN=Ko Ko;PARTSTAT=NEEDS-ACTION;ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:koko@example.org\r\n\
RRULE:FREQ=WEEKLY;COUNT=4\r\nX-MOZ-GENERATION:4\r\nX-MOZ-SEND-INVITATIONS:TRUE\r\nTRANSP:OPAQUE\r\n\
CLASS:PUBLIC\r\nDTSTART;TZID=Europe/Paris:20260402T150000\r\nDTEND;TZID=Europe/Paris:20260402T160000\r\n\
BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER;VALUE=DURATION:-PT15M\r\nDESCRIPTION:Default Mozilla Description\r\n\
X-MOZ-LASTACK:20260301T091500Z\r\nEND:VALARM\r\n\
BEGIN:VALARM\r\nACTION:EMAIL\r\nTRIGGER;VALUE=DATE-TIME:20260401T080000Z\r\nSUMMARY:Tomorrow\r\n\
DESCRIPTION:Partners' meeting tomorrow\r\nATTENDEE:mailto:aung@example.org\r\nEND:VALARM\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\nDTSTAMP:20260301T090000Z\r\nUID:tb-meeting-1\r\nSEQUENCE:1\r\n\
RECURRENCE-ID;TZID=Europe/Paris:20260409T150000\r\nSUMMARY:Partners' meeting (longer)\r\n\
ORGANIZER;CN=Aung Lin:mailto:aung@example.org\r\n\
ATTENDEE;CN=Mya Thein;PARTSTAT=DECLINED;ROLE=REQ-PARTICIPANT:mailto:mya@example.org\r\n\
X-MOZ-GENERATION:5\r\nDTSTART;TZID=Europe/Paris:20260409T150000\r\nDTEND;TZID=Europe/Paris:20260409T170000\r\n\
END:VEVENT\r\nEND:VCALENDAR\r\n";

/// The server's item as Python's icalendar reads it: per VEVENT (series first), its RECURRENCE-ID, SUMMARY,
/// LOCATION, ORGANIZER, attendees with PARTSTAT, alarms' triggers and X- property names.
fn python_view(text: &str) -> Value {
    let script = r#"
import json, sys
from icalendar import Calendar
out = []
for ev in Calendar.from_ical(sys.stdin.read()).walk("VEVENT"):
    atts = ev.get("ATTENDEE", [])
    atts = atts if isinstance(atts, list) else [atts]
    out.append({
        "rid": ev["RECURRENCE-ID"].to_ical().decode() if "RECURRENCE-ID" in ev else None,
        "summary": str(ev.get("SUMMARY")),
        "location": str(ev.get("LOCATION")) if "LOCATION" in ev else None,
        "organizer": str(ev.get("ORGANIZER")) if "ORGANIZER" in ev else None,
        "organizers": len([k for k, _ in ev.property_items(recursive=False) if k == "ORGANIZER"]),
        "attendees": sorted(f"{a}:{a.params.get('PARTSTAT')}" for a in atts),
        "alarms": sorted(a["TRIGGER"].to_ical().decode() for a in ev.walk("VALARM")),
        "lastack": [str(a["X-MOZ-LASTACK"].to_ical().decode()) for a in ev.walk("VALARM") if "X-MOZ-LASTACK" in a],
        "x": sorted(k for k in ev.keys() if k.startswith("X-")),
        "class": str(ev.get("CLASS")) if "CLASS" in ev else None,
    })
print(json.dumps(out))
"#;
    let mut child = Command::new(radicale::python())
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run python");
    use std::io::Write;
    child.stdin.take().expect("stdin").write_all(text.as_bytes()).expect("write");
    let out = child.wait_with_output().expect("python");
    assert!(out.status.success(), "icalendar: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("json")
}

#[test]
fn what_thunderbird_wrote_and_we_do_not_model_survives_our_edits() {
    let server = Radicale::start();
    let cli = Cli::new();
    let (campaign, _) = campaign(&cli.db);
    let calendar = share(&cli.db, &server, campaign, "alice");
    run_sync(&cli.db, "alice");
    let href = format!("{}tb-meeting-1.ics", path_of(&calendar));
    let (status, body) = server.http(
        "alice",
        "PUT",
        &href,
        &["Content-Type: text/calendar", "If-None-Match: *"],
        Some(THUNDERBIRD_MEETING),
    );
    assert_eq!(status, 201, "{body}");
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 1, 0, 0));
    let listed = ok(&cli.db, "alice", &["event", "list", "--campaign", &campaign.to_string()]);
    let id = listed.as_array().expect("list").iter().find(|e| e["uid"] == "tb-meeting-1").expect("arrived")["id"]
        .as_i64()
        .expect("id");
    let before = python_view(&server.http("alice", "GET", &href, &[], None).1);

    // Edited here: the series gets a place and a new title; the changed instance is untouched.
    ok(
        &cli.db,
        "alice",
        &["event", "edit", &id.to_string(), "--title", "Partners' meeting (all)", "--location", "Room 2"],
    );
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (1, 0, 0, 0));
    let (_, text) = server.http("alice", "GET", &href, &[], None);
    let after = python_view(&text);
    assert_eq!(after.as_array().expect("events").len(), 2, "{text}");
    let (series, instance) = (&after[0], &after[1]);
    assert_eq!(series["summary"], "Partners' meeting (all)", "our change: {text}");
    assert_eq!(series["location"], "Room 2");
    for key in ["attendees", "organizer", "alarms", "lastack", "x", "class"] {
        assert_eq!(series[key], before[0][key], "series {key}: {text}");
    }
    // (Our reminders are the series' and are written on each instance too, so the instance's alarms are ours.)
    for key in ["attendees", "organizer", "x"] {
        assert_eq!(instance[key], before[1][key], "instance {key}: {text}");
    }
    assert_eq!(series["organizers"], 1, "one ORGANIZER: {text}");
    assert_eq!(instance["summary"], "Partners' meeting (longer)");
    assert_eq!(
        series["attendees"],
        serde_json::json!(["mailto:koko@example.org:NEEDS-ACTION", "mailto:mya@example.org:ACCEPTED"])
    );
    assert_eq!(instance["attendees"], serde_json::json!(["mailto:mya@example.org:DECLINED"]));
    assert!(series["x"].as_array().expect("x").contains(&Value::from("X-MOZ-SEND-INVITATIONS")), "{series}");
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 0, 0), "nothing more to send");

    // Thunderbird again (Ko Ko accepts), then another edit here: the server's newest text is what is carried.
    edit_on_server(&server, &href, "PARTSTAT=NEEDS-ACTION", "PARTSTAT=ACCEPTED");
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 1, 0, 0));
    ok(&cli.db, "alice", &["event", "edit", &id.to_string(), "--location", "Room 3"]);
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (1, 0, 0, 0));
    let (_, text) = server.http("alice", "GET", &href, &[], None);
    let last = python_view(&text);
    assert_eq!(last[0]["location"], "Room 3");
    assert_eq!(
        last[0]["attendees"],
        serde_json::json!(["mailto:koko@example.org:ACCEPTED", "mailto:mya@example.org:ACCEPTED"]),
        "{text}"
    );
    assert_eq!(last[0]["alarms"], before[0]["alarms"]);
}

fn conflicts(db: &Path) -> Vec<Value> {
    ok(db, "alice", &["sync", "conflicts"]).as_array().expect("list").clone()
}

#[test]
fn both_sides_editing_is_a_conflict_that_keeps_both_and_is_resolved_either_way() {
    let server = Radicale::start();
    let cli = Cli::new();
    let (campaign, ids) = campaign(&cli.db);
    share(&cli.db, &server, campaign, "alice");
    run_sync(&cli.db, "alice");
    let (weekly, span, yangon) = (ids[0], ids[1], ids[2]);
    let (weekly_href, span_href) = (href_of(&cli.db, &uid(&cli.db, weekly)), href_of(&cli.db, &uid(&cli.db, span)));

    ok(&cli.db, "alice", &["event", "edit", &weekly.to_string(), "--title", "Weekly call (here)"]);
    edit_on_server(&server, &weekly_href, "SUMMARY:Weekly call", "SUMMARY:Weekly call (there)");
    ok(&cli.db, "alice", &["event", "edit", &span.to_string(), "--title", "Exhibition (here)"]);
    edit_on_server(&server, &span_href, "SUMMARY:Photo exhibition", "SUMMARY:Exhibition (there)");
    let r = run_sync(&cli.db, "alice");
    assert_eq!(counts(&r), (0, 0, 0, 2), "{r}");
    // Both versions kept: ours here, theirs on the server and in the conflict.
    assert_eq!(event(&cli.db, weekly)["title"], "Weekly call (here)");
    assert!(server.http("alice", "GET", &weekly_href, &[], None).1.contains("SUMMARY:Weekly call (there)"));
    let listed = conflicts(&cli.db);
    assert_eq!(listed.len(), 2, "{listed:?}");
    let c = listed.iter().find(|c| c["event_id"] == weekly).expect("weekly conflict");
    assert!(c["remote_ics"].as_str().expect("remote").contains("Weekly call (there)"), "{c}");
    assert_eq!(c["what"], "changed here and on the server");
    // A run while undecided changes neither side.
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 0, 0));
    assert_eq!(event(&cli.db, weekly)["title"], "Weekly call (here)");

    // Theirs for one, ours for the other.
    ok(&cli.db, "alice", &["sync", "resolve", &weekly.to_string(), "--keep", "remote"]);
    assert_eq!(event(&cli.db, weekly)["title"], "Weekly call (there)");
    ok(&cli.db, "alice", &["sync", "resolve", &span.to_string(), "--keep", "local"]);
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (1, 0, 0, 0));
    assert!(server.http("alice", "GET", &span_href, &[], None).1.contains("SUMMARY:Exhibition (here)"));
    assert!(conflicts(&cli.db).is_empty());
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 0, 0));

    // A deletion here against an edit there: a conflict; keeping the server's brings the event back.
    let yangon_uid = uid(&cli.db, yangon);
    let yangon_href = href_of(&cli.db, &yangon_uid);
    ok(&cli.db, "alice", &["event", "rm", &yangon.to_string()]);
    edit_on_server(&server, &yangon_href, "SUMMARY:Vigil in Yangon", "SUMMARY:Vigil in Yangon (moved indoors)");
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 0, 1));
    let c = conflicts(&cli.db);
    assert_eq!(c[0]["local_deleted"], true, "{c:?}");
    ok(&cli.db, "alice", &["sync", "resolve", &yangon.to_string(), "--keep", "remote"]);
    let back = ok(&cli.db, "alice", &["event", "list", "--campaign", &campaign.to_string()]);
    let back = back.as_array().expect("list").iter().find(|e| e["uid"] == yangon_uid.as_str()).expect("back").clone();
    assert_eq!(back["title"], "Vigil in Yangon (moved indoors)");
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 0, 0));

    // An edit here against a deletion there: keeping ours puts it back on the server.
    let span_uid = uid(&cli.db, span);
    ok(&cli.db, "alice", &["event", "edit", &span.to_string(), "--title", "Exhibition (final)"]);
    assert_eq!(server.http("alice", "DELETE", &span_href, &[], None).0 / 100, 2);
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 0, 1));
    assert_eq!(conflicts(&cli.db)[0]["remote_deleted"], true);
    ok(&cli.db, "alice", &["sync", "resolve", &span.to_string(), "--keep", "local"]);
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (1, 0, 0, 0));
    assert!(server.http("alice", "GET", &href_of(&cli.db, &span_uid), &[], None).1.contains("Exhibition (final)"));
}

#[test]
fn a_read_only_partner_keeps_local_changes_and_is_told_why() {
    let server = Radicale::start();
    let alice = Cli::new();
    let (campaign, _) = campaign(&alice.db);
    let calendar = share(&alice.db, &server, campaign, "alice");
    run_sync(&alice.db, "alice");

    // Bob, on his own laptop, may only read alice's calendar.
    let bob = Cli::new();
    ok(
        &bob.db,
        "bob",
        &[
            "campaign",
            "add",
            "--title",
            "Burma (from Alice)",
            "--kind",
            "other",
            "--start",
            "2026-03-01",
            "--end",
            "2026-04-30",
        ],
    );
    ok(&bob.db, "bob", &["sync", "account", "add", "--url", &server.url(), "--user", "bob"]);
    ok(&bob.db, "bob", &["sync", "link", "--campaign", "1", "--calendar", &calendar]);
    assert_eq!(counts(&run_sync(&bob.db, "bob")), (0, 3, 0, 0));
    let events = ok(&bob.db, "bob", &["event", "list", "--campaign", "1"]);
    let first = events.as_array().expect("list")[0]["id"].as_i64().expect("id");
    ok(&bob.db, "bob", &["event", "edit", &first.to_string(), "--title", "Bob's idea"]);
    let r = desk(&bob.db, "bob", &["--json", "sync", "run"]);
    assert_eq!(r.status, 2, "{}", r.stderr);
    let report = r.json();
    assert_eq!(counts(&report), (0, 0, 0, 0));
    let why = report["errors"][0].as_str().expect("error");
    assert!(why.contains("read-only") && why.contains("403") && why.contains("kept here"), "{why}");
    assert_eq!(ok(&bob.db, "bob", &["event", "show", &first.to_string()])["title"], "Bob's idea");
    let status = ok(&bob.db, "bob", &["sync", "status"]);
    assert_eq!(status[0]["pending"], 1, "{status}");
    // Listed as a refused change with a way to undo it, not as the link's last problem.
    assert!(status[0]["last_error"].is_null(), "{status}");
    // Alice's calendar is as she left it.
    assert!(!collection_text(&server, &path_of(&calendar)).contains("Bob's idea"));

    // The refusal is listed with the way to undo it, and undoing puts the server's version back here.
    let refused = &status[0]["refused"];
    assert_eq!(refused.as_array().expect("refused").len(), 1, "{status}");
    assert_eq!(refused[0]["event_id"], first);
    assert_eq!(refused[0]["change"], "edited");
    let said = desk(&bob.db, "bob", &["sync", "conflicts"]);
    assert!(said.stdout.contains(&format!("sync revert {first}")), "{}", said.stdout);
    let original = events.as_array().expect("list")[0]["title"].clone();
    assert_eq!(ok(&bob.db, "bob", &["sync", "revert", &first.to_string()])["restored"]["event_id"], first);
    assert_eq!(ok(&bob.db, "bob", &["event", "show", &first.to_string()])["title"], original);
    assert_eq!(counts(&run_sync(&bob.db, "bob")), (0, 0, 0, 0));
    let status = ok(&bob.db, "bob", &["sync", "status"]);
    assert_eq!((status[0]["pending"].as_u64(), status[0]["refused"].as_array().map(Vec::len)), (Some(0), Some(0)));
    let again = desk(&bob.db, "bob", &["sync", "revert", &first.to_string()]);
    assert_eq!(again.status, 2, "nothing left to undo: {}", again.stderr);
    assert!(again.stderr.contains("nothing to undo"), "{}", again.stderr);

    // A new event and a deletion, both refused, both undone: the new one goes, the deleted one comes back.
    let second = events.as_array().expect("list")[1].clone();
    let second_id = second["id"].as_i64().expect("id");
    ok(&bob.db, "bob", &["event", "rm", &second_id.to_string()]);
    let new = ok(
        &bob.db,
        "bob",
        &[
            "event",
            "add",
            "--campaign",
            "1",
            "--title",
            "Bob's own",
            "--start",
            "2026-03-05T10:00",
            "--end",
            "2026-03-05T11:00",
        ],
    )["id"]
        .as_i64()
        .expect("id");
    let r = desk(&bob.db, "bob", &["--json", "sync", "run"]);
    assert_eq!((r.status, r.json()["errors"].as_array().map(Vec::len)), (2, Some(2)), "{}", r.stdout);
    let status = ok(&bob.db, "bob", &["sync", "status"]);
    let changes: Vec<&str> = status[0]["refused"]
        .as_array()
        .expect("refused")
        .iter()
        .map(|r| r["change"].as_str().expect("change"))
        .collect();
    assert_eq!(changes.len(), 2, "{status}");
    assert!(changes.contains(&"new") && changes.contains(&"deleted"), "{status}");
    assert_eq!(ok(&bob.db, "bob", &["sync", "revert", &new.to_string()]), "removed");
    let gone = desk(&bob.db, "bob", &["event", "show", &new.to_string()]);
    assert_eq!(gone.status, 2, "the new event is gone: {} {}", gone.stdout, gone.stderr);
    let back = ok(&bob.db, "bob", &["sync", "revert", &second_id.to_string()])["restored"]["event_id"]
        .as_i64()
        .expect("restored");
    assert_eq!(ok(&bob.db, "bob", &["event", "show", &back.to_string()])["title"], second["title"]);
    assert_eq!(counts(&run_sync(&bob.db, "bob")), (0, 0, 0, 0));
    assert_eq!(ok(&bob.db, "bob", &["event", "list", "--campaign", "1"]).as_array().map(Vec::len), Some(3));
}

#[test]
fn wrong_password_unknown_calendar_and_unreachable_server_are_exit_2_with_a_clear_message() {
    let server = Radicale::start();
    let cli = Cli::new();
    let r = desk_with(
        &cli.db,
        None,
        Some("not-the-password\n"),
        &["sync", "account", "add", "--url", &server.url(), "--user", "alice", "--password-stdin"],
    );
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(r.stderr.contains("refused the user name or password (401)"), "{}", r.stderr);
    assert!(!r.stderr.contains("not-the-password"), "the password is never printed: {}", r.stderr);
    assert_eq!(ok(&cli.db, "alice", &["sync", "account", "list"]), serde_json::json!([]), "nothing was added");

    // The right password on standard input; with no keyring it serves this run only, and the message says so.
    let r = desk_with(
        &cli.db,
        None,
        Some("alicepw\n"),
        &["--json", "sync", "account", "add", "--url", &server.url(), "--user", "alice", "--password-stdin"],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let added = r.json();
    assert_eq!(added["password_saved"], false);
    assert!(added["note"].as_str().expect("note").contains("this run only"), "{added}");
    assert!(!r.stdout.contains("alicepw") && !r.stderr.contains("alicepw"));
    // Nothing in the database holds it.
    let bytes = std::fs::read(&cli.db).expect("db");
    assert!(!bytes.windows(7).any(|w| w == b"alicepw"));

    // Later runs without a password say where to give one.
    ok(
        &cli.db,
        "alice",
        &["campaign", "add", "--title", "C", "--kind", "other", "--start", "2026-03-01", "--end", "2026-04-30"],
    );
    let r = desk_with(&cli.db, None, None, &["sync", "link", "--campaign", "1", "--create", "C"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("CAMPAIGN_DESK_CALDAV_PASSWORD"), "{}", r.stderr);

    let r = desk(
        &cli.db,
        "alice",
        &["sync", "link", "--campaign", "1", "--calendar", &format!("{}alice/nope/", server.url())],
    );
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(r.stderr.contains("not a calendar this account can see"), "{}", r.stderr);

    ok(&cli.db, "alice", &["sync", "link", "--campaign", "1", "--create", "C"]);
    let r = desk_with(&cli.db, None, Some("alicepw\n"), &["--json", "sync", "run", "--password-stdin"]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    // One calendar, one campaign: two would each take in the other's events.
    let shared = ok(&cli.db, "alice", &["sync", "status"])[0]["calendar_url"].as_str().expect("url").to_string();
    ok(
        &cli.db,
        "alice",
        &["campaign", "add", "--title", "D", "--kind", "other", "--start", "2026-03-01", "--end", "2026-04-30"],
    );
    let r = desk(&cli.db, "alice", &["sync", "link", "--campaign", "2", "--calendar", &shared]);
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(r.stderr.contains("already shared with campaign 1"), "{}", r.stderr);
    let r = desk_with(&cli.db, Some("wrong"), None, &["sync", "run"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("401"), "{}", r.stderr);

    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("port").local_addr().expect("addr").port();
    let r = desk(
        &cli.db,
        "alice",
        &["sync", "account", "add", "--url", &format!("http://127.0.0.1:{closed}/"), "--user", "alice"],
    );
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(r.stderr.contains(&format!("cannot reach http://127.0.0.1:{closed}")), "{}", r.stderr);

    let with_password = format!("http://alice:alicepw@127.0.0.1:{}/", server.port);
    let r = desk(&cli.db, "alice", &["sync", "account", "add", "--url", &with_password, "--user", "alice"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("not in the address"), "{}", r.stderr);

    let r = desk(&cli.db, "alice", &["sync", "account", "add", "--url", "ftp://example.org/", "--user", "alice"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("is not a server address"), "{}", r.stderr);
}

#[test]
fn the_server_stopped_mid_way_loses_nothing_and_the_next_run_completes() {
    let mut server = Radicale::start();
    let cli = Cli::new();
    let (campaign, ids) = campaign(&cli.db);
    share(&cli.db, &server, campaign, "alice");
    run_sync(&cli.db, "alice");
    ok(&cli.db, "alice", &["event", "edit", &ids[1].to_string(), "--title", "Offline edit"]);
    server.stop();
    let r = desk(&cli.db, "alice", &["sync", "run"]);
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(r.stderr.contains(&format!("127.0.0.1:{}", server.port)), "the address is named: {}", r.stderr);
    assert_eq!(ok(&cli.db, "alice", &["sync", "status"])[0]["pending"], 1);
    server.resume();
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (1, 0, 0, 0));
    assert_eq!(ok(&cli.db, "alice", &["sync", "status"])[0]["pending"], 0);
}

#[test]
fn an_invalid_sync_token_means_a_full_resync_without_duplicates() {
    let server = Radicale::start();
    let cli = Cli::new();
    let (campaign, _) = campaign(&cli.db);
    let calendar = share(&cli.db, &server, campaign, "alice");
    run_sync(&cli.db, "alice");
    let conn = rusqlite::Connection::open(&cli.db).expect("db");
    let token: Option<String> = conn.query_row("SELECT sync_token FROM sync_links", [], |r| r.get(0)).expect("token");
    assert!(token.is_some(), "Radicale gives sync tokens");
    conn.execute("UPDATE sync_links SET sync_token = 'http://radicale.org/ns/sync/0000000000000000'", []).expect("set");
    drop(conn);
    let item = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:added-meanwhile\r\n\
        DTSTAMP:20260301T100000Z\r\nSUMMARY:Added meanwhile\r\nDTSTART;VALUE=DATE:20260325\r\nEND:VEVENT\r\n\
        END:VCALENDAR\r\n";
    let href = format!("{}added-meanwhile.ics", path_of(&calendar));
    assert_eq!(server.http("alice", "PUT", &href, &["Content-Type: text/calendar"], Some(item)).0, 201);
    // A task written by another client: it comes in too, once, and stays on the server.
    let todo = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VTODO\r\nUID:a-task\r\n\
        DTSTAMP:20260301T100000Z\r\nSUMMARY:Print banners\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";
    let todo_href = format!("{}a-task.ics", path_of(&calendar));
    assert_eq!(server.http("alice", "PUT", &todo_href, &["Content-Type: text/calendar"], Some(todo)).0, 201);
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 2, 0, 0));
    assert_eq!(server.http("alice", "GET", &todo_href, &[], None).0, 200);
    let tasks = tasks(&cli.db, campaign);
    assert_eq!(tasks.len(), 1, "{tasks:?}");
    assert_eq!((tasks[0]["uid"].as_str(), tasks[0]["title"].as_str()), (Some("a-task"), Some("Print banners")));
    let events = ok(&cli.db, "alice", &["event", "list", "--campaign", &campaign.to_string()]);
    assert_eq!(events.as_array().expect("list").len(), 4, "{events}");
    assert_eq!(collection_text(&server, &path_of(&calendar)).matches("BEGIN:VEVENT").count(), 4 + 2);
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 0, 0));
}

#[test]
fn twenty_round_trips_with_edits_on_alternate_sides_do_not_drift() {
    let server = Radicale::start();
    let cli = Cli::new();
    let (campaign, ids) = campaign(&cli.db);
    let calendar = share(&cli.db, &server, campaign, "alice");
    run_sync(&cli.db, "alice");
    let (weekly, span, yangon) = (ids[0], ids[1], ids[2]);
    let untouched = |db: &Path| (event(db, weekly), event(db, yangon));
    let before_here = untouched(&cli.db);
    let text_of = |id: i64| server.http("alice", "GET", &href_of(&cli.db, &uid(&cli.db, id)), &[], None).1;
    let before_there = (text_of(weekly), text_of(yangon));
    let span_href = href_of(&cli.db, &uid(&cli.db, span));
    for round in 0..20 {
        let title = format!("Exhibition round {round}");
        let current = event(&cli.db, span)["title"].as_str().expect("title").to_string();
        if round % 2 == 0 {
            ok(&cli.db, "alice", &["event", "edit", &span.to_string(), "--title", &title]);
            assert_eq!(counts(&run_sync(&cli.db, "alice")), (1, 0, 0, 0), "round {round}");
        } else {
            edit_on_server(&server, &span_href, &format!("SUMMARY:{current}"), &format!("SUMMARY:{title}"));
            assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 1, 0, 0), "round {round}");
            assert_eq!(event(&cli.db, span)["title"], title.as_str());
        }
        assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 0, 0), "round {round}: settled");
    }
    assert_eq!(untouched(&cli.db), before_here, "SEQUENCE, times and texts of untouched events unchanged here");
    assert_eq!((text_of(weekly), text_of(yangon)), before_there, "untouched items unchanged on the server");
    assert_eq!(collection_text(&server, &path_of(&calendar)).matches("UID:").count(), 3 + 2);
}

#[test]
fn a_certificate_the_system_does_not_trust_is_refused_with_a_clear_message() {
    let server = Radicale::start_tls();
    let cli = Cli::new();
    let r = desk(&cli.db, "alice", &["sync", "account", "add", "--url", &server.url(), "--user", "alice"]);
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!("the certificate of https://127.0.0.1:{} was not accepted", server.port)),
        "{}",
        r.stderr
    );
    assert_eq!(ok(&cli.db, "alice", &["sync", "account", "list"]), serde_json::json!([]), "nothing was added");
}

#[test]
fn with_a_keyring_the_password_is_saved_there_used_by_later_runs_and_removed_with_the_account() {
    for tool in ["dbus-run-session", "gnome-keyring-daemon", "secret-tool"] {
        let found = Command::new("which").arg(tool).output().expect("which");
        assert!(found.status.success(), "{tool} is missing: run scripts/setup.sh (dbus-daemon, gnome-keyring)");
    }
    let server = Radicale::start();
    let cli = Cli::new();
    ok(
        &cli.db,
        "alice",
        &["campaign", "add", "--title", "K", "--kind", "other", "--start", "2026-03-01", "--end", "2026-03-31"],
    );
    ok(&cli.db, "alice", &["event", "add", "--campaign", "1", "--title", "Call", "--all-day", "--date", "2026-03-05"]);
    // A private session bus with an unlocked Secret Service, as a desktop has; its keyring files live in `home`.
    let home = tempfile::tempdir().expect("home");
    let script = r#"set -e
echo -n unlock | gnome-keyring-daemon --unlock --components=secrets > /dev/null
echo alicepw | "$CD" --db "$DB" --json sync account add --url "$URL" --user alice --password-stdin > "$HOME/add.json"
"$CD" --db "$DB" --json sync link --campaign 1 --create K > /dev/null
"$CD" --db "$DB" --json sync run > "$HOME/run.json"
secret-tool search service campaign-desk-caldav > "$HOME/found.txt" 2>&1 || true
"$CD" --db "$DB" sync account rm 1
secret-tool search service campaign-desk-caldav > "$HOME/after.txt" 2>&1 || true
"#;
    let out = Command::new("timeout")
        .args(["120", "dbus-run-session", "--", "bash", "-c", script])
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("CD", env!("CARGO_BIN_EXE_campaign-desk"))
        .env("DB", &cli.db)
        .env("URL", server.url())
        .env_remove("CAMPAIGN_DESK_CALDAV_PASSWORD")
        .env_remove("CAMPAIGN_DESK_DB")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .output()
        .expect("run dbus-run-session");
    let read = |name: &str| std::fs::read_to_string(home.path().join(name)).unwrap_or_default();
    assert!(out.status.success(), "{}\n{}", String::from_utf8_lossy(&out.stderr), read("add.json"));
    let added: Value = serde_json::from_str(&read("add.json")).expect("add.json");
    assert_eq!(added["password_saved"], true, "{added}");
    let run: Value = serde_json::from_str(&read("run.json")).expect("run.json");
    assert_eq!(counts(&run), (1, 0, 0, 0), "the later run found the password in the keyring");
    assert!(read("found.txt").contains(&format!("alice@{}", server.url())), "{}", read("found.txt"));
    assert!(!read("after.txt").contains("alice@"), "removed with the account: {}", read("after.txt"));
    let bytes = std::fs::read(&cli.db).expect("db");
    assert!(!bytes.windows(7).any(|w| w == b"alicepw"), "never in the database");
}

/// The fields a second laptop must see exactly as the first wrote them.
fn essence(e: &Value) -> Value {
    let keys = [
        "uid",
        "title",
        "all_day",
        "start",
        "end",
        "zone",
        "rrule",
        "exdates",
        "rdates",
        "description",
        "location",
        "online_url",
        "registration_url",
        "status",
        "mode",
        "reminders",
        "changes",
        "sequence",
    ];
    Value::Object(keys.iter().map(|k| (k.to_string(), e[*k].clone())).collect())
}

#[test]
fn the_demo_campaigns_go_to_four_calendars_and_a_second_laptop_reads_them_back_as_they_were() {
    let server = Radicale::start();
    let first = Cli::new();
    ok(&first.db, "alice", &["demo"]);
    ok(&first.db, "alice", &["sync", "account", "add", "--url", &server.url(), "--user", "alice"]);
    let campaigns = ok(&first.db, "alice", &["campaign", "list"]);
    let campaigns = campaigns.as_array().expect("campaigns");
    assert_eq!(campaigns.len(), 4);
    let mut urls = Vec::new();
    for c in campaigns {
        let id = c["id"].as_i64().expect("id").to_string();
        let link =
            ok(&first.db, "alice", &["sync", "link", "--campaign", &id, "--create", c["title"].as_str().expect("t")]);
        urls.push((
            id,
            c["zone"].as_str().expect("zone").to_string(),
            link["calendar_url"].as_str().expect("u").to_string(),
        ));
    }
    let in_campaigns = ok(&first.db, "alice", &["event", "list"])
        .as_array()
        .expect("events")
        .iter()
        .filter(|e| e["campaign_id"].is_i64())
        .count() as u64;
    assert_eq!(counts(&run_sync(&first.db, "alice")), (in_campaigns, 0, 0, 0));
    assert_eq!(counts(&run_sync(&first.db, "alice")), (0, 0, 0, 0));

    // What the server holds, read by Python, gives each campaign's occurrences of a year.
    let dir = tempfile::tempdir().expect("tmp");
    for (id, zone, url) in &urls {
        let ics = dir.path().join(format!("{id}.ics"));
        std::fs::write(&ics, collection_text(&server, &path_of(url))).expect("write");
        let ours = ok(
            &first.db,
            "alice",
            &["event", "list", "--campaign", id, "--from", "2025-01-01", "--to", "2026-01-01", "--tz", zone],
        );
        let mine = dir.path().join(format!("{id}.json"));
        std::fs::write(&mine, ours.to_string()).expect("write");
        let check = Command::new(radicale::python())
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ics/crosscheck.py"))
            .args([ics.as_os_str(), mine.as_os_str()])
            .args(["2025-01-01", "2026-01-01", zone])
            .output()
            .expect("run crosscheck.py");
        assert!(check.status.success(), "campaign {id}: {}", String::from_utf8_lossy(&check.stdout));
    }

    // A partner's laptop with the same campaigns (made by hand) takes every event in as it was written.
    let second = Cli::new();
    ok(&second.db, "alice", &["sync", "account", "add", "--url", &server.url(), "--user", "alice"]);
    for (i, (_, zone, url)) in urls.iter().enumerate() {
        let title = format!("Shared {i}");
        ok(
            &second.db,
            "alice",
            &[
                "campaign",
                "add",
                "--title",
                &title,
                "--kind",
                "other",
                "--start",
                "2025-01-01",
                "--end",
                "2025-12-31",
                "--zone",
                zone,
            ],
        );
        ok(&second.db, "alice", &["sync", "link", "--campaign", &(i + 1).to_string(), "--calendar", url]);
    }
    assert_eq!(counts(&run_sync(&second.db, "alice")), (0, in_campaigns, 0, 0));
    assert_eq!(counts(&run_sync(&second.db, "alice")), (0, 0, 0, 0), "nothing taken in is sent back");
    let by_uid = |db: &Path| -> std::collections::BTreeMap<String, Value> {
        ok(db, "alice", &["event", "list"])
            .as_array()
            .expect("events")
            .iter()
            .filter(|e| e["campaign_id"].is_i64())
            .map(|e| (e["uid"].as_str().expect("uid").to_string(), essence(e)))
            .collect()
    };
    assert_eq!(by_uid(&second.db), by_uid(&first.db));
    assert_eq!(counts(&run_sync(&first.db, "alice")), (0, 0, 0, 0), "and the first laptop sees no change");
}

/// What the app builds on (src-tauri/src/commands/sync.rs): a login tested without adding anything, an account
/// whose password serves this session only (nothing saved anywhere), and a conflict read into both versions field
/// by field for the window's side-by-side view — a deletion here shown as no local version.
#[test]
fn the_apps_login_test_session_account_and_conflict_view_work_against_radicale() {
    use campaign_desk::sync::{self, Source};
    let server = Radicale::start();
    let cli = Cli::new();
    let (campaign, ids) = campaign(&cli.db);
    let calendar = share(&cli.db, &server, campaign, "alice");
    run_sync(&cli.db, "alice");

    let refused = sync::test_login(&server.url(), "alice", "wrong").expect_err("a wrong password");
    assert!(refused.to_string().contains("(401)"), "{refused}");
    let seen = sync::test_login(&server.url(), "alice", "alicepw").expect("login");
    assert!(seen.iter().any(|c| c.url == calendar), "{seen:?} lacks {calendar}");
    let empty = sync::test_login(&server.url(), "alice", "").expect_err("no password");
    assert!(empty.to_string().contains("password"), "{empty}");

    let mut store = campaign_desk::Store::open(&cli.db).expect("open");
    let added = sync::add_account_for_session(&mut store, &server.url(), "bob", "bobpw").expect("bob for the session");
    assert!(!added.password_saved, "{added:?}");
    let bob = added.account;
    let given = Some(("bobpw".to_string(), Source::Session));
    sync::calendars_with(&bob, given).expect("bob's calendars with the session's password");
    let schema: String = rusqlite::Connection::open(&cli.db)
        .expect("open")
        .query_row("SELECT group_concat(sql, ' ') FROM sqlite_master", [], |r| r.get(0))
        .expect("schema");
    assert!(!schema.to_lowercase().contains("password"), "a column for passwords: {schema}");

    let (weekly, yangon) = (ids[0], ids[2]);
    let weekly_href = href_of(&cli.db, &uid(&cli.db, weekly));
    let yangon_href = href_of(&cli.db, &uid(&cli.db, yangon));
    ok(&cli.db, "alice", &["event", "edit", &weekly.to_string(), "--title", "Weekly call (here)"]);
    edit_on_server(&server, &weekly_href, "SUMMARY:Weekly call", "SUMMARY:Weekly call (there)");
    ok(&cli.db, "alice", &["event", "rm", &yangon.to_string()]);
    edit_on_server(&server, &yangon_href, "SUMMARY:Vigil in Yangon", "SUMMARY:Vigil in Yangon (moved indoors)");
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 0, 2));

    let store = campaign_desk::Store::open(&cli.db).expect("open");
    let views = sync::conflict_views(&store).expect("conflicts");
    assert_eq!(views.len(), 2, "{views:?}");
    let w = views.iter().find(|v| v.event_id == Some(weekly)).expect("weekly");
    let (mine, theirs) = (w.local.as_ref().expect("ours"), w.remote.as_ref().expect("theirs"));
    assert_eq!((mine.title.as_str(), theirs.title.as_str()), ("Weekly call (here)", "Weekly call (there)"));
    assert_eq!((&mine.start, &mine.zone, &mine.rrule), (&theirs.start, &theirs.zone, &theirs.rrule));
    assert!(mine.rrule.is_some() && w.remote_problem.is_none() && w.campaign_id == campaign, "{w:?}");
    let y = views.iter().find(|v| v.local.is_none()).expect("the deletion here");
    assert_eq!(y.remote.as_ref().expect("theirs").title, "Vigil in Yangon (moved indoors)");
    assert_eq!(y.remote.as_ref().expect("theirs").description.as_deref(), Some("Bring candles; a line\nand another"));

    // Resolved through the item id the window uses.
    let mut store = store;
    let c = sync::conflict_of_item(&store, y.item_id).expect("by item");
    sync::resolve(&mut store, &c, sync::Keep::Remote).expect("keep theirs");
    let gone = sync::conflict_of_item(&store, y.item_id).expect_err("resolved");
    assert!(gone.to_string().contains("already resolved"), "{gone}");
}

fn tasks(db: &Path, campaign: i64) -> Vec<Value> {
    ok(db, "alice", &["task", "list", "--campaign", &campaign.to_string()]).as_array().expect("tasks").clone()
}

fn task_named(db: &Path, campaign: i64, title: &str) -> Option<Value> {
    tasks(db, campaign).into_iter().find(|t| t["title"] == title)
}

#[test]
fn tasks_go_out_come_back_ticked_off_elsewhere_deleted_either_side_and_conflict_like_events() {
    let server = Radicale::start();
    let cli = Cli::new();
    let (campaign, ids) = campaign(&cli.db);
    let c = campaign.to_string();
    let add = |title: &str, due: &[&str]| {
        let mut args = vec!["task", "add", "--campaign", &c, "--title", title];
        args.extend_from_slice(due);
        ok(&cli.db, "alice", &args)["id"].as_i64().expect("task id")
    };
    let hall = add("Book the hall", &["--due", "2026-03-10"]);
    let flyers = add("Print flyers", &[]);
    let collection = path_of(&share(&cli.db, &server, campaign, "alice"));
    let r = run_sync(&cli.db, "alice");
    assert_eq!(counts(&r), (ids.len() as u64 + 2, 0, 0, 0), "{r}");
    let task_uid =
        |title: &str| task_named(&cli.db, campaign, title).expect(title)["uid"].as_str().expect("uid").to_string();
    let hall_href = href_of(&cli.db, &task_uid("Book the hall"));
    let (_, text) = server.http("alice", "GET", &hall_href, &[], None);
    assert!(
        text.contains("BEGIN:VTODO")
            && text.contains("SUMMARY:Book the hall")
            && text.contains("DUE;VALUE=DATE:20260310"),
        "{text}"
    );
    assert!(!text.contains("BEGIN:VEVENT") && !text.contains("METHOD:"), "{text}");
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 0, 0), "nothing changed: nothing sent");

    // Ticked off in Thunderbird: its PUT of our item, edited, with its own lines and an alarm.
    edit_on_server(
        &server,
        &hall_href,
        "STATUS:NEEDS-ACTION",
        "STATUS:COMPLETED\r\nCOMPLETED:20260305T083000Z\r\nPERCENT-COMPLETE:100\r\nX-MOZ-GENERATION:2\r\n\
         BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Reminder\r\nTRIGGER:-PT15M\r\nEND:VALARM",
    );
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 1, 0, 0));
    let t = task_named(&cli.db, campaign, "Book the hall").expect("still here");
    assert_eq!(t["done_at"], "2026-03-05T08:30:00Z", "{t}");
    assert_eq!(t["due_date"], "2026-03-10");
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 0, 0), "taken in, not sent back");

    // A task created in another client lands in the campaign.
    let todo = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\n\
                BEGIN:VTODO\r\nUID:tb-task-1\r\nDTSTAMP:20260301T090000Z\r\nSUMMARY:Call the embassy\r\n\
                DUE;VALUE=DATE:20260312\r\nSTATUS:NEEDS-ACTION\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";
    let new_href = format!("{collection}tb-task-1.ics");
    let (status, _) = server.http("alice", "PUT", &new_href, &["Content-Type: text/calendar"], Some(todo));
    assert_eq!(status / 100, 2);
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 1, 0, 0));
    let embassy = task_named(&cli.db, campaign, "Call the embassy").expect("arrived");
    assert_eq!((embassy["uid"].as_str(), embassy["due_date"].as_str()), (Some("tb-task-1"), Some("2026-03-12")));

    // Ticked off here: the server's copy says so.
    ok(&cli.db, "alice", &["task", "done", &flyers.to_string()]);
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (1, 0, 0, 0));
    let flyers_href = href_of(&cli.db, &task_uid("Print flyers"));
    let (_, text) = server.http("alice", "GET", &flyers_href, &[], None);
    assert!(text.contains("STATUS:COMPLETED") && text.contains("COMPLETED:"), "{text}");

    // Deleted on the server: gone here; deleted here: gone there.
    assert_eq!(server.http("alice", "DELETE", &new_href, &[], None).0 / 100, 2);
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 1, 0));
    assert!(task_named(&cli.db, campaign, "Call the embassy").is_none());
    ok(&cli.db, "alice", &["task", "rm", &hall.to_string()]);
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 1, 0));
    assert_eq!(server.http("alice", "GET", &hall_href, &[], None).0, 404);

    // Both sides changed a task: both kept, a person decides.
    ok(&cli.db, "alice", &["task", "done", &flyers.to_string(), "--undo"]);
    edit_on_server(&server, &flyers_href, "SUMMARY:Print flyers", "SUMMARY:Print 500 flyers");
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 0, 1));
    let listed = conflicts(&cli.db);
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0]["task_id"], flyers, "{listed:?}");
    assert!(listed[0]["event_id"].is_null());
    let t = task_named(&cli.db, campaign, "Print flyers").expect("ours stays");
    assert!(t["done_at"].is_null(), "{t}");
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 0, 0), "undecided: neither side touched");
    assert!(server.http("alice", "GET", &flyers_href, &[], None).1.contains("SUMMARY:Print 500 flyers"));
    // An event's id is not a task's.
    let wrong = desk(&cli.db, "alice", &["sync", "resolve", &flyers.to_string(), "--keep", "remote"]);
    assert_eq!(wrong.status, 2, "{}", wrong.stderr);
    ok(&cli.db, "alice", &["sync", "resolve", &flyers.to_string(), "--task", "--keep", "remote"]);
    let t = task_named(&cli.db, campaign, "Print 500 flyers").expect("theirs kept");
    assert!(t["done_at"].is_string(), "the server's copy was done: {t}");
    assert_eq!(t["id"], flyers, "the same task");
    assert!(conflicts(&cli.db).is_empty());
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 0, 0));

    // Ours kept the other way: sent over the server's version.
    ok(&cli.db, "alice", &["task", "done", &flyers.to_string(), "--undo"]);
    edit_on_server(&server, &flyers_href, "SUMMARY:Print 500 flyers", "SUMMARY:Print 800 flyers");
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (0, 0, 0, 1));
    ok(&cli.db, "alice", &["sync", "resolve", &flyers.to_string(), "--task", "--keep", "local"]);
    assert_eq!(counts(&run_sync(&cli.db, "alice")), (1, 0, 0, 0));
    let (_, text) = server.http("alice", "GET", &flyers_href, &[], None);
    assert!(text.contains("SUMMARY:Print 500 flyers") && text.contains("STATUS:NEEDS-ACTION"), "{text}");
}
