//! A statement's Markdown as the editor's document (TipTap/ProseMirror JSON), parsed here with pulldown-cmark.
//!
//! Why by hand: the editor's own Markdown reader (`@tiptap/markdown` on marked) spends ~140 ms lexing a 20-page
//! statement in WebKitGTK's JavaScriptCore (its regular expressions run ~50× slower there than in V8), which was
//! most of the time to open a statement (BENCHMARKS.md); pulldown-cmark reads the same text in about a millisecond.
//!
//! The document must be exactly the one TipTap would have made, or an edit after opening would write different
//! Markdown. So this reads only what is known to agree — paragraphs, headings of levels 2–4, bold, italic, inline
//! links to http(s) or mailto, flat `-` and `1.` lists, quotes whose every line starts with `>`, soft and hard
//! breaks, and TipTap's empty paragraphs for trailing blank lines — and says `None` for anything else (code, HTML,
//! images, tables, addresses in running text, backslash escapes, entities, nested lists or quotes, runs of blank
//! lines, emphasis runs CommonMark and marked read differently …), in which case the editor reads the Markdown
//! itself, as before. `tests/fixtures/editor-documents.json` holds examples of both; a unit test checks them here
//! and `ui/src/lib/statements/editorDocument.test.ts` checks that TipTap's own parse gives the same documents.

use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use serde_json::{json, Map, Value};

/// The editor's document for `markdown`, or `None` when the editor must read it itself (see the module's notes).
pub fn editor_document(markdown: &str) -> Option<Value> {
    let body = markdown.trim_end_matches('\n');
    if body.trim().is_empty() || !plain_enough(body) {
        return None;
    }
    let mut builder = Builder::default();
    for (event, range) in Parser::new_ext(body, Options::empty()).into_offset_iter() {
        // Blocks not parted by a blank line (a quote right under a list, a list right under a heading) are joined
        // differently by the two readers.
        let top_level = builder.open.is_empty() && matches!(event, Event::Start(_));
        if top_level && range.start > 0 && !body[..range.start].ends_with("\n\n") {
            return None;
        }
        builder.event(event, &body[range])?;
    }
    let mut content = builder.finish()?;
    // TipTap keeps blank lines at the end as empty paragraphs: one for each pair of line ends after the last line.
    let trailing = &markdown[body.len()..];
    content.extend((0..trailing.matches("\n\n").count()).map(|_| json!({ "type": "paragraph", "content": [] })));
    Some(json!({ "type": "doc", "content": content }))
}

/// Characters and sequences whose reading differs between marked and CommonMark, or that TipTap's schema drops.
fn plain_enough(text: &str) -> bool {
    const UNSURE: [&str; 12] = ["\\", "`", "<", "|", "~", "\r", "\t", "\n\n\n", "![", "***", "___", "\u{0}"];
    if text.starts_with([' ', '\n']) || UNSURE.iter().any(|s| text.contains(s)) {
        return false;
    }
    if !text.lines().all(plain_emphasis) {
        return false;
    }
    // Indented lines (continuations, code) are trimmed by one reader only.
    let odd_line = |l: &str| l.starts_with(' ') || l.ends_with("   ");
    if text.lines().any(odd_line) {
        return false;
    }
    // An entity (`&amp;`, `&#8212;`) is decoded by one reader and perhaps not the other; a lone `&` is plain text.
    !text.match_indices('&').any(|(at, _)| {
        let rest = &text[at + 1..];
        let name = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '#').len();
        name > 0 && rest[name..].starts_with(';')
    })
}

/// Whether every run of `*` or `_` in the line is one both readers take the same way: one or two of them opening
/// (after a space or the line's start, before a letter) or closing (after a letter, before a space, punctuation or
/// the line's end), `_` inside a word (snake_case), or standing alone between spaces. marked does not follow
/// CommonMark's rules for the other cases (`x*y*z`, `**_a_**b`, unbalanced runs).
fn plain_emphasis(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '*' && c != '_' {
            i += 1;
            continue;
        }
        let run = chars[i..].iter().take_while(|&&d| d == c).count();
        let before = i.checked_sub(1).map(|b| chars[b]);
        let after = chars.get(i + run).copied();
        let wordy = |ch: Option<char>| ch.is_some_and(|ch| ch.is_alphanumeric());
        let space = |ch: Option<char>| ch.is_none_or(char::is_whitespace);
        let closing_punct = |ch: Option<char>| ch.is_some_and(|ch| ".,;:!?)\"'”’".contains(ch));
        let opening_punct = |ch: Option<char>| ch.is_some_and(|ch| "(\"'“‘".contains(ch));
        let opens = (space(before) || opening_punct(before)) && wordy(after);
        let closes = wordy(before) && (space(after) || closing_punct(after));
        let inside_word = c == '_' && wordy(before) && wordy(after);
        let alone = space(before) && space(after);
        if run > 2 || !(opens || closes || inside_word || alone) {
            return false;
        }
        i += run;
    }
    true
}

