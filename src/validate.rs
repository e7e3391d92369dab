//! Field checks shared by every record. Each returns the cleaned value or pushes a [`FieldError`] that says what is
//! wrong and, where it can, what was probably meant.

use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Tz;

use crate::error::{Error, FieldError, Result};
use crate::excerpt::excerpt;
use crate::i18n::Msg;
use crate::msg;

/// Collects every problem of a form at once, so the UI can mark all bad fields in one go.
#[derive(Default)]
pub struct Checker {
    errors: Vec<FieldError>,
}

impl Checker {
    pub fn new() -> Self {
        Self::default()
    }

    /// A problem in English only; prefer [`Checker::fail_msg`] (catalogued, so shown in the reader's language).
    pub fn fail(&mut self, field: &str, message: impl Into<String>) {
        self.errors.push(FieldError::new(field, message));
    }

    pub fn fail_msg(&mut self, field: &str, msg: Msg) {
        self.errors.push(FieldError::msg(field, msg));
    }

    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }

    /// Trimmed, non-empty, at most `max` characters.
    pub fn required(&mut self, field: &str, value: &str, max: usize) -> String {
        let v = clean_text(value);
        if v.is_empty() {
            self.fail_msg(field, msg!("core-empty"));
        } else if v.chars().count() > max {
            self.fail_msg(field, msg!("core-too-long", count = v.chars().count(), max = max));
        }
        v
    }

    /// Trimmed; empty becomes `None`.
    pub fn optional(&mut self, field: &str, value: Option<&str>, max: usize) -> Option<String> {
        let v = clean_text(value.unwrap_or(""));
        if v.chars().count() > max {
            self.fail_msg(field, msg!("core-too-long", count = v.chars().count(), max = max));
        }
        (!v.is_empty()).then_some(v)
    }

    pub fn email(&mut self, field: &str, value: Option<&str>) -> Option<String> {
        let v = self.optional(field, value, 254)?;
        let ok = match v.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
            }
            None => false,
        };
        if !ok || v.contains(char::is_whitespace) {
            self.fail_msg(field, msg!("core-not-email", value = excerpt(&v)));
        }
        Some(v)
    }

    /// A web address; a bare `example.org/path` is accepted and given `https://`, since that is how people paste them.
    pub fn url(&mut self, field: &str, value: Option<&str>) -> Option<String> {
        let v = self.optional(field, value, 2048)?;
        let with_scheme =
            if v.starts_with("http://") || v.starts_with("https://") { v } else { format!("https://{v}") };
        let host = with_scheme.split("://").nth(1).unwrap_or("").split(['/', '?', '#']).next().unwrap_or("");
        if !host.contains('.') || with_scheme.contains(char::is_whitespace) {
            self.fail_msg(field, msg!("core-not-url", value = excerpt(&with_scheme)));
        }
        Some(with_scheme)
    }

    /// An assigned ISO 3166-1 alpha-2 country code, upper-cased. Anything else (a name, "UK", an alpha-3 code, a
    /// typo) is refused with the code it most likely meant: "'New Zealand' is not a country code; did you mean NZ
    /// (New Zealand)?".
    pub fn country(&mut self, field: &str, value: Option<&str>) -> Option<String> {
        let v = self.optional(field, value, 64)?;
        if let Some(country) = crate::domain::country::by_code(&v) {
            return Some(country.code.to_string());
        }
        let message = match crate::domain::country::suggest(&v) {
            Some(c) => msg!("core-country-did-you-mean", value = excerpt(&v), code = c.code, name = c.name),
            None => msg!("core-country-unknown", value = excerpt(&v)),
        };
        self.fail_msg(field, message);
        Some(v)
    }

    pub fn zone(&mut self, field: &str, value: &str) -> String {
        let v = value.trim().to_string();
        if let Err(message) = zone_problem(&v) {
            self.fail_msg(field, message);
        }
        v
    }

    pub fn date(&mut self, field: &str, value: &str) -> Option<NaiveDate> {
        match date_problem(value) {
            Ok(d) => Some(d),
            Err(m) => {
                self.fail_msg(field, m);
                None
            }
        }
    }

    pub fn local_datetime(&mut self, field: &str, value: &str) -> Option<NaiveDateTime> {
        match local_datetime_problem(value) {
            Ok(d) => Some(d),
            Err(m) => {
                self.fail_msg(field, m);
                None
            }
        }
    }

    /// `#rrggbb`, lower-cased.
    pub fn colour(&mut self, field: &str, value: &str) -> String {
        let v = value.trim().to_ascii_lowercase();
        let ok = v.len() == 7 && v.starts_with('#') && v[1..].chars().all(|c| c.is_ascii_hexdigit());
        if !ok {
            self.fail_msg(field, msg!("core-not-colour", value = excerpt(&v)));
        }
        v
    }

    pub fn finish(self) -> Result<()> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid(self.errors))
        }
    }
}

/// Trims and drops control characters (they break exports and terminals), keeping newlines and tabs.
pub fn clean_text(s: &str) -> String {
    s.trim().chars().filter(|c| !c.is_control() || *c == '\n' || *c == '\t').collect()
}

/// [`zone_problem`] with the problem in English.
pub fn parse_zone(name: &str) -> Result<Tz, String> {
    zone_problem(name).map_err(|m| m.english())
}

