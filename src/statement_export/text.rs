//! The plain-text export: for pasting into an email or a chat. No markup at all; links are written out after
//! their text.

use super::model::{Block, Document, Part, Run};

pub fn render(doc: &Document) -> String {
    let parts: Vec<String> = doc.parts.iter().map(part).collect();
    parts.join(&format!("\n{}\n\n", "=".repeat(60)))
}

fn part(p: &Part) -> String {
    let mut out = format!("{}\n\n{}\n{}\n\n", p.kind.to_uppercase(), p.title, "=".repeat(p.title.chars().count()));
    if !p.issuers.is_empty() {
        out.push_str(&p.issuers.join("\n"));
        out.push_str("\n\n");
    }
    if let Some(d) = &p.date_line {
        out.push_str(&format!("{d}\n\n"));
    }
    let mut in_list = false;
    for b in &p.body {
        let item = matches!(b, Block::Item { .. });
        if in_list && !item {
            out.push('\n');
        }
        in_list = item;
        out.push_str(&match b {
            Block::Heading { runs, .. } => {
                let t = inline(runs);
                format!("{t}\n{}\n\n", "-".repeat(t.chars().count().min(60)))
            }
            Block::Paragraph(runs) => format!("{}\n\n", inline(runs)),
            Block::Item { depth, number, runs } => {
                let marker = number.map_or("-".to_string(), |n| format!("{n}."));
                format!("{}{marker} {}\n", "   ".repeat(*depth), inline(runs))
            }
            Block::Quote(runs) => format!("    {}\n\n", inline(runs).replace('\n', "\n    ")),
        });
    }
    if in_list {
        out.push('\n');
    }
    if let Some(e) = &p.endorsements {
        out.push_str(&format!("{}\n\n", e.heading));
        for g in &e.groups {
            out.push_str(&format!("{}\n", g.country));
            for n in &g.names {
                out.push_str(&format!("- {n}\n"));
            }
            out.push('\n');
        }
    }
    if let Some(c) = &p.contacts {
        out.push_str(&format!("{}\n\n", c.heading));
        for person in &c.people {
            out.push_str(&person.join("\n"));
            out.push_str("\n\n");
        }
    }
    out
}

/// Runs as text; a link whose text is not its address gets the address in brackets.
pub fn inline(runs: &[Run]) -> String {
    let mut out = String::new();
    for r in runs {
        out.push_str(&r.text);
        if let Some(url) = &r.link {
            let shown = url.strip_prefix("mailto:").unwrap_or(url);
            if r.text.trim() != shown && r.text.trim() != url {
                out.push_str(&format!(" ({shown})"));
            }
        }
    }
    out
}
