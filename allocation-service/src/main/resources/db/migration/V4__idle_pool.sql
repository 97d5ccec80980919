-- What the idle pool (公物仓) filters and dates rooms by: the floor, and since when the registry has had a room idle.
ALTER TABLE registry_room ADD COLUMN floor_id uuid;
ALTER TABLE registry_room ADD COLUMN status_since date;
-- The pool asks, room by room, whether a holding is open and when the last one ended.
CREATE INDEX holding_by_room ON holding (room_id, to_date);
