-- Routine repairs reach the registry too: reported done by the unit, they have no start of works (no rooms are taken
-- out of use), only the day they were done.
ALTER TABLE building_repair ALTER COLUMN started_on DROP NOT NULL;
ALTER TABLE building_repair ADD CONSTRAINT building_repair_started_unless_routine CHECK (repair_class = 'ROUTINE' OR started_on IS NOT NULL);
ALTER TABLE building_repair ADD CONSTRAINT building_repair_routine_done CHECK (repair_class <> 'ROUTINE' OR completed_on IS NOT NULL);
