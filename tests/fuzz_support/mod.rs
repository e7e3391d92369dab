//! The fuzz targets, shared by the fuzzer (`examples/fuzz.rs`, which mutates inputs and watches time and panics) and
//! the replay of saved inputs (`tests/fuzz_regressions.rs`). Each target takes raw bytes the way the app takes them
//! from a person or a partner's file and drives the same public entry points the CLI uses:
//!
//! - `ics`: the file through `service::import_file` (the CLI's `import ics`) — a dry run most of the time, a real
//!   apply now and then — then the calendar query (`Store::occurrences`) over windows where the imported events are,
//!   and now and then the ICS export of the whole store, since stored hostile rules must not hang either.
//! - `csv`: `csv_io::preview` of organisations and people against a directory that has rows, now and then the apply
//!   and the export of what was applied.
//! - `markdown`: a statement whose body is the input, exported as Markdown, HTML and text (Word now and then, PDF
//!   rarely), through the laid-out document and, now and then, through the store as `statement export` does.
//! - `rrule`: a rule typed by a person (`event new --rrule`): `EventInput::validated` against a few starts, then its
//!   instances in windows, now and then stored and queried, and split ("this and following").
//!
//! `thorough` takes every optional step at once (the replay of saved inputs uses it).

#![allow(dead_code)]

use std::hash::{Hash, Hasher};
use std::path::PathBuf;

use campaign_desk::calendar::{self, SeriesStart, Window};
use campaign_desk::csv_io::{self, CsvKind};
use campaign_desk::domain::{
    EndorsementInput, EventInput, OrganisationInput, PersonInput, Platform, StatementDetail, StatementInput,
    StatementKind,
};
use campaign_desk::service::ics_export::{export_scope, ExportScope};
use campaign_desk::service::import_file::{import_file, FileImport};
use campaign_desk::statement_export::{self, ExportFormat, LangChoice};
use campaign_desk::store::Store;
use chrono::{NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Ics,
    Csv,
    Markdown,
    Rrule,
}

impl Target {
    pub const ALL: [Target; 4] = [Target::Ics, Target::Csv, Target::Markdown, Target::Rrule];

    pub fn name(self) -> &'static str {
        match self {
            Target::Ics => "ics",
            Target::Csv => "csv",
            Target::Markdown => "markdown",
            Target::Rrule => "rrule",
        }
    }

    pub fn from_name(s: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.name() == s)
    }
}

/// Zones that make time maths interesting: DST both ways, a half-hour DST, a skipped day, a far-east offset.
const ZONES: [Tz; 6] =
    [Tz::UTC, Tz::America__New_York, Tz::Australia__Lord_Howe, Tz::Pacific__Apia, Tz::Asia__Manila, Tz::Europe__Berlin];

/// What a target keeps between inputs: stores (rebuilt after a panic and now and then, so they stay small), a
/// scratch folder for the file the ICS import reads, a laid-out statement.
pub struct Ctx {
    pub n: u64,
    scratch: PathBuf,
    ics_store: Option<Store>,
    csv_store: Option<Store>,
    md_store: Option<(Store, i64, StatementDetail)>,
    rrule_store: Option<Store>,
}

/// The scratch folder is the context's own (a replay's or a minimisation's is under the shared temp folder): it goes
/// with it, stores first.
impl Drop for Ctx {
    fn drop(&mut self) {
        self.reset();
        let _ = std::fs::remove_dir_all(&self.scratch);
    }
}

impl Ctx {
    pub fn new(scratch: PathBuf) -> Ctx {
        std::fs::create_dir_all(&scratch).expect("scratch folder");
        Ctx { n: 0, scratch, ics_store: None, csv_store: None, md_store: None, rrule_store: None }
    }

    /// After a panic a store may be mid-transaction: start again from fresh ones.
    pub fn reset(&mut self) {
        self.ics_store = None;
        self.csv_store = None;
        self.md_store = None;
        self.rrule_store = None;
    }

    /// Runs one input. Returns a coarse signature of what happened (which errors, which shapes of output), so the
    /// fuzzer can keep inputs that reach somewhere new; the value means nothing else.
    pub fn run(&mut self, target: Target, input: &[u8], thorough: bool) -> u64 {
        self.n += 1;
        let mut sig = Sig::default();
        match target {
            Target::Ics => self.ics(input, thorough, &mut sig),
            Target::Csv => self.csv(input, thorough, &mut sig),
            Target::Markdown => self.markdown(input, thorough, &mut sig),
            Target::Rrule => self.rrule(input, thorough, &mut sig),
        }
        sig.0.finish()
    }

    fn every(&self, k: u64) -> bool {
        self.n % k == 0
    }

