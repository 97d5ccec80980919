-- 化整为零 in routine work: a routine declaration that, with the unit's earlier ones at the address that year, reaches the
-- medium band is accepted (each stays below the band) and flagged for the bureau.
ALTER TABLE repair_project ADD COLUMN split_suspected boolean NOT NULL DEFAULT false;
ALTER TABLE repair_project ADD CONSTRAINT repair_project_split_only_routine CHECK (NOT split_suspected OR repair_class = 'ROUTINE');
