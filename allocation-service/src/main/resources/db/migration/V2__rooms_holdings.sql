-- Rooms as property-service publishes them: a read model written only by the property.rooms consumer.
CREATE TABLE registry_room (
    id             uuid          PRIMARY KEY,
    building_id    uuid          NOT NULL,
    division_code  varchar(12)   NOT NULL,
    number         varchar(40)   NOT NULL,
    category       varchar(12)   NOT NULL,
    use_area       numeric(10,2) NOT NULL,
    status         varchar(12)   NOT NULL,
    source_version bigint        NOT NULL,
    synced_at      timestamptz   NOT NULL
);
CREATE INDEX registry_room_division ON registry_room (division_code varchar_pattern_ops, id);

-- 占有使用: which unit holds which room, from when to when, on what basis. This service is the one
-- writer of this fact; property-service checks it against the standards from the events.
CREATE TABLE holding (
    id             uuid          PRIMARY KEY,
    room_id        uuid          NOT NULL REFERENCES registry_room (id),
    agency_id      uuid          NOT NULL REFERENCES user_unit (id),
    agency_code    varchar(18)   NOT NULL,
    division_code  varchar(12)   NOT NULL,
    basis          varchar(20)   NOT NULL CHECK (basis IN ('EXISTING_USE', 'REALLOCATION', 'EXCHANGE', 'LEASE', 'CONSTRUCTION')),
    approved_use   varchar(12)   NOT NULL CHECK (approved_use IN ('OFFICE', 'SERVICE', 'EQUIPMENT', 'ANCILLARY', 'TECHNICAL')),
    reference      varchar(100)  NOT NULL,
    from_date      date          NOT NULL,
    to_date        date,
    end_reason     varchar(500),
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    CHECK (to_date IS NULL OR to_date >= from_date)
);
-- A room has one holder at a time; two concurrent grants of the same room cannot both commit.
CREATE UNIQUE INDEX holding_one_open_per_room ON holding (room_id) WHERE to_date IS NULL;
CREATE INDEX holding_division ON holding (division_code varchar_pattern_ops, id);
CREATE INDEX holding_agency ON holding (agency_id, id);
