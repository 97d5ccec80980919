-- Buildings as the registry publishes them: what a repair request is judged by (the completion date to the day for the
-- 15-year rule, the original floor area for an extension). A read model, written only by the property.buildings consumer.
CREATE TABLE registry_building (
    id               uuid          PRIMARY KEY,
    division_code    varchar(12)   NOT NULL,
    code             varchar(40)   NOT NULL,
    name             varchar(200)  NOT NULL,
    completed_on     date,
    year_built       integer,
    gross_floor_area numeric(12,2) NOT NULL,
    disposed_on      date,
    source_version   bigint        NOT NULL,
    synced_at        timestamptz   NOT NULL
);
CREATE INDEX registry_building_division ON registry_building (division_code varchar_pattern_ops, id);
