//! Choosing what goes into an .ics file (one campaign, a filter, or everything), writing it without ever leaving a
//! half-written file behind, and the "publish to folder" feature that keeps chosen calendars' files current after
//! every change (a synced Nextcloud folder partners subscribe to, for example).

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::calendar::{expand, Window};
use crate::domain::{Campaign, EventKind, EventRef, Organisation, Task};
use crate::error::{Error, Result};
use crate::ics::{CalendarBuilder, ExportContext};
use crate::store::Store;

/// Which events an export holds. Empty lists mean "any"; the date range keeps events with an occurrence in
/// `[from, to)` (UTC days), so a series that started years ago but still meets in the range is kept whole.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct ExportScope {
    pub campaigns: Vec<i64>,
    /// Events an organisation co-organises, or that belong to a campaign it has a role in.
    pub organisations: Vec<i64>,
    pub kinds: Vec<EventKind>,
    pub from: Option<String>,
    pub to: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ExportSummary {
    pub path: String,
    pub events: u32,
}

#[derive(Debug)]
pub struct Exported {
    /// The calendar's display name (NAME / X-WR-CALNAME).
    pub name: String,
    pub text: String,
    pub events: usize,
}

/// The events of `scope` as one VCALENDAR.
pub fn export_scope(store: &Store, scope: &ExportScope, now: DateTime<Utc>) -> Result<Exported> {
    let chosen = choose(store, scope)?;
    let ctx = chosen.context(now);
    let calendar = build(store, scope, &chosen, &ctx)?;
    let events = calendar.len();
    Ok(Exported { events, text: calendar.into_string(&chosen.tasks), name: chosen.name })
}

/// Exports `scope` to `path` atomically, the text written to the file as it is made.
pub fn export_to_file(store: &Store, scope: &ExportScope, path: &Path, now: DateTime<Utc>) -> Result<ExportSummary> {
    let chosen = choose(store, scope)?;
    let ctx = chosen.context(now);
    let calendar = build(store, scope, &chosen, &ctx)?;
    let events = calendar.len() as u32;
    write_atomically_with(path, |file| calendar.write_to(&chosen.tasks, file))?;
    Ok(ExportSummary { path: path.display().to_string(), events })
}

/// The export of `scope` written into `sink` (no file of its own, nothing flushed to disk: the benchmark's way in);
/// how many events it holds.
pub fn export_into(
    store: &Store,
    scope: &ExportScope,
    now: DateTime<Utc>,
    sink: &mut (dyn Write + Send),
) -> Result<usize> {
    let chosen = choose(store, scope)?;
    let ctx = chosen.context(now);
    let calendar = build(store, scope, &chosen, &ctx)?;
    let events = calendar.len();
    calendar.write_to(&chosen.tasks, sink).map_err(|e| Error::io("cannot write the calendar", e))?;
    Ok(events)
}

/// What an export of a scope needs besides its events.
struct Chosen {
    name: String,
    tasks: Vec<Task>,
    campaigns: Vec<Campaign>,
    organisations: Vec<Organisation>,
    partner_zones: Vec<Tz>,
}

impl Chosen {
    fn context(&self, now: DateTime<Utc>) -> ExportContext<'_> {
        ExportContext {
            name: &self.name,
            campaigns: &self.campaigns,
            organisations: &self.organisations,
            partner_zones: &self.partner_zones,
            now,
        }
    }
}

fn choose(store: &Store, scope: &ExportScope) -> Result<Chosen> {
    let campaigns = store.list_campaigns(None)?;
    for id in &scope.campaigns {
        if !campaigns.iter().any(|c| c.id == *id) {
            return Err(Error::invalid_msg("campaigns", crate::msg!("core-export-no-campaign", id = id.to_string())));
        }
    }
    window(scope)?;
    let name = match scope.campaigns.as_slice() {
        [one] => campaigns.iter().find(|c| c.id == *one).map(|c| c.title.clone()).unwrap_or_default(),
        _ => "Campaign Desk".to_string(),
    };
    Ok(Chosen {
        name,
        tasks: tasks_in(store, scope, &campaigns)?,
        organisations: store.list_organisations(None)?,
        partner_zones: store.partner_zones()?,
        campaigns,
    })
}

