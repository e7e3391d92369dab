//! `campaign-desk sync …`: CalDAV accounts, links of campaigns to remote calendars, runs, status and conflicts.
//! Passwords come from standard input or `CAMPAIGN_DESK_CALDAV_PASSWORD` and are never printed.

use std::io::Read;

use clap::{Args, Subcommand};
use serde::Serialize;

use campaign_desk::sync::{self, Keep, Source, Target, PASSWORD_ENV};
use campaign_desk::{msg, Error, Store};

use crate::output::{say, Out};

#[derive(Subcommand)]
pub enum SyncCmd {
    /// CalDAV accounts (server address and user name; the password goes to the system keyring).
    #[command(subcommand)]
    Account(AccountCmd),
    /// The calendars an account can see on its server.
    Calendars {
        #[arg(long)]
        account: Option<i64>,
    },
    /// Share a campaign with a remote calendar: an existing one (--calendar URL) or a new one (--create NAME).
    Link(LinkArgs),
    /// Stop sharing a campaign (the events and the remote calendar stay).
    Unlink {
        /// The link's id (see `sync status`).
        #[arg(long, required_unless_present = "campaign", conflicts_with = "campaign")]
        link: Option<i64>,
        #[arg(long)]
        campaign: Option<i64>,
    },
    /// Sync now, both ways: every link, or one.
    Run {
        #[arg(long)]
        link: Option<i64>,
        /// Read the password from standard input for this run (instead of the keyring).
        #[arg(long)]
        password_stdin: bool,
    },
    /// Each link: last sync, pending local changes, conflicts, last error.
    Status,
    /// Events changed on both sides, waiting for a decision.
    Conflicts,
    /// Keep one side of a conflict: the local version (sent on the next run) or the server's (written here now).
    Resolve {
        /// The event's id here (as `sync conflicts` lists it), or the task's with --task.
        event_id: i64,
        /// The id is a task's (`sync conflicts` lists tasks as "task N").
        #[arg(long)]
        task: bool,
        #[arg(long, value_parser = ["local", "remote"])]
        keep: String,
    },
    /// Undo a local change the server refused (a read-only calendar): the server's version is put back here.
    Revert {
        /// The event's id here (as `sync status` lists it; for a refused deletion, the id it had).
        event_id: i64,
    },
}

#[derive(Subcommand)]
pub enum AccountCmd {
    /// Add an account after logging in and finding its calendars.
    Add {
        /// The server's address, e.g. https://cloud.example.org/remote.php/dav.
        #[arg(long)]
        url: String,
        #[arg(long)]
        user: String,
        /// Read the password from standard input (else from CAMPAIGN_DESK_CALDAV_PASSWORD, for this run only).
        #[arg(long)]
        password_stdin: bool,
    },
    List,
    /// Remove an account, its links and its saved password.
    Rm {
        id: i64,
    },
}

#[derive(Args)]
#[command(group(clap::ArgGroup::new("target").required(true).args(["calendar", "create"])))]
pub struct LinkArgs {
    #[arg(long)]
    pub campaign: i64,
    /// The calendar's URL (as `sync calendars` lists it).
    #[arg(long)]
    pub calendar: Option<String>,
    /// Create a new calendar with this name on the server.
    #[arg(long)]
    pub create: Option<String>,
    #[arg(long)]
    pub account: Option<i64>,
}

/// The first line of standard input, without its line ending.
fn password_from_stdin() -> anyhow::Result<String> {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).map_err(|e| Error::io("cannot read standard input", e))?;
    let line = s.lines().next().unwrap_or_default().to_string();
    if line.is_empty() {
        return Err(Error::invalid_msg("password", campaign_desk::msg!("core-cli-no-password-on-stdin")).into());
    }
    Ok(line)
}

