//! Two-way CalDAV sync of campaigns with a calendar server the alliance already runs (Nextcloud, Radicale, SOGo,
//! Fastmail, iCloud): accounts, links of a campaign to a remote calendar, runs, conflicts. The HTTP and WebDAV
//! details are libdav's (`client.rs`), the decisions are the engine's (`engine.rs`), the resources are our own ICS
//! writer's and reader's (`item.rs`), the state is in `store/sync.rs`. No Tauri here: the CLI and the app share it.

pub mod carry;
pub mod client;
pub mod conflict_view;
pub mod engine;
pub mod item;
mod local;
pub mod password;
mod task_sync;

use std::collections::HashMap;

use serde::Serialize;

pub use client::{DavClient, DavError, RemoteCalendar};
pub use conflict_view::{conflict_views, ConflictVersion, ConflictView};
pub use engine::{resolve, revert, Keep, Phase, Progress, RunReport, Undone};
pub use password::{Source, PASSWORD_ENV};

use crate::error::{Error, Result};
use crate::store::{Store, SyncAccount, SyncConflict, SyncItem, SyncLink};

/// Checks an account's address before anything is sent to it.
fn checked_url(url: &str) -> Result<String> {
    let url = url.trim();
    let parsed: Option<http::Uri> = url.parse().ok();
    let ok = parsed.as_ref().is_some_and(|u| {
        matches!(u.scheme_str(), Some("http" | "https")) && u.authority().is_some_and(|a| !a.host().is_empty())
    });
    if parsed.as_ref().and_then(|u| u.authority()).is_some_and(|a| a.as_str().contains('@')) {
        // The database would then hold the password.
        return Err(Error::invalid_msg("url", crate::msg!("core-sync-password-in-address")));
    }
    if !ok {
        return Err(Error::invalid_msg(
            "url",
            crate::msg!("core-sync-not-a-server-address", value = crate::excerpt::excerpt(url)),
        ));
    }
    Ok(url.to_string())
}

fn remote(e: DavError) -> Error {
    engine::fatal(e)
}

/// Names the account in a server's refusal ("alice on https://…: the server refused …").
fn about(account: &SyncAccount) -> impl Fn(Error) -> Error + '_ {
    move |e| match e {
        Error::Remote { message, fixable } => {
            Error::Remote { message: format!("{} on {}: {message}", account.username, account.url), fixable }
        }
        other => other,
    }
}

/// A client for `account`, with the password from `password` (this run only) or else [`password::lookup`].
pub fn connect(account: &SyncAccount, given: Option<(String, Source)>) -> Result<(DavClient, Source)> {
    let (pw, source) = match given {
        Some(g) => g,
        None => password::lookup(account)?,
    };
    let client = DavClient::new(&account.url, &account.username, &pw).map_err(remote)?;
    Ok((client, source))
}

/// What `sync account add` did: the account, the calendars the server showed, and where its password lives.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct AddedAccount {
    pub account: SyncAccount,
    pub calendars: Vec<RemoteCalendar>,
    /// True when the password is in the keyring; false when it served this run only.
    pub password_saved: bool,
    pub note: String,
}

/// Adds an account after a successful login and discovery (a wrong password or address adds nothing). A password
/// given on standard input is saved in the keyring when there is one; one from [`PASSWORD_ENV`] is not saved.
pub fn add_account(store: &mut Store, url: &str, user: &str, given: Option<String>) -> Result<AddedAccount> {
    checked_account(url, user)?;
    let given = match given {
        Some(p) => (p, Source::Stdin),
        None => match std::env::var(PASSWORD_ENV).ok().filter(|p| !p.is_empty()) {
            Some(p) => (p, Source::Environment),
            None => {
                return Err(Error::invalid_msg(
                    "password",
                    crate::msg!("core-sync-password-how", variable = PASSWORD_ENV),
                ))
            }
        },
    };
    add_with(store, url, user, given)
}

/// Adds an account whose password the caller keeps for this session only (the app's memory when the system has
/// no keyring): nothing is saved anywhere.
pub fn add_account_for_session(store: &mut Store, url: &str, user: &str, password: &str) -> Result<AddedAccount> {
    add_with(store, url, user, (password.to_string(), Source::Session))
}

