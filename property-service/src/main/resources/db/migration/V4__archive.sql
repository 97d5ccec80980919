-- 档案: documents (certificates, drawings, floor plans) attached to buildings, floors and titles.
CREATE TABLE archive_document (
    id            uuid         PRIMARY KEY,
    owner_type    varchar(10)  NOT NULL CHECK (owner_type IN ('BUILDING', 'FLOOR', 'TITLE')),
    owner_id      uuid         NOT NULL,
    division_code varchar(12)  NOT NULL,
    kind          varchar(20)  NOT NULL CHECK (kind IN ('CERTIFICATE', 'DRAWING', 'FLOOR_PLAN', 'APPROVAL', 'SURVEY', 'OTHER')),
    file_name     varchar(200) NOT NULL,
    content_type  varchar(100) NOT NULL,
    size_bytes    bigint       NOT NULL CHECK (size_bytes > 0),
    sha256        varchar(64)  NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content       bytea        NOT NULL,
    uploaded_by   varchar(200) NOT NULL,
    uploaded_at   timestamptz  NOT NULL
);
CREATE INDEX archive_document_owner ON archive_document (owner_type, owner_id, uploaded_at);