/// Whether a line (inside quotes or not) opens like a heading or a list item, even an empty one.
fn starts_like_a_block(line: &str) -> bool {
    let line = line.trim_start_matches(['>', ' ']);
    let hashes = line.len() - line.trim_start_matches('#').len();
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let after_digits = &line[digits..];
    let marker_then = |rest: &str| rest.is_empty() || rest.starts_with(' ');
    (hashes > 0 && marker_then(&line[hashes..]))
        || ["-", "*", "+"].iter().any(|m| line.strip_prefix(m).is_some_and(marker_then))
        || (digits > 0 && [".", ")"].iter().any(|m| after_digits.strip_prefix(m).is_some_and(marker_then)))
}

/// What marked links by itself in running text.
const BARE_LINKS: [&str; 4] = ["http://", "https://", "www.", "@"];

#[derive(Default)]
struct Builder {
    /// Open nodes: their JSON without content, and the content so far.
    open: Vec<(Map<String, Value>, Vec<Value>)>,
    done: Vec<Value>,
    marks: Vec<Value>,
    /// A tight list item's text arrives without a paragraph around it: one is opened for it.
    implicit_paragraph: bool,
    /// For each line of the paragraph being read, whether it ends in one space, and which line it is on: marked
    /// keeps that space, CommonMark drops it.
    single_space: Vec<bool>,
    double_space: Vec<bool>,
    line: usize,
}

impl Builder {
    fn event(&mut self, event: Event<'_>, source: &str) -> Option<()> {
        match event {
            Event::Start(tag) => self.start(tag, source),
            Event::End(tag) => self.end(tag),
            // marked turns a bare address in text into a link (GFM); CommonMark leaves it text.
            Event::Text(text) if BARE_LINKS.iter().any(|b| text.contains(b)) => None,
            // Brackets inside a link's text are matched differently by the two readers.
            Event::Text(text) if text.contains(['[', ']']) && self.marks.iter().any(|m| m["type"] == "link") => None,
            Event::Text(text) => self.inline(json!({ "type": "text", "text": text.as_ref() }), true),
            Event::SoftBreak => {
                self.kept_space()?;
                self.line += 1;
                self.inline(json!({ "type": "text", "text": "\n" }), true)
            }
            // TipTap's break carries no marks; one inside bold or italic is left to TipTap.
            Event::HardBreak if self.marks.is_empty() => {
                self.line += 1;
                self.inline(json!({ "type": "hardBreak" }), false)
            }
            _ => None,
        }
    }

    fn start(&mut self, tag: Tag<'_>, source: &str) -> Option<()> {
        let inside = self.open.last().map(|(node, _)| node["type"].as_str().unwrap_or_default().to_owned());
        match tag {
            Tag::Paragraph => {
                // A second block in one list item is left to TipTap.
                if inside.as_deref() == Some("listItem") && !self.open.last()?.1.is_empty() {
                    return None;
                }
                // A line inside a paragraph that looks like the start of a list or heading: marked may start one.
                if source.lines().skip(1).any(starts_like_a_block) {
                    return None;
                }
                self.lines_of(source);
                self.push("paragraph", None)
            }
            Tag::Heading { level, .. } => {
                let level = match level {
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    HeadingLevel::H4 => 4,
                    _ => return None,
                };
                // Only `## Title`: no underlined (setext) heading, no closing `#`s.
                let line = source.trim_end_matches('\n');
                if !line.starts_with("##") || line.ends_with('#') || line.ends_with("  ") || inside.is_some() {
                    return None;
                }
                self.push("heading", Some(json!({ "level": level })))
            }
            Tag::BlockQuote(None) => {
                let every_line_marked = source.lines().all(|l| l.trim_start_matches(' ').starts_with('>'));
                if inside.is_some() || !every_line_marked {
                    return None;
                }
                self.push("blockquote", None)
            }
            Tag::List(start) => {
                if inside.is_some() {
                    return None; // nested lists, or lists in quotes
                }
                match start {
                    None => self.push("bulletList", None),
                    Some(n) => self.push("orderedList", Some(json!({ "start": n }))),
                }
            }
            Tag::Item => {
                // marked continues a list across `-`/`*` or `.`/`)` changes that CommonMark starts anew on: only
                // `-` items and `1.` items are read here.
                let marker = source.trim_start_matches(' ');
                let digits = marker.len() - marker.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                let plain = marker.starts_with("- ") || (digits > 0 && marker[digits..].starts_with(". "));
                // marked keeps spaces at a line's end in some list items and drops them in others, and may start a
                // block on a continuation line: such items are left to TipTap.
                let continued = source.lines().skip(1).any(starts_like_a_block);
                if !plain || continued || source.lines().any(|l| l.ends_with(' ')) {
                    return None;
                }
                self.lines_of(source);
                self.push("listItem", None)
            }
            Tag::Emphasis => self.mark(json!({ "type": "italic" })),
            Tag::Strong => self.mark(json!({ "type": "bold" })),
            Tag::Link { link_type: LinkType::Inline, dest_url, title, .. } => {
                let href = dest_url.as_ref();
                let safe = ["https://", "http://", "mailto:"].iter().any(|p| href.starts_with(p));
                if !safe || self.marks.iter().any(|m| m["type"] == "link") {
                    return None;
                }
                let title = if title.is_empty() { Value::Null } else { Value::from(title.as_ref()) };
                self.mark(json!({ "type": "link", "attrs": { "href": href, "title": title } }))
            }
            _ => None,
        }
    }

