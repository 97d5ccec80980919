-- Rooms as the registry publishes them, and holdings as allocation publishes them: which rooms a request names, and which
-- unit uses them. Read models, written only by their consumers.
CREATE TABLE registry_room (
    id             uuid          PRIMARY KEY,
    building_id    uuid          NOT NULL,
    division_code  varchar(12)   NOT NULL,
    number         varchar(40)   NOT NULL,
    category       varchar(12)   NOT NULL,
    use_area       numeric(10,2) NOT NULL,
    status         varchar(12)   NOT NULL,
    retired_on     date,
    source_version bigint        NOT NULL,
    synced_at      timestamptz   NOT NULL
);
CREATE INDEX registry_room_building ON registry_room (building_id);

CREATE TABLE room_holding (
    id             uuid          PRIMARY KEY,
    room_id        uuid          NOT NULL,
    agency_id      uuid          NOT NULL,
    agency_code    varchar(18)   NOT NULL,
    from_date      date          NOT NULL,
    to_date        date,
    source_version bigint        NOT NULL
);
CREATE INDEX room_holding_room ON room_holding (room_id) WHERE to_date IS NULL;
CREATE INDEX room_holding_agency ON room_holding (agency_id) WHERE to_date IS NULL;
