-- +goose Up
-- The audit log is filtered by who acted, by the type of the changed record and by time, and paged
-- newest first (id descending). Each filter gets an index that leads with its column and ends with
-- id, so that a filtered page is a short walk down one index whichever filter narrows most; the
-- time range has its own, since the entries of a day in the past lie deep in the id order.
CREATE INDEX audit_entries_actor_idx ON audit_entries (actor, id);
CREATE INDEX audit_entries_object_type_idx ON audit_entries (object_type, id);
CREATE INDEX audit_entries_at_idx ON audit_entries (at, id);

-- +goose Down
DROP INDEX audit_entries_at_idx;
DROP INDEX audit_entries_object_type_idx;
DROP INDEX audit_entries_actor_idx;
