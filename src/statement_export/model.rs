//! The document every export format is rendered from: a statement's parts (one per language) as plain blocks and
//! styled runs. The Markdown body is parsed here once, so the five renderers never parse Markdown themselves, and
//! anything that is not one of the few things a statement may contain (raw HTML, images, code) arrives as text.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

/// What is exported: one part for a single language, or the source followed by each translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub parts: Vec<Part>,
}

/// One language's version of the statement, laid out as the alliance publishes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// BCP 47 tag, as stored.
    pub lang: String,
    /// "Press release", in the part's language.
    pub kind: String,
    pub title: String,
    /// The issuing organisations' names.
    pub issuers: Vec<String>,
    /// "Hong Kong, 18 December 2025".
    pub date_line: Option<String>,
    pub body: Vec<Block>,
    pub endorsements: Option<Endorsements>,
    pub contacts: Option<Contacts>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endorsements {
    /// "Endorsements (12)".
    pub heading: String,
    pub groups: Vec<CountryGroup>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryGroup {
    /// The country code, or the language's word for "other" for endorsers without one.
    pub country: String,
    /// "Name" or "Name — note".
    pub names: Vec<String>,
}

/// The "For reference:" block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contacts {
    pub heading: String,
    /// Each contact's lines: "Name, Role, Organisation", then "email · phone" when there is either.
    pub people: Vec<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// Levels 2–4: the title is the only level-1 heading.
    Heading {
        level: u8,
        runs: Vec<Run>,
    },
    Paragraph(Vec<Run>),
    /// A list item; `depth` 0 is the outermost list, `number` is set in ordered lists.
    Item {
        depth: usize,
        number: Option<u64>,
        runs: Vec<Run>,
    },
    /// One paragraph of a block quote.
    Quote(Vec<Run>),
}

/// A stretch of text in one style. A `'\n'` in `text` is a hard line break.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Run {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    /// Only http, https and mailto addresses survive parsing; any other link keeps its text and loses the link.
    pub link: Option<String>,
}

impl Run {
    pub fn plain(text: impl Into<String>) -> Run {
        Run { text: text.into(), ..Run::default() }
    }
}

/// Drops control characters (other than line breaks and tabs): XML 1.0, and so a Word file, cannot hold them,
/// and no format shows them.
pub fn clean(text: &str) -> String {
    text.chars().filter(|c| !c.is_control() || matches!(c, '\n' | '\t')).collect()
}

/// The link targets an exported statement may carry. Everything else (javascript:, data:, vbscript:, relative
/// paths that would resolve against wherever the file is opened) is dropped.
pub fn safe_link(dest: &str) -> Option<String> {
    let d = dest.trim();
    let lower = d.to_ascii_lowercase();
    let ok = ["http://", "https://", "mailto:"].iter().any(|s| lower.starts_with(s))
        && !d.chars().any(|c| c.is_control() || c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'' | '`'));
    ok.then(|| d.to_string())
}

/// Lists nested deeper than this are shown at this depth. Nobody nests lists ten deep on purpose, and each level is
/// an indent in Word and PDF and an open element in HTML, where the sanitiser's parser took time quadratic in the
/// depth ("1. 1. 1. …" 8,000 deep: 2 s in a debug build; found by examples/fuzz.rs).
pub const MAX_LIST_DEPTH: usize = 9;

/// Parses a statement body. Heading levels move down one (a body `#` is level 2) so the title stays the top.
pub fn parse_markdown(md: &str) -> Vec<Block> {
    // CommonMark reads CR, LF and CRLF alike as line endings, but pulldown-cmark takes time quadratic in the number
    // of lines ending in a lone CR (old Mac files: 21 s for a 450 KB body of code fences in a debug build, found by
    // examples/fuzz.rs). They become LF first, which reads the same.
    let md = if md.contains('\r') {
        std::borrow::Cow::Owned(md.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(md)
    };
    let mut b = Builder::default();
    for event in Parser::new(&md) {
        b.event(event);
    }
    b.flush();
    b.blocks
}

#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    runs: Vec<Run>,
    bold: usize,
    italic: usize,
    links: Vec<Option<String>>,
    /// Open lists: `Some(next number)` for ordered ones.
    lists: Vec<Option<u64>>,
    /// The number of the item being read (`Some(None)` for a bullet), until its first block is written.
    item: Option<Option<u64>>,
    quote: usize,
    heading: Option<u8>,
}

