//! `campaign-desk search QUERY`: statements (every language), campaigns, events and organisations, best first.

use clap::Args;
use serde::Serialize;

use campaign_desk::Store;

use crate::output::{say, Out};
use campaign_desk::msg;

#[derive(Args)]
pub struct SearchArgs {
    /// Words to look for; each must appear, as a word or the start of one, accents ignored.
    pub query: String,
    /// How many hits at most.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
}

/// A hit as `--json` prints it: the snippet as plain text.
#[derive(Serialize)]
struct Hit<'a> {
    kind: campaign_desk::domain::SearchKind,
    id: i64,
    lang: Option<&'a str>,
    title: &'a str,
    snippet: String,
}

pub fn search(store: &Store, args: SearchArgs, out: &Out) -> anyhow::Result<()> {
    let hits = store.search(&args.query, args.limit)?;
    let rows: Vec<Hit> = hits
        .iter()
        .map(|h| Hit { kind: h.kind, id: h.id, lang: h.lang.as_deref(), title: &h.title, snippet: h.snippet_text() })
        .collect();
    out.value(&rows, || {
        if rows.is_empty() {
            println!("{}", say(msg!("core-cli-nothing-found", query = &args.query)));
        }
        for h in &rows {
            let lang = h.lang.map(|l| format!(" [{l}]")).unwrap_or_default();
            let snippet = h.snippet.split_whitespace().collect::<Vec<_>>().join(" ");
            if snippet.is_empty() {
                println!("{} {}{lang} {}", h.kind, h.id, h.title);
            } else {
                println!("{} {}{lang} {} — {snippet}", h.kind, h.id, h.title);
            }
        }
    })
}
