-- Allocation sizes requests by the same standards and allowances the registry checks against. Rows are published
-- whenever they are written; this publishes the rows that were seeded before there was a topic for them.
INSERT INTO outbox_event (event_id, topic, message_key, event_type, subject, payload, occurred_at, status, next_attempt_at)
SELECT gen_random_uuid(), 'property.standards', 'area-standard:' || id, 'cn.onenetwork.property.area-standard.recorded.v1', 'area-standard:' || id,
       json_strip_nulls(json_build_object('id', id, 'level', level, 'rankCode', rank_code, 'divisionCode', division_code,
           'officeArea', office_area, 'effectiveFrom', effective_from, 'effectiveTo', effective_to, 'source', source))::text,
       now(), 'PENDING', now()
FROM area_standard ORDER BY id;

INSERT INTO outbox_event (event_id, topic, message_key, event_type, subject, payload, occurred_at, status, next_attempt_at)
SELECT gen_random_uuid(), 'property.standards', 'space-allowance:' || id, 'cn.onenetwork.property.space-allowance.recorded.v1',
       'space-allowance:' || id,
       json_strip_nulls(json_build_object('id', id, 'level', level, 'divisionCode', division_code, 'servicePerPerson', service_per_person,
           'equipmentPerPerson', equipment_per_person, 'effectiveFrom', effective_from, 'effectiveTo', effective_to, 'source', source))::text,
       now(), 'PENDING', now()
FROM space_allowance ORDER BY id;
