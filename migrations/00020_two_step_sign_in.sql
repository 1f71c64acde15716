-- +goose Up
-- Two-step sign-in: time-based one-time passwords (RFC 6238) and single-use recovery codes. The
-- API never returns a secret once its set-up is confirmed; recovery codes are stored only as their
-- SHA-256 hashes (they are random, 50 bits and more, so a plain hash is enough).

CREATE TABLE staff_totp (
    user_id      bigint PRIMARY KEY REFERENCES users (id),
    -- The shared secret, base32, as authenticator apps take it.
    secret       text   NOT NULL CHECK (secret <> ''),
    created_at   timestamptz NOT NULL,
    -- NULL while the set-up waits for its first code: until then sign-in asks for no code.
    confirmed_at timestamptz,
    -- The newest 30-second time step whose code was accepted: a code of that step or an earlier
    -- one is refused, so that a code seen over a shoulder cannot be used again.
    last_step    bigint NOT NULL DEFAULT 0
);

CREATE TABLE staff_recovery_codes (
    user_id   bigint NOT NULL REFERENCES users (id),
    code_hash bytea  NOT NULL,
    -- Set once when the code is used: a code works once.
    used_at   timestamptz,
    PRIMARY KEY (user_id, code_hash)
);

-- +goose Down
DROP TABLE staff_recovery_codes;
DROP TABLE staff_totp;
