//! The statement model on a real SQLite file: revisions coalesce typing and never change once closed, approvals
//! freeze their revision and go stale when the text moves on, translations know when their source changed,
//! endorsements and contacts, and the publishing rules.

use campaign_desk::domain::{
    EndorsementInput, OrganisationInput, PersonInput, StatementInput, StatementKind, StatementStatus,
};
use campaign_desk::store::Store;
use chrono::{Duration, TimeZone, Utc};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let s = Store::open(&dir.path().join("s.sqlite3")).expect("open");
    (dir, s)
}

fn org(s: &mut Store, name: &str, country: &str) -> i64 {
    s.create_organisation(&OrganisationInput { name: name.into(), country: Some(country.into()), ..Default::default() })
        .expect("org")
        .id
}

fn input(title: &str, issuers: Vec<i64>) -> StatementInput {
    StatementInput { title: title.into(), issuer_ids: issuers, kind: StatementKind::PressRelease, ..Default::default() }
}

#[test]
fn typing_coalesces_into_one_revision_until_a_pause_and_closed_revisions_never_change() {
    let (_d, mut s) = store();
    let st = s.create_statement(&input("Stop the deportations", vec![]), "First line.").expect("create");
    assert_eq!(st.revision, 1);
    let t0 = Utc.with_ymd_and_hms(2030, 1, 1, 9, 0, 0).single().expect("t0");
    let a = s.save_statement_draft_at(st.id, "Stop the deportations", "First line. More", t0).expect("save");
    // The first save after creation lands in revision 1 only if creation was recent; it was created "now", which is
    // years before t0, so a new revision starts.
    assert_eq!((a.revision, a.new_revision), (2, true));
    let b = s
        .save_statement_draft_at(st.id, "Stop the deportations", "First line. More text", t0 + Duration::seconds(5))
        .expect("save");
    assert_eq!((b.revision, b.new_revision), (2, false));
    let same = s
        .save_statement_draft_at(st.id, "Stop the deportations", "First line. More text", t0 + Duration::seconds(9))
        .expect("save");
    assert_eq!(same.saved_at, b.saved_at, "identical text writes nothing");
    let c = s
        .save_statement_draft_at(st.id, "Stop the deportations", "Second sitting", t0 + Duration::minutes(30))
        .expect("save");
    assert_eq!((c.revision, c.new_revision), (3, true));
    assert_eq!(s.statement_revision(st.id, 2).expect("rev 2").body, "First line. More text");
    let d = s.statement_detail(st.id).expect("detail");
    assert_eq!(
        d.revisions.iter().map(|r| (r.number, r.open)).collect::<Vec<_>>(),
        vec![(3, true), (2, false), (1, false)]
    );

    let restored = s.restore_statement_revision(st.id, 1).expect("restore");
    assert_eq!(restored.revision, 4);
    assert_eq!(s.statement_revision(st.id, 4).expect("rev 4").body, "First line.");
    assert!(s.restore_statement_revision(st.id, 1).is_err(), "restoring the same text again is refused");
}

#[test]
fn approval_freezes_its_revision_and_goes_stale_when_the_text_moves_on() {
    let (_d, mut s) = store();
    let ima = org(&mut s, "International Migrants Alliance", "HK");
    let st = s.create_statement(&input("Justice for migrant workers", vec![ima]), "Body v1").expect("create");
    let a = s.approve_statement(st.id, ima, None, Some("ok by the ExCom")).expect("approve");
    assert_eq!((a.revision, a.stale), (1, false));
    let dup = s.approve_statement(st.id, ima, Some(1), None).expect_err("twice");
    assert!(dup.to_string().contains("already approved revision 1"), "{dup}");
    s.set_statement_status(st.id, StatementStatus::Approved, None).expect("approved");

    // Typing right after approval cannot go into the approved revision.
    let saved = s.save_statement_draft(st.id, "Justice for migrant workers", "Body v2").expect("edit");
    assert_eq!((saved.revision, saved.new_revision), (2, true));
    assert_eq!(saved.status, StatementStatus::InReview, "an approved statement goes back to review when edited");
    assert_eq!(s.statement_revision(st.id, 1).expect("rev 1").body, "Body v1");
    let d = s.statement_detail(st.id).expect("detail");
    assert!(d.approvals[0].stale && d.approvals[0].revision == 1);
    assert_eq!(d.revisions[1].approved_by, vec!["International Migrants Alliance".to_string()]);

    let err = s.set_statement_status(st.id, StatementStatus::Published, None).expect_err("not approved");
    assert!(err.to_string().contains("revision 1") && err.to_string().contains("revision 2"), "{err}");
    s.approve_statement(st.id, ima, None, None).expect("approve rev 2");
    let p = s.set_statement_status(st.id, StatementStatus::Published, Some("2025-12-18")).expect("publish");
    assert_eq!((p.status, p.published_on.as_deref()), (StatementStatus::Published, Some("2025-12-18")));
}

