//! `campaign-desk invite | rsvp | attendance | invitations`: who is invited to an event (one occurrence or all of
//! them), what they answered and who came.

use std::path::{Path, PathBuf};

use clap::Args;

use campaign_desk::domain::{Attendance, Invitation, InvitationCounts, InvitationUpdate, Invitee, RsvpAnswer};
use campaign_desk::service::ics_export::write_atomically;
use campaign_desk::service::invitation_ics::invitation_request;
use campaign_desk::service::invitations::{for_occurrence, OccurrenceInvitations};
use campaign_desk::{Error, Store};

use campaign_desk::msg;

use crate::output::{opt, say, table, Out};

/// Which occurrence: its original local start; left out, the event as a whole (all occurrences of a series).
#[derive(Args)]
pub struct Occurrence {
    /// One occurrence of a series: its original local start YYYY-MM-DDTHH:MM (a date for all-day events).
    /// Default: all occurrences.
    #[arg(long = "occurrence", value_name = "LOCAL_START")]
    pub occurrence: Option<String>,
}

impl Occurrence {
    fn rid(&self) -> &str {
        self.occurrence.as_deref().unwrap_or("")
    }
}

#[derive(Args)]
pub struct InviteArgs {
    pub event: i64,
    /// Organisation ids (comma-separated or repeated).
    #[arg(long = "org", value_delimiter = ',', value_name = "ID")]
    pub organisations: Vec<i64>,
    /// Person ids (comma-separated or repeated).
    #[arg(long = "person", value_delimiter = ',', value_name = "ID")]
    pub people: Vec<i64>,
    #[command(flatten)]
    pub occurrence: Occurrence,
    /// Also write the event as an invitation file (METHOD:REQUEST) to everyone invited to all its occurrences
    /// who has an e-mail address in the directory (those without one are named).
    #[arg(long, value_name = "FILE", conflicts_with = "occurrence")]
    pub ics: Option<PathBuf>,
    /// The invitation's organiser (default: the event's or campaign's lead organisation with an e-mail address).
    #[arg(long, value_name = "ADDRESS", requires = "ics")]
    pub organizer_email: Option<String>,
    #[arg(long, value_name = "NAME", requires = "organizer_email")]
    pub organizer_name: Option<String>,
}

/// One invitee: an organisation or a person.
#[derive(Args)]
#[command(group(clap::ArgGroup::new("invitee").required(true).args(["organisation", "person"])))]
pub struct One {
    #[arg(long = "org", value_name = "ID")]
    pub organisation: Option<i64>,
    #[arg(long, value_name = "ID")]
    pub person: Option<i64>,
}

impl One {
    fn invitee(&self) -> Invitee {
        Invitee { organisation_id: self.organisation, person_id: self.person }
    }
}

#[derive(Args)]
pub struct RsvpArgs {
    pub event: i64,
    #[command(flatten)]
    pub who: One,
    /// yes, maybe, no, no-answer (you stopped waiting), or invited (asked again).
    #[arg(long)]
    pub answer: String,
    #[command(flatten)]
    pub occurrence: Occurrence,
    /// Notes kept with the answer ("" clears them).
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Args)]
#[command(group(clap::ArgGroup::new("mark").required(true).args(["came", "absent", "clear"])))]
pub struct AttendanceArgs {
    pub event: i64,
    #[command(flatten)]
    pub who: One,
    /// They came.
    #[arg(long)]
    pub came: bool,
    /// They did not come.
    #[arg(long)]
    pub absent: bool,
    /// Take the mark back (not recorded).
    #[arg(long)]
    pub clear: bool,
    #[command(flatten)]
    pub occurrence: Occurrence,
    /// Notes ("" clears them).
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Args)]
pub struct ListArgs {
    pub event: i64,
    #[command(flatten)]
    pub occurrence: Occurrence,
}

pub fn invite(store: &mut Store, a: InviteArgs, out: &Out) -> anyhow::Result<()> {
    if a.ics.is_some() && a.organisations.is_empty() && a.people.is_empty() {
        return write_invitation(store, &a, out);
    }
    let invitees: Vec<Invitee> = a
        .organisations
        .iter()
        .map(|&id| Invitee::organisation(id))
        .chain(a.people.iter().map(|&id| Invitee::person(id)))
        .collect();
    let added = store.invite(a.event, a.occurrence.rid(), &invitees)?;
    let now = for_occurrence(store, a.event, a.occurrence.rid())?;
    if a.ics.is_some() {
        return write_invitation(store, &a, out);
    }
    out.value(&serde_json::json!({ "added": added, "invitations": now }), || {
        println!("{}", say(msg!("core-cli-invited", count = added, already = invitees.len() - added)));
        print_occurrence(&now);
    })
}

