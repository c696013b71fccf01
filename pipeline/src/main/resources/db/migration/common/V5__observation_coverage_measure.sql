-- What stretch of time a figure covers (month, to_date, quarter, year) and what kind of figure it is (level, plan,
-- plan_pct, yoy_index, mom_index, change), as read from a published table's header. Nullable: figures stored before
-- this migration, and tidy files, do not say.
ALTER TABLE observation ADD COLUMN coverage VARCHAR(20);
ALTER TABLE observation ADD COLUMN measure VARCHAR(20);
