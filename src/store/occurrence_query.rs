//! The occurrence query: which events can have instances in a window (the span index), which cached copies are
//! still current, and their expansion on two threads.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{Duration, NaiveDate};
use chrono_tz::Tz;
use rustc_hash::FxHashMap;

use super::events::{from_row, COLUMNS};
use super::{occurrence_changes, Store};
use crate::calendar::{merge_sorted, sort_part, CachedEvent, CalendarWindow, Occurrence, SortedPart, View, Window};
use crate::error::{Error, Result};

/// Candidate events from which an occurrence query expands on two threads (below it, spawning costs more than it
/// saves).
const PARALLEL_FROM: usize = 256;

/// Events written since the last query up to which the last window's candidates are checked one by one rather
/// than asked for anew.
const RECHECK_UP_TO: usize = 64;

/// What occurrence queries keep between them: the app keeps one store open and asks for the same and neighbouring
/// windows again and again (every redraw, every switch of the view zone), while every write (here or by another
/// process, such as the CLI beside the app) must be seen by the next query.
#[derive(Default)]
pub(super) struct OccurrenceCache {
    /// Events by id, with the instance starts already walked. Each sits behind its own lock so the two expanding
    /// threads can walk different events' rules at once; the locks are never contended (each event goes to one
    /// thread). Every entry is current as of `seen_rev`: writes numbered after it (migration 11) evict their events.
    /// Boxed: an entry is 824 bytes, and growing the map moved every one of them (12 MB at 15,000 events; the
    /// query that crossed that size took twice as long as its neighbours).
    events: FxHashMap<i64, Entry>,
    /// The highest write number (`event_writes.rev`) whose event this cache has accounted for.
    seen_rev: Option<i64>,
    /// `PRAGMA data_version` (moves when another connection commits) and this connection's total changes when the
    /// writes were last asked for: while both stay, nothing was written and even that question can be skipped.
    checked_at: Option<(i64, u64)>,
    /// The last window's candidates, sorted, kept current through writes (see [`Store::recheck`]): asking the span
    /// index again for the same window was a fifth of a repeated query.
    last: Option<(CandidateKey, Vec<i64>)>,
}

/// One cached event, and whether it is a series, kept beside it so the query can weigh its work without reaching
/// into every entry.
struct Entry {
    series: bool,
    cached: Box<Mutex<CachedEvent>>,
}

/// How many single events' work a series counts as when the candidates are shared between the two threads: it is
/// walked (on a store just opened) and gives several instances a window. (The profile's ratio of a series' time to
/// a single's, on the seeded database.)
const SERIES_WEIGHT: usize = 6;

impl OccurrenceCache {
    /// Drops a deleted event: queries never return it (their candidates come from the span index), but a
    /// long-running app would otherwise keep every deleted event's expansion in memory.
    pub(super) fn forget(&mut self, id: i64) {
        self.events.remove(&id);
        self.last = None;
    }

    pub(super) fn len(&self) -> usize {
        self.events.len()
    }
}

impl Store {
    /// The instances of every event overlapping `window`, sorted by start. `express_in`: the zone timed instances
    /// are written in (`None`: each event's own zone).
    pub fn occurrences(
        &self,
        window: &Window,
        express_in: Option<Tz>,
        campaign_id: Option<i64>,
    ) -> Result<Vec<Occurrence>> {
        let mut guard = self.occurrence_cache.borrow_mut();
        let cache = &mut *guard;
        let ids = self.candidates(cache, window, campaign_id)?;
        self.read_missing(cache, &ids)?;
        let changes = occurrence_changes::load_all(self.conn())?;
        let colours: HashMap<i64, Arc<str>> = self
            .conn()
            .prepare_cached("SELECT id, colour FROM campaigns")?
            .query_map([], |r| Ok((r.get(0)?, Arc::from(r.get::<_, String>(1)?))))?
            .collect::<rusqlite::Result<_>>()?;
        let view = View::new(window, express_in);
        let mut weight = 0;
        let work: Vec<(usize, &Mutex<CachedEvent>)> = ids
            .iter()
            .filter_map(|id| cache.events.get(id))
            .map(|e| {
                weight += if e.series { SERIES_WEIGHT } else { 1 };
                (weight, &*e.cached)
            })
            .collect();
        // Each part is sorted by the thread that expanded it; the two are merged at the end.
        let expand_part = |part: &[(usize, &Mutex<CachedEvent>)]| -> Result<SortedPart> {
            let mut out = Vec::with_capacity(part.len() * 4);
            for (_, entry) in part {
                let mut cached =
                    entry.lock().map_err(|_| Error::invalid_msg("event", crate::msg!("core-expanding-failed")))?;
                let own = changes.get(&cached.event().id).map(Vec::as_slice).unwrap_or(&[]);
                let colour = cached.event().campaign_id.and_then(|c| colours.get(&c));
                cached.expand_into(own, colour, &view, &mut out).map_err(|m| {
                    let e = cached.event();
                    let message = crate::msg!("core-event-not-expandable", id = e.id, title = &*e.title, reason = m);
                    Error::invalid_msg("event", message)
                })?;
            }
            Ok(sort_part(out))
        };
        // A full month of a large alliance's calendar is thousands of instances: expanding and sorting them on two
        // threads halves the wait on the laptops this runs on (every one has at least two cores). Small windows stay
        // on one. The two runs stay contiguous (each thread's events neighbours in memory) and are cut where half the
        // work is done, not half the events: the series, which cost the most, have the lowest ids.
        let half = work.partition_point(|(upto, _)| *upto * 2 <= weight);
        let (a, b) = work.split_at(if work.len() >= PARALLEL_FROM { half } else { work.len() });
        let (a, b) = if b.is_empty() {
            (expand_part(a)?, sort_part(Vec::new()))
        } else {
            std::thread::scope(|scope| -> Result<(SortedPart, SortedPart)> {
                let other = scope.spawn(|| expand_part(b));
                let first = expand_part(a)?;
                Ok((
                    first,
                    other.join().map_err(|_| Error::invalid_msg("event", crate::msg!("core-expanding-failed")))??,
                ))
            })?
        };
        cache.last = Some(((window.from, window.to, campaign_id), ids));
        Ok(merge_sorted(a, b))
    }

