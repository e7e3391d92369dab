//! The command line, as clap reads it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Parser)]
#[command(name = "campaign-desk", version, about = "Plan campaigns, events and statements for grassroots alliances")]
pub struct Cli {
    /// Database file (default: the OS data directory, or $CAMPAIGN_DESK_DB).
    #[arg(long, global = true, env = "CAMPAIGN_DESK_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Print JSON on stdout instead of tables.
    #[arg(long, global = true)]
    pub json: bool,
    /// The language of messages for people (en, fr …), written before the command (a command's own --lang is the
    /// language of what it shows or exports). Default: $LC_ALL, $LC_MESSAGES or $LANG, else English. --json keys
    /// and message ids never change.
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

// Parsed once per process, so the size of the largest variant costs nothing worth boxing for.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand)]
pub enum Command {
    /// Create or upgrade the database.
    Init,
    /// Load the demonstration data (running it again adds nothing).
    Demo,
    /// Organisations: member groups, partners, networks.
    #[command(subcommand)]
    Org(OrgCmd),
    /// People: contacts at organisations.
    #[command(subcommand)]
    Person(PersonCmd),
    /// Campaigns and the organisations taking part.
    #[command(subcommand)]
    Campaign(CampaignCmd),
    /// Events on the calendar.
    #[command(subcommand)]
    Event(EventCmd),
    /// A campaign's checklist.
    #[command(subcommand)]
    Task(TaskCmd),
    /// Import calendars other applications wrote.
    #[command(subcommand)]
    Import(ImportCmd),
    /// Export calendars for other applications.
    #[command(subcommand)]
    Export(ExportCmd),
    /// Copy the database to FILE, or into backups/ beside it.
    Backup {
        #[arg(long, value_name = "FILE")]
        to: Option<PathBuf>,
    },
    /// Replace the database with a backup (the current content is saved first).
    Restore { file: PathBuf },
    /// Statements: drafts, revisions, approvals, translations, endorsements.
    #[command(subcommand)]
    Statement(StatementCmd),
    /// Ready-to-post text for an event or a campaign, with times in the partners' zones, within the platform's length.
    Announce(AnnounceArgs),
    /// Search statements (every language), campaigns, events and organisations.
    Search(crate::search::SearchArgs),
    /// The best times for a meeting across the participants' zones, working and sleeping hours and busy events.
    FindTime(crate::find_time::FindTimeArgs),
    /// Invite organisations and people to an event (all its occurrences, or one with --occurrence).
    Invite(crate::invitations::InviteArgs),
    /// Record an invitee's answer: yes, maybe, no, no-answer.
    Rsvp(crate::invitations::RsvpArgs),
    /// Record whether an invitee came (--came, --absent, or --clear).
    Attendance(crate::invitations::AttendanceArgs),
    /// Who is invited to an event or one occurrence: answers, attendance, counts and who has not answered.
    Invitations(crate::invitations::ListArgs),
    /// Reminders to send to those invited to an occurrence (the day before, an hour before, on their own clock);
    /// --sent marks one done.
    Reminders(crate::invitations::RemindersArgs),
    /// Polls over candidate slots: each organisation answers yes, if need be or no; the winner becomes the event.
    #[command(subcommand)]
    Poll(crate::polls::PollCmd),
    /// Encryption of the database file: encrypt, decrypt --to FILE, rekey, status.
    #[command(subcommand)]
    Db(crate::db::DbCmd),
    /// Two-way sync of campaigns with a CalDAV server (Nextcloud, Radicale, Fastmail, iCloud…).
    #[command(subcommand)]
    Sync(crate::sync::SyncCmd),
    /// Subscribe to a read-only calendar from a webcal:// or https:// link (shown beside your events, never mixed in).
    Subscribe {
        /// webcal://… or https://…ics
        url: String,
        /// Default: the calendar's own name, else its server's.
        #[arg(long)]
        name: Option<String>,
        /// #rrggbb (default: the next of a few colours apart from the campaigns').
        #[arg(long)]
        colour: Option<String>,
    },
    /// Subscribed calendars: list, refresh, edit, rm.
    #[command(subcommand)]
    Subscriptions(crate::subscriptions::SubscriptionsCmd),
}

#[derive(Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["event", "campaign"])))]
pub struct AnnounceArgs {
    /// The event to announce.
    #[arg(long)]
    pub event: Option<i64>,
    /// Which occurrence of a series: its local start (a date for all-day events). Default: the next one.
    #[arg(long, requires = "event")]
    pub at: Option<String>,
    /// The whole campaign, with its key dates.
    #[arg(long)]
    pub campaign: Option<i64>,
    /// facebook, x, instagram, email or text (WhatsApp/Signal).
    #[arg(long)]
    pub platform: String,
    /// en, es, fr (fr-CA), id or tl (default: the language in settings, else English).
    #[arg(long)]
    pub lang: Option<String>,
    /// Comma-separated IANA zones (default: the partner zones).
    #[arg(long, value_delimiter = ',')]
    pub zones: Vec<String>,
    /// Keep it with the campaign (the event's campaign for --event), to edit and post again later.
    #[arg(long)]
    pub save: bool,
}

#[derive(Subcommand)]
pub enum OrgCmd {
    Add(OrgFields),
    List {
        /// Only those whose name, acronym, city or country contains this.
        #[arg(long)]
        search: Option<String>,
    },
    Show {
        id: i64,
    },
    /// Change the given fields; an empty value clears an optional one.
    Edit {
        id: i64,
        #[command(flatten)]
        fields: OrgFields,
    },
    Rm {
        id: i64,
    },
    /// Import organisations from a CSV file with a header row.
    Import(ImportArgs),
    /// Export all organisations as CSV.
    Export(ExportArgs),
}

#[derive(Args, Default)]
pub struct OrgFields {
    #[arg(long)]
    pub name: Option<String>,
    /// Acronym or short name.
    #[arg(long)]
    pub short: Option<String>,
    /// Two-letter country code.
    #[arg(long)]
    pub country: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    /// IANA time zone, e.g. Asia/Manila.
    #[arg(long)]
    pub zone: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub website: Option<String>,
    #[arg(long)]
    pub socials: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
    /// Its working hours for find-time, on its own clock (default 09:00-18:00).
    #[arg(long, value_name = "HH:MM-HH:MM")]
    pub working: Option<String>,
    /// The days it works: mon-fri (default), sun-thu, mon,wed,fri or all.
    #[arg(long, value_name = "DAYS")]
    pub working_days: Option<String>,
    /// Its sleeping hours for find-time, on its own clock (default 23:00-07:00).
    #[arg(long, value_name = "HH:MM-HH:MM")]
    pub asleep: Option<String>,
}

#[derive(Subcommand)]
pub enum PersonCmd {
    Add(PersonFields),
    List {
        /// Only the people of this organisation.
        #[arg(long)]
        org: Option<i64>,
        #[arg(long)]
        search: Option<String>,
    },
    Show {
        id: i64,
    },
    Edit {
        id: i64,
        #[command(flatten)]
        fields: PersonFields,
    },
    Rm {
        id: i64,
    },
    Import(ImportArgs),
    Export(ExportArgs),
}

#[derive(Args, Default)]
pub struct PersonFields {
    #[arg(long)]
    pub name: Option<String>,
    /// Organisation id (0 or empty to clear on edit).
    #[arg(long)]
    pub org: Option<String>,
    #[arg(long)]
    pub role: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Args)]
