//! Countries are ISO 3166-1 alpha-2 codes, checked against the table (issue #13: "New Zealand" was cut to NE, Niger,
//! and "UK" was accepted): the CLI and CSV imports refuse anything else with a "did you mean", and the UI's copy of
//! the table (ui/src/lib/countries.ts) is the core's.

mod common;

use campaign_desk::csv_io::{self, CsvKind, RowStatus};
use campaign_desk::domain::country::COUNTRIES;
use campaign_desk::Store;
use common::Cli;

#[test]
fn the_cli_stores_codes_and_refuses_names_and_unassigned_codes_with_a_did_you_mean() {
    let cli = Cli::new();
    let org = cli.ok(&["org", "add", "--name", "Gabriela Aotearoa", "--country", " nz "]);
    assert_eq!(org["country"], "NZ");

    let r = cli.run(&["org", "add", "--name", "Migrante UK", "--country", "UK"]);
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(r.stderr.contains("'UK' is not a country code; did you mean GB (United Kingdom)?"), "{}", r.stderr);

    let r = cli.run(&["org", "add", "--name", "Migrante Aotearoa", "--country", "New Zealand"]);
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(r.stderr.contains("did you mean NZ (New Zealand)?"), "{}", r.stderr);

    let r = cli.run(&["org", "add", "--name", "Somewhere", "--country", "XX"]);
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(r.stderr.contains("'XX' is not a country code: use the two-letter ISO 3166 code"), "{}", r.stderr);

    let list = cli.ok(&["org", "list"]);
    assert_eq!(list.as_array().map(Vec::len), Some(1), "only the organisation with a real code was added: {list}");
}

#[test]
fn a_csv_import_marks_rows_with_unknown_countries_and_says_which_was_meant() {
    let store = Store::open_in_memory().expect("store");
    let text =
        "name,country\nMigrante UK,UK\nGabriela Aotearoa,New Zealand\nKABAR BUMI,id\nAtlantis Workers,Atlantis\n";
    let p = csv_io::preview(&store, CsvKind::Organisations, text, None).expect("preview");
    let rows: Vec<(RowStatus, String)> =
        p.rows.iter().map(|r| (r.status.clone(), r.message.clone().unwrap_or_default())).collect();
    assert_eq!(rows[0].0, RowStatus::Error);
    assert!(rows[0].1.contains("did you mean GB (United Kingdom)?"), "{rows:?}");
    assert_eq!(rows[1].0, RowStatus::Error);
    assert!(rows[1].1.contains("did you mean NZ (New Zealand)?"), "{rows:?}");
    assert_eq!(rows[2].0, RowStatus::New, "{rows:?}");
    assert_eq!(rows[3].0, RowStatus::Error);
    assert!(rows[3].1.contains("'Atlantis' is not a country code: use the two-letter ISO 3166 code"), "{rows:?}");
}

/// The UI lists, names and searches countries from its own copy of the table: it must be the core's, entry for
/// entry (code, English name, aliases).
#[test]
fn the_ui_table_is_the_core_table() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/countries.ts");
    let ts = std::fs::read_to_string(&path).expect("read countries.ts");
    let rows: Vec<&str> = ts.lines().map(str::trim).filter(|l| l.starts_with("[\"") && l.ends_with("],")).collect();
    assert_eq!(rows.len(), COUNTRIES.len(), "rows of {}", path.display());
    for (row, country) in rows.iter().zip(COUNTRIES) {
        let value: serde_json::Value = serde_json::from_str(row.trim_end_matches(',')).expect("a JSON row");
        let aliases: Vec<&str> = value[2].as_array().expect("aliases").iter().filter_map(|a| a.as_str()).collect();
        assert_eq!(value[0], country.code, "{row}");
        assert_eq!(value[1], country.name, "{row}");
        assert_eq!(aliases, country.aliases, "{row}");
    }
}