    fn end(&mut self, tag: TagEnd) -> Option<()> {
        match tag {
            TagEnd::Emphasis | TagEnd::Strong | TagEnd::Link => {
                self.marks.pop()?;
                Some(())
            }
            TagEnd::Item => {
                if std::mem::take(&mut self.implicit_paragraph) {
                    self.close()?;
                }
                self.close()
            }
            TagEnd::Paragraph => {
                // Two spaces with no line after them: a hard break to neither reader, but kept as text by marked.
                if self.double_space.get(self.line).copied().unwrap_or(false) {
                    return None;
                }
                self.kept_space()?;
                self.close()
            }
            TagEnd::Heading(_) | TagEnd::BlockQuote(_) | TagEnd::List(_) => self.close(),
            _ => None,
        }
    }

    /// Text or a break, with the marks open now; in a tight list item, inside the paragraph opened for it.
    fn inline(&mut self, mut node: Value, marked: bool) -> Option<()> {
        let (current, _) = self.open.last()?;
        match current["type"].as_str()? {
            "paragraph" | "heading" => {}
            "listItem" if !self.implicit_paragraph => {
                self.push("paragraph", None)?;
                self.implicit_paragraph = true;
            }
            _ => return None,
        }
        if marked && !self.marks.is_empty() {
            node["marks"] = Value::Array(self.marks.clone());
        }
        let siblings = &mut self.open.last_mut()?.1;
        // Text next to text with the same marks is one node, as ProseMirror keeps it.
        if let Some(last) = siblings.last_mut() {
            if last["type"] == "text" && node["type"] == "text" && last.get("marks") == node.get("marks") {
                let joined = format!("{}{}", last["text"].as_str()?, node["text"].as_str()?);
                last["text"] = joined.into();
                return Some(());
            }
        }
        siblings.push(node);
        Some(())
    }

    fn lines_of(&mut self, source: &str) {
        self.single_space = source.lines().map(|l| l.ends_with(' ') && !l.ends_with("  ")).collect();
        self.double_space = source.lines().map(|l| l.ends_with("  ")).collect();
        self.line = 0;
    }

    /// The space marked keeps at the end of the current line of a paragraph, when there is one.
    fn kept_space(&mut self) -> Option<()> {
        if self.single_space.get(self.line).copied().unwrap_or(false) {
            return self.inline(json!({ "type": "text", "text": " " }), true);
        }
        Some(())
    }

    fn push(&mut self, kind: &str, attrs: Option<Value>) -> Option<()> {
        let mut node = Map::new();
        node.insert("type".into(), kind.into());
        if let Some(attrs) = attrs {
            node.insert("attrs".into(), attrs);
        }
        self.open.push((node, Vec::new()));
        Some(())
    }

    fn mark(&mut self, mark: Value) -> Option<()> {
        // Italic inside italic (or bold in bold) is one mark to ProseMirror, and rare enough to leave to TipTap.
        if self.marks.contains(&mark) {
            return None;
        }
        self.marks.push(mark);
        Some(())
    }

    fn close(&mut self) -> Option<()> {
        let (mut node, content) = self.open.pop()?;
        node.insert("content".into(), Value::Array(content));
        match self.open.last_mut() {
            Some((_, parent)) => parent.push(Value::Object(node)),
            None => self.done.push(Value::Object(node)),
        }
        Some(())
    }

    fn finish(self) -> Option<Vec<Value>> {
        (self.open.is_empty() && self.marks.is_empty()).then_some(self.done)
    }
}

#[cfg(test)]
mod tests;
