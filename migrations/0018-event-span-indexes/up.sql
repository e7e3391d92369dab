-- Which events can reach a window, now as generated day numbers on `events` and two B-tree indexes over them,
-- instead of 0005's R*Tree: each R*Tree insert cost ~10 µs, a second of a 100,000-event import (BENCHMARKS.md),
-- and every update of an event rewrote its entry; an index entry costs about one, and generated columns need no
-- trigger, so every write path keeps them. The spans are 0005's (see there for why they are generous):
--   span_lo: the first local day, less two. span_hi: the last day an instance can touch, plus two; 2^31 - 1 for a
--   rule without UNTIL.
-- A window [from, to) is met by an event with span_lo < to and span_hi >= from. Most spans are short, so
-- `events_span_lo` is read from span_lo >= from - 64; spans longer than 64 days (open-ended and long series, a few
-- per cent of events) are also in the partial index `events_span_long`, read by span_hi for those that began
-- earlier (store/occurrence_query.rs).
DROP TRIGGER events_span_insert;
DROP TRIGGER events_span_update;
DROP TRIGGER events_span_delete;
DROP TABLE events_span;
DROP VIEW events_span_source;

ALTER TABLE events ADD COLUMN span_lo INTEGER
  GENERATED ALWAYS AS (CAST(julianday(substr(start_local, 1, 10)) - 2440587.5 AS INTEGER) - 2) VIRTUAL;
ALTER TABLE events ADD COLUMN span_hi INTEGER GENERATED ALWAYS AS (
  CASE
    WHEN rrule IS NOT NULL AND instr(rrule, 'UNTIL=') = 0 THEN 2147483647
    ELSE CAST(max(
           julianday(substr(end_local, 1, 10)),
           coalesce(julianday(json_extract(rdates, '$[#-1]')), 0)
             + julianday(substr(end_local, 1, 10)) - julianday(substr(start_local, 1, 10)),
           CASE WHEN rrule IS NULL THEN 0 ELSE
             julianday(substr(rrule, instr(rrule, 'UNTIL=') + 6, 4) || '-' ||
                       substr(rrule, instr(rrule, 'UNTIL=') + 10, 2) || '-' ||
                       substr(rrule, instr(rrule, 'UNTIL=') + 12, 2))
               + julianday(substr(end_local, 1, 10)) - julianday(substr(start_local, 1, 10))
           END
         ) - 2440587.5 AS INTEGER) + 2
  END) VIRTUAL;

-- The campaign rides along so a campaign's calendar is read from the index alone.
CREATE INDEX events_span_lo ON events (span_lo, span_hi, campaign_id);
CREATE INDEX events_span_long ON events (span_hi, span_lo, campaign_id) WHERE span_hi - span_lo > 64;
