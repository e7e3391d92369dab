//! The few words of a search hit's text shown under its title, with the query's words marked.
//!
//! Written here rather than asked of FTS5: the search index keeps no copy of the texts (migration 19 made it
//! contentless: 43 % fewer bytes written to index a large import, 23 % less time), so FTS5's `snippet()` has nothing
//! to cut from. The choice of words follows FTS5's own: the window of [`WORDS`] words with the most different query
//! terms in it, centred on them, or starting at the beginning of their sentence when that shows as many (a small
//! bonus, as FTS5 gives).

use crate::domain::SnippetPart;

/// Words in a snippet (FTS5's `snippet(…, 14)` before).
pub const WORDS: usize = 14;
/// Put where the text was cut.
pub const ELLIPSIS: &str = "…";

/// Letters and digits, and the combining marks that follow a letter in decomposed text ("e" + U+0301), which the
/// tokenizer folds away with the other diacritics.
pub(crate) fn is_term_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// A word compared the way the index compares it, near enough: lower case, diacritics off ("Zéro" = "zero"),
/// written into `out` (cleared first). Plain ASCII, most words, takes no allocation.
fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
    } else {
        out.extend(deunicode::deunicode(&word.to_lowercase()).chars().filter(|c| c.is_alphanumeric()));
    }
}

/// The words of `text` (runs of [`is_term_char`]), folded.
pub fn folded_terms(text: &str) -> Vec<String> {
    words(text)
        .map(|(s, e)| {
            let mut folded = String::new();
            fold_into(&text[s..e], &mut folded);
            folded
        })
        .collect()
}

/// Byte ranges of the words of `text`.
fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = None;
    text.char_indices().chain(std::iter::once((text.len(), ' '))).filter_map(move |(i, c)| {
        match (is_term_char(c), start) {
            (true, None) => {
                start = Some(i);
                None
            }
            (false, Some(s)) => {
                start = None;
                Some((s, i))
            }
            _ => None,
        }
    })
}

/// The snippet of `text` for a query of `terms` (folded, each matching the words it begins): at most [`WORDS`]
/// words, [`ELLIPSIS`] where the text was cut, each word a term begins marked as a hit. A text no term occurs in
/// gives its first words.
pub fn snippet(text: &str, terms: &[String]) -> Vec<SnippetPart> {
    let spans: Vec<(usize, usize)> = words(text).collect();
    if spans.is_empty() {
        return Vec::new();
    }
    // Each word a term begins (position, which term), and the first word of each sentence.
    let mut hits: Vec<(usize, usize)> = Vec::new();
    let mut sentences: Vec<usize> = vec![0];
    let mut folded = String::new();
    for (pos, &(s, e)) in spans.iter().enumerate() {
        fold_into(&text[s..e], &mut folded);
        if let Some(t) = terms.iter().position(|t| !t.is_empty() && folded.starts_with(t.as_str())) {
            hits.push((pos, t));
        }
        if pos > 0 && starts_sentence(&text[..s]) {
            sentences.push(pos);
        }
    }
    let start = best_start(&hits, &sentences, spans.len());
    let end = (start + WORDS).min(spans.len()) - 1;

    let mut parts = Vec::new();
    let mut push = |piece: &str, hit: bool| {
        if piece.is_empty() {
            return;
        }
        match parts.last_mut() {
            Some(SnippetPart { text, hit: h }) if *h == hit => text.push_str(piece),
            _ => parts.push(SnippetPart { text: piece.to_string(), hit }),
        }
    };
    let mut at = if start == 0 {
        0
    } else {
        push(ELLIPSIS, false);
        spans[start].0
    };
    let mut next_hit = hits.iter().map(|h| h.0).skip_while(|&p| p < start).peekable();
    for (pos, &(s, e)) in spans.iter().enumerate().take(end + 1).skip(start) {
        push(&text[at..s], false);
        let hit = next_hit.next_if_eq(&pos).is_some();
        push(&text[s..e], hit);
        at = e;
    }
    if end + 1 == spans.len() {
        push(&text[at..], false);
    } else {
        push(ELLIPSIS, false);
    }
    parts
}

/// Whether the word after `before` begins a sentence: after a full stop or a colon and white space.
fn starts_sentence(before: &str) -> bool {
    let trimmed = before.trim_end_matches([' ', '\t', '\n', '\r']);
    trimmed.len() < before.len() && trimmed.ends_with(['.', ':'])
}

