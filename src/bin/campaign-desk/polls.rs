//! `campaign-desk poll`: a poll over candidate slots — each organisation's answer per slot, the winner, and the
//! event made from it.

use clap::Subcommand;

use campaign_desk::domain::{PollAnswer, PollInput};
use campaign_desk::service::find_time::parse_length;
use campaign_desk::service::polls::{self, PollView};
use campaign_desk::{Error, Store};

use campaign_desk::msg;

use crate::output::{fields, opt, say, table, Out};

#[derive(Subcommand)]
pub enum PollCmd {
    /// Start a poll: the organisations to ask and two or more candidate slots.
    New {
        #[arg(long)]
        title: String,
        /// Organisation ids, comma-separated; the first one's zone is the poll's.
        #[arg(long = "with", value_delimiter = ',', value_name = "ORG,ORG", required = true)]
        organisations: Vec<i64>,
        /// The meeting's length: 90m, 1h30m, 1:30.
        #[arg(long)]
        length: String,
        /// A candidate start with its offset (2027-03-04T14:00Z, 2027-03-04T22:00+08:00); repeat for each slot.
        #[arg(long = "slot", value_name = "INSTANT", required = true)]
        slots: Vec<String>,
        /// The campaign the meeting belongs to.
        #[arg(long)]
        campaign: Option<i64>,
    },
    /// Record an organisation's answer for one slot (again to change it).
    Answer {
        poll: i64,
        #[arg(long)]
        org: i64,
        /// The slot's id, as `poll show` lists them.
        #[arg(long)]
        slot: i64,
        /// yes, if-need-be or no.
        #[arg(long)]
        answer: String,
    },
    /// The slots on every organisation's clock, who said what, and the winner.
    Show { poll: i64 },
    /// Close the poll on the winner (or --slot), and with --create-event make its event.
    Close {
        poll: i64,
        /// Choose this slot instead of the winner.
        #[arg(long)]
        slot: Option<i64>,
        /// Also create the event: the poll's title and campaign, the slot in the poll's zone, the organisations
        /// asked as co-organisers.
        #[arg(long)]
        create_event: bool,
    },
    /// All polls, open ones first.
    List {
        #[arg(long)]
        campaign: Option<i64>,
    },
}

pub fn poll(store: &mut Store, cmd: PollCmd, out: &Out) -> anyhow::Result<()> {
    match cmd {
        PollCmd::New { title, organisations, length, slots, campaign } => {
            let length_minutes = parse_length(&length).map_err(|m| Error::invalid_msg("length", m))?;
            let input = PollInput { title, campaign_id: campaign, length_minutes, organisations, slots };
            let view = polls::create(store, &input)?;
            out.value(&view, || {
                let (id, title, slots) = (view.poll.id, &view.poll.title, view.slots.len());
                println!("{}", say(msg!("core-cli-poll-created", id = id, title = title, count = slots)));
                print_view(&view);
            })
        }
        PollCmd::Answer { poll, org, slot, answer } => {
            let answer: PollAnswer = answer.parse().map_err(|m: String| Error::invalid("answer", m))?;
            let view = polls::answer(store, poll, slot, org, answer)?;
            out.value(&view, || {
                let who = view.organisations.iter().find(|o| o.id == org).map(|o| o.label.as_str()).unwrap_or("");
                let answer = answer_text(Some(answer));
                println!("{}", say(msg!("core-cli-poll-answer-recorded", who = who, slot = slot, answer = answer)));
                println!("{}", view.summary);
            })
        }
        PollCmd::Show { poll } => {
            let view = polls::show(store, poll)?;
            out.value(&view, || print_view(&view))
        }
        PollCmd::Close { poll, slot, create_event } => {
            let view = polls::close(store, poll, slot, create_event)?;
            out.value(&view, || {
                let chosen = view.poll.chosen_slot_id.map(|s| s.to_string()).unwrap_or_default();
                println!("{}", say(msg!("core-cli-poll-closed", id = view.poll.id, slot = chosen)));
                if let Some(event) = view.poll.event_id {
                    println!("{}", say(msg!("core-cli-poll-event-created", event = event)));
                }
                print_view(&view);
            })
        }
        PollCmd::List { campaign } => {
            let list = store.list_polls(campaign)?;
            out.list(
                &list,
                &["id", "title", "length", "zone", "state", "event"],
                |p| {
                    vec![
                        p.id.to_string(),
                        p.title.clone(),
                        say(msg!("core-cli-poll-minutes-short", count = p.length_minutes)),
                        p.zone.clone(),
                        match (&p.closed_at, p.chosen_slot_id) {
                            (Some(_), Some(s)) => say(msg!("core-cli-poll-closed-on-slot", slot = s)),
                            _ => say(msg!("core-cli-poll-open")),
                        },
                        opt(&p.event_id.map(|e| e.to_string())),
                    ]
                },
                &say(msg!("core-cli-no-polls")),
            )
        }
    }
}

