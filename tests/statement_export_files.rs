//! Our Word and PDF exports read back by tools we did not write: poppler's `pdftotext` and python-docx (in the
//! project's `.venv`). Both come from scripts/setup.sh; when either is missing these tests fail and say so, rather
//! than pass without looking.

mod statement_fixture;

use std::path::{Path, PathBuf};
use std::process::Command;

use campaign_desk::domain::StatementInput;
use campaign_desk::statement_export::{export_statement, ExportFormat, LangChoice};
use statement_fixture::{statement, store, Fixture};

fn write(f: &Fixture, format: ExportFormat, lang: LangChoice, name: &str) -> PathBuf {
    let bytes = export_statement(&f.store, f.id, format, lang).expect("export");
    let path = f.dir.path().join(name);
    std::fs::write(&path, bytes).expect("write export");
    path
}

/// Runs a tool, failing the test with what to do when it is not installed.
fn run(cmd: &mut Command, what: &str) -> String {
    let out = cmd.output().unwrap_or_else(|e| {
        panic!(
            "cannot run {what} ({e}): run scripts/setup.sh, which installs it (poppler-utils, .venv with python-docx)"
        )
    });
    assert!(
        out.status.success(),
        "{what} failed: {}\n(if a module or command is missing, run scripts/setup.sh)",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// pdftotext's text with runs of whitespace made single spaces (its line breaks follow our wrapping).
fn pdf_text(path: &Path) -> String {
    let raw = run(Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(path).arg("-"), "pdftotext");
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pdf_pages(path: &Path) -> usize {
    let raw = run(Command::new("pdftotext").arg(path).arg("-"), "pdftotext");
    raw.matches('\u{c}').count()
}

const PYTHON_DOCX: &str = r#"
import json, sys
import docx
d = docx.Document(sys.argv[1])
for p in d.paragraphs:
    runs = [{"text": r.text, "bold": bool(r.bold), "italic": bool(r.italic)} for r in p.runs]
    links = [{"text": h.text, "url": h.url} for h in p.hyperlinks]
    style = p.style.name if p.style is not None else None  # docx-rs marks no style as the default
    ppr = p._p.pPr  # python-docx has no API for a paragraph's direction: w:bidi read from the XML
    bidi = ppr is not None and ppr.find(docx.oxml.ns.qn("w:bidi")) is not None
    print(json.dumps({"style": style, "text": p.text, "runs": runs, "links": links, "bidi": bidi}))
"#;

fn venv_python() -> PathBuf {
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv/bin/python");
    assert!(python.exists(), "{} is missing: run scripts/setup.sh (it makes .venv with python-docx)", python.display());
    python
}

/// Each paragraph as python-docx sees it.
fn docx_paragraphs(path: &Path) -> Vec<serde_json::Value> {
    let out = run(Command::new(venv_python()).args(["-c", PYTHON_DOCX]).arg(path), "python-docx");
    out.lines().map(|l| serde_json::from_str(l).expect("json line")).collect()
}

fn texts(paras: &[serde_json::Value]) -> String {
    paras.iter().map(|p| p["text"].as_str().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

const SPANISH: &[&str] = &[
    "COMUNICADO DE PRENSA",
    "Alto a las deportaciones",
    "International Migrants Alliance",
    "Hong Kong, 18 de diciembre de 2025",
    "condena enérgicamente las deportaciones masivas",
    "Nuestras exigencias",
    "Alto a las deportaciones ya",
    "Nuestra acción común se llama solidaridad: niñas, niños y familias están en peligro.",
    "Adhesiones (3)",
    "Gabriela Aotearoa",
    "KABAR BUMI",
    "Para más información:",
    "Danilo de León, Chair, Migrante Canada",
    "danilo@migrante.ca · +1 604 555 0101",
    "Chris Sorio, Secretary-General, Migrante Canada",
];

#[test]
fn the_pdf_reads_back_with_pdftotext() {
    let f = statement();
    let es = pdf_text(&write(&f, ExportFormat::Pdf, LangChoice::One("es".into()), "es.pdf"));
    for expected in SPANISH {
        assert!(es.contains(expected), "{expected:?} missing from the PDF's text:\n{es}");
    }
    assert!(!es.contains("Withdrawn Workers Union"), "withdrawn endorsements are left out");

    let en = pdf_text(&write(&f, ExportFormat::Pdf, LangChoice::Source, "en.pdf"));
    for expected in
        // Sign-ons under their country's name, not its code.
        [
            "PRESS RELEASE",
            "Hong Kong, 18 December 2025",
            "our website (https://wearemigrants.net/statements)",
            "New Zealand",
            "Indonesia",
        ]
    {
        assert!(en.contains(expected), "{expected:?} missing from\n{en}");
    }

    let all_path = write(&f, ExportFormat::Pdf, LangChoice::All, "all.pdf");
    let all = pdf_text(&all_path);
    let order: Vec<usize> = ["Stop the deportations now", "Alto a las deportaciones", "Arrêtez les déportations"]
        .iter()
        .map(|t| all.find(t).unwrap_or_else(|| panic!("{t:?} missing from the bundle:\n{all}")))
        .collect();
    assert!(order[0] < order[1] && order[1] < order[2], "source, then es, then fr-CA");
    assert!(all.contains("18 décembre 2025") && all.contains("Pour information :"), "French part:\n{all}");
    assert!(pdf_pages(&all_path) >= 3, "each language starts on its own page");
}

/// The fonts are subset to the glyphs the text uses (printpdf's `font_subsetting`): a one-page statement using all
/// four faces was ~1.8 MB with the faces embedded whole, and must stay small while every script the fonts cover
/// still copies out as typed.
#[test]
fn a_one_page_pdf_is_small_and_reads_back_in_every_script_the_fonts_cover() {
    let (dir, mut s) = store();
    let lines = [
        "Pakikiisa sa mga manggagawang migrante: Parañaque, Ñ, ₱1,000",
        "Solidaritas untuk buruh migran Indonesia — kerja layak, upah adil",
        "Ελληνικά: αλληλεγγύη με τους μετανάστες",
        "Русский: солидарность с трудящимися-мигрантами",
        "Tiếng Việt: đoàn kết với người lao động di cư",
        "Français : « égalité » et ﬁn œuvre; Deutsch: Straße, Ärger; Polski: żółć; Türkçe: ğış",
    ];
    let body = format!(
        "{}\n\n**Bold: Ωμέγα Жук** and *italic: ẞ ő ű* and ***both: Ŝ ŋ***, see [our site](https://example.org/ñ).\n",
        lines.join("\n\n")
    );
    let input =
        StatementInput {
            title: "Pagkakaisa · Αλληλεγγύη".into(), source_lang: "tl".into(), ..Default::default()
        };
    let st = s.create_statement(&input, &body).expect("statement");
    let f = Fixture { dir, store: s, id: st.id };
    let path = write(&f, ExportFormat::Pdf, LangChoice::Source, "small.pdf");
    let size = std::fs::metadata(&path).expect("pdf").len();
    assert_eq!(pdf_pages(&path), 1, "one page");
    assert!(size < 200_000, "a one-page PDF of {size} bytes: are the fonts embedded whole again?");
    let text = pdf_text(&path);
    for expected in lines.iter().copied().chain([
        "Pagkakaisa · Αλληλεγγύη",
        "Bold: Ωμέγα Жук and italic: ẞ ő ű and both: Ŝ ŋ, see our site (https://example.org/ñ).",
    ]) {
        assert!(text.contains(expected), "{expected:?} missing from the PDF's text:\n{text}");
    }
    let xml = run(Command::new("pdftohtml").args(["-xml", "-i", "-stdout"]).arg(&path), "pdftohtml");
    assert!(xml.contains("<a href=\"https://example.org/%C3%B1\">"), "the link survives:\n{xml}");
}

/// Text in a script the fonts lack draws nothing (as before subsetting), and a face given only such text is not
/// named on the page without being in the file: poppler reads the PDF without a complaint.
#[test]
fn text_the_fonts_cannot_draw_leaves_a_pdf_poppler_reads_cleanly() {
    let (dir, mut s) = store();
    let input = StatementInput { title: "日本語".into(), source_lang: "ja".into(), ..Default::default() };
    let st = s.create_statement(&input, "中文 and *😀* then Latin.\n").expect("statement");
    let f = Fixture { dir, store: s, id: st.id };
    let path = write(&f, ExportFormat::Pdf, LangChoice::Source, "cjk.pdf");
    let out = Command::new("pdftotext").arg(&path).arg("-").output().expect("pdftotext (scripts/setup.sh)");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && stderr.is_empty(), "poppler complains: {stderr}");
    let text = pdf_text(&path);
    assert!(text.contains("and then Latin."), "the rest of the text is there: {text}");
}

#[test]
fn a_twenty_page_pdf_wraps_every_line_inside_the_margins() {
    let (dir, mut s) = store();
    let sentence =
        "Solidaridad con las trabajadoras y los trabajadores migrantes, acción común más allá de las fronteras. ";
    let body: String = (1..=230).map(|n| format!("Párrafo {n}: {}\n\n", sentence.repeat(4))).collect();
    let input = StatementInput { title: "Informe largo".into(), source_lang: "es".into(), ..Default::default() };
    let st = s.create_statement(&input, &body).expect("statement");
    let f = Fixture { dir, store: s, id: st.id };
    let path = write(&f, ExportFormat::Pdf, LangChoice::Source, "long.pdf");
    let pages = pdf_pages(&path);
    assert!(pages >= 20, "expected at least 20 pages, got {pages}");
    let text = pdf_text(&path);
    let mut at = 0;
    for n in 1..=230 {
        let marker = format!("Párrafo {n}:");
        at += text[at..].find(&marker).unwrap_or_else(|| panic!("{marker} missing or out of order"));
    }
    // Every word's box lies inside the page's text area (A4 is 595 × 842 pt; margins are 20 mm ≈ 57 pt).
    let bbox = run(Command::new("pdftotext").arg("-bbox").arg(&path).arg("-"), "pdftotext -bbox");
    let mut words = 0;
    for tag in bbox.split("<word ").skip(1) {
        let attr = |name: &str| -> f32 {
            let start = tag.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
            tag[start..].split('"').next().expect("value").parse().expect("number")
        };
        words += 1;
        assert!(attr("xMin") >= 50.0 && attr("xMax") <= 545.0, "a word outside the margins: <word {}", &tag[..80]);
        assert!(attr("yMin") >= 50.0 && attr("yMax") <= 792.0, "a word in the top or bottom margin");
    }
    assert!(words > 10_000, "only {words} words read back");
}

#[test]
fn the_word_file_reads_back_with_python_docx() {
    let f = statement();
    let paras = docx_paragraphs(&write(&f, ExportFormat::Docx, LangChoice::One("es".into()), "es.docx"));
    let all = texts(&paras);
    for expected in SPANISH {
        assert!(all.contains(expected), "{expected:?} missing from the Word file's text:\n{all}");
    }
    assert!(!all.contains("Withdrawn Workers Union"));
    let style_of =
        |text: &str| paras.iter().find(|p| p["text"] == text).map(|p| p["style"].as_str().unwrap_or("").to_string());
    assert_eq!(style_of("Alto a las deportaciones").as_deref(), Some("Heading 1"), "the title");
    // The body's `##` sits one level under the title, as every body heading does.
    assert_eq!(style_of("Nuestras exigencias").as_deref(), Some("Heading 3"), "a body heading");
    let condena = paras.iter().flat_map(|p| p["runs"].as_array().cloned().unwrap_or_default());
    let bold: Vec<_> = condena.filter(|r| r["bold"] == true).map(|r| r["text"].clone()).collect();
    assert!(bold.contains(&serde_json::json!("condena enérgicamente")), "bold run: {bold:?}");

    let en = docx_paragraphs(&write(&f, ExportFormat::Docx, LangChoice::Source, "en.docx"));
    let links: Vec<_> = en.iter().flat_map(|p| p["links"].as_array().cloned().unwrap_or_default()).collect();
    assert_eq!(links, vec![serde_json::json!({"text": "our website", "url": "https://wearemigrants.net/statements"})]);
    let italic = en
        .iter()
        .flat_map(|p| p["runs"].as_array().cloned().unwrap_or_default())
        .any(|r| r["italic"] == true && r["text"] == "now");
    assert!(italic, "the italic run");
    assert!(texts(&en).contains("Hong Kong, 18 December 2025"));

    let bundle = texts(&docx_paragraphs(&write(&f, ExportFormat::Docx, LangChoice::All, "all.docx")));
    for t in ["Stop the deportations now", "Alto a las deportaciones", "Arrêtez les déportations", "Pour information :"]
    {
        assert!(bundle.contains(t), "{t:?} missing from the bundle");
    }
}

#[test]
fn markup_and_control_characters_in_user_text_still_give_files_the_tools_open() {
    let (dir, mut s) = store();
    let title = "<script>alert(\"x\")</script> & ]]> \u{1}\u{b}Día";
    let body = "<b>bold?</b> & <!-- c --> \u{0}\u{7}ñandú [x](javascript:alert(1))\n\n- é\u{8}\n";
    let input = StatementInput { title: title.into(), source_lang: "es".into(), ..Default::default() };
    let st = s.create_statement(&input, body).expect("statement");
    let f = Fixture { dir, store: s, id: st.id };
    let words = texts(&docx_paragraphs(&write(&f, ExportFormat::Docx, LangChoice::Source, "odd.docx")));
    assert!(words.contains("<script>alert(\"x\")</script> & ]]> Día"), "the title as text:\n{words}");
    assert!(words.contains("<b>bold?</b> & <!-- c --> ñandú x"), "the body as text:\n{words}");
    let pdf = pdf_text(&write(&f, ExportFormat::Pdf, LangChoice::Source, "odd.pdf"));
    assert!(pdf.contains("<script>alert(\"x\")</script> & ]]> Día") && pdf.contains("ñandú x"), "{pdf}");
}

/// A link in the PDF can be clicked: poppler's `pdftohtml -xml` wraps the text under each link area in `<a href>`.
#[test]
fn the_pdf_links_can_be_clicked() {
    let f = statement();
    let en = write(&f, ExportFormat::Pdf, LangChoice::Source, "en.pdf");
    let xml = run(Command::new("pdftohtml").args(["-xml", "-i", "-stdout"]).arg(&en), "pdftohtml");
    let linked: Vec<&str> =
        xml.lines().filter(|l| l.contains("<a href=\"https://wearemigrants.net/statements\">")).collect();
    assert!(
        linked.iter().any(|l| l.contains(">our website (https://wearemigrants.net/statements)</a>")),
        "no clickable area over the link's text:\n{xml}"
    );
    let hrefs = xml.matches("<a href=").count();
    assert!(hrefs == linked.len() && !xml.contains("PRESS RELEASE</a>"), "areas over other text:\n{xml}");
}

/// An Arabic translation, and an Arabic quotation inside an English statement: Word lays exactly those paragraphs out
/// right to left (`w:bidi`, read back by python-docx), the HTML marks them `dir="rtl"`, and everything else stays.
#[test]
fn right_to_left_paragraphs_are_right_to_left_in_word_and_html() {
    let mut f = statement();
    let arabic_body = "العمال المهاجرون جزء من المجتمع.\n\nأوقفوا الترحيل **الآن**.\n\n- الحرية للمحتجزين\n";
    f.store.save_translation(f.id, "ar", "أوقفوا الترحيل", arabic_body, None, None).expect("ar");
    let paras = docx_paragraphs(&write(&f, ExportFormat::Docx, LangChoice::One("ar".into()), "ar.docx"));
    for text in ["أوقفوا الترحيل", "العمال المهاجرون جزء من المجتمع.", "أوقفوا الترحيل الآن.", "الحرية للمحتجزين"]
    {
        let p =
            paras.iter().find(|p| p["text"].as_str() == Some(text)).unwrap_or_else(|| panic!("{text:?} in {paras:?}"));
        assert_eq!(p["bidi"], true, "{text:?} is not right to left: {p}");
    }
    let english = docx_paragraphs(&write(&f, ExportFormat::Docx, LangChoice::Source, "en.docx"));
    assert!(english.iter().all(|p| p["bidi"] == false), "an English statement has no right-to-left paragraph");

    let html = String::from_utf8(
        export_statement(&f.store, f.id, ExportFormat::Html, LangChoice::One("ar".into())).expect("html"),
    )
    .expect("utf-8");
    assert!(html.contains("<article lang=\"ar\" dir=\"rtl\">"), "{html}");
    assert!(html.contains("<p dir=\"rtl\">العمال المهاجرون"), "{html}");
    assert!(html.contains("<li dir=\"rtl\">الحرية للمحتجزين"), "{html}");
    let source =
        String::from_utf8(export_statement(&f.store, f.id, ExportFormat::Html, LangChoice::Source).expect("html"))
            .expect("utf-8");
    assert!(!source.contains("dir=\"rtl\""), "an English statement stays left to right:\n{source}");
}
