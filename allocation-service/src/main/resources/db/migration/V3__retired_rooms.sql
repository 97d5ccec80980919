-- The registry retires rooms merged or split in a renovation; such a room can no longer be granted.
ALTER TABLE registry_room ADD COLUMN retired_on date;
