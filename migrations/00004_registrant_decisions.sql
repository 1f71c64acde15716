-- +goose Up
-- The secretariat's decisions on registrations: when it last decided, and why it rejected one.
-- The reason is kept for the secretariat and the registrant; it never reaches the public list.

ALTER TABLE registrants
    ADD COLUMN reject_reason text CHECK (char_length(reject_reason) BETWEEN 1 AND 1000),
    ADD COLUMN decided_at    timestamptz;

-- +goose Down
ALTER TABLE registrants DROP COLUMN decided_at, DROP COLUMN reject_reason;
