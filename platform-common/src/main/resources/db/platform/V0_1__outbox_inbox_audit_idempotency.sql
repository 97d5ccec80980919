-- Shared by every service (loaded from platform-common): the event outbox and inbox, the audit
-- trail and idempotency records. Versions below 1 run before each service's own migrations.

CREATE TABLE outbox_event (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id        uuid         NOT NULL UNIQUE,
    topic           varchar(200) NOT NULL,
    message_key     varchar(200) NOT NULL,
    event_type      varchar(200) NOT NULL,
    subject         varchar(200) NOT NULL,
    payload         text         NOT NULL,
    request_id      varchar(100),
    occurred_at     timestamptz  NOT NULL,
    status          varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'SENT', 'PARKED')),
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    last_error      text,
    sent_at         timestamptz
);
-- The relay reads only unsent rows: keep that index small.
CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE status = 'PENDING';
CREATE INDEX outbox_event_parked ON outbox_event (topic, message_key) WHERE status = 'PARKED';
CREATE INDEX outbox_event_sent_at ON outbox_event (sent_at) WHERE status = 'SENT';

CREATE TABLE inbox_event (
    consumer        varchar(200) NOT NULL,
    event_id        uuid         NOT NULL,
    event_type      varchar(200) NOT NULL,
    topic           varchar(200) NOT NULL,
    kafka_partition integer      NOT NULL,
    kafka_offset    bigint       NOT NULL,
    received_at     timestamptz  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

CREATE TABLE audit_entry (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at   timestamptz  NOT NULL,
    actor         varchar(200) NOT NULL,
    actor_division varchar(12),
    request_id    varchar(100),
    action        varchar(100) NOT NULL,
    entity_type   varchar(100) NOT NULL,
    entity_id     varchar(100) NOT NULL,
    detail        text
);
CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id, occurred_at);

CREATE TABLE idempotency_record (
    caller        varchar(200) NOT NULL,
    idempotency_key varchar(200) NOT NULL,
    operation     varchar(200) NOT NULL,
    request_hash  varchar(64)  NOT NULL,
    response_status integer,
    response_location varchar(500),
    response_etag varchar(100),
    response_body text,
    created_at    timestamptz  NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);