    /// Reads the events `window` needs and walks their rules over it, so that showing it later is quick; the app
    /// calls it while the person looks at a neighbouring window, or before its first screen asks. A redraw of the
    /// window shown last keeps skipping the span index, unless something was written meanwhile.
    pub fn warm(&self, window: &Window, campaign_id: Option<i64>) -> Result<()> {
        let (last, checked_at) = {
            let mut cache = self.occurrence_cache.borrow_mut();
            (cache.last.take(), cache.checked_at)
        };
        let result = self.occurrences(window, None, campaign_id).map(drop);
        let mut cache = self.occurrence_cache.borrow_mut();
        // Writes seen during the warm-up were checked against no last window (it was taken out): kept only when
        // there were none.
        cache.last = last.filter(|_| cache.checked_at == checked_at && result.is_ok());
        result
    }

    /// What the calendar view draws for `window`: the event instances of [`Store::occurrences`] and the campaigns
    /// running in it as all-day spans (`campaign_id` narrows both to one campaign).
    pub fn calendar(
        &self,
        window: &Window,
        express_in: Option<Tz>,
        campaign_id: Option<i64>,
    ) -> Result<CalendarWindow> {
        Ok(CalendarWindow::new(
            self.occurrences(window, express_in, campaign_id)?,
            self.campaign_spans(window, campaign_id)?,
        ))
    }

