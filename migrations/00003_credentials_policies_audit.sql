-- +goose Up
-- Credentials (staff sessions, partner API keys, registrant and application tokens), the role
-- templates of the Casbin policy, a NOTIFY on every policy change, and the audit log.
-- Tokens are stored only as SHA-256 hashes: the token itself is shown once, when it is made.

CREATE TABLE sessions (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      bigint NOT NULL REFERENCES users (id),
    token_hash   bytea  NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE api_keys (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text   NOT NULL CHECK (name <> ''),
    key_hash     bytea  NOT NULL UNIQUE,
    created_by   bigint REFERENCES users (id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz
);

-- Registrant tokens (a registrant's credential for its own record) and application tokens (an
-- applicant's, to cancel), one table: both are bearer tokens that name one record.
CREATE TABLE record_tokens (
    token_hash     bytea PRIMARY KEY,
    kind           text  NOT NULL CHECK (kind IN ('REGISTRANT', 'APPLICATION')),
    registrant_id  bigint REFERENCES registrants (id),
    application_id bigint REFERENCES event_applications (id),
    created_at     timestamptz NOT NULL DEFAULT now(),
    expires_at     timestamptz NOT NULL,
    revoked_at     timestamptz,
    CHECK ((kind = 'REGISTRANT') = (registrant_id IS NOT NULL)),
    CHECK ((kind = 'APPLICATION') = (application_id IS NOT NULL))
);
CREATE INDEX record_tokens_registrant_idx ON record_tokens (registrant_id) WHERE registrant_id IS NOT NULL;
CREATE INDEX record_tokens_application_idx ON record_tokens (application_id) WHERE application_id IS NOT NULL;

-- Failed logins, per account and per client address, to slow down guessing.
CREATE TABLE login_failures (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email     text NOT NULL,
    client_ip text NOT NULL,
    at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_email_idx ON login_failures (email, at);
CREATE INDEX login_failures_ip_idx ON login_failures (client_ip, at);

-- Every change of a policy rule notifies the servers in the same transaction: each instance
-- reloads its enforcer when the change commits.
-- +goose StatementBegin
CREATE FUNCTION casbin_rule_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('casbin_policy_changed', '');
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER casbin_rule_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON casbin_rule
    FOR EACH STATEMENT EXECUTE FUNCTION casbin_rule_notify();

-- The role templates: what each role may do, as `p, ROLE, object, action`. Users get roles per
-- ministry as `g, user:<id>, ROLE, <ministry code>`, the secretariat as `g2, user:<id>, SECRETARIAT`.
-- OWNER is the owner of a record (a registrant of its registration, an applicant of its application).
INSERT INTO casbin_rule (ptype, v0, v1, v2)
SELECT 'p', role, obj, act FROM (VALUES
    ('SECRETARIAT', 'event', 'read_draft'), ('SECRETARIAT', 'event', 'create'), ('SECRETARIAT', 'event', 'edit'),
    ('SECRETARIAT', 'event', 'publish'), ('SECRETARIAT', 'event', 'cancel'),
    ('SECRETARIAT', 'application', 'read'), ('SECRETARIAT', 'application', 'read_personal'),
    ('SECRETARIAT', 'award_program', 'create'), ('SECRETARIAT', 'award_program', 'edit'), ('SECRETARIAT', 'award_program', 'announce'),
    ('SECRETARIAT', 'award_entry', 'read'), ('SECRETARIAT', 'award_entry', 'read_personal'), ('SECRETARIAT', 'award_entry', 'decide'),
    ('SECRETARIAT', 'registrant', 'read'), ('SECRETARIAT', 'registrant', 'read_personal'), ('SECRETARIAT', 'registrant', 'approve'),
    ('SECRETARIAT', 'user', 'create'), ('SECRETARIAT', 'user', 'read'),
    ('SECRETARIAT', 'role', 'grant'), ('SECRETARIAT', 'role', 'revoke'),
    ('SECRETARIAT', 'api_key', 'create'), ('SECRETARIAT', 'api_key', 'revoke'),
    ('SECRETARIAT', 'audit_log', 'read'), ('SECRETARIAT', 'stats', 'read'), ('SECRETARIAT', 'access', 'explain'),

    ('MINISTRY_ADMIN', 'event', 'read_draft'), ('MINISTRY_ADMIN', 'event', 'create'), ('MINISTRY_ADMIN', 'event', 'edit'),
    ('MINISTRY_ADMIN', 'event', 'publish'), ('MINISTRY_ADMIN', 'event', 'cancel'),
    ('MINISTRY_ADMIN', 'application', 'read'), ('MINISTRY_ADMIN', 'application', 'read_personal'),
    ('MINISTRY_ADMIN', 'award_program', 'create'), ('MINISTRY_ADMIN', 'award_program', 'edit'), ('MINISTRY_ADMIN', 'award_program', 'announce'),
    ('MINISTRY_ADMIN', 'award_entry', 'read'), ('MINISTRY_ADMIN', 'award_entry', 'read_personal'), ('MINISTRY_ADMIN', 'award_entry', 'decide'),
    ('MINISTRY_ADMIN', 'user', 'create'), ('MINISTRY_ADMIN', 'user', 'read'),
    ('MINISTRY_ADMIN', 'role', 'grant'), ('MINISTRY_ADMIN', 'role', 'revoke'),
    ('MINISTRY_ADMIN', 'audit_log', 'read'), ('MINISTRY_ADMIN', 'stats', 'read'), ('MINISTRY_ADMIN', 'access', 'explain'),

    ('MINISTRY_EDITOR', 'event', 'read_draft'), ('MINISTRY_EDITOR', 'event', 'create'), ('MINISTRY_EDITOR', 'event', 'edit'),
    ('MINISTRY_EDITOR', 'event', 'publish'), ('MINISTRY_EDITOR', 'event', 'cancel'),
    ('MINISTRY_EDITOR', 'application', 'read'),
    ('MINISTRY_EDITOR', 'award_program', 'create'), ('MINISTRY_EDITOR', 'award_program', 'edit'), ('MINISTRY_EDITOR', 'award_program', 'announce'),
    ('MINISTRY_EDITOR', 'award_entry', 'read'), ('MINISTRY_EDITOR', 'award_entry', 'decide'),
    ('MINISTRY_EDITOR', 'stats', 'read'),

    ('MINISTRY_VIEWER', 'event', 'read_draft'), ('MINISTRY_VIEWER', 'stats', 'read'),

    ('OWNER', 'registrant', 'read'), ('OWNER', 'registrant', 'read_personal'), ('OWNER', 'registrant', 'update'),
    ('OWNER', 'award_entry', 'read'), ('OWNER', 'award_entry', 'read_personal'),
    ('OWNER', 'application', 'read'), ('OWNER', 'application', 'read_personal'), ('OWNER', 'application', 'cancel')
) AS t (role, obj, act);

CREATE TABLE audit_entries (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    -- Who acted: user:<id>, registrant:<id>, application:<id>, api_key:<id> or anonymous.
    actor       text   NOT NULL,
    -- The tenant of the changed record; NULL for records of no ministry (registrants, users).
    ministry_id bigint REFERENCES ministries (id),
    action      text   NOT NULL,
    object_type text   NOT NULL,
    object_id   text   NOT NULL,
    -- The record before and after the change, personal data masked.
    before      jsonb,
    after       jsonb
);
CREATE INDEX audit_entries_ministry_idx ON audit_entries (ministry_id, id);

-- +goose Down
DROP TABLE audit_entries;
DELETE FROM casbin_rule WHERE ptype = 'p';
DROP TRIGGER casbin_rule_changed ON casbin_rule;
DROP FUNCTION casbin_rule_notify();
DROP TABLE login_failures, record_tokens, api_keys, sessions;
