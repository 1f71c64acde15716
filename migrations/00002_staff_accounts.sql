-- +goose Up
-- Staff accounts and the authorization policies of Casbin. A user's roles are Casbin grouping
-- rules: `g, user:<id>, <ROLE>, <ministry code>` for a role in one ministry and
-- `g2, user:<id>, SECRETARIAT` for the secretariat, which holds in every ministry.

CREATE TABLE users (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         text NOT NULL CHECK (email = lower(email) AND email <> ''),
    display_name  text NOT NULL CHECK (display_name <> ''),
    -- argon2id in the PHC string format; the password itself is never stored.
    password_hash text NOT NULL,
    disabled_at   timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (email)
);

CREATE TABLE casbin_rule (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ptype text NOT NULL,
    v0    text NOT NULL DEFAULT '',
    v1    text NOT NULL DEFAULT '',
    v2    text NOT NULL DEFAULT '',
    v3    text NOT NULL DEFAULT '',
    v4    text NOT NULL DEFAULT '',
    v5    text NOT NULL DEFAULT '',
    UNIQUE (ptype, v0, v1, v2, v3, v4, v5)
);

-- +goose Down
DROP TABLE casbin_rule, users;
