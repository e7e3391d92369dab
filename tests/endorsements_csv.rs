//! A statement's endorsements exported as CSV from a real SQLite file and read back with the csv crate: every
//! sign-on once (withdrawn ones with their date), organisations and people told apart, cells a spreadsheet would
//! run as formulas quoted, and the file replaced whole.

use campaign_desk::domain::{EndorsementInput, OrganisationInput, PersonInput, StatementInput};
use campaign_desk::service::endorsements_csv::{export_endorsements, group_by_country, HEADER};
use campaign_desk::store::Store;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let s = Store::open(&dir.path().join("s.sqlite3")).expect("open");
    (dir, s)
}

fn org(s: &mut Store, name: &str, country: Option<&str>) -> i64 {
    s.create_organisation(&OrganisationInput {
        name: name.into(),
        country: country.map(Into::into),
        ..Default::default()
    })
    .expect("org")
    .id
}

fn endorse(s: &mut Store, statement: i64, org: Option<i64>, person: Option<i64>, on: &str, note: Option<&str>) -> i64 {
    let input = EndorsementInput {
        organisation_id: org,
        person_id: person,
        endorsed_on: Some(on.into()),
        note: note.map(Into::into),
    };
    s.endorse_statement(statement, &input).expect("endorse").id
}

fn read(path: &std::path::Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).expect("read back");
    let header = r.headers().expect("header").iter().map(String::from).collect();
    let rows = r.records().map(|rec| rec.expect("row").iter().map(String::from).collect()).collect();
    (header, rows)
}

#[test]
fn endorsements_are_written_as_csv_and_read_back() {
    let (dir, mut s) = store();
    let st = s
        .create_statement(&StatementInput { title: "Justice for Ana".into(), ..Default::default() }, "Text.")
        .expect("statement");
    let migrante = org(&mut s, "Migrante Canada", Some("CA"));
    let kmu = org(&mut s, "KMU, \"Kilusang\" Mayo Uno", Some("PH"));
    let nameless = org(&mut s, "=HYPERLINK(\"http://evil.example\")", None);
    let person = s
        .create_person(&PersonInput { name: "Ana Reyes".into(), organisation_id: Some(kmu), ..Default::default() })
        .expect("person")
        .id;
    endorse(&mut s, st.id, Some(migrante), None, "2030-03-01", Some("Line one\nline two"));
    let withdrawn = endorse(&mut s, st.id, Some(kmu), None, "2030-03-02", None);
    endorse(&mut s, st.id, Some(nameless), None, "2030-03-03", Some("+1 for this"));
    endorse(&mut s, st.id, None, Some(person), "2030-03-04", Some("-"));
    s.withdraw_endorsement(withdrawn).expect("withdraw");

    let path = dir.path().join("endorsements.csv");
    std::fs::write(&path, "old content that must be replaced whole").expect("pre-existing file");
    assert_eq!(export_endorsements(&s, st.id, &path).expect("export"), 4);

    let (header, rows) = read(&path);
    assert_eq!(header, HEADER.map(String::from).to_vec());
    let today = chrono::Local::now().date_naive().to_string();
    assert_eq!(
        rows,
        vec![
            vec!["Migrante Canada", "organisation", "CA", "2030-03-01", "Line one\nline two", ""],
            vec!["KMU, \"Kilusang\" Mayo Uno", "organisation", "PH", "2030-03-02", "", today.as_str()],
            vec!["'=HYPERLINK(\"http://evil.example\")", "organisation", "", "2030-03-03", "'+1 for this", ""],
            vec!["Ana Reyes", "person", "PH", "2030-03-04", "'-", ""],
        ]
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary file is left: {leftovers:?}");

    let list = s.statement_endorsements(st.id).expect("list");
    let groups = group_by_country(&list);
    let shape: Vec<_> = groups.iter().map(|g| (g.country.as_deref(), g.active, g.endorsements.len())).collect();
    assert_eq!(shape, vec![(Some("CA"), 1, 1), (Some("PH"), 1, 2), (None, 1, 1)]);
}

#[test]
fn a_statement_without_endorsements_gives_a_header_only_file_and_errors_are_reported() {
    let (dir, mut s) = store();
    let st = s
        .create_statement(&StatementInput { title: "Quiet one".into(), ..Default::default() }, "Text.")
        .expect("statement");
    let path = dir.path().join("none.csv");
    assert_eq!(export_endorsements(&s, st.id, &path).expect("export"), 0);
    let (header, rows) = read(&path);
    assert_eq!(header.len(), HEADER.len());
    assert!(rows.is_empty());

    let missing = export_endorsements(&s, st.id + 100, &dir.path().join("x.csv")).expect_err("no such statement");
    assert_eq!(missing.kind(), "not_found");
    let no_folder = export_endorsements(&s, st.id, &dir.path().join("nope").join("x.csv")).expect_err("no folder");
    assert_eq!(no_folder.kind(), "io");
}
