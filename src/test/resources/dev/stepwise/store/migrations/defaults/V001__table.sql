-- A watched table, and the tables the undo log works with (as schema 5 has them).
CREATE TABLE note (
    id   INTEGER PRIMARY KEY,
    text TEXT NOT NULL
) STRICT;
INSERT INTO note (id, text) VALUES (1, 'first');

CREATE TABLE activity (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    path_id    TEXT NOT NULL,
    kind       TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    payload    TEXT NOT NULL
) STRICT;

CREATE TABLE undo_step (
    id         INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    undone     INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    path_id    TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    subject_id TEXT    NOT NULL,
    payload    TEXT    NOT NULL
) STRICT;

CREATE TABLE undo_row (
    step    INTEGER NOT NULL,
    tbl     TEXT    NOT NULL,
    row_id  INTEGER NOT NULL,
    existed INTEGER NOT NULL CHECK (existed IN (0, 1)),
    data    TEXT,
    PRIMARY KEY (step, tbl, row_id)
) WITHOUT ROWID, STRICT;
