-- The server's last text of each synced item (as fetched, or as we last sent it): when we write the item again, what
-- other clients put in it that we do not model (attendees, their alarms, X- properties) is carried over from it
-- (src/sync/carry.rs). NULL: not known yet (an item synced before this migration gets it at its next pull or push).
ALTER TABLE sync_items ADD COLUMN remote_ics TEXT;

-- When the server last refused the local change of this item (a calendar read-only for the account: 403), UTC; NULL
-- when nothing was refused. The change stays here until `sync revert` (the app's "Undo my change") puts the
-- server's version back, or a later run gets it through.
ALTER TABLE sync_items ADD COLUMN refused TEXT;
