//! The `statement` commands on a real database file, against the documented contract: new, edit, list, show
//! (`--json` shape), translate, approve, endorse, diff; bad input is refused with the field named and changes
//! nothing.

mod common;

use common::Cli;

fn org(cli: &Cli, name: &str, country: &str) -> String {
    cli.ok(&["org", "add", "--name", name, "--country", country])["id"].as_i64().expect("org id").to_string()
}

fn write(cli: &Cli, name: &str, text: &str) -> String {
    let p = cli.dir.path().join(name);
    std::fs::write(&p, text).expect("write body");
    p.to_str().expect("utf-8 path").to_string()
}

#[test]
fn a_statement_is_drafted_approved_revised_translated_and_endorsed() {
    let cli = Cli::new();
    let ima = org(&cli, "International Migrants Alliance", "HK");
    let mig = org(&cli, "Migrante Canada", "CA");
    let v1 = write(&cli, "v1.md", "We stand with migrant workers.\n\nStop the deportations.");
    let s = cli.ok(&[
        "statement",
        "new",
        "--title",
        "Stop the deportations",
        "--kind",
        "press-release",
        "--issuer",
        &ima,
        "--body-file",
        &v1,
        "--place",
        "Hong Kong",
        "--date",
        "2025-12-18",
    ]);
    let id = s["id"].as_i64().expect("id").to_string();
    assert_eq!((s["revision"].as_i64(), s["kind"].as_str()), (Some(1), Some("press_release")));

    let a = cli.ok(&["statement", "approve", &id, "--org", &ima]);
    assert_eq!(a["revision"], 1);
    let es = write(&cli, "es.md", "Estamos con los trabajadores migrantes.\n\nAlto a las deportaciones.");
    let t = cli.ok(&[
        "statement",
        "translate",
        &id,
        "--lang",
        "es",
        "--title",
        "Alto a las deportaciones",
        "--body-file",
        &es,
    ]);
    assert_eq!((t["outdated"].as_bool(), t["based_on_revision"].as_i64()), (Some(false), Some(1)));

    let v2 = write(&cli, "v2.md", "We stand with all migrant workers.\n\nStop the deportations.");
    let e = cli.ok(&["statement", "edit", &id, "--body-file", &v2]);
    assert_eq!(e["revision"], 2);
    cli.ok(&["statement", "endorse", &id, "--org", &mig, "--note", "with love from Toronto"]);

    let show = cli.ok(&["statement", "show", &id]);
    let revs: Vec<i64> =
        show["revisions"].as_array().expect("revisions").iter().map(|r| r["number"].as_i64().expect("n")).collect();
    assert_eq!(revs, vec![2, 1]);
    assert_eq!(show["approvals"][0]["org"].as_i64().map(|o| o.to_string()), Some(ima.clone()));
    assert_eq!(
        (show["approvals"][0]["revision"].as_i64(), show["approvals"][0]["stale"].as_bool()),
        (Some(1), Some(true))
    );
    assert_eq!(show["translations"][0]["language"], "es");
    assert_eq!(
        (show["translations"][0]["outdated"].as_bool(), show["translations"][0]["based_on_revision"].as_i64()),
        (Some(true), Some(1))
    );
    assert_eq!(show["endorsements"].as_array().expect("endorsements").len(), 1);
    assert!(show["body"].as_str().expect("body").contains("all migrant workers"));

    let es_show = cli.ok(&["statement", "show", &id, "--lang", "es"]);
    assert_eq!(es_show["title"], "Alto a las deportaciones");

    let diff = cli.run(&["statement", "diff", &id]);
    assert_eq!(diff.status, 0, "{}", diff.stderr);
    assert!(diff.stdout.contains("{+all +}"), "{}", diff.stdout);

    // Publishing refuses text nobody approved, naming the revisions; then works once revision 2 is approved.
    let refused = cli.run(&["statement", "edit", &id, "--status", "published"]);
    assert_eq!(refused.status, 2);
    assert!(refused.stderr.contains("revision 1") && refused.stderr.contains("revision 2"), "{}", refused.stderr);
    cli.ok(&["statement", "approve", &id, "--org", &ima]);
    let p = cli.ok(&["statement", "edit", &id, "--status", "published", "--published-on", "2025-12-18"]);
    assert_eq!(p["status"], "published");

    let listed = cli.ok(&["statement", "list", "--status", "published"]);
    assert_eq!(listed.as_array().expect("list").len(), 1);
    let none = cli.ok(&["statement", "list", "--status", "draft"]);
    assert!(none.as_array().expect("list").is_empty());
}

