-- Stepwise schema, version 6: milestones, the path's calendar.
-- A milestone is path content like a section: a title, the day it is due and the items it holds, keyed by the path's
-- stable ids so it travels in path files. Items already carry their own nullable target_date (version 1).
-- Ordinary rowid tables, so the undo log watches them like every other data table.

CREATE TABLE milestone (
    path_id  TEXT    NOT NULL REFERENCES path (id) ON DELETE CASCADE,
    id       TEXT    NOT NULL,
    position INTEGER NOT NULL,
    title    TEXT    NOT NULL,
    due      TEXT    NOT NULL,
    PRIMARY KEY (path_id, id)
) STRICT;

-- The items a milestone holds, in the learner's order. An item deleted from the path leaves its milestones with it.
CREATE TABLE milestone_item (
    path_id      TEXT    NOT NULL,
    milestone_id TEXT    NOT NULL,
    item_id      TEXT    NOT NULL,
    position     INTEGER NOT NULL,
    PRIMARY KEY (path_id, milestone_id, item_id),
    FOREIGN KEY (path_id, milestone_id) REFERENCES milestone (path_id, id) ON DELETE CASCADE,
    FOREIGN KEY (path_id, item_id) REFERENCES item (path_id, id) ON DELETE CASCADE
) STRICT;
