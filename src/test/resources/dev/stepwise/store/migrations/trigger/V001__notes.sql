-- Test-only schema for MigrationsTest; this comment ends with a semicolon;
CREATE TABLE note (
    id   INTEGER NOT NULL PRIMARY KEY,
    -- a comment inside a statement;
    body TEXT    NOT NULL
) STRICT;

CREATE TABLE note_log (
    note_id INTEGER NOT NULL,
    event   TEXT    NOT NULL
) STRICT;
