//! The directory to and from spreadsheets: CSV export, and an import that previews every row (with its line
//! number, its problem or the existing record it duplicates) before anything is written.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::domain::{Organisation, OrganisationInput, Person, PersonInput};
use crate::error::{Error, Result};
use crate::excerpt::excerpt;
use crate::store::Store;

/// Which directory a CSV file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum CsvKind {
    Organisations,
    People,
}

impl CsvKind {
    /// The fields a column can be mapped to, in export order.
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            CsvKind::Organisations => &[
                "name",
                "short_name",
                "country",
                "city",
                "zone",
                "email",
                "website",
                "socials",
                "notes",
                "working_hours",
                "working_days",
                "sleeping_hours",
            ],
            CsvKind::People => &["name", "organisation", "role", "email", "phone", "notes"],
        }
    }

    /// Header spellings seen in real member lists, mapped to our fields.
    fn guess(self, header: &str) -> Option<&'static str> {
        let h = header.trim().to_lowercase().replace(['-', ' '], "_");
        let alias = match h.as_str() {
            "organisation_name" | "organization_name" | "full_name" => "name",
            "acronym" | "short" | "abbreviation" => "short_name",
            "time_zone" | "timezone" | "tz" => "zone",
            "e_mail" | "mail" => "email",
            "web" | "url" | "site" => "website",
            "social" | "social_media" => "socials",
            "office_hours" | "work_hours" | "hours" => "working_hours",
            "workdays" | "work_days" | "days" => "working_days",
            "asleep" | "sleep" | "sleep_hours" | "night" => "sleeping_hours",
            "organisation" | "organization" | "org" if self == CsvKind::Organisations => "name",
            "organization" | "org" | "member_of" => "organisation",
            "position" | "title" => "role",
            "telephone" | "mobile" | "tel" => "phone",
            other => other,
        };
        self.fields().iter().copied().find(|f| *f == alias)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum RowStatus {
    New,
    Duplicate,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct CsvRow {
    /// The row as a spreadsheet numbers it (1 is the header; blank lines count, a quoted field over several lines
    /// is one row; CR, LF and CRLF line ends alike).
    pub line: u64,
    /// Mapped field → value.
    pub values: HashMap<String, String>,
    pub status: RowStatus,
    /// Why the row is a duplicate or cannot be imported.
    pub message: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct CsvPreview {
    pub kind: CsvKind,
    pub headers: Vec<String>,
    /// For each column, the field it fills (or `None` to ignore it).
    pub mapping: Vec<Option<String>>,
    pub rows: Vec<CsvRow>,
}

impl CsvPreview {
    pub fn count(&self, status: RowStatus) -> usize {
        self.rows.iter().filter(|r| r.status == status).count()
    }
}

/// Reads `text` and checks every row against the store. `mapping` overrides the guessed column mapping.
pub fn preview(store: &Store, kind: CsvKind, text: &str, mapping: Option<Vec<Option<String>>>) -> Result<CsvPreview> {
    let text = text.trim_start_matches('\u{feff}');
    let mut rows_of = RowCounter { text: text.as_bytes(), next: 1 };
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| csv_error(rows_of.row_at(0), e))?
        .iter()
        .map(|h| unquote_cell(h).to_string())
        .collect();
    let mapping = match mapping {
        Some(m) => check_mapping(kind, &headers, m)?,
        None => headers.iter().map(|h| kind.guess(h).map(str::to_string)).collect(),
    };
    if !mapping.iter().any(|m| m.as_deref() == Some("name")) {
        return Err(Error::invalid_msg("mapping", crate::msg!("core-csv-no-name-column")));
    }
    let directory = Directory::load(store)?;
    let mut rows = Vec::new();
    let mut seen_names: HashMap<String, u64> = HashMap::new();
    // The header's row, then each record's: the reader reports lines by LF only and skips blank lines.
    rows_of.row_at(0);
    let mut record = csv::StringRecord::new();
    loop {
        let start = reader.position().byte() as usize;
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(csv_error(rows_of.row_at(start), e)),
        }
        let line = rows_of.row_at(start);
        if record.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        let values: HashMap<String, String> = mapping
            .iter()
            .zip(record.iter())
            .filter_map(|(m, v)| m.as_ref().map(|f| (f.clone(), unquote_cell(v.trim()).to_string())))
            .filter(|(_, v)| !v.is_empty())
            .collect();
        let (status, message) = match check_row(&directory, kind, &values) {
            Err(e) => (RowStatus::Error, Some(e.to_string())),
            Ok(Some(dup)) => (RowStatus::Duplicate, Some(dup)),
            Ok(None) => {
                let key = values.get("name").map(|n| n.to_lowercase()).unwrap_or_default();
                match seen_names.insert(key, line) {
                    Some(first) if kind == CsvKind::Organisations => {
                        (RowStatus::Duplicate, Some(format!("same name as row {first} of this file")))
                    }
                    _ => (RowStatus::New, None),
                }
            }
        };
        rows.push(CsvRow { line, values, status, message });
    }
    Ok(CsvPreview { kind, headers, mapping, rows })
}

