//! `campaign-desk find-time`: the best slots for a meeting across the participants' zones, working and sleeping
//! hours and busy events.

use clap::Args;

use campaign_desk::service::find_time::{find_time as search, parse_length, FindTimeQuery, DEFAULT_DAYS};
use campaign_desk::{Error, Store};

use campaign_desk::msg;

use crate::output::{say, table, Out};

#[derive(Args)]
pub struct FindTimeArgs {
    /// Organisation ids, comma-separated; each needs a zone in the directory. Their events make them busy.
    #[arg(long = "with", value_delimiter = ',', value_name = "ORG,ORG")]
    pub organisations: Vec<i64>,
    /// Person ids (comma-separated or repeated), in their organisation's zone, busy with its events.
    #[arg(long = "person", value_delimiter = ',', value_name = "ID")]
    pub people: Vec<i64>,
    /// More IANA zones taking part, comma-separated (partners not in the directory).
    #[arg(long, value_delimiter = ',', value_name = "ZONE,ZONE")]
    pub zones: Vec<String>,
    /// The meeting's length: 90m, 1h30m, 1:30.
    #[arg(long)]
    pub length: String,
    /// First day, YYYY-MM-DD, in the first participant's zone (default: today).
    #[arg(long)]
    pub from: Option<String>,
    /// How many days to look at.
    #[arg(long, default_value_t = DEFAULT_DAYS)]
    pub days: u32,
    /// Working hours for everyone, on their own clock (default: each organisation's own, else 09:00-18:00).
    #[arg(long, value_name = "HH:MM-HH:MM")]
    pub working: Option<String>,
    /// The days with working hours for everyone: mon-fri, sun-thu, mon,wed,fri or all (default: each
    /// organisation's own, else mon-fri).
    #[arg(long, value_name = "DAYS")]
    pub working_days: Option<String>,
    /// Sleeping hours for everyone, on their own clock (default: each organisation's own, else 23:00-07:00).
    #[arg(long, value_name = "HH:MM-HH:MM")]
    pub asleep: Option<String>,
    /// Minutes between candidate starts.
    #[arg(long, default_value = "30m")]
    pub step: String,
    /// How many slots to show, best first.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
}

pub fn find_time(store: &Store, args: FindTimeArgs, out: &Out) -> anyhow::Result<()> {
    let length = parse_length(&args.length).map_err(|m| Error::invalid_msg("length", m))?;
    let step = parse_length(&args.step).map_err(|m| Error::invalid_msg("step", m))?;
    let query = FindTimeQuery {
        organisations: args.organisations,
        people: args.people,
        zones: args.zones,
        length_minutes: length,
        from: args.from.unwrap_or_else(|| chrono::Local::now().date_naive().to_string()),
        days: Some(args.days),
        working: args.working,
        working_days: args.working_days,
        asleep: args.asleep,
        step_minutes: Some(step),
        with_grid: false,
    };
    let mut answer = search(store, &query)?;
    answer.result.slots.truncate(args.limit);
    out.value(&answer, || {
        let found = &answer.result;
        let who: Vec<String> = answer.participants.iter().map(|p| format!("{} ({})", p.label, p.zone)).collect();
        let hours: Vec<String> = answer
            .participants
            .iter()
            .map(|p| {
                let (working, days, asleep) = (&p.working, &p.working_days, &p.asleep);
                say(msg!(
                    "core-cli-find-time-own-hours",
                    who = &p.label,
                    working = working,
                    days = days,
                    asleep = asleep
                ))
            })
            .collect();
        println!(
            "{}",
            say(msg!(
                "core-cli-find-time-searched",
                length = length,
                count = query.days.unwrap_or(DEFAULT_DAYS),
                from = &query.from,
                zone = &answer.reference_zone,
                who = who.join(", ")
            ))
        );
        // Everyone's hours on one line when they are the same, else each participant's own.
        let first = &answer.participants[0];
        if answer
            .participants
            .iter()
            .all(|p| (&p.working, &p.working_days, &p.asleep) == (&first.working, &first.working_days, &first.asleep))
        {
            let (working, days, asleep) = (&first.working, &first.working_days, &first.asleep);
            println!("{}", say(msg!("core-cli-find-time-same-hours", working = working, days = days, asleep = asleep)));
        } else {
            println!("{}", say(msg!("core-cli-find-time-each-hours", hours = hours.join("; "))));
        }
        let busy: u32 = answer.participants.iter().map(|p| p.busy).sum();
        let (count, busy_out) = (found.candidates, found.ruled_out_busy);
        println!("{}", say(msg!("core-cli-find-time-looked-at", count = count, out = busy_out, busy = busy)));
        if found.slots.is_empty() {
            println!("{}", say(msg!("core-cli-find-time-nothing-free")));
            return;
        }
        let mut headers = vec!["#".to_string(), "UTC".to_string()];
        headers.extend(answer.participants.iter().map(|p| p.label.clone()));
        headers.extend(["asleep".into(), "working".into(), "score".into()]);
        let rows = found
            .slots
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let mut row = vec![(i + 1).to_string(), s.start[..16].replace('T', " ")];
                row.extend(s.times.iter().map(|t| {
                    // "Mon 17 Feb 04:00 asleep": the local day, since days differ from place to place.
                    let day = chrono::DateTime::parse_from_rfc3339(&t.start)
                        .map(|d| d.format("%a %-d %b %H:%M").to_string())
                        .unwrap_or_else(|_| t.local.clone());
                    format!("{day} {}", state(t.state))
                }));
                row.extend([s.asleep.to_string(), s.working.to_string(), s.score.to_string()]);
                row
            })
            .collect();
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        print!("{}", table(&headers, rows));
        println!();
        for (i, s) in found.slots.iter().enumerate() {
            println!("{}. {}", i + 1, s.text);
        }
    })
}

fn state(s: campaign_desk::calendar::find_time::DayState) -> String {
    use campaign_desk::calendar::find_time::DayState;
    say(match s {
        DayState::Working => msg!("core-cli-find-time-working"),
        DayState::Awake => msg!("core-cli-find-time-awake"),
        DayState::Asleep => msg!("core-cli-find-time-asleep"),
    })
}
