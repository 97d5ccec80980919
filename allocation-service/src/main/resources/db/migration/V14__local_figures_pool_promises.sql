-- 配置参数: allocation's local figures as dated rows per division (the platform's defaults when division_code is null).
-- A division inherits the rows above it and may only tighten them (space-rules LocalFigures): a lower rent cap, a
-- shorter vacating deadline or promise, an earlier lease reminder.
CREATE TABLE allocation_parameters (
    id                          bigserial     PRIMARY KEY,
    division_code               varchar(12),
    effective_from              date          NOT NULL,
    effective_to                date,
    max_monthly_rent_per_m2     numeric(12,4) NOT NULL CHECK (max_monthly_rent_per_m2 > 0),
    lease_reminder_lead_months  integer       NOT NULL CHECK (lease_reminder_lead_months BETWEEN 1 AND 24),
    vacating_deadline_months    integer       NOT NULL CHECK (vacating_deadline_months BETWEEN 1 AND 24),
    promise_expiry_days         integer       NOT NULL CHECK (promise_expiry_days BETWEEN 1 AND 730),
    source                      varchar(200)  NOT NULL,
    created_by                  varchar(100)  NOT NULL,
    created_at                  timestamptz   NOT NULL,
    CHECK (effective_to IS NULL OR effective_to > effective_from)
);
-- One open row per division (and one for the platform).
CREATE UNIQUE INDEX allocation_parameters_open ON allocation_parameters (coalesce(division_code, '')) WHERE effective_to IS NULL;
CREATE INDEX allocation_parameters_division ON allocation_parameters (division_code, effective_from);

-- The figures the service used as settings until now; none is a verified national number, the region replaces them.
INSERT INTO allocation_parameters (division_code, effective_from, max_monthly_rent_per_m2, lease_reminder_lead_months, vacating_deadline_months,
                                   promise_expiry_days, source, created_by, created_at)
VALUES (NULL, DATE '2000-01-01', 60.0000, 3, 3, 90, '平台默认值（非国家核定数字，由各地设定）', 'system', now());

-- 座位 as the registry publishes them: a room with someone seated in it is in use, whoever holds it, so it is not idle.
CREATE TABLE registry_seat (
    id        uuid        PRIMARY KEY,
    room_id   uuid        NOT NULL,
    person_id uuid        NOT NULL,
    from_date date        NOT NULL,
    to_date   date,
    synced_at timestamptz NOT NULL
);
CREATE INDEX registry_seat_open_room ON registry_seat (room_id) WHERE to_date IS NULL;

-- A leased-in building's rooms are not state property: they are never idle space of the pool. Replicated from the
-- building's next event; until then a building counts as the state's.
ALTER TABLE registry_building ADD COLUMN origin varchar(40);

-- A promise lapses after the period in force when it was made; promises made before now run the default period.
ALTER TABLE room_reservation ADD COLUMN expires_on date;
UPDATE room_reservation SET expires_on = (reserved_at AT TIME ZONE 'Asia/Shanghai')::date + 90;
ALTER TABLE room_reservation ALTER COLUMN expires_on SET NOT NULL;
CREATE INDEX room_reservation_expiry ON room_reservation (expires_on);

-- A lease's reminder falls due by the lead in force when it was signed.
ALTER TABLE lease ADD COLUMN remind_from date;
UPDATE lease SET remind_from = (ends_on - interval '3 months')::date;
ALTER TABLE lease ALTER COLUMN remind_from SET NOT NULL;

-- Beyond offices a request is granted the allowance in force or the figures its bureau records at approval.
ALTER TABLE allocation_request ADD COLUMN service_area_granted numeric(10,2), ADD COLUMN equipment_area_granted numeric(10,2),
    ADD COLUMN area_approved numeric(10,2);
UPDATE allocation_request SET area_approved = area_asked, service_area_granted = service_area_asked, equipment_area_granted = equipment_area_asked
WHERE status IN ('APPROVED', 'FULFILLED');
