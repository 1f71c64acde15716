-- +goose Up
-- The rate limits of a partner API key: requests and query cost (the complexity the server computes
-- for an operation) per minute. NULL follows the server's defaults (PARTNER_REQUESTS_PER_MINUTE,
-- PARTNER_COST_PER_MINUTE), so that raising a default raises every key made without limits of its
-- own.

ALTER TABLE api_keys
    ADD COLUMN requests_per_minute integer CHECK (requests_per_minute > 0),
    ADD COLUMN cost_per_minute     integer CHECK (cost_per_minute > 0);

-- +goose Down
ALTER TABLE api_keys DROP COLUMN requests_per_minute, DROP COLUMN cost_per_minute;
