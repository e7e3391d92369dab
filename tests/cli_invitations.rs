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
