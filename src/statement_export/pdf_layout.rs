//! Line breaking for the PDF export, apart from drawing so it can be tested without fonts: styled runs in, lines
//! of positioned pieces out. Greedy (first fit), breaking at spaces, and inside a word only when the word alone
//! is wider than the line.

use super::model::Run;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

impl Style {
    pub fn of(bold: bool, italic: bool) -> Style {
        match (bold, italic) {
            (false, false) => Style::Regular,
            (true, false) => Style::Bold,
            (false, true) => Style::Italic,
            (true, true) => Style::BoldItalic,
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Text in one style at a horizontal offset from the line's start (in the unit `measure` returns).
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub x: f32,
    pub text: String,
    pub style: Style,
    /// The address the piece links to, for a clickable area over it. Shared by every piece of the run: a line is cut
    /// into a piece per word or character, and a copy (and a comparison) of a long address for each made a long
    /// link's layout quadratic.
    pub link: Option<Arc<str>>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token<'a> {
    Word(&'a str),
    Space,
    Break,
}

/// The runs' text broken into lines no wider than `width`. `measure` gives a string's width in one style.
/// A link's address is also written after its text (a printed page cannot be clicked).
pub fn wrap(runs: &[Run], width: f32, measure: &dyn Fn(&str, Style) -> f32) -> Vec<Vec<Piece>> {
    let mut styled: Vec<(String, Style, Option<Arc<str>>)> = Vec::new();
    for r in runs {
        let style = Style::of(r.bold, r.italic);
        let link: Option<Arc<str>> = r.link.as_deref().map(Arc::from);
        styled.push((r.text.clone(), style, link.clone()));
        if let Some(url) = &r.link {
            let shown = url.strip_prefix("mailto:").unwrap_or(url);
            if r.text.trim() != shown && r.text.trim() != url {
                styled.push((format!(" ({shown})"), style, link));
            }
        }
    }
    let mut lines: Vec<Vec<Piece>> = Vec::new();
    let mut line: Vec<Piece> = Vec::new();
    let mut x = 0.0f32;
    let mut pending_space: Option<(Style, &Option<Arc<str>>)> = None;
    for (text, style, link) in &styled {
        for token in tokens(text) {
            match token {
                Token::Break => {
                    lines.push(std::mem::take(&mut line));
                    x = 0.0;
                    pending_space = None;
                }
                Token::Space => {
                    if !line.is_empty() {
                        pending_space = Some((*style, link));
                    }
                }
                Token::Word(word) => {
                    let space_w = pending_space.map_or(0.0, |(s, _)| measure(" ", s));
                    let w = measure(word, *style);
                    if !line.is_empty() && x + space_w + w > width {
                        lines.push(std::mem::take(&mut line));
                        x = 0.0;
                        pending_space = None;
                    }
                    if let Some((s, l)) = pending_space.take() {
                        push(&mut line, x, " ", s, l);
                        x += measure(" ", s);
                    }
                    if w <= width - x {
                        push(&mut line, x, word, *style, link);
                        x += w;
                        continue;
                    }
                    // A word wider than the line (a long address): as many characters as fit on each line.
                    for c in word.chars() {
                        let cw = measure(c.encode_utf8(&mut [0; 4]), *style);
                        if !line.is_empty() && x + cw > width {
                            lines.push(std::mem::take(&mut line));
                            x = 0.0;
                        }
                        push(&mut line, x, c.encode_utf8(&mut [0; 4]), *style, link);
                        x += cw;
                    }
                }
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Appends to the last piece when the style matches, so a line is drawn in as few pieces as possible.
fn push(line: &mut Vec<Piece>, x: f32, text: &str, style: Style, link: &Option<Arc<str>>) {
    let same_link = |a: &Option<Arc<str>>| match (a, link) {
        (None, None) => true,
        (Some(a), Some(b)) => Arc::ptr_eq(a, b) || a == b,
        _ => false,
    };
    match line.last_mut() {
        Some(last) if last.style == style && same_link(&last.link) => last.text.push_str(text),
        _ => line.push(Piece { x, text: text.to_string(), style, link: link.clone() }),
    }
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c == '\n' || c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push(Token::Word(&text[s..i]));
            }
            out.push(if c == '\n' { Token::Break } else { Token::Space });
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(Token::Word(&text[s..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character is one unit wide.
    fn chars(s: &str, _: Style) -> f32 {
        s.chars().count() as f32
    }

    fn texts(lines: &[Vec<Piece>]) -> Vec<String> {
        lines.iter().map(|l| l.iter().map(|p| p.text.as_str()).collect()).collect()
    }

    #[test]
    fn wraps_at_spaces_and_splits_only_overlong_words() {
        let runs = vec![Run::plain("Alto a las deportaciones ahora, solidaridad 0123456789abcdef")];
        let lines = wrap(&runs, 12.0, &chars);
        assert_eq!(texts(&lines), ["Alto a las", "deportacione", "s ahora,", "solidaridad", "0123456789ab", "cdef"]);
    }

    #[test]
    fn styles_keep_their_offsets_and_links_show_their_address() {
        let runs = vec![
            Run::plain("We "),
            Run { text: "demand".into(), bold: true, ..Run::default() },
            Run { text: " site".into(), link: Some("https://x.org".into()), ..Run::default() },
        ];
        let lines = wrap(&runs, 100.0, &chars);
        assert_eq!(texts(&lines), ["We demand site (https://x.org)"]);
        assert_eq!((lines[0][1].x, lines[0][1].style), (3.0, Style::Bold));
        assert_eq!(lines[0][2].text, " site (https://x.org)");
        assert_eq!(lines[0][2].link.as_deref(), Some("https://x.org"));
        assert_eq!(lines[0][0].link, None);
    }
}
