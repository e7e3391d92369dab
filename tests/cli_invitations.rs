//! `campaign-desk invite | rsvp | attendance | invitations` (issue #18) on a real database file.

mod common;

use campaign_desk::domain::{EventInput, OrganisationInput, PersonInput};
use campaign_desk::Store;
use common::Cli;

/// A database with two organisations, a person and a weekly call; returns (org, org, person, event) ids.
fn seeded(cli: &Cli) -> (i64, i64, i64, i64) {
    let mut store = Store::open(&cli.db).expect("open");
    let mut org = |name: &str| {
        let input = OrganisationInput { name: name.into(), zone: Some("Asia/Manila".into()), ..Default::default() };
        store.create_organisation(&input).expect("org").id
    };
    let (ibon, apwld) = (org("IBON International"), org("APWLD"));
    let maria =
        store.create_person(&PersonInput { name: "Maria Santos".into(), ..Default::default() }).expect("person").id;
    let event = store
        .create_event(&EventInput {
            title: "Weekly call".into(),
            start: "2026-03-03T09:00".into(),
            end: "2026-03-03T10:00".into(),
            zone: Some("Asia/Manila".into()),
            rrule: Some("FREQ=WEEKLY;COUNT=4".into()),
            ..Default::default()
        })
        .expect("event")
        .id;
    (ibon, apwld, maria, event)
}

#[test]
fn invite_answer_attend_and_list() {
    let cli = Cli::new();
    let (ibon, apwld, maria, event) = seeded(&cli);
    let (e, i, a, m) = (event.to_string(), ibon.to_string(), apwld.to_string(), maria.to_string());
    let orgs = format!("{i},{a}");
    let invited = cli.ok(&["invite", &e, "--org", &orgs, "--person", &m]);
    assert_eq!(invited["added"], 3);
    assert_eq!(invited["invitations"]["counts"]["waiting"], 3);

    let yes = cli.ok(&["rsvp", &e, "--org", &i, "--answer", "yes"]);
    assert_eq!(yes["answer"], "yes");
    cli.ok(&["rsvp", &e, "--person", &m, "--answer", "no-answer", "--occurrence", "2026-03-10T09:00"]);
    let came = cli.ok(&[
        "attendance",
        &e,
        "--org",
        &i,
        "--came",
        "--occurrence",
        "2026-03-10T09:00",
        "--notes",
        "two speakers",
    ]);
    assert_eq!((came["attended"].as_bool(), came["answer"].as_str()), (Some(true), Some("yes")));

    let on = cli.ok(&["invitations", &e, "--occurrence", "2026-03-10T09:00"]);
    let c = &on["counts"];
    assert_eq!(
        (c["invited"].as_u64(), c["yes"].as_u64(), c["no_answer"].as_u64(), c["waiting"].as_u64(), c["came"].as_u64()),
        (Some(3), Some(1), Some(1), Some(1), Some(1))
    );
    assert_eq!(on["follow_up"][0]["name"], "APWLD");
    // The series as a whole: Maria's "no answer" was for the 10th only.
    let all = cli.ok(&["invitations", &e]);
    assert_eq!((all["counts"]["waiting"].as_u64(), all["counts"]["came"].as_u64()), (Some(2), Some(0)));

    let human = cli.run(&["invitations", &e, "--occurrence", "2026-03-10T09:00"]);
    assert_eq!(human.status, 0, "{}", human.stderr);
    assert!(
        human.stdout.contains("3 invited: 1 yes, 0 maybe, 0 no, 1 no answer yet, 1 gave no answer; 1 came"),
        "{}",
        human.stdout
    );
    assert!(human.stdout.contains("No answer yet: APWLD"), "{}", human.stdout);
}

#[test]
fn user_errors_exit_2_with_the_field_and_change_nothing() {
    let cli = Cli::new();
    let (ibon, _, _, event) = seeded(&cli);
    let (e, i) = (event.to_string(), ibon.to_string());
    let cases: [(&[&str], &str); 5] = [
        (
            &["rsvp", &e, "--org", &i, "--answer", "perhaps"],
            "'perhaps' is not one of: invited, yes, maybe, no, no_answer",
        ),
        (&["attendance", &e, "--org", &i, "--came"], "attendance is recorded for one occurrence"),
        (&["invite", &e, "--org", "999"], "organisation 999 does not exist"),
        (&["invite", &e, "--org", &i, "--occurrence", "2026-03-04T09:00"], "is not an occurrence of 'Weekly call'"),
        (&["invite", "999", "--org", &i], "event 999 does not exist"),
    ];
    for (args, expected) in cases {
        let r = cli.run(args);
        assert_eq!(r.status, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(expected), "{args:?}: {}", r.stderr);
    }
    // --json failures carry the field for scripts.
    let r = cli.run(&["--json", "invite", &e]);
    assert_eq!(r.status, 2);
    assert_eq!(r.json()["error"]["fields"][0]["field"], "invitees");
    assert_eq!(cli.ok(&["invitations", &e])["counts"]["invited"], 0);
}

