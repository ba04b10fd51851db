-- A trigger whose body is several statements, each ending with ";" at the end of a line.
CREATE TRIGGER note_logged AFTER INSERT ON note
BEGIN
    INSERT INTO note_log (note_id, event) VALUES (NEW.id, 'inserted; logged');
    UPDATE note SET body = body || ' (logged)' WHERE id = NEW.id;
END;

-- A string literal with a line that ends in ";" and a line that looks like a comment; it fires the trigger.
INSERT INTO note (id, body) VALUES (1, 'first line;
-- not a comment
last line');

-- The last statement of a script needs no semicolon.
CREATE INDEX note_log_by_note ON note_log (note_id)