/// `invite EVENT --ics FILE`: the invitation file, and who is in it.
fn write_invitation(store: &Store, a: &InviteArgs, out: &Out) -> anyhow::Result<()> {
    let path = a.ics.as_deref().unwrap_or(Path::new(""));
    let organizer = a.organizer_email.clone().map(|email| (a.organizer_name.clone().unwrap_or(email.clone()), email));
    let file = invitation_request(store, a.event, organizer, chrono::Utc::now())?;
    write_atomically(path, file.ics.as_bytes())?;
    let summary = serde_json::json!({
        "file": path, "organizer": file.organizer, "attendees": file.attendees, "without_email": file.without_email,
    });
    out.value(&summary, || {
        println!("{}", say(msg!("core-cli-invitation-written", path = path, organizer = &file.organizer)));
        println!("{}", say(msg!("core-cli-invitation-attendees", names = file.attendees.join(", "))));
        if !file.without_email.is_empty() {
            println!("{}", say(msg!("core-cli-invitation-without-email", names = file.without_email.join(", "))));
        }
    })
}

/// `import reply FILE`: an attendee's answer (METHOD:REPLY) recorded.
pub fn import_reply(store: &mut Store, path: &Path, out: &Out) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
    let outcome = campaign_desk::service::invitation_ics::import_reply(store, &text)?;
    out.value(&outcome, || {
        for row in &outcome.answers {
            let answer = rsvp_text(row.answer);
            println!(
                "{}",
                say(match outcome.recurrence_id.as_str() {
                    "" => msg!("core-cli-reply-recorded", title = &outcome.title, name = &row.name, answer = answer),
                    rid => msg!(
                        "core-cli-reply-recorded-occurrence",
                        title = &outcome.title,
                        occurrence = rid,
                        name = &row.name,
                        answer = answer
                    ),
                })
            );
        }
    })
}

pub fn rsvp(store: &mut Store, a: RsvpArgs, out: &Out) -> anyhow::Result<()> {
    let answer: RsvpAnswer = a.answer.parse().map_err(|m: String| Error::invalid("answer", m))?;
    let update = InvitationUpdate {
        recurrence_id: a.occurrence.rid().into(),
        invitee: a.who.invitee(),
        answer: Some(answer),
        attended: None,
        notes: a.notes,
    };
    let row = store.update_invitation(a.event, &update)?;
    out.value(&row, || println!("{}: {}", row.name, rsvp_text(row.answer)))
}

pub fn attendance(store: &mut Store, a: AttendanceArgs, out: &Out) -> anyhow::Result<()> {
    let mark = match (a.came, a.absent) {
        (true, _) => Attendance::Came,
        (_, true) => Attendance::Absent,
        _ => Attendance::Unrecorded,
    };
    let update = InvitationUpdate {
        recurrence_id: a.occurrence.rid().into(),
        invitee: a.who.invitee(),
        answer: None,
        attended: Some(mark),
        notes: a.notes,
    };
    let row = store.update_invitation(a.event, &update)?;
    out.value(&row, || println!("{}: {}", row.name, came_text(row.attended)))
}

pub fn list(store: &Store, a: ListArgs, out: &Out) -> anyhow::Result<()> {
    let seen = for_occurrence(store, a.event, a.occurrence.rid())?;
    out.value(&seen, || print_occurrence(&seen))
}

fn came_text(attended: Option<bool>) -> String {
    match attended {
        Some(true) => say(msg!("core-cli-came")),
        Some(false) => say(msg!("core-cli-did-not-come")),
        None => String::new(),
    }
}

/// An answer as a person reads it (the CLI takes and `--json` gives the ids: yes, maybe, no_answer …).
fn rsvp_text(answer: RsvpAnswer) -> String {
    say(match answer {
        RsvpAnswer::Invited => msg!("core-cli-rsvp-invited"),
        RsvpAnswer::Yes => msg!("core-cli-rsvp-yes"),
        RsvpAnswer::Maybe => msg!("core-cli-rsvp-maybe"),
        RsvpAnswer::No => msg!("core-cli-rsvp-no"),
        RsvpAnswer::NoAnswer => msg!("core-cli-rsvp-no-answer"),
    })
}

