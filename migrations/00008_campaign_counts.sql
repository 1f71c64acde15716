-- +goose Up
-- The public statistics of a campaign kept as counters, maintained by triggers in the transaction
-- of every change to registrants and events. Counting approved registrants (in all, per activity,
-- per prefecture) on each request read the whole campaign three times: ~100 ms at 100,000
-- registrants, and growing with them. The counters make the statistics one index read whatever the
-- size, and stay exact: they change in the same transaction as the rows they count.
--
-- Inserts and deletes are counted per statement, with transition tables, so that a bulk load
-- adjusts each counter once. Updates are counted per row, and only when they change what is
-- counted (the WHEN clause is checked before any function runs): a sign-up updates its event's
-- seats, and must not pay for this. Registrations arrive as REGISTERED and count once approved.
-- TRUNCATE fires none of these triggers: a table emptied that way needs its counters rebuilt.

CREATE TABLE campaign_counts (
    campaign_id bigint  NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    -- 'registrants' (key ''), 'activity' (key: the activity), 'prefecture' (key: the prefecture):
    -- approved registrants; 'events' (key ''): published or closed events.
    dimension   text    NOT NULL CHECK (dimension IN ('registrants', 'activity', 'prefecture', 'events')),
    key         text    NOT NULL DEFAULT '',
    -- No CHECK (n >= 0): it would be checked on the row an ON CONFLICT update proposes (-1), not
    -- on the result.
    n           integer NOT NULL,
    PRIMARY KEY (campaign_id, dimension, key)
);

-- +goose StatementBegin
-- A registrant's part in the counters, d = 1 entering them or -1 leaving them; NULL if it does not
-- count (not approved).
CREATE FUNCTION registrant_count_change(campaign_id bigint, activities text[], prefecture text, status text, d integer)
RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN status = 'APPROVED' THEN jsonb_build_object('campaign_id', campaign_id,
        'activities', activities, 'prefecture', prefecture, 'd', d, 'is_event', false) END;
$$;

-- An event's part in the counters; NULL if it does not count (a draft or cancelled event).
CREATE FUNCTION event_count_change(campaign_id bigint, status text, d integer)
RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN status IN ('PUBLISHED', 'CLOSED') THEN jsonb_build_object('campaign_id', campaign_id,
        'd', d, 'is_event', true) END;
$$;

-- Applies the changes of a statement, a JSON array of the parts above (nulls skipped).
CREATE FUNCTION campaign_counts_apply(changes jsonb) RETURNS void LANGUAGE sql AS $$
    WITH c AS (
        SELECT x.* FROM jsonb_array_elements(changes) AS e,
            jsonb_to_record(e) AS x(campaign_id bigint, activities text[], prefecture text, d integer, is_event boolean)
        WHERE jsonb_typeof(e) = 'object'
    ), deltas AS (
        SELECT campaign_id, CASE WHEN is_event THEN 'events' ELSE 'registrants' END AS dimension,
               '' AS key, sum(d) AS n
        FROM c GROUP BY 1, 2
        UNION ALL
        SELECT campaign_id, 'activity', a, sum(d) FROM c, unnest(activities) AS a WHERE NOT is_event GROUP BY 1, 3
        UNION ALL
        SELECT campaign_id, 'prefecture', prefecture, sum(d) FROM c
        WHERE NOT is_event AND prefecture IS NOT NULL GROUP BY 1, 3
    )
    INSERT INTO campaign_counts AS cc (campaign_id, dimension, key, n)
    SELECT campaign_id, dimension, key, n FROM deltas WHERE n <> 0
    -- Ordered, so that two transactions touching the same counters lock them in the same order.
    ORDER BY campaign_id, dimension, key
    ON CONFLICT (campaign_id, dimension, key) DO UPDATE SET n = cc.n + EXCLUDED.n;
$$;

CREATE FUNCTION registrants_count_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM campaign_counts_apply((SELECT jsonb_agg(registrant_count_change(campaign_id, activities, prefecture, status, 1)) FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM campaign_counts_apply((SELECT jsonb_agg(registrant_count_change(campaign_id, activities, prefecture, status, -1)) FROM old_rows));
    ELSE
        PERFORM campaign_counts_apply(jsonb_build_array(
            registrant_count_change(OLD.campaign_id, OLD.activities, OLD.prefecture, OLD.status, -1),
            registrant_count_change(NEW.campaign_id, NEW.activities, NEW.prefecture, NEW.status, 1)));
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION events_count_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM campaign_counts_apply((SELECT jsonb_agg(event_count_change(campaign_id, status, 1)) FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM campaign_counts_apply((SELECT jsonb_agg(event_count_change(campaign_id, status, -1)) FROM old_rows));
    ELSE
        PERFORM campaign_counts_apply(jsonb_build_array(
            event_count_change(OLD.campaign_id, OLD.status, -1), event_count_change(NEW.campaign_id, NEW.status, 1)));
    END IF;
    RETURN NULL;
END $$;
-- +goose StatementEnd

CREATE TRIGGER registrants_counts_insert AFTER INSERT ON registrants
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION registrants_count_changes();
CREATE TRIGGER registrants_counts_delete AFTER DELETE ON registrants
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION registrants_count_changes();
CREATE TRIGGER registrants_counts_update AFTER UPDATE ON registrants FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.campaign_id IS DISTINCT FROM NEW.campaign_id
          OR OLD.activities IS DISTINCT FROM NEW.activities OR OLD.prefecture IS DISTINCT FROM NEW.prefecture)
    EXECUTE FUNCTION registrants_count_changes();
CREATE TRIGGER events_counts_insert AFTER INSERT ON events
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION events_count_changes();
CREATE TRIGGER events_counts_delete AFTER DELETE ON events
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION events_count_changes();
CREATE TRIGGER events_counts_update AFTER UPDATE ON events FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.campaign_id IS DISTINCT FROM NEW.campaign_id)
    EXECUTE FUNCTION events_count_changes();

-- The counters of the rows already there; the tables are locked against writes meanwhile.
LOCK TABLE registrants, events IN SHARE MODE;
SELECT campaign_counts_apply((SELECT jsonb_agg(registrant_count_change(campaign_id, activities, prefecture, status, 1)) FROM registrants));
SELECT campaign_counts_apply((SELECT jsonb_agg(event_count_change(campaign_id, status, 1)) FROM events));

-- +goose Down
DROP TRIGGER events_counts_update ON events;
DROP TRIGGER events_counts_delete ON events;
DROP TRIGGER events_counts_insert ON events;
DROP TRIGGER registrants_counts_update ON registrants;
DROP TRIGGER registrants_counts_delete ON registrants;
DROP TRIGGER registrants_counts_insert ON registrants;
DROP FUNCTION events_count_changes();
DROP FUNCTION registrants_count_changes();
DROP FUNCTION campaign_counts_apply(jsonb);
DROP FUNCTION event_count_change(bigint, text, integer);
DROP FUNCTION registrant_count_change(bigint, text[], text, text, integer);
DROP TABLE campaign_counts;
