-- 租用: a lease contract for premises the registry records as leased; only when reallocation and exchange cannot serve.
CREATE TABLE lease (
    id                 uuid          PRIMARY KEY,
    number             varchar(40)   NOT NULL UNIQUE,
    request_id         uuid          NOT NULL REFERENCES allocation_request (id),
    agency_id          uuid          NOT NULL REFERENCES user_unit (id),
    agency_code        varchar(18)   NOT NULL,
    division_code      varchar(12)   NOT NULL,
    building_id        uuid          NOT NULL REFERENCES registry_building (id),
    lessor             varchar(200)  NOT NULL,
    -- JSON list of the leased rooms
    room_ids           text          NOT NULL,
    area               numeric(10,2) NOT NULL CHECK (area > 0),
    starts_on          date          NOT NULL,
    ends_on            date          NOT NULL,
    annual_rent        numeric(14,2) NOT NULL CHECK (annual_rent >= 0),
    approval_reference varchar(100)  NOT NULL,
    filing_reference   varchar(100)  NOT NULL,
    status             varchar(20)   NOT NULL CHECK (status IN ('ACTIVE', 'ENDED')),
    ended_on           date,
    end_reason         varchar(1000),
    expiry_reminded_on date,
    version            bigint        NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    CHECK (ends_on > starts_on)
);
CREATE INDEX lease_division ON lease (division_code varchar_pattern_ops, id);
CREATE INDEX lease_expiry ON lease (ends_on) WHERE status = 'ACTIVE';

-- 建设: the bureau's necessity review (必要性审查) of a construction request, before the development-and-reform approval.
CREATE TABLE construction_review (
    id                   uuid          PRIMARY KEY,
    number               varchar(40)   NOT NULL UNIQUE,
    request_id           uuid          NOT NULL REFERENCES allocation_request (id),
    division_code        varchar(12)   NOT NULL,
    project_name         varchar(200)  NOT NULL,
    site                 varchar(300)  NOT NULL,
    planned_area         numeric(12,2) NOT NULL CHECK (planned_area > 0),
    estimated_investment numeric(14,2) NOT NULL CHECK (estimated_investment > 0),
    -- JSON list of the review's findings
    findings             text          NOT NULL,
    status               varchar(20)   NOT NULL CHECK (status IN ('UNDER_REVIEW', 'NECESSARY', 'NOT_NECESSARY', 'HANDED_OFF')),
    decision_reason      varchar(2000),
    handed_to            varchar(200),
    hand_off_reference   varchar(100),
    version              bigint        NOT NULL DEFAULT 0,
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL
);
CREATE UNIQUE INDEX construction_review_one_per_request ON construction_review (request_id);
CREATE INDEX construction_review_division ON construction_review (division_code varchar_pattern_ops, id);
