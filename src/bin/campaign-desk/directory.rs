//! `org` and `person`: the directory.

use std::path::Path;

use anyhow::Context;
use campaign_desk::csv_io::{self, CsvKind, RowStatus};
use campaign_desk::domain::{OrganisationInput, PersonInput};
use campaign_desk::{Error, Store};

use crate::args::{ExportArgs, ImportArgs, OrgCmd, OrgFields, PersonCmd, PersonFields};
use crate::output::{fields, opt, say, Out};
use campaign_desk::msg;

/// `Some("")` clears an optional field, `Some(v)` sets it, `None` leaves it.
pub fn set(field: &mut Option<String>, flag: Option<String>) {
    if let Some(v) = flag {
        *field = (!v.trim().is_empty()).then_some(v);
    }
}

pub fn org(store: &mut Store, cmd: OrgCmd, out: &Out) -> anyhow::Result<()> {
    match cmd {
        OrgCmd::Add(f) => {
            let mut input = OrganisationInput::default();
            apply_org(&mut input, f);
            let o = store.create_organisation(&input)?;
            out.value(&o, || println!("{}", say(msg!("core-cli-org-created", id = o.id, name = &o.name))))
        }
        OrgCmd::List { search } => {
            let list = store.list_organisations(search.as_deref())?;
            out.list(
                &list,
                &["id", "name", "short", "country", "city", "zone", "email"],
                |o| {
                    vec![
                        o.id.to_string(),
                        o.name.clone(),
                        opt(&o.short_name),
                        opt(&o.country),
                        opt(&o.city),
                        opt(&o.zone),
                        opt(&o.email),
                    ]
                },
                &say(msg!("core-cli-no-organisations")),
            )
        }
        OrgCmd::Show { id } => {
            let o = store.get_organisation(id)?;
            let people = store.list_people(Some(id), None)?;
            let usage = store.organisation_usage(id)?;
            let json = serde_json::json!({ "organisation": o, "people": people, "usage": usage });
            out.value(&json, || {
                fields(&[
                    ("id", o.id.to_string()),
                    ("name", o.name.clone()),
                    ("short name", opt(&o.short_name)),
                    ("country", opt(&o.country)),
                    ("city", opt(&o.city)),
                    ("zone", opt(&o.zone)),
                    ("email", opt(&o.email)),
                    ("website", opt(&o.website)),
                    ("socials", opt(&o.socials)),
                    ("notes", opt(&o.notes)),
                    ("hours", own_day(&o)),
                    ("in", format!("{} campaigns, {} events", usage.campaigns, usage.events)),
                ]);
                for p in &people {
                    println!(
                        "  person {}: {} {}",
                        p.id,
                        p.name,
                        p.role.as_deref().map(|r| format!("({r})")).unwrap_or_default()
                    );
                }
            })
        }
        OrgCmd::Edit { id, fields: f } => {
            let mut input = OrganisationInput::from(&store.get_organisation(id)?);
            apply_org(&mut input, f);
            let o = store.update_organisation(id, &input)?;
            out.value(&o, || println!("{}", say(msg!("core-cli-org-updated", id = o.id, name = &o.name))))
        }
        OrgCmd::Rm { id } => {
            store.delete_organisation(id)?;
            out.value(&serde_json::json!({ "deleted": id }), || {
                println!("{}", say(msg!("core-cli-org-deleted", id = id)))
            })
        }
        OrgCmd::Import(a) => import(store, CsvKind::Organisations, a, out),
        OrgCmd::Export(a) => export(store, CsvKind::Organisations, a, out),
    }
}

/// "working 09:00–18:00 Sun–Thu, asleep 00:00–08:00", the defaults filled in.
fn own_day(o: &campaign_desk::domain::Organisation) -> String {
    let h = o.day_hours();
    let mark = |set: &Option<String>| if set.is_some() { "" } else { " (default)" };
    format!(
        "working {} {}{}, asleep {}{}",
        h.working,
        h.working_days,
        mark(&o.working_hours.clone().or(o.working_days.clone())),
        h.asleep,
        mark(&o.sleeping_hours)
    )
}

fn apply_org(input: &mut OrganisationInput, f: OrgFields) {
    if let Some(name) = f.name {
        input.name = name;
    }
    set(&mut input.short_name, f.short);
    set(&mut input.country, f.country);
    set(&mut input.city, f.city);
    set(&mut input.zone, f.zone);
    set(&mut input.email, f.email);
    set(&mut input.website, f.website);
    set(&mut input.socials, f.socials);
    set(&mut input.notes, f.notes);
    set(&mut input.working_hours, f.working);
    set(&mut input.working_days, f.working_days);
    set(&mut input.sleeping_hours, f.asleep);
}

