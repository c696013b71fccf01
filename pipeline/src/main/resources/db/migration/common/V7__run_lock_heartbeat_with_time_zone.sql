-- A heartbeat is an instant, not a wall-clock reading: written as TIMESTAMP WITH TIME ZONE (CURRENT_TIMESTAMP), two
-- hosts in different time zones sharing one database agree on a lock's age. (Written with LOCALTIMESTAMP into a plain
-- TIMESTAMP, each session wrote its own local time: a run in UTC+7 read a live UTC holder as 7 hours silent.)
ALTER TABLE run_lock ALTER COLUMN heartbeat_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