impl Builder {
    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => self.text(&t),
            // Raw HTML is shown as the characters that were typed: it never becomes markup in any format.
            Event::Html(t) | Event::InlineHtml(t) => self.text(&t.replace('\n', " ")),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.text("\n"),
            Event::Rule | Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Heading { level, .. } => {
                self.flush();
                self.heading = Some(match level {
                    HeadingLevel::H1 => 2,
                    HeadingLevel::H2 => 3,
                    _ => 4,
                });
            }
            Tag::Paragraph | Tag::HtmlBlock | Tag::CodeBlock(_) => self.flush(),
            Tag::BlockQuote(_) => {
                self.flush();
                self.quote += 1;
            }
            Tag::List(start) => {
                self.flush();
                self.lists.push(start);
            }
            Tag::Item => {
                self.flush();
                let number = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        Some(*n - 1)
                    }
                    _ => None,
                };
                self.item = Some(number);
            }
            Tag::Emphasis => self.italic += 1,
            Tag::Strong => self.bold += 1,
            Tag::Link { dest_url, .. } => self.links.push(safe_link(&dest_url)),
            // An image keeps only its alt text: exports never fetch or embed anything named in user text.
            Tag::Image { .. } => self.links.push(None),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::HtmlBlock | TagEnd::CodeBlock | TagEnd::Item => {
                self.flush()
            }
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.quote = self.quote.saturating_sub(1);
            }
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
            }
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Link | TagEnd::Image => {
                self.links.pop();
            }
            _ => {}
        }
    }

    fn text(&mut self, t: &str) {
        let t = &clean(t);
        let link = self.links.iter().rev().find_map(|l| l.clone());
        let (bold, italic) = (self.bold > 0, self.italic > 0);
        match self.runs.last_mut() {
            Some(last) if last.bold == bold && last.italic == italic && last.link == link => last.text.push_str(t),
            _ => self.runs.push(Run { text: t.to_string(), bold, italic, link }),
        }
    }

    /// Ends the block being read, if it has any text, as the kind of block its context makes it.
    fn flush(&mut self) {
        let mut runs = std::mem::take(&mut self.runs);
        if let Some(last) = runs.last_mut() {
            let kept = last.text.trim_end_matches([' ', '\n']).len();
            last.text.truncate(kept);
        }
        runs.retain(|r| !r.text.is_empty());
        let heading = self.heading.take();
        if runs.is_empty() {
            return;
        }
        let block = if let Some(number) = self.item.filter(|_| !self.lists.is_empty()) {
            // A second paragraph of the same item is written as a paragraph, not as another bullet.
            self.item = None;
            Block::Item { depth: (self.lists.len() - 1).min(MAX_LIST_DEPTH), number, runs }
        } else if self.quote > 0 {
            Block::Quote(runs)
        } else if let Some(level) = heading {
            Block::Heading { level, runs }
        } else {
            Block::Paragraph(runs)
        };
        self.blocks.push(block);
    }
}

/// The text of runs with their styles dropped, for titles and tests.
pub fn plain_text(runs: &[Run]) -> String {
    runs.iter().map(|r| r.text.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, bold: bool, italic: bool, link: Option<&str>) -> Run {
        Run { text: text.into(), bold, italic, link: link.map(String::from) }
    }

    #[test]
    fn lists_nested_past_the_limit_stay_at_the_deepest_level() {
        let blocks = parse_markdown(&format!("{}x\n", "1. ".repeat(8_000)));
        assert!(blocks.iter().all(|b| matches!(b, Block::Item { depth, .. } if *depth <= MAX_LIST_DEPTH)));
        let t = std::time::Instant::now();
        crate::statement_export::render(
            &Document {
                parts: vec![Part {
                    lang: "en".into(),
                    kind: "Statement".into(),
                    title: "T".into(),
                    issuers: Vec::new(),
                    date_line: None,
                    body: blocks,
                    endorsements: None,
                    contacts: None,
                }],
            },
            crate::statement_export::ExportFormat::Html,
        )
        .expect("html");
        assert!(t.elapsed() < std::time::Duration::from_secs(1), "{:?}", t.elapsed());
    }

    #[test]
    fn old_mac_line_endings_read_as_lines_in_linear_time() {
        let lf = "# Title\n\nA paragraph\nwith two lines.\n\n- one\n- two\n\n```\ncode\n```\n";
        assert_eq!(parse_markdown(&lf.replace('\n', "\r")), parse_markdown(lf));
        assert_eq!(parse_markdown(&lf.replace('\n', "\r\n")), parse_markdown(lf));
        // Quadratic, 16,000 fences took 3.6 s to parse in a debug build; now a few hundredths.
        let fences = "```\rco\r\r```\r".repeat(16_000);
        let t = std::time::Instant::now();
        assert_eq!(parse_markdown(&fences).len(), 16_000);
        assert!(t.elapsed() < std::time::Duration::from_secs(2), "{:?}", t.elapsed());
    }

    #[test]
    fn blocks_and_runs_from_markdown() {
        let md =
            "# Demands\n\nWe **demand** *justice* [now](https://example.org).\n\n- one\n- two\n  1. sub\n\n> quoted\n";
        let blocks = parse_markdown(md);
        assert_eq!(
            blocks,
            vec![
                Block::Heading { level: 2, runs: vec![Run::plain("Demands")] },
                Block::Paragraph(vec![
                    Run::plain("We "),
                    run("demand", true, false, None),
                    Run::plain(" "),
                    run("justice", false, true, None),
                    Run::plain(" "),
                    run("now", false, false, Some("https://example.org")),
                    Run::plain("."),
                ]),
                Block::Item { depth: 0, number: None, runs: vec![Run::plain("one")] },
                Block::Item { depth: 0, number: None, runs: vec![Run::plain("two")] },
                Block::Item { depth: 1, number: Some(1), runs: vec![Run::plain("sub")] },
                Block::Quote(vec![Run::plain("quoted")]),
            ]
        );
    }

    #[test]
    fn raw_html_and_unsafe_links_become_text() {
        let blocks = parse_markdown("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b>hi</b>");
        assert_eq!(blocks[0], Block::Paragraph(vec![Run::plain("<script>alert(1)</script>")]));
        assert_eq!(blocks[1], Block::Paragraph(vec![Run::plain("x <b>hi</b>")]));
        assert_eq!(safe_link("JAVASCRIPT:alert(1)"), None);
        assert_eq!(safe_link(" mailto:a@b.org "), Some("mailto:a@b.org".into()));
        assert_eq!(safe_link("https://x.org/\"onmouseover=alert(1)"), None);
        assert_eq!(parse_markdown("a\u{1}b\u{7f}")[0], Block::Paragraph(vec![Run::plain("ab")]));
    }
}