pub fn person(store: &mut Store, cmd: PersonCmd, out: &Out) -> anyhow::Result<()> {
    match cmd {
        PersonCmd::Add(f) => {
            let mut input = PersonInput::default();
            apply_person(&mut input, f)?;
            let p = store.create_person(&input)?;
            out.value(&p, || println!("{}", say(msg!("core-cli-person-created", id = p.id, name = &p.name))))
        }
        PersonCmd::List { org, search } => {
            let list = store.list_people(org, search.as_deref())?;
            out.list(
                &list,
                &["id", "name", "organisation", "role", "email", "phone"],
                |p| {
                    vec![
                        p.id.to_string(),
                        p.name.clone(),
                        opt(&p.organisation_name),
                        opt(&p.role),
                        opt(&p.email),
                        opt(&p.phone),
                    ]
                },
                &say(msg!("core-cli-no-people")),
            )
        }
        PersonCmd::Show { id } => {
            let p = store.get_person(id)?;
            out.value(&p, || {
                fields(&[
                    ("id", p.id.to_string()),
                    ("name", p.name.clone()),
                    ("organisation", opt(&p.organisation_name)),
                    ("role", opt(&p.role)),
                    ("email", opt(&p.email)),
                    ("phone", opt(&p.phone)),
                    ("notes", opt(&p.notes)),
                ])
            })
        }
        PersonCmd::Edit { id, fields: f } => {
            let mut input = PersonInput::from(&store.get_person(id)?);
            apply_person(&mut input, f)?;
            let p = store.update_person(id, &input)?;
            out.value(&p, || println!("{}", say(msg!("core-cli-person-updated", id = p.id, name = &p.name))))
        }
        PersonCmd::Rm { id } => {
            store.delete_person(id)?;
            out.value(&serde_json::json!({ "deleted": id }), || {
                println!("{}", say(msg!("core-cli-person-deleted", id = id)))
            })
        }
        PersonCmd::Import(a) => import(store, CsvKind::People, a, out),
        PersonCmd::Export(a) => export(store, CsvKind::People, a, out),
    }
}

fn apply_person(input: &mut PersonInput, f: PersonFields) -> anyhow::Result<()> {
    if let Some(name) = f.name {
        input.name = name;
    }
    if let Some(org) = f.org {
        input.organisation_id = match org.trim() {
            "" | "0" => None,
            id => Some(
                id.parse()
                    .map_err(|_| Error::invalid_msg("org", msg!("core-cli-not-an-organisation-id", value = id)))?,
            ),
        };
    }
    set(&mut input.role, f.role);
    set(&mut input.email, f.email);
    set(&mut input.phone, f.phone);
    set(&mut input.notes, f.notes);
    Ok(())
}

/// Previews the file; with errors in any row nothing is written and the exit status is 2.
fn import(store: &mut Store, kind: CsvKind, a: ImportArgs, out: &Out) -> anyhow::Result<()> {
    let text = read_text(&a.csv)?;
    let preview = csv_io::preview(store, kind, &text, None)?;
    let errors: Vec<String> = preview
        .rows
        .iter()
        .filter(|r| r.status == RowStatus::Error)
        .map(|r| format!("row {}: {}", r.line, r.message.as_deref().unwrap_or("")))
        .collect();
    let created = if errors.is_empty() && !a.dry_run { csv_io::apply(store, &preview)? } else { 0 };
    let summary = serde_json::json!({
        "new": preview.count(RowStatus::New),
        "duplicates": preview.count(RowStatus::Duplicate),
        "errors": errors,
        "created": created,
        "dry_run": a.dry_run,
        "rows": preview.rows,
    });
    out.value(&summary, || {
        for r in preview.rows.iter().filter(|r| r.status == RowStatus::Duplicate) {
            let skipped = match r.message.as_deref() {
                Some(why) => msg!("core-cli-row-skipped", line = r.line, reason = why),
                None => msg!("core-cli-row-skipped-duplicate", line = r.line),
            };
            println!("{}", say(skipped));
        }
        let (new, duplicates, failed) =
            (preview.count(RowStatus::New), preview.count(RowStatus::Duplicate), errors.len());
        let summary = if a.dry_run {
            msg!("core-cli-csv-dry-run", new = new, duplicates = duplicates, errors = failed)
        } else {
            msg!("core-cli-csv-imported", new = new, duplicates = duplicates, errors = failed, created = created)
        };
        println!("{}", say(summary));
    })?;
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::invalid(
            "csv",
            format!("{} row(s) cannot be imported, so nothing was written:\n  {}", errors.len(), errors.join("\n  ")),
        )
        .into())
    }
}

fn export(store: &Store, kind: CsvKind, a: ExportArgs, out: &Out) -> anyhow::Result<()> {
    let text = csv_io::export(store, kind)?;
    if a.csv.as_os_str() == "-" {
        crate::output::data(text.as_bytes());
        return Ok(());
    }
    std::fs::write(&a.csv, &text).with_context(|| format!("cannot write {}", a.csv.display()))?;
    let rows = text.lines().count().saturating_sub(1);
    out.value(&serde_json::json!({ "written": a.csv, "rows": rows }), || {
        println!("{}", say(msg!("core-cli-csv-written", rows = rows, path = &a.csv)))
    })
}

fn read_text(path: &Path) -> anyhow::Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    String::from_utf8(bytes).map_err(|_| Error::invalid_msg("csv", msg!("core-cli-csv-not-utf8", path = path)).into())
}
