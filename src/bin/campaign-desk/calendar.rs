//! `event list --from --to` (occurrences in a window) and `event times` (an occurrence in the partners' zones).

use campaign_desk::calendar::Window;
use campaign_desk::validate::{parse_date, parse_zone};
use campaign_desk::{Error, Store};
use chrono_tz::Tz;

use crate::args::EventFields;
use crate::output::{table, Out};

fn zone(field: &str, name: &str) -> Result<Tz, Error> {
    parse_zone(name).map_err(|m| Error::invalid(field, m))
}

pub fn occurrences(
    store: &Store,
    campaign: Option<i64>,
    from: &str,
    to: &str,
    tz: Option<&str>,
    out: &Out,
) -> anyhow::Result<()> {
    let from_date = parse_date(from).map_err(|m| Error::invalid("from", m))?;
    let to_date = parse_date(to).map_err(|m| Error::invalid("to", m))?;
    if to_date <= from_date {
        return Err(Error::invalid("to", format!("the window ends ({to}) before it starts ({from})")).into());
    }
    let express_in = tz.map(|t| zone("tz", t)).transpose()?;
    let window_zone = match express_in {
        Some(z) => z,
        None => zone("home_zone", &store.settings()?.home_zone)?,
    };
    let window = Window { from: from_date, to: to_date, zone: window_zone };
    let list = store.occurrences(&window, express_in, campaign)?;
    out.value(&list, || {
        if list.is_empty() {
            println!("Nothing between {from} and {to}.");
            return;
        }
        let rows = list
            .iter()
            .map(|o| {
                let when = if o.all_day {
                    format!("{} – {} (all day)", o.start, o.end)
                } else {
                    format!("{} – {}", o.start, o.end)
                };
                vec![o.event_id.to_string(), when, o.title.clone(), o.status.to_string()]
            })
            .collect();
        print!("{}", table(&["event", "when", "title", "status"], rows));
    })
}

pub fn times(store: &Store, id: i64, at: Option<&str>, zones: &[String], out: &Out) -> anyhow::Result<()> {
    let times = campaign_desk::service::partner_times::event_times(store, id, at, zones)?;
    out.value(&times, || {
        for t in &times {
            println!("{:<22} {}", t.zone, t.text);
        }
    })
}

/// "This occurrence": the given fields change for one instance only.
pub fn change_occurrence(store: &mut Store, id: i64, rid: &str, f: EventFields, out: &Out) -> anyhow::Result<()> {
    let event = store.get_event(id)?;
    let mut change = event.changes.iter().find(|c| c.recurrence_id == rid).cloned().unwrap_or_default();
    change.recurrence_id = rid.to_string();
    let set = |field: &mut Option<String>, v: Option<String>| {
        if let Some(v) = v {
            *field = (!v.trim().is_empty()).then_some(v);
        }
    };
    set(&mut change.title, f.title);
    if let Some(d) = f.date {
        change.end = Some(f.end_date.unwrap_or_else(|| d.clone()));
        change.start = Some(d);
    } else {
        set(&mut change.start, f.start);
        set(&mut change.end, f.end);
    }
    if let Some(s) = f.status {
        change.status = Some(s.parse().map_err(|m: String| Error::invalid("status", m))?);
    }
    set(&mut change.location, f.location);
    set(&mut change.online_url, f.online_url);
    set(&mut change.registration_url, f.url);
    set(&mut change.description, f.description);
    let e = store.change_occurrence(id, &change)?;
    out.value(&e, || println!("Changed the occurrence {rid} of event {id} ({})", e.title))
}

/// Writes the chosen events as iCalendar to `output` (atomically: a temporary file, then a rename) or stdout.
pub fn export_ics(
    store: &Store,
    campaigns: &[i64],
    window: Option<(&str, &str)>,
    output: Option<&std::path::Path>,
    out: &Out,
) -> anyhow::Result<()> {
    let all_campaigns = store.list_campaigns(None)?;
    for id in campaigns {
        store.get_campaign(*id)?;
    }
    let mut events: Vec<_> = store
        .list_events(None)?
        .into_iter()
        .filter(|e| campaigns.is_empty() || e.campaign_id.is_some_and(|c| campaigns.contains(&c)))
        .collect();
    if let Some((from, to)) = window {
        let w = Window {
            from: parse_date(from).map_err(|m| Error::invalid("from", m))?,
            to: parse_date(to).map_err(|m| Error::invalid("to", m))?,
            zone: chrono_tz::UTC,
        };
        let mut kept = Vec::new();
        for e in events {
            if !campaign_desk::calendar::expand(&e, &w, None).map_err(|m| Error::invalid("event", m))?.is_empty() {
                kept.push(e);
            }
        }
        events = kept;
    }
    let name = match campaigns {
        [one] => all_campaigns.iter().find(|c| c.id == *one).map(|c| c.title.clone()).unwrap_or_default(),
        _ => "Campaign Desk".to_string(),
    };
    let ctx = campaign_desk::ics::ExportContext {
        name: &name,
        campaigns: &all_campaigns,
        organisations: &store.list_organisations(None)?,
        partner_zones: &store.partner_zones()?,
        now: chrono::Utc::now(),
    };
    let text = campaign_desk::ics::export(&events, &ctx);
    match output {
        None => print!("{text}"),
        Some(path) => {
            let tmp = path.with_extension("ics.partial");
            std::fs::write(&tmp, &text)
                .and_then(|()| std::fs::rename(&tmp, path))
                .map_err(|e| Error::io(format!("cannot write {}", path.display()), e))?;
            out.value(&serde_json::json!({ "written": path, "events": events.len() }), || {
                println!("Wrote {} events to {}", events.len(), path.display())
            })?;
        }
    }
    Ok(())
}

/// Previews, then (unless --dry-run or the file has errors) imports an .ics file in one transaction.
pub fn import_ics(
    store: &mut Store,
    file: &std::path::Path,
    campaign: Option<i64>,
    dry_run: bool,
    out: &Out,
) -> anyhow::Result<()> {
    use campaign_desk::service::ics_import::{import, ImportAction, ImportOptions};
    let zone_name = match campaign {
        Some(id) => store.get_campaign(id)?.zone,
        None => store.settings()?.home_zone,
    };
    let options = ImportOptions { campaign_id: campaign, floating_zone: zone("zone", &zone_name)? };
    let open = || {
        std::fs::File::open(file)
            // A larger buffer than the default 8 KB: fewer reads on a file of many megabytes.
            .map(|f| std::io::BufReader::with_capacity(1 << 16, f))
            .map_err(|e| Error::io(format!("cannot read {}", file.display()), e))
    };
    let report = import(store, open, options, dry_run)?;
    out.value(&report, || {
        for i in report.items.iter().filter(|i| i.action == ImportAction::Skipped || i.reason.is_some()) {
            println!("line {}: {} — {:?}: {}", i.line, i.title, i.action, i.reason.as_deref().unwrap_or(""));
        }
        let verdict = if report.applied {
            "imported"
        } else if dry_run {
            "dry run, nothing written"
        } else {
            "nothing written"
        };
        println!(
            "{} new, {} updated, {} unchanged, {} skipped, {} errors; {verdict}",
            report.new,
            report.updated,
            report.unchanged,
            report.skipped,
            report.errors.len()
        );
    })?;
    if report.errors.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = report.errors.iter().map(|e| e.message.clone()).collect();
    Err(Error::invalid(
        "file",
        format!("{} cannot be imported, so nothing was written:\n  {}", file.display(), lines.join("\n  ")),
    )
    .into())
}
