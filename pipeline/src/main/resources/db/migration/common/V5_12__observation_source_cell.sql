-- Where a figure read from a published table sits in its sheet ("E29"), so that a report can cite file, sheet and
-- cell. Null for figures of tidy files (their row is file_row) and for figures stored before this column existed.
ALTER TABLE observation ADD COLUMN source_cell VARCHAR(20);
