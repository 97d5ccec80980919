-- The last medium or major repair before the platform (from the bureau's files), with the document it is known by: the
-- 15-year rule counts from the later of it and the repairs maintenance-service accepts.
ALTER TABLE building ADD COLUMN prior_repair_on date;
ALTER TABLE building ADD COLUMN prior_repair_evidence varchar(300);
ALTER TABLE building ADD CONSTRAINT building_prior_repair_with_evidence CHECK ((prior_repair_on IS NULL) = (prior_repair_evidence IS NULL));
ALTER TABLE building ADD CONSTRAINT building_prior_repair_after_completion CHECK (
    prior_repair_on IS NULL OR completed_on IS NULL OR prior_repair_on >= completed_on);