/// Logs in and lists the calendars without adding anything: "Test connection" before an account is added.
pub fn test_login(url: &str, user: &str, password: &str) -> Result<Vec<RemoteCalendar>> {
    let (url, user) = checked_account(url, user)?;
    if password.is_empty() {
        return Err(Error::invalid_msg("password", crate::msg!("core-sync-password-needed")));
    }
    let client = DavClient::new(&url, user, password).map_err(remote)?;
    client.calendars().map_err(remote)
}

fn checked_account<'a>(url: &str, user: &'a str) -> Result<(String, &'a str)> {
    let url = checked_url(url)?;
    let user = user.trim();
    if user.is_empty() {
        return Err(Error::invalid_msg("user", crate::msg!("core-sync-user-needed")));
    }
    Ok((url, user))
}

fn add_with(store: &mut Store, url: &str, user: &str, (pw, source): (String, Source)) -> Result<AddedAccount> {
    let (url, user) = checked_account(url, user)?;
    if pw.is_empty() {
        return Err(Error::invalid_msg("password", crate::msg!("core-sync-password-needed")));
    }
    let client = DavClient::new(&url, user, &pw).map_err(remote)?;
    let calendars = client.calendars().map_err(remote)?;
    let account = store.add_sync_account(&url, user)?;
    let (password_saved, note) = match source {
        Source::Stdin | Source::Keyring => match password::remember(&account, &pw) {
            Ok(()) => (true, "the password is saved in the system keyring".to_string()),
            Err(why) => (
                false,
                format!(
                    "no keyring is available ({why}): the password served this run only; set {PASSWORD_ENV} for \
                     each later run"
                ),
            ),
        },
        Source::Session => (false, "the password is kept in memory until Campaign Desk closes, never saved".into()),
        Source::Environment => {
            (false, format!("the password was taken from {PASSWORD_ENV} for this run only and not saved"))
        }
    };
    Ok(AddedAccount { account, calendars, password_saved, note })
}

/// Removes an account, its links and sync state, and its keyring entry.
pub fn remove_account(store: &mut Store, id: i64) -> Result<Option<String>> {
    let account = store.sync_account(id)?;
    store.remove_sync_account(id)?;
    Ok(password::forget(&account).err())
}

/// The account to use: the one given, else the only one.
pub fn pick_account(store: &Store, id: Option<i64>) -> Result<SyncAccount> {
    if let Some(id) = id {
        return store.sync_account(id);
    }
    let mut all = store.sync_accounts()?;
    match all.len() {
        0 => Err(Error::invalid_msg("account", crate::msg!("core-sync-no-account"))),
        1 => Ok(all.remove(0)),
        n => Err(Error::invalid_msg("account", crate::msg!("core-sync-which-account", count = n))),
    }
}

/// The calendars an account sees.
pub fn calendars(account: &SyncAccount) -> Result<Vec<RemoteCalendar>> {
    calendars_with(account, None)
}

/// The calendars an account sees, with the password given (this session's) or else the keyring's.
pub fn calendars_with(account: &SyncAccount, given: Option<(String, Source)>) -> Result<Vec<RemoteCalendar>> {
    let (client, _) = connect(account, given)?;
    client.calendars().map_err(remote).map_err(about(account))
}

