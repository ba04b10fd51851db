-- Stepwise schema, version 5: activity entries carry a typed change.
--
-- Until now an entry kept its change as two strings, "before" and "after", whose meaning depended on the kind ("3",
-- "DONE", "true", "2 changes"), a sub-step's subject joined its item and its own id ("item/sub"), and no date was
-- kept. Now "payload" holds the change's fields as one JSON object, read strictly against the kind
-- (ActivityPayloads), and a sub-step's subject is its item. Entries written before this version keep what they had:
-- a status change from then has no dates (they were never recorded).
--
-- The undo log holds copies of entries (an undo step's name, the rows a step replaced), so they are converted the same
-- way: one conversion, from a temporary table that lists every old entry wherever it is kept.

CREATE TEMP TABLE legacy_entry (
    src         TEXT    NOT NULL,
    a           INTEGER NOT NULL,
    b           INTEGER NOT NULL,
    kind        TEXT,
    subject_id  TEXT,
    before      TEXT,
    after       TEXT,
    new_subject TEXT,
    payload     TEXT,
    PRIMARY KEY (src, a, b)
);

INSERT INTO legacy_entry (src, a, b, kind, subject_id, before, after)
    SELECT 'activity', id, 0, kind, subject_id, before, after FROM main.activity
    UNION ALL
    SELECT 'step', id, 0, kind, subject_id, before, after FROM main.undo_step WHERE kind <> ''
    UNION ALL
    SELECT 'row', step, row_id, json_extract(data, '$.kind'), json_extract(data, '$.subject_id'),
           json_extract(data, '$.before'), json_extract(data, '$.after')
    FROM main.undo_row WHERE tbl = 'activity' AND data IS NOT NULL;

UPDATE legacy_entry SET
    new_subject = CASE WHEN kind = 'SUB_ITEM_CHANGED' AND instr(subject_id, '/') > 0
                       THEN substr(subject_id, 1, instr(subject_id, '/') - 1) ELSE subject_id END,
    payload = CASE
        WHEN kind = 'ITEM_STATUS_CHANGED'
            THEN json_object('from', before, 'to', after, 'startedOn', NULL, 'doneOn', NULL)
        WHEN kind = 'SUB_ITEM_CHANGED'
            THEN json_object('subStep', substr(subject_id, instr(subject_id, '/') + 1),
                             'done', json(CASE after WHEN 'true' THEN 'true' ELSE 'false' END))
        WHEN kind IN ('ITEM_NOTE_CHANGED', 'SKILL_EVIDENCE_CHANGED')
            THEN json_object('before', before, 'after', after)
        WHEN kind IN ('SKILL_RATED', 'SKILL_TARGET_CHANGED', 'PATH_INSTALLED', 'PATH_UPDATED')
            THEN json_object('from', CASE WHEN before = '' THEN NULL ELSE CAST(before AS INTEGER) END,
                             'to', CAST(after AS INTEGER))
        WHEN kind = 'SELF_CHECK_ANSWERED'
            THEN json_object('from', nullif(before, ''), 'to', nullif(after, ''))
        WHEN kind = 'PATH_CREATED'
            THEN json_object('title', after, 'source', '')
        WHEN kind IN ('PATH_FORKED', 'PATH_IMPORTED')
            THEN json_object('title', after, 'source', before)
        WHEN kind IN ('PATH_DELETED', 'PROGRESS_RESET')
            THEN json_object('title', before, 'source', '')
        WHEN kind = 'PROGRESS_IMPORTED'
            -- "3 changes": SQLite's cast reads the leading number.
            THEN json_object('changes', CAST(after AS INTEGER))
        ELSE json_object('description', after)
    END;

-- The history's queries read one path's entries by time (the heat map, streaks, "this week"); the old index on
-- time alone served none of them.
CREATE TABLE activity_v5 (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    path_id    TEXT NOT NULL,
    kind       TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    payload    TEXT NOT NULL
) STRICT;
INSERT INTO activity_v5 (id, at, path_id, kind, subject_id, payload)
    SELECT e.id, e.at, e.path_id, e.kind, l.new_subject, l.payload
    FROM main.activity e JOIN legacy_entry l ON l.src = 'activity' AND l.a = e.id AND l.b = 0;
DROP TABLE main.activity;
ALTER TABLE activity_v5 RENAME TO activity;
CREATE INDEX activity_by_path_time ON activity (path_id, at);

-- A step that wrote no entry keeps an empty kind and an empty payload: it has no name.
CREATE TABLE undo_step_v5 (
    id         INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    undone     INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    path_id    TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    subject_id TEXT    NOT NULL,
    payload    TEXT    NOT NULL
) STRICT;
INSERT INTO undo_step_v5 (id, at, undone, path_id, kind, subject_id, payload)
    SELECT s.id, s.at, s.undone, s.path_id, s.kind, coalesce(l.new_subject, s.subject_id), coalesce(l.payload, '')
    FROM main.undo_step s LEFT JOIN legacy_entry l ON l.src = 'step' AND l.a = s.id AND l.b = 0;
DROP TABLE main.undo_step;
ALTER TABLE undo_step_v5 RENAME TO undo_step;

UPDATE main.undo_row
SET data = json_remove(json_set(data, '$.subject_id', l.new_subject, '$.payload', l.payload), '$.before', '$.after')
FROM legacy_entry l
WHERE undo_row.tbl = 'activity' AND undo_row.data IS NOT NULL AND l.src = 'row' AND l.a = undo_row.step
  AND l.b = undo_row.row_id;

DROP TABLE legacy_entry;
