//! The few words an export adds around the coordinators' own text, in the alliance's working languages (English
//! for any other), and the date line in the document's language.

use chrono::{Locale, NaiveDate};

use crate::announce::Lang;
use crate::domain::StatementKind;

/// Which of our label sets a language tag gets; languages we have no words for get English.
fn lang(tag: &str) -> Lang {
    Lang::parse(tag).unwrap_or(Lang::En)
}

pub fn kind(tag: &str, k: StatementKind) -> &'static str {
    use Lang::*;
    use StatementKind::*;
    match (k, lang(tag)) {
        (Statement, En) => "Statement",
        (Statement, Es) => "Declaración",
        (Statement, Fr) => "Déclaration",
        (Statement, Id) => "Pernyataan",
        (Statement, Tl) => "Pahayag",
        (PressRelease, En) => "Press release",
        (PressRelease, Es) => "Comunicado de prensa",
        (PressRelease, Fr) => "Communiqué de presse",
        (PressRelease, Id) => "Siaran pers",
        (PressRelease, Tl) => "Pahayag sa midya",
        (SolidarityMessage, En) => "Solidarity message",
        (SolidarityMessage, Es) => "Mensaje de solidaridad",
        (SolidarityMessage, Fr) => "Message de solidarité",
        (SolidarityMessage, Id) => "Pesan solidaritas",
        (SolidarityMessage, Tl) => "Mensahe ng pakikiisa",
        (OpenLetter, En) => "Open letter",
        (OpenLetter, Es) => "Carta abierta",
        (OpenLetter, Fr) => "Lettre ouverte",
        (OpenLetter, Id) => "Surat terbuka",
        (OpenLetter, Tl) => "Bukas na liham",
        (CallToAction, En) => "Call to action",
        (CallToAction, Es) => "Llamado a la acción",
        (CallToAction, Fr) => "Appel à l'action",
        (CallToAction, Id) => "Seruan aksi",
        (CallToAction, Tl) => "Panawagan sa pagkilos",
    }
}

pub fn endorsements(tag: &str, count: usize) -> String {
    let word = match lang(tag) {
        Lang::En => "Endorsements",
        Lang::Es => "Adhesiones",
        Lang::Fr => "Appuis",
        Lang::Id => "Dukungan",
        Lang::Tl => "Mga lumagda",
    };
    format!("{word} ({count})")
}

/// The group heading for endorsers whose organisation has no country.
pub fn no_country(tag: &str) -> &'static str {
    match lang(tag) {
        Lang::En => "Other",
        Lang::Es => "Otros",
        Lang::Fr => "Autres",
        Lang::Id => "Lainnya",
        Lang::Tl => "Iba pa",
    }
}

pub fn for_reference(tag: &str) -> &'static str {
    match lang(tag) {
        Lang::En => "For reference:",
        Lang::Es => "Para más información:",
        Lang::Fr => "Pour information :",
        Lang::Id => "Narahubung:",
        Lang::Tl => "Para sa karagdagang impormasyon:",
    }
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
