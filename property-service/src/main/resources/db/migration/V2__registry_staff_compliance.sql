-- The physical registry (buildings → floors → rooms), staff and seats, the 2014 area standards as
-- data, the compliance parameters and the findings.

-- 《党政机关办公用房建设标准》(发改投资〔2014〕2674号), office use area per person in m². A check uses
-- the row in force on the day checked. division_code NULL = national; a province sets township values
-- (and may set its own rows) with its division code.
CREATE TABLE area_standard (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    level           varchar(12)  NOT NULL,
    rank_code       varchar(40)  NOT NULL,
    division_code   varchar(12)  REFERENCES division (code),
    office_area     numeric(6,2) NOT NULL CHECK (office_area > 0),
    effective_from  date         NOT NULL,
    effective_to    date,
    source          varchar(200) NOT NULL,
    FOREIGN KEY (level, rank_code) REFERENCES rank_title (level, code),
    CHECK (effective_to IS NULL OR effective_to > effective_from)
);
CREATE UNIQUE INDEX area_standard_one_per_day ON area_standard (level, rank_code, coalesce(division_code, ''), effective_from);

INSERT INTO area_standard (level, rank_code, office_area, effective_from, source) VALUES
    ('CENTRAL', 'MINISTER', 54, '2014-12-01', '发改投资〔2014〕2674号'),
    ('CENTRAL', 'VICE_MINISTER', 42, '2014-12-01', '发改投资〔2014〕2674号'),
    ('CENTRAL', 'DIRECTOR_GENERAL', 24, '2014-12-01', '发改投资〔2014〕2674号'),
    ('CENTRAL', 'DEPUTY_DIRECTOR_GENERAL', 18, '2014-12-01', '发改投资〔2014〕2674号'),
    ('CENTRAL', 'DIVISION_CHIEF', 12, '2014-12-01', '发改投资〔2014〕2674号'),
    ('CENTRAL', 'BELOW_DIVISION', 9, '2014-12-01', '发改投资〔2014〕2674号'),
    ('PROVINCIAL', 'GOVERNOR', 54, '2014-12-01', '发改投资〔2014〕2674号'),
    ('PROVINCIAL', 'VICE_GOVERNOR', 42, '2014-12-01', '发改投资〔2014〕2674号'),
    ('PROVINCIAL', 'BUREAU_DIRECTOR', 30, '2014-12-01', '发改投资〔2014〕2674号'),
    ('PROVINCIAL', 'DEPUTY_BUREAU_DIRECTOR', 24, '2014-12-01', '发改投资〔2014〕2674号'),
    ('PROVINCIAL', 'DIVISION_CHIEF', 18, '2014-12-01', '发改投资〔2014〕2674号'),
    ('PROVINCIAL', 'DEPUTY_DIVISION_CHIEF', 12, '2014-12-01', '发改投资〔2014〕2674号'),
    ('PROVINCIAL', 'BELOW_DIVISION', 9, '2014-12-01', '发改投资〔2014〕2674号'),
    ('MUNICIPAL', 'MAYOR', 42, '2014-12-01', '发改投资〔2014〕2674号'),
    ('MUNICIPAL', 'VICE_MAYOR', 30, '2014-12-01', '发改投资〔2014〕2674号'),
    ('MUNICIPAL', 'BUREAU_DIRECTOR', 24, '2014-12-01', '发改投资〔2014〕2674号'),
    ('MUNICIPAL', 'DEPUTY_BUREAU_DIRECTOR', 18, '2014-12-01', '发改投资〔2014〕2674号'),
    ('MUNICIPAL', 'BELOW_BUREAU', 9, '2014-12-01', '发改投资〔2014〕2674号'),
    ('COUNTY', 'COUNTY_HEAD', 30, '2014-12-01', '发改投资〔2014〕2674号'),
    ('COUNTY', 'DEPUTY_COUNTY_HEAD', 24, '2014-12-01', '发改投资〔2014〕2674号'),
    ('COUNTY', 'SECTION_CHIEF', 18, '2014-12-01', '发改投资〔2014〕2674号'),
    ('COUNTY', 'DEPUTY_SECTION_CHIEF', 12, '2014-12-01', '发改投资〔2014〕2674号'),
    ('COUNTY', 'BELOW_SECTION', 9, '2014-12-01', '发改投资〔2014〕2674号');
-- Township values are set by each province (not above the county deputy, 24 m²): no national rows.

-- Deadlines and periods of the checks, as data with effective dates (domain.md §4).
CREATE TABLE compliance_parameter (
    name            varchar(60)  NOT NULL,
    months          integer      NOT NULL CHECK (months > 0),
    effective_from  date         NOT NULL,
    source          varchar(200) NOT NULL,
    PRIMARY KEY (name, effective_from)
);
INSERT INTO compliance_parameter (name, months, effective_from, source) VALUES
    ('VACATE_AFTER_DEPARTURE', 1, '2017-12-05', '中办发〔2017〕70号: 调离或退休后1个月内腾退'),
    ('VACATE_AFTER_CONCURRENT_POST', 2, '2017-12-05', '中办发〔2017〕70号: 兼职结束后2个月内腾退'),
    ('IDLE_LIMIT', 6, '2017-12-05', '中办发〔2017〕70号: 闲置6个月以上');