/// Writes the preview's new rows in one transaction (duplicates and rows with errors are left out).
/// Returns how many were created.
pub fn apply(store: &mut Store, preview: &CsvPreview) -> Result<usize> {
    let new: Vec<&CsvRow> = preview.rows.iter().filter(|r| r.status == RowStatus::New).collect();
    match preview.kind {
        CsvKind::Organisations => {
            let inputs: Vec<OrganisationInput> = new.iter().map(|r| organisation_input(&r.values)).collect();
            Ok(store.create_organisations(&inputs)?.len())
        }
        CsvKind::People => {
            let directory = Directory::load(store)?;
            let inputs = new.iter().map(|r| person_input(&directory, &r.values)).collect::<Result<Vec<_>>>()?;
            Ok(store.create_people(&inputs)?.len())
        }
    }
}

/// A cell as written to a CSV file. Spreadsheets (Excel, LibreOffice, Google Sheets) run a cell that starts with
/// `=`, `+`, `-` or `@` as a formula, and a leading tab or carriage return can smuggle one in too; names, phones and
/// notes come from partners and imported files, so a cell like `=HYPERLINK("http://…")` would become a live link
/// or a command when the coordinator opens the export. A leading `'` makes the spreadsheet show the text as it is
/// (OWASP's advice on CSV injection). Every CSV we write passes each cell through here; our import takes the `'`
/// off again ([`unquote_cell`]), so an export reads back unchanged.
pub fn safe_cell(text: &str) -> std::borrow::Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}").into(),
        _ => text.into(),
    }
}

/// The inverse of [`safe_cell`] for a cell read back: a `'` before a formula character is dropped.
pub fn unquote_cell(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => text,
    }
}

/// The directory as CSV, with a header row of our field names (which import maps back without help). Cells pass
/// through [`safe_cell`].
pub fn export(store: &Store, kind: CsvKind) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let write_err = |e: csv::Error| Error::io("cannot write CSV", std::io::Error::other(e));
    w.write_record(kind.fields()).map_err(write_err)?;
    match kind {
        CsvKind::Organisations => {
            for o in store.list_organisations(None)? {
                let cells = [
                    Some(o.name),
                    o.short_name,
                    o.country,
                    o.city,
                    o.zone,
                    o.email,
                    o.website,
                    o.socials,
                    o.notes,
                    o.working_hours,
                    o.working_days,
                    o.sleeping_hours,
                ];
                w.write_record(cells.iter().map(|c| safe_cell(c.as_deref().unwrap_or("")).into_owned()))
                    .map_err(write_err)?;
            }
        }
        CsvKind::People => {
            for p in store.list_people(None, None)? {
                let cells = [Some(p.name), p.organisation_name, p.role, p.email, p.phone, p.notes];
                w.write_record(cells.iter().map(|c| safe_cell(c.as_deref().unwrap_or("")).into_owned()))
                    .map_err(write_err)?;
            }
        }
    }
    let bytes = w.into_inner().map_err(|e| Error::io("cannot write CSV", std::io::Error::other(e.to_string())))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn check_mapping(kind: CsvKind, headers: &[String], mapping: Vec<Option<String>>) -> Result<Vec<Option<String>>> {
    if mapping.len() != headers.len() {
        let wrong = crate::msg!("core-csv-mapping-length", mapped = mapping.len(), columns = headers.len());
        return Err(Error::invalid_msg("mapping", wrong));
    }
    let mut used = std::collections::HashSet::new();
    for field in mapping.iter().flatten() {
        if !kind.fields().contains(&field.as_str()) {
            let fields = kind.fields().join(", ");
            return Err(Error::invalid_msg(
                "mapping",
                crate::msg!("core-csv-not-a-field", value = excerpt(field), fields = fields),
            ));
        }
        if !used.insert(field.clone()) {
            return Err(Error::invalid_msg("mapping", crate::msg!("core-csv-mapped-twice", field = field)));
        }
    }
    Ok(mapping)
}

