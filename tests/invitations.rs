//! Who is coming (issue #18): invitations per occurrence or for a whole series, answers, attendance, counts, the
//! follow-up list and a campaign's totals, against a real database file.

use campaign_desk::domain::{
    Attendance, CampaignInput, EventInput, InvitationUpdate, Invitee, OrgInRole, OrgRole, OrganisationInput,
    PersonInput, RsvpAnswer,
};
use campaign_desk::service::invitations::{for_campaign, for_occurrence};
use campaign_desk::{Error, Store};

struct Fixture {
    _dir: tempfile::TempDir,
    store: Store,
    ibon: i64,
    apwld: i64,
    kmu: i64,
    maria: i64,
    campaign: i64,
    webinar: i64,
    weekly: i64,
}

fn org(store: &mut Store, name: &str, email: Option<&str>) -> i64 {
    let input = OrganisationInput {
        name: name.into(),
        zone: Some("Asia/Manila".into()),
        email: email.map(Into::into),
        ..Default::default()
    };
    store.create_organisation(&input).expect("organisation").id
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = Store::open(&dir.path().join("campaign-desk.sqlite3")).expect("open");
    let ibon = org(&mut store, "IBON International", Some("info@ibon.example"));
    let apwld = org(&mut store, "APWLD", None);
    let kmu = org(&mut store, "Kilusang Mayo Uno", None);
    let maria = store
        .create_person(&PersonInput {
            name: "Maria Santos".into(),
            organisation_id: Some(kmu),
            email: Some("maria@kmu.example".into()),
            ..Default::default()
        })
        .expect("person")
        .id;
    let role = |id, role| OrgInRole { organisation_id: id, organisation_name: String::new(), role };
    let campaign = store
        .create_campaign(&CampaignInput {
            title: "Solidarity month".into(),
            start_date: "2026-03-01".into(),
            end_date: "2026-03-31".into(),
            zone: "Asia/Manila".into(),
            organisations: vec![role(kmu, OrgRole::Partner), role(apwld, OrgRole::CoOrganiser)],
            ..Default::default()
        })
        .expect("campaign")
        .id;
    let webinar = store
        .create_event(&EventInput {
            campaign_id: Some(campaign),
            title: "Webinar".into(),
            start: "2026-03-10T19:00".into(),
            end: "2026-03-10T20:30".into(),
            zone: Some("Asia/Manila".into()),
            organisations: vec![role(ibon, OrgRole::Lead)],
            ..Default::default()
        })
        .expect("webinar")
        .id;
    let weekly = store
        .create_event(&EventInput {
            campaign_id: Some(campaign),
            title: "Weekly call".into(),
            start: "2026-03-03T09:00".into(),
            end: "2026-03-03T10:00".into(),
            zone: Some("Asia/Manila".into()),
            rrule: Some("FREQ=WEEKLY;COUNT=4".into()),
            ..Default::default()
        })
        .expect("series")
        .id;
    Fixture { _dir: dir, store, ibon, apwld, kmu, maria, campaign, webinar, weekly }
}

fn answer(rid: &str, invitee: Invitee, answer: RsvpAnswer) -> InvitationUpdate {
    InvitationUpdate { recurrence_id: rid.into(), invitee, answer: Some(answer), ..Default::default() }
}

fn refuse<T: std::fmt::Debug>(r: Result<T, Error>) -> Vec<(String, String)> {
    fields(r.expect_err("should be refused"))
}

