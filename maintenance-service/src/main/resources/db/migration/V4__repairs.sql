-- What repairs are judged by besides the building's age: its title state (from property.titles) and the day its last
-- medium or major repair was accepted (from property.buildings, recorded there when this service reports acceptance).
ALTER TABLE registry_building ADD COLUMN last_medium_or_major_repair_on date;
ALTER TABLE registry_building ADD COLUMN address varchar(300);
-- Kept apart from the building: a title event may arrive before its building's (their topics are not ordered together).
CREATE TABLE registry_title (
    building_id    uuid        PRIMARY KEY,
    state          varchar(30) NOT NULL,
    source_version bigint      NOT NULL
);

-- A division's repair figures as dated data, like the area standards: a row applies from its day until the next row of the
-- same division; a division without rows uses the platform's (division_code NULL), seeded with the defaults of domain.md §7.
CREATE TABLE repair_parameters (
    id                         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    division_code              varchar(12),
    effective_from             date          NOT NULL,
    effective_to               date,
    years_before_medium_repair integer       NOT NULL CHECK (years_before_medium_repair BETWEEN 1 AND 100),
    max_extension_ratio        numeric(5,4)  NOT NULL CHECK (max_extension_ratio BETWEEN 0 AND 1),
    small_below                numeric(14,2) NOT NULL CHECK (small_below > 0),
    tender_from                numeric(14,2) NOT NULL CHECK (tender_from >= small_below),
    -- MM-DD: declarations for a plan year close on this day of that year
    declaration_deadline       varchar(5)    NOT NULL CHECK (declaration_deadline ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'),
    replacement_value_per_m2   numeric(10,2) NOT NULL CHECK (replacement_value_per_m2 > 0),
    energy_reference           numeric(8,2)  NOT NULL CHECK (energy_reference > 0),
    weight_age                 numeric(4,3)  NOT NULL CHECK (weight_age >= 0),
    weight_since_repair        numeric(4,3)  NOT NULL CHECK (weight_since_repair >= 0),
    weight_condition           numeric(4,3)  NOT NULL CHECK (weight_condition >= 0),
    weight_hazards             numeric(4,3)  NOT NULL CHECK (weight_hazards >= 0),
    weight_energy              numeric(4,3)  NOT NULL CHECK (weight_energy >= 0),
    source                     varchar(200)  NOT NULL,
    created_by                 varchar(200)  NOT NULL,
    created_at                 timestamptz   NOT NULL,
    CHECK (effective_to IS NULL OR effective_to > effective_from)
);
CREATE UNIQUE INDEX repair_parameters_one_open ON repair_parameters (coalesce(division_code, '')) WHERE effective_to IS NULL;
-- The replacement value (元/m²) and the energy reference (kWh/m²·a) are placeholders for the region to set, not verified figures.
INSERT INTO repair_parameters (division_code, effective_from, years_before_medium_repair, max_extension_ratio, small_below, tender_from,
    declaration_deadline, replacement_value_per_m2, energy_reference, weight_age, weight_since_repair, weight_condition, weight_hazards,
    weight_energy, source, created_by, created_at)
VALUES (NULL, DATE '2000-01-01', 15, 0.15, 50000, 500000, '03-31', 4000, 100, 0.20, 0.20, 0.25, 0.25, 0.10,
    'domain.md §7 defaults (陕西 2022 十五年; 大修扩建 15%; 某市限额); replacement value and energy reference are placeholders', 'system', now());

-- Numbers per division, kind and year (640104-WX-2026-0001): one row each, incremented under its row lock.
CREATE TABLE number_sequence (
    division_code varchar(12) NOT NULL,
    kind          varchar(20) NOT NULL,
    year          integer     NOT NULL,
    last_value    integer     NOT NULL,
    PRIMARY KEY (division_code, kind, year)
);

-- 维修项目: a unit's repair declaration and its way through the procedure. JSON columns hold the lines as declared.
CREATE TABLE repair_project (
    id                    uuid          PRIMARY KEY,
    number                varchar(40)   NOT NULL UNIQUE,
    agency_id             uuid          NOT NULL REFERENCES declaring_unit (id),
    agency_code           varchar(18)   NOT NULL,
    division_code         varchar(12)   NOT NULL,
    building_id           uuid          NOT NULL REFERENCES registry_building (id),
    repair_class          varchar(10)   NOT NULL CHECK (repair_class IN ('ROUTINE', 'MEDIUM', 'MAJOR')),
    plan_year             integer       NOT NULL,
    title                 varchar(200)  NOT NULL,
    description           varchar(4000) NOT NULL,
    grounds               text          NOT NULL,
    hazard_level          varchar(10)   NOT NULL CHECK (hazard_level IN ('NONE', 'LOW', 'MEDIUM', 'HIGH')),
    hazards               text          NOT NULL,
    energy_use_intensity  numeric(8,2),
    extension_area        numeric(10,2) NOT NULL DEFAULT 0 CHECK (extension_area >= 0),
    room_ids              text          NOT NULL,
    items                 text          NOT NULL,
    estimated_cost        numeric(14,2) NOT NULL CHECK (estimated_cost >= 0),
    cost_band             varchar(10)   NOT NULL CHECK (cost_band IN ('SMALL', 'MEDIUM', 'LARGE')),
    contract_cost         numeric(14,2) CHECK (contract_cost >= 0),
    actual_cost           numeric(14,2) CHECK (actual_cost >= 0),
    contractor            varchar(200),
    tender_reference      varchar(100),
    approval_reference    varchar(100),
    status                varchar(20)   NOT NULL CHECK (status IN ('DECLARED', 'APPRAISED', 'ESTABLISHED', 'PLANNED', 'IN_PROGRESS', 'COMPLETED',
                                                               'REJECTED', 'WITHDRAWN')),
    declared_on           date          NOT NULL,
    appraised_on          date,
    established_on        date,
    planned_on            date,
    started_on            date,
    accepted_on           date,
    version               bigint        NOT NULL DEFAULT 0,
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL,
    search_text           text GENERATED ALWAYS AS (lower(number || ' ' || title || ' ' || agency_code)) STORED
);
CREATE INDEX repair_project_division ON repair_project (division_code varchar_pattern_ops, id);
CREATE INDEX repair_project_building ON repair_project (building_id, id);
CREATE INDEX repair_project_reserve ON repair_project (division_code, plan_year) WHERE status = 'ESTABLISHED';
-- 化整为零: one medium or major project per unit, address and plan year. The rule answers with the project already there;
-- this index keeps two concurrent declarations from both passing it.
CREATE UNIQUE INDEX repair_project_one_per_unit_address_year ON repair_project (agency_id, building_id, plan_year)
    WHERE repair_class <> 'ROUTINE' AND status NOT IN ('REJECTED', 'WITHDRAWN');

-- Each stage a project took: who, on which day, to which status, with which documents.
CREATE TABLE project_stage (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id  uuid          NOT NULL REFERENCES repair_project (id),
    stage       varchar(20)   NOT NULL,
    status      varchar(20)   NOT NULL,
    acted_on    date          NOT NULL,
    actor       varchar(200)  NOT NULL,
    comment     varchar(2000),
    documents   text          NOT NULL,
    occurred_at timestamptz   NOT NULL
);
CREATE INDEX project_stage_project ON project_stage (project_id, id);

-- Documents and photos of a project (appraisal reports, approvals, acceptance records, site photos).
CREATE TABLE project_document (
    id           uuid         PRIMARY KEY,
    project_id   uuid         NOT NULL REFERENCES repair_project (id),
    division_code varchar(12) NOT NULL,
    kind         varchar(20)  NOT NULL CHECK (kind IN ('PHOTO', 'APPRAISAL', 'APPROVAL', 'DRAWING', 'CONTRACT', 'ACCEPTANCE', 'OTHER')),
    file_name    varchar(200) NOT NULL,
    content_type varchar(100) NOT NULL,
    size_bytes   bigint       NOT NULL CHECK (size_bytes > 0),
    sha256       varchar(64)  NOT NULL,
    content      bytea        NOT NULL,
    uploaded_by  varchar(200) NOT NULL,
    uploaded_at  timestamptz  NOT NULL
);
CREATE INDEX project_document_project ON project_document (project_id, uploaded_at);

-- 年度维修计划: a division's yearly budget and the established projects it funds, by score, within it.
CREATE TABLE annual_plan (
    id            uuid          PRIMARY KEY,
    division_code varchar(12)   NOT NULL,
    year          integer       NOT NULL,
    budget        numeric(16,2) NOT NULL CHECK (budget > 0),
    total         numeric(16,2) NOT NULL CHECK (total <= budget),
    status        varchar(10)   NOT NULL CHECK (status IN ('DRAFT', 'APPROVED')),
    approved_by   varchar(200),
    approved_on   date,
    approval_reference varchar(100),
    version       bigint        NOT NULL DEFAULT 0,
    created_at    timestamptz   NOT NULL,
    updated_at    timestamptz   NOT NULL,
    UNIQUE (division_code, year)
);
CREATE TABLE annual_plan_item (
    project_id uuid          PRIMARY KEY REFERENCES repair_project (id),
    plan_id    uuid          NOT NULL REFERENCES annual_plan (id),
    rank       integer       NOT NULL,
    score      numeric(6,2)  NOT NULL,
    amount     numeric(14,2) NOT NULL
);
CREATE INDEX annual_plan_item_plan ON annual_plan_item (plan_id, rank);

-- 检查: inspections of a building by system, and what they found. Open findings with a remediation cost are the
-- building's deferred maintenance, the numerator of its condition index.
CREATE TABLE inspection (
    id            uuid         PRIMARY KEY,
    number        varchar(40)  NOT NULL UNIQUE,
    division_code varchar(12)  NOT NULL,
    building_id   uuid         NOT NULL REFERENCES registry_building (id),
    systems       text         NOT NULL,
    planned_on    date         NOT NULL,
    performed_on  date,
    inspector     varchar(200),
    status        varchar(10)  NOT NULL CHECK (status IN ('PLANNED', 'RECORDED')),
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL
);
CREATE INDEX inspection_division ON inspection (division_code varchar_pattern_ops, id);
CREATE INDEX inspection_building ON inspection (building_id, planned_on);

CREATE TABLE inspection_finding (
    id                 uuid          PRIMARY KEY,
    inspection_id      uuid          NOT NULL REFERENCES inspection (id),
    building_id        uuid          NOT NULL REFERENCES registry_building (id),
    division_code      varchar(12)   NOT NULL,
    building_system    varchar(40)   NOT NULL,
    severity           varchar(10)   NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    description        varchar(2000) NOT NULL,
    remediation_cost   numeric(14,2) NOT NULL CHECK (remediation_cost >= 0),
    remediate_by       date          NOT NULL,
    resolved_on        date,
    resolution         varchar(2000),
    version            bigint        NOT NULL DEFAULT 0
);
CREATE INDEX inspection_finding_open ON inspection_finding (division_code varchar_pattern_ops, remediate_by) WHERE resolved_on IS NULL;
CREATE INDEX inspection_finding_building ON inspection_finding (building_id) WHERE resolved_on IS NULL;