/// The directory as it stands, read once per import rather than once per row.
/// The directory as the row checks look it up: by name, short name, email and (for people) name within an
/// organisation, each key to the first record that has it. A scan per row made a 550-row file against a directory
/// of thousands seconds long (rows × records; found by examples/fuzz.rs).
struct Directory {
    organisations: Vec<Organisation>,
    people: Vec<Person>,
    org_by_name: HashMap<String, usize>,
    org_by_ascii_name: HashMap<String, usize>,
    org_by_ascii_short: HashMap<String, usize>,
    org_by_email: HashMap<String, usize>,
    person_by_email: HashMap<String, usize>,
    person_by_name: HashMap<(String, Option<i64>), usize>,
}

impl Directory {
    fn load(store: &Store) -> Result<Directory> {
        let (organisations, people) = (store.list_organisations(None)?, store.list_people(None, None)?);
        let mut d = Directory {
            org_by_name: HashMap::new(),
            org_by_ascii_name: HashMap::new(),
            org_by_ascii_short: HashMap::new(),
            org_by_email: HashMap::new(),
            person_by_email: HashMap::new(),
            person_by_name: HashMap::new(),
            organisations,
            people,
        };
        for (i, o) in d.organisations.iter().enumerate() {
            d.org_by_name.entry(o.name.to_lowercase()).or_insert(i);
            d.org_by_ascii_name.entry(o.name.to_ascii_lowercase()).or_insert(i);
            if let Some(short) = &o.short_name {
                d.org_by_ascii_short.entry(short.to_ascii_lowercase()).or_insert(i);
            }
            if let Some(email) = &o.email {
                d.org_by_email.entry(email.clone()).or_insert(i);
            }
        }
        for (i, p) in d.people.iter().enumerate() {
            if let Some(email) = &p.email {
                d.person_by_email.entry(email.clone()).or_insert(i);
            }
            d.person_by_name.entry((p.name.to_lowercase(), p.organisation_id)).or_insert(i);
        }
        Ok(d)
    }
}

/// Validates one row; `Ok(Some(reason))` when it duplicates a record already in the directory.
fn check_row(dir: &Directory, kind: CsvKind, values: &HashMap<String, String>) -> Result<Option<String>> {
    match kind {
        CsvKind::Organisations => {
            let input = organisation_input(values).validated()?;
            let name = input.name.to_lowercase();
            if let Some(o) = dir.org_by_name.get(&name).map(|i| &dir.organisations[*i]) {
                return Ok(Some(format!("an organisation named '{}' exists already (id {})", excerpt(&o.name), o.id)));
            }
            if let Some(email) = &input.email {
                if let Some(o) = dir.org_by_email.get(email).map(|i| &dir.organisations[*i]) {
                    return Ok(Some(format!("'{}' (id {}) has the same email", excerpt(&o.name), o.id)));
                }
            }
            Ok(None)
        }
        CsvKind::People => {
            let input = person_input(dir, values)?.validated()?;
            // The first person with the same email or the same name in the same organisation.
            let by_email = input.email.as_ref().and_then(|e| dir.person_by_email.get(e));
            let by_name = dir.person_by_name.get(&(input.name.to_lowercase(), input.organisation_id));
            let same = by_email.into_iter().chain(by_name).min().map(|i| &dir.people[*i]);
            Ok(same.map(|p| format!("'{}' (id {}) has the same name or email", excerpt(&p.name), p.id)))
        }
    }
}

fn organisation_input(v: &HashMap<String, String>) -> OrganisationInput {
    let get = |k: &str| v.get(k).cloned();
    OrganisationInput {
        name: get("name").unwrap_or_default(),
        short_name: get("short_name"),
        country: get("country"),
        city: get("city"),
        zone: get("zone"),
        email: get("email"),
        website: get("website"),
        socials: get("socials"),
        notes: get("notes"),
        // Empty cells keep the defaults (09:00-18:00 Monday to Friday, asleep 23:00-07:00), as in the form.
        working_hours: get("working_hours"),
        working_days: get("working_days"),
        sleeping_hours: get("sleeping_hours"),
    }
}

