//! The PDF export, drawn headless with printpdf: A4 pages, Liberation Sans embedded (so accents print and copy out
//! as typed), text wrapped by `pdf_layout` with the fonts' own advance widths, new pages as the text needs them,
//! and each language of a bundle starting on a page of its own.

use std::io::Cursor;

use printpdf::{
    Actions, BorderArray, Color, ColorArray, IndirectFontRef, LinkAnnotation, Mm, PdfDocument, PdfDocumentReference,
    PdfLayerReference, Rect, Rgb,
};

use super::fonts::{self, Faces};
use super::model::{Block, Document, Part, Run};
use super::pdf_layout::{wrap, Piece, Style};
use crate::error::{Error, Result};

const PAGE_W: f32 = 210.0;
const PAGE_H: f32 = 297.0;
const MARGIN_X: f32 = 20.0;
const MARGIN_Y: f32 = 22.0;
const PT: f32 = 0.352_778; // mm per point
const BODY: f32 = 11.0;

pub fn render(doc: &Document) -> Result<Vec<u8>> {
    let faces = fonts::load()?;
    let metrics = Metrics::new(&faces)?;
    let title = doc.parts.first().map_or("", |p| p.title.as_str());
    let (pdf, page, layer) = PdfDocument::new(title, Mm(PAGE_W), Mm(PAGE_H), "text");
    // Each face is ~400 KB whole. printpdf's `font_subsetting` (allsorts) embeds only the glyphs drawn, renumbered,
    // with a ToUnicode map built from the subset's own cmap, so text still copies out as typed: a one-page
    // statement went from 1.4 MB to under 50 KB (BENCHMARKS.md). The `subsetter` crate was the other candidate, but
    // printpdf reads glyph ids and widths from the font it is given, so a subset made outside it would have to keep
    // every glyph id and cmap entry; printpdf's own subsetting rewrites the drawn glyph ids to match. Faces the text
    // never uses are still left out before that.
    let used = styles_used(doc);
    let add = |data: &Vec<u8>| pdf.add_external_font(Cursor::new(data.as_slice())).map_err(pdf_error);
    let regular = add(&faces.regular)?;
    let mut fonts = vec![regular.clone()];
    for (style, data) in
        [(Style::Bold, &faces.bold), (Style::Italic, &faces.italic), (Style::BoldItalic, &faces.bold_italic)]
    {
        // An unused face is never drawn with; regular stands in so the table stays indexed by style.
        fonts.push(if used[style.index()] { add(data)? } else { regular.clone() });
    }
    let layer = pdf.get_page(page).get_layer(layer);
    let mut pen = Pen { pdf: &pdf, layer, y: PAGE_H - MARGIN_Y, fonts, metrics: &metrics };
    for (i, p) in doc.parts.iter().enumerate() {
        if i > 0 {
            pen.new_page();
        }
        part(&mut pen, p);
    }
    pdf.save_to_bytes().map_err(pdf_error)
}

/// Which of regular, bold, italic and bold italic the document needs. Regular (kind, bullets, names) and bold
/// (title, headings) always; italic and bold italic when a run or the date line has them.
fn styles_used(doc: &Document) -> [bool; 4] {
    let mut used = [true, true, false, false];
    for p in &doc.parts {
        used[Style::Italic.index()] |= p.date_line.is_some();
        for b in &p.body {
            let (runs, heading) = match b {
                Block::Heading { runs, .. } => (runs, true),
                Block::Paragraph(runs) | Block::Quote(runs) | Block::Item { runs, .. } => (runs, false),
            };
            for r in runs {
                used[Style::of(r.bold || heading, r.italic).index()] = true;
            }
        }
    }
    used
}

fn pdf_error(e: printpdf::Error) -> Error {
    Error::io("writing the PDF", std::io::Error::other(e.to_string()))
}

