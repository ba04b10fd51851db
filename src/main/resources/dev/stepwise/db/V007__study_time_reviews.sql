-- Stepwise schema, version 7: study time and reviews.
-- Progress data like item_progress: keyed by the item's stable id, no foreign key to the content (see V001), gone with
-- the path.

-- One row per study session. A session is identified by its item and start instant (what a progress file carries),
-- so importing the same file twice adds nothing. One entry is at most a day (1440 minutes).
CREATE TABLE study_time (
    path_id    TEXT    NOT NULL REFERENCES path (id) ON DELETE CASCADE,
    item_id    TEXT    NOT NULL,
    started_at TEXT    NOT NULL,
    minutes    INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    source     TEXT    NOT NULL CHECK (source IN ('TIMER', 'MANUAL')),
    PRIMARY KEY (path_id, item_id, started_at)
) STRICT;

-- The running timer, at most one per path: only its start is kept, so a crash or a closed window loses nothing.
CREATE TABLE study_timer (
    path_id    TEXT NOT NULL PRIMARY KEY REFERENCES path (id) ON DELETE CASCADE,
    item_id    TEXT NOT NULL,
    started_at TEXT NOT NULL
) STRICT;

-- A done item's next review; step is the position in the spaced schedule (1, 3, 7, 21 days), 0 for a one-off review.
CREATE TABLE item_review (
    path_id TEXT    NOT NULL REFERENCES path (id) ON DELETE CASCADE,
    item_id TEXT    NOT NULL,
    due_on  TEXT    NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    plan    TEXT    NOT NULL CHECK (plan IN ('IN_TWO_WEEKS', 'SPACED')),
    step    INTEGER NOT NULL CHECK (step BETWEEN 0 AND 3 AND (plan = 'SPACED' OR step = 0)),
    PRIMARY KEY (path_id, item_id)
) STRICT;
