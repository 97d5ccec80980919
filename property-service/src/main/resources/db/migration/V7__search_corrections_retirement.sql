-- Text search as users type: a contained phrase or a prefix of names, codes and addresses, Chinese included.
-- pg_trgm splits CJK text into trigrams under a UTF-8 ctype (the default of the embedded server and of the
-- official images); a query of three or more characters is served by the GIN index, a shorter one still answers.
-- search_text is lower-cased once here, so the query compares with LIKE and never re-computes per row.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE agency ADD COLUMN search_text text GENERATED ALWAYS AS (lower(name || ' ' || credit_code)) STORED;
CREATE INDEX agency_search ON agency USING gin (search_text gin_trgm_ops);

ALTER TABLE person ADD COLUMN search_text text GENERATED ALWAYS AS (lower(name || ' ' || coalesce(position, ''))) STORED;
CREATE INDEX person_search ON person USING gin (search_text gin_trgm_ops);

ALTER TABLE parcel ADD COLUMN search_text text GENERATED ALWAYS AS (lower(code || ' ' || name || ' ' || address)) STORED;
CREATE INDEX parcel_search ON parcel USING gin (search_text gin_trgm_ops);

ALTER TABLE building ADD COLUMN search_text text GENERATED ALWAYS AS (lower(code || ' ' || name || ' ' || address)) STORED;
CREATE INDEX building_search ON building USING gin (search_text gin_trgm_ops);

ALTER TABLE room ADD COLUMN search_text text GENERATED ALWAYS AS (lower(number || ' ' || coalesce(function, ''))) STORED;
CREATE INDEX room_search ON room USING gin (search_text gin_trgm_ops);

-- A room merged or split in a renovation is retired: it leaves lists and totals, keeps its history and findings,
-- and its number may be given to a new room.
ALTER TABLE room ADD COLUMN retired_on date;
ALTER TABLE room ADD COLUMN retirement_reason varchar(300);
ALTER TABLE room ADD CONSTRAINT room_retirement_complete CHECK ((retired_on IS NULL) = (retirement_reason IS NULL));
ALTER TABLE room DROP CONSTRAINT room_building_id_number_key;
CREATE UNIQUE INDEX room_number_in_use ON room (building_id, number) WHERE retired_on IS NULL;

-- Floors are renamed and concurrent posts ended with If-Match, like every other correction.
ALTER TABLE floor ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE concurrent_post ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE concurrent_post ADD COLUMN end_reason varchar(300);

-- A user unit's sub-ledger is read through its open holdings.
CREATE INDEX room_holding_open_by_agency_code ON room_holding (agency_code) WHERE to_date IS NULL;
