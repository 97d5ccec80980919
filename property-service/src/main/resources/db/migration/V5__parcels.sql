-- 院落/宗地: the land parcel a courtyard of buildings stands on. Titles and archives hang on a parcel as
-- on a building (the land-use certificate is the parcel's).
CREATE TABLE parcel (
    id             uuid          PRIMARY KEY,
    division_code  varchar(12)   NOT NULL REFERENCES division (code),
    code           varchar(40)   NOT NULL,
    name           varchar(200)  NOT NULL,
    address        varchar(300)  NOT NULL,
    land_area      numeric(12,2) NOT NULL CHECK (land_area > 0),
    land_use_type  varchar(10)   CHECK (land_use_type IN ('ALLOCATED', 'GRANTED')),
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    UNIQUE (division_code, code)
);
CREATE INDEX parcel_division ON parcel (division_code varchar_pattern_ops, id);

-- Buildings registered before parcels existed keep no parcel until one is named.
ALTER TABLE building ADD COLUMN parcel_id uuid REFERENCES parcel (id);
CREATE INDEX building_parcel ON building (parcel_id) WHERE parcel_id IS NOT NULL;

-- A title is the title of exactly one building or one parcel.
ALTER TABLE title ALTER COLUMN building_id DROP NOT NULL;
ALTER TABLE title ADD COLUMN parcel_id uuid UNIQUE REFERENCES parcel (id);
ALTER TABLE title ADD CONSTRAINT title_one_subject CHECK ((building_id IS NULL) <> (parcel_id IS NULL));

ALTER TABLE archive_document DROP CONSTRAINT archive_document_owner_type_check;
ALTER TABLE archive_document ADD CONSTRAINT archive_document_owner_type_check
    CHECK (owner_type IN ('PARCEL', 'BUILDING', 'FLOOR', 'TITLE'));
