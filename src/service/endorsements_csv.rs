//! A statement's sign-ons as a CSV file (for a spreadsheet, a press kit, a partner who keeps the count), and the
//! same list grouped by country as the endorsements panel shows it.

use std::path::Path;

pub use crate::csv_io::safe_cell;
use crate::domain::Endorsement;
use crate::error::{Error, Result};
use crate::service::ics_export::write_atomically;
use crate::store::Store;

/// The header row; the columns a spreadsheet shows.
pub const HEADER: [&str; 6] = ["name", "type", "country", "endorsed_on", "note", "withdrawn_on"];

/// The endorsements as CSV text, one row each, in the order given (withdrawn ones included, with their date).
pub fn endorsements_csv(endorsements: &[Endorsement]) -> Result<String> {
    let write_err = |e: csv::Error| Error::io("cannot write CSV", std::io::Error::other(e));
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(HEADER).map_err(write_err)?;
    for e in endorsements {
        let kind = if e.organisation_id.is_some() { "organisation" } else { "person" };
        let cells = [
            safe_cell(&e.name).into_owned(),
            kind.to_string(),
            safe_cell(e.country.as_deref().unwrap_or("")).into_owned(),
            safe_cell(&e.endorsed_on).into_owned(),
            safe_cell(e.note.as_deref().unwrap_or("")).into_owned(),
            safe_cell(e.withdrawn_on.as_deref().unwrap_or("")).into_owned(),
        ];
        w.write_record(&cells).map_err(write_err)?;
    }
    let bytes = w.into_inner().map_err(|e| Error::io("cannot write CSV", std::io::Error::other(e.to_string())))?;
    Ok(String::from_utf8(bytes).expect("CSV of UTF-8 strings is UTF-8"))
}

/// Writes statement `id`'s endorsements to `path` atomically (a reader never sees half a file) and returns how many
/// rows were written.
pub fn export_endorsements(store: &Store, id: i64, path: &Path) -> Result<u32> {
    let endorsements = store.statement_endorsements(id)?;
    let text = endorsements_csv(&endorsements)?;
    write_atomically(path, text.as_bytes())?;
    Ok(endorsements.len() as u32)
}

/// Endorsements of one country (ISO 3166 alpha-2; `None`: not recorded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryGroup<'a> {
    pub country: Option<String>,
    /// Sign-ons not withdrawn.
    pub active: usize,
    pub endorsements: Vec<&'a Endorsement>,
}

/// Groups by country, countries in code order, the group without a country last; inside a group the given order.
pub fn group_by_country(endorsements: &[Endorsement]) -> Vec<CountryGroup<'_>> {
    let mut groups: Vec<CountryGroup<'_>> = Vec::new();
    for e in endorsements {
        let country = e.country.as_deref().map(str::trim).filter(|c| !c.is_empty()).map(str::to_ascii_uppercase);
        let i = match groups.iter().position(|g| g.country == country) {
            Some(i) => i,
            None => {
                groups.push(CountryGroup { country, active: 0, endorsements: Vec::new() });
                groups.len() - 1
            }
        };
        groups[i].active += usize::from(e.withdrawn_on.is_none());
        groups[i].endorsements.push(e);
    }
    // `None` sorts first in Option's order; the unrecorded group goes last.
    groups.sort_by(|a, b| (a.country.is_none(), &a.country).cmp(&(b.country.is_none(), &b.country)));
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(id: i64, name: &str, country: Option<&str>, withdrawn: bool) -> Endorsement {
        Endorsement {
            id,
            organisation_id: Some(id),
            person_id: None,
            name: name.into(),
            country: country.map(Into::into),
            endorsed_on: "2030-01-01".into(),
            note: None,
            withdrawn_on: withdrawn.then(|| "2030-01-02".into()),
        }
    }

    #[test]
    fn cells_that_a_spreadsheet_would_run_get_a_quote() {
        assert_eq!(safe_cell("=1+1"), "'=1+1");
        assert_eq!(safe_cell("+63 2 555"), "'+63 2 555");
        assert_eq!(safe_cell("-x"), "'-x");
        assert_eq!(safe_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(safe_cell("Migrante"), "Migrante");
        assert_eq!(safe_cell("a=b"), "a=b");
        assert_eq!(safe_cell(""), "");
        assert_eq!(safe_cell("\tx"), "'\tx");
        assert_eq!(safe_cell("\r=1"), "'\r=1");
    }

    #[test]
    fn groups_by_country_with_the_unrecorded_last() {
        let list = [
            e(1, "A", Some("PH"), false),
            e(2, "B", None, false),
            e(3, "C", Some("ca"), true),
            e(4, "D", Some("PH"), true),
        ];
        let g = group_by_country(&list);
        let shape: Vec<_> = g.iter().map(|g| (g.country.as_deref(), g.active, g.endorsements.len())).collect();
        assert_eq!(shape, vec![(Some("CA"), 0, 1), (Some("PH"), 1, 2), (None, 1, 1)]);
    }
}
