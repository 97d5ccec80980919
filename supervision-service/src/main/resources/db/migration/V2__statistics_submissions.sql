-- A division's statistics report for a reporting year, prepared, submitted (frozen as a snapshot with its SHA-256) and
-- accepted or returned by the level above. A returned version stays as it was; the next version is prepared anew.
CREATE TABLE statistics_submission (
    id               uuid         PRIMARY KEY,
    division_code    varchar(12)  NOT NULL,
    reporting_year   integer      NOT NULL CHECK (reporting_year BETWEEN 2000 AND 2100),
    revision         integer      NOT NULL CHECK (revision >= 1),
    status           varchar(12)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    prepared_by      varchar(200) NOT NULL,
    prepared_at      timestamptz  NOT NULL,
    filled_by        varchar(100),
    phone            varchar(40),
    signed_off_by    varchar(100),
    submitted_by     varchar(200),
    submitted_at     timestamptz,
    submitted_on     date,
    due_on           date,
    as_of            date,
    snapshot         text,
    snapshot_sha256  varchar(64) CHECK (snapshot_sha256 ~ '^[0-9a-f]{64}$'),
    reviewed_by      varchar(200),
    reviewed_at      timestamptz,
    review_comments  varchar(2000),
    version          bigint       NOT NULL DEFAULT 0,
    UNIQUE (division_code, reporting_year, revision),
    CHECK ((status = 'DRAFT') = (snapshot IS NULL)),
    CHECK ((snapshot IS NULL) = (snapshot_sha256 IS NULL))
);
-- One live version per division and year: a returned one makes way for the next.
CREATE UNIQUE INDEX statistics_submission_live ON statistics_submission (division_code, reporting_year) WHERE status <> 'RETURNED';
CREATE INDEX statistics_submission_year ON statistics_submission (reporting_year, division_code);

-- Deadlines per division and reporting year, as dated rows: the latest row of a division is its own; the one in force
-- is the earliest along its chain (a county reports no later than its city asks).
CREATE TABLE statistics_deadline (
    id             uuid         PRIMARY KEY,
    division_code  varchar(12)  NOT NULL,
    reporting_year integer      NOT NULL CHECK (reporting_year BETWEEN 2000 AND 2100),
    due_on         date         NOT NULL,
    recorded_at    timestamptz  NOT NULL,
    recorded_by    varchar(200) NOT NULL,
    reason         varchar(500)
);
CREATE INDEX statistics_deadline_division ON statistics_deadline (division_code, reporting_year, recorded_at DESC);
