-- Supervision's read models of the other services' facts, built only from their events. A fact that changes keeps one
-- row per version with the period it was true: valid_from is the platform day the version arrived, valid_to the day the
-- next one did (exclusive; NULL while it is current). Any figure can so be computed as of a past day, as the registry knew
-- it then. Ended facts (a retired room, a disposed building, a dissolved unit) keep their end day as a column: a report
-- as of a day counts them only before it. Every row carries the source version, so that replicas only move forward.

CREATE TABLE division_replica (
    code           varchar(12)  PRIMARY KEY,
    name           varchar(100) NOT NULL,
    level          varchar(12)  NOT NULL,
    parent_code    varchar(12),
    source_version bigint       NOT NULL,
    synced_at      timestamptz  NOT NULL
);
CREATE INDEX division_replica_parent ON division_replica (parent_code);

CREATE TABLE agency_version (
    id                uuid         NOT NULL,
    valid_from        date         NOT NULL,
    valid_to          date,
    credit_code       varchar(18)  NOT NULL,
    name              varchar(200) NOT NULL,
    division_code     varchar(12)  NOT NULL,
    level             varchar(12)  NOT NULL,
    agency_system     varchar(30)  NOT NULL,
    category          varchar(40)  NOT NULL,
    offices_bureau    boolean      NOT NULL,
    approved_staffing jsonb        NOT NULL,
    actual_staff      integer      NOT NULL,
    dissolved_on      date,
    source_version    bigint       NOT NULL,
    PRIMARY KEY (id, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX agency_version_current ON agency_version (id) WHERE valid_to IS NULL;
CREATE INDEX agency_version_division ON agency_version (division_code, valid_from);

CREATE TABLE parcel_version (
    id             uuid          NOT NULL,
    valid_from     date          NOT NULL,
    valid_to       date,
    division_code  varchar(12)   NOT NULL,
    code           varchar(40)   NOT NULL,
    name           varchar(200)  NOT NULL,
    address        varchar(300),
    land_area      numeric(14, 2),
    source_version bigint        NOT NULL,
    PRIMARY KEY (id, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX parcel_version_current ON parcel_version (id) WHERE valid_to IS NULL;

CREATE TABLE building_version (
    id               uuid          NOT NULL,
    valid_from       date          NOT NULL,
    valid_to         date,
    division_code    varchar(12)   NOT NULL,
    parcel_id        uuid,
    code             varchar(40)   NOT NULL,
    name             varchar(200)  NOT NULL,
    address          varchar(300),
    year_built       integer,
    gross_floor_area numeric(14, 2) NOT NULL,
    origin           varchar(40),
    lease_number     varchar(60),
    disposed_on      date,
    source_version   bigint        NOT NULL,
    PRIMARY KEY (id, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX building_version_current ON building_version (id) WHERE valid_to IS NULL;
CREATE INDEX building_version_division ON building_version (division_code, valid_from);

CREATE TABLE floor_replica (
    id             uuid         PRIMARY KEY,
    building_id    uuid         NOT NULL,
    label          varchar(40)  NOT NULL,
    source_version bigint       NOT NULL
);

CREATE TABLE room_version (
    id             uuid           NOT NULL,
    valid_from     date           NOT NULL,
    valid_to       date,
    building_id    uuid           NOT NULL,
    floor_id       uuid,
    division_code  varchar(12)    NOT NULL,
    number         varchar(40)    NOT NULL,
    category       varchar(20)    NOT NULL,
    use_area       numeric(12, 2) NOT NULL,
    building_area  numeric(12, 2),
    status         varchar(20)    NOT NULL,
    retired_on     date,
    source_version bigint         NOT NULL,
    PRIMARY KEY (id, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX room_version_current ON room_version (id) WHERE valid_to IS NULL;
CREATE INDEX room_version_building ON room_version (building_id, valid_from);

CREATE TABLE title_version (
    id                  uuid         NOT NULL,
    valid_from          date         NOT NULL,
    valid_to            date,
    building_id         uuid,
    parcel_id           uuid,
    division_code       varchar(12)  NOT NULL,
    state               varchar(40)  NOT NULL,
    registrant          varchar(200),
    records_handed_over boolean      NOT NULL,
    source_version      bigint       NOT NULL,
    PRIMARY KEY (id, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX title_version_current ON title_version (id) WHERE valid_to IS NULL;
CREATE INDEX title_version_building ON title_version (building_id, valid_from);

-- A holding carries its own period (from its first day to the day the room was handed back, exclusive).
CREATE TABLE holding_replica (
    id             uuid         PRIMARY KEY,
    room_id        uuid         NOT NULL,
    agency_id      uuid         NOT NULL,
    agency_code    varchar(18)  NOT NULL,
    division_code  varchar(12)  NOT NULL,
    basis          varchar(20)  NOT NULL,
    from_date      date         NOT NULL,
    to_date        date,
    source_version bigint       NOT NULL
);
CREATE INDEX holding_replica_room ON holding_replica (room_id, from_date);
CREATE INDEX holding_replica_agency ON holding_replica (agency_id);

-- Construction projects (办公用房建设项目) as allocation's necessity reviews describe them.
CREATE TABLE construction_version (
    id                   uuid           NOT NULL,
    valid_from           date           NOT NULL,
    valid_to             date,
    number               varchar(40)    NOT NULL,
    division_code        varchar(12)    NOT NULL,
    project_name         varchar(200)   NOT NULL,
    site                 varchar(300),
    planned_area         numeric(14, 2),
    estimated_investment numeric(16, 2),
    status               varchar(20)    NOT NULL,
    approving_department varchar(200),
    builder              varchar(200),
    agency_id            uuid,
    source_version       bigint         NOT NULL,
    PRIMARY KEY (id, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX construction_version_current ON construction_version (id) WHERE valid_to IS NULL;
CREATE INDEX construction_version_division ON construction_version (division_code, valid_from);