fn person_input(dir: &Directory, v: &HashMap<String, String>) -> Result<PersonInput> {
    let get = |k: &str| v.get(k).cloned();
    let organisation_id = match get("organisation") {
        None => None,
        Some(name) => {
            let key = name.to_ascii_lowercase();
            let found = [dir.org_by_ascii_name.get(&key), dir.org_by_ascii_short.get(&key)]
                .into_iter()
                .flatten()
                .min()
                .map(|i| &dir.organisations[*i]);
            match found {
                Some(o) => Some(o.id),
                None => {
                    return Err(Error::invalid_msg(
                        "organisation",
                        crate::msg!("core-csv-unknown-organisation", name = excerpt(&name)),
                    ))
                }
            }
        }
    };
    Ok(PersonInput {
        name: get("name").unwrap_or_default(),
        organisation_id,
        role: get("role"),
        email: get("email"),
        phone: get("phone"),
        notes: get("notes"),
    })
}

/// `row`: the row a spreadsheet would show. The csv crate's own message names its line count, which is not that.
fn csv_error(row: u64, e: csv::Error) -> Error {
    let msg = match e.kind() {
        csv::ErrorKind::Utf8 { .. } => crate::msg!("core-csv-not-utf8"),
        csv::ErrorKind::Io(io) => crate::msg!("core-csv-unreadable", reason = io.to_string()),
        _ => crate::msg!("core-csv-unreadable", reason = excerpt(&e.to_string())),
    };
    Error::invalid_msg(format!("row {row}"), msg)
}

/// Numbers records as a spreadsheet numbers rows. The csv reader counts LF only (a file with old Mac CR line ends
/// is all "line 1") and skips blank lines without a trace; a spreadsheet shows each blank line as an empty row and a
/// quoted field over several lines as one row.
struct RowCounter<'a> {
    text: &'a [u8],
    /// The row the next record starts on, if no blank lines come first.
    next: u64,
}

impl RowCounter<'_> {
    /// The row of the record whose reading started at byte `start` (where the previous one ended), counting the
    /// blank lines the reader skips before it. Called once per record, in order.
    fn row_at(&mut self, start: usize) -> u64 {
        let t = self.text;
        let mut i = start;
        // The reader ends a record at its CR and leaves the LF of a CRLF for the next read.
        if i > 0 && t.get(i - 1) == Some(&b'\r') && t.get(i) == Some(&b'\n') {
            i += 1;
        }
        let mut blank = 0;
        while let Some(&b) = t.get(i) {
            match b {
                b'\r' if t.get(i + 1) == Some(&b'\n') => i += 2,
                b'\r' | b'\n' => i += 1,
                _ => break,
            }
            blank += 1;
        }
        let row = self.next + blank;
        self.next = row + 1;
        row
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_checked_against_a_large_directory_by_lookup() {
        let mut store = Store::open_in_memory().expect("store");
        let orgs: Vec<OrganisationInput> = (0..2000)
            .map(|i| OrganisationInput {
                name: format!("Chapter {i}"),
                short_name: Some(format!("CH{i}")),
                email: Some(format!("ch{i}@example.org")),
                ..Default::default()
            })
            .collect();
        store.create_organisations(&orgs).expect("organisations");
        let mut text = String::from("name,email\n");
        for i in 0..2000 {
            text.push_str(&format!("New chapter {i},new{i}@example.org\n"));
        }
        text.push_str("CHAPTER 7,x@example.org\nSomeone else,ch9@example.org\n");
        let t = std::time::Instant::now();
        let preview = preview(&store, CsvKind::Organisations, &text, None).expect("preview");
        assert!(t.elapsed() < std::time::Duration::from_secs(10), "{:?}", t.elapsed());
        assert_eq!(preview.count(RowStatus::New), 2000);
        let dups: Vec<&str> = preview.rows.iter().filter_map(|r| r.message.as_deref()).collect();
        assert_eq!(dups.len(), 2, "{dups:?}");
        assert!(dups[0].contains("'Chapter 7'") && dups[1].contains("'Chapter 9'"), "{dups:?}");

        let people = "name,organisation,email\nAna,ch3,ana@example.org\nBen,Chapter 4,\nCy,Nowhere,\n";
        let preview = super::preview(&store, CsvKind::People, people, None).expect("preview");
        assert_eq!(preview.count(RowStatus::New), 2);
        assert_eq!(preview.rows[2].status, RowStatus::Error);
        apply(&mut store, &preview).expect("apply");
        let again =
            super::preview(&store, CsvKind::People, "name,organisation,email\nANA,CH3,\nB,,ana@example.org\n", None)
                .expect("preview");
        assert_eq!(again.count(RowStatus::Duplicate), 2, "{:?}", again.rows);
    }
}
