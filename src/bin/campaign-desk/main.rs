//! `campaign-desk`: the headless CLI over the core. Human-readable tables by default, `--json` for scripts.
//! Exit status: 0 success, 2 for something the user can fix (validation, not found, a bad database file), 1 else.

mod args;
mod calendar;
mod directory;
mod output;
mod plans;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command};
use campaign_desk::{backup, demo, Error, Store};
use output::Out;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let out = Out { json: cli.json };
    match run(cli, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("campaign-desk: {e}");
            match e.downcast_ref::<Error>() {
                Some(core) if core.is_user_error() => ExitCode::from(2),
                _ => ExitCode::from(1),
            }
        }
    }
}

fn db_path(cli_db: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    cli_db
        .or_else(campaign_desk::paths::default_db_path)
        .ok_or_else(|| anyhow::anyhow!("no data directory found; pass --db PATH or set CAMPAIGN_DESK_DB"))
}

fn run(cli: Cli, out: &Out) -> anyhow::Result<()> {
    let path = db_path(cli.db)?;
    let mut store = Store::open(&path)?;
    match cli.command {
        Command::Init => {
            let version = store.schema_version()?;
            out.value(&serde_json::json!({ "database": path, "schema_version": version }), || {
                println!("Database ready at {} (schema version {version})", path.display())
            })
        }
        Command::Demo => {
            let report = demo::load(&mut store)?;
            out.value(&report, || {
                println!(
                    "Demonstration data loaded: {} organisations, {} people, {} campaigns, {} events added",
                    report.organisations, report.people, report.campaigns, report.events
                )
            })
        }
        Command::Org(cmd) => directory::org(&mut store, cmd, out),
        Command::Person(cmd) => directory::person(&mut store, cmd, out),
        Command::Campaign(cmd) => plans::campaign(&mut store, cmd, out),
        Command::Event(cmd) => plans::event(&mut store, cmd, out),
        Command::Import(args::ImportCmd::Ics { file, campaign, dry_run }) => {
            calendar::import_ics(&mut store, &file, campaign, dry_run, out)
        }
        Command::Export(args::ExportCmd::Ics { campaigns, from, to, output }) => {
            calendar::export_ics(&store, &campaigns, from.as_deref().zip(to.as_deref()), output.as_deref(), out)
        }
        Command::Backup { to } => {
            let keep = store.settings()?.backups_keep;
            let file = match to {
                Some(to) => backup::backup_to(&store, &to)?,
                None => backup::backup_now(&store, keep)?,
            };
            out.value(&serde_json::json!({ "backup": file }), || println!("Backed up to {}", file.display()))
        }
        Command::Restore { file } => {
            let safety = backup::restore(&mut store, &file)?;
            out.value(&serde_json::json!({ "restored": file, "previous_saved_to": safety }), || {
                println!("Restored {}; the previous content was saved to {}", file.display(), safety.display())
            })
        }
    }
}
