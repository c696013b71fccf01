-- The verdict beside the Open SDG status (SCORING.md §2–§3): final achieved / not achieved after the target year
-- with the figure that decided it, the UNSD forward view, and the perimeter whose figures measured the target.
ALTER TABLE target_score ADD COLUMN verdict VARCHAR(30);
ALTER TABLE target_score ADD COLUMN deciding_value DOUBLE PRECISION;
ALTER TABLE target_score ADD COLUMN forward_class VARCHAR(40);
ALTER TABLE target_score ADD COLUMN pe DOUBLE PRECISION;
ALTER TABLE target_score ADD COLUMN required_rate DOUBLE PRECISION;
ALTER TABLE target_score ADD COLUMN perimeter VARCHAR(200);
