//! The HTML export: one self-contained page (inline CSS, no scripts, no remote anything) that can be published or
//! attached as it is.
//!
//! Every user-written string is escaped; the body is rendered from the document model (where raw HTML is already
//! text and links are http, https or mailto) and then cleaned by ammonia with an allow-list, so that even a mistake
//! in our renderer cannot let live markup through. A Content-Security-Policy forbidding scripts is the last layer.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use super::model::{Block, Document, Part, Run};

const CSS: &str = "body{font-family:'Liberation Sans',Arial,Helvetica,sans-serif;max-width:42em;margin:2em auto;\
padding:0 1em;line-height:1.5;color:#1a1a1a}article+article{border-top:2px solid #888;margin-top:3em;padding-top:2em}\
.kind{text-transform:uppercase;letter-spacing:.08em;color:#555;font-size:.85em;margin-bottom:0}\
h1{margin-top:.2em}.issuers{font-weight:bold}.dateline{font-style:italic}\
blockquote{border-left:3px solid #bbb;margin-left:0;padding-left:1em;color:#333}\
.endorsements h3{font-size:1em;margin-bottom:.2em}.contacts p{margin:.3em 0}a{color:#1155cc}";

pub fn render(doc: &Document) -> String {
    let lang = doc.parts.first().map_or("en", |p| p.lang.as_str());
    let title = doc.parts.first().map_or("", |p| p.title.as_str());
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src 'none'\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{CSS}</style>\n\
</head>\n<body>\n",
        escape(lang),
        escape(title)
    );
    for p in &doc.parts {
        part(&mut out, p);
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn part(out: &mut String, p: &Part) {
    let rtl = super::direction::lang_rtl(&p.lang);
    let _ = writeln!(out, "<article lang=\"{}\"{}>", escape(&p.lang), if rtl { " dir=\"rtl\"" } else { "" });
    let title_dir = if !rtl && super::direction::is_rtl(&p.title) { " dir=\"rtl\"" } else { "" };
    let _ = writeln!(out, "<p class=\"kind\">{}</p>\n<h1{title_dir}>{}</h1>", escape(&p.kind), escape(&p.title));
    if !p.issuers.is_empty() {
        let names: Vec<String> = p.issuers.iter().map(|i| escape(i)).collect();
        let _ = writeln!(out, "<p class=\"issuers\">{}</p>", names.join("<br>"));
    }
    if let Some(d) = &p.date_line {
        let _ = writeln!(out, "<p class=\"dateline\">{}</p>", escape(d));
    }
    let _ = writeln!(out, "<div class=\"body\">\n{}</div>", sanitise(&body(&p.body)));
    if let Some(e) = &p.endorsements {
        let _ = writeln!(out, "<section class=\"endorsements\">\n<h2>{}</h2>", escape(&e.heading));
        for g in &e.groups {
            let _ = writeln!(out, "<h3>{}</h3>\n<ul>", escape(&g.country));
            for n in &g.names {
                let _ = writeln!(out, "<li>{}</li>", escape(n));
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</section>\n");
    }
    if let Some(c) = &p.contacts {
        let _ = writeln!(out, "<section class=\"contacts\">\n<p><strong>{}</strong></p>", escape(&c.heading));
        for person in &c.people {
            let lines: Vec<String> = person.iter().map(|l| escape(l)).collect();
            let _ = writeln!(out, "<p>{}</p>", lines.join("<br>"));
        }
        out.push_str("</section>\n");
    }
    out.push_str("</article>\n");
}

/// The body as HTML, lists nested as the model's depths say.
fn body(blocks: &[Block]) -> String {
    let mut out = String::new();
    // Open lists, innermost last: true for ordered. Each open list has an open <li>.
    let mut lists: Vec<bool> = Vec::new();
    let mut in_quote = false;
    for b in blocks {
        if !matches!(b, Block::Item { .. }) {
            close_lists(&mut out, &mut lists, 0);
        }
        if in_quote && !matches!(b, Block::Quote(_)) {
            out.push_str("</blockquote>\n");
            in_quote = false;
        }
        match b {
            Block::Heading { level, runs } => {
                let _ = writeln!(out, "<h{level}{}>{}</h{level}>", dir(runs), inline(runs));
            }
            Block::Paragraph(runs) => {
                let _ = writeln!(out, "<p{}>{}</p>", dir(runs), inline(runs));
            }
            Block::Quote(runs) => {
                if !in_quote {
                    out.push_str("<blockquote>\n");
                    in_quote = true;
                }
                let _ = writeln!(out, "<p{}>{}</p>", dir(runs), inline(runs));
            }
            Block::Item { depth, number, runs } => {
                let ordered = number.is_some();
                close_lists(&mut out, &mut lists, depth + 1);
                if lists.len() == depth + 1 {
                    if lists[*depth] == ordered {
                        out.push_str("</li>\n");
                    } else {
                        close_lists(&mut out, &mut lists, *depth);
                    }
                }
                while lists.len() < depth + 1 {
                    out.push_str(if ordered { "<ol>\n" } else { "<ul>\n" });
                    lists.push(ordered);
                }
                let _ = write!(out, "<li{}>{}", dir(runs), inline(runs));
            }
        }
    }
    close_lists(&mut out, &mut lists, 0);
    if in_quote {
        out.push_str("</blockquote>\n");
    }
    out
}

fn close_lists(out: &mut String, lists: &mut Vec<bool>, keep: usize) {
    while lists.len() > keep {
        let ordered = lists.pop().unwrap_or(false);
        out.push_str(if ordered { "</li>\n</ol>\n" } else { "</li>\n</ul>\n" });
    }
}

fn inline(runs: &[Run]) -> String {
    let mut out = String::new();
    for r in runs {
        let mut t = body_text(&r.text).replace('\n', "<br>");
        if r.italic {
            t = format!("<em>{t}</em>");
        }
        if r.bold {
            t = format!("<strong>{t}</strong>");
        }
        if let Some(url) = &r.link {
            t = format!("<a href=\"{}\">{t}</a>", escape(url));
        }
        out.push_str(&t);
    }
    out
}

/// Body text for the sanitiser: escaped, and cut by an empty comment every [`TEXT_NODE`] characters. html5ever
/// (under ammonia) grows a text node by copying it at each character reference, so one long paragraph full of `&`
/// or `<` took time quadratic in its length (a 270 KB body of `&#0;` in a code block: 17 s in a debug build, found
/// by `examples/fuzz.rs`). Each comment ends the node and ammonia strips it, so the page is the same.
fn body_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for (i, c) in text.chars().enumerate() {
        if i > 0 && i % TEXT_NODE == 0 {
            out.push_str("<!---->");
        }
        escape_char(&mut out, c);
    }
    out
}

const TEXT_NODE: usize = 200;

/// Escapes text for an element's content or a quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        escape_char(&mut out, c);
    }
    out
}

