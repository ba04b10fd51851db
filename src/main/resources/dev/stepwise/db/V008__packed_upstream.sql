-- Stepwise schema, version 8: a path's upstream base kept packed.
--
-- The base is the whole path as a file (8.7 MB at 10,000 items). It is written as base64 of its DEFLATE-compressed
-- UTF-8 in "packed", with "content" left empty; a row written before keeps its plain "content" and no "packed".
-- Base64 in TEXT, not a BLOB: the undo log keeps rows as JSON objects, which cannot hold a BLOB.

ALTER TABLE path_upstream ADD COLUMN packed TEXT;
