-- +goose Up
-- Registrants' own writes: when a registrant withdrew its registration, and the owner's right to
-- enter its registration for award programs (the role template of OWNER, see 00003).

ALTER TABLE registrants ADD COLUMN withdrawn_at timestamptz;

INSERT INTO casbin_rule (ptype, v0, v1, v2) VALUES ('p', 'OWNER', 'award_entry', 'create');

-- +goose Down
DELETE FROM casbin_rule WHERE ptype = 'p' AND v0 = 'OWNER' AND v1 = 'award_entry' AND v2 = 'create';
ALTER TABLE registrants DROP COLUMN withdrawn_at;
