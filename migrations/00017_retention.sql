-- +goose Up
-- Indexes for the purge of what is kept only for a while (internal/retention): delivered outbox
-- messages by when they were sent, sessions by when they ended (signed out or expired, whichever
-- came first; LEAST ignores a NULL revoked_at). Both purges read the oldest first, a batch at a
-- time, so neither scans its table.
CREATE INDEX outbox_messages_sent_idx ON outbox_messages (sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX sessions_ended_idx ON sessions ((LEAST(revoked_at, expires_at)));

-- +goose Down
DROP INDEX sessions_ended_idx;
DROP INDEX outbox_messages_sent_idx;
