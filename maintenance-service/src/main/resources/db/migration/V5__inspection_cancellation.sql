-- A planned inspection may be called off, with the day and the reason; it stays in the history.
ALTER TABLE inspection DROP CONSTRAINT inspection_status_check;
ALTER TABLE inspection ADD CONSTRAINT inspection_status_check CHECK (status IN ('PLANNED', 'RECORDED', 'CANCELLED'));
ALTER TABLE inspection ADD COLUMN cancelled_on date;
ALTER TABLE inspection ADD COLUMN cancellation_reason varchar(2000);
