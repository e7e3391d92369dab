//! The few words an export adds around the coordinators' own text, in the alliance's working languages (English
//! for any other) from `locales/<lang>/exports.ftl`, and the date line in the document's language.

use chrono::{Locale, NaiveDate};

use crate::announce::Lang;
use crate::domain::StatementKind;
use crate::msg;

/// Which of our label sets a language tag gets; languages we have no words for get English.
fn lang(tag: &str) -> Lang {
    Lang::parse(tag).unwrap_or(Lang::En)
}

pub fn kind(tag: &str, k: StatementKind) -> String {
    use StatementKind::*;
    let m = match k {
        Statement => msg!("export-kind-statement"),
        PressRelease => msg!("export-kind-press-release"),
        SolidarityMessage => msg!("export-kind-solidarity-message"),
        OpenLetter => msg!("export-kind-open-letter"),
        CallToAction => msg!("export-kind-call-to-action"),
    };
    m.render(lang(tag).tag())
}

pub fn endorsements(tag: &str, count: usize) -> String {
    msg!("export-endorsements", count = count).render(lang(tag).tag())
}

/// The group heading for endorsers whose organisation has no country.
pub fn no_country(tag: &str) -> String {
    msg!("export-no-country").render(lang(tag).tag())
}

pub fn for_reference(tag: &str) -> String {
    msg!("export-for-reference").render(lang(tag).tag())
}

/// "Hong Kong, 18 December 2025"; month names come from CLDR through chrono, also for languages we have no
/// labels for (a German translation gets "18 Dezember 2025"), and the ISO date when chrono has no locale.
pub fn date_line(tag: &str, place: Option<&str>, dated: Option<&str>) -> Option<String> {
    let date = dated.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let shown = date.map(|d| match Lang::parse(tag) {
        Ok(l) => l.long_date(d),
        Err(_) => match guess_locale(tag) {
            Some(locale) => d.format_localized("%-d %B %Y", locale).to_string(),
            None => d.to_string(),
        },
    });
    let place = place.map(str::trim).filter(|p| !p.is_empty());
    match (place, shown) {
        (Some(p), Some(d)) => Some(format!("{p}, {d}")),
        (Some(p), None) => Some(p.to_string()),
        (None, d) => d,
    }
}

/// "de" → de_DE, "pt-BR" → pt_BR: the locale names glibc (and so chrono) uses.
fn guess_locale(tag: &str) -> Option<Locale> {
    let mut parts = tag.split('-');
    let primary = parts.next()?.to_ascii_lowercase();
    let region = parts.find(|p| p.len() == 2).map(str::to_ascii_uppercase);
    let candidates =
        [region.map(|r| format!("{primary}_{r}")), Some(format!("{primary}_{}", primary.to_ascii_uppercase()))];
    candidates.into_iter().flatten().find_map(|name| Locale::try_from(name.as_str()).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_lines_in_the_documents_language() {
        let at = Some("2025-12-18");
        assert_eq!(date_line("en", Some("Hong Kong"), at).as_deref(), Some("Hong Kong, 18 December 2025"));
        assert_eq!(date_line("es", Some("Hong Kong"), at).as_deref(), Some("Hong Kong, 18 de diciembre de 2025"));
        assert_eq!(date_line("fr-CA", None, at).as_deref(), Some("18 décembre 2025"));
        assert_eq!(date_line("de", Some("Berlin"), at).as_deref(), Some("Berlin, 18 Dezember 2025"));
        assert_eq!(date_line("en", None, None), None);
    }
}
