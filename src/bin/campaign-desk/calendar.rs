//! `event list --from --to` (occurrences in a window) and `event times` (an occurrence in the partners' zones).

use campaign_desk::calendar::Window;
use campaign_desk::excerpt::excerpt;
use campaign_desk::{Error, Store};
use chrono_tz::Tz;

use crate::args::EventFields;
use crate::output::{say, table, Out};
use campaign_desk::msg;

fn zone(field: &str, name: &str) -> Result<Tz, Error> {
    campaign_desk::validate::zone_problem(name).map_err(|m| Error::invalid_msg(field, m))
}

pub fn occurrences(
    store: &Store,
    campaign: Option<i64>,
    from: &str,
    to: &str,
    tz: Option<&str>,
    out: &Out,
) -> anyhow::Result<()> {
    let from_date = campaign_desk::validate::date_problem(from).map_err(|m| Error::invalid_msg("from", m))?;
    let to_date = campaign_desk::validate::date_problem(to).map_err(|m| Error::invalid_msg("to", m))?;
    if to_date <= from_date {
        return Err(Error::invalid_msg("to", msg!("core-cli-window-backwards", from = from, to = to)).into());
    }
    let express_in = tz.map(|t| zone("tz", t)).transpose()?;
    let window_zone = match express_in {
        Some(z) => z,
        None => zone("home_zone", &store.settings()?.home_zone)?,
    };
    let window = Window { from: from_date, to: to_date, zone: window_zone };
    let list = store.occurrences(&window, express_in, campaign)?;
    // A window shows at most MAX_INSTANCES_SHOWN times of one series (a rule stepping every minute has tens of
    // thousands in a month): say so, on stderr, so a script reading the list knows it is cut.
    for cut in campaign_desk::calendar::cut_series(&list) {
        eprintln!(
            "note: event {} ({}) repeats more often than a window can show: only its first {} times between {from} and {to} are listed",
            cut.event_id, cut.title, cut.shown
        );
    }
    out.value(&list, || {
        if list.is_empty() {
            println!("{}", say(msg!("core-cli-nothing-between", from = from, to = to)));
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
                vec![o.event_id.to_string(), when, o.title.to_string(), o.status.to_string()]
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
    out.value(&e, || println!("{}", say(msg!("core-cli-occurrence-changed", at = rid, id = id, title = &e.title))))
}

/// Writes the chosen events as iCalendar to `output` (atomically) or stdout.
pub fn export_ics(
    store: &Store,
    scope: &campaign_desk::service::ics_export::ExportScope,
    output: Option<&std::path::Path>,
    out: &Out,
) -> anyhow::Result<()> {
    use campaign_desk::service::ics_export::{export_scope, export_to_file};
    let now = chrono::Utc::now();
    match output {
        None => crate::output::data(export_scope(store, scope, now)?.text.as_bytes()),
        Some(path) => {
            let summary = export_to_file(store, scope, path, now)?;
            out.value(&serde_json::json!({ "written": path, "events": summary.events }), || {
                println!("{}", say(msg!("core-cli-ics-written", events = summary.events, path = path)))
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
    use campaign_desk::service::import_file::{import_file, FileImport};
    let how = FileImport { campaign_id: campaign, floating_zone: None, dry_run };
    let report = import_file(store, file, &how, |_, _| {})?;
    out.value(&report, || {
        if dry_run {
            // The preview lists what the file holds; the import itself names only what needs a look.
            print!("{}", import_table(&report));
        } else {
            for i in report.items.iter().filter(|i| i.needs_a_look()) {
                println!("line {}: {} — {:?}: {}", i.line, i.title, i.action, i.reason.as_deref().unwrap_or(""));
            }
        }
        for w in &report.warnings {
            println!("{}", w.message);
        }
        let verdict = if report.applied {
            "imported"
        } else if dry_run {
            "dry_run"
        } else {
            "nothing"
        };
        let summary = msg!(
            "core-cli-ics-summary",
            new = report.new,
            updated = report.updated,
            unchanged = report.unchanged,
            skipped = report.skipped,
            errors = report.errors.len(),
            verdict = verdict
        );
        println!("{}", say(summary));
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

/// The dry run's list: one row per event with its fate, when it starts and what an update changes.
fn import_table(report: &campaign_desk::service::ics_import::ImportReport) -> String {
    use campaign_desk::service::ics_import::ImportAction;
    let rows = report.items.iter().map(|i| {
        let action = match i.action {
            ImportAction::New => "new",
            ImportAction::Updated => "updated",
            ImportAction::Unchanged => "unchanged",
            ImportAction::Skipped => "skipped",
        };
        let start = match (&i.start, &i.zone, i.all_day) {
            (Some(s), _, true) => format!("{s} (all day)"),
            (Some(s), Some(z), false) => format!("{} {z}", s.replace('T', " ")),
            (Some(s), None, false) => s.replace('T', " "),
            (None, _, _) => String::new(),
        };
        let mut notes = Vec::new();
        if i.repeats {
            notes.push("repeats".to_string());
        }
        if let Some(rid) = &i.recurrence_id {
            notes.push(format!("occurrence of {}", rid.replace('T', " ")));
        }
        if !i.changed.is_empty() {
            notes.push(format!("changes {}", i.changed.join(", ")));
        }
        notes.extend(i.reason.iter().cloned());
        vec![i.line.to_string(), action.to_string(), start, excerpt(&i.title), notes.join("; ")]
    });
    let mut text = table(&["line", "result", "start", "title", "notes"], rows.collect());
    if report.unlisted > 0 {
        text.push_str(&format!("… and {} more not listed (the counts below cover them)\n", report.unlisted));
    }
    text
}

/// `announce`: the text alone (so it can be piped to the clipboard), or `{text, length, limit}` with `--json`.
pub fn announce(store: &mut Store, a: crate::args::AnnounceArgs, out: &Out) -> anyhow::Result<()> {
    use campaign_desk::service::announce::{for_campaign, for_event, Request};
    let platform = a.platform.parse().map_err(|m: String| Error::invalid("platform", m))?;
    let settings_lang = store.settings()?.locale;
    let lang = a.lang.unwrap_or_else(|| {
        // The interface language when announcements can be written in it, else English.
        if campaign_desk::announce::Lang::parse(&settings_lang).is_ok() {
            settings_lang
        } else {
            "en".into()
        }
    });
    let request = Request { platform, lang: &lang, zones: &a.zones, template: None };
    let (announcement, campaign_id) = match (a.event, a.campaign) {
        (Some(id), _) => {
            (for_event(store, id, a.at.as_deref(), chrono::Utc::now(), &request)?, store.get_event(id)?.campaign_id)
        }
        (None, Some(id)) => (for_campaign(store, id, &request)?, Some(id)),
        (None, None) => unreachable!("clap requires --event or --campaign"),
    };
    if a.save {
        let campaign_id =
            campaign_id.ok_or_else(|| Error::invalid_msg("save", msg!("core-cli-announcement-needs-campaign")))?;
        let saved = store.save_announcement(&campaign_desk::domain::SavedAnnouncementInput {
            campaign_id,
            event_id: a.event,
            occurrence: a.at.clone(),
            platform,
            lang: lang.clone(),
            text: announcement.text.clone(),
        })?;
        return out.value(&saved, || {
            println!(
                "{}\n\n{}",
                saved.text,
                say(msg!("core-cli-announcement-saved", id = saved.id, campaign = campaign_id))
            )
        });
    }
    out.value(&announcement, || println!("{}", announcement.text))
}
