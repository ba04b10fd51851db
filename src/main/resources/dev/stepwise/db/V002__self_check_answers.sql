-- Stepwise schema, version 2: answers to the self-check statements.
-- The learner's answers to the path's "is this role right for you?" statements; the latest answer counts.
CREATE TABLE self_check_answer (
    path_id     TEXT NOT NULL REFERENCES path (id) ON DELETE CASCADE,
    check_id    TEXT NOT NULL,
    answer      TEXT NOT NULL CHECK (answer IN ('AGREE', 'NOT_SURE', 'DISAGREE')),
    answered_at TEXT NOT NULL,
    PRIMARY KEY (path_id, check_id)
) STRICT;
