-- +goose Up
-- Check-in at the door, and a short reference for each application that people can read aloud.
--
-- An application's reference is `XXX-XXX`: six symbols from an alphabet without the characters
-- that look alike (no 0/O, 1/I/L), 31^6 ≈ 887 million values, unique across every event, so that a
-- reference names one application wherever it is typed. Sign-ups draw it from crypto/rand in Go
-- and draw again when it is taken (an INSERT ... ON CONFLICT (reference) DO NOTHING that inserted
-- nothing); any other insert (the demo data, the benchmark's bulk loads, this backfill) gets one
-- from application_reference(), which draws with PostgreSQL's strong random source and draws again
-- while the value is taken.
--
-- A check-in is kept on the application (when, by whom) and counted on its event, in the same
-- transaction, under the event's row lock, as the seats are: checked_in_count is exact, and two
-- devices checking in the same person count them once.

-- +goose StatementBegin
CREATE FUNCTION application_reference() RETURNS text LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    alphabet constant text := '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
    -- The bytes of a version 4 UUID that hold no version or variant bits.
    random_bytes constant int[] := ARRAY[0, 1, 2, 3, 4, 5, 7, 9, 10, 11, 12, 13, 14, 15];
    b bytea;
    ref text;
    n int;
    i int;
BEGIN
    LOOP
        b := uuid_send(gen_random_uuid());
        ref := '';
        n := 0;
        FOREACH i IN ARRAY random_bytes LOOP
            -- 248 = 8 × 31: bytes from 248 up would favour the first symbols, so they are skipped.
            CONTINUE WHEN get_byte(b, i) >= 248;
            ref := ref || substr(alphabet, 1 + get_byte(b, i) % 31, 1);
            n := n + 1;
            IF n = 3 THEN
                ref := ref || '-';
            END IF;
            EXIT WHEN n = 6;
        END LOOP;
        -- A volatile function sees the rows its own statement has written so far: a bulk insert
        -- never draws a value that an earlier row of it took.
        EXIT WHEN n = 6 AND NOT EXISTS (SELECT 1 FROM event_applications WHERE reference = ref);
    END LOOP;
    RETURN ref;
END;
$$;
-- +goose StatementEnd

ALTER TABLE event_applications
    ADD COLUMN reference     text,
    ADD COLUMN checked_in_at timestamptz,
    -- The staff member who checked the attendee in.
    ADD COLUMN checked_in_by bigint REFERENCES users (id),
    ADD CONSTRAINT event_applications_checked_in_by CHECK ((checked_in_at IS NULL) = (checked_in_by IS NULL)),
    -- Only a confirmed, in-person application is checked in; one checked in is not cancelled (the
    -- check-in is undone first), so that checked_in_count counts exactly these.
    ADD CONSTRAINT event_applications_checked_in_confirmed
        CHECK (checked_in_at IS NULL OR (status = 'CONFIRMED' AND attendance = 'IN_PERSON'));

UPDATE event_applications SET reference = application_reference();

ALTER TABLE event_applications
    ALTER COLUMN reference SET DEFAULT application_reference(),
    ALTER COLUMN reference SET NOT NULL,
    ADD CONSTRAINT event_applications_reference_format CHECK (reference ~ '^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$'),
    ADD CONSTRAINT event_applications_reference_key UNIQUE (reference);

ALTER TABLE events
    ADD COLUMN checked_in_count int NOT NULL DEFAULT 0 CHECK (checked_in_count >= 0);

-- Checking attendees in: the host's admins and editors, and the secretariat. Co-hosts read the
-- applications but do not check anyone in, as they do not edit the event.
INSERT INTO casbin_rule (ptype, v0, v1, v2) VALUES
    ('p', 'SECRETARIAT', 'application', 'check_in'),
    ('p', 'MINISTRY_ADMIN', 'application', 'check_in'),
    ('p', 'MINISTRY_EDITOR', 'application', 'check_in');

-- +goose Down
DELETE FROM casbin_rule WHERE ptype = 'p' AND v1 = 'application' AND v2 = 'check_in';
ALTER TABLE events DROP COLUMN checked_in_count;
ALTER TABLE event_applications
    DROP COLUMN reference,
    DROP COLUMN checked_in_at,
    DROP COLUMN checked_in_by;
DROP FUNCTION application_reference();