pub struct ImportArgs {
    #[arg(long, value_name = "FILE")]
    pub csv: PathBuf,
    /// Show what would be imported and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Args)]
pub struct ExportArgs {
    /// Output file; `-` for stdout.
    #[arg(long, value_name = "FILE")]
    pub csv: PathBuf,
}

#[derive(Subcommand)]
pub enum CampaignCmd {
    Add(CampaignFields),
    /// A campaign laid out from a template: its dates, skeleton events (tentative) and checklist.
    New {
        /// solidarity-month, day-of-action, webinar, press-conference or anniversary.
        #[arg(long)]
        template: String,
        /// First day (for a webinar or a press conference: the day itself), YYYY-MM-DD.
        #[arg(long)]
        start: String,
        #[arg(long)]
        title: String,
        /// The zone of its times (default: the home zone in settings).
        #[arg(long)]
        zone: Option<String>,
    },
    /// Next year's edition: dates moved to start on --shift-to (weekday rules kept), organisations and tasks
    /// carried, one-off changes left behind.
    Duplicate {
        id: i64,
        #[arg(long = "shift-to")]
        shift_to: String,
    },
    List {
        #[arg(long)]
        search: Option<String>,
    },
    /// The campaign with its organisations and events.
    Show {
        id: i64,
    },
    Edit {
        id: i64,
        #[command(flatten)]
        fields: CampaignFields,
    },
    Rm {
        id: i64,
    },
}

#[derive(Args, Default)]
pub struct CampaignFields {
    #[arg(long)]
    pub title: Option<String>,
    /// solidarity_month, day_of_action, webinar_series, press_conference, side_event, anniversary, womens_day, other
    #[arg(long)]
    pub kind: Option<String>,
    /// First day, YYYY-MM-DD.
    #[arg(long)]
    pub start: Option<String>,
    /// Last day (inclusive), YYYY-MM-DD.
    #[arg(long)]
    pub end: Option<String>,
    /// Home time zone (default: the home zone in settings).
    #[arg(long)]
    pub zone: Option<String>,
    /// Repeatable; replaces all hashtags on edit.
    #[arg(long = "hashtag")]
    pub hashtags: Vec<String>,
    /// ORG_ID:ROLE (lead, co_organiser, partner, endorser, sponsor); repeatable; replaces all on edit.
    #[arg(long = "org", value_name = "ID:ROLE")]
    pub orgs: Vec<String>,
    #[arg(long)]
    pub summary: Option<String>,
    #[arg(long)]
    pub description: Option<String>,
    /// #rrggbb
    #[arg(long)]
    pub colour: Option<String>,
    /// planning, active, done, archived
    #[arg(long)]
    pub status: Option<String>,
}

#[derive(Subcommand)]
pub enum EventCmd {
    Add(EventFields),
    /// Events; with --from and --to, their occurrences in that window (recurring ones expanded).
    List {
        #[arg(long)]
        campaign: Option<i64>,
        /// First day of the window, YYYY-MM-DD (from its 00:00 in --tz).
        #[arg(long, requires = "to")]
        from: Option<String>,
        /// Day after the window, YYYY-MM-DD (up to its 00:00 in --tz).
        #[arg(long, requires = "from")]
        to: Option<String>,
        /// Zone of the window and of the printed times (default: each event's own zone; window in the home zone).
        #[arg(long)]
        tz: Option<String>,
    },
    /// The local times of an occurrence in the partners' zones.
    Times {
        id: i64,
        /// The occurrence's local start in the event's zone (default: the first).
        #[arg(long)]
        at: Option<String>,
        /// Comma-separated IANA zones (default: the partner zones in settings, else the organisations' zones).
        #[arg(long, value_delimiter = ',')]
        zones: Vec<String>,
    },
    Show {
        id: i64,
    },
    /// Change the given fields of the event, or with --occurrence of one instance of a series (--scope this) or
    /// of it and all later ones (--scope following, which splits the series).
    Edit {
        id: i64,
        /// The instance's original local start (a date for all-day series), as `event list` prints it.
        #[arg(long, value_name = "RECURRENCE_ID")]
        occurrence: Option<String>,
        /// this (default) or following.
        #[arg(long, requires = "occurrence")]
        scope: Option<String>,
        #[command(flatten)]
        fields: EventFields,
    },
    Rm {
        id: i64,
    },
}

#[derive(Args, Default)]
pub struct EventFields {
    #[arg(long)]
    pub title: Option<String>,
    /// All-day: the first day, YYYY-MM-DD.
    #[arg(long, conflicts_with_all = ["start", "end"])]
    pub date: Option<String>,
    /// All-day: the last day, inclusive (default: the first day).
    #[arg(long, requires = "date")]
    pub end_date: Option<String>,
    /// Timed: local start, YYYY-MM-DDTHH:MM, in --zone.
    #[arg(long)]
    pub start: Option<String>,
    /// Timed: local end, YYYY-MM-DDTHH:MM, in --zone.
    #[arg(long)]
    pub end: Option<String>,
    /// IANA time zone of the start and end.
    #[arg(long)]
    pub zone: Option<String>,
    /// Make it all-day (with --date).
    #[arg(long)]
    pub all_day: bool,
    /// Campaign id (0 to detach on edit).
    #[arg(long)]
    pub campaign: Option<i64>,
    /// anniversary, webinar, press_conference, day_of_action, rally, meeting, side_event, deadline, other
    #[arg(long)]
    pub kind: Option<String>,
    /// RFC 5545 RRULE value, e.g. FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31
    #[arg(long)]
    pub rrule: Option<String>,
    /// Excluded occurrence (its local start); repeatable; replaces all on edit.
    #[arg(long = "exdate")]
    pub exdates: Vec<String>,
    /// Extra occurrence (RDATE): a local start YYYY-MM-DDTHH:MM in --zone, or a date YYYY-MM-DD for all-day events;
    /// repeatable; works with or without --rrule; replaces all on edit ("" clears them).
    #[arg(long = "rdate", value_name = "DATE|DATETIME")]
    pub rdates: Vec<String>,
    /// tentative, confirmed, cancelled
    #[arg(long)]
    pub status: Option<String>,
    /// in_person, online, hybrid
    #[arg(long)]
    pub mode: Option<String>,
    #[arg(long)]
    pub location: Option<String>,
    #[arg(long)]
    pub online_url: Option<String>,
    /// Registration link.
    #[arg(long)]
    pub url: Option<String>,
    #[arg(long)]
    pub description: Option<String>,
    /// Minutes before the start; repeatable; replaces all on edit.
    #[arg(long = "reminder", value_name = "MINUTES")]
    pub reminders: Vec<u32>,
    /// ORG_ID:ROLE; repeatable; replaces all on edit.
    #[arg(long = "org", value_name = "ID:ROLE")]
    pub orgs: Vec<String>,
}

#[derive(Subcommand)]
pub enum ExportCmd {
    /// iCalendar (.ics) that Google, Outlook, Apple and Thunderbird import: everything, some campaigns, or a window.
    Ics {
        /// Only this campaign's events; repeatable.
        #[arg(long = "campaign")]
        campaigns: Vec<i64>,
        /// Only events this organisation co-organises or whose campaign it has a role in; repeatable.
        #[arg(long = "organisation", value_name = "ID")]
        organisations: Vec<i64>,
        /// Only events of this kind (meeting, webinar, …); repeatable.
        #[arg(long = "kind", value_name = "KIND")]
        kinds: Vec<String>,
        /// Only events with an occurrence on or after this day, YYYY-MM-DD (UTC).
        #[arg(long, requires = "to")]
        from: Option<String>,
        /// ... and before this day.
        #[arg(long, requires = "from")]
        to: Option<String>,
        /// Output file (default: stdout).
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub enum ImportCmd {
    /// An .ics file from Google, Outlook, Apple, Thunderbird…; re-importing updates by UID and never duplicates.
    Ics {
        file: PathBuf,
        /// Put new events in this campaign (and read floating times in its zone).
        #[arg(long)]
        campaign: Option<i64>,
        /// Show what would happen and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// An invitee's answer to an invitation (an .ics with METHOD:REPLY), recorded as their answer.
    Reply { file: PathBuf },
}

#[derive(Subcommand)]
pub enum TaskCmd {
    /// Add a task to a campaign's checklist.
    Add {
        #[arg(long)]
        campaign: i64,
        #[arg(long)]
        title: String,
        /// Due date, YYYY-MM-DD.
        #[arg(long)]
        due: Option<String>,
        /// The person responsible (an id from `person list`).
        #[arg(long)]
        owner: Option<i64>,
    },
    /// Tick a task off (or reopen it with --undo).
    Done {
        id: i64,
        #[arg(long)]
        undo: bool,
    },
    /// A campaign's tasks in order, overdue ones marked.
    List {
        #[arg(long)]
        campaign: i64,
    },
    /// Delete a task.
    Rm { id: i64 },
}

#[derive(Subcommand)]
pub enum StatementCmd {
    /// Start a statement (its text becomes revision 1).
    New {
        #[arg(long)]
        title: String,
        #[arg(long)]
        campaign: Option<i64>,
        /// statement, press_release, solidarity_message, open_letter, call_to_action
        #[arg(long, default_value = "statement")]
        kind: String,
        /// An issuing organisation (repeat for joint statements).
        #[arg(long = "issuer", value_name = "ORG_ID")]
        issuers: Vec<i64>,
        /// The language it is written in (BCP 47: en, es, fr-CA, id, tl …).
        #[arg(long, default_value = "en")]
        lang: String,
        /// The body in Markdown; `-` reads standard input. Without it, the kind's starting text.
        #[arg(long, value_name = "FILE")]
        body_file: Option<PathBuf>,
        /// Place of the date line ("Hong Kong").
        #[arg(long)]
        place: Option<String>,
        /// Date of the date line (YYYY-MM-DD).
        #[arg(long)]
        date: Option<String>,
    },
    /// Change the text (a new revision), the title or the status.
    Edit {
        id: i64,
        #[arg(long)]
        title: Option<String>,
        #[arg(long, value_name = "FILE")]
        body_file: Option<PathBuf>,
        /// draft, in_review, approved, published
        #[arg(long)]
        status: Option<String>,
        /// With `--status published`: the publication date (default today).
        #[arg(long)]
        published_on: Option<String>,
    },
    List {
        #[arg(long)]
        campaign: Option<i64>,
        #[arg(long)]
        status: Option<String>,
    },
    /// The statement, its revisions, approvals, translations and endorsements; `--lang` shows a translation.
    Show {
        id: i64,
        #[arg(long)]
        lang: Option<String>,
    },
    /// Add or replace the translation into LANG (made from the current revision, or the one it already follows).
    Translate {
        id: i64,
        #[arg(long)]
        lang: String,
        #[arg(long)]
        title: Option<String>,
        #[arg(long, value_name = "FILE")]
        body_file: PathBuf,
        /// Record that the translation now follows the current source revision.
        #[arg(long)]
        updated: bool,
    },
    /// Record an organisation's approval of a revision (default: the current one).
    Approve {
        id: i64,
        #[arg(long, value_name = "ORG_ID")]
        org: i64,
        #[arg(long)]
        revision: Option<i64>,
        #[arg(long)]
        note: Option<String>,
    },
    /// Record a sign-on by an organisation or a person.
    Endorse {
        id: i64,
        #[arg(long, value_name = "ORG_ID", conflicts_with = "person", required_unless_present = "person")]
        org: Option<i64>,
        #[arg(long, value_name = "PERSON_ID")]
        person: Option<i64>,
        #[arg(long)]
        note: Option<String>,
        /// YYYY-MM-DD (default today).
        #[arg(long)]
        date: Option<String>,
    },
    /// Write the statement as a document: md, html, docx, pdf or txt; in its own language, one translation
    /// (`--lang es`) or all of them in one file (`--lang all`).
    Export {
        id: i64,
        #[arg(long)]
        format: String,
        #[arg(long)]
        lang: Option<String>,
        /// The file to write (default: standard output, for the text formats).
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Text to post on a platform: the title, as much of the statement as fits, its hashtags.
    Post {
        id: i64,
        /// facebook, x, instagram, email, text
        #[arg(long)]
        platform: String,
        #[arg(long)]
        lang: Option<String>,
    },
    /// Compare two revisions word by word (default: the previous one with the current one).
    Diff {
        id: i64,
        #[arg(long)]
        from: Option<i64>,
        #[arg(long)]
        to: Option<i64>,
    },
    Rm {
        id: i64,
    },
}