fn part(pen: &mut Pen, p: &Part) {
    let bold = |t: &str| vec![Run { text: t.to_string(), bold: true, ..Run::default() }];
    pen.paragraph(&[Run::plain(p.kind.to_uppercase())], 9.0, 0.0, None, 2.0);
    pen.paragraph(&bold(&p.title), 18.0, 0.0, None, 4.0);
    for (i, issuer) in p.issuers.iter().enumerate() {
        pen.paragraph(&bold(issuer), BODY, 0.0, None, if i + 1 == p.issuers.len() { 3.0 } else { 0.0 });
    }
    if let Some(d) = &p.date_line {
        pen.paragraph(&[Run { text: d.clone(), italic: true, ..Run::default() }], BODY, 0.0, None, 4.0);
    }
    let mut after_item = false;
    for b in &p.body {
        let item = matches!(b, Block::Item { .. });
        if after_item && !item {
            // Lists are set tight; the block after one gets the space a paragraph would have.
            pen.space(1.5);
        }
        after_item = item;
        match b {
            Block::Heading { level, runs } => {
                let size = match level {
                    2 => 15.0,
                    3 => 13.0,
                    _ => 12.0,
                };
                let runs: Vec<Run> = runs.iter().map(|r| Run { bold: true, ..r.clone() }).collect();
                pen.space(2.0);
                pen.paragraph(&runs, size, 0.0, None, 2.0);
            }
            Block::Paragraph(runs) => pen.paragraph(runs, BODY, 0.0, None, 3.0),
            Block::Item { depth, number, runs } => {
                let marker = number.map_or("•".to_string(), |n| format!("{n}."));
                pen.paragraph(runs, BODY, 7.0 * (*depth as f32 + 1.0), Some(&marker), 1.5);
            }
            Block::Quote(runs) => pen.paragraph(runs, BODY, 10.0, None, 3.0),
        }
    }
    if let Some(e) = &p.endorsements {
        pen.space(3.0);
        pen.paragraph(&bold(&e.heading), 13.0, 0.0, None, 2.0);
        for g in &e.groups {
            pen.paragraph(&bold(&g.country), BODY, 0.0, None, 1.0);
            for n in &g.names {
                pen.paragraph(&[Run::plain(n.clone())], BODY, 7.0, Some("•"), 1.0);
            }
            pen.space(2.0);
        }
    }
    if let Some(c) = &p.contacts {
        pen.space(3.0);
        pen.paragraph(&bold(&c.heading), BODY, 0.0, None, 2.0);
        for person in &c.people {
            for line in person {
                pen.paragraph(&[Run::plain(line.clone())], BODY, 0.0, None, 0.0);
            }
            pen.space(2.0);
        }
    }
}

/// Advance widths of the four faces, in em (multiply by the size in points).
struct Metrics<'a> {
    faces: Vec<ttf_parser::Face<'a>>,
}

impl<'a> Metrics<'a> {
    fn new(faces: &'a Faces) -> Result<Metrics<'a>> {
        let mut parsed = Vec::with_capacity(4);
        for data in [&faces.regular, &faces.bold, &faces.italic, &faces.bold_italic] {
            let face = ttf_parser::Face::parse(data, 0)
                .map_err(|e| Error::io("reading the PDF font", std::io::Error::other(e.to_string())))?;
            parsed.push(face);
        }
        Ok(Metrics { faces: parsed })
    }

    /// Whether the face has a glyph for any character of `text`.
    fn draws_any(&self, text: &str, style: Style) -> bool {
        let face = &self.faces[style.index()];
        text.chars().any(|c| face.glyph_index(c).is_some_and(|g| g.0 != 0))
    }

    fn width(&self, text: &str, style: Style) -> f32 {
        let face = &self.faces[style.index()];
        let em = f32::from(face.units_per_em().max(1));
        let units: u32 = text
            .chars()
            .map(|c| {
                let glyph = face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
                u32::from(face.glyph_hor_advance(glyph).unwrap_or(0))
            })
            .sum();
        units as f32 / em
    }
}

/// Where the next line goes, on which page.
struct Pen<'a> {
    pdf: &'a PdfDocumentReference,
    layer: PdfLayerReference,
    /// The top of the next line, in mm from the page's bottom edge.
    y: f32,
    fonts: Vec<IndirectFontRef>,
    metrics: &'a Metrics<'a>,
}

