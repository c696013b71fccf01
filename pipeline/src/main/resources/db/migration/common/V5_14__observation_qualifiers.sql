-- What a source says about a figure beyond its value (issue 14): only a bound ("trên 13 %": lower), a part-period
-- total (public investment disbursed "to 11/12/2025": covers_to), the definition or compiling body it follows.
-- All optional: an exact figure of the whole period leaves them empty.
ALTER TABLE observation ADD COLUMN bound VARCHAR(10);
ALTER TABLE observation ADD COLUMN covers_to DATE;
ALTER TABLE observation ADD COLUMN definition VARCHAR(400);
