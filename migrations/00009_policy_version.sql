-- +goose Up
-- A version of the policy, raised in the transaction of every change of casbin_rule. Each instance
-- reloads its policy when notified and, as a safety net, every 30 seconds; with a version to
-- compare, the safety net reads one row instead of every rule (500,000 staff made each reload cost
-- over a second of CPU and a burst of garbage).

CREATE TABLE casbin_policy_version (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version   bigint  NOT NULL
);
INSERT INTO casbin_policy_version (version) VALUES (1);

-- +goose StatementBegin
CREATE OR REPLACE FUNCTION casbin_rule_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Concurrent changes of the policy take turns on this row: versions follow commit order.
    UPDATE casbin_policy_version SET version = version + 1;
    PERFORM pg_notify('casbin_policy_changed', '');
    RETURN NULL;
END;
$$;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION casbin_rule_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('casbin_policy_changed', '');
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
DROP TABLE casbin_policy_version;
