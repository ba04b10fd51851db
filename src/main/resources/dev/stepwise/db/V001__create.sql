-- Stepwise schema, version 1.
-- Path content (path … item_skill) is replaced whole when a newer bundled version arrives; the learner's
-- progress (item_progress … activity) is keyed by stable ids and has no foreign key to the content, so an
-- item that a new version drops keeps its history instead of being deleted with it.

CREATE TABLE path (
    id              TEXT    NOT NULL PRIMARY KEY,
    content_version INTEGER NOT NULL,
    title           TEXT    NOT NULL,
    tagline         TEXT    NOT NULL,
    overview        TEXT    NOT NULL,
    installed_at    TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
) STRICT;

CREATE TABLE path_industry (
    path_id  TEXT    NOT NULL REFERENCES path (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    PRIMARY KEY (path_id, position)
) STRICT;

CREATE TABLE self_check (
    path_id   TEXT    NOT NULL REFERENCES path (id) ON DELETE CASCADE,
    id        TEXT    NOT NULL,
    position  INTEGER NOT NULL,
    statement TEXT    NOT NULL,
    PRIMARY KEY (path_id, id)
) STRICT;

CREATE TABLE skill (
    path_id      TEXT    NOT NULL REFERENCES path (id) ON DELETE CASCADE,
    id           TEXT    NOT NULL,
    position     INTEGER NOT NULL,
    name         TEXT    NOT NULL,
    category     TEXT    NOT NULL,
    description  TEXT    NOT NULL,
    target_level INTEGER NOT NULL CHECK (target_level BETWEEN 0 AND 4),
    PRIMARY KEY (path_id, id)
) STRICT;

CREATE TABLE section (
    path_id     TEXT    NOT NULL REFERENCES path (id) ON DELETE CASCADE,
    id          TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('STEPS', 'BACKGROUND', 'PRACTICE')),
    title       TEXT    NOT NULL,
    description TEXT    NOT NULL,
    PRIMARY KEY (path_id, id)
) STRICT;

CREATE TABLE item (
    path_id        TEXT    NOT NULL,
    id             TEXT    NOT NULL,
    section_id     TEXT    NOT NULL,
    position       INTEGER NOT NULL,
    title          TEXT    NOT NULL,
    detail         TEXT    NOT NULL,
    estimate_hours INTEGER CHECK (estimate_hours IS NULL OR estimate_hours >= 0),
    target_date    TEXT,
    PRIMARY KEY (path_id, id),
    FOREIGN KEY (path_id, section_id) REFERENCES section (path_id, id) ON DELETE CASCADE
) STRICT;

CREATE TABLE sub_item (
    path_id  TEXT    NOT NULL,
    item_id  TEXT    NOT NULL,
    id       TEXT    NOT NULL,
    position INTEGER NOT NULL,
    title    TEXT    NOT NULL,
    PRIMARY KEY (path_id, item_id, id),
    FOREIGN KEY (path_id, item_id) REFERENCES item (path_id, id) ON DELETE CASCADE
) STRICT;

CREATE TABLE resource (
    path_id  TEXT    NOT NULL,
    item_id  TEXT    NOT NULL,
    position INTEGER NOT NULL,
    title    TEXT    NOT NULL,
    url      TEXT    NOT NULL,
    PRIMARY KEY (path_id, item_id, position),
    FOREIGN KEY (path_id, item_id) REFERENCES item (path_id, id) ON DELETE CASCADE
) STRICT;

CREATE TABLE item_skill (
    path_id  TEXT    NOT NULL,
    item_id  TEXT    NOT NULL,
    skill_id TEXT    NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (path_id, item_id, skill_id),
    FOREIGN KEY (path_id, item_id) REFERENCES item (path_id, id) ON DELETE CASCADE,
    FOREIGN KEY (path_id, skill_id) REFERENCES skill (path_id, id) ON DELETE CASCADE
) STRICT;

CREATE TABLE item_progress (
    path_id    TEXT NOT NULL REFERENCES path (id) ON DELETE CASCADE,
    item_id    TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('NOT_STARTED', 'LEARNING', 'DONE', 'SKIPPED')),
    note       TEXT NOT NULL,
    started_on TEXT,
    done_on    TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (path_id, item_id)
) STRICT;

CREATE TABLE sub_item_progress (
    path_id     TEXT NOT NULL REFERENCES path (id) ON DELETE CASCADE,
    item_id     TEXT NOT NULL,
    sub_item_id TEXT NOT NULL,
    done_at     TEXT NOT NULL,
    PRIMARY KEY (path_id, item_id, sub_item_id)
) STRICT;

CREATE TABLE skill_target (
    path_id      TEXT    NOT NULL REFERENCES path (id) ON DELETE CASCADE,
    skill_id     TEXT    NOT NULL,
    target_level INTEGER NOT NULL CHECK (target_level BETWEEN 0 AND 4),
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (path_id, skill_id)
) STRICT;

-- Append-only: ratings are inserted, never updated or deleted.
CREATE TABLE skill_rating (
    id       INTEGER PRIMARY KEY,
    path_id  TEXT    NOT NULL REFERENCES path (id) ON DELETE CASCADE,
    skill_id TEXT    NOT NULL,
    level    INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
    rated_at TEXT    NOT NULL,
    note     TEXT    NOT NULL
) STRICT;
CREATE INDEX skill_rating_by_skill ON skill_rating (path_id, skill_id, rated_at);

CREATE TABLE activity (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    path_id    TEXT NOT NULL,
    kind       TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    before     TEXT NOT NULL,
    after      TEXT NOT NULL
) STRICT;
CREATE INDEX activity_by_time ON activity (at);

-- Small user settings (theme, window bounds) kept with the data so one file holds everything.
CREATE TABLE preference (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
