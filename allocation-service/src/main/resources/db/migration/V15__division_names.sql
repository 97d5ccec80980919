-- The registry's division names, so that a printed certificate names its division and the bureau that issues it.
CREATE TABLE registry_division (
    code           varchar(12) PRIMARY KEY,
    name           varchar(100) NOT NULL,
    source_version bigint NOT NULL,
    synced_at      timestamptz NOT NULL
);