fn escape_char(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\'' => out.push_str("&#39;"),
        _ => out.push(c),
    }
}

/// ` dir="rtl"` for a block that starts right to left (Arabic, Urdu, Hebrew); nothing for the rest, which the
/// page's own direction already gives.
fn dir(runs: &[Run]) -> &'static str {
    if super::direction::runs_rtl(runs) {
        " dir=\"rtl\""
    } else {
        ""
    }
}

/// The allow-list: headings, paragraphs, emphasis, lists, quotes, line breaks and links to http, https or mailto
/// (opened without giving the page a handle on ours), and a block's writing direction. Everything else is removed,
/// and the content of script and style elements with it.
fn sanitise(fragment: &str) -> String {
    let tags: HashSet<&str> =
        ["h1", "h2", "h3", "h4", "p", "strong", "em", "ul", "ol", "li", "a", "blockquote", "br"].into();
    let tag_attributes: HashMap<&str, HashSet<&str>> = [
        ("a", ["href"].into()),
        ("p", ["dir"].into()),
        ("li", ["dir"].into()),
        ("h2", ["dir"].into()),
        ("h3", ["dir"].into()),
        ("h4", ["dir"].into()),
    ]
    .into();
    ammonia::Builder::default()
        .tags(tags)
        .tag_attributes(tag_attributes)
        .generic_attributes(HashSet::new())
        .url_schemes(["http", "https", "mailto"].into())
        .url_relative(ammonia::UrlRelative::Deny)
        .link_rel(Some("noopener noreferrer"))
        .strip_comments(true)
        .clean(fragment)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statement_export::model::parse_markdown;

    #[test]
    fn nested_lists_quotes_and_links_survive_the_allow_list() {
        let md = "- a\n  1. b\n  2. c\n- d\n\n> q1\n>\n> q2\n\n[site](https://x.org) [bad](javascript:alert(1))";
        let html = sanitise(&body(&parse_markdown(md)));
        assert_eq!(
            html,
            "<ul>\n<li>a<ol>\n<li>b</li>\n<li>c</li>\n</ol>\n</li>\n<li>d</li>\n</ul>\n\
             <blockquote>\n<p>q1</p>\n<p>q2</p>\n</blockquote>\n\
             <p><a href=\"https://x.org\" rel=\"noopener noreferrer\">site</a> bad</p>\n"
        );
    }

    #[test]
    fn long_text_full_of_entities_is_sanitised_in_linear_time_and_unchanged() {
        // The comments that cut text nodes change nothing in the page.
        let blocks = parse_markdown(&format!("{}end\n\n    {}\n", "R&D <b>'x'\" ".repeat(500), "&#0;<".repeat(300)));
        let cut = body(&blocks);
        assert!(cut.contains("<!---->"));
        let html = sanitise(&cut);
        assert!(!html.contains("<!--"));
        assert_eq!(html, sanitise(&cut.replace("<!---->", "")));
        // Quadratic, this took 17 s in a debug build; linear, well under a second.
        let blocks = parse_markdown(&format!("    {}\n", "&#0;".repeat(68_000)));
        let t = std::time::Instant::now();
        let html = sanitise(&body(&blocks));
        assert!(t.elapsed() < std::time::Duration::from_secs(5), "{:?}", t.elapsed());
        assert_eq!(html.matches("&amp;#0;").count(), 68_000);
    }

    #[test]
    fn the_sanitiser_removes_what_the_renderer_never_writes() {
        let dirty = "<p onclick=\"x()\">a<script>b</script><img src=x onerror=y><a href=\"data:text/html,x\">c</a></p>";
        assert_eq!(sanitise(dirty), "<p>a<a rel=\"noopener noreferrer\">c</a></p>");
    }
}
