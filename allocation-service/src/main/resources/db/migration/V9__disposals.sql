-- Buildings' title states as property.titles publishes them: a building whose title is not clear is never disposed of.
CREATE TABLE registry_title (
    building_id    uuid         PRIMARY KEY,
    state          varchar(30)  NOT NULL,
    source_version bigint       NOT NULL
);

-- 处置利用: a building leaves the state's office space by one of six methods, reallocation first, on stated grounds.
CREATE TABLE disposal (
    id                     uuid          PRIMARY KEY,
    number                 varchar(40)   NOT NULL UNIQUE,
    building_id            uuid          NOT NULL REFERENCES registry_building (id),
    division_code          varchar(12)   NOT NULL,
    method                 varchar(20)   NOT NULL CHECK (method IN ('REALLOCATE', 'CONVERT_USE', 'EXCHANGE', 'LEASE_OUT', 'AUCTION', 'DEMOLISH')),
    ground                 varchar(30)   NOT NULL CHECK (ground IN ('SURPLUS', 'UNSUITABLE', 'PLANNING_DEMOLITION', 'DANGEROUS', 'LEFT_OVER')),
    grounds_detail         varchar(2000) NOT NULL,
    reallocation_ruled_out varchar(1000),
    recipient              varchar(200),
    status                 varchar(20)   NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'COMPLETED', 'CANCELLED')),
    approval_reference     varchar(100),
    completed_on           date,
    proceeds               numeric(14,2) CHECK (proceeds >= 0),
    treasury_reference     varchar(100),
    version                bigint        NOT NULL DEFAULT 0,
    created_at             timestamptz   NOT NULL,
    updated_at             timestamptz   NOT NULL
);
-- One disposal of a building under way at a time.
CREATE UNIQUE INDEX disposal_one_active_per_building ON disposal (building_id) WHERE status IN ('PROPOSED', 'APPROVED');
CREATE INDEX disposal_division ON disposal (division_code varchar_pattern_ops, id);
