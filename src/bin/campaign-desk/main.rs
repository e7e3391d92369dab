//! `campaign-desk`: the headless CLI over the core. Human-readable tables by default, `--json` for scripts.
//! Exit status: 0 success, 2 for something the user can fix (validation, not found, a bad database file), 1 else.

// `println!`, `print!` and `eprintln!` in this binary are these, not std's: text goes through `output::human` (no
// control characters or escape sequences from the data reach the terminal) and a closed pipe is not a panic.
// Data meant to be written as it is (JSON, an exported file on stdout) goes through `output::raw`.
macro_rules! println {
    () => {
        $crate::output::human(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::output::human(format_args!("{}\n", format_args!($($arg)*)))
    };
}
macro_rules! print {
    ($($arg:tt)*) => {
        $crate::output::human(format_args!($($arg)*))
    };
}
macro_rules! eprintln {
    ($($arg:tt)*) => {
        $crate::output::human_err(format_args!("{}\n", format_args!($($arg)*)))
    };
}

// mimalloc: see Cargo.toml (the app keeps the system's allocator for its memory).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod args;
mod calendar;
mod db;
mod directory;
mod find_time;
mod invitations;
mod output;
mod plans;
mod polls;
mod search;
mod statements;
mod subscriptions;
mod sync;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command};
use campaign_desk::msg;
use campaign_desk::service::ics_export::ExportScope;
use campaign_desk::{backup, demo, Error, Store};
use output::{say, Out};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = match messages_language(cli.lang.as_deref()) {
        Ok(lang) => lang,
        Err(e) => {
            eprintln!("campaign-desk: {e}");
            return ExitCode::from(2);
        }
    };
    output::set_lang(lang);
    let out = Out { json: cli.json };
    let result = run(cli, &out);
    if let Err(e) = &result {
        // A script reading --json gets the failure as data (kind, fields with their message ids and arguments)
        // when the command printed nothing else; the ids never change with the language.
        if out.json && !output::wrote_stdout() {
            if let Some(core) = e.downcast_ref::<Error>() {
                let _ = out.value(&serde_json::json!({ "error": campaign_desk::wire::ErrorReport::from(core) }), || {});
            }
        }
    }
    if let Some(e) = output::finish() {
        eprintln!("campaign-desk: cannot write the output: {e}");
        return ExitCode::from(1);
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("campaign-desk: {}", error_text(&e, lang));
            match e.downcast_ref::<Error>() {
                Some(core) if core.is_user_error() => ExitCode::from(2),
                _ => ExitCode::from(1),
            }
        }
    }
}

/// The language of the messages for people: `--lang`, else the POSIX variables in their order of precedence,
/// else English. A `--lang` we have no messages in is refused (it was asked for); a system locale we lack is not.
fn messages_language(flag: Option<&str>) -> anyhow::Result<&'static str> {
    use campaign_desk::i18n;
    if let Some(tag) = flag {
        return i18n::language_of(tag).ok_or_else(|| {
            let known = i18n::languages().collect::<Vec<_>>().join(", ");
            anyhow::anyhow!("--lang {tag}: there are no messages in that language (it can be one of: {known})")
        });
    }
    let from_env = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty());
    Ok(from_env.as_deref().and_then(i18n::language_of).unwrap_or("en"))
}

/// The error for a person: a core error in their language; one wrapped in context (or not the core's) as written.
fn error_text(e: &anyhow::Error, lang: &str) -> String {
    match e.downcast_ref::<Error>() {
        Some(core) if core.to_string() == e.to_string() => core.text_in(lang),
        _ => e.to_string(),
    }
}

fn db_path(cli_db: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    cli_db
        .or_else(campaign_desk::paths::default_db_path)
        .ok_or_else(|| anyhow::anyhow!("no data directory found; pass --db PATH or set CAMPAIGN_DESK_DB"))
}

