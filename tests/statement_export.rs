//! Statement exports on a real SQLite file: what each export carries, the missing-translation message, and the
//! security invariant — user text never becomes live HTML. Every payload of `fixtures/xss-payloads.txt` is put in
//! every user-written field and the HTML export is checked with a real HTML parser (scraper/html5ever, the same
//! tree a browser builds), the Markdown export with a real Markdown parser.

mod statement_fixture;

use campaign_desk::domain::{EndorsementInput, StatementInput, StatementKind};
use campaign_desk::statement_export::{export_statement, ExportFormat, LangChoice};
use campaign_desk::store::Store;
use scraper::{Html, Selector};
use statement_fixture::{org, person, statement, store};

fn export(s: &Store, id: i64, format: ExportFormat, lang: LangChoice) -> String {
    String::from_utf8(export_statement(s, id, format, lang).expect("export")).expect("utf-8")
}

fn payloads() -> Vec<String> {
    let text = include_str!("fixtures/xss-payloads.txt");
    let list: Vec<String> = text.lines().filter(|l| !l.trim().is_empty()).map(String::from).collect();
    assert!(list.len() >= 100, "the corpus should hold at least 100 payloads, has {}", list.len());
    list
}

/// At most `n` characters, so a payload fits a field's length limit.
fn cut(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

const ELEMENTS: &[&str] = &[
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "article",
    "section",
    "div",
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "a",
    "blockquote",
    "br",
];
const ATTRIBUTES: &[&str] = &["lang", "class", "charset", "http-equiv", "content", "name", "href", "rel"];

/// Checks a whole HTML export as a browser would parse it: only our elements and attributes, no event handlers,
/// links only to http, https and mailto, one style element (ours, in the head), and the CSP that forbids scripts.
fn assert_inert(html: &str, payload: &str) {
    let doc = Html::parse_document(html);
    let all = Selector::parse("*").expect("selector");
    for el in doc.select(&all) {
        let name = el.value().name();
        assert!(ELEMENTS.contains(&name), "element <{name}> from payload {payload:?}:\n{html}");
        for (attr, value) in el.value().attrs() {
            let attr = attr.to_ascii_lowercase();
            assert!(!attr.starts_with("on"), "event handler {attr} from payload {payload:?}");
            assert!(ATTRIBUTES.contains(&attr.as_str()), "attribute {attr} on <{name}> from payload {payload:?}");
            let v = value.trim().to_ascii_lowercase();
            assert!(!v.contains("javascript:") && !v.contains("data:") && !v.contains("vbscript:"), "{attr}={value:?}");
            if attr == "href" {
                assert!(
                    ["http://", "https://", "mailto:"].iter().any(|s| v.starts_with(s)),
                    "href {value:?} from payload {payload:?}"
                );
                assert_eq!(el.value().attr("rel"), Some("noopener noreferrer"), "link without rel");
            }
        }
    }
    let styles: Vec<_> = doc.select(&Selector::parse("style").expect("selector")).collect();
    assert_eq!(styles.len(), 1, "only our own stylesheet, payload {payload:?}");
    assert_eq!(styles[0].parent().and_then(|p| p.value().as_element()).map(|e| e.name()), Some("head"));
    let csp = Selector::parse("meta[http-equiv='Content-Security-Policy']").expect("selector");
    assert!(doc.select(&csp).next().is_some(), "the CSP is there");
    // The same through plain text, for the markup a parser might not build an element from.
    let lower = html.to_ascii_lowercase();
    for tag in ["<script", "<iframe", "<object", "<embed", "<svg", "<math", "<img", "<link", "<base", "<form"] {
        assert!(!lower.contains(tag), "{tag} in the output for payload {payload:?}");
    }
    assert_eq!(lower.matches("<style").count(), 1);
}

#[test]
fn every_payload_in_every_user_field_stays_text_in_the_html_export() {
    let (_d, mut s) = store();
    for (i, p) in payloads().iter().enumerate() {
        let issuer = org(&mut s, &format!("{} #{i}", cut(p, 180)), Some("PH"));
        let endorser = org(&mut s, &format!("{} endorser #{i}", cut(p, 170)), None);
        let contact = person(&mut s, &cut(p, 190), &cut(p, 95), Some(issuer), "press@example.org", "+852 1234");
        let input = StatementInput {
            kind: StatementKind::Statement,
            title: cut(p, 290),
            place: Some(cut(p, 190)),
            dated: Some("2025-12-18".into()),
            issuer_ids: vec![issuer],
            ..Default::default()
        };
        let body = format!("# {p}\n\nBefore {p} after.\n\n{p}\n\n- {p}\n\n> {p}\n\n**{p}** *{p}* [link {i}]({p})\n");
        let st = s.create_statement(&input, &body).expect("statement");
        s.save_translation(st.id, "es", &cut(p, 290), &body, None, None).expect("translation");
        let note = Some(cut(p, 490));
        s.endorse_statement(st.id, &EndorsementInput { organisation_id: Some(endorser), note, ..Default::default() })
            .expect("endorse");
        s.set_statement_contacts(st.id, &[contact]).expect("contacts");

        for lang in [LangChoice::Source, LangChoice::All] {
            let html = export(&s, st.id, ExportFormat::Html, lang);
            assert_inert(&html, p);
            // Kept as text, not dropped: the title reads back exactly as typed.
            let doc = Html::parse_document(&html);
            let h1 = doc.select(&Selector::parse("h1").expect("selector")).next().expect("h1");
            assert_eq!(h1.text().collect::<String>(), st.title, "title of payload {p:?}");
        }
    }
}

#[test]
fn the_markdown_export_never_emits_html_or_unsafe_links() {
    use pulldown_cmark::{Event, Parser, Tag};
    let (_d, mut s) = store();
    for (i, p) in payloads().iter().enumerate() {
        let issuer = org(&mut s, &format!("{} #{i}", cut(p, 180)), Some("PH"));
        let contact = person(&mut s, &cut(p, 190), &cut(p, 95), Some(issuer), "press@example.org", "+852 1234");
        let input = StatementInput { title: cut(p, 290), issuer_ids: vec![issuer], ..Default::default() };
        let body = format!("{p}\n\n- {p}\n\n**{p}** [x]({p})\n");
        let st = s.create_statement(&input, &body).expect("statement");
        s.endorse_statement(
            st.id,
            &EndorsementInput { organisation_id: Some(issuer), note: Some(cut(p, 490)), ..Default::default() },
        )
        .expect("endorse");
        s.set_statement_contacts(st.id, &[contact]).expect("contacts");
        let md = export(&s, st.id, ExportFormat::Markdown, LangChoice::Source);
        for event in Parser::new(&md) {
            match event {
                Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML {h:?} from payload {p:?}:\n{md}"),
                Event::Start(Tag::Link { dest_url, .. }) | Event::Start(Tag::Image { dest_url, .. }) => {
                    let d = dest_url.to_ascii_lowercase();
                    assert!(
                        ["http://", "https://", "mailto:"].iter().any(|s| d.starts_with(s)),
                        "link to {dest_url:?} from payload {p:?}:\n{md}"
                    );
                }
                _ => {}
            }
        }
        // The text survives, escaped: rendering the Markdown gives back the title as typed.
        let html = pulldown_cmark_html(&md);
        assert!(html.contains(&format!("<h1>{}</h1>", escape(&st.title))), "title of {p:?} in\n{html}");
    }
}

fn pulldown_cmark_html(md: &str) -> String {
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, pulldown_cmark::Parser::new(md));
    out
}

