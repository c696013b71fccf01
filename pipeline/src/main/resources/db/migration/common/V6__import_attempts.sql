-- How many times a file's import failed for a reason other than its content: after planscore.import.max-attempts
-- it is set aside in rejected/ instead of failing every night.
ALTER TABLE imported_file ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
