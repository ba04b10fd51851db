-- A later version adds a column; rows the undo log kept before it have no value for it.
ALTER TABLE note ADD COLUMN colour TEXT NOT NULL DEFAULT 'plain';
