-- 单位类别 of every unit (domain.md §8.1, the 使用单位 column of 办公用房信息): units registered before it are an agency
-- proper (机关本级), or a 参公 institution where that is their system, the same default a registration without it gets.
ALTER TABLE agency ADD COLUMN category varchar(40);
UPDATE agency SET category = CASE agency_system WHEN 'CIVIL_SERVICE_INSTITUTION' THEN 'CIVIL_SERVICE_MANAGED_INSTITUTION' ELSE 'AGENCY_PROPER' END;
ALTER TABLE agency ALTER COLUMN category SET NOT NULL;
ALTER TABLE agency ADD CONSTRAINT agency_category_known
    CHECK (category IN ('AGENCY_PROPER', 'VERTICAL_BRANCH', 'DISPATCHED_OFFICE', 'CIVIL_SERVICE_MANAGED_INSTITUTION', 'OTHER'));