fn fields(e: Error) -> Vec<(String, String)> {
    match e {
        Error::Invalid(f) => f.into_iter().map(|f| (f.field, f.id)).collect(),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn an_event_counts_answers_attendance_and_the_follow_up_list() {
    let mut f = fixture();
    let everyone = [Invitee::organisation(f.ibon), Invitee::organisation(f.apwld), Invitee::person(f.maria)];
    assert_eq!(f.store.invite(f.webinar, "", &everyone).expect("invite"), 3);
    // Inviting again adds nobody and keeps answers.
    f.store.update_invitation(f.webinar, &answer("", Invitee::organisation(f.ibon), RsvpAnswer::Yes)).expect("yes");
    assert_eq!(f.store.invite(f.webinar, "", &everyone).expect("again"), 0);
    f.store.update_invitation(f.webinar, &answer("", Invitee::person(f.maria), RsvpAnswer::No)).expect("no");
    let came = InvitationUpdate {
        invitee: Invitee::organisation(f.ibon),
        attended: Some(Attendance::Came),
        notes: Some("sent two speakers".into()),
        ..Default::default()
    };
    let row = f.store.update_invitation(f.webinar, &came).expect("came");
    assert_eq!(
        (row.answer, row.attended, row.notes.as_deref()),
        (RsvpAnswer::Yes, Some(true), Some("sent two speakers"))
    );
    assert!(row.answered_at.is_some());

    let seen = for_occurrence(&f.store, f.webinar, "").expect("who is coming");
    let c = seen.counts;
    assert_eq!((c.invited, c.yes, c.no, c.maybe, c.waiting, c.came, c.did_not_come), (3, 1, 1, 0, 1, 1, 0));
    let follow: Vec<&str> = seen.follow_up.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(follow, ["APWLD"]);
    // Organisations first by name, then people; a person shows their organisation and e-mail.
    let names: Vec<&str> = seen.invitees.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["APWLD", "IBON International", "Maria Santos"]);
    let maria = &seen.invitees[2];
    assert_eq!(
        (maria.organisation_name.as_deref(), maria.email.as_deref()),
        (Some("Kilusang Mayo Uno"), Some("maria@kmu.example"))
    );
    // KMU (the campaign's partner) is offered; the invited ones are not.
    let offered: Vec<i64> = seen.suggested.iter().map(|o| o.organisation_id).collect();
    assert_eq!(offered, [f.kmu]);

    // Taking a mark back.
    let unmark = InvitationUpdate {
        invitee: Invitee::organisation(f.ibon),
        attended: Some(Attendance::Unrecorded),
        ..Default::default()
    };
    assert_eq!(f.store.update_invitation(f.webinar, &unmark).expect("unmark").attended, None);
    f.store.uninvite(f.webinar, "", &Invitee::person(f.maria)).expect("uninvite");
    assert_eq!(for_occurrence(&f.store, f.webinar, "").expect("again").counts.invited, 2);
}

#[test]
fn an_occurrence_answer_wins_over_the_series_answer_for_that_occurrence_only() {
    let mut f = fixture();
    let ibon = Invitee::organisation(f.ibon);
    f.store.invite(f.weekly, "", &[ibon, Invitee::organisation(f.apwld)]).expect("invite series");
    f.store.update_invitation(f.weekly, &answer("", ibon, RsvpAnswer::Yes)).expect("yes to all");
    // IBON cannot come on the 17th; KMU is invited to the 17th only.
    f.store.update_invitation(f.weekly, &answer("2026-03-17T09:00", ibon, RsvpAnswer::No)).expect("no once");
    f.store.invite(f.weekly, "2026-03-17T09:00", &[Invitee::organisation(f.kmu)]).expect("invite once");
    let came = InvitationUpdate {
        recurrence_id: "2026-03-10T09:00".into(),
        invitee: ibon,
        attended: Some(Attendance::Came),
        ..Default::default()
    };
    let row = f.store.update_invitation(f.weekly, &came).expect("came on the 10th");
    // The instance's row started from the series' answer.
    assert_eq!((row.answer, row.attended), (RsvpAnswer::Yes, Some(true)));

    let on = |rid: &str| for_occurrence(&f.store, f.weekly, rid).expect("occurrence");
    let answers =
        |rid: &str| -> Vec<(String, RsvpAnswer)> { on(rid).invitees.into_iter().map(|i| (i.name, i.answer)).collect() };
    assert_eq!(
        answers("2026-03-17T09:00"),
        [
            ("APWLD".to_string(), RsvpAnswer::Invited),
            ("IBON International".to_string(), RsvpAnswer::No),
            ("Kilusang Mayo Uno".to_string(), RsvpAnswer::Invited),
        ]
    );
    assert_eq!(
        answers("2026-03-24T09:00"),
        [("APWLD".to_string(), RsvpAnswer::Invited), ("IBON International".to_string(), RsvpAnswer::Yes),]
    );
    assert_eq!(on("2026-03-10T09:00").counts.came, 1);
    assert_eq!(on("2026-03-24T09:00").counts.came, 0);
    // "All occurrences" shows the series' rows.
    assert_eq!(on("").counts.yes, 1);
    assert!(on("").repeats);

    // The campaign counts each of the four occurrences' invitees once: APWLD and IBON on the 3rd, 10th and 24th,
    // and APWLD, IBON (no) and KMU on the 17th. IBON said yes for all and no once: three yes, one no, never both
    // on one day (counting the rows recorded gave 5 invited, 2 yes).
    let totals = for_campaign(&f.store, f.campaign).expect("campaign");
    let t = totals.totals;
    assert_eq!((t.invited, t.yes, t.no, t.waiting, t.came), (9, 3, 1, 5, 1));
    assert_eq!(totals.events.len(), 1);
    assert_eq!((totals.events[0].event_id, totals.events[0].occurrences), (f.weekly, 4));
    assert_eq!(totals.events[0].counts, t);
    // A cancelled occurrence has nobody coming: the 24th drops out.
    let cancel = campaign_desk::domain::OccurrenceChange {
        recurrence_id: "2026-03-24T09:00".into(),
        status: Some(campaign_desk::domain::EventStatus::Cancelled),
        ..Default::default()
    };
    f.store.change_occurrence(f.weekly, &cancel).expect("cancel the 24th");
    let t = for_campaign(&f.store, f.campaign).expect("campaign").totals;
    assert_eq!((t.invited, t.yes), (7, 2));
}

#[test]
fn bad_input_is_refused_with_its_field_and_changes_nothing() {
    let mut f = fixture();
    let ibon = Invitee::organisation(f.ibon);
    let before = f.store.total_changes();
    assert_eq!(refuse(f.store.invite(f.webinar, "", &[])), [("invitees".into(), "core-invite-nobody".into())]);
    let both = Invitee { organisation_id: Some(f.ibon), person_id: Some(f.maria) };
    assert_eq!(refuse(f.store.invite(f.webinar, "", &[both])), [("invitee".into(), "core-invitee-one-of".into())]);
    assert_eq!(
        refuse(f.store.invite(f.webinar, "", &[Invitee::organisation(9999)])),
        [("organisation_id".into(), "core-not-found".into())]
    );
    assert_eq!(
        refuse(f.store.invite(f.webinar, "2026-03-10T19:00", &[ibon])),
        [("occurrence".into(), "core-invitation-event-does-not-repeat".into())]
    );
    assert_eq!(
        refuse(f.store.invite(f.weekly, "2026-03-11T09:00", &[ibon])),
        [("occurrence".into(), "core-not-an-occurrence-or-excluded".into())]
    );
    assert_eq!(refuse(f.store.invite(f.weekly, "next tuesday", &[ibon]))[0].0, "occurrence");
    let attended_all = InvitationUpdate { invitee: ibon, attended: Some(Attendance::Came), ..Default::default() };
    assert_eq!(
        refuse(f.store.update_invitation(f.weekly, &attended_all)),
        [("occurrence".into(), "core-attendance-needs-occurrence".into())]
    );
    let nothing = InvitationUpdate { invitee: ibon, ..Default::default() };
    assert_eq!(
        refuse(f.store.update_invitation(f.webinar, &nothing)),
        [("answer".into(), "core-invitation-nothing-to-change".into())]
    );
    assert_eq!(refuse(f.store.uninvite(f.webinar, "", &ibon)), [("invitee".into(), "core-not-invited".into())]);
    assert!(matches!(f.store.invite(424242, "", &[ibon]), Err(Error::NotFound { .. })));
    assert_eq!(f.store.total_changes(), before, "a refused change wrote something");
    assert!(f.store.invitations_of_event(f.webinar).expect("rows").is_empty());
}

#[test]
fn invitations_go_with_their_event_and_invitee() {
    let mut f = fixture();
    f.store.invite(f.webinar, "", &[Invitee::organisation(f.ibon), Invitee::person(f.maria)]).expect("invite");
    f.store.delete_person(f.maria).expect("delete person");
    assert_eq!(f.store.invitations_of_event(f.webinar).expect("rows").len(), 1);
    f.store.delete_event(f.webinar).expect("delete event");
    assert!(for_campaign(&f.store, f.campaign).expect("campaign").events.is_empty());
}

#[test]
fn reminders_to_send_are_due_on_each_recipients_clock_and_can_be_marked_sent() {
    use campaign_desk::domain::{Platform, ReminderKind};
    use campaign_desk::service::people_reminders::{mark_sent, reminders_to_send};
    let mut f = fixture();
    let auckland = f
        .store
        .create_organisation(&OrganisationInput {
            name: "Gabriela Aotearoa".into(),
            zone: Some("Pacific/Auckland".into()),
            ..Default::default()
        })
        .expect("org")
        .id;
    let invitees = [Invitee::organisation(auckland), Invitee::person(f.maria), Invitee::organisation(f.apwld)];
    f.store.invite(f.weekly, "", &invitees).expect("invite");
    // APWLD declined the 10th: no reminders for it there.
    f.store
        .update_invitation(f.weekly, &answer("2026-03-10T09:00", Invitee::organisation(f.apwld), RsvpAnswer::No))
        .expect("no");
    let now = chrono::Utc::now();
    let list = reminders_to_send(&f.store, f.weekly, "2026-03-10T09:00", Platform::Text, "en", now).expect("list");
    assert_eq!(list.occurrence, "2026-03-10T09:00");
    let due: Vec<(&str, ReminderKind, &str, &str)> =
        list.reminders.iter().map(|r| (r.name.as_str(), r.kind, r.due_local.as_str(), r.due.as_str())).collect();
    // 09:00 Manila is 01:00 UTC and 14:00 in Auckland (NZDT); Maria is in KMU's zone, Manila.
    assert_eq!(
        due,
        [
            ("Gabriela Aotearoa", ReminderKind::Day, "2026-03-09T14:00", "2026-03-09T01:00:00Z"),
            ("Maria Santos", ReminderKind::Day, "2026-03-09T09:00", "2026-03-09T01:00:00Z"),
            ("Gabriela Aotearoa", ReminderKind::Hour, "2026-03-10T13:00", "2026-03-10T00:00:00Z"),
            ("Maria Santos", ReminderKind::Hour, "2026-03-10T08:00", "2026-03-10T00:00:00Z"),
        ]
    );
    let kiwi = &list.reminders[0];
    assert!(kiwi.text.starts_with("Reminder: this is tomorrow.\n\n"), "{}", kiwi.text);
    assert!(kiwi.text.contains("09:00 Manila · 14:00 Auckland"), "{}", kiwi.text);
    assert!(list.reminders.iter().all(|r| r.sent_at.is_none()));

    mark_sent(&mut f.store, f.weekly, "2026-03-10T09:00", &Invitee::person(f.maria), ReminderKind::Day, true)
        .expect("mark");
    let again = reminders_to_send(&f.store, f.weekly, "2026-03-10T09:00", Platform::Text, "fr", now).expect("list");
    let sent: Vec<&str> = again.reminders.iter().filter(|r| r.sent_at.is_some()).map(|r| r.name.as_str()).collect();
    assert_eq!(sent, ["Maria Santos"]);
    assert!(again.reminders[0].text.starts_with("Rappel : c’est demain."), "{}", again.reminders[0].text);
    // Another occurrence keeps its own marks; APWLD is expected there.
    let next = reminders_to_send(&f.store, f.weekly, "2026-03-17T09:00", Platform::Email, "en", now).expect("next");
    assert!(next.reminders.iter().all(|r| r.sent_at.is_none()) && next.reminders.len() == 6);

    let declined =
        mark_sent(&mut f.store, f.weekly, "2026-03-10T09:00", &Invitee::organisation(f.apwld), ReminderKind::Day, true);
    assert_eq!(fields(declined.expect_err("declined")), [("invitee".into(), "core-no-reminder-for".into())]);
    let whole = reminders_to_send(&f.store, f.weekly, "", Platform::Email, "en", now).expect_err("a series as a whole");
    assert_eq!(fields(whole), [("occurrence".into(), "core-reminders-need-occurrence".into())]);
    mark_sent(&mut f.store, f.weekly, "2026-03-10T09:00", &Invitee::person(f.maria), ReminderKind::Day, false)
        .expect("unmark");
    let back = reminders_to_send(&f.store, f.weekly, "2026-03-10T09:00", Platform::Text, "en", now).expect("list");
    assert!(back.reminders.iter().all(|r| r.sent_at.is_none()));
}

#[test]
fn the_invitation_is_a_ready_message_with_the_time_on_each_invitees_clock() {
    use campaign_desk::domain::Platform;
    use campaign_desk::service::invitation_message::invitation_message;
    let mut f = fixture();
    let now = chrono::DateTime::parse_from_rfc3339("2026-03-01T00:00:00Z").expect("now").to_utc();
    // Nobody invited yet: said, not an empty message.
    let nobody = invitation_message(&f.store, f.webinar, "", Platform::Email, "en", now).expect_err("nobody");
    assert_eq!(fields(nobody), [("invitees".to_string(), "core-invitation-nobody".to_string())]);

    let toronto = f
        .store
        .create_organisation(&OrganisationInput {
            name: "Migrante Canada".into(),
            zone: Some("America/Toronto".into()),
            ..Default::default()
        })
        .expect("Toronto")
        .id;
    let invited = [Invitee::organisation(f.ibon), Invitee::organisation(toronto), Invitee::person(f.maria)];
    f.store.invite(f.webinar, "", &invited).expect("invite");
    let en = invitation_message(&f.store, f.webinar, "", Platform::Email, "en", now).expect("message").text;
    let lines: Vec<&str> = en.lines().collect();
    assert_eq!(lines[0], "You are invited:");
    assert_eq!(lines[2], "Webinar");
    // 19:00 in Manila is 07:00 the same morning in Toronto (EDT since 8 March): each invitee's clock, once.
    assert!(lines[4].contains("19:00 Manila") && lines[4].contains("07:00 Toronto"), "{en}");
    assert_eq!(lines[4].matches("Manila").count(), 1, "{en}");
    assert_eq!(lines.last(), Some(&"Please answer: yes, maybe or no."));

    // In the composer's language, whatever the window's.
    let es = invitation_message(&f.store, f.webinar, "", Platform::Text, "es", now).expect("es").text;
    assert!(es.starts_with("Te invitamos:\n\n*Webinar*\n"), "{es}");
    assert!(es.ends_with("Por favor, responde: sí, quizás o no."), "{es}");
    // One occurrence of a series: that occurrence's own invitees and date.
    f.store.invite(f.weekly, "2026-03-17T09:00", &[Invitee::organisation(toronto)]).expect("the 17th");
    let weekly = invitation_message(&f.store, f.weekly, "2026-03-17T09:00", Platform::X, "en", now).expect("17th");
    assert!(weekly.text.contains("17 Mar") && weekly.text.contains("Toronto"), "{}", weekly.text);
    assert_eq!((weekly.limit, weekly.length <= 280), (Some(280), true));
    let bad = invitation_message(&f.store, f.webinar, "", Platform::Email, "de", now).expect_err("de");
    assert_eq!(fields(bad)[0].0, "lang");
}
