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
    assert!(p.rows[2].message.as_deref().is_some_and(|m| m.contains("'INDONESIA' is not a two-letter country code")));
    assert!(p.rows[3].message.as_deref().is_some_and(|m| m.contains("did you mean Europe/London?")));
    assert_eq!(p.rows[4].message.as_deref(), Some("same name as line 2 of this file"));
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
    assert!(r.stderr.contains("line 3: email: 'not-an-email' is not an email address"), "{}", r.stderr);
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