/// An approval withdrawn in the app is history in `show`: listed apart, with when, and never among the approvals.
#[test]
fn show_lists_withdrawn_approvals_apart_from_the_standing_ones() {
    let cli = Cli::new();
    let ima = org(&cli, "International Migrants Alliance", "HK");
    let mig = org(&cli, "Migrante Canada", "CA");
    let s = cli.ok(&["statement", "new", "--title", "Stop the deportations"]);
    let id = s["id"].as_i64().expect("id").to_string();
    cli.ok(&["statement", "approve", &id, "--org", &ima]);
    let gone = cli.ok(&["statement", "approve", &id, "--org", &mig, "--note", "by email"]);
    {
        // Withdrawing is the app's (the review panel's); the CLI shows the result.
        let mut store = campaign_desk::store::Store::open(&cli.db).expect("open");
        store.withdraw_statement_approval(gone["id"].as_i64().expect("approval id")).expect("withdraw");
    }
    let show = cli.ok(&["statement", "show", &id]);
    let standing: Vec<_> =
        show["approvals"].as_array().expect("approvals").iter().map(|a| a["org_name"].clone()).collect();
    assert_eq!(standing, vec![serde_json::json!("International Migrants Alliance")]);
    let withdrawn = &show["withdrawn_approvals"];
    assert_eq!(withdrawn.as_array().map(Vec::len), Some(1), "{show}");
    assert_eq!(
        (withdrawn[0]["org_name"].as_str(), withdrawn[0]["note"].as_str()),
        (Some("Migrante Canada"), Some("by email"))
    );
    assert!(withdrawn[0]["withdrawn_at"]
        .as_str()
        .is_some_and(|at| at >= withdrawn[0]["approved_at"].as_str().unwrap_or("~")));

    let text = cli.run(&["statement", "show", &id]);
    assert_eq!(text.status, 0, "{}", text.stderr);
    let (approvals, history) = text.stdout.split_once("Withdrawn approvals").expect("a section for withdrawn ones");
    assert!(approvals.contains("revision 1: International Migrants Alliance") && !approvals.contains("Migrante"));
    assert!(
        history.contains("revision 1: Migrante Canada (approved ") && history.contains(", withdrawn "),
        "{history}"
    );
}

#[test]
fn bad_input_names_the_field_and_writes_nothing() {
    let cli = Cli::new();
    let r = cli.run(&["statement", "new", "--title", "X", "--kind", "manifesto"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("kind") && r.stderr.contains("press_release"), "{}", r.stderr);
    let r = cli.run(&["statement", "new", "--title", "X", "--issuer", "42"]);
    assert!(r.stderr.contains("organisation 42 does not exist"), "{}", r.stderr);
    let r = cli.run(&["statement", "new", "--title", "X", "--body-file", "/nonexistent/body.md"]);
    assert_ne!(r.status, 0);
    assert!(r.stderr.contains("/nonexistent/body.md"), "{}", r.stderr);
    assert!(cli.ok(&["statement", "list"]).as_array().expect("list").is_empty());

    // Without --body-file a statement starts from its kind's template.
    let s = cli.ok(&["statement", "new", "--title", "Open letter", "--kind", "open_letter"]);
    let id = s["id"].as_i64().expect("id").to_string();
    let show = cli.ok(&["statement", "show", &id]);
    assert!(show["body"].as_str().expect("body").contains("undersigned"));
    let r = cli.run(&["statement", "translate", &id, "--lang", "Spanish", "--title", "t", "--body-file", "/dev/null"]);
    assert!(r.stderr.contains("lang"), "{}", r.stderr);
    let r = cli.run(&["statement", "endorse", &id]);
    assert_ne!(r.status, 0, "an endorsement needs --org or --person");
    assert_eq!(cli.ok(&["statement", "show", &id])["translations"].as_array().expect("t").len(), 0);
}

#[test]
fn export_writes_each_format_and_refuses_unknown_ones() {
    let cli = Cli::new();
    let ima = org(&cli, "International Migrants Alliance", "HK");
    let body = write(&cli, "b.md", "We demand **justice** for migrant workers.");
    let s = cli.ok(&["statement", "new", "--title", "Justice now", "--issuer", &ima, "--body-file", &body]);
    let id = s["id"].as_i64().expect("id").to_string();
    let es = write(&cli, "es.md", "Exigimos **justicia** para los trabajadores migrantes.");
    cli.ok(&["statement", "translate", &id, "--lang", "es", "--title", "Justicia ya", "--body-file", &es]);

    let md = cli.run(&["statement", "export", &id, "--format", "md"]);
    assert_eq!(md.status, 0, "{}", md.stderr);
    assert!(md.stdout.contains("Justice now") && md.stdout.contains("**justice**"), "{}", md.stdout);
    let all = cli.run(&["statement", "export", &id, "--format", "txt", "--lang", "all"]);
    assert!(all.stdout.contains("Justice now") && all.stdout.contains("Justicia ya"), "{}", all.stdout);
    for (format, magic) in [("pdf", &b"%PDF"[..]), ("docx", &b"PK"[..]), ("html", &b"<!DOCTYPE html>"[..])] {
        let path = cli.dir.path().join(format!("out.{format}"));
        let path = path.to_str().expect("utf-8");
        let r = cli.ok(&["statement", "export", &id, "--format", format, "--lang", "es", "-o", path]);
        assert_eq!(r["format"], format);
        let bytes = std::fs::read(path).expect("written");
        assert!(bytes.starts_with(magic), "{format} starts with {:?}", &bytes[..8.min(bytes.len())]);
    }
    let post = cli.ok(&["statement", "post", &id, "--platform", "x", "--lang", "es"]);
    assert!(post["text"].as_str().expect("text").starts_with("Justicia ya"), "{post}");
    assert!(post["length"].as_u64().expect("length") <= post["limit"].as_u64().expect("limit"));
    let bad = cli.run(&["statement", "export", &id, "--format", "odt"]);
    assert_eq!(bad.status, 2);
    assert!(bad.stderr.contains("format") && bad.stderr.contains("docx"), "{}", bad.stderr);
    let missing = cli.run(&["statement", "export", &id, "--format", "md", "--lang", "fr"]);
    assert!(missing.stderr.contains("no translation into fr") && missing.stderr.contains("es"), "{}", missing.stderr);
}