pub fn sync(store: &mut Store, cmd: SyncCmd, out: &Out) -> anyhow::Result<()> {
    match cmd {
        SyncCmd::Account(AccountCmd::Add { url, user, password_stdin }) => {
            let given = if password_stdin { Some(password_from_stdin()?) } else { None };
            let added = sync::add_account(store, &url, &user, given)?;
            out.value(&added, || {
                let (id, user, url) = (added.account.id, &added.account.username, &added.account.url);
                println!("{}", say(msg!("core-cli-sync-account-added", id = id, user = user, url = url)));
                println!("{}", added.note);
                println!("{}", say(msg!("core-cli-sync-calendars-found", count = added.calendars.len())));
                for c in &added.calendars {
                    println!("  {}  {}", c.url, c.name.as_deref().unwrap_or(""));
                }
            })
        }
        SyncCmd::Account(AccountCmd::List) => {
            let accounts = store.sync_accounts()?;
            out.value(&accounts, || {
                if accounts.is_empty() {
                    println!("{}", say(msg!("core-cli-sync-no-accounts")));
                }
                for a in &accounts {
                    println!("{}  {}", a.id, say(msg!("core-cli-sync-user-on", user = &a.username, url = &a.url)));
                }
            })
        }
        SyncCmd::Account(AccountCmd::Rm { id }) => {
            let keyring_problem = sync::remove_account(store, id)?;
            if let Some(why) = &keyring_problem {
                eprintln!("campaign-desk: warning: the saved password could not be removed from the keyring: {why}");
            }
            out.value(&serde_json::json!({ "removed": id }), || {
                println!("{}", say(msg!("core-cli-sync-account-removed", id = id)))
            })
        }
        SyncCmd::Calendars { account } => {
            let account = sync::pick_account(store, account)?;
            let calendars = sync::calendars(&account)?;
            out.value(&calendars, || {
                if calendars.is_empty() {
                    println!(
                        "{}",
                        say(msg!("core-cli-sync-no-calendars", url = &account.url, user = &account.username))
                    );
                }
                for c in &calendars {
                    println!("{}  {}", c.url, c.name.as_deref().unwrap_or(""));
                }
            })
        }
        SyncCmd::Link(a) => {
            let account = sync::pick_account(store, a.account)?;
            let target = match (&a.calendar, &a.create) {
                (Some(url), _) => Target::Existing(url),
                (None, Some(name)) => Target::Create(name),
                (None, None) => {
                    return Err(
                        Error::invalid_msg("calendar", campaign_desk::msg!("core-cli-calendar-or-create")).into()
                    )
                }
            };
            let link = sync::link(store, &account, a.campaign, target)?;
            out.value(&link, || {
                let (campaign, url, id) = (link.campaign_id, &link.calendar_url, link.id);
                println!("{}", say(msg!("core-cli-sync-linked", campaign = campaign, url = url, link = id)))
            })
        }
        SyncCmd::Unlink { link, campaign } => {
            let id = match (link, campaign) {
                (Some(id), _) => id,
                (None, Some(c)) => {
                    store.sync_links()?.into_iter().find(|l| l.campaign_id == c).map(|l| l.id).ok_or_else(|| {
                        Error::invalid_msg("campaign", campaign_desk::msg!("core-cli-campaign-not-shared", id = c))
                    })?
                }
                (None, None) => {
                    return Err(Error::invalid_msg("link", campaign_desk::msg!("core-cli-link-or-campaign")).into())
                }
            };
            store.remove_sync_link(id)?;
            out.value(&serde_json::json!({ "unlinked": id }), || {
                println!("{}", say(msg!("core-cli-sync-link-removed", id = id)))
            })
        }
        SyncCmd::Run { link, password_stdin } => {
            let given = if password_stdin { Some((password_from_stdin()?, Source::Stdin)) } else { None };
            // On a terminal, where a long first sync is; never in --json output or a pipe.
            let shown = std::io::IsTerminal::is_terminal(&std::io::stderr()) && !out.json;
            let report = if shown {
                let progress = progress_line();
                let r = sync::run_with_progress(store, link, |_| given.clone(), &progress);
                eprint!("\r\x1b[K");
                r?
            } else {
                sync::run(store, link, given)?
            };
            out.value(&report, || {
                let (sent, taken, deleted, conflicts) =
                    (report.pushed, report.pulled, report.deleted, report.conflicts);
                println!(
                    "{}",
                    say(msg!(
                        "core-cli-sync-ran",
                        sent = sent,
                        taken = taken,
                        deleted = deleted,
                        conflicts = conflicts
                    ))
                );
                for e in &report.errors {
                    println!("  {}", say(msg!("core-cli-sync-not-synced", reason = e)));
                }
            })?;
            if !report.errors.is_empty() {
                return Err(Error::Remote {
                    message: format!("{} item(s) could not be synced; the rest was", report.errors.len()),
                    fixable: true,
                }
                .into());
            }
            Ok(())
        }
        SyncCmd::Status => {
            let links = sync::status(store)?;
            out.value(&links, || {
                if links.is_empty() {
                    println!("{}", say(msg!("core-cli-sync-nothing-shared", variable = PASSWORD_ENV)));
                }
                for l in &links {
                    let (id, campaign, title, url) = (l.link.id, l.link.campaign_id, &l.campaign, &l.link.calendar_url);
                    println!(
                        "{}",
                        say(msg!("core-cli-sync-link", id = id, campaign = campaign, title = title, url = url))
                    );
                    let when = match l.link.last_synced.as_deref() {
                        Some(at) => say(msg!("core-cli-sync-last-synced", at = at)),
                        None => say(msg!("core-cli-sync-never-synced")),
                    };
                    let (synced, waiting, conflicts) = (l.synced, l.pending, l.conflicts);
                    let counts = say(msg!(
                        "core-cli-sync-link-counts",
                        synced = synced,
                        waiting = waiting,
                        conflicts = conflicts
                    ));
                    println!("  {when}, {counts}");
                    if let Some(e) = l.link.last_error.as_deref() {
                        println!("  {}", say(msg!("core-cli-sync-last-error", reason = e)));
                    }
                    print_refused(&l.refused);
                }
            })
        }
        SyncCmd::Conflicts => {
            let conflicts: Vec<Conflict> = store.sync_conflicts(None)?.into_iter().map(Conflict::from).collect();
            // The changes a read-only calendar refused are not conflicts, but they wait for a decision too.
            let refused: Vec<sync::RefusedChange> = sync::status(store)?.into_iter().flat_map(|l| l.refused).collect();
            out.value(&conflicts, || {
                if conflicts.is_empty() {
                    println!("{}", say(msg!("core-cli-sync-no-conflicts")));
                }
                for c in &conflicts {
                    match c.task_id {
                        Some(task) => println!("task {task} ({}): {}", c.uid, c.what),
                        None => println!(
                            "event {} ({}): {}",
                            c.event_id.map(|i| i.to_string()).unwrap_or_default(),
                            c.uid,
                            c.what
                        ),
                    }
                }
                print_refused(&refused);
            })
        }
        SyncCmd::Revert { event_id } => {
            let undone = sync::revert(store, event_id)?;
            out.value(&undone, || match undone {
                sync::Undone::Restored { event_id: id } if id == event_id => {
                    println!("{}", say(msg!("core-cli-sync-restored", id = event_id)))
                }
                sync::Undone::Restored { event_id: id } => {
                    println!("{}", say(msg!("core-cli-sync-restored-as", id = event_id, new = id)))
                }
                sync::Undone::Removed => {
                    println!("{}", say(msg!("core-cli-sync-removed-new", id = event_id)))
                }
            })
        }
        SyncCmd::Resolve { event_id, task, keep } => {
            let conflict =
                if task { sync::conflict_of_task(store, event_id)? } else { sync::conflict_of(store, event_id)? };
            let keep = if keep == "local" { Keep::Local } else { Keep::Remote };
            sync::resolve(store, &conflict, keep)?;
            let said = say(match (keep, task) {
                (Keep::Local, false) => msg!("core-cli-sync-event-kept-local", id = event_id),
                (Keep::Remote, false) => msg!("core-cli-sync-event-kept-remote", id = event_id),
                (Keep::Local, true) => msg!("core-cli-sync-task-kept-local", id = event_id),
                (Keep::Remote, true) => msg!("core-cli-sync-task-kept-remote", id = event_id),
            });
            let kept = if keep == Keep::Local { "local" } else { "remote" };
            let key = if task { "task_id" } else { "event_id" };
            out.value(&serde_json::json!({ key: event_id, "kept": kept }), || println!("{said}"))
        }
    }
}

