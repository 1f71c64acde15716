-- +goose Up
-- The counters of a bulk INSERT or DELETE are summed from the statement's transition table by SQL.
-- They were gathered into one JSON array first, and a JSON array holds at most 256 MiB: a
-- statement that inserted or deleted more than about two million approved registrants failed
-- (seen loading 9 million registrants at once). The per-row UPDATE triggers keep
-- campaign_counts_apply, with its two-element arrays.

-- +goose StatementBegin
CREATE OR REPLACE FUNCTION registrants_count_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'DELETE') THEN
        -- One statement for both: the transition table's name and the sign are the arguments.
        EXECUTE format($sql$
            WITH c AS (SELECT campaign_id, activities, prefecture FROM %I WHERE status = 'APPROVED'),
            deltas AS (
                SELECT campaign_id, 'registrants' AS dimension, '' AS key, count(*) * $1 AS n
                FROM c GROUP BY 1
                UNION ALL
                SELECT campaign_id, 'activity', a, count(*) * $1 FROM c, unnest(activities) AS a GROUP BY 1, 3
                UNION ALL
                SELECT campaign_id, 'prefecture', prefecture, count(*) * $1 FROM c
                WHERE prefecture IS NOT NULL GROUP BY 1, 3
            )
            INSERT INTO campaign_counts AS cc (campaign_id, dimension, key, n)
            SELECT campaign_id, dimension, key, n FROM deltas
            -- Ordered, so that two transactions touching the same counters lock them in the same order.
            ORDER BY campaign_id, dimension, key
            ON CONFLICT (campaign_id, dimension, key) DO UPDATE SET n = cc.n + EXCLUDED.n
            $sql$, CASE TG_OP WHEN 'INSERT' THEN 'new_rows' ELSE 'old_rows' END)
        USING CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
    ELSE
        PERFORM campaign_counts_apply(jsonb_build_array(
            registrant_count_change(OLD.campaign_id, OLD.activities, OLD.prefecture, OLD.status, -1),
            registrant_count_change(NEW.campaign_id, NEW.activities, NEW.prefecture, NEW.status, 1)));
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION events_count_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'DELETE') THEN
        EXECUTE format($sql$
            INSERT INTO campaign_counts AS cc (campaign_id, dimension, key, n)
            SELECT campaign_id, 'events', '', count(*) * $1 FROM %I
            WHERE status IN ('PUBLISHED', 'CLOSED') GROUP BY 1
            ORDER BY 1
            ON CONFLICT (campaign_id, dimension, key) DO UPDATE SET n = cc.n + EXCLUDED.n
            $sql$, CASE TG_OP WHEN 'INSERT' THEN 'new_rows' ELSE 'old_rows' END)
        USING CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
    ELSE
        PERFORM campaign_counts_apply(jsonb_build_array(
            event_count_change(OLD.campaign_id, OLD.status, -1), event_count_change(NEW.campaign_id, NEW.status, 1)));
    END IF;
    RETURN NULL;
END $$;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION registrants_count_changes() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE FUNCTION events_count_changes() RETURNS trigger LANGUAGE plpgsql AS $$
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
