//! The TrueType faces the PDF export embeds: Liberation Sans (metric-compatible with Arial, covers Latin with
//! every diacritic our languages use, Greek and Cyrillic), from the system's fonts rather than from our binary.
//! Debian's `fonts-liberation2` installs them (scripts/setup.sh does).

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Regular, bold, italic, bold italic.
pub struct Faces {
    pub regular: Vec<u8>,
    pub bold: Vec<u8>,
    pub italic: Vec<u8>,
    pub bold_italic: Vec<u8>,
}

const FILES: [&str; 4] = [
    "LiberationSans-Regular.ttf",
    "LiberationSans-Bold.ttf",
    "LiberationSans-Italic.ttf",
    "LiberationSans-BoldItalic.ttf",
];

/// Where fonts are looked for: `CAMPAIGN_DESK_FONT_DIR` first (for systems that keep fonts elsewhere), then the
/// usual places.
fn roots() -> Vec<PathBuf> {
    let mut roots: Vec<PathBuf> = std::env::var_os("CAMPAIGN_DESK_FONT_DIR").map(PathBuf::from).into_iter().collect();
    roots.extend(["/usr/share/fonts", "/usr/local/share/fonts"].map(PathBuf::from));
    roots
}

pub fn load() -> Result<Faces> {
    load_from(&roots())
}

fn load_from(roots: &[PathBuf]) -> Result<Faces> {
    let mut found = Vec::with_capacity(4);
    for name in FILES {
        let path = roots.iter().find_map(|r| find(r, name, 4)).ok_or_else(|| {
            Error::io(
                format!(
                    "the PDF export needs the Liberation Sans fonts: {name} was not found under /usr/share/fonts; \
                     install the Debian package fonts-liberation2 (scripts/setup.sh does) or set \
                     CAMPAIGN_DESK_FONT_DIR to a folder holding it"
                ),
                std::io::Error::from(std::io::ErrorKind::NotFound),
            )
        })?;
        found.push(std::fs::read(&path).map_err(|e| Error::io(format!("reading {}", path.display()), e))?);
    }
    let [regular, bold, italic, bold_italic]: [Vec<u8>; 4] =
        found.try_into().map_err(|_| Error::io("loading fonts", std::io::Error::other("four faces expected")))?;
    Ok(Faces { regular, bold, italic, bold_italic })
}

/// Looks for `name` in `dir` and its subfolders, `depth` levels down (the liberation2 folder is the likeliest,
/// so it is tried first).
fn find(dir: &Path, name: &str, depth: usize) -> Option<PathBuf> {
    for likely in ["truetype/liberation2", "truetype/liberation", ""] {
        let p = dir.join(likely).join(name);
        if p.is_file() {
            return Some(p);
        }
    }
    if depth == 0 {
        return None;
    }
    let mut subdirs: Vec<PathBuf> =
        std::fs::read_dir(dir).ok()?.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
    subdirs.sort();
    subdirs.iter().find_map(|d| find(d, name, depth - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_font_names_the_package_that_brings_it() {
        let empty = tempfile::tempdir().expect("temp dir");
        let err = load_from(&[empty.path().to_path_buf()]).err().expect("no fonts there");
        let message = err.to_string();
        assert!(message.contains("fonts-liberation2") && message.contains("scripts/setup.sh"), "{message}");
        assert_eq!(err.kind(), "io");
    }
}