    fn ics(&mut self, input: &[u8], thorough: bool, sig: &mut Sig) {
        let path = self.scratch.join("input.ics");
        std::fs::write(&path, input).expect("write scratch file");
        if thorough {
            // Every zone for floating times, each into an empty store, applied, queried and exported.
            for zone in ZONES {
                self.ics_store = Some(Store::open_in_memory().expect("store"));
                self.ics_once(&path, zone, true, true, sig);
            }
            return;
        }
        if self.ics_store.is_none() || self.every(64) {
            self.ics_store = Some(Store::open_in_memory().expect("store"));
        }
        let zone = ZONES[(self.n / 8 % ZONES.len() as u64) as usize];
        let (apply, export) = (self.every(8), self.every(32));
        self.ics_once(&path, zone, apply, export, sig);
    }

    fn ics_once(&mut self, path: &std::path::Path, zone: Tz, apply: bool, export: bool, sig: &mut Sig) {
        let store = self.ics_store.as_mut().expect("store");
        let how = FileImport { campaign_id: None, floating_zone: Some(zone.name()), dry_run: !apply };
        let report = match import_file(store, path, &how, |_, _| {}) {
            Ok(r) => r,
            Err(e) => return sig.text(&e.to_string()),
        };
        sig.add((report.new.min(3), report.updated.min(3), report.skipped.min(3), report.applied));
        for e in report.errors.iter().take(4) {
            sig.text(&e.message);
        }
        for i in report.items.iter().take(4) {
            sig.text(i.reason.as_deref().unwrap_or(""));
        }
        if !report.applied {
            return;
        }
        // The calendar query over a month where each imported event starts (a few of them) and over this year.
        let mut days: Vec<NaiveDate> = vec![NaiveDate::from_ymd_opt(2025, 1, 1).expect("date")];
        if let Ok(events) = store.list_events(None) {
            days.extend(events.iter().rev().take(3).filter_map(|e| e.start.get(..10)?.parse::<NaiveDate>().ok()));
        }
        for (i, from) in days.into_iter().enumerate() {
            let to = from.checked_add_days(chrono::Days::new(if i == 0 { 365 } else { 31 })).unwrap_or(from);
            let window = Window { from, to, zone };
            match store.occurrences(&window, Some(Tz::Asia__Manila), None) {
                Ok(o) => sig.add(o.len().min(8)),
                Err(e) => sig.text(&e.to_string()),
            }
        }
        if export {
            let now = Utc.with_ymd_and_hms(2025, 6, 1, 0, 0, 0).single().expect("now");
            match export_scope(store, &ExportScope::default(), now) {
                Ok(x) => sig.add(x.events.min(8)),
                Err(e) => sig.text(&e.to_string()),
            }
        }
    }

    fn csv(&mut self, input: &[u8], thorough: bool, sig: &mut Sig) {
        if self.csv_store.is_none() || self.every(256) {
            self.csv_store = Some(directory_store());
        }
        let (own_mapping, apply) = (thorough || self.n % 4 == 1, thorough || self.every(16));
        let store = self.csv_store.as_mut().expect("store");
        // The CLI refuses what is not UTF-8; the lossy text reaches further into the parser.
        let text = String::from_utf8_lossy(input);
        for kind in [CsvKind::Organisations, CsvKind::People] {
            let preview = match csv_io::preview(store, kind, &text, None) {
                Ok(p) => p,
                Err(e) => {
                    sig.text(&e.to_string());
                    continue;
                }
            };
            sig.add((preview.rows.len().min(4), preview.mapping.len().min(8)));
            for r in preview.rows.iter().take(4) {
                sig.add(format!("{:?}", r.status));
                sig.text(r.message.as_deref().unwrap_or(""));
            }
            // A mapping given by the person: every column to a field, in turn.
            if own_mapping {
                let fields = kind.fields();
                let mapping = (0..preview.headers.len()).map(|i| Some(fields[i % fields.len()].to_string())).collect();
                match csv_io::preview(store, kind, &text, Some(mapping)) {
                    Ok(p) => sig.add(p.rows.len().min(4)),
                    Err(e) => sig.text(&e.to_string()),
                }
            }
            if apply {
                match csv_io::apply(store, &preview) {
                    Ok(n) => sig.add(n.min(4)),
                    Err(e) => sig.text(&e.to_string()),
                }
                // What was applied goes out again and reads back.
                if let Ok(out) = csv_io::export(store, kind) {
                    let _ = csv_io::preview(store, kind, &out, None);
                }
            }
        }
    }