fn print_occurrence(seen: &OccurrenceInvitations) {
    let scope = match (seen.recurrence_id.as_str(), seen.repeats) {
        ("", true) => say(msg!("core-cli-all-occurrences")),
        ("", false) => String::new(),
        (rid, _) => say(msg!("core-cli-the-occurrence", occurrence = rid)),
    };
    println!("{} {scope}", seen.title);
    if seen.invitees.is_empty() {
        println!("{}", say(msg!("core-cli-nobody-invited")));
    } else {
        let rows = seen.invitees.iter().map(row).collect();
        print!("{}", table(&["who", "kind", "answer", "came", "e-mail", "notes"], rows));
    }
    println!("{}", counts_line(&seen.counts));
    if !seen.follow_up.is_empty() {
        let names: Vec<String> = seen.follow_up.iter().map(|i| i.name.clone()).collect();
        println!("{}", say(msg!("core-cli-no-answer-yet", names = names.join(", "))));
    }
    if !seen.suggested.is_empty() {
        let names: Vec<String> = seen
            .suggested
            .iter()
            .map(|o| format!("{} ({}, id {})", o.organisation_name, o.role, o.organisation_id))
            .collect();
        println!("{}", say(msg!("core-cli-not-invited-yet", names = names.join(", "))));
    }
}

fn row(i: &Invitation) -> Vec<String> {
    let kind = match (&i.person_id, &i.organisation_name) {
        (Some(_), Some(org)) => say(msg!("core-cli-invitee-person-of", organisation = org)),
        (Some(_), None) => say(msg!("core-cli-invitee-person")),
        _ => say(msg!("core-cli-invitee-organisation")),
    };
    let notes = campaign_desk::excerpt::excerpt(&opt(&i.notes));
    vec![i.name.clone(), kind, rsvp_text(i.answer), came_text(i.attended), opt(&i.email), notes]
}

fn counts_line(c: &InvitationCounts) -> String {
    say(msg!(
        "core-cli-invitation-counts",
        invited = c.invited,
        yes = c.yes,
        maybe = c.maybe,
        no = c.no,
        waiting = c.waiting,
        no_answer = c.no_answer,
        came = c.came,
        did_not_come = c.did_not_come
    ))
}

#[derive(Args)]
pub struct RemindersArgs {
    pub event: i64,
    #[command(flatten)]
    pub occurrence: Occurrence,
    /// How the messages are written: email, text (WhatsApp/Signal) or another announcement platform.
    #[arg(long, default_value = "email")]
    pub platform: String,
    /// en, es, fr, id or tl (default: the language in settings, else English).
    #[arg(long)]
    pub lang: Option<String>,
    /// Mark this invitee's reminder sent (with --org or --person and --kind).
    #[arg(long, requires = "kind")]
    pub sent: bool,
    /// Take a "sent" mark back.
    #[arg(long, requires = "kind", conflicts_with = "sent")]
    pub unsent: bool,
    /// day (the day before) or hour (an hour before).
    #[arg(long)]
    pub kind: Option<String>,
    #[arg(long = "org", value_name = "ID")]
    pub organisation: Option<i64>,
    #[arg(long, value_name = "ID")]
    pub person: Option<i64>,
}

/// `reminders EVENT`: the reminders to send for an occurrence, or one marked sent.
pub fn reminders(store: &mut Store, a: RemindersArgs, out: &Out) -> anyhow::Result<()> {
    use campaign_desk::domain::{Platform, ReminderKind};
    use campaign_desk::service::people_reminders::{mark_sent, reminders_to_send};
    let rid = a.occurrence.rid().to_string();
    if let Some(kind) = &a.kind {
        let kind: ReminderKind = kind.parse().map_err(|m: String| Error::invalid("kind", m))?;
        let invitee = Invitee { organisation_id: a.organisation, person_id: a.person };
        mark_sent(store, a.event, &rid, &invitee, kind, !a.unsent)?;
    }
    let platform: Platform = a.platform.parse().map_err(|m: String| Error::invalid("platform", m))?;
    let lang = match a.lang {
        Some(l) => l,
        None => store.settings()?.locale.clone(),
    };
    let lang = if lang == "auto" { "en".to_string() } else { lang };
    let list = reminders_to_send(store, a.event, &rid, platform, &lang, chrono::Utc::now())?;
    out.value(&list, || {
        if list.reminders.is_empty() {
            println!("{}", say(msg!("core-cli-no-reminders")));
        }
        for r in &list.reminders {
            let state = match &r.sent_at {
                Some(at) => say(msg!("core-cli-reminder-sent", at = at)),
                None => say(msg!("core-cli-reminder-to-send")),
            };
            let to: Vec<&str> = [r.email.as_deref(), r.phone.as_deref()].into_iter().flatten().collect();
            let to = if to.is_empty() { String::new() } else { format!(" <{}>", to.join(", ")) };
            let kind = say(match r.kind {
                ReminderKind::Day => msg!("core-cli-reminder-kind-day"),
                ReminderKind::Hour => msg!("core-cli-reminder-kind-hour"),
            });
            let due = say(msg!("core-cli-reminder-due", at = &r.due_local, zone = &r.zone));
            println!("== {}{to} · {kind} · {due} · {state}", r.name);
            println!("{}\n", r.text);
        }
    })
}
