-- Which unit holds which room, as allocation-service publishes it (allocation.holdings). A read
-- model: written only by that consumer. No foreign key to room: an event may name a room this
-- service has since removed, and a read model must not refuse what the writer decided.
CREATE TABLE room_holding (
    id             uuid          PRIMARY KEY,
    room_id        uuid          NOT NULL,
    agency_id      uuid          NOT NULL,
    agency_code    varchar(18)   NOT NULL,
    approved_use   varchar(12)   NOT NULL,
    reference      varchar(100)  NOT NULL,
    from_date      date          NOT NULL,
    to_date        date,
    source_version bigint        NOT NULL,
    synced_at      timestamptz   NOT NULL
);
CREATE INDEX room_holding_open_by_room ON room_holding (room_id) WHERE to_date IS NULL;
CREATE INDEX room_holding_open_by_agency ON room_holding (agency_id) WHERE to_date IS NULL;

-- The day a room's category (its function) was last set, so that a change of function against the
-- approved use is dated from the change, not from the holding.
ALTER TABLE room ADD COLUMN category_since date;
UPDATE room SET category_since = created_at::date;
ALTER TABLE room ALTER COLUMN category_since SET NOT NULL;

-- Service and equipment rooms allowed per approved post, on top of the office standard, for the basic
-- office space check of a unit. No verified national numbers exist (domain.md §4): each division
-- sets its own, and the check runs only where a row is in force. NULL division = national.
CREATE TABLE space_allowance (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    level                varchar(12)  NOT NULL CHECK (level IN ('CENTRAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'TOWNSHIP')),
    division_code        varchar(12)  REFERENCES division (code),
    service_per_person   numeric(6,2) NOT NULL CHECK (service_per_person >= 0),
    equipment_per_person numeric(6,2) NOT NULL CHECK (equipment_per_person >= 0),
    effective_from       date         NOT NULL,
    effective_to         date,
    source               varchar(200) NOT NULL,
    CHECK (effective_to IS NULL OR effective_to > effective_from)
);
CREATE UNIQUE INDEX space_allowance_one_per_day ON space_allowance (level, coalesce(division_code, ''), effective_from);

CREATE INDEX compliance_finding_agency ON compliance_finding (subject_key) WHERE status = 'OPEN' AND subject_key LIKE 'agency:%';