fn run(cli: Cli, out: &Out) -> anyhow::Result<()> {
    let path = db_path(cli.db)?;
    // Encryption works on the file itself (it replaces it), so it runs before the store is opened.
    let command = match cli.command {
        Command::Db(cmd) => return db::db(&path, cmd, out),
        other => other,
    };
    let keyring = campaign_desk::db_key::OsKeyring;
    let mut store = campaign_desk::db_key::open_database(&path, &campaign_desk::db_key::Keys::from_env(&keyring))?;
    let before = store.total_changes();
    let result = run_command(&mut store, &path, command, out);
    if result.is_ok() && store.total_changes() > before {
        // The change is saved whatever happens here: a publishing problem is a warning, not a failed command.
        if let Err(e) = campaign_desk::service::ics_export::publish(&store, chrono::Utc::now()) {
            eprintln!("campaign-desk: warning: the published calendars were not updated: {e}");
        }
    }
    result
}

fn run_command(store: &mut Store, path: &std::path::Path, command: Command, out: &Out) -> anyhow::Result<()> {
    match command {
        Command::Init => {
            let version = store.schema_version()?;
            out.value(&serde_json::json!({ "database": path, "schema_version": version }), || {
                println!("{}", say(msg!("core-cli-database-ready", path = path, version = version)))
            })
        }
        Command::Demo => {
            let report = demo::load(store)?;
            out.value(&report, || {
                let loaded = msg!(
                    "core-cli-demo-loaded",
                    organisations = report.organisations,
                    people = report.people,
                    campaigns = report.campaigns,
                    events = report.events,
                    statements = report.statements
                );
                println!("{}", say(loaded))
            })
        }
        Command::Org(cmd) => directory::org(store, cmd, out),
        Command::Person(cmd) => directory::person(store, cmd, out),
        Command::Campaign(cmd) => plans::campaign(store, cmd, out),
        Command::Event(cmd) => plans::event(store, cmd, out),
        Command::Task(cmd) => plans::task(store, cmd, out),
        Command::Import(args::ImportCmd::Ics { file, campaign, dry_run }) => {
            calendar::import_ics(store, &file, campaign, dry_run, out)
        }
        Command::Import(args::ImportCmd::Reply { file }) => invitations::import_reply(store, &file, out),
        Command::Export(args::ExportCmd::Ics { campaigns, organisations, kinds, from, to, output }) => {
            let kinds = kinds
                .iter()
                .map(|k| k.parse().map_err(|m: String| Error::invalid("kind", m)))
                .collect::<Result<_, _>>()?;
            let scope = ExportScope { campaigns, organisations, kinds, from, to };
            calendar::export_ics(store, &scope, output.as_deref(), out)
        }
        Command::Backup { to } => {
            let keep = store.settings()?.backups_keep;
            let file = match to {
                Some(to) => backup::backup_to(store, &to)?,
                None => backup::backup_now(store, keep)?,
            };
            out.value(&serde_json::json!({ "backup": file }), || {
                println!("{}", say(msg!("core-cli-backed-up", path = &file)))
            })
        }
        Command::Announce(a) => calendar::announce(store, a, out),
        Command::Statement(cmd) => statements::statement(store, cmd, out),
        Command::Search(a) => search::search(store, a, out),
        Command::FindTime(a) => find_time::find_time(store, a, out),
        Command::Invite(a) => invitations::invite(store, a, out),
        Command::Rsvp(a) => invitations::rsvp(store, a, out),
        Command::Attendance(a) => invitations::attendance(store, a, out),
        Command::Invitations(a) => invitations::list(store, a, out),
        Command::Reminders(a) => invitations::reminders(store, a, out),
        Command::Poll(cmd) => polls::poll(store, cmd, out),
        Command::Sync(cmd) => sync::sync(store, cmd, out),
        Command::Subscribe { url, name, colour } => {
            subscriptions::subscribe(store, &url, name.as_deref(), colour.as_deref(), out)
        }
        Command::Subscriptions(cmd) => subscriptions::subscriptions(store, cmd, out),
        Command::Db(_) => unreachable!("db commands run before the store is opened"),
        Command::Restore { file } => {
            let safety = backup::restore(store, &file)?;
            out.value(&serde_json::json!({ "restored": file, "previous_saved_to": safety }), || {
                println!("{}", say(msg!("core-cli-restored", path = &file, saved = &safety)))
            })
        }
    }
}