    /// The events that can have instances in `window`, by id: those whose span (migration 5) meets it, and series
    /// with an instance moved into it. First, the cached copies of events written since the last query are evicted.
    fn candidates(&self, cache: &mut OccurrenceCache, window: &Window, campaign_id: Option<i64>) -> Result<Vec<i64>> {
        let version: i64 = self.conn().pragma_query_value(None, "data_version", |r| r.get(0))?;
        let checked_at = (version, self.conn().total_changes());
        if cache.checked_at != Some(checked_at) {
            // The number first, then what was written up to it: a write landing in between is evicted now and
            // again next time, never missed.
            let rev: i64 = self.conn().query_row("SELECT coalesce(max(rev), 0) FROM event_writes", [], |r| r.get(0))?;
            match cache.seen_rev {
                Some(seen) if seen <= rev => {
                    let mut stmt = self.conn().prepare_cached("SELECT event_id FROM event_writes WHERE rev > ?1")?;
                    let written: Vec<i64> = stmt.query_map([seen], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
                    for id in &written {
                        cache.events.remove(id);
                    }
                    // An edit (a drag, a rename) touches one event or a few: the last window's candidates stay good
                    // once those are asked about again. After a large write (an import) they are asked for anew.
                    cache.last = match cache.last.take() {
                        Some((key, ids)) if written.len() <= RECHECK_UP_TO => {
                            Some((key, self.recheck(key, ids, &written)?))
                        }
                        _ => None,
                    };
                }
                // The first query, or a database whose numbering went back (restored from a copy): trust nothing.
                _ => {
                    cache.events.clear();
                    cache.last = None;
                }
            }
            cache.seen_rev = Some(rev);
            cache.checked_at = Some(checked_at);
        }
        let key = (window.from, window.to, campaign_id);
        if let Some((_, ids)) = cache.last.take().filter(|(k, _)| *k == key) {
            return Ok(ids);
        }
        let (lo, hi) = span_days(key);
        // The spans that begin at most 64 days before the window, then the longer ones that began earlier, each from
        // an index of its own (migration 18); the two never overlap.
        let mut near = self.conn().prepare_cached(
            "SELECT id FROM events
              WHERE span_lo < ?1 AND span_lo >= ?2 - 64 AND span_hi >= ?2 AND (?3 IS NULL OR campaign_id = ?3)",
        )?;
        let mut ids: Vec<i64> =
            near.query_map((hi, lo, campaign_id), |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        let mut long = self.conn().prepare_cached(
            "SELECT id FROM events
              WHERE span_hi - span_lo > 64 AND span_hi >= ?2 AND span_lo < ?2 - 64 AND span_lo < ?1
                AND (?3 IS NULL OR campaign_id = ?3)",
        )?;
        for id in long.query_map((hi, lo, campaign_id), |r| r.get(0))? {
            ids.push(id?);
        }
        let (from, to) = moved_bounds(key);
        // Asked apart (a UNION with the query above cost more than both), and with CROSS JOIN so SQLite walks the
        // few changes, not every event.
        let mut moved = self.conn().prepare_cached(
            "SELECT DISTINCT e.id FROM occurrence_changes c CROSS JOIN events e ON e.id = c.event_id
              WHERE c.start_local < ?2 AND c.end_local >= ?1 AND (?3 IS NULL OR e.campaign_id = ?3)",
        )?;
        for id in moved.query_map((&from, &to, campaign_id), |r| r.get(0))? {
            ids.push(id?);
        }
        // The index's order depends on how the tree was built: a fixed order keeps ties in the sort of the
        // occurrences the same from query to query.
        ids.sort_unstable();
        ids.dedup();
        Ok(ids)
    }

    /// The candidates `ids` of the window `key` again, after the events `written` were written: each of those is in
    /// if its span meets the window or an instance of it was moved into the window (as in [`Store::candidates`]).
    fn recheck(&self, key: CandidateKey, mut ids: Vec<i64>, written: &[i64]) -> Result<Vec<i64>> {
        let ((lo, hi), (from, to)) = (span_days(key), moved_bounds(key));
        let mut stmt = self.conn().prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM events
                             WHERE id = ?1 AND span_lo < ?2 AND span_hi >= ?3 AND (?4 IS NULL OR campaign_id = ?4))
                 OR EXISTS (SELECT 1 FROM occurrence_changes c JOIN events e ON e.id = c.event_id
                             WHERE c.event_id = ?1 AND c.start_local < ?6 AND c.end_local >= ?5
                               AND (?4 IS NULL OR e.campaign_id = ?4))",
        )?;
        for &id in written {
            let is_candidate: bool = stmt.query_row((id, hi, lo, key.2, &from, &to), |r| r.get(0))?;
            match (ids.binary_search(&id), is_candidate) {
                (Ok(at), false) => {
                    ids.remove(at);
                }
                (Err(at), true) => ids.insert(at, id),
                _ => {}
            }
        }
        Ok(ids)
    }

    /// Reads every candidate the cache does not hold (never read, or evicted by a write), in one statement: a month
    /// next to one already seen misses a fifth of its candidates, a store just opened all of them, and a statement
    /// per event cost more than the rows themselves.
    fn read_missing(&self, cache: &mut OccurrenceCache, ids: &[i64]) -> Result<()> {
        let events = &mut cache.events;
        let missing: Vec<i64> = ids.iter().copied().filter(|id| !events.contains_key(id)).collect();
        if missing.is_empty() {
            return Ok(());
        }
        // The ids go in as one JSON array (bound, never spliced into the SQL). One deleted by another process since
        // the span index was read is simply not found: its next query will not ask for it.
        let sql = format!("SELECT {COLUMNS} FROM events WHERE id IN (SELECT value FROM json_each(?1))");
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let list = serde_json::to_string(&missing).map_err(|e| Error::invalid("event", e.to_string()))?;
        for event in stmt.query_map([list], from_row)? {
            let event = event?;
            let series = crate::calendar::is_series(&event);
            events.insert(event.id, Entry { series, cached: Box::new(Mutex::new(CachedEvent::new(event))) });
        }
        Ok(())
    }
}

/// The window a query asked for, as far as its candidates go: its first and end day, and the campaign it is
/// narrowed to.
type CandidateKey = (NaiveDate, NaiveDate, Option<i64>);

/// The window as day numbers of the span index, whose spans already carry two days' margin either side.
fn span_days((from, to, _): CandidateKey) -> (i64, i64) {
    let day = |d: NaiveDate| (d - NaiveDate::default()).num_days();
    (day(from), day(to))
}

/// The local times moved instances must start before and end after to reach the window: they are text, and two
/// days either side covers every UTC offset (at most ±14 h).
fn moved_bounds((from, to, _): CandidateKey) -> (String, String) {
    ((from - Duration::days(2)).to_string(), (to + Duration::days(2)).to_string())
}
