-- Stepwise schema, version 4: undo and redo that survive a restart.
--
-- Every transaction that changes the learner's data is one step. Triggers (made per connection, see UndoLog) keep,
-- for each row the step touched, the row as it was when the step began: its columns as a JSON object, or that it did
-- not exist yet. Undoing a step puts those rows back and keeps, in their place, the rows as the step had left them, so
-- redoing is the same move the other way. The activity entry the step wrote names it in the Edit menu.
-- undo_row is WITHOUT ROWID: its key is how every row is found and written, and one B-tree instead of a table and
-- an index halves what an import writes to it.

CREATE TABLE undo_step (
    id         INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    undone     INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    path_id    TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    subject_id TEXT    NOT NULL,
    before     TEXT    NOT NULL,
    after      TEXT    NOT NULL
) STRICT;

CREATE TABLE undo_row (
    step    INTEGER NOT NULL,
    tbl     TEXT    NOT NULL,
    row_id  INTEGER NOT NULL,
    existed INTEGER NOT NULL CHECK (existed IN (0, 1)),
    data    TEXT,
    PRIMARY KEY (step, tbl, row_id)
) WITHOUT ROWID, STRICT;
