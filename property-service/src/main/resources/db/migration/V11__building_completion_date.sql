-- 竣工日期: the day a building was completed. The 15-year rule of repairs is decided to the day, not the year.
ALTER TABLE building ADD COLUMN completed_on date;
ALTER TABLE building ADD CONSTRAINT building_completed_in_year_built CHECK (
    completed_on IS NULL OR year_built IS NULL OR extract(year FROM completed_on) = year_built);
