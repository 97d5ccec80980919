-- What the 办公用房建设项目 table of domain.md §8.1 reports of a project besides its name, site, size and investment: the
-- approving department (审批部门) and the builder (建设单位), both optional, and the main using unit (主要使用单位), the unit
-- of the request the review belongs to.
ALTER TABLE construction_review ADD COLUMN approving_department varchar(200);
ALTER TABLE construction_review ADD COLUMN builder varchar(200);
ALTER TABLE construction_review ADD COLUMN agency_id uuid REFERENCES user_unit (id);
ALTER TABLE construction_review ADD COLUMN agency_code varchar(18);
UPDATE construction_review c SET agency_id = r.agency_id, agency_code = r.agency_code FROM allocation_request r WHERE r.id = c.request_id;
ALTER TABLE construction_review ALTER COLUMN agency_id SET NOT NULL;
ALTER TABLE construction_review ALTER COLUMN agency_code SET NOT NULL;
