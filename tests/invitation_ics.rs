//! Invitations as calendar files (issue #18): an event as an iTIP REQUEST (ORGANIZER, ATTENDEE with CN, PARTSTAT
//! and RSVP, invitees without an e-mail address named, not dropped silently), and a REPLY read back into the answer.

use campaign_desk::domain::{
    EventInput, InvitationUpdate, Invitee, OrgInRole, OrgRole, OrganisationInput, PersonInput, RsvpAnswer,
};
use campaign_desk::service::invitation_ics::{import_reply, invitation_request};
use campaign_desk::service::invitations::for_occurrence;
use campaign_desk::{Error, Store};

struct Fixture {
    _dir: tempfile::TempDir,
    store: Store,
    lead: i64,
    quiet: i64,
    ana: i64,
    series: i64,
    uid: String,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = Store::open(&dir.path().join("campaign-desk.sqlite3")).expect("open");
    let mut org = |name: &str, email: Option<&str>| {
        let input = OrganisationInput { name: name.into(), email: email.map(Into::into), ..Default::default() };
        store.create_organisation(&input).expect("org").id
    };
    let lead = org("IBON International", Some("info@ibon.example"));
    let quiet = org("Kilusang Mayo Uno", None);
    let ana = store
        .create_person(&PersonInput {
            name: "Ana \"Ninay\" Reyes".into(),
            email: Some("Ana@Example.org".into()),
            ..Default::default()
        })
        .expect("person")
        .id;
    let event = store
        .create_event(&EventInput {
            title: "Weekly call".into(),
            start: "2026-03-03T09:00".into(),
            end: "2026-03-03T10:00".into(),
            zone: Some("Asia/Manila".into()),
            rrule: Some("FREQ=WEEKLY;COUNT=4".into()),
            organisations: vec![OrgInRole {
                organisation_id: lead,
                organisation_name: String::new(),
                role: OrgRole::Lead,
            }],
            ..Default::default()
        })
        .expect("event");
    Fixture { _dir: dir, store, lead, quiet, ana, series: event.id, uid: event.uid }
}

fn invite_all(f: &mut Fixture) {
    let everyone = [Invitee::organisation(f.lead), Invitee::organisation(f.quiet), Invitee::person(f.ana)];
    f.store.invite(f.series, "", &everyone).expect("invite");
    let yes =
        InvitationUpdate { invitee: Invitee::person(f.ana), answer: Some(RsvpAnswer::Maybe), ..Default::default() };
    f.store.update_invitation(f.series, &yes).expect("maybe");
}

