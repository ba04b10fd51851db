-- Stepwise schema, version 3: several paths the learner shapes, and bundled upgrades that keep their edits.

-- Where a path came from: BUNDLED paths are offered newer bundled versions, OWN paths (created, forked) are not.
-- Every path before version 3 was bundled.
ALTER TABLE path ADD COLUMN origin TEXT NOT NULL DEFAULT 'BUNDLED' CHECK (origin IN ('BUNDLED', 'OWN'));

-- An item removed upstream while it carried the learner's progress is archived, never dropped: it keeps its row
-- (and its section as the place to restore it to) but leaves the checklist.
ALTER TABLE item ADD COLUMN archived_at TEXT;

-- The bundled version a bundled path was last brought up to, as a stepwise-path document: the common ancestor that
-- tells the learner's own edits apart from what changed upstream.
CREATE TABLE path_upstream (
    path_id         TEXT    NOT NULL PRIMARY KEY REFERENCES path (id) ON DELETE CASCADE,
    content_version INTEGER NOT NULL,
    content         TEXT    NOT NULL
) STRICT;

-- Bundled paths the learner deleted: they are not installed again at the next start.
CREATE TABLE dismissed_path (
    path_id      TEXT NOT NULL PRIMARY KEY,
    dismissed_at TEXT NOT NULL
) STRICT;