/// FTS5's choice: for each hit, the window around the hits from it on (1000 for each different term, 1 for each
/// repeat), centred; and the window from the start of its sentence, with 100 more (120 at the text's start). The
/// first best wins.
fn best_start(hits: &[(usize, usize)], sentences: &[usize], words: usize) -> usize {
    // Hits are in order of position: a window's are found by bisection, so a long text full of a common word costs
    // its number of hits, not their square.
    let score = |from: usize| -> (u32, usize, usize) {
        let (mut seen, mut total, mut first, mut last) = (0u64, 0, None, 0);
        let at = hits.partition_point(|h| h.0 < from);
        for &(pos, t) in hits[at..].iter().take_while(|h| h.0 < from + WORDS) {
            let bit = 1u64 << t.min(63);
            total += if seen & bit != 0 { 1 } else { 1000 };
            seen |= bit;
            first.get_or_insert(pos);
            last = pos + 1;
        }
        (total, first.unwrap_or(from), last)
    };
    let (mut best, mut best_score) = (0, 0);
    for &(pos, _) in hits {
        let (total, first, last) = score(pos);
        let centred = (first as i64 - (WORDS as i64 - (last as i64 - first as i64)) / 2)
            .min(words as i64 - WORDS as i64)
            .max(0) as usize;
        if total > best_score {
            (best, best_score) = (centred, total);
        }
        if words > WORDS {
            let sentence = sentences[sentences.partition_point(|&s| s <= pos) - 1];
            if sentence < pos {
                let total = score(sentence).0 + if sentence == 0 { 120 } else { 100 };
                if total > best_score {
                    (best, best_score) = (sentence, total);
                }
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str, query: &str) -> String {
        snippet(text, &folded_terms(query))
            .iter()
            .map(|p| if p.hit { format!("[{}]", p.text) } else { p.text.clone() })
            .collect()
    }

    #[test]
    fn a_short_text_is_shown_whole_with_its_matches_marked() {
        assert_eq!(marked("Condenamos la deportación masiva.", "deportacion"), "Condenamos la [deportación] masiva.");
        assert_eq!(marked("  Stop the raids!  ", "raid"), "  Stop the [raids]!  ");
        assert_eq!(marked("Zéro in — Burma", "ZERO burma"), "[Zéro] in — [Burma]");
    }

    #[test]
    fn a_long_text_is_cut_around_its_matches() {
        let text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen \
                    seventeen eighteen harvest nineteen twenty twenty-one twenty-two twenty-three twenty-four end";
        let s = marked(text, "harvest");
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.contains("[harvest]"), "{s}");
        assert_eq!(folded_terms(&s).len(), WORDS, "{s}");
        // No match: the first words.
        assert_eq!(
            marked(text, "absent"),
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen…"
        );
    }

    #[test]
    fn the_window_with_the_most_different_terms_wins_and_may_start_its_sentence() {
        let filler = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut";
        let text = format!("{filler} wages alone. {filler}. Today we say wages and deportations must end {filler}");
        let s = marked(&text, "wage deport");
        assert_eq!(s, "…Today we say [wages] and [deportations] must end lorem ipsum dolor sit amet consectetur…");
        // Without a sentence start near them, the matches are centred.
        let text = format!("{filler} {filler} wages and deportations {filler}");
        assert_eq!(
            marked(&text, "wage deport"),
            "…do eiusmod tempor incididunt ut [wages] and [deportations] lorem ipsum dolor sit amet consectetur…"
        );
        // Only at the start: no ellipsis before.
        assert_eq!(
            marked("Deportations: wages are low and rising here today again.", "deport"),
            "[Deportations]: wages are low and rising here today again."
        );
    }

    /// Texts of random pieces (accents, combining marks, CJK, emoji, punctuation, sentence ends, white space):
    /// never a panic, and the snippet is a piece of the text, with an ellipsis at a cut end only.
    #[test]
    fn any_text_gives_a_piece_of_itself() {
        const PIECES: &[&str] = &[
            "wage", "Wages", "dé", "e\u{301}", "日本", "🙂", " ", "  ", "\n", ". ", ": ", "!", "—", "…", "x", "ß", "İ",
            "\u{2}",
        ];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..2_000 {
            let text: String = (0..next(80)).map(|_| PIECES[next(PIECES.len())]).collect();
            let query: String = (0..1 + next(3)).map(|_| PIECES[next(PIECES.len())]).collect::<Vec<_>>().join(" ");
            let parts = snippet(&text, &folded_terms(&query));
            let flat: String = parts.iter().map(|p| p.text.as_str()).collect();
            let inner = flat.strip_prefix(ELLIPSIS).unwrap_or(&flat);
            let inner = inner.strip_suffix(ELLIPSIS).unwrap_or(inner);
            assert!(text.contains(inner), "{text:?} / {query:?} gave {flat:?}");
            assert!(parts.iter().all(|p| !p.text.is_empty()));
            assert!(folded_terms(&flat).len() <= WORDS, "{flat:?}");
        }
    }

    #[test]
    fn odd_texts_do_not_break_it() {
        assert!(snippet("", &folded_terms("x")).is_empty());
        assert!(snippet(" … —  ", &folded_terms("x")).is_empty());
        assert_eq!(marked("de\u{301}portation", "deport"), "[de\u{301}portation]");
        assert_eq!(marked("\u{2}a\u{3}", "a"), "\u{2}[a]\u{3}");
        assert_eq!(marked("日本語のテキスト", "日本"), "[日本語のテキスト]");
    }
}
