-- Suspected 化整为零 is kept as its figures, explained in the reader's language when read: what the unit's routine
-- declarations at the address that year came to with this one, and where the medium band started that day.
ALTER TABLE repair_project ADD COLUMN split_routine_total numeric(14,2);
ALTER TABLE repair_project ADD COLUMN split_medium_from numeric(14,2);

-- The figures of earlier suspicions, from the English sentence the declaration's stage carried until now.
UPDATE repair_project p SET split_routine_total = substring(s.comment from 'total ([0-9]+(\.[0-9]+)?) 元')::numeric,
                            split_medium_from = substring(s.comment from 'medium band from ([0-9]+(\.[0-9]+)?) 元')::numeric
FROM project_stage s
WHERE s.project_id = p.id AND s.stage = 'DECLARE' AND p.split_suspected AND s.comment IS NOT NULL;

ALTER TABLE repair_project ADD CONSTRAINT repair_project_split_figures CHECK (
    (split_routine_total IS NULL) = (split_medium_from IS NULL) AND (split_routine_total IS NULL OR split_suspected));

-- Stage comments are what people wrote: the sentences the platform put there (the declaration's suspicion, the plan's
-- "YYYY年度维修计划" before its approval number) leave them.
UPDATE project_stage SET comment = NULL WHERE stage = 'DECLARE';
UPDATE project_stage SET comment = regexp_replace(comment, '^[0-9]{4}年度维修计划 ', '') WHERE stage = 'PLAN';