/// pulldown-cmark's own escaping of body text (quotes stay as they are), to compare rendered titles.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[test]
fn each_format_carries_kind_title_issuers_date_line_body_endorsements_and_contacts() {
    let f = statement();
    for format in [ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Text] {
        let out = export(&f.store, f.id, format, LangChoice::Source);
        for expected in [
            "Stop the deportations now",
            "International Migrants Alliance",
            "Migrante Canada",
            "Hong Kong, 18 December 2025",
            "strongly condemns",
            "Free everyone held in detention",
            "Migrants are an integral part of society.",
            "https://wearemigrants.net/statements",
            "Endorsements (3)",
            "Gabriela Aotearoa",
            "KABAR BUMI",
            "For reference:",
            "Danilo de León, Chair, Migrante Canada",
            "chris@migrante.ca",
            "+1 604 555 0102",
        ] {
            assert!(out.contains(expected), "{format}: {expected:?} missing from\n{out}");
        }
        assert!(out.to_lowercase().contains("press release"), "{format}: the kind heading");
        assert!(!out.contains("Withdrawn Workers Union"), "{format}: a withdrawn endorsement is not exported");
        // Grouped by country, headed by its name (Indonesia before New Zealand), though KABAR BUMI signed last.
        let (kabar, gabriela) = (out.find("KABAR BUMI"), out.find("Gabriela Aotearoa"));
        assert!(kabar < gabriela, "{format}: Indonesia's group before New Zealand's in\n{out}");
        assert!(out.contains("Indonesia") && out.contains("New Zealand"), "{format}: country headings in\n{out}");
    }
    let md = export(&f.store, f.id, ExportFormat::Markdown, LangChoice::Source);
    assert!(md.contains("# Stop the deportations now\n") && md.contains("**strongly condemns**"), "{md}");
    assert!(md.contains("[our website](https://wearemigrants.net/statements)"), "{md}");
    let html = export(&f.store, f.id, ExportFormat::Html, LangChoice::One("es".into()));
    assert!(html.contains("<html lang=\"es\">") && html.contains("Hong Kong, 18 de diciembre de 2025"), "{html}");
    assert!(html.contains("Para más información:") && html.contains("Comunicado de prensa"), "{html}");
    assert!(html.contains("<strong>condena enérgicamente</strong>"), "{html}");
}

#[test]
fn all_languages_bundle_the_source_then_each_translation() {
    let f = statement();
    let text = export(&f.store, f.id, ExportFormat::Text, LangChoice::All);
    let en = text.find("Stop the deportations now").expect("en");
    let es = text.find("Alto a las deportaciones").expect("es");
    let fr = text.find("Arrêtez les déportations").expect("fr");
    assert!(en < es && es < fr, "source first, then the translations in order:\n{text}");
    let html = export(&f.store, f.id, ExportFormat::Html, LangChoice::All);
    for lang in ["en", "es", "fr-CA"] {
        assert!(html.contains(&format!("<article lang=\"{lang}\">")), "{lang} section in\n{html}");
    }
    assert!(html.contains("18 décembre 2025"), "French date line");
}

#[test]
fn a_missing_translation_names_the_ones_there_are() {
    let f = statement();
    let err = export_statement(&f.store, f.id, ExportFormat::Pdf, LangChoice::One("de".into())).expect_err("no de");
    assert_eq!(err.kind(), "validation");
    assert_eq!(err.to_string(), format!("lang: statement {} has no translation into de; it has: es, fr-CA", f.id));
    let same = export(&f.store, f.id, ExportFormat::Text, LangChoice::One("EN".into()));
    assert!(same.contains("Stop the deportations now"), "the source language by its tag");
    let missing = export_statement(&f.store, 9999, ExportFormat::Text, LangChoice::Source).expect_err("no such");
    assert_eq!(missing.kind(), "not_found");
}