    fn markdown(&mut self, input: &[u8], thorough: bool, sig: &mut Sig) {
        if self.md_store.is_none() || self.every(512) {
            self.md_store = Some(statement_store());
        }
        let (docx, pdf, via_store) =
            (thorough || self.every(8), thorough || self.every(64), thorough || self.every(16));
        let lang = if self.n % 3 == 0 { LangChoice::All } else { LangChoice::Source };
        let (store, id, detail) = self.md_store.as_mut().expect("store");
        // Bodies are text; the store normalises line endings as it saves.
        let body = String::from_utf8_lossy(input).replace("\r\n", "\n");
        let mut d = detail.clone();
        d.current.body = body.clone();
        if let Some(t) = d.translations.first_mut() {
            t.body = body.clone();
        }
        let doc = match statement_export::document(&d, &lang) {
            Ok(doc) => doc,
            Err(e) => return sig.text(&e.to_string()),
        };
        let mut formats = vec![ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Text];
        if docx {
            formats.push(ExportFormat::Docx);
        }
        if pdf {
            formats.push(ExportFormat::Pdf);
        }
        for f in formats {
            match statement_export::render(&doc, f) {
                Ok(bytes) if f == ExportFormat::Markdown => {
                    // The shape of the Markdown: how its lines start.
                    for line in String::from_utf8_lossy(&bytes).lines().take(64) {
                        sig.add(line.chars().take(2).filter(|c| !c.is_alphanumeric()).collect::<String>());
                    }
                }
                Ok(bytes) => sig.add(bytes.len() / 4096),
                Err(e) => sig.text(&e.to_string()),
            }
        }
        // The way `statement export` and a post take it: saved as the draft, read back from the store.
        if via_store {
            let id = *id;
            if store.save_statement_draft(id, "Fuzzed statement", &body).is_ok() {
                for f in [ExportFormat::Markdown, ExportFormat::Html] {
                    if let Err(e) = statement_export::export_statement(store, id, f, LangChoice::Source) {
                        sig.text(&e.to_string());
                    }
                }
                for p in [Platform::X, Platform::Facebook] {
                    match statement_export::statement_post(store, id, p, LangChoice::Source) {
                        Ok(a) => sig.add(a.text.len() / 64),
                        Err(e) => sig.text(&e.to_string()),
                    }
                }
            }
        }
    }

    fn rrule(&mut self, input: &[u8], thorough: bool, sig: &mut Sig) {
        let text = String::from_utf8_lossy(input);
        let mut lines = text.lines();
        let rule = lines.next().unwrap_or("").to_string();
        // Further lines: extra dates, then excluded dates, comma-separated (as typed in the form).
        let list = |l: Option<&str>| -> Vec<String> {
            l.map(|l| l.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).take(50).collect())
                .unwrap_or_default()
        };
        let (rdates, exdates) = (list(lines.next()), list(lines.next()));
        let starts: &[(bool, &str, &str, Option<&str>)] = &[
            (false, "2025-03-09T01:30", "2025-03-09T03:30", Some("America/New_York")),
            (false, "2025-01-31T10:00", "2025-01-31T11:00", Some("Europe/Berlin")),
            (true, "2024-02-29", "2024-02-29", None),
            (false, "1926-01-01T09:00", "1926-01-01T09:01", Some("UTC")),
            (false, "2025-10-05T02:00", "2025-10-05T02:30", Some("Australia/Lord_Howe")),
            (false, "2011-12-29T23:30", "2011-12-30T00:30", Some("Pacific/Apia")),
        ];
        let picks: Vec<usize> =
            if thorough { (0..starts.len()).collect() } else { vec![(self.n % starts.len() as u64) as usize] };
        for i in picks {
            let (all_day, start, end, zone) = starts[i];
            let input = EventInput {
                title: "Fuzzed series".into(),
                all_day,
                start: start.into(),
                end: end.into(),
                zone: zone.map(String::from),
                rrule: Some(rule.clone()),
                rdates: rdates.clone(),
                exdates: exdates.clone(),
                ..Default::default()
            };
            let valid = match input.validated() {
                Ok(v) => v,
                Err(e) => {
                    sig.text(&e.to_string());
                    continue;
                }
            };
            let series_start = match zone.and_then(|z| z.parse::<Tz>().ok()) {
                Some(tz) => match calendar::resolve_local(tz, parse_local(start)) {
                    Ok(dt) => SeriesStart::Timed(dt),
                    Err(_) => continue,
                },
                None => SeriesStart::AllDay(parse_local(start).date()),
            };
            let normal = valid.rrule.clone();
            let set = match calendar::build_rule(normal.as_deref(), series_start, &valid.exdates, &valid.rdates) {
                Ok(s) => s,
                Err(e) => {
                    sig.text(&e);
                    continue;
                }
            };
            let windows = [
                (parse_local(start).and_utc(), parse_local(start).and_utc() + chrono::Duration::days(31)),
                (utc(2025, 6, 1), utc(2025, 7, 1)),
                (utc(2099, 1, 1), utc(2099, 2, 1)),
            ];
            let mut first_two = Vec::new();
            for (from, to) in windows {
                let got = calendar::starts_between(&set, from, to);
                sig.add(got.len().min(6));
                if first_two.is_empty() {
                    first_two = got.into_iter().take(2).collect();
                }
            }
            // "This and following" at the second instance.
            if let (Some(rule), Some(at)) = (normal.as_deref(), first_two.get(1)) {
                let at = match series_start {
                    SeriesStart::Timed(dt) => SeriesStart::Timed(at.with_timezone(&dt.timezone())),
                    SeriesStart::AllDay(_) => SeriesStart::AllDay(at.date_naive()),
                };
                if let Err(e) = calendar::split_rule(rule, series_start, at) {
                    sig.text(&e);
                }
            }
            // Stored, then asked for by the calendar as the app does.
            if thorough || self.every(8) {
                if self.rrule_store.is_none() || self.every(256) {
                    self.rrule_store = Some(Store::open_in_memory().expect("store"));
                }
                let store = self.rrule_store.as_mut().expect("store");
                if store.create_event(&input).is_ok() {
                    for (from, to) in [((2025, 3, 1), (2025, 4, 1)), ((2030, 1, 1), (2030, 12, 31))] {
                        let day = |(y, m, d): (i32, u32, u32)| NaiveDate::from_ymd_opt(y, m, d).expect("date");
                        let window = Window { from: day(from), to: day(to), zone: Tz::Asia__Manila };
                        match store.occurrences(&window, None, None) {
                            Ok(o) => sig.add(o.len().min(6)),
                            Err(e) => sig.text(&e.to_string()),
                        }
                    }
                }
            }
        }
    }
}

