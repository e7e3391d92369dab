//! A statement as a social post or message: its title, then as much of its text as the platform allows (whole
//! paragraphs first, then the last one cut at a word with "…"), then its hashtags — counted as the platform counts
//! (X's weighted characters and 23-character links, see `announce::length`).

use super::model::{Block, Document, Run};
use crate::announce::{length, Announcement, Platform};

/// The post for the document's first part (one language).
pub fn compose(doc: &Document, hashtags: &[String], platform: Platform) -> Announcement {
    let Some(part) = doc.parts.first() else {
        return Announcement { text: String::new(), length: 0, limit: length::limit(platform) };
    };
    let paragraphs: Vec<String> = part
        .body
        .iter()
        .map(|b| match b {
            Block::Heading { runs, .. } | Block::Paragraph(runs) | Block::Quote(runs) => flat(runs),
            Block::Item { runs, .. } => format!("• {}", flat(runs)),
        })
        .filter(|p| !p.trim().is_empty())
        .collect();
    let tags = hashtags.iter().map(|h| format!("#{h}")).collect::<Vec<_>>().join(" ");
    let build = |body: &[String], cut: Option<&str>| {
        let mut sections = vec![part.title.clone()];
        let mut text: Vec<String> = body.to_vec();
        if let Some(c) = cut {
            text.push(c.to_string());
        }
        if !text.is_empty() {
            sections.push(text.join("\n\n"));
        }
        if !tags.is_empty() {
            sections.push(tags.clone());
        }
        sections.join("\n\n")
    };
    let limit = length::limit(platform);
    let fits = |text: &str| limit.is_none_or(|l| length::length(platform, text) <= l);
    // Whole paragraphs while they fit.
    let kept = most(paragraphs.len(), |n| fits(&build(&paragraphs[..n], None)));
    let mut text = build(&paragraphs[..kept], None);
    // Then as many words of the next one as fit, with an ellipsis.
    if let Some(next) = paragraphs.get(kept) {
        let words: Vec<&str> = next.split_whitespace().collect();
        let cut = |n: usize| {
            let cut = format!("{}…", words[..n].join(" ").trim_end_matches([',', ';', ':', '.']));
            build(&paragraphs[..kept], Some(&cut))
        };
        let n = most(words.len().saturating_sub(1), |n| fits(&cut(n)));
        if n > 0 {
            text = cut(n);
        }
    }
    // A title alone too long for the platform is cut too, as the last resort.
    if !fits(&text) {
        let mut title: Vec<char> = part.title.chars().collect();
        while !title.is_empty() && !fits(&text) {
            title.pop();
            let t: String = title.iter().collect();
            text = [format!("{}…", t.trim_end()), tags.clone()]
                .iter()
                .filter(|s| !s.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join("\n\n");
        }
    }
    let n = length::length(platform, &text);
    Announcement { text, length: n, limit }
}

/// The largest `n` in `1..=max` for which `fits(n)`, or 0. A post grows with each paragraph or word it holds, so
/// this bisects; each check builds and measures the whole text, and trying every `n` in turn was quadratic (1.7 s
/// for one 10 KB paragraph on X, found by `examples/fuzz.rs`). Where a longer text measures shorter (X counts any
/// link as 23) the answer is still a length that fits.
fn most(max: usize, fits: impl Fn(usize) -> bool) -> usize {
    let (mut ok, mut too_many) = (0, max + 1);
    while too_many - ok > 1 {
        let mid = ok + (too_many - ok) / 2;
        if fits(mid) {
            ok = mid;
        } else {
            too_many = mid;
        }
    }
    ok
}

/// The runs as plain text, a link's address after its words (a post has no hidden links).
fn flat(runs: &[Run]) -> String {
    runs.iter()
        .map(|r| match &r.link {
            Some(href) if href.trim_start_matches("mailto:") != r.text.trim() => format!("{} ({href})", r.text),
            _ => r.text.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statement_export::model::{parse_markdown, Part};

    fn doc(title: &str, body: &str) -> Document {
        Document {
            parts: vec![Part {
                lang: "en".into(),
                kind: "Statement".into(),
                title: title.into(),
                issuers: Vec::new(),
                date_line: None,
                body: parse_markdown(body),
                endorsements: None,
                contacts: None,
            }],
        }
    }

    #[test]
    fn every_platform_gets_a_post_within_its_limit_with_the_hashtags() {
        let long = "Migrant workers keep whole economies running and are still denied their rights. ".repeat(12);
        let d = doc("Stop the raids on Burmese workers", &format!("First paragraph, short.\n\n{long}\n\nLast."));
        let tags = vec!["StandWithBurma".to_string(), "MigrantRights".to_string()];
        for platform in Platform::ALL {
            let post = compose(&d, &tags, *platform);
            assert!(post.limit.is_none_or(|l| post.length <= l), "{platform}: {} > {:?}", post.length, post.limit);
            assert!(post.text.starts_with("Stop the raids") && post.text.ends_with("#StandWithBurma #MigrantRights"));
            assert!(post.text.contains("First paragraph, short."), "{platform}: whole paragraphs come first");
        }
        let x = compose(&d, &tags, Platform::X);
        assert!(x.text.contains('…') && !x.text.contains("Last."), "{}", x.text);
        let email = compose(&d, &tags, Platform::Email);
        assert!(email.text.contains("Last.") && !email.text.contains('…'));
    }

    #[test]
    fn a_long_paragraph_is_cut_to_fit_in_linear_time() {
        let long = "word ".repeat(50_000);
        let many = "Short paragraph.\n\n".repeat(5_000);
        for body in [long, many] {
            let d = doc("T", &body);
            for platform in [Platform::X, Platform::Facebook] {
                let t = std::time::Instant::now();
                let post = compose(&d, &[], platform);
                assert!(t.elapsed() < std::time::Duration::from_secs(3), "{platform}: {:?}", t.elapsed());
                let limit = post.limit.expect("a limit");
                assert!(post.length <= limit && post.length > limit - 20, "{platform}: {} of {limit}", post.length);
            }
        }
    }

    #[test]
    fn markdown_marks_do_not_reach_the_post() {
        let post = compose(
            &doc("T", "We **demand** [justice](https://ima.example/j).\n\n- Free them"),
            &[],
            Platform::Facebook,
        );
        assert!(
            post.text.contains("We demand justice (https://ima.example/j)") && post.text.contains("• Free them"),
            "{}",
            post.text
        );
        assert!(!post.text.contains("**"));
    }
}