/// Below this many ids the rows are read on one connection: opening a second costs more than it saves.
const SPLIT_FROM: i64 = 4096;

/// The events of `scope`, each written as its row is read, in the order of their local start (then id). The ids
/// are split in two halves, each read and written by a thread of its own on its own connection (WAL lets readers
/// run side by side; every laptop this runs on has two cores), and the two halves' texts are then ordered together.
/// The two connections read two snapshots, as the roles and changed instances were always read apart from the
/// events: a write by another process during the export may show in one half only, never as a broken event.
fn build<'a>(
    store: &Store,
    scope: &ExportScope,
    chosen: &'a Chosen,
    ctx: &'a ExportContext<'a>,
) -> Result<CalendarBuilder<'a>> {
    let window = window(scope)?;
    let read = |store: &Store, ids| -> Result<CalendarBuilder<'a>> {
        let mut calendar = CalendarBuilder::new(ctx, true);
        store.for_each_event_in(ids, |e| {
            if selected(e, scope, &chosen.campaigns) && in_window(e, window.as_ref())? {
                calendar.add_ref(e);
            }
            Ok(())
        })?;
        calendar.sort();
        Ok(calendar)
    };
    let Some(ids) = store.event_ids()? else { return Ok(CalendarBuilder::new(ctx, true)) };
    let (low, high) = (*ids.start(), *ids.end());
    // An in-memory database (tests) cannot be opened twice; a passphrase would be stretched again.
    if high - low < SPLIT_FROM || store.path() == Path::new(":memory:") || !store.reopener().opens_quickly() {
        return read(store, ids);
    }
    let middle = low + (high - low) / 2;
    let read = &read;
    let (kept, reopen) = (store.take_reader(), store.reopener());
    std::thread::scope(|threads| {
        let upper = threads.spawn(move || {
            let other = kept.or_else(|| reopen.open_to_read().ok())?;
            Some((read(&other, middle + 1..=high), other))
        });
        let mut calendar = read(store, low..=middle)?;
        let upper = match upper.join().map_err(|_| Error::invalid("export", "reading the calendar failed"))? {
            Some((Ok(upper), other)) => {
                store.keep_reader(other);
                upper
            }
            // No second connection (a file limit reached, say) only costs the time it saves; one that failed (a
            // key changed by another process since it was kept) is dropped, and this one reads its half, giving
            // any error that is the data's own.
            Some((Err(_), _)) | None => read(store, middle + 1..=high)?,
        };
        calendar.append(upper);
        Ok(calendar)
    })
}

/// The campaigns' checklists travel with their calendar as VTODOs: the tasks of the chosen campaigns (or of those
/// the chosen organisations have a role in), due in the range when there is one. A kind filter asks for events of
/// those kinds only, so it leaves tasks out.
fn tasks_in(store: &Store, scope: &ExportScope, campaigns: &[Campaign]) -> Result<Vec<Task>> {
    if !scope.kinds.is_empty() {
        return Ok(Vec::new());
    }
    let involved = |c: &Campaign| c.organisations.iter().any(|o| scope.organisations.contains(&o.organisation_id));
    let wanted: Vec<i64> = campaigns
        .iter()
        .filter(|c| scope.campaigns.is_empty() || scope.campaigns.contains(&c.id))
        .filter(|c| scope.organisations.is_empty() || involved(c))
        .map(|c| c.id)
        .collect();
    let due_in_range = |t: &Task| match (&scope.from, &scope.to, &t.due_date) {
        (Some(from), Some(to), Some(due)) => due >= from && due < to,
        (Some(_), Some(_), None) => false,
        _ => true,
    };
    Ok(store.list_tasks(None)?.into_iter().filter(|t| wanted.contains(&t.campaign_id) && due_in_range(t)).collect())
}

fn window(scope: &ExportScope) -> Result<Option<Window>> {
    let date = |field: &str, v: &str| {
        NaiveDate::parse_from_str(v, "%Y-%m-%d")
            .map_err(|_| Error::invalid_msg(field, crate::msg!("core-export-not-date", value = v)))
    };
    match (&scope.from, &scope.to) {
        (None, None) => Ok(None),
        (Some(from), Some(to)) => {
            let (from, to) = (date("from", from)?, date("to", to)?);
            if to <= from {
                return Err(Error::invalid_msg("to", crate::msg!("core-export-range-backwards")));
            }
            Ok(Some(Window { from, to, zone: chrono_tz::UTC }))
        }
        (Some(_), None) => Err(Error::invalid_msg("to", crate::msg!("core-export-range-both-ends"))),
        (None, Some(_)) => Err(Error::invalid_msg("from", crate::msg!("core-export-range-both-ends"))),
    }
}

