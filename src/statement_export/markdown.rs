//! The Markdown export: a clean `.md` that reads well as text and renders to the same document. User text is
//! escaped so that no renderer reads it as HTML, a link or emphasis that was not in the model.

use super::model::{Block, Document, Part, Run};

pub fn render(doc: &Document) -> String {
    let parts: Vec<String> = doc.parts.iter().map(part).collect();
    parts.join("\n---\n\n")
}

fn part(p: &Part) -> String {
    let mut out = String::new();
    out.push_str(&format!("*{}*\n\n", escape(&p.kind)));
    out.push_str(&format!("# {}\n\n", escape(&p.title)));
    if !p.issuers.is_empty() {
        let issuers: Vec<String> = p.issuers.iter().map(|i| format!("**{}**", escape(i))).collect();
        out.push_str(&issuers.join("  \n"));
        out.push_str("\n\n");
    }
    if let Some(d) = &p.date_line {
        out.push_str(&format!("{}\n\n", escape(d)));
    }
    let mut in_list = false;
    for b in &p.body {
        let item = matches!(b, Block::Item { .. });
        if in_list && !item {
            out.push('\n');
        }
        in_list = item;
        out.push_str(&block(b));
    }
    if in_list {
        out.push('\n');
    }
    if let Some(e) = &p.endorsements {
        out.push_str(&format!("## {}\n\n", escape(&e.heading)));
        for g in &e.groups {
            out.push_str(&format!("### {}\n\n", escape(&g.country)));
            for n in &g.names {
                out.push_str(&format!("- {}\n", escape(n)));
            }
            out.push('\n');
        }
    }
    if let Some(c) = &p.contacts {
        out.push_str(&format!("**{}**\n\n", escape(&c.heading)));
        for person in &c.people {
            let lines: Vec<String> = person.iter().map(|l| escape(l)).collect();
            out.push_str(&lines.join("  \n"));
            out.push_str("\n\n");
        }
    }
    out
}

fn block(b: &Block) -> String {
    match b {
        Block::Heading { level, runs } => format!("{} {}\n\n", "#".repeat(usize::from(*level)), inline(runs)),
        Block::Paragraph(runs) => format!("{}\n\n", inline(runs)),
        Block::Item { depth, number, runs } => {
            let indent = "   ".repeat(*depth);
            let marker = number.map_or("-".to_string(), |n| format!("{n}."));
            format!("{indent}{marker} {}\n", inline(runs))
        }
        Block::Quote(runs) => format!("> {}\n\n", inline(runs).replace('\n', "\n> ")),
    }
}

fn inline(runs: &[Run]) -> String {
    let mut out = String::new();
    for r in runs {
        // Emphasis marks must hug the text, so surrounding spaces stay outside them.
        let core = r.text.trim_matches(' ');
        if core.is_empty() {
            out.push_str(&r.text);
            continue;
        }
        let lead = &r.text[..r.text.len() - r.text.trim_start_matches(' ').len()];
        let trail = &r.text[r.text.trim_end_matches(' ').len()..];
        let mut t = escape(core).replace('\n', "\\\n");
        if r.italic {
            t = format!("*{t}*");
        }
        if r.bold {
            t = format!("**{t}**");
        }
        if let Some(url) = &r.link {
            t = format!("[{t}]({})", url_part(url));
        }
        out.push_str(lead);
        out.push_str(&t);
        out.push_str(trail);
    }
    out
}

/// Backslash-escapes what Markdown would read as markup: `<` (HTML), brackets (links), emphasis, code, `&`
/// (entities), and the marks that start a heading, list or quote at the start of a line.
pub fn escape(text: &str) -> String {
    text.split('\n').map(escape_line).collect::<Vec<_>>().join("\n")
}

fn escape_line(line: &str) -> String {
    let body = line.trim_start_matches(' ');
    let mut out = line[..line.len() - body.len()].to_string();
    let digits = body.chars().take_while(char::is_ascii_digit).count();
    for (i, c) in body.chars().enumerate() {
        let always = matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~' | '!');
        let line_mark = i == 0 && matches!(c, '#' | '+' | '-' | '=');
        // "2025. The year" at a line's start would be a numbered item.
        let list_number = digits > 0 && i == digits && matches!(c, '.' | ')');
        if always || line_mark || list_number {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Characters that would end or break a Markdown link destination are percent-encoded.
fn url_part(url: &str) -> String {
    url.chars()
        .map(|c| match c {
            '(' => "%28".to_string(),
            ')' => "%29".to_string(),
            '<' => "%3C".to_string(),
            '>' => "%3E".to_string(),
            ' ' => "%20".to_string(),
            _ => c.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_markdown_would_read_as_markup() {
        assert_eq!(escape("<b>hi</b> & [x](y)"), "\\<b\\>hi\\</b\\> \\& \\[x\\](y)");
        assert_eq!(escape("# not a heading"), "\\# not a heading");
        assert_eq!(escape("2025. The year"), "2025\\. The year");
        assert_eq!(escape("Hong Kong, 18 December 2025"), "Hong Kong, 18 December 2025");
    }
}