impl Pen<'_> {
    fn new_page(&mut self) {
        let (page, layer) = self.pdf.add_page(Mm(PAGE_W), Mm(PAGE_H), "text");
        self.layer = self.pdf.get_page(page).get_layer(layer);
        self.y = PAGE_H - MARGIN_Y;
    }

    fn space(&mut self, mm: f32) {
        self.y -= mm;
    }

    /// Draws the runs wrapped to the text width less `indent`, with `marker` (a bullet or number) hanging in the
    /// indent, then leaves `after` mm of space.
    fn paragraph(&mut self, runs: &[Run], size: f32, indent: f32, marker: Option<&str>, after: f32) {
        let width_pt = (PAGE_W - 2.0 * MARGIN_X - indent) / PT;
        let measure = |t: &str, s: Style| self.metrics.width(t, s) * size;
        let lines = wrap(runs, width_pt, &measure);
        let line_h = size * 1.35 * PT;
        for (i, line) in lines.iter().enumerate() {
            if self.y - line_h < MARGIN_Y {
                self.new_page();
            }
            let baseline = self.y - size * PT;
            let left = MARGIN_X + indent;
            if let (0, Some(m)) = (i, marker) {
                self.text(m, Style::Regular, size, left - 5.0, baseline);
            }
            for piece in line {
                if piece.link.is_some() {
                    self.layer.set_fill_color(Color::Rgb(Rgb::new(0.07, 0.33, 0.8, None)));
                }
                self.text(&piece.text, piece.style, size, left + piece.x * PT, baseline);
                // Each line of a link's words gets an area carrying the whole address: an address longer than any
                // a browser takes (a pasted document in a link) would be written once per line and make the file
                // grow with its square, so it stays text.
                if let Some(url) = piece.link.as_ref().filter(|u| u.len() <= MAX_LINK_URL) {
                    self.layer.set_fill_color(Color::Rgb(Rgb::new(0.0, 0.0, 0.0, None)));
                    self.link_area(piece, url, size, left, baseline);
                }
            }
            self.y -= line_h;
        }
        self.y -= after;
    }

    /// Draws `text` at (`x`, `y`) mm, unless the face has a glyph for none of its characters (a title all in a
    /// script the font lacks): printpdf skips such characters, and a face only ever given empty text is left out
    /// of the subset fonts while the page would still name it.
    fn text(&self, text: &str, style: Style, size: f32, x: f32, y: f32) {
        if self.metrics.draws_any(text, style) {
            self.layer.use_text(text, size, Mm(x), Mm(y), &self.fonts[style.index()]);
        }
    }

    /// A clickable area over the piece's words (its spaces either side left out), from below the baseline to the
    /// top of capitals.
    fn link_area(&self, piece: &Piece, url: &str, size: f32, left: f32, baseline: f32) {
        let text = piece.text.trim_end();
        let words = text.trim_start();
        let width = |t: &str| self.metrics.width(t, piece.style) * size * PT;
        let x = left + piece.x * PT + width(&text[..text.len() - words.len()]);
        let rect =
            Rect::new(Mm(x), Mm(baseline - 0.25 * size * PT), Mm(x + width(words)), Mm(baseline + 0.9 * size * PT));
        let border = BorderArray::Solid([0.0, 0.0, 0.0]);
        let area =
            LinkAnnotation::new(rect, Some(border), Some(ColorArray::Transparent), Actions::uri(ascii_uri(url)), None);
        self.layer.add_link_annotation(area);
    }
}

/// The longest address a link area is made for (browsers' own limits are about this).
const MAX_LINK_URL: usize = 4096;

/// A PDF link's address is ASCII (ISO 32000-1, 12.6.4.7): other bytes are percent-encoded, as a browser would.
fn ascii_uri(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for b in url.bytes() {
        if b.is_ascii() && !b.is_ascii_control() && b != b' ' {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statement_export::model::parse_markdown;

    fn doc(body: &str, date_line: Option<&str>) -> Document {
        let part = Part {
            lang: "en".into(),
            kind: "Statement".into(),
            title: "T".into(),
            issuers: vec![],
            date_line: date_line.map(String::from),
            body: parse_markdown(body),
            endorsements: None,
            contacts: None,
        };
        Document { parts: vec![part] }
    }

    #[test]
    fn only_the_faces_the_text_uses_are_embedded() {
        assert_eq!(styles_used(&doc("plain **bold**", None)), [true, true, false, false]);
        assert_eq!(styles_used(&doc("plain", Some("Hong Kong"))), [true, true, true, false]);
        assert_eq!(styles_used(&doc("## a *heading*", None)), [true, true, false, true]);
    }

    #[test]
    fn link_addresses_are_written_in_ascii() {
        assert_eq!(ascii_uri("https://x.org/acción y"), "https://x.org/acci%C3%B3n%20y");
        assert_eq!(ascii_uri("mailto:a@b.org?subject=Hi"), "mailto:a@b.org?subject=Hi");
    }
}