/// "Sending 120 of 2,000 changes…" on one line of stderr, rewritten at most every 100 ms and at a phase's end.
fn progress_line() -> impl Fn(sync::Progress) {
    let last = std::cell::Cell::new(None::<std::time::Instant>);
    move |p| {
        let now = std::time::Instant::now();
        if p.done != p.total && last.get().is_some_and(|t| now - t < std::time::Duration::from_millis(100)) {
            return;
        }
        last.set(Some(now));
        let (done, total) = (p.done, p.total);
        let line = say(match p.phase {
            sync::Phase::Receiving => msg!("core-cli-sync-receiving", done = done, total = total),
            sync::Phase::Sending => msg!("core-cli-sync-sending", done = done, total = total),
        });
        eprint!("\r\x1b[K{line}");
    }
}

fn print_refused(refused: &[sync::RefusedChange]) {
    for r in refused {
        let (id, title) = (r.event_id, &r.title);
        let refused = match r.change {
            sync::RefusedKind::New => msg!("core-cli-sync-refused-new", id = id, title = title),
            sync::RefusedKind::Edited => msg!("core-cli-sync-refused-edited", id = id, title = title),
            sync::RefusedKind::Deleted => msg!("core-cli-sync-refused-deleted", id = id, title = title),
        };
        println!("  {}", say(refused));
    }
}

/// A conflict as `sync conflicts` prints it.
#[derive(Serialize)]
struct Conflict {
    event_id: Option<i64>,
    /// Set when the conflict is a task's (then `event_id` is null).
    task_id: Option<i64>,
    uid: String,
    link_id: i64,
    href: String,
    local_deleted: bool,
    remote_deleted: bool,
    remote_ics: Option<String>,
    what: String,
    found_at: String,
}

impl From<campaign_desk::store::SyncConflict> for Conflict {
    fn from(c: campaign_desk::store::SyncConflict) -> Self {
        let remote_deleted = c.remote_ics.is_none();
        let what = match (c.local_deleted, remote_deleted) {
            (true, _) => "deleted here, changed on the server",
            (false, true) => "changed here, deleted on the server",
            (false, false) => "changed here and on the server",
        };
        Conflict {
            event_id: c.event_id,
            task_id: c.task_id,
            uid: c.uid,
            link_id: c.link_id,
            href: c.href,
            local_deleted: c.local_deleted,
            remote_deleted,
            remote_ics: c.remote_ics,
            what: what.to_string(),
            found_at: c.found_at,
        }
    }
}
