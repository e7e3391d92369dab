//! Member lists from spreadsheets: preview, duplicates, all-or-nothing import, and export back.

mod common;

use campaign_desk::csv_io::{self, CsvKind, RowStatus};
use campaign_desk::domain::OrganisationInput;
use campaign_desk::Store;
use common::Cli;

#[test]
fn preview_maps_columns_flags_duplicates_and_names_bad_lines() {
    let mut store = Store::open_in_memory().expect("store");
    store
        .create_organisation(&OrganisationInput { name: "Migrante Canada".into(), ..Default::default() })
        .expect("org");
    let text = "\u{feff}Organization,Acronym,Country,Time zone,E-mail\n\
                International Migrants Alliance,IMA,HK,Asia/Hong_Kong,ima@example.org\n\
                migrante canada,,CA,America/Toronto,\n\
                KABAR BUMI,,Indonesia,Asia/Jakarta,\n\
                ,,,,\n\
                Migrante UK,,GB,Europe/Lndon,uk@example.org\n\
                International Migrants Alliance,,,,\n";
    let p = csv_io::preview(&store, CsvKind::Organisations, text, None).expect("preview");
    assert_eq!(p.mapping[0].as_deref(), Some("name"));
    assert_eq!(p.mapping[3].as_deref(), Some("zone"));
    let summary: Vec<(u64, RowStatus)> = p.rows.iter().map(|r| (r.line, r.status.clone())).collect();
    assert_eq!(
        summary,
        [
            (2, RowStatus::New),
            (3, RowStatus::Duplicate),
            (4, RowStatus::Error),
            (6, RowStatus::Error),
            (7, RowStatus::Duplicate)
        ]
    );
    assert!(p.rows[2]
        .message
        .as_deref()
        .is_some_and(|m| m.contains("'Indonesia' is not a country code; did you mean ID (Indonesia)?")));
    assert!(p.rows[3].message.as_deref().is_some_and(|m| m.contains("did you mean Europe/London?")));
    assert_eq!(p.rows[4].message.as_deref(), Some("same name as row 2 of this file"));
    // Nothing is written by a preview.
    assert_eq!(store.list_organisations(None).expect("list").len(), 1);
    assert_eq!(csv_io::apply(&mut store, &p).expect("apply"), 1);
    assert_eq!(store.list_organisations(None).expect("list").len(), 2);
}

#[test]
fn cli_import_with_a_bad_row_writes_nothing_then_a_clean_file_round_trips() {
    let cli = Cli::new();
    let bad = cli.dir.path().join("bad.csv");
    std::fs::write(&bad, "name,email\nIMA,ima@example.org\nAPMM,not-an-email\n").expect("write");
    let r = cli.run(&["org", "import", "--csv", bad.to_str().expect("utf8")]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("row 3: email: 'not-an-email' is not an email address"), "{}", r.stderr);
    assert_eq!(cli.ok(&["org", "list"]).as_array().map(Vec::len), Some(0));

    let good = cli.dir.path().join("good.csv");
    std::fs::write(&good, "name,country,email\nIMA,HK,ima@example.org\nAPMM,HK,\n").expect("write");
    let dry = cli.ok(&["org", "import", "--csv", good.to_str().expect("utf8"), "--dry-run"]);
    assert_eq!((dry["new"].as_u64(), dry["created"].as_u64()), (Some(2), Some(0)));
    assert_eq!(cli.ok(&["org", "import", "--csv", good.to_str().expect("utf8")])["created"], 2);
    // Importing the same file again finds only duplicates.
    let again = cli.ok(&["org", "import", "--csv", good.to_str().expect("utf8")]);
    assert_eq!((again["duplicates"].as_u64(), again["created"].as_u64()), (Some(2), Some(0)));

    let people = cli.dir.path().join("people.csv");
    std::fs::write(&people, "Name,Organisation,Position,Email\nMei Ling,IMA,Coordinator,mei@example.org\n")
        .expect("write");
    cli.ok(&["person", "import", "--csv", people.to_str().expect("utf8")]);

    let out = cli.dir.path().join("out.csv");
    cli.ok(&["person", "export", "--csv", out.to_str().expect("utf8")]);
    assert_eq!(
        std::fs::read_to_string(&out).expect("read"),
        "name,organisation,role,email,phone,notes\nMei Ling,IMA,Coordinator,mei@example.org,,\n"
    );
}

/// The rows a spreadsheet shows: a quoted field over several lines is one row, blank lines are rows, and old Mac
/// files (CR only) are read with the same numbers as LF and CRLF ones.
#[test]
fn rows_are_numbered_as_a_spreadsheet_shows_them_whatever_the_line_ends() {
    let store = Store::open_in_memory().expect("store");
    let lf = "name,notes,zone\n\"IMA\",\"two\nlines\",Asia/Hong_Kong\n\nAPMM,,Asia/Nowhere\nMigrante,,Europe/Lndon\n";
    for (ending, text) in [("LF", lf.to_string()), ("CR", lf.replace('\n', "\r")), ("CRLF", lf.replace('\n', "\r\n"))] {
        let p = csv_io::preview(&store, CsvKind::Organisations, &text, None).expect(ending);
        let rows: Vec<(u64, RowStatus)> = p.rows.iter().map(|r| (r.line, r.status.clone())).collect();
        assert_eq!(rows, [(2, RowStatus::New), (4, RowStatus::Error), (5, RowStatus::Error)], "{ending}");
        assert_eq!(p.rows[0].values["name"], "IMA", "{ending}");
        assert!(p.rows[0].values["notes"].starts_with("two") && p.rows[0].values["notes"].ends_with("lines"));
    }
    // Blank lines before the header move it down too.
    let p = csv_io::preview(&store, CsvKind::Organisations, "\r\n\r\nname\r\nIMA\r\n", None).expect("blank first");
    assert_eq!(p.rows[0].line, 4);
}