#[test]
fn a_withdrawn_approval_stays_in_the_history_and_counts_for_nothing() {
    let (_d, mut s) = store();
    let ima = org(&mut s, "International Migrants Alliance", "HK");
    let kabar = org(&mut s, "KABAR BUMI", "ID");
    let st = s.create_statement(&input("Justice for migrant workers", vec![ima]), "Body v1").expect("create");
    let a = s.approve_statement(st.id, ima, None, Some("ok by the ExCom")).expect("approve");
    s.approve_statement(st.id, kabar, None, None).expect("approve");
    s.set_statement_status(st.id, StatementStatus::Approved, None).expect("approved");

    s.withdraw_statement_approval(a.id).expect("withdraw");
    let d = s.statement_detail(st.id).expect("detail");
    assert_eq!(d.approvals.iter().map(|a| a.organisation_name.as_str()).collect::<Vec<_>>(), vec!["KABAR BUMI"]);
    let w = &d.withdrawn_approvals;
    assert_eq!(w.len(), 1, "the row is kept: {w:?}");
    assert_eq!((w[0].id, w[0].revision, w[0].note.as_deref()), (a.id, 1, Some("ok by the ExCom")));
    assert_eq!(w[0].approved_at, a.approved_at);
    let at = w[0].withdrawn_at.as_deref().expect("when it was withdrawn");
    assert!(at >= a.approved_at.as_str(), "{at} before {}", a.approved_at);
    assert_eq!(d.revisions[0].approved_by, vec!["KABAR BUMI".to_string()], "'approved by' lists standing ones");
    assert_eq!(d.statement.status, StatementStatus::Approved, "another approval of the text still stands");

    let again = s.withdraw_statement_approval(a.id).expect_err("twice");
    assert!(again.to_string().contains("already withdrawn"), "{again}");
    assert_eq!(again.kind(), "validation");
    let missing = s.withdraw_statement_approval(9_999).expect_err("no such approval");
    assert_eq!(missing.kind(), "not_found");

    // The last standing approval of the text withdrawn: the statement is no longer approved, and publishing
    // says nothing approves the text (the withdrawn approvals are not "of an older revision" either).
    let k = d.approvals[0].id;
    s.withdraw_statement_approval(k).expect("withdraw the other");
    let d = s.statement_detail(st.id).expect("detail");
    assert!(d.approvals.is_empty() && d.withdrawn_approvals.len() == 2, "{d:?}");
    assert_eq!(d.statement.status, StatementStatus::InReview, "no standing approval: back to review");
    assert!(d.revisions[0].approved_by.is_empty());
    let err = s.set_statement_status(st.id, StatementStatus::Published, None).expect_err("nothing approves it");
    assert!(err.to_string().contains("no organisation has approved the text (revision 1)"), "{err}");
    assert!(s.set_statement_status(st.id, StatementStatus::Approved, None).is_err());

    // Approving again after withdrawing is a new approval beside the old record.
    let back = s.approve_statement(st.id, ima, Some(1), Some("reconsidered")).expect("re-approve");
    assert!(back.id != a.id && back.withdrawn_at.is_none());
    let dup = s.approve_statement(st.id, ima, Some(1), None).expect_err("standing twice");
    assert!(dup.to_string().contains("already approved revision 1"), "{dup}");
    let d = s.statement_detail(st.id).expect("detail");
    assert_eq!(d.approvals.iter().map(|a| a.id).collect::<Vec<_>>(), vec![back.id]);
    assert_eq!(d.withdrawn_approvals.len(), 2, "the history keeps both withdrawals");
    let p = s.set_statement_status(st.id, StatementStatus::Published, Some("2025-12-18")).expect("publish");
    assert_eq!(p.status, StatementStatus::Published);
    // A published statement stays published when an approval is taken back afterwards: it was published.
    s.withdraw_statement_approval(back.id).expect("withdraw after publishing");
    assert_eq!(s.statement_detail(st.id).expect("detail").statement.status, StatementStatus::Published);
    // An organisation on a statement only through a withdrawn approval is still on its record.
    assert!(s.delete_organisation(kabar).is_err(), "the withdrawn approval keeps KABAR BUMI on the record");
}

