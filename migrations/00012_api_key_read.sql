-- +goose Up
-- The secretariat, which makes and revokes partner API keys, reads them too (the apiKeys list and
-- node(id)): their names, when they were made and last used, never the keys.
INSERT INTO casbin_rule (ptype, v0, v1, v2) VALUES ('p', 'SECRETARIAT', 'api_key', 'read');

-- +goose Down
DELETE FROM casbin_rule WHERE ptype = 'p' AND v0 = 'SECRETARIAT' AND v1 = 'api_key' AND v2 = 'read';