CREATE TABLE building (
    id                 uuid          PRIMARY KEY,
    division_code      varchar(12)   NOT NULL REFERENCES division (code),
    code               varchar(40)   NOT NULL,
    name               varchar(200)  NOT NULL,
    address            varchar(300)  NOT NULL,
    year_built         integer       CHECK (year_built BETWEEN 1800 AND 2200),
    structure          varchar(40),
    storeys_above      integer       NOT NULL CHECK (storeys_above >= 0),
    storeys_below      integer       NOT NULL CHECK (storeys_below >= 0),
    gross_floor_area   numeric(12,2) NOT NULL CHECK (gross_floor_area > 0),
    usable_coefficient numeric(4,3)  CHECK (usable_coefficient > 0 AND usable_coefficient <= 1),
    origin             varchar(40)   NOT NULL,
    version            bigint        NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    UNIQUE (division_code, code)
);
CREATE INDEX building_division ON building (division_code varchar_pattern_ops, code);

CREATE TABLE floor (
    id          uuid        PRIMARY KEY,
    building_id uuid        NOT NULL REFERENCES building (id),
    label       varchar(20) NOT NULL,
    UNIQUE (building_id, label)
);

CREATE TABLE room (
    id            uuid          PRIMARY KEY,
    building_id   uuid          NOT NULL REFERENCES building (id),
    floor_id      uuid          NOT NULL REFERENCES floor (id),
    division_code varchar(12)   NOT NULL,
    number        varchar(40)   NOT NULL,
    category      varchar(12)   NOT NULL CHECK (category IN ('OFFICE', 'SERVICE', 'EQUIPMENT', 'ANCILLARY', 'TECHNICAL')),
    use_area      numeric(10,2) NOT NULL CHECK (use_area > 0),
    building_area numeric(10,2) CHECK (building_area > 0),
    function      varchar(100),
    status        varchar(12)   NOT NULL CHECK (status IN ('IN_USE', 'IDLE', 'UNDER_REPAIR')),
    status_since  date          NOT NULL,
    version       bigint        NOT NULL DEFAULT 0,
    created_at    timestamptz   NOT NULL,
    updated_at    timestamptz   NOT NULL,
    UNIQUE (building_id, number)
);
CREATE INDEX room_division ON room (division_code varchar_pattern_ops, id);
CREATE INDEX room_idle ON room (status_since) WHERE status = 'IDLE';

CREATE TABLE person (
    id            uuid         PRIMARY KEY,
    agency_id     uuid         NOT NULL REFERENCES agency (id),
    division_code varchar(12)  NOT NULL,
    agency_code   varchar(18)  NOT NULL,
    name          varchar(100) NOT NULL,
    position      varchar(100),
    level         varchar(12)  NOT NULL,
    rank_code     varchar(40)  NOT NULL,
    status        varchar(12)  NOT NULL CHECK (status IN ('IN_POST', 'TRANSFERRED', 'RETIRED')),
    status_since  date         NOT NULL,
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    FOREIGN KEY (level, rank_code) REFERENCES rank_title (level, code)
);
CREATE INDEX person_division ON person (division_code varchar_pattern_ops, id);

-- 兼职: with approval, a concurrent post in another unit may add one office.
CREATE TABLE concurrent_post (
    id          uuid         PRIMARY KEY,
    person_id   uuid         NOT NULL REFERENCES person (id),
    agency_id   uuid         NOT NULL REFERENCES agency (id),
    approved    boolean      NOT NULL,
    approval_reference varchar(100),
    starts_on   date         NOT NULL,
    ends_on     date,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX concurrent_post_person ON concurrent_post (person_id);

-- Who uses which office room, from when to when. A seat for a concurrent post names that post.
CREATE TABLE seat (
    id                 uuid        PRIMARY KEY,
    person_id          uuid        NOT NULL REFERENCES person (id),
    room_id            uuid        NOT NULL REFERENCES room (id),
    concurrent_post_id uuid        REFERENCES concurrent_post (id),
    division_code      varchar(12) NOT NULL,
    from_date          date        NOT NULL,
    to_date            date,
    CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX seat_open_by_room ON seat (room_id) WHERE to_date IS NULL;
CREATE INDEX seat_open_by_person ON seat (person_id) WHERE to_date IS NULL;

CREATE TABLE compliance_finding (
    id            uuid          PRIMARY KEY,
    rule          varchar(40)   NOT NULL,
    subject_key   varchar(100)  NOT NULL,
    division_code varchar(12)   NOT NULL,
    agency_code   varchar(18),
    room_id       uuid          REFERENCES room (id),
    person_id     uuid          REFERENCES person (id),
    excess_area   numeric(10,2) NOT NULL,
    since         date          NOT NULL,
    detail        text          NOT NULL,
    status        varchar(10)   NOT NULL CHECK (status IN ('OPEN', 'RESOLVED')),
    found_at      timestamptz   NOT NULL,
    resolved_at   timestamptz,
    version       bigint        NOT NULL DEFAULT 0
);
-- One open finding per rule and subject: recomputation updates it instead of piling up copies.
CREATE UNIQUE INDEX compliance_finding_open ON compliance_finding (rule, subject_key) WHERE status = 'OPEN';
CREATE INDEX compliance_finding_division ON compliance_finding (division_code varchar_pattern_ops, status);
CREATE INDEX compliance_finding_person ON compliance_finding (person_id) WHERE status = 'OPEN';
CREATE INDEX compliance_finding_room ON compliance_finding (room_id) WHERE status = 'OPEN';
