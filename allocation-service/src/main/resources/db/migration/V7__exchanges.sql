-- 置换: two units swap the rooms they hold, approved as they stand and applied atomically later, or not at all.
CREATE TABLE exchange (
    id            uuid          PRIMARY KEY,
    number        varchar(40)   NOT NULL UNIQUE,
    division_code varchar(12)   NOT NULL,
    request_id    uuid          REFERENCES allocation_request (id),
    first_agency  uuid          NOT NULL REFERENCES user_unit (id),
    second_agency uuid          NOT NULL REFERENCES user_unit (id),
    -- JSON: each side's holdings as approved (holding id, room, version): applied only if every one is unchanged
    first_holdings  text        NOT NULL,
    second_holdings text        NOT NULL,
    reason        varchar(1000) NOT NULL,
    status        varchar(20)   NOT NULL CHECK (status IN ('APPROVED', 'COMPLETED', 'CANCELLED')),
    effective_on  date,
    version       bigint        NOT NULL DEFAULT 0,
    created_at    timestamptz   NOT NULL,
    updated_at    timestamptz   NOT NULL,
    CHECK (first_agency <> second_agency)
);
CREATE INDEX exchange_division ON exchange (division_code varchar_pattern_ops, id);