fn parse_local(s: &str) -> chrono::NaiveDateTime {
    chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDate::parse_from_str(s, "%Y-%m-%d").map(|d| d.and_time(chrono::NaiveTime::MIN)))
        .expect("a start of ours")
}

fn utc(y: i32, m: u32, d: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 0, 0, 0).single().expect("date")
}

/// A directory with rows a CSV can duplicate.
fn directory_store() -> Store {
    let mut s = Store::open_in_memory().expect("store");
    for (name, short) in [("Migrante International", "MI"), ("Asian Pacific Mission for Migrants", "APMM")] {
        let input = OrganisationInput { name: name.into(), short_name: Some(short.into()), ..Default::default() };
        let org = s.create_organisation(&input).expect("organisation");
        let person = PersonInput {
            name: format!("Contact of {short}"),
            organisation_id: Some(org.id),
            email: Some(format!("{}@example.org", short.to_lowercase())),
            ..Default::default()
        };
        s.create_person(&person).expect("person");
    }
    s
}

/// A statement with an issuer, a date line, a translation, sign-ons and a contact: each part of the export is
/// there around the fuzzed body.
fn statement_store() -> (Store, i64, StatementDetail) {
    let mut s = Store::open_in_memory().expect("store");
    let org = |s: &mut Store, name: &str, country: &str| {
        let input = OrganisationInput { name: name.into(), country: Some(country.into()), ..Default::default() };
        s.create_organisation(&input).expect("organisation").id
    };
    let issuer = org(&mut s, "International Migrants Alliance", "HK");
    let endorser = org(&mut s, "Migrante Canada", "CA");
    let person = PersonInput {
        name: "Eni Lestari".into(),
        role: Some("Chairperson".into()),
        organisation_id: Some(issuer),
        email: Some("press@example.org".into()),
        ..Default::default()
    };
    let person = s.create_person(&person).expect("person").id;
    let input = StatementInput {
        kind: StatementKind::Statement,
        title: "Stop the deportations".into(),
        place: Some("Hong Kong".into()),
        dated: Some("2025-12-18".into()),
        issuer_ids: vec![issuer],
        ..Default::default()
    };
    let st = s.create_statement(&input, "Body.").expect("statement");
    s.save_translation(st.id, "es", "Alto a las deportaciones", "Cuerpo.", None, None).expect("translation");
    s.endorse_statement(st.id, &EndorsementInput { organisation_id: Some(endorser), ..Default::default() })
        .expect("endorse");
    s.set_statement_contacts(st.id, &[person]).expect("contacts");
    let detail = s.statement_detail(st.id).expect("detail");
    (s, st.id, detail)
}

/// A hash of what an input led to; error texts with their numbers taken out, so "line 12" and "line 13" agree.
#[derive(Default)]
struct Sig(std::collections::hash_map::DefaultHasher);

impl Sig {
    fn add(&mut self, v: impl Hash) {
        v.hash(&mut self.0);
    }

    /// Error texts quote the input: only their plain lower-case words count (the first dozen), so "line 12: 'X'
    /// is not a date" and "line 13: 'Y' is not a date" are one outcome.
    fn text(&mut self, s: &str) {
        let words = s
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '\''));
        for w in words.take(12) {
            w.hash(&mut self.0);
        }
    }
}
