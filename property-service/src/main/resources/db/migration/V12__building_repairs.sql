-- Repairs as maintenance-service reports them. The building keeps the day its last medium or major repair was accepted
-- (the 15-year rule counts from it); each repair keeps its rooms' status before the works, restored on acceptance, and
-- the acceptance documents' fingerprints (the files stay in maintenance-service, found by these).
ALTER TABLE building ADD COLUMN last_medium_or_major_repair_on date;

CREATE TABLE building_repair (
    project_id           uuid         PRIMARY KEY,
    building_id          uuid         NOT NULL REFERENCES building (id),
    number               varchar(40)  NOT NULL,
    repair_class         varchar(10)  NOT NULL CHECK (repair_class IN ('ROUTINE', 'MEDIUM', 'MAJOR')),
    started_on           date         NOT NULL,
    completed_on         date,
    acceptance_documents text
);
CREATE INDEX building_repair_building ON building_repair (building_id, started_on);

CREATE TABLE room_under_repair (
    project_id      uuid        NOT NULL REFERENCES building_repair (project_id),
    room_id         uuid        NOT NULL REFERENCES room (id),
    previous_status varchar(12) NOT NULL,
    PRIMARY KEY (project_id, room_id)
);
