-- 权属: one title record per building, its state (TitleRules) and the full history of its changes.
CREATE TABLE title (
    id                               uuid         PRIMARY KEY,
    building_id                      uuid         NOT NULL UNIQUE REFERENCES building (id),
    division_code                    varchar(12)  NOT NULL,
    state                            varchar(30)  NOT NULL CHECK (state IN ('REGISTERED_TO_BUREAU', 'REGISTERED_TO_USER_UNIT',
                                         'REGISTERED_TO_OTHER', 'FILED_AS_UNCLEAR', 'DISPUTED', 'RECORDS_MISSING')),
    unified_certificate_no           varchar(100),
    building_ownership_certificate_no varchar(100),
    land_use_certificate_no          varchar(100),
    land_use_type                    varchar(10)  CHECK (land_use_type IN ('ALLOCATED', 'GRANTED')),
    registrant                       varchar(200),
    approval_reference               varchar(100),
    filing_reference                 varchar(100),
    version                          bigint       NOT NULL DEFAULT 0,
    created_at                       timestamptz  NOT NULL,
    updated_at                       timestamptz  NOT NULL
);
CREATE INDEX title_division ON title (division_code varchar_pattern_ops, state);

CREATE TABLE title_change (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title_id    uuid         NOT NULL REFERENCES title (id),
    from_state  varchar(30),
    to_state    varchar(30)  NOT NULL,
    reason      text,
    reference   varchar(100),
    actor       varchar(200) NOT NULL,
    request_id  varchar(100),
    occurred_at timestamptz  NOT NULL
);
CREATE INDEX title_change_title ON title_change (title_id, id);
