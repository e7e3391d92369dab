//! The words and date conventions of each announcement language. Dates and weekday names come from CLDR/glibc
//! data through chrono's `unstable-locales` (the UI uses `Intl` for the same); the few fixed phrases are ours, in
//! `locales/<lang>/exports.ftl` beside every other text.

use chrono::{DateTime, Locale, NaiveDate, TimeZone};

use crate::msg;

/// The languages announcements are written in: the alliance's working languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Es,
    Fr,
    Id,
    Tl,
}

impl Lang {
    /// A BCP 47 tag ("fr-CA", "es", "fil"); its primary language decides.
    pub fn parse(tag: &str) -> Result<Lang, crate::i18n::Msg> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" => Ok(Lang::En),
            "es" => Ok(Lang::Es),
            "fr" => Ok(Lang::Fr),
            "id" | "in" => Ok(Lang::Id),
            "tl" | "fil" => Ok(Lang::Tl),
            _ => Err(msg!("core-not-an-announcement-language", value = crate::excerpt::excerpt(tag))),
        }
    }

    fn locale(self) -> Locale {
        match self {
            Lang::En => Locale::en_GB,
            Lang::Es => Locale::es_ES,
            Lang::Fr => Locale::fr_CA,
            Lang::Id => Locale::id_ID,
            Lang::Tl => Locale::tl_PH,
        }
    }

    /// "Tue 18 Feb", "mar 18 feb", "Sel 18 Feb" …
    pub fn short_date<Tz: TimeZone>(self, at: &DateTime<Tz>) -> String
    where
        Tz::Offset: std::fmt::Display,
    {
        at.format_localized("%a %-d %b", self.locale()).to_string()
    }

    /// "Wed" — the day name alone, for "01:00 Auckland (Wed)".
    pub fn weekday<Tz: TimeZone>(self, at: &DateTime<Tz>) -> String
    where
        Tz::Offset: std::fmt::Display,
    {
        at.format_localized("%a", self.locale()).to_string()
    }

    /// A date of an all-day event or a campaign: "Tue 18 Feb".
    pub fn day(self, date: NaiveDate) -> String {
        let at = chrono::Utc.from_utc_datetime(&date.and_time(chrono::NaiveTime::MIN));
        self.short_date(&at)
    }

    /// A statement's date line: "18 December 2025", "18 de diciembre de 2025", "18 décembre 2025".
    pub fn long_date(self, date: NaiveDate) -> String {
        let pattern = match self {
            Lang::Es => "%-d de %B de %Y",
            _ => "%-d %B %Y",
        };
        date.format_localized(pattern, self.locale()).to_string()
    }

    /// The catalogue language of this announcement language (`locales/<tag>/exports.ftl`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Id => "id",
            Lang::Tl => "tl",
        }
    }

    /// A fixed phrase from `locales/<lang>/exports.ftl`.
    pub fn phrase(self, p: Phrase) -> String {
        let m = match p {
            Phrase::Online => msg!("export-online"),
            Phrase::Register => msg!("export-register"),
            Phrase::OrganisedBy => msg!("export-organised-by"),
            Phrase::And => msg!("export-and"),
            Phrase::KeyDates => msg!("export-key-dates"),
            Phrase::AllDay => msg!("export-all-day"),
            Phrase::Invited => msg!("export-invited"),
            Phrase::PleaseAnswer => msg!("export-please-answer"),
        };
        m.render(self.tag())
    }

    /// "A, B and C" in the language.
    pub fn list(self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} {} {last}", rest.join(", "), self.phrase(Phrase::And)),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub enum Phrase {
    Online,
    Register,
    OrganisedBy,
    And,
    KeyDates,
    AllDay,
    /// An invitation's first line.
    Invited,
    /// An invitation's last line: the answers Who is coming records.
    PleaseAnswer,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_dates_in_each_language() {
        assert_eq!(Lang::parse("fr-CA"), Ok(Lang::Fr));
        assert_eq!(Lang::parse("fil"), Ok(Lang::Tl));
        assert_eq!(
            Lang::parse("de").unwrap_err().english(),
            "'de' is not an announcement language (en, es, fr, id, tl)"
        );
        let day = NaiveDate::from_ymd_opt(2025, 2, 18).unwrap();
        let shown: Vec<String> =
            [Lang::En, Lang::Es, Lang::Fr, Lang::Id, Lang::Tl].iter().map(|l| l.day(day)).collect();
        assert_eq!(shown, ["Tue 18 Feb", "mar 18 feb", "mar 18 fév", "Sel 18 Feb", "Mar 18 Peb"]);
        assert_eq!(Lang::Es.list(&["A".into(), "B".into(), "C".into()]), "A, B y C");
        let dated = NaiveDate::from_ymd_opt(2025, 12, 18).unwrap();
        let long: Vec<String> = [Lang::En, Lang::Es, Lang::Fr].iter().map(|l| l.long_date(dated)).collect();
        assert_eq!(long, ["18 December 2025", "18 de diciembre de 2025", "18 décembre 2025"]);
    }
}