#[test]
fn invitation_file_out_and_reply_in() {
    let cli = Cli::new();
    let (ibon, apwld, maria, event) = seeded(&cli);
    {
        let mut store = Store::open(&cli.db).expect("open");
        let mut person = store.get_person(maria).expect("maria");
        person.email = Some("maria@example.org".into());
        store.update_person(maria, &(&person).into()).expect("e-mail");
    }
    let (e, i, a, m) = (event.to_string(), ibon.to_string(), apwld.to_string(), maria.to_string());
    let file = cli.dir.path().join("invite.ics");
    let path = file.to_str().expect("utf-8 path");
    // No lead with an e-mail: the organiser must be given.
    let r = cli.run(&["invite", &e, "--org", &i, "--person", &m, "--ics", path]);
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(r.stderr.contains("an invitation needs an organiser with an e-mail address"), "{}", r.stderr);
    let out = cli.ok(&["invite", &e, "--org", &a, "--ics", path, "--organizer-email", "desk@example.org"]);
    assert_eq!(out["attendees"], serde_json::json!(["Maria Santos <maria@example.org>"]));
    assert_eq!(out["without_email"], serde_json::json!(["APWLD", "IBON International"]));
    let ics = std::fs::read_to_string(&file).expect("file written");
    assert!(
        ics.contains("METHOD:REQUEST") && ics.contains("ORGANIZER;CN=\"desk@example.org\":mailto:desk@example.org")
    );
    let human = cli.run(&["invite", &e, "--ics", path, "--organizer-email", "desk@example.org"]);
    assert!(
        human.stdout.contains("Not in it, for want of an e-mail address in the directory: APWLD, IBON International"),
        "{}",
        human.stdout
    );

    let uid = ics.lines().find_map(|l| l.strip_prefix("UID:")).expect("UID").trim().to_string();
    let reply = cli.dir.path().join("reply.ics");
    let text = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:{uid}\r\n\
         RECURRENCE-ID;TZID=Asia/Manila:20260317T090000\r\nDTSTAMP:20260301T000000Z\r\n\
         ATTENDEE;PARTSTAT=DECLINED;CN=Maria:mailto:maria@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    );
    std::fs::write(&reply, text).expect("reply");
    let done = cli.ok(&["import", "reply", reply.to_str().expect("path")]);
    assert_eq!(
        (done["recurrence_id"].as_str(), done["answers"][0]["answer"].as_str()),
        (Some("2026-03-17T09:00"), Some("no"))
    );
    let on = cli.ok(&["invitations", &e, "--occurrence", "2026-03-17T09:00"]);
    assert_eq!(on["counts"]["no"], 1);

    std::fs::write(
        &reply,
        "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:elsewhere\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    .expect("reply");
    let r = cli.run(&["import", "reply", reply.to_str().expect("path")]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("no event here has the calendar identifier 'elsewhere'"), "{}", r.stderr);
}

#[test]
fn reminders_listed_and_marked_sent() {
    let cli = Cli::new();
    let (ibon, apwld, _, event) = seeded(&cli);
    let (e, i, a) = (event.to_string(), ibon.to_string(), apwld.to_string());
    cli.ok(&["invite", &e, "--org", &format!("{i},{a}")]);
    cli.ok(&["rsvp", &e, "--org", &a, "--answer", "no"]);
    let at = "2026-03-10T09:00";
    let list = cli.ok(&["reminders", &e, "--occurrence", at, "--platform", "text"]);
    let due: Vec<(String, String)> = list["reminders"]
        .as_array()
        .expect("list")
        .iter()
        .map(|r| (r["kind"].as_str().unwrap_or("").to_string(), r["due_local"].as_str().unwrap_or("").to_string()))
        .collect();
    assert_eq!(due, [("day".to_string(), "2026-03-09T09:00".to_string()), ("hour".into(), "2026-03-10T08:00".into())]);
    let marked = cli.ok(&["reminders", &e, "--occurrence", at, "--sent", "--org", &i, "--kind", "hour"]);
    assert!(marked["reminders"][1]["sent_at"].is_string() && marked["reminders"][0]["sent_at"].is_null());
    let human = cli.run(&["reminders", &e, "--occurrence", at, "--lang", "es"]);
    assert!(human.stdout.contains("Recordatorio: es mañana."), "{}", human.stdout);
    assert!(human.stdout.contains("· hour · due 2026-03-10T08:00 Asia/Manila · sent "), "{}", human.stdout);
    let r = cli.run(&["reminders", &e, "--occurrence", at, "--sent", "--org", &a, "--kind", "day"]);
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(r.stderr.contains("APWLD has no such reminder for this occurrence"), "{}", r.stderr);
    let r = cli.run(&["reminders", &e, "--occurrence", at, "--sent", "--kind", "day"]);
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(r.stderr.contains("name an organisation or a person"), "{}", r.stderr);
    let r = cli.run(&["reminders", &e, "--occurrence", at, "--sent", "--org", "999", "--kind", "day"]);
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(r.stderr.contains("organisation 999 has no such reminder"), "{}", r.stderr);
    let r = cli.run(&["reminders", &e]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("reminders are sent before one occurrence"), "{}", r.stderr);
}