#[test]
fn a_huge_cell_gets_a_short_clean_message() {
    let store = Store::open_in_memory().expect("store");
    let huge = format!("name,email\nIMA,\u{1b}[2J{}\n", "x".repeat(5_000_000));
    let p = csv_io::preview(&store, CsvKind::Organisations, &huge, None).expect("preview");
    let message = p.rows[0].message.as_deref().expect("an error");
    assert!(message.len() < 300, "{} bytes: {}", message.len(), &message[..300.min(message.len())]);
    assert!(message.contains('…') && !message.contains('\u{1b}'), "{message}");
}

/// OWASP's CSV injection advice: a cell that a spreadsheet would run as a formula gets a leading `'`, in the
/// directory export as in every CSV we write; our import takes it off again, so an export round-trips.
#[test]
fn exported_cells_never_start_a_formula_and_read_back_unchanged() {
    let mut store = Store::open_in_memory().expect("store");
    let names = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1 SUM", "-2+3", "@cmd", "\tTabbed", "Plain = fine"];
    for n in names {
        let input = OrganisationInput { name: n.into(), notes: Some("=1+1".into()), ..Default::default() };
        store.create_organisation(&input).expect(n);
    }
    let text = csv_io::export(&store, CsvKind::Organisations).expect("export");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    for record in reader.records() {
        let record = record.expect("record");
        for cell in record.iter() {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?} in {text}");
        }
    }
    assert!(text.contains("'=HYPERLINK") && text.contains("'=1+1") && text.contains("Plain = fine"), "{text}");

    let fresh = Store::open_in_memory().expect("store");
    let p = csv_io::preview(&fresh, CsvKind::Organisations, &text, None).expect("read back");
    let mut read: Vec<&str> = p.rows.iter().map(|r| r.values["name"].as_str()).collect();
    read.sort_unstable();
    let mut want: Vec<&str> = names.iter().map(|n| n.trim()).collect();
    want.sort_unstable();
    assert_eq!(read, want);
    assert!(p.rows.iter().all(|r| r.values["notes"] == "=1+1"));
}

/// An organisation's own day (find a time's working days and hours) goes out in the CSV and back in: a spreadsheet
/// kept by the alliance keeps it, a wrong cell is refused with its row, and empty cells keep the defaults.
#[test]
fn an_organisations_hours_round_trip_and_a_wrong_cell_is_named() {
    let mut store = Store::open_in_memory().expect("store");
    let own = OrganisationInput {
        name: "Migrante Middle East".into(),
        working_hours: Some("10:00-19:00".into()),
        working_days: Some("sun-thu".into()),
        sleeping_hours: Some("00:00-08:00".into()),
        ..Default::default()
    };
    store.create_organisation(&own).expect("org");
    store.create_organisation(&OrganisationInput { name: "IMA".into(), ..Default::default() }).expect("org");
    let text = csv_io::export(&store, CsvKind::Organisations).expect("export");
    let header = text.lines().next().unwrap_or_default();
    assert!(header.ends_with(",notes,working_hours,working_days,sleeping_hours"), "{header}");
    assert!(text.contains("Migrante Middle East,,,,,,,,,10:00-19:00,sun-thu,00:00-08:00"), "{text}");

    let mut fresh = Store::open_in_memory().expect("store");
    let preview = csv_io::preview(&fresh, CsvKind::Organisations, &text, None).expect("preview");
    assert_eq!(csv_io::apply(&mut fresh, &preview).expect("apply"), 2);
    let orgs = fresh.list_organisations(None).expect("list");
    let back = orgs.iter().find(|o| o.name == "Migrante Middle East").expect("imported");
    assert_eq!(
        (back.working_hours.as_deref(), back.working_days.as_deref(), back.sleeping_hours.as_deref()),
        (Some("10:00-19:00"), Some("sun-thu"), Some("00:00-08:00"))
    );
    let ima = orgs.iter().find(|o| o.name == "IMA").expect("imported");
    assert_eq!((ima.working_hours.as_deref(), ima.working_days.as_deref()), (None, None));

    // Spellings of real sheets, and a wrong cell named by its row.
    let sheet = "Organisation,Office hours,Workdays,Asleep\nKABAR BUMI,9-5,mon-fri,23:00-07:00\n";
    let p = csv_io::preview(&fresh, CsvKind::Organisations, sheet, None).expect("preview");
    assert_eq!(
        p.mapping[1..].iter().map(|m| m.as_deref()).collect::<Vec<_>>(),
        [Some("working_hours"), Some("working_days"), Some("sleeping_hours")]
    );
    assert_eq!(p.rows[0].status, RowStatus::Error);
    let message = p.rows[0].message.as_deref().unwrap_or_default();
    assert!(message.contains("'9-5' is not a range of hours such as 09:00-18:00"), "{message}");
}