/// Where a campaign is linked to.
pub enum Target<'a> {
    Existing(&'a str),
    Create(&'a str),
}

/// Links a campaign to an existing calendar of the account (checked on the server) or to a new one.
pub fn link(store: &mut Store, account: &SyncAccount, campaign_id: i64, target: Target) -> Result<SyncLink> {
    link_with(store, account, campaign_id, target, None)
}

/// [`link`] with the password given (this session's) or else the keyring's.
pub fn link_with(
    store: &mut Store,
    account: &SyncAccount,
    campaign_id: i64,
    target: Target,
    given: Option<(String, Source)>,
) -> Result<SyncLink> {
    link_to(store, account, campaign_id, target, given).map_err(about(account))
}

fn link_to(
    store: &mut Store,
    account: &SyncAccount,
    campaign_id: i64,
    target: Target,
    given: Option<(String, Source)>,
) -> Result<SyncLink> {
    store.get_campaign(campaign_id)?;
    if let Some(l) = store.sync_links()?.into_iter().find(|l| l.campaign_id == campaign_id) {
        return Err(Error::invalid_msg(
            "campaign",
            crate::msg!("core-sync-campaign-shared", id = campaign_id, url = &l.calendar_url, link = l.id),
        ));
    }
    let (client, _) = connect(account, given)?;
    let url = match target {
        Target::Existing(url) => {
            let href = client::href_of(url).ok_or_else(|| {
                Error::invalid_msg(
                    "calendar",
                    crate::msg!("core-sync-not-a-calendar", value = crate::excerpt::excerpt(url)),
                )
            })?;
            let known = client.calendars().map_err(remote)?;
            let same = |c: &RemoteCalendar| {
                client::href_of(&c.url).is_some_and(|h| h.trim_end_matches('/') == href.trim_end_matches('/'))
            };
            match known.iter().find(|c| same(c)) {
                Some(c) => c.url.clone(),
                // Not in the account's own calendar home: a calendar shared by another user (Radicale lists those
                // nowhere), accepted when the server lets this account read it.
                None => match client.check_calendar(&href) {
                    Ok(()) => client.url_of(&href),
                    Err(DavError::NotFound | DavError::Forbidden) => {
                        let listed: Vec<&str> = known.iter().map(|c| c.url.as_str()).collect();
                        return Err(Error::Remote {
                            message: format!(
                                "{} is not a calendar this account can see (its own: {})",
                                crate::excerpt::excerpt(url),
                                if listed.is_empty() { "none".to_string() } else { listed.join(", ") }
                            ),
                            fixable: true,
                        });
                    }
                    Err(e) => return Err(remote(e)),
                },
            }
        }
        Target::Create(name) => {
            let name = name.trim();
            if name.is_empty() {
                return Err(Error::invalid_msg("create", crate::msg!("core-sync-calendar-name-needed")));
            }
            client.create_calendar(name).map_err(remote)?.url
        }
    };
    store.add_sync_link(account.id, campaign_id, &url)
}

/// Runs every link (or one), one after the other. A link that cannot be reached is an error for the caller after
/// the others have run.
pub fn run(store: &mut Store, only: Option<i64>, given: Option<(String, Source)>) -> Result<RunReport> {
    run_with(store, only, |_| given.clone())
}

/// [`run`] with each account's password from `given` (the app's passwords for this session), else the keyring's.
pub fn run_with(
    store: &mut Store,
    only: Option<i64>,
    given: impl Fn(&SyncAccount) -> Option<(String, Source)>,
) -> Result<RunReport> {
    run_with_progress(store, only, given, &|_| {})
}

/// [`run_with`], telling `progress` how far each link's run is (a first sync of a large calendar takes minutes).
pub fn run_with_progress(
    store: &mut Store,
    only: Option<i64>,
    given: impl Fn(&SyncAccount) -> Option<(String, Source)>,
    progress: &dyn Fn(Progress),
) -> Result<RunReport> {
    let links = match only {
        Some(id) => vec![store.sync_link(id)?],
        None => store.sync_links()?,
    };
    if links.is_empty() {
        return Err(Error::invalid_msg("link", crate::msg!("core-sync-nothing-shared")));
    }
    let mut report = RunReport::default();
    let mut failed = None;
    for link in links {
        let account = store.sync_account(link.account_id)?;
        let outcome = connect(&account, given(&account))
            .and_then(|(client, _)| engine::run_reporting(store, &client, &link, progress))
            .map_err(about(&account));
        match outcome {
            Ok(r) => report.add(r),
            Err(e) => {
                store.finish_sync_run(link.id, None, Some(&e.to_string()))?;
                failed.get_or_insert(e);
            }
        }
    }
    match failed {
        Some(e) => Err(e),
        None => Ok(report),
    }
}

/// A link's state for `sync status`.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct LinkStatus {
    #[serde(flatten)]
    #[ts(flatten)]
    pub link: SyncLink,
    pub campaign: String,
    /// Items in sync with the server.
    pub synced: usize,
    /// Local changes (new, edited, deleted) waiting for the next run.
    pub pending: usize,
    pub conflicts: usize,
    /// Local changes the server refused (a calendar read-only for this account), each of which can be undone.
    pub refused: Vec<RefusedChange>,
}

/// What the refused local change was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum RefusedKind {
    New,
    Edited,
    Deleted,
}

/// A local change the server refused (403), kept here until it is undone ([`revert`]) or a later run gets it through.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct RefusedChange {
    /// The event's id here (its former id when the change was its deletion): what `sync revert` takes.
    pub event_id: i64,
    pub title: String,
    pub change: RefusedKind,
    /// When the server last refused it (UTC).
    pub refused_at: String,
}

