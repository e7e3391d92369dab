//! The Word export (docx-rs): real paragraphs with Word's heading styles (so the navigation pane and a table of
//! contents work), bold and italic runs, clickable links, bulleted lists through a numbering definition, and a page
//! break between the languages of a bundle.

use docx_rs::{
    AbstractNumbering, BreakType, Docx, Hyperlink, HyperlinkType, IndentLevel, Level, LevelJc, LevelText, NumberFormat,
    Numbering, NumberingId, Paragraph, Run as DocxRun, RunFonts, SpecialIndentType, Start, Style, StyleType,
};

use super::model::{Block, Document, Part, Run};
use crate::error::{Error, Result};

const BULLETS: usize = 1;

pub fn render(doc: &Document) -> Result<Vec<u8>> {
    let mut docx = Docx::new().default_fonts(RunFonts::new().ascii("Liberation Sans").hi_ansi("Liberation Sans"));
    docx = docx.default_size(22); // half-points: 11 pt
                                  // Word's own heading style names, so Word treats them as its headings.
    for (level, size) in [(1, 36), (2, 30), (3, 26), (4, 24)] {
        docx = docx.add_style(
            Style::new(format!("Heading{level}"), StyleType::Paragraph)
                .name(format!("heading {level}"))
                .size(size)
                .bold(),
        );
    }
    docx = docx.add_style(Style::new("Quote", StyleType::Paragraph).name("Quote").italic().indent(
        Some(720),
        None,
        None,
        None,
    ));
    let mut bullets = AbstractNumbering::new(BULLETS);
    for depth in 0..4 {
        let left = 720 * (depth as i32 + 1);
        bullets = bullets.add_level(
            Level::new(depth, Start::new(1), NumberFormat::new("bullet"), LevelText::new("•"), LevelJc::new("left"))
                .indent(Some(left), Some(SpecialIndentType::Hanging(360)), None, None),
        );
    }
    docx = docx.add_abstract_numbering(bullets).add_numbering(Numbering::new(BULLETS, BULLETS));
    for (i, p) in doc.parts.iter().enumerate() {
        if i > 0 {
            docx = docx.add_paragraph(Paragraph::new().add_run(DocxRun::new().add_break(BreakType::Page)));
        }
        docx = part(docx, p);
    }
    let mut out = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut out).map_err(|e| Error::io("writing the Word file", std::io::Error::other(e)))?;
    Ok(out.into_inner())
}

fn part(mut docx: Docx, p: &Part) -> Docx {
    let text = |t: &str| DocxRun::new().add_text(t);
    docx = docx.add_paragraph(Paragraph::new().add_run(text(&p.kind.to_uppercase()).size(18).color("555555")));
    let mut title = Paragraph::new().style("Heading1").add_run(text(&p.title));
    if super::direction::is_rtl(&p.title) {
        title.property = title.property.bidi(true);
    }
    docx = docx.add_paragraph(title);
    if !p.issuers.is_empty() {
        docx = docx.add_paragraph(lines(&p.issuers, true));
    }
    if let Some(d) = &p.date_line {
        docx = docx.add_paragraph(Paragraph::new().add_run(text(d).italic()));
    }
    for b in &p.body {
        docx = docx.add_paragraph(match b {
            Block::Heading { level, runs } => inline(Paragraph::new().style(&format!("Heading{level}")), runs),
            Block::Paragraph(runs) => inline(Paragraph::new(), runs),
            Block::Item { depth, number: None, runs } => {
                inline(Paragraph::new().numbering(NumberingId::new(BULLETS), IndentLevel::new((*depth).min(3))), runs)
            }
            // Ordered items carry their number as text: one numbering definition per list would be needed for
            // Word to restart each list at its own start.
            Block::Item { depth, number: Some(n), runs } => {
                let left = 720 * (*depth as i32 + 1);
                let p = Paragraph::new().indent(Some(left), Some(SpecialIndentType::Hanging(360)), None, None);
                inline(p.add_run(text(&format!("{n}.\t"))), runs)
            }
            Block::Quote(runs) => inline(Paragraph::new().style("Quote"), runs),
        });
    }
    if let Some(e) = &p.endorsements {
        docx = docx.add_paragraph(Paragraph::new().style("Heading2").add_run(text(&e.heading)));
        for g in &e.groups {
            docx = docx.add_paragraph(Paragraph::new().style("Heading3").add_run(text(&g.country)));
            for n in &g.names {
                docx = docx.add_paragraph(
                    Paragraph::new().numbering(NumberingId::new(BULLETS), IndentLevel::new(0)).add_run(text(n)),
                );
            }
        }
    }
    if let Some(c) = &p.contacts {
        docx = docx.add_paragraph(Paragraph::new().add_run(text(&c.heading).bold()));
        for person in &c.people {
            docx = docx.add_paragraph(lines(person, false));
        }
    }
    docx
}

/// One paragraph holding several lines (issuers, a contact's name and address lines).
fn lines(items: &[String], bold: bool) -> Paragraph {
    let mut p = Paragraph::new();
    for (i, item) in items.iter().enumerate() {
        let mut run = DocxRun::new();
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(item);
        p = p.add_run(if bold { run.bold() } else { run });
    }
    p
}

fn inline(mut p: Paragraph, runs: &[Run]) -> Paragraph {
    // Word lays a paragraph out right to left (and mirrors its indents and numbering) only when told: `w:bidi`.
    if super::direction::runs_rtl(runs) {
        p.property = p.property.bidi(true);
    }
    for r in runs {
        for (i, piece) in r.text.split('\n').enumerate() {
            let mut run = DocxRun::new();
            if i > 0 {
                run = run.add_break(BreakType::TextWrapping);
            }
            run = run.add_text(piece);
            if r.bold {
                run = run.bold();
            }
            if r.italic {
                run = run.italic();
            }
            p = match &r.link {
                Some(url) => p.add_hyperlink(
                    Hyperlink::new(url, HyperlinkType::External).add_run(run.underline("single").color("1155CC")),
                ),
                None => p.add_run(run),
            };
        }
    }
    p
}
