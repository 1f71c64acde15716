package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
	"github.com/teleworkmonth/platform/internal/telework"
)

// EventsByIDs returns the whole events with the given IDs, in any order.
func EventsByIDs(ctx context.Context, db sqlx.QueryerContext, ids []int64) ([]*telework.Event, error) {
	events, err := selectEvents(ctx, db, len(ids), wholeEvent, `SELECT `+fullEventColumns+` FROM events e WHERE e.id = ANY($1)`, pq.Array(ids))
	if err != nil {
		return nil, fmt.Errorf("events by id: %w", err)
	}
	return events, nil
}

// EventDescriptionsByIDs returns the descriptions of the events with the given IDs, by event ID.
func EventDescriptionsByIDs(ctx context.Context, db sqlx.QueryerContext, ids []int64) (map[int64]*telework.EventDescription, error) {
	var rows []struct {
		ID int64 `db:"id"`
		telework.EventDescription
	}
	err := sqlx.SelectContext(ctx, db, &rows, `SELECT id, description_ja, description_en FROM events WHERE id = ANY($1)`, pq.Array(ids))
	if err != nil {
		return nil, fmt.Errorf("event descriptions by id: %w", err)
	}
	out := make(map[int64]*telework.EventDescription, len(rows))
	for i := range rows {
		out[rows[i].ID] = &rows[i].EventDescription
	}
	return out, nil
}

// CoHostsByEventIDs returns the co-host ministries of each event, in the government's order.
func CoHostsByEventIDs(ctx context.Context, db sqlx.QueryerContext, eventIDs []int64) (map[int64][]*telework.Ministry, error) {
	var rows []struct {
		EventID int64 `db:"event_id"`
		telework.Ministry
	}
	err := sqlx.SelectContext(ctx, db, &rows, `
		SELECT c.event_id, m.id, m.code, m.name_ja, m.name_en
		FROM event_cohosts c JOIN ministries m ON m.id = c.ministry_id
		WHERE c.event_id = ANY($1) ORDER BY c.event_id, m.position, m.id`, pq.Array(eventIDs))
	if err != nil {
		return nil, fmt.Errorf("co-hosts by event: %w", err)
	}
	out := make(map[int64][]*telework.Ministry, len(eventIDs))
	for i := range rows {
		out[rows[i].EventID] = append(out[rows[i].EventID], &rows[i].Ministry)
	}
	return out, nil
}

// HostsAndCoHosts returns, with one statement, the two edges of a page of events that lists show:
// the ministries that host (hostIDs) or co-host one of the events, and the co-hosts of each event
// in the government's order. Each ministry is read once, however many events it co-hosts, and an
// event's co-hosts are the same values as the ministries returned.
func HostsAndCoHosts(ctx context.Context, db sqlx.QueryerContext, hostIDs, eventIDs []int64) ([]*telework.Ministry, map[int64][]*telework.Ministry, error) {
	rows, err := db.QueryContext(ctx, `
		SELECT NULL::bigint AS event_id, m.position, m.id, m.code, m.name_ja, m.name_en
		FROM ministries m
		WHERE m.id = ANY($1) OR m.id IN (SELECT ministry_id FROM event_cohosts WHERE event_id = ANY($2))
		UNION ALL
		SELECT c.event_id, m.position, m.id, NULL, NULL, NULL
		FROM event_cohosts c JOIN ministries m ON m.id = c.ministry_id WHERE c.event_id = ANY($2)
		ORDER BY event_id NULLS FIRST, position, id`, pq.Array(hostIDs), pq.Array(eventIDs))
	if err != nil {
		return nil, nil, fmt.Errorf("hosts and co-hosts of events: %w", err)
	}
	defer rows.Close()
	var (
		ministries      []*telework.Ministry
		byID            = map[int64]*telework.Ministry{}
		coHosts         = make(map[int64][]*telework.Ministry, len(eventIDs))
		eventID         sql.Null[int64]
		position, id    int64
		code, ja, en    sql.Null[string]
		ministryColumns = []any{&eventID, &position, &id, &code, &ja, &en}
	)
	for rows.Next() {
		if err := rows.Scan(ministryColumns...); err != nil {
			return nil, nil, fmt.Errorf("hosts and co-hosts of events: %w", err)
		}
		if !eventID.Valid { // the ministries come first
			m := &telework.Ministry{ID: id, Code: code.V, NameJa: ja.V, NameEn: pointTo(new(string), en)}
			ministries = append(ministries, m)
			byID[id] = m
			continue
		}
		coHosts[eventID.V] = append(coHosts[eventID.V], byID[id])
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("hosts and co-hosts of events: %w", err)
	}
	return ministries, coHosts, nil
}

// ProgramPartsByEventIDs returns the program parts of each event, in program order.
func ProgramPartsByEventIDs(ctx context.Context, db sqlx.QueryerContext, eventIDs []int64) (map[int64][]*telework.ProgramPart, error) {
	var parts []*telework.ProgramPart
	err := sqlx.SelectContext(ctx, db, &parts, `
		SELECT id, event_id, title_ja, title_en, starts_at, ends_at FROM event_program_parts
		WHERE event_id = ANY($1) ORDER BY event_id, position`, pq.Array(eventIDs))
	if err != nil {
		return nil, fmt.Errorf("program parts by event: %w", err)
	}
	out := make(map[int64][]*telework.ProgramPart, len(eventIDs))
	for _, p := range parts {
		out[p.EventID] = append(out[p.EventID], p)
	}
	return out, nil
}
