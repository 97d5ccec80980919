-- Divisions (GB/T 2260), the ranks of each administrative level, and the agencies (user units).

CREATE TABLE division (
    code         varchar(12)  PRIMARY KEY,
    name         varchar(100) NOT NULL,
    level        varchar(12)  NOT NULL CHECK (level IN ('CENTRAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'TOWNSHIP')),
    parent_code  varchar(12)  REFERENCES division (code),
    version      bigint       NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    CHECK (code ~ '^([0-9]{6}|[0-9]{9}|[0-9]{12})$'),
    CHECK ((parent_code IS NULL) = (code = '100000'))
);
CREATE INDEX division_parent ON division (parent_code, code);
-- Scope queries filter with code LIKE 'prefix%'.
CREATE INDEX division_code_pattern ON division (code varchar_pattern_ops);

-- The root of every division tree: GB/T 2260's code for the country.
INSERT INTO division (code, name, level, parent_code, created_at, updated_at)
VALUES ('100000', '中华人民共和国', 'CENTRAL', NULL, now(), now());

-- Ranks whose office standards the 2014 standard (发改投资〔2014〕2674号) sets, per level.
CREATE TABLE rank_title (
    level      varchar(12) NOT NULL,
    code       varchar(40) NOT NULL,
    name_zh    varchar(40) NOT NULL,
    seniority  smallint    NOT NULL,
    PRIMARY KEY (level, code)
);
INSERT INTO rank_title (level, code, name_zh, seniority) VALUES
    ('CENTRAL', 'MINISTER', '部级正职', 1),
    ('CENTRAL', 'VICE_MINISTER', '部级副职', 2),
    ('CENTRAL', 'DIRECTOR_GENERAL', '正司(局)级', 3),
    ('CENTRAL', 'DEPUTY_DIRECTOR_GENERAL', '副司(局)级', 4),
    ('CENTRAL', 'DIVISION_CHIEF', '处级', 5),
    ('CENTRAL', 'BELOW_DIVISION', '处级以下', 6),
    ('PROVINCIAL', 'GOVERNOR', '省级正职', 1),
    ('PROVINCIAL', 'VICE_GOVERNOR', '省级副职', 2),
    ('PROVINCIAL', 'BUREAU_DIRECTOR', '正厅(局)级', 3),
    ('PROVINCIAL', 'DEPUTY_BUREAU_DIRECTOR', '副厅(局)级', 4),
    ('PROVINCIAL', 'DIVISION_CHIEF', '正处级', 5),
    ('PROVINCIAL', 'DEPUTY_DIVISION_CHIEF', '副处级', 6),
    ('PROVINCIAL', 'BELOW_DIVISION', '处级以下', 7),
    ('MUNICIPAL', 'MAYOR', '市级正职', 1),
    ('MUNICIPAL', 'VICE_MAYOR', '市级副职', 2),
    ('MUNICIPAL', 'BUREAU_DIRECTOR', '正局(处)级', 3),
    ('MUNICIPAL', 'DEPUTY_BUREAU_DIRECTOR', '副局(处)级', 4),
    ('MUNICIPAL', 'BELOW_BUREAU', '局(处)级以下', 5),
    ('COUNTY', 'COUNTY_HEAD', '县级正职', 1),
    ('COUNTY', 'DEPUTY_COUNTY_HEAD', '县级副职', 2),
    ('COUNTY', 'SECTION_CHIEF', '正科级', 3),
    ('COUNTY', 'DEPUTY_SECTION_CHIEF', '副科级', 4),
    ('COUNTY', 'BELOW_SECTION', '科级以下', 5),
    ('TOWNSHIP', 'TOWNSHIP_HEAD', '乡级正职', 1),
    ('TOWNSHIP', 'DEPUTY_TOWNSHIP_HEAD', '乡级副职', 2),
    ('TOWNSHIP', 'BELOW_TOWNSHIP_LEADERSHIP', '乡级以下', 3);

CREATE TABLE agency (
    id               uuid         PRIMARY KEY,
    credit_code      varchar(18)  NOT NULL UNIQUE,
    name             varchar(200) NOT NULL,
    division_code    varchar(12)  NOT NULL REFERENCES division (code),
    level            varchar(12)  NOT NULL,
    agency_system    varchar(30)  NOT NULL,
    parent_agency_id uuid         REFERENCES agency (id),
    offices_bureau   boolean      NOT NULL DEFAULT false,
    actual_staff     integer      NOT NULL CHECK (actual_staff >= 0),
    version          bigint       NOT NULL DEFAULT 0,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL
);
CREATE INDEX agency_division ON agency (division_code varchar_pattern_ops, credit_code);
-- One offices administration bureau (机关事务管理部门) per division.
CREATE UNIQUE INDEX agency_one_bureau_per_division ON agency (division_code) WHERE offices_bureau;

CREATE TABLE agency_staffing (
    agency_id   uuid        NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    rank_code   varchar(40) NOT NULL,
    approved    integer     NOT NULL CHECK (approved >= 0),
    PRIMARY KEY (agency_id, rank_code)
);
