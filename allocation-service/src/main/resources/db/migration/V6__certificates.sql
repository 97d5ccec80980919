-- 使用协议 / 分配使用凭证 (Ningxia: 使用权证): issued when space is handed over, numbered per division and year.
CREATE TABLE use_certificate (
    id            uuid          PRIMARY KEY,
    number        varchar(40)   NOT NULL UNIQUE,
    request_id    uuid          REFERENCES allocation_request (id),
    agency_id     uuid          NOT NULL REFERENCES user_unit (id),
    agency_code   varchar(18)   NOT NULL,
    division_code varchar(12)   NOT NULL,
    -- JSON: the rooms it covers (id, number, use area) as they were when it was issued or last changed
    rooms         text          NOT NULL,
    total_area    numeric(10,2) NOT NULL,
    issued_on     date          NOT NULL,
    status        varchar(20)   NOT NULL CHECK (status IN ('ISSUED', 'CHANGED', 'TRANSFERRED', 'CANCELLED', 'REVOKED')),
    status_reason varchar(1000),
    status_since  date          NOT NULL,
    -- SHA-256 of "number:code" of the verification code printed last; the code itself is never stored
    code_hash     varchar(64),
    version       bigint        NOT NULL DEFAULT 0,
    created_at    timestamptz   NOT NULL,
    updated_at    timestamptz   NOT NULL
);
CREATE INDEX use_certificate_division ON use_certificate (division_code varchar_pattern_ops, id);
CREATE INDEX use_certificate_agency ON use_certificate (agency_id, id);

-- Failed public verifications per client address in the current window: guessing codes is stopped with 429.
CREATE TABLE verification_failure (
    address      varchar(64)  PRIMARY KEY,
    window_start timestamptz  NOT NULL,
    failures     integer      NOT NULL
);
