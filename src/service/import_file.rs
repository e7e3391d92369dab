//! Importing an .ics file from disk, as the CLI and the import dialog both do: which zone floating times are read
//! in, opening the file, and reporting how far the reading has got.

use std::io::{BufReader, Read};
use std::path::Path;

use super::ics_import::{import, ImportOptions, ImportReport};
use crate::error::{Error, Result};
use crate::store::Store;

/// How the file is imported: into which campaign, reading floating times ("10:00", no zone) in which zone —
/// by default the campaign's, else the home zone — and whether only to preview.
#[derive(Debug, Clone, Default)]
pub struct FileImport<'a> {
    pub campaign_id: Option<i64>,
    pub floating_zone: Option<&'a str>,
    pub dry_run: bool,
}

/// Imports `path`; `progress(bytes_read, file_size)` is called as the file is read, at most once per 256 KiB
/// (and once at the end), so a dialog can show a bar without being flooded.
pub fn import_file(
    store: &mut Store,
    path: &Path,
    how: &FileImport,
    mut progress: impl FnMut(u64, u64),
) -> Result<ImportReport> {
    let zone_name = match (how.floating_zone, how.campaign_id) {
        (Some(z), _) => z.to_string(),
        (None, Some(id)) => store.get_campaign(id)?.zone,
        (None, None) => store.settings()?.home_zone,
    };
    let floating_zone =
        crate::validate::zone_problem(&zone_name).map_err(|m| Error::invalid_msg("floating_zone", m))?;
    let options = ImportOptions { campaign_id: how.campaign_id, floating_zone };
    let cannot_read = |e| Error::io(format!("cannot read {}", path.display()), e);
    let size = std::fs::metadata(path).map_err(cannot_read)?.len();
    let progress = std::cell::RefCell::new(&mut progress);
    let open = || -> Result<BufReader<Progress<std::fs::File, _>>> {
        let file = std::fs::File::open(path).map_err(cannot_read)?;
        // A larger buffer than the default 8 KB: fewer reads on a file of many megabytes.
        Ok(BufReader::with_capacity(
            1 << 16,
            Progress::new(file, size, |read, total| (progress.borrow_mut())(read, total)),
        ))
    };
    let report = import(store, open, options, how.dry_run)?;
    Ok(report)
}

/// A reader that counts what passes through it.
pub struct Progress<R, F: FnMut(u64, u64)> {
    inner: R,
    read: u64,
    reported: u64,
    total: u64,
    report: F,
}

const STEP: u64 = 256 * 1024;

impl<R: Read, F: FnMut(u64, u64)> Progress<R, F> {
    pub fn new(inner: R, total: u64, report: F) -> Self {
        Progress { inner, read: 0, reported: 0, total, report }
    }
}

impl<R: Read, F: FnMut(u64, u64)> Read for Progress<R, F> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        if self.read - self.reported >= STEP || (n == 0 && self.reported != self.read) {
            self.reported = self.read;
            (self.report)(self.read, self.total.max(self.read));
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_is_reported_in_steps_and_at_the_end() {
        let data = vec![b'x'; (STEP * 2 + 10) as usize];
        let mut seen = Vec::new();
        let mut r = BufReader::new(Progress::new(&data[..], data.len() as u64, |read, total| seen.push((read, total))));
        let mut sink = Vec::new();
        r.read_to_end(&mut sink).unwrap();
        drop(r);
        assert_eq!(sink.len(), data.len());
        let total = data.len() as u64;
        assert_eq!(seen.last(), Some(&(total, total)));
        assert!(seen.len() >= 2 && seen.len() <= 4, "{seen:?}");
        assert!(seen.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
