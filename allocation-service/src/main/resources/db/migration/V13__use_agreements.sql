-- 使用协议: the terms a unit signs for the rooms of a certificate, one agreement per certificate, issued only with it. The
-- purpose and the obligations are fixed clauses, stored as codes (their texts are printed); the rooms stay as signed while
-- the certificate changes. Certificates issued before agreements were recorded have none.
CREATE TABLE use_agreement (
    certificate_id   uuid         PRIMARY KEY REFERENCES use_certificate (id),
    purpose          varchar(20)  NOT NULL CHECK (purpose IN ('OFFICE_USE')),
    -- JSON list of the obligations' codes (NO_RENTING, NO_LENDING, NO_BUSINESS_USE, VACATE_ON_CHANGE)
    obligations      text         NOT NULL,
    -- JSON: the rooms (id, number, use area) as signed
    rooms            text         NOT NULL,
    signed_on        date         NOT NULL,
    unit_signatory   varchar(100) NOT NULL CHECK (btrim(unit_signatory) <> ''),
    bureau_signatory varchar(100) NOT NULL CHECK (btrim(bureau_signatory) <> ''),
    created_at       timestamptz  NOT NULL
);

-- Ended windows of failed verifications are deleted oldest first.
CREATE INDEX verification_failure_window ON verification_failure (window_start);

-- Filtered foreign keys that had no index: the unit filters of the lease and vacating-order lists, the building filter of
-- the disposal list, the rooms of a building (the pool's building filter, a disposal's occupants) and of a floor.
CREATE INDEX lease_agency ON lease (agency_id, id);
CREATE INDEX vacating_order_agency ON vacating_order (agency_id, id);
CREATE INDEX disposal_building ON disposal (building_id, id);
CREATE INDEX registry_room_building ON registry_room (building_id);
CREATE INDEX registry_room_floor ON registry_room (floor_id) WHERE floor_id IS NOT NULL;
