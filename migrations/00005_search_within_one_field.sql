-- +goose Up
-- Search matches text within one field, never across the boundary of two: the searchable fields
-- are joined with a control character, which search terms may not contain.
DROP INDEX events_search_idx;
CREATE INDEX events_search_idx ON events
    USING gin ((title_ja || E'\x1f' || coalesce(title_en, '') || E'\x1f' || coalesce(description_ja, '') || E'\x1f' || coalesce(description_en, '')) gin_trgm_ops);
DROP INDEX registrants_name_search_idx;
CREATE INDEX registrants_name_search_idx ON registrants
    USING gin ((name || E'\x1f' || coalesce(name_kana, '')) gin_trgm_ops);

-- +goose Down
DROP INDEX events_search_idx;
CREATE INDEX events_search_idx ON events
    USING gin ((title_ja || ' ' || coalesce(title_en, '') || ' ' || coalesce(description_ja, '') || ' ' || coalesce(description_en, '')) gin_trgm_ops);
DROP INDEX registrants_name_search_idx;
CREATE INDEX registrants_name_search_idx ON registrants USING gin ((name || ' ' || coalesce(name_kana, '')) gin_trgm_ops);
