-- The registry's end of a unit (dissolved, or merged into a successor), as the agency events carry it.
ALTER TABLE user_unit ADD COLUMN dissolved_on date;
ALTER TABLE user_unit ADD COLUMN dissolution_kind varchar(12);
ALTER TABLE user_unit ADD COLUMN successor_id uuid;

-- 腾退: a holding that must be handed back (the unit ended, or moved into new space), by a deadline.
CREATE TABLE vacating_order (
    id              uuid          PRIMARY KEY,
    number          varchar(40)   NOT NULL UNIQUE,
    holding_id      uuid          NOT NULL REFERENCES holding (id),
    room_id         uuid          NOT NULL REFERENCES registry_room (id),
    agency_id       uuid          NOT NULL REFERENCES user_unit (id),
    agency_code     varchar(18)   NOT NULL,
    division_code   varchar(12)   NOT NULL,
    cause           varchar(20)   NOT NULL CHECK (cause IN ('DISSOLUTION', 'MERGER', 'RELOCATION')),
    cause_reference varchar(200)  NOT NULL,
    successor_id    uuid          REFERENCES user_unit (id),
    deadline        date          NOT NULL,
    status          varchar(20)   NOT NULL CHECK (status IN ('OPEN', 'VACATED', 'HANDED_OVER')),
    closed_on       date,
    version         bigint        NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL
);
-- A holding is vacated once: a replayed dissolution event opens no second order.
CREATE UNIQUE INDEX vacating_order_one_open_per_holding ON vacating_order (holding_id) WHERE status = 'OPEN';
CREATE INDEX vacating_order_division ON vacating_order (division_code varchar_pattern_ops, id);