pub fn status(store: &Store) -> Result<Vec<LinkStatus>> {
    let ctx = item::Context {
        campaigns: store.list_campaigns(None)?,
        organisations: store.list_organisations(None)?,
        partner_zones: store.partner_zones()?,
    };
    let mut out = Vec::new();
    for link in store.sync_links()? {
        let items = store.sync_items(link.id)?;
        let conflicts = store.sync_conflicts(Some(link.id))?.len();
        // Only the events written since their item was hashed are written out and hashed here.
        let locals = local::Locals::read(store, &link, &items, &ctx, &local::context_hash(&ctx, link.campaign_id))?;
        let by_uid: HashMap<&str, &SyncItem> = items.iter().map(|i| (i.uid.as_str(), i)).collect();
        let mut pending = locals
            .texts
            .values()
            .filter(|l| by_uid.get(l.event.uid.as_str()).is_none_or(|i| i.local_hash.as_ref() != Some(&l.hash)))
            .count();
        pending += locals.gone(&items).filter(|i| i.etag.is_some()).count();
        // Tasks are few: each is written out and hashed.
        let tasks = store.list_tasks(Some(link.campaign_id))?;
        pending += tasks
            .iter()
            .filter(|t| {
                let hash = item::hash(&item::task_text(t, &ctx));
                by_uid.get(t.uid.as_str()).is_none_or(|i| i.local_hash.as_ref() != Some(&hash))
            })
            .count();
        pending += items
            .iter()
            .filter(|i| i.task_id.is_some() && i.etag.is_some() && !tasks.iter().any(|t| t.uid == i.uid))
            .count();
        let mut refused = Vec::new();
        for i in &items {
            let (Some(at), Some(event_id)) = (&i.refused, i.event_id) else { continue };
            let here = store.find_event_by_uid(&i.uid)?.filter(|e| e.campaign_id == Some(link.campaign_id));
            let (title, change) = match &here {
                Some(e) if i.etag.is_none() => (e.title.clone(), RefusedKind::New),
                Some(e) => (e.title.clone(), RefusedKind::Edited),
                None => (deleted_title(store, i), RefusedKind::Deleted),
            };
            refused.push(RefusedChange { event_id, title, change, refused_at: at.clone() });
        }
        let campaign =
            ctx.campaigns.iter().find(|c| c.id == link.campaign_id).map(|c| c.title.clone()).unwrap_or_default();
        let synced = items.iter().filter(|i| i.etag.is_some()).count();
        out.push(LinkStatus { synced, campaign, pending, conflicts, refused, link });
    }
    Ok(out)
}

/// The title of an event deleted here, from the server's last text of it (its UID when that is not known).
fn deleted_title(store: &Store, i: &SyncItem) -> String {
    let text = store.sync_item_text(i.id).ok().flatten().unwrap_or_default();
    item::read(&text, chrono_tz::UTC)
        .ok()
        .and_then(|r| r.events.into_iter().next())
        .map(|p| match p.body {
            crate::ics::ParsedBody::Event { input, .. } => input.title,
            crate::ics::ParsedBody::Change { .. } => i.uid.clone(),
        })
        .unwrap_or_else(|| i.uid.clone())
}

/// The conflict of a sync item (what the app's conflict list names; an event deleted here has no id any more).
pub fn conflict_of_item(store: &Store, item_id: i64) -> Result<SyncConflict> {
    store
        .sync_conflicts(None)?
        .into_iter()
        .find(|c| c.item_id == item_id)
        .ok_or_else(|| Error::invalid_msg("conflict", crate::msg!("core-sync-conflict-resolved")))
}

/// The conflict of a task (by the id it has or had here).
pub fn conflict_of_task(store: &Store, task_id: i64) -> Result<SyncConflict> {
    store
        .sync_conflicts(None)?
        .into_iter()
        .find(|c| c.task_id == Some(task_id))
        .ok_or_else(|| Error::invalid("task", format!("task {task_id} has no sync conflict (see `sync conflicts`)")))
}

/// The conflict of an event (by the id it has or had here).
pub fn conflict_of(store: &Store, event_id: i64) -> Result<SyncConflict> {
    store
        .sync_conflicts(None)?
        .into_iter()
        .find(|c| c.task_id.is_none() && c.event_id == Some(event_id))
        .ok_or_else(|| Error::invalid_msg("event", crate::msg!("core-sync-no-conflict", id = event_id)))
}