/// Approvals recorded before migration 12 (when withdrawing deleted them) come through the upgrade standing.
#[test]
fn approvals_saved_before_withdrawals_were_kept_stand_after_the_upgrade() {
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("v11.sqlite3");
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v11.sqlite3");
    std::fs::copy(fixture, &copy).expect("copy the schema 11 fixture");
    let (statement, org) = {
        let c = rusqlite::Connection::open(&copy).expect("open v11 directly");
        let statement: i64 = c.query_row("SELECT min(id) FROM statements", [], |r| r.get(0)).expect("a statement");
        let org: i64 = c.query_row("SELECT min(id) FROM organisations", [], |r| r.get(0)).expect("an org");
        c.execute(
            "INSERT INTO statement_approvals (statement_id, revision, organisation_id, note, approved_at)
             VALUES (?1, 1, ?2, 'from v11', '2025-01-02T03:04:05Z')",
            [statement, org],
        )
        .expect("an approval as version 11 stored it");
        (statement, org)
    };
    let mut s = Store::open(&copy).expect("open and upgrade");
    let d = s.statement_detail(statement).expect("detail");
    assert_eq!(d.approvals.len(), 1, "{d:?}");
    let a = &d.approvals[0];
    assert_eq!((a.organisation_id, a.note.as_deref(), a.withdrawn_at.as_deref()), (org, Some("from v11"), None));
    assert!(d.withdrawn_approvals.is_empty());
    let dup = s.approve_statement(statement, org, Some(1), None).expect_err("the upgraded approval still counts");
    assert!(dup.to_string().contains("already approved revision 1"), "{dup}");
    s.withdraw_statement_approval(a.id).expect("withdraw");
    s.approve_statement(statement, org, Some(1), None).expect("approve again");
}

/// The schema 12 fixture holds a standing approval and a withdrawn one (statement 1); later upgrades keep both
/// as they were.
#[test]
fn the_schema_12_fixture_keeps_its_withdrawn_approval_through_upgrades() {
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("v12.sqlite3");
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v12.sqlite3");
    std::fs::copy(fixture, &copy).expect("copy the schema 12 fixture");
    let s = Store::open(&copy).expect("open and upgrade");
    let d = s.statement_detail(1).expect("statement 1");
    let standing: Vec<_> = d.approvals.iter().map(|a| (a.revision, a.organisation_name.as_str())).collect();
    assert_eq!(standing, vec![(2, "Asia Pacific Mission for Migrants")]);
    let withdrawn: Vec<_> = d
        .withdrawn_approvals
        .iter()
        .map(|a| (a.revision, a.organisation_name.as_str(), a.withdrawn_at.is_some()))
        .collect();
    assert_eq!(withdrawn, vec![(1, "Asia Pacific Forum on Women, Law and Development", true)]);
}

#[test]
fn publishing_needs_an_issuer_and_unknown_references_are_named() {
    let (_d, mut s) = store();
    let ima = org(&mut s, "IMA", "HK");
    let st = s.create_statement(&input("No issuer", vec![]), "Text").expect("create");
    s.approve_statement(st.id, ima, None, None).expect("approve");
    let err = s.set_statement_status(st.id, StatementStatus::Published, None).expect_err("no issuer");
    assert_eq!(err.fields()[0].field, "issuers");
    let err = s.create_statement(&input("Bad", vec![999]), "x").expect_err("unknown org");
    assert!(err.to_string().contains("organisation 999 does not exist"), "{err}");
    let err = s
        .create_statement(&StatementInput { source_lang: "english".into(), ..input("T", vec![]) }, "x")
        .expect_err("lang");
    assert_eq!(err.fields()[0].field, "source_lang");
    assert!(s.list_statements(None, None).expect("list").len() == 1, "refused inputs wrote nothing");
}

#[test]
fn a_translation_is_outdated_only_when_the_source_text_changed() {
    let (_d, mut s) = store();
    let st = s.create_statement(&input("Stop the deportations", vec![]), "Para one.\n\nPara two.").expect("create");
    let tr = s
        .save_translation(st.id, "es", "Alto a las deportaciones", "Párrafo uno.\n\nPárrafo dos.", None, None)
        .expect("es");
    assert_eq!((tr.based_on_revision, tr.outdated), (1, false));
    assert!(s.save_translation(st.id, "EN", "x", "y", None, None).is_err(), "the source language is not a translation");
    s.name_statement_revision(st.id, 1, "Sent to partners").expect("name");
    let t0 = Utc::now() + Duration::hours(2);
    s.save_statement_draft_at(st.id, "Stop the deportations", "Para one.\n\nPara two.", t0).expect("same text");
    assert!(!s.statement_translation(st.id, "es").expect("es").outdated);
    s.save_statement_draft_at(st.id, "Stop the deportations", "Para one.\n\nPara two, changed.", t0).expect("edit");
    let tr = s.statement_translation(st.id, "es").expect("es");
    assert!(tr.outdated && tr.based_on_revision == 1);
    // Re-saving the translation's text keeps its base; "mark as updated" moves it.
    let tr = s
        .save_translation(st.id, "es", "Alto a las deportaciones", "Párrafo uno.\n\nPárrafo dos, cambiado.", None, None)
        .expect("es");
    assert!(tr.outdated);
    let tr = s.mark_translation_updated(st.id, "es").expect("updated");
    assert!(!tr.outdated && tr.based_on_revision == 2);
    assert_eq!(s.get_statement(st.id).expect("get").translations, vec!["es".to_string()]);

    // Typing in the source right after a translation was brought up to date starts a new revision (its base is
    // closed), so the translation shows as outdated instead of silently following the edit.
    let saved =
        s.save_statement_draft(st.id, "Stop the deportations", "Para one.\n\nPara two, changed again.").expect("edit");
    assert!(saved.new_revision && saved.revision == 3);
    assert!(s.statement_translation(st.id, "es").expect("es").outdated);
}

