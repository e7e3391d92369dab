-- Which events were written, in order: every insert, update or deletion of an event (by any path: the app, the CLI
-- beside it, an import, a cascade) gives it the next number. An occurrence query that last looked at number N asks
-- for the events written after N and trusts every other cached copy, instead of checking the stamp of every event
-- in the window after each edit (with 100,000 events that check was most of the query after a drag).
CREATE TABLE event_writes (
    event_id INTEGER PRIMARY KEY,
    rev      INTEGER NOT NULL
);
CREATE UNIQUE INDEX event_writes_rev ON event_writes (rev);
-- Every trigger below records a write by inserting the event's id into this view; the one place that numbers it is
-- the view's own trigger. It writes with an upsert, not INSERT OR REPLACE: a trigger's conflict policy is
-- overridden by the statement that fired it, and the occurrence change upsert made REPLACE fail.
CREATE VIEW event_write AS SELECT event_id FROM event_writes;
CREATE TRIGGER event_write_number INSTEAD OF INSERT ON event_write BEGIN
  INSERT INTO event_writes (event_id, rev)
  VALUES (new.event_id, (SELECT coalesce(max(rev), 0) + 1 FROM event_writes))
  ON CONFLICT (event_id) DO UPDATE SET rev = excluded.rev;
END;

-- Events already in the database count as written once, in id order.
INSERT INTO event_writes (event_id, rev) SELECT id, row_number() OVER (ORDER BY id) FROM events;

CREATE TRIGGER event_writes_insert AFTER INSERT ON events BEGIN
  INSERT INTO event_write (event_id) VALUES (new.id);
END;
CREATE TRIGGER event_writes_update AFTER UPDATE ON events BEGIN
  INSERT INTO event_write (event_id) VALUES (new.id);
END;
-- A deletion is a write too: its row stays, so the highest number never goes down (a reader that saw it would
-- otherwise miss the next write given the same number).
CREATE TRIGGER event_writes_delete AFTER DELETE ON events BEGIN
  INSERT INTO event_write (event_id) VALUES (old.id);
END;

-- A changed instance (moved, retitled, cancelled …) is a write of its event: it can bring the series into a window
-- it was not a candidate for, and every write path (the app, the CLI, an import) is covered here at once.
CREATE TRIGGER event_writes_change_insert AFTER INSERT ON occurrence_changes BEGIN
  INSERT INTO event_write (event_id) VALUES (new.event_id);
END;
-- (A series split moves changes to the new series: both events count as written.)
CREATE TRIGGER event_writes_change_update AFTER UPDATE ON occurrence_changes BEGIN
  INSERT INTO event_write (event_id) VALUES (old.event_id);
  INSERT INTO event_write (event_id) VALUES (new.event_id);
END;
CREATE TRIGGER event_writes_change_delete AFTER DELETE ON occurrence_changes BEGIN
  INSERT INTO event_write (event_id) VALUES (old.event_id);
END;
