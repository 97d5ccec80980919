-- 申报单位: the units that declare repairs, as property-service publishes them. A read model,
-- written only by the property.agencies consumer.
CREATE TABLE declaring_unit (
    id             uuid         PRIMARY KEY,
    credit_code    varchar(18)  NOT NULL,
    name           varchar(200) NOT NULL,
    division_code  varchar(12)  NOT NULL,
    source_version bigint       NOT NULL,
    synced_at      timestamptz  NOT NULL
);
CREATE INDEX declaring_unit_division ON declaring_unit (division_code varchar_pattern_ops, credit_code);