fn answer_text(a: Option<PollAnswer>) -> String {
    match a {
        Some(PollAnswer::Yes) => say(msg!("core-cli-poll-yes")),
        Some(PollAnswer::IfNeedBe) => say(msg!("core-cli-poll-if-need-be")),
        Some(PollAnswer::No) => say(msg!("core-cli-poll-no")),
        None => "—".into(),
    }
}

fn print_view(view: &PollView) {
    let p = &view.poll;
    let state = match (&p.closed_at, p.chosen_slot_id) {
        (Some(at), Some(s)) => say(msg!("core-cli-poll-closed-at", at = at, slot = s)),
        _ => say(msg!("core-cli-poll-open")),
    };
    fields(&[
        ("poll", format!("{} {}", p.id, p.title)),
        ("campaign", opt(&view.campaign_title)),
        ("length", say(msg!("core-cli-poll-minutes", count = p.length_minutes))),
        ("zone", p.zone.clone()),
        ("state", state),
        ("event", opt(&p.event_id.map(|e| e.to_string()))),
    ]);
    println!();
    // One row per slot: its time on every clock, the counts, then each organisation's answer.
    let mut headers: Vec<String> = vec!["slot".into()];
    if let Some(first) = view.slots.first() {
        headers.extend(first.times.iter().map(|t| t.city.clone()));
    }
    headers.extend([
        say(msg!("core-cli-poll-yes")),
        say(msg!("core-cli-poll-if-need-be")),
        say(msg!("core-cli-poll-no")),
    ]);
    headers.extend(view.organisations.iter().map(|o| o.label.clone()));
    let rows = view
        .slots
        .iter()
        .map(|s| {
            let mark = if Some(s.id) == p.chosen_slot_id {
                format!(" {}", say(msg!("core-cli-poll-chosen-mark")))
            } else if Some(s.id) == view.leader {
                " *".into()
            } else {
                String::new()
            };
            let mut row = vec![format!("{}{mark}", s.id)];
            row.extend(s.times.iter().map(|t| {
                let day = chrono::DateTime::parse_from_rfc3339(&t.start)
                    .map(|d| d.format("%a %-d %b %H:%M").to_string())
                    .unwrap_or_else(|_| t.local.clone());
                format!("{day} {}", state_text(t.state))
            }));
            row.extend([s.yes.to_string(), s.if_need_be.to_string(), s.no.to_string()]);
            row.extend(s.answers.iter().map(|a| answer_text(a.answer)));
            row
        })
        .collect();
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    print!("{}", table(&headers, rows));
    println!();
    println!("{}", view.summary);
    println!("{}", say(msg!("core-cli-poll-how-winner")));
}

fn state_text(s: campaign_desk::calendar::find_time::DayState) -> String {
    use campaign_desk::calendar::find_time::DayState;
    say(match s {
        DayState::Working => msg!("core-cli-poll-state-working"),
        DayState::Awake => msg!("core-cli-poll-state-awake"),
        DayState::Asleep => msg!("core-cli-poll-state-asleep"),
    })
}
