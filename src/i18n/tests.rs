use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::*;

fn strict(lang: &str, source: &str) -> FluentResource {
    FluentResource::try_new(source.to_string())
        .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/core.ftl does not parse: {errors:?}"))
}

/// Each message's id → the variables it uses.
fn messages(resource: &FluentResource) -> BTreeMap<String, BTreeSet<String>> {
    fn variables_in(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, out);
            }
        }
    }
    fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Inline(inline) => inline_variables(inline, out),
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, out);
                for variant in variants {
                    variables_in(&variant.value, out);
                }
            }
        }
    }
    fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
            _ => {}
        }
    }
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    variables_in(value, &mut vars);
                }
                Some((m.id.name.to_string(), vars))
            }
            _ => None,
        })
        .collect()
}

fn english() -> BTreeMap<String, BTreeSet<String>> {
    messages(&strict("en", CATALOGUES[0].1))
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

#[test]
fn every_catalogue_parses_and_is_listed() {
    assert_eq!(CATALOGUES[0].0, "en", "English comes first: it is every message's fallback");
    for (lang, source) in CATALOGUES {
        strict(lang, source);
    }
    let on_disk: BTreeSet<String> = std::fs::read_dir(root().join("locales"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("core.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let listed: BTreeSet<String> = languages().map(String::from).collect();
    assert_eq!(on_disk, listed, "every locales/<lang>/core.ftl is in i18n::CATALOGUES, and only those");
}

fn english_exports() -> BTreeMap<String, BTreeSet<String>> {
    messages(&strict("en", EXPORT_CATALOGUES[0].1))
}

#[test]
fn export_catalogues_parse_are_listed_and_match_english() {
    assert_eq!(EXPORT_CATALOGUES.iter().map(|(l, _)| *l).collect::<Vec<_>>(), languages().collect::<Vec<_>>());
    let on_disk: BTreeSet<String> = std::fs::read_dir(root().join("locales"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("exports.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(on_disk, languages().map(String::from).collect(), "every locales/<lang>/exports.ftl is listed");
    let english = english_exports();
    assert!(english.keys().all(|id| id.starts_with("export-")), "{:?}", english.keys());
    for (lang, source) in EXPORT_CATALOGUES {
        let ids = messages(&strict(lang, source));
        assert_eq!(ids.keys().collect::<Vec<_>>(), english.keys().collect::<Vec<_>>(), "locales/{lang}/exports.ftl");
        for (id, vars) in ids {
            assert!(vars.is_subset(&english[&id]), "locales/{lang}/exports.ftl: {id} uses {vars:?}");
        }
    }
}

#[test]
fn ids_are_core_ids_and_translations_use_only_englishs_ids_and_placeables() {
    let english = english();
    assert!(english.keys().all(|id| id.starts_with("core-")), "{:?}", english.keys());
    for (lang, source) in &CATALOGUES[1..] {
        for (id, vars) in messages(&strict(lang, source)) {
            let Some(reference) = english.get(&id) else { panic!("locales/{lang}/core.ftl: {id} is not in English") };
            assert!(vars.is_subset(reference), "locales/{lang}/core.ftl: {id} uses {vars:?}, English {reference:?}");
        }
    }
}

/// The ids written with the `msg!` macro anywhere in src/ (these tests aside): each must be in the English
/// catalogue, so no message ever reaches a person as its bare id.
fn ids_in_sources() -> BTreeMap<String, PathBuf> {
    fn walk(dir: &Path, out: &mut BTreeMap<String, PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok()) {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n/tests.rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                // `msg!("core-…"` or, as rustfmt breaks a long call, `msg!(` with the id on the next line.
                for piece in text.split("msg!(").skip(1) {
                    let Some(quoted) = piece.trim_start().strip_prefix('"') else { continue };
                    let id = quoted.split('"').next().unwrap_or("");
                    out.insert(id.to_string(), path.clone());
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&root().join("src"), &mut out);
    out
}

#[test]
fn every_id_the_code_uses_is_in_english() {
    let english = english();
    let used = ids_in_sources();
    assert!(used.len() >= 10, "the scan found the msg! ids: {used:?}");
    let exports = english_exports();
    let missing: Vec<_> =
        used.iter().filter(|(id, _)| !english.contains_key(*id) && !exports.contains_key(*id)).collect();
    assert!(missing.is_empty(), "ids missing from locales/en/core.ftl (or exports.ftl): {missing:?}");
}

#[test]
fn every_english_id_is_used_by_the_code() {
    // A message nothing writes is a translator's wasted work, and usually a sign its text moved to another id.
    let used = ids_in_sources();
    let unused: Vec<_> = english().into_keys().filter(|id| !used.contains_key(id)).collect();
    assert!(unused.is_empty(), "ids in locales/en/core.ftl that no msg!(…) in src/ uses: {unused:?}");
    let unused: Vec<_> = english_exports().into_keys().filter(|id| !used.contains_key(id)).collect();
    assert!(unused.is_empty(), "ids in locales/en/exports.ftl that no msg!(…) in src/ uses: {unused:?}");
}

#[test]
fn every_message_formats_in_every_language_without_errors() {
    for (lang, _) in CATALOGUES {
        let catalogue = catalogues().iter().find(|c| c.lang == *lang).unwrap();
        for (id, vars) in english() {
            let Some(message) = catalogue.bundle.get_message(&id) else { continue };
            let mut args = FluentArgs::new();
            for var in &vars {
                args.set(var.as_str(), FluentValue::from(2));
            }
            let mut errors = Vec::new();
            catalogue.bundle.format_pattern(message.value().unwrap(), Some(&args), &mut errors);
            assert!(errors.is_empty(), "{lang} {id}: {errors:?}");
        }
    }
}

#[test]
fn languages_are_chosen_from_tags_and_posix_locales() {
    assert_eq!(language_of("fr"), Some("fr"));
    assert_eq!(language_of("fr-CA"), Some("fr"));
    assert_eq!(language_of("fr_FR.UTF-8"), Some("fr"));
    assert_eq!(language_of("EN_gb"), Some("en"));
    assert_eq!(language_of("C"), Some("en"));
    assert_eq!(language_of("fil_PH.UTF-8"), Some("tl"), "Filipino desktops get the Tagalog catalogue");
    assert_eq!(language_of("C.UTF-8"), Some("en"));
    assert_eq!(language_of("POSIX"), Some("en"));
    assert_eq!(language_of("xx"), None);
    assert_eq!(language_of(""), None);
}

#[test]
fn messages_render_in_the_language_else_in_english_with_arguments_as_given() {
    let m = crate::msg!("core-zone-did-you-mean", value = "Europe/Lndon", suggestion = "Europe/London");
    assert_eq!(m.english(), "'Europe/Lndon' is not a time zone — did you mean Europe/London?");
    assert_eq!(
        m.render("fr-CA"),
        "«\u{a0}Europe/Lndon\u{a0}» n’est pas un fuseau horaire — vouliez-vous dire Europe/London\u{202f}?"
    );
    // A language without a catalogue, and a tag that is no language, read English.
    assert_eq!(m.render("tl"), "hindi time zone ang “Europe/Lndon” — Europe/London ba ang ibig mong sabihin?");
    assert_eq!(m.render("de"), m.english());
    assert_eq!(m.render("zz-ZZ"), m.english());
    // No bidi isolation marks around arguments; numbers as digits, no grouping.
    let long = crate::msg!("core-too-long", count = 12_345usize, max = 300usize);
    assert_eq!(long.english(), "is too long (12345 characters, at most 300)");
    assert!(!long.render("fr").contains('\u{2068}'));
    // An id even English lacks shows as itself rather than as nothing.
    assert_eq!(render("fr", "core-no-such-message", &BTreeMap::new()), "core-no-such-message");
}

#[test]
fn errors_shown_whole_say_in_english_exactly_what_they_display_and_differ_in_french() {
    use crate::error::Error;
    let path = std::path::PathBuf::from("/tmp/notes.txt");
    let errors = [
        Error::NotFound { entity: "organisation", id: 4 },
        Error::NotFound { entity: "sync account", id: 2 },
        Error::NotADatabase { path: path.clone(), reason: "its first bytes are not SQLite's".into() },
        Error::ForeignDatabase { path: path.clone() },
        Error::TooNew { path, found: 40, known: 13 },
    ];
    for e in &errors {
        let msg = e.msg().expect("catalogued");
        assert_eq!(msg.english(), e.to_string());
        assert_eq!(e.text_in("en"), e.to_string());
        assert_ne!(e.text_in("fr"), e.to_string(), "{e}");
    }
    assert_eq!(errors[0].text_in("fr"), "l’organisation 4 n’existe pas");
    assert_eq!(errors[1].text_in("fr"), "sync account 2 n’existe pas");
    let report = crate::wire::ErrorReport::from(&errors[0]);
    assert_eq!((report.id.as_str(), report.args.len()), ("core-not-found", 2));
    // What is not catalogued yet keeps its English text and no id.
    let io = Error::io("reading /tmp/x", std::io::Error::other("gone"));
    assert!(io.msg().is_none() && crate::wire::ErrorReport::from(&io).id.is_empty());
    assert_eq!(io.text_in("fr"), io.to_string());
}

#[test]
fn french_plurals_follow_cldr_zero_and_one_alike() {
    let text = |n: i64| crate::msg!("core-person-has-statements", count = n).render("fr");
    assert!(text(0).contains("0\u{a0}déclaration ou"), "{}", text(0));
    assert!(text(1).contains("1\u{a0}déclaration ou"), "{}", text(1));
    assert!(text(2).contains("2\u{a0}déclarations ou"), "{}", text(2));
    // English keeps its one form, exactly as before the catalogue.
    assert_eq!(
        crate::msg!("core-person-has-statements", count = 1).english(),
        "they endorsed or are the contact for 1 statement(s); remove them there first"
    );
}

#[test]
fn a_file_that_is_not_a_calendar_is_named_in_the_readers_language() {
    use crate::service::ics_import::ImportError;
    let read = |text: &str| {
        let mut problems = Vec::new();
        crate::ics::read_events(text.as_bytes(), chrono_tz::UTC, |item| problems.extend(item.err()));
        problems.into_iter().map(ImportError::from).collect::<Vec<_>>()
    };
    let csv = read("Name,Email\nDana,dana@example.org\n");
    assert_eq!(csv[0].id, "core-ics-unreadable");
    assert!(csv[0].message.starts_with("this is not an iCalendar file ("), "{}", csv[0].message);
    assert!(render("fr", &csv[0].id, &csv[0].args).starts_with("ce n’est pas un fichier iCalendar ("));
    let wrong = read("Name:Email\nDana:dana@example.org\n");
    assert_eq!(wrong[0].id, "core-ics-wrong-start");
    assert_eq!(
        wrong[0].message,
        "line 1: this is not an iCalendar file: it should begin with BEGIN:VCALENDAR, not 'NAME'"
    );
    assert_eq!(
        render("fr", &wrong[0].id, &wrong[0].args),
        "ligne 1\u{a0}: ce n’est pas un fichier iCalendar\u{a0}: il devrait commencer par BEGIN:VCALENDAR, et non par \
         «\u{a0}NAME\u{a0}»"
    );
    let empty = read("");
    assert_eq!(
        (empty[0].id.as_str(), empty[0].message.as_str()),
        ("core-ics-empty", "the file is empty: there is no calendar in it")
    );
    let stray = read("BEGIN:VCALENDAR\nEND:VTODO\nEND:VCALENDAR\n");
    assert_eq!(stray[0].id, "core-ics-end-without-begin");
    assert_eq!(stray[0].message, "line 2: END:VTODO without a BEGIN: left out");
}

#[test]
fn form_errors_from_the_calendar_keys_and_sharing_carry_ids_and_read_in_each_language() {
    use crate::domain::EventInput;
    // A start in Toronto's spring-forward gap, as the event form sends it.
    let input = EventInput {
        title: "Vigil".into(),
        start: "2025-03-09T02:30".into(),
        end: "2025-03-09T04:00".into(),
        zone: Some("America/Toronto".into()),
        ..EventInput::default()
    };
    let errors = input.validated().expect_err("in the gap");
    let gap = errors.fields().iter().find(|f| f.field == "start").expect("the start is named");
    assert_eq!(gap.id, "core-dst-gap");
    assert_eq!(
        gap.message,
        "2025-03-09T02:30 does not exist in America/Toronto: on 2025-03-09 the clocks jump from 02:00 to 03:00 \
         (daylight saving); pick a time outside that gap",
        "the English text is what it was before the catalogue"
    );
    assert_eq!(
        gap.text_in("fr"),
        "2025-03-09T02:30 n’existe pas dans le fuseau America/Toronto\u{a0}: le 2025-03-09, les horloges passent de \
         02:00 à 03:00 (heure d’été)\u{202f}; choisissez une heure en dehors de ce saut"
    );
    assert!(gap.text_in("tl").starts_with("walang 2025-03-09T02:30 sa America/Toronto: sa 2025-03-09 tumatalon"));

    // A recovery key with a wrong letter, typed in Settings' restore.
    let typo = crate::db_key::typed_key("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAA9")
        .expect_err("9 is not base32");
    let field = &typo.fields()[0];
    assert_eq!(
        (field.id.as_str(), field.args.get("group")),
        ("core-recovery-typed-bad-character", Some(&MsgArg::Number(14)))
    );
    assert_eq!(
        field.message,
        "this is not the recovery key as written: group 14 has a character that is not a letter or a digit 2–7"
    );
    assert_eq!(
        field.text_in("id"),
        "ini bukan kunci pemulihan seperti yang tertulis: kelompok 14 berisi karakter yang bukan huruf atau angka 2–7"
    );

    // Sharing: the count of accounts, in Spanish and Tagalog.
    let which = crate::msg!("core-sync-which-account", count = 3);
    assert_eq!(which.english(), "there are 3 accounts: say which with --account ID");
    assert_eq!(which.render("es"), "hay 3 cuentas: indica cuál con --account ID");
    assert_eq!(which.render("tl"), "may 3 account: sabihin kung alin gamit ang --account ID");
}

#[test]
fn export_and_announcement_phrases_are_pinned_in_each_language() {
    use crate::announce::{Lang, Phrase};
    use crate::domain::StatementKind;
    use crate::statement_export::labels;
    // What posts and press releases have always printed: the catalogue must not change a byte of it.
    let phrases: Vec<String> = [Lang::En, Lang::Es, Lang::Fr, Lang::Id, Lang::Tl]
        .iter()
        .map(|l| {
            format!("{}|{}|{}", l.phrase(Phrase::OrganisedBy), l.phrase(Phrase::KeyDates), l.phrase(Phrase::AllDay))
        })
        .collect();
    assert_eq!(
        phrases,
        [
            "Organised by|Key dates|all day",
            "Organizan|Fechas clave|todo el día",
            "Organisé par|Dates clés|toute la journée",
            "Diselenggarakan oleh|Tanggal penting|sepanjang hari",
            "Inorganisa ng|Mahahalagang petsa|buong araw",
        ]
    );
    assert_eq!(Lang::Tl.list(&["A".into(), "B".into(), "C".into()]), "A, B at C");
    assert_eq!(labels::kind("fr-CA", StatementKind::CallToAction), "Appel à l'action");
    assert_eq!(labels::kind("tl", StatementKind::PressRelease), "Pahayag sa midya");
    assert_eq!(labels::endorsements("es", 12), "Adhesiones (12)");
    assert_eq!(labels::endorsements("id", 1), "Dukungan (1)");
    assert_eq!(labels::for_reference("fr"), "Pour information :");
    // A language with no words of its own (German) gets English, as before.
    assert_eq!(labels::no_country("de"), "Other");
    assert_eq!(labels::kind("de", StatementKind::OpenLetter), "Open letter");
}

#[test]
fn poll_recurrence_and_hours_problems_keep_their_english_and_read_in_each_language() {
    use crate::calendar::{build_rule_msg, SeriesStart};
    use crate::domain::PollInput;
    let start = SeriesStart::AllDay(chrono::NaiveDate::from_ymd_opt(2027, 1, 30).unwrap());
    let february = build_rule_msg(Some("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"), start, &[], &[]).unwrap_err();
    assert_eq!(february.english(), "day 30 never falls in February: this rule never repeats");
    assert_eq!(february.render("es"), "el día 30 nunca cae en febrero: esta regla nunca se repite");
    assert_eq!(february.render("fr"), "le jour 30 ne tombe jamais en février\u{a0}: cette règle ne se répète jamais");
    let skipped = build_rule_msg(Some("FREQ=DAILY"), start, &["2027-02-30".into()], &[]).unwrap_err();
    assert_eq!(skipped.english(), "excluded date '2027-02-30' is not a date (expected YYYY-MM-DD)");
    assert_eq!(skipped.render("id"), "tanggal yang dilewati “2027-02-30” bukan tanggal (seharusnya YYYY-MM-DD)");

    let poll = PollInput { title: "Call".into(), length_minutes: 90, organisations: vec![1], ..Default::default() };
    let errors = poll.validated().expect_err("no slots");
    let slots = errors.fields().iter().find(|f| f.field == "slot").expect("the slots are named");
    assert_eq!(slots.message, "give at least two candidate slots, else there is nothing to ask");
    assert_eq!(slots.text_in("tl"), "magbigay ng kahit dalawang posibleng oras, kung hindi ay walang mapagpipilian");

    let length = crate::service::find_time::parse_length("an hour").unwrap_err();
    assert_eq!(length.english(), "'an hour' is not a length such as 90m, 1h30m or 1:30");
    assert_eq!(length.render("fr"), "«\u{a0}an hour\u{a0}» n’est pas une durée comme 90m, 1h30m ou 1:30");
    let hours = crate::calendar::find_time::ClockRange::new(600, 600).unwrap_err();
    assert_eq!(hours.english(), "10:00 to 10:00 is empty: give two different times");
}
