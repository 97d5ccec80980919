-- A finding's detail is a message of the registry's bundle and its values, rendered in the reader's language when read
-- and published as data. The English sentences stored so far cannot be turned back into values: each row keeps its
-- excess and start as a message of their own, and an open finding is restated by the next check (the daily sweep).
ALTER TABLE compliance_finding ADD COLUMN detail_key varchar(60);
ALTER TABLE compliance_finding ADD COLUMN detail_values jsonb;
UPDATE compliance_finding SET detail_key = 'FINDING_RECORDED',
    detail_values = jsonb_build_object('excess', excess_area::text, 'since', since::text);
ALTER TABLE compliance_finding ALTER COLUMN detail_key SET NOT NULL;
ALTER TABLE compliance_finding ALTER COLUMN detail_values SET NOT NULL;
ALTER TABLE compliance_finding DROP COLUMN detail;
