-- The registry's standards and allowances, as property.standards publishes every row it writes: requests are sized by
-- the same rows the registry checks against (one rule, in space-rules). Read models, written only by the consumer.
CREATE TABLE standard_row (
    id             bigint        PRIMARY KEY,
    level          varchar(12)   NOT NULL,
    rank_code      varchar(40)   NOT NULL,
    division_code  varchar(12),
    office_area    numeric(6,2)  NOT NULL,
    effective_from date          NOT NULL,
    effective_to   date,
    source         varchar(200)  NOT NULL
);
CREATE INDEX standard_row_level ON standard_row (level, rank_code);

CREATE TABLE allowance_row (
    id                   bigint        PRIMARY KEY,
    level                varchar(12)   NOT NULL,
    division_code        varchar(12),
    service_per_person   numeric(5,2)  NOT NULL,
    equipment_per_person numeric(5,2)  NOT NULL,
    effective_from       date          NOT NULL,
    effective_to         date,
    source               varchar(200)  NOT NULL
);

-- Buildings and floors as the registry publishes them: what a recommendation names and how it judges adjacent floors.
CREATE TABLE registry_building (
    id             uuid          PRIMARY KEY,
    division_code  varchar(12)   NOT NULL,
    code           varchar(40)   NOT NULL,
    name           varchar(200)  NOT NULL,
    source_version bigint        NOT NULL,
    synced_at      timestamptz   NOT NULL
);
CREATE TABLE registry_floor (
    id             uuid          PRIMARY KEY,
    building_id    uuid          NOT NULL,
    label          varchar(20)   NOT NULL,
    source_version bigint        NOT NULL
);

-- Numbers per division, kind and year (申请 2026-0001, 凭证 …): one row each, incremented under its row lock.
CREATE TABLE number_sequence (
    division_code varchar(12) NOT NULL,
    kind          varchar(20) NOT NULL,
    year          integer     NOT NULL,
    last_value    integer     NOT NULL,
    PRIMARY KEY (division_code, kind, year)
);

-- 用房申请: a unit asks for space; the bureau reviews, decides the method in legal priority order, and fulfils it.
CREATE TABLE allocation_request (
    id                   uuid          PRIMARY KEY,
    number               varchar(40)   NOT NULL UNIQUE,
    agency_id            uuid          NOT NULL REFERENCES user_unit (id),
    agency_code          varchar(18)   NOT NULL,
    division_code        varchar(12)   NOT NULL,
    reason               varchar(20)   NOT NULL CHECK (reason IN ('NEW_UNIT', 'STAFFING_CHANGE', 'REORGANISATION', 'RELOCATION')),
    justification        varchar(2000) NOT NULL,
    -- rank code → people the space is asked for, and the standard each rank was sized by on the day of submission
    staff                text          NOT NULL,
    service_area_asked   numeric(10,2) NOT NULL CHECK (service_area_asked >= 0),
    equipment_area_asked numeric(10,2) NOT NULL CHECK (equipment_area_asked >= 0),
    area_asked           numeric(10,2) NOT NULL CHECK (area_asked > 0),
    documents            text          NOT NULL,
    sized_on             date          NOT NULL,
    office_entitlement   numeric(10,2) NOT NULL,
    -- basic office space the unit already held at submission; not counted for a relocation, which hands it back
    held_area            numeric(10,2) NOT NULL,
    basic_entitlement    numeric(10,2),
    status               varchar(20)   NOT NULL CHECK (status IN ('SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'FULFILLED', 'WITHDRAWN')),
    method               varchar(20)   CHECK (method IN ('REALLOCATION', 'EXCHANGE', 'LEASE', 'CONSTRUCTION')),
    -- method → why it could not serve, for every method above the one chosen
    ruled_out            text,
    funding_source       varchar(30),
    -- the idle pool's best recommendation when the decision was taken, as the decision's evidence
    pool_best_fit        text,
    version              bigint        NOT NULL DEFAULT 0,
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL
);
CREATE INDEX allocation_request_division ON allocation_request (division_code varchar_pattern_ops, id);
CREATE INDEX allocation_request_agency ON allocation_request (agency_id, id);

-- The steps of every workflow of this service (requests, certificates, vacating orders, disposals): who, when, to what.
CREATE TABLE workflow_step (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_type varchar(30)   NOT NULL,
    subject_id   uuid          NOT NULL,
    action       varchar(30)   NOT NULL,
    status       varchar(30)   NOT NULL,
    actor        varchar(200)  NOT NULL,
    comment      varchar(2000),
    occurred_at  timestamptz   NOT NULL
);
CREATE INDEX workflow_step_subject ON workflow_step (subject_type, subject_id, id);

-- Rooms promised to an approved request until it is fulfilled: a room is never promised to two at once.
CREATE TABLE room_reservation (
    room_id     uuid        PRIMARY KEY REFERENCES registry_room (id),
    request_id  uuid        NOT NULL REFERENCES allocation_request (id),
    reserved_at timestamptz NOT NULL
);
CREATE INDEX room_reservation_request ON room_reservation (request_id);
