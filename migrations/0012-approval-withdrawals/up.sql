-- Withdrawing an approval marks it withdrawn (when) instead of deleting the row, so the statement's history keeps
-- who approved which text and that the approval was taken back. Only standing approvals (withdrawn_at IS NULL)
-- count: for the review state, publishing and the revisions' "approved by". An organisation may approve the same
-- revision again after withdrawing, so the one-approval-per-organisation-and-revision rule now holds among
-- standing approvals only; SQLite cannot drop a table's UNIQUE constraint, hence the table is rebuilt (nothing
-- references it, and no trigger or view reads it).
CREATE TABLE statement_approvals_new (
    id              INTEGER PRIMARY KEY,
    statement_id    INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    revision        INTEGER NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    note            TEXT,
    approved_at     TEXT    NOT NULL,
    withdrawn_at    TEXT,
    FOREIGN KEY (statement_id, revision) REFERENCES statement_revisions (statement_id, number)
) STRICT;

INSERT INTO statement_approvals_new (id, statement_id, revision, organisation_id, note, approved_at)
SELECT id, statement_id, revision, organisation_id, note, approved_at FROM statement_approvals;

DROP TABLE statement_approvals;
ALTER TABLE statement_approvals_new RENAME TO statement_approvals;

CREATE UNIQUE INDEX statement_approvals_standing
    ON statement_approvals (statement_id, revision, organisation_id) WHERE withdrawn_at IS NULL;
-- The organisation's page counts the statements it is on (approvals included, withdrawn or not).
CREATE INDEX statement_approvals_org ON statement_approvals (organisation_id);