fn selected(e: &EventRef, scope: &ExportScope, campaigns: &[Campaign]) -> bool {
    let campaign_ok = scope.campaigns.is_empty() || e.campaign_id.is_some_and(|c| scope.campaigns.contains(&c));
    let kind_ok = scope.kinds.is_empty() || scope.kinds.contains(&e.kind);
    let org_ok = scope.organisations.is_empty()
        || e.organisations.iter().any(|o| scope.organisations.contains(&o.organisation_id))
        || e.campaign_id
            .and_then(|id| campaigns.iter().find(|c| c.id == id))
            .is_some_and(|c| c.organisations.iter().any(|o| scope.organisations.contains(&o.organisation_id)));
    campaign_ok && kind_ok && org_ok
}

fn in_window(e: &EventRef, window: Option<&Window>) -> Result<bool> {
    match window {
        None => Ok(true),
        Some(w) => Ok(!expand(&e.to_event(), w, None)
            .map_err(|m| Error::invalid_msg("event", crate::msg!("core-event-problem", id = e.id, reason = m)))?
            .is_empty()),
    }
}

/// Writes `bytes` to a temporary file beside `path`, flushes it to disk, then renames it over `path`: a reader (or
/// a sync client) sees the old file or the new one, never half of one, even if the machine dies mid-write.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomically_with(path, |file| file.write_all(bytes))
}

/// [`write_atomically`] for a text written piece by piece by `write`.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut (dyn Write + Send)) -> std::io::Result<()>,
) -> Result<()> {
    let name =
        path.file_name().ok_or_else(|| Error::invalid_msg("path", crate::msg!("core-not-a-file-name", path = path)))?;
    let tmp = path.with_file_name(format!(".{}.partial", name.to_string_lossy()));
    let written = std::fs::File::create(&tmp).and_then(|mut f| {
        write(&mut f)?;
        f.sync_all()
    });
    written.and_then(|()| std::fs::rename(&tmp, path)).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(format!("cannot write {}", path.display()), e)
    })
}

/// Rewrites the published calendars (settings: a folder, "everything" and/or chosen campaigns). Does nothing when
/// no folder is set. Returns the files written.
pub fn publish(store: &Store, now: DateTime<Utc>) -> Result<Vec<PathBuf>> {
    let settings = store.settings()?;
    let Some(folder) = settings.publish_folder.filter(|f| !f.trim().is_empty()) else {
        return Ok(Vec::new());
    };
    let folder = PathBuf::from(folder);
    if !folder.is_dir() {
        let path = folder.display().to_string();
        return Err(Error::invalid_msg("publish_folder", crate::msg!("core-publish-not-a-folder", path = path)));
    }
    let mut written = Vec::new();
    if settings.publish_all {
        let path = folder.join("campaign-desk.ics");
        export_to_file(store, &ExportScope::default(), &path, now)?;
        written.push(path);
    }
    let campaigns = store.list_campaigns(None)?;
    for id in &settings.publish_campaigns {
        // A campaign deleted since it was chosen is simply no longer published.
        let Some(c) = campaigns.iter().find(|c| c.id == *id) else { continue };
        let path = folder.join(published_file_name(c));
        export_to_file(store, &ExportScope { campaigns: vec![c.id], ..Default::default() }, &path, now)?;
        written.push(path);
    }
    Ok(written)
}

/// A file name partners can read and every OS and sync service accepts: the title transliterated to lowercase ASCII
/// letters, digits and dashes, then the id so that two campaigns with one title never share a file.
pub fn published_file_name(c: &Campaign) -> String {
    let mut slug = String::new();
    for ch in deunicode::deunicode(&c.title).to_lowercase().chars() {
        if ch.is_ascii_alphanumeric() {
            slug.push(ch);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_matches('-').chars().take(60).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("campaign-{}.ics", c.id)
    } else {
        format!("{slug}-{}.ics", c.id)
    }
}
