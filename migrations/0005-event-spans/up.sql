-- Which events can reach a window, as an R*Tree of day numbers (days since 1970-01-01): SQLite then visits only the
-- events whose span overlaps the window instead of every event that began before it (on 100,000 events that scan
-- was most of the query). The span is kept by triggers, so every write path keeps it, and it is generous: two days
-- either side of the local dates covers any UTC offset, and the exact test is done when instances are expanded.
--   lo: the first local day. hi: the last day an instance can touch: the end for single events; for a series, the
--   later of its last extra date (plus the event's length) and its UNTIL (plus the length); a rule without UNTIL is
--   open-ended (2^31 - 1). Instances moved by occurrence_changes are found by the query separately.
CREATE VIEW events_span_source AS
SELECT id, campaign_id, sequence, updated_at,
       CAST(julianday(substr(start_local, 1, 10)) - 2440587.5 AS INTEGER) - 2 AS lo,
       CASE
         WHEN rrule IS NOT NULL AND instr(rrule, 'UNTIL=') = 0 THEN 2147483647
         ELSE CAST(max(
                julianday(substr(end_local, 1, 10)),
                coalesce(julianday(json_extract(rdates, '$[#-1]')), 0) + length_days,
                CASE WHEN rrule IS NULL THEN 0 ELSE
                  julianday(substr(rrule, instr(rrule, 'UNTIL=') + 6, 4) || '-' ||
                            substr(rrule, instr(rrule, 'UNTIL=') + 10, 2) || '-' ||
                            substr(rrule, instr(rrule, 'UNTIL=') + 12, 2)) + length_days
                END
              ) - 2440587.5 AS INTEGER) + 2
       END AS hi
  FROM (SELECT *, julianday(substr(end_local, 1, 10)) - julianday(substr(start_local, 1, 10)) AS length_days
          FROM events);

-- The campaign and the row's stamp (sequence, updated_at) ride along as auxiliary columns, so the query learns
-- which events reach the window, and whether its cached copies of them are current, without touching `events`.
CREATE VIRTUAL TABLE events_span USING rtree_i32(id, lo, hi, +campaign_id, +sequence, +updated_at);
INSERT INTO events_span SELECT id, lo, hi, campaign_id, sequence, updated_at FROM events_span_source;

CREATE TRIGGER events_span_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_span SELECT id, lo, hi, campaign_id, sequence, updated_at FROM events_span_source
   WHERE id = new.id;
END;
CREATE TRIGGER events_span_update AFTER UPDATE ON events BEGIN
  DELETE FROM events_span WHERE id = old.id;
  INSERT INTO events_span SELECT id, lo, hi, campaign_id, sequence, updated_at FROM events_span_source
   WHERE id = new.id;
END;
CREATE TRIGGER events_span_delete AFTER DELETE ON events BEGIN
  DELETE FROM events_span WHERE id = old.id;
END;

-- The window index of 0003/0004 is no longer read.
DROP INDEX events_window;
