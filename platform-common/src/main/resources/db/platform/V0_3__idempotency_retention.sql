-- Stored answers are kept for the retention only (onenetwork.idempotency.retention): long enough for any retry of a lost
-- answer, short enough that what an answer carries (a certificate's printed verification code) does not stay for ever.
CREATE INDEX idempotency_record_created ON idempotency_record (created_at);
