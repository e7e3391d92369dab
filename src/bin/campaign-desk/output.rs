//! Printing: JSON on stdout with `--json`, otherwise plain aligned tables a person can read in a terminal.

use serde::Serialize;

pub struct Out {
    pub json: bool,
}

impl Out {
    /// Prints `value` as JSON, or runs `human` to print it for people.
    pub fn value<T: Serialize>(&self, value: &T, human: impl FnOnce()) -> anyhow::Result<()> {
        if self.json {
            println!("{}", serde_json::to_string_pretty(value)?);
        } else {
            human();
        }
        Ok(())
    }

    /// A list: JSON array, or a table with `headers` and one row per item (or `empty` when there is none).
    pub fn list<T: Serialize>(
        &self,
        items: &[T],
        headers: &[&str],
        row: impl Fn(&T) -> Vec<String>,
        empty: &str,
    ) -> anyhow::Result<()> {
        self.value(&items, || {
            if items.is_empty() {
                println!("{empty}");
            } else {
                print!("{}", table(headers, items.iter().map(row).collect()));
            }
        })
    }
}

/// Left-aligned columns separated by two spaces, widths by characters (so accents and CJK names line up better
/// than byte widths would).
pub fn table(headers: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<String>| {
        let padded: Vec<String> =
            cells.iter().zip(&widths).map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count()))).collect();
        format!("{}\n", padded.join("  ").trim_end())
    };
    let mut s = line(headers.iter().map(|h| h.to_uppercase()).collect());
    for r in rows {
        s.push_str(&line(r));
    }
    s
}

pub fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

/// Fields shown one per line for `show`.
pub fn fields(pairs: &[(&str, String)]) {
    let width = pairs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    for (k, v) in pairs.iter().filter(|(_, v)| !v.is_empty()) {
        println!("{k:width$}  {v}");
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn table_aligns_by_characters() {
        let t =
            super::table(&["id", "name"], vec![vec!["1".into(), "Migración".into()], vec!["12".into(), "IMA".into()]]);
        assert_eq!(t, "ID  NAME\n1   Migración\n12  IMA\n");
    }
}
