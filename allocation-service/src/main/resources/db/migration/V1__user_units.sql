-- 使用单位: the agencies that can hold office space, as property-service publishes them.
-- A read model: written only by the property.agencies consumer, never by this service's API.
CREATE TABLE user_unit (
    id                uuid         PRIMARY KEY,
    credit_code       varchar(18)  NOT NULL,
    name              varchar(200) NOT NULL,
    division_code     varchar(12)  NOT NULL,
    level             varchar(12)  NOT NULL,
    agency_system     varchar(30)  NOT NULL,
    -- rank code → approved posts: the basis of the area entitlement of an allocation request
    approved_staffing text         NOT NULL,
    source_version    bigint       NOT NULL,
    synced_at         timestamptz  NOT NULL
);
CREATE INDEX user_unit_division ON user_unit (division_code varchar_pattern_ops, credit_code);
