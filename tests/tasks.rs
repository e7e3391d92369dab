//! A campaign's checklist through the CLI on a real database file: add, list with overdue marks, tick off and
//! reopen, bad input refused with the field named and nothing written, and what happens when the campaign or the
//! owner goes.

mod common;

use common::Cli;

fn campaign(cli: &Cli) -> String {
    let c = cli.ok(&[
        "campaign",
        "add",
        "--title",
        "Day of Action",
        "--kind",
        "day_of_action",
        "--start",
        "2025-03-08",
        "--end",
        "2025-03-08",
    ]);
    c["id"].as_i64().expect("campaign id").to_string()
}

#[test]
fn tasks_are_added_listed_and_ticked_off() {
    let cli = Cli::new();
    let c = campaign(&cli);
    let person = cli.ok(&["person", "add", "--name", "Dana Reyes"]);
    let owner = person["id"].as_i64().expect("person id").to_string();
    let t = cli.ok(&[
        "task",
        "add",
        "--campaign",
        &c,
        "--title",
        "Book the hall",
        "--due",
        "2000-01-10",
        "--owner",
        &owner,
    ]);
    assert_eq!(t["owner_name"], "Dana Reyes");
    assert_eq!(t["done_at"], serde_json::Value::Null);
    cli.ok(&["task", "add", "--campaign", &c, "--title", "Print banners"]);

    let listed = cli.run(&["task", "list", "--campaign", &c]);
    assert_eq!(listed.status, 0, "{}", listed.stderr);
    let hall = listed.stdout.lines().find(|l| l.contains("Book the hall")).expect("listed");
    assert!(hall.contains("OVERDUE"), "{}", listed.stdout);

    let id = t["id"].as_i64().expect("task id").to_string();
    let done = cli.ok(&["task", "done", &id]);
    assert!(done["done_at"].is_string());
    assert!(done["sequence"].as_i64() > t["sequence"].as_i64(), "SEQUENCE rises for calendars");
    let listed = cli.run(&["task", "list", "--campaign", &c]);
    assert!(!listed.stdout.contains("OVERDUE"), "done tasks are not overdue: {}", listed.stdout);
    let reopened = cli.ok(&["task", "done", &id, "--undo"]);
    assert_eq!(reopened["done_at"], serde_json::Value::Null);

    let all = cli.ok(&["task", "list", "--campaign", &c]);
    let titles: Vec<&str> = all.as_array().expect("array").iter().filter_map(|t| t["title"].as_str()).collect();
    assert_eq!(titles, ["Book the hall", "Print banners"], "checklist order");
}

#[test]
fn bad_tasks_are_refused_with_the_field_named() {
    let cli = Cli::new();
    let c = campaign(&cli);
    for (args, field) in [
        (vec!["--campaign", c.as_str(), "--title", " "], "title"),
        (vec!["--campaign", c.as_str(), "--title", "x", "--due", "10/02/2025"], "due_date"),
        (vec!["--campaign", "999", "--title", "x"], "campaign_id"),
        (vec!["--campaign", c.as_str(), "--title", "x", "--owner", "42"], "owner_id"),
    ] {
        let mut all = vec!["task", "add"];
        all.extend(args);
        let r = cli.run(&all);
        assert_eq!(r.status, 2, "{all:?}");
        assert!(r.stderr.contains(field), "{all:?}: {}", r.stderr);
    }
    let listed = cli.ok(&["task", "list", "--campaign", &c]);
    assert_eq!(listed.as_array().map(Vec::len), Some(0), "nothing was written");
    assert_eq!(cli.run(&["task", "done", "77"]).status, 2);
}

#[test]
fn a_deleted_owner_leaves_the_task_and_a_deleted_campaign_takes_its_tasks() {
    let cli = Cli::new();
    let c = campaign(&cli);
    let person = cli.ok(&["person", "add", "--name", "Carlos Santos"]);
    let owner = person["id"].as_i64().expect("person id").to_string();
    let t = cli.ok(&["task", "add", "--campaign", &c, "--title", "Call the press", "--owner", &owner]);
    let id = t["id"].as_i64().expect("task id").to_string();
    cli.ok(&["person", "rm", &owner]);
    let listed = cli.ok(&["task", "list", "--campaign", &c]);
    assert_eq!(listed[0]["owner_id"], serde_json::Value::Null);
    cli.ok(&["campaign", "rm", &c]);
    assert_eq!(cli.run(&["task", "done", &id]).status, 2, "gone with its campaign");
}
