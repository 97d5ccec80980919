-- A unit ends by dissolution (撤销) or merger (合并, into a successor); its history stays and allocation vacates its space.
ALTER TABLE agency ADD COLUMN dissolved_on date;
ALTER TABLE agency ADD COLUMN dissolution_kind varchar(12) CHECK (dissolution_kind IN ('DISSOLVED', 'MERGED'));
ALTER TABLE agency ADD COLUMN successor_id uuid REFERENCES agency (id);
ALTER TABLE agency ADD COLUMN dissolution_reason varchar(500);
ALTER TABLE agency ADD CONSTRAINT agency_dissolution_complete CHECK (
    (dissolved_on IS NULL AND dissolution_kind IS NULL AND successor_id IS NULL AND dissolution_reason IS NULL)
    OR (dissolved_on IS NOT NULL AND dissolution_kind IS NOT NULL AND dissolution_reason IS NOT NULL
        AND (dissolution_kind = 'DISSOLVED' OR successor_id IS NOT NULL)));
