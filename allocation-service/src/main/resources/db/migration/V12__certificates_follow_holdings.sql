-- The rooms each valid certificate covers now, one row a room: a room leaves its certificate in the transaction that ends
-- its holding, and the certificate ends with its last room. The unique index keeps a room on at most one valid
-- certificate, whatever concurrent writers do. The certificate's JSON keeps the rooms as printed, for history.
CREATE TABLE certificate_room (
    room_id        uuid PRIMARY KEY REFERENCES registry_room (id),
    certificate_id uuid NOT NULL REFERENCES use_certificate (id)
);
CREATE INDEX certificate_room_certificate ON certificate_room (certificate_id);

-- Valid certificates' rooms their unit still holds; where a room was on two (an exchange's giver kept it), the newest wins.
INSERT INTO certificate_room (certificate_id, room_id)
SELECT c.id, (r.value ->> 'roomId')::uuid
FROM use_certificate c CROSS JOIN LATERAL jsonb_array_elements(c.rooms::jsonb) r
WHERE c.status IN ('ISSUED', 'CHANGED', 'TRANSFERRED')
  AND EXISTS (SELECT 1 FROM holding h WHERE h.room_id = (r.value ->> 'roomId')::uuid AND h.agency_id = c.agency_id AND h.to_date IS NULL)
ORDER BY c.issued_on DESC, c.created_at DESC
ON CONFLICT DO NOTHING;
-- A valid certificate none of whose rooms its unit still holds ended with its last holding.
UPDATE use_certificate c SET status = 'CANCELLED', status_reason = '所涉用房均已不再由本单位占有使用', status_since = current_date
WHERE c.status IN ('ISSUED', 'CHANGED', 'TRANSFERRED') AND NOT EXISTS (SELECT 1 FROM certificate_room cr WHERE cr.certificate_id = c.id);

-- One holder per room per day, in history too: a holding covers [from_date, to_date), the day it ends belongs to the
-- next holder. btree_gist lets the exclusion compare room ids with = beside the date ranges.
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE holding ADD CONSTRAINT holding_one_holder_per_day
    EXCLUDE USING gist (room_id WITH =, daterange(from_date, to_date) WITH &&);

-- Filtered foreign keys of the certificates and holdings.
CREATE INDEX holding_room ON holding (room_id, from_date);
CREATE INDEX use_certificate_request ON use_certificate (request_id) WHERE request_id IS NOT NULL;

-- What a certificate was issued on: a hand-over by allocation, or holdings that predate the platform (a merger's successor too).
ALTER TABLE use_certificate ADD COLUMN basis varchar(20) NOT NULL DEFAULT 'ALLOCATION' CHECK (basis IN ('ALLOCATION', 'EXISTING_USE'));
ALTER TABLE use_certificate ALTER COLUMN basis DROP DEFAULT;

-- 撤销: an approved request the bureau will not fulfil, or whose unit the registry ended.
ALTER TABLE allocation_request DROP CONSTRAINT allocation_request_status_check;
ALTER TABLE allocation_request ADD CONSTRAINT allocation_request_status_check
    CHECK (status IN ('SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'FULFILLED', 'WITHDRAWN', 'CANCELLED'));