/// An IANA zone, or what is wrong with the name (with the closest zone when it looks like a typo).
pub fn zone_problem(name: &str) -> Result<Tz, Msg> {
    if name.is_empty() {
        return Err(msg!("core-zone-empty"));
    }
    name.parse::<Tz>().map_err(|_| {
        let shown = crate::ics::preview(name);
        match suggest_zone(name) {
            Some(s) => msg!("core-zone-did-you-mean", value = shown, suggestion = s),
            None => msg!("core-zone-unknown", value = shown),
        }
    })
}

/// The closest IANA name by edit distance, if it is close enough to be a plausible typo.
pub fn suggest_zone(name: &str) -> Option<&'static str> {
    // Edit distance costs length × length per zone: a 100,000-character cell is no typo of a zone name, and
    // must not take minutes to say so.
    if name.len() > 64 {
        return None;
    }
    // A column filled down with one misspelt zone asks the same question on every row: each answer costs ~600 edit
    // distances, so answers are kept (a few hundred distinct names at most).
    thread_local! {
        static ASKED: std::cell::RefCell<std::collections::HashMap<String, Option<&'static str>>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    if let Some(known) = ASKED.with(|a| a.borrow().get(name).copied()) {
        return known;
    }
    let answer = closest_zone(name);
    ASKED.with(|a| {
        let mut a = a.borrow_mut();
        if a.len() >= 512 {
            a.clear();
        }
        a.insert(name.to_string(), answer);
    });
    answer
}

fn closest_zone(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    chrono_tz::TZ_VARIANTS
        .iter()
        .map(|tz| (tz.name(), strsim::levenshtein(&lower, &tz.name().to_ascii_lowercase())))
        .min_by_key(|(_, d)| *d)
        .filter(|(_, d)| *d <= 3.max(name.len() / 4))
        .map(|(n, _)| n)
}

/// [`date_problem`] with the problem in English.
pub fn parse_date(value: &str) -> Result<NaiveDate, String> {
    date_problem(value).map_err(|m| m.english())
}

pub fn date_problem(value: &str) -> Result<NaiveDate, Msg> {
    let v = value.trim();
    if let Some(d) = crate::time_text::parse_date(v) {
        return Ok(d);
    }
    NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| msg!("core-not-date", value = excerpt(v)))
}

/// [`local_datetime_problem`] with the problem in English.
pub fn parse_local_datetime(value: &str) -> Result<NaiveDateTime, String> {
    local_datetime_problem(value).map_err(|m| m.english())
}

pub fn local_datetime_problem(value: &str) -> Result<NaiveDateTime, Msg> {
    let v = value.trim();
    if let Some(t) = crate::time_text::parse_local(v) {
        return Ok(t);
    }
    NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M:%S"))
        .or_else(|_| NaiveDateTime::parse_from_str(v, "%Y-%m-%d %H:%M"))
        .map_err(|_| msg!("core-not-local-datetime", value = excerpt(v)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zone_typos_get_a_suggestion() {
        let e = parse_zone("Europe/Lndon").unwrap_err();
        assert_eq!(e, "'Europe/Lndon' is not a time zone — did you mean Europe/London?");
        assert!(parse_zone("Asia/Manila").is_ok());
        assert!(parse_zone("Nowhere at all").unwrap_err().contains("expected an IANA name"));
    }

    #[test]
    fn messages_quote_a_short_clean_excerpt_of_the_value() {
        let huge = format!("2025-\u{1b}[2J{}", "x".repeat(100_000));
        let e = parse_date(&huge).unwrap_err();
        assert!(e.len() < 200 && e.contains("2025-\\u{1b}[2Jxxx") && e.contains('…'), "{e}");
        let mut c = Checker::new();
        c.email("email", Some(&format!("{}\u{7}", "a".repeat(5_000))));
        let err = c.finish().unwrap_err();
        assert!(err.fields().iter().all(|f| f.message.len() < 200 && !f.message.contains('\u{7}')), "{err}");
    }

    #[test]
    fn checker_collects_every_problem() {
        let mut c = Checker::new();
        c.required("name", "   ", 10);
        c.email("email", Some("not-an-email"));
        c.country("country", Some("Canada"));
        c.url("website", Some("migrante.ca"));
        let err = c.finish().unwrap_err();
        let fields: Vec<&str> = err.fields().iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["name", "email", "country"]);
    }

    #[test]
    fn countries_are_assigned_codes_and_names_get_a_did_you_mean() {
        let mut c = Checker::new();
        assert_eq!(c.country("country", Some(" nz ")).as_deref(), Some("NZ"));
        assert!(c.is_ok());
        let message = |value: &str| {
            let mut c = Checker::new();
            c.country("country", Some(value));
            c.finish().unwrap_err().fields()[0].message.clone()
        };
        assert_eq!(message("UK"), "'UK' is not a country code; did you mean GB (United Kingdom)?");
        assert_eq!(message("New Zealand"), "'New Zealand' is not a country code; did you mean NZ (New Zealand)?");
        assert_eq!(message("Phillipines"), "'Phillipines' is not a country code; did you mean PH (Philippines)?");
        assert!(message("XX").starts_with("'XX' is not a country code: use the two-letter ISO 3166 code"));
    }

    #[test]
    fn bare_domains_become_https_urls_and_control_chars_go() {
        let mut c = Checker::new();
        assert_eq!(c.url("w", Some("bit.ly/ZeroInBurma")).as_deref(), Some("https://bit.ly/ZeroInBurma"));
        assert_eq!(clean_text(" a\u{0}b\nc "), "ab\nc");
        assert!(c.is_ok());
    }
}