fn field_ids(e: Error) -> Vec<String> {
    match e {
        Error::Invalid(fields) => fields.into_iter().map(|f| f.id).collect(),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn the_request_names_the_organiser_and_each_attendee_with_their_answer() {
    let mut f = fixture();
    invite_all(&mut f);
    let file = invitation_request(&f.store, f.series, None, chrono::Utc::now()).expect("request");
    // Unfolded, as a reader sees it.
    let text = file.ics.replace("\r\n ", "");
    assert!(text.contains("\r\nMETHOD:REQUEST\r\n"), "{text}");
    assert!(text.contains("\r\nORGANIZER;CN=\"IBON International\":mailto:info@ibon.example\r\n"), "{text}");
    assert!(text.contains(
        "\r\nATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"IBON International\":mailto:info@ibon.example\r\n"
    ));
    assert!(text.contains(
        "\r\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN=\"Ana 'Ninay' Reyes\":mailto:Ana@Example.org\r\n"
    ));
    assert_eq!(text.matches("ORGANIZER").count(), 1, "the export's own ORGANIZER is replaced, not doubled");
    assert_eq!(file.without_email, ["Kilusang Mayo Uno"]);
    assert_eq!(file.attendees.len(), 2);
    assert!(text.contains(&format!("UID:{}", f.uid)));

    // A given organiser wins; an invalid address is refused.
    let given =
        invitation_request(&f.store, f.series, Some(("Desk".into(), "desk@example.org".into())), chrono::Utc::now())
            .expect("request");
    assert!(given.ics.contains("ORGANIZER;CN=\"Desk\":mailto:desk@example.org"));
    let bad =
        invitation_request(&f.store, f.series, Some(("Desk".into(), "not an address".into())), chrono::Utc::now());
    assert!(matches!(bad, Err(Error::Invalid(ref fields)) if fields[0].field == "organizer_email"), "{bad:?}");
}

#[test]
fn a_request_needs_an_organiser_and_someone_invited() {
    let mut f = fixture();
    let none = invitation_request(&f.store, f.series, None, chrono::Utc::now()).expect_err("nobody invited");
    assert_eq!(field_ids(none), ["core-invitation-nobody-invited"]);
    // Only someone without an address invited: no one the file could reach.
    f.store.invite(f.series, "", &[Invitee::organisation(f.quiet)]).expect("invite");
    let unreachable = invitation_request(&f.store, f.series, None, chrono::Utc::now()).expect_err("no addresses");
    assert_eq!(field_ids(unreachable), ["core-invitation-no-addresses"]);
    let event = f.store.get_event(f.series).expect("event");
    let mut input: EventInput = (&event).into();
    input.organisations.clear();
    f.store.update_event(f.series, &input).expect("no lead");
    invite_all(&mut f);
    let no_lead = invitation_request(&f.store, f.series, None, chrono::Utc::now()).expect_err("no organiser");
    assert_eq!(field_ids(no_lead), ["core-invitation-no-organizer"]);
}

fn reply(uid: &str, extra: &str, attendee: &str) -> String {
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:{uid}\r\n{extra}\
         DTSTAMP:20260301T000000Z\r\nATTENDEE;PARTSTAT={attendee}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
}

#[test]
fn a_reply_updates_the_answer_for_the_series_or_the_occurrence_it_names() {
    let mut f = fixture();
    invite_all(&mut f);
    let all = import_reply(&mut f.store, &reply(&f.uid, "", "ACCEPTED;CN=Ana:mailto:ana@example.org")).expect("reply");
    assert_eq!((all.recurrence_id.as_str(), all.answers[0].answer), ("", RsvpAnswer::Yes));
    // One occurrence declined, named in UTC (09:00 Manila is 01:00 UTC).
    let once = reply(&f.uid, "RECURRENCE-ID:20260310T010000Z\r\n", "DECLINED:mailto:info@ibon.example");
    let outcome = import_reply(&mut f.store, &once).expect("reply for one");
    assert_eq!(outcome.recurrence_id, "2026-03-10T09:00");
    let on = |rid: &str| {
        for_occurrence(&f.store, f.series, rid)
            .expect("occurrence")
            .invitees
            .into_iter()
            .map(|i| (i.name, i.answer))
            .collect::<Vec<_>>()
    };
    assert!(on("2026-03-10T09:00").contains(&("IBON International".into(), RsvpAnswer::No)));
    assert!(on("2026-03-17T09:00").contains(&("IBON International".into(), RsvpAnswer::Invited)));
    assert!(on("2026-03-17T09:00").contains(&("Ana \"Ninay\" Reyes".into(), RsvpAnswer::Yes)));
}

#[test]
fn a_reply_that_cannot_be_matched_is_refused_and_changes_nothing() {
    let mut f = fixture();
    invite_all(&mut f);
    let before = f.store.total_changes();
    let cases = [
        (reply("someone-else@example", "", "ACCEPTED:mailto:ana@example.org"), "core-reply-unknown-event"),
        (reply(&f.uid, "", "ACCEPTED:mailto:stranger@example.org"), "core-reply-unknown-attendee"),
        (reply(&f.uid, "", "DELEGATED:mailto:ana@example.org"), "core-reply-unknown-answer"),
        (
            reply(&f.uid, "", "ACCEPTED:mailto:ana@example.org").replace("METHOD:REPLY", "METHOD:REQUEST"),
            "core-reply-not-a-reply",
        ),
        (
            reply(&f.uid, "", "ACCEPTED:mailto:ana@example.org")
                .replace("ATTENDEE;PARTSTAT=ACCEPTED:mailto:ana@example.org\r\n", ""),
            "core-reply-no-attendee",
        ),
        (
            reply(&f.uid, "RECURRENCE-ID:20260311T010000Z\r\n", "ACCEPTED:mailto:ana@example.org"),
            "core-not-an-occurrence-or-excluded",
        ),
    ];
    for (text, id) in cases {
        let e = import_reply(&mut f.store, &text).expect_err(id);
        assert_eq!(field_ids(e), [id]);
    }
    // Two attendees, the second unknown: the first is not recorded either.
    let two =
        reply(&f.uid, "", "ACCEPTED:mailto:ana@example.org\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:nobody@example.org");
    assert!(import_reply(&mut f.store, &two).is_err());
    assert_eq!(f.store.total_changes(), before);
}