#[test]
fn endorsements_are_counted_withdrawn_and_reinstated_and_contacts_keep_their_order() {
    let (_d, mut s) = store();
    let a = org(&mut s, "Migrante Canada", "CA");
    let b = org(&mut s, "KSBSI", "ID");
    let p = s
        .create_person(&PersonInput { name: "Dana Reyes".into(), organisation_id: Some(b), ..Default::default() })
        .expect("p");
    let q = s.create_person(&PersonInput { name: "Eni Lestari".into(), ..Default::default() }).expect("q");
    let st = s.create_statement(&input("Solidarity", vec![a]), "Text").expect("create");
    let e1 =
        s.endorse_statement(st.id, &EndorsementInput { organisation_id: Some(a), ..Default::default() }).expect("a");
    assert_eq!(e1.country.as_deref(), Some("CA"));
    let e2 = s
        .endorse_statement(
            st.id,
            &EndorsementInput {
                person_id: Some(p.id),
                note: Some("in personal capacity".into()),
                ..Default::default()
            },
        )
        .expect("p");
    assert_eq!(e2.country.as_deref(), Some("ID"), "a person counts under their organisation's country");
    assert!(s.endorse_statement(st.id, &EndorsementInput { organisation_id: Some(a), ..Default::default() }).is_err());
    let both = EndorsementInput { organisation_id: Some(a), person_id: Some(p.id), ..Default::default() };
    assert_eq!(s.endorse_statement(st.id, &both).expect_err("both").fields()[0].field, "endorser");
    assert_eq!(s.get_statement(st.id).expect("get").endorsement_count, 2);
    s.withdraw_endorsement(e1.id).expect("withdraw");
    assert_eq!(s.get_statement(st.id).expect("get").endorsement_count, 1);
    let again = s
        .endorse_statement(st.id, &EndorsementInput { organisation_id: Some(a), ..Default::default() })
        .expect("again");
    assert_eq!((again.id, again.withdrawn_on), (e1.id, None));

    let c = s.set_statement_contacts(st.id, &[q.id, p.id]).expect("contacts");
    assert_eq!(c.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), vec!["Eni Lestari", "Dana Reyes"]);
    assert!(s.set_statement_contacts(st.id, &[404]).is_err());
    assert_eq!(s.statement_detail(st.id).expect("d").contacts.len(), 2, "a refused change kept the old list");
}

#[test]
fn organisations_and_people_on_statements_cannot_be_deleted_and_say_why() {
    let (_d, mut s) = store();
    let a = org(&mut s, "Migrante Canada", "CA");
    let p = s.create_person(&PersonInput { name: "Dana Reyes".into(), ..Default::default() }).expect("p");
    let st = s.create_statement(&input("Solidarity", vec![a]), "Text").expect("create");
    s.set_statement_contacts(st.id, &[p.id]).expect("contacts");
    assert_eq!(s.organisation_usage(a).expect("usage").statements, 1);
    let err = s.delete_organisation(a).expect_err("issuer");
    assert!(err.to_string().contains("1 statement"), "{err}");
    let err = s.delete_person(p.id).expect_err("contact");
    assert_eq!(err.fields()[0].field, "person");
    s.delete_statement(st.id).expect("delete statement");
    s.delete_organisation(a).expect("now it can go");
    s.delete_person(p.id).expect("and so can the contact");
}

#[test]
fn revisions_saved_before_word_counts_were_stored_are_counted_when_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("v9.sqlite3");
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v9.sqlite3");
    std::fs::copy(fixture, &copy).expect("copy the schema 9 fixture");
    let s = Store::open(&copy).expect("open and upgrade");
    let first = s.list_statements(None, None).expect("list").into_iter().next().expect("a statement");
    let revisions = s.statement_revisions(first.id).expect("revisions");
    let current = s.statement_revision(first.id, first.revision).expect("current");
    let listed = revisions.iter().find(|r| r.number == first.revision).expect("listed");
    assert!(listed.words > 0 && listed.words == current.words, "{} vs {}", listed.words, current.words);
}
