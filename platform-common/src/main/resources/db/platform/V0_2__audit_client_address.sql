-- The address the change came from: the peer itself, or the client named by X-Forwarded-For when the peer is a
-- trusted proxy (the gateway). Null for changes made by event handlers and scheduled jobs.
ALTER TABLE audit_entry ADD COLUMN client_address varchar(64);
