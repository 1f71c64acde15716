-- +goose Up
-- Invitations instead of passwords, and forgotten passwords. An administrator invites a person by
-- email: the account is made without a password (pending) and the person sets their own through a
-- single-use link that expires; a person who forgot their password asks for the same kind of link.
-- The links carry a random token that is stored only as its SHA-256 hash, as every other token.

-- A pending account has no password yet: nobody can sign in to it until its invitation is accepted.
ALTER TABLE users
    ALTER COLUMN password_hash DROP NOT NULL,
    -- When the account was last invited; NULL for accounts made with a password.
    ADD COLUMN invited_at timestamptz;

CREATE TABLE password_tokens (
    token_hash bytea  PRIMARY KEY,
    user_id    bigint NOT NULL REFERENCES users (id),
    -- INVITATION: the first password of an invited account; RESET: a forgotten password.
    purpose    text   NOT NULL CHECK (purpose IN ('INVITATION', 'RESET')),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    -- Set once when the token is used: a token works once.
    used_at    timestamptz,
    -- Set when a newer link of the account replaces it, or its password is set another way.
    revoked_at timestamptz,
    CHECK (expires_at > created_at)
);
-- The live tokens of an account, which a new link or a new password revokes.
CREATE INDEX password_tokens_user_idx ON password_tokens (user_id, purpose)
    WHERE used_at IS NULL AND revoked_at IS NULL;

-- The staff list searches names and emails anywhere in them, within one field (as 00005 does).
CREATE INDEX users_search_idx ON users USING gin ((email || E'\x1f' || display_name) gin_trgm_ops);

-- +goose Down
DROP INDEX users_search_idx;
DROP TABLE password_tokens;
-- Pending accounts stay, disabled, with a hash that matches no password.
UPDATE users SET password_hash = '', disabled_at = coalesce(disabled_at, now()) WHERE password_hash IS NULL;
ALTER TABLE users DROP COLUMN invited_at, ALTER COLUMN password_hash SET NOT NULL;
