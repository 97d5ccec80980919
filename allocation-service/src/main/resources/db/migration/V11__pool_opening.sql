-- A bureau opens its idle pool to the level above: that bureau may then allocate these rooms to its own units.
CREATE TABLE pool_opening (
    division_code varchar(12)  PRIMARY KEY,
    open_to       varchar(12)  NOT NULL,
    reason        varchar(500) NOT NULL,
    opened_by     varchar(200) NOT NULL,
    opened_at     timestamptz  NOT NULL
);
CREATE INDEX pool_opening_open_to ON pool_opening (open_to);
