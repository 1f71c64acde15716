-- +goose Up
-- Sign-ups: one live application per email and event, retries made safe by idempotency keys, a
-- waitlist numbered without duplicates; and the outbox of the messages that sign-ups send.

ALTER TABLE event_applications
    -- The client's key of a sign-up: sent again, it finds the application made the first time.
    ADD COLUMN idempotency_key text CHECK (char_length(idempotency_key) BETWEEN 1 AND 100),
    ADD COLUMN cancelled_at    timestamptz;

-- NULL keys are distinct: applications without a key never collide.
CREATE UNIQUE INDEX event_applications_idempotency_key ON event_applications (event_id, idempotency_key);

-- One live application per person and event, the email compared without case. A cancelled
-- application does not count: its attendee may apply again.
CREATE UNIQUE INDEX event_applications_one_per_email ON event_applications (event_id, lower(attendee_email))
    WHERE status <> 'CANCELLED';

-- Waitlist positions are unique per event. Deferrable, so that it is checked at the end of each
-- statement rather than row by row: moving the whole line up by one in one UPDATE must not trip
-- over a position that the same statement frees.
ALTER TABLE event_applications ADD CONSTRAINT event_applications_waitlist_position_key
    UNIQUE (event_id, waitlist_position) DEFERRABLE INITIALLY IMMEDIATE;

-- Messages to send, written in the transaction of the change they tell about, and sent after it
-- commits by outbox.Sender (SMTP, or a log line where none is configured). A message is sent when
-- sent_at is set; it is given up (failed_at) after a permanent refusal or too many attempts.
-- Recipient, subject and body are personal data: they never reach a log.
CREATE TABLE outbox_messages (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- What the message tells, e.g. application.confirmed.
    kind            text   NOT NULL CHECK (kind ~ '^[a-z]+(\.[a-z_]+)+$'),
    -- The record it is about, as the audit log names records.
    object_type     text   NOT NULL,
    object_id       bigint NOT NULL,
    recipient       text   NOT NULL CHECK (recipient <> ''),
    subject         text   NOT NULL CHECK (subject <> ''),
    body            text   NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    attempts        int    NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    sent_at         timestamptz,
    failed_at       timestamptz,
    CHECK (sent_at IS NULL OR failed_at IS NULL)
);
-- The senders' queue: pending messages in the order they fall due.
CREATE INDEX outbox_messages_due_idx ON outbox_messages (next_attempt_at, id)
    WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_messages_object_idx ON outbox_messages (object_type, object_id);

-- +goose Down
DROP TABLE outbox_messages;
ALTER TABLE event_applications DROP CONSTRAINT event_applications_waitlist_position_key;
DROP INDEX event_applications_one_per_email;
DROP INDEX event_applications_idempotency_key;
ALTER TABLE event_applications DROP COLUMN cancelled_at, DROP COLUMN idempotency_key;
