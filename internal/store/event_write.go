package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/telework"
)

// InsertEvent creates an event from e (its ID, version and counters are ignored) and returns it as
// stored.
func InsertEvent(ctx context.Context, db sqlx.QueryerContext, e *telework.Event) (*telework.Event, error) {
	var out telework.Event
	err := sqlx.GetContext(ctx, db, &out, `
		INSERT INTO events AS e (campaign_id, host_ministry_id, kind, status, title_ja, title_en,
			description_ja, description_en, starts_at, ends_at, venue_name_ja, venue_name_en,
			venue_address_ja, venue_address_en, venue_prefecture, online_streaming, fee_yen, capacity,
			application_deadline, tentative, streaming_url)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
		RETURNING `+fullEventColumns,
		e.CampaignID, e.HostMinistryID, e.Kind, e.Status, e.TitleJa, e.TitleEn,
		e.DescriptionJa, e.DescriptionEn, e.StartsAt, e.EndsAt, e.VenueNameJa, e.VenueNameEn,
		e.VenueAddressJa, e.VenueAddressEn, e.VenuePrefecture, e.OnlineStreaming, e.FeeYen, e.Capacity,
		e.ApplicationDeadline, e.Tentative, e.StreamingURL)
	if err != nil {
		return nil, mapError(fmt.Errorf("insert event: %w", err))
	}
	return &out, nil
}

// EventHostCode returns the code of the ministry that hosts an event, or "" when there is no such
// event.
func EventHostCode(ctx context.Context, db sqlx.QueryerContext, id int64) (string, error) {
	return ministryCodeOf(ctx, db, `
		SELECT m.code FROM events e JOIN ministries m ON m.id = e.host_ministry_id WHERE e.id = $1`, id)
}

// LockEvent returns an event and locks it against other writers until the transaction ends, or
// nil when there is none.
func LockEvent(ctx context.Context, db sqlx.QueryerContext, id int64) (*telework.Event, error) {
	var e telework.Event
	err := sqlx.GetContext(ctx, db, &e, `SELECT `+fullEventColumns+` FROM events e WHERE e.id = $1 FOR UPDATE`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("lock event %d: %w", id, err)
	}
	return &e, nil
}

// UpdateEvent writes the editable fields of e, provided that the stored event is still at
// e.Version, and returns it with its version raised. It returns nil when the event has moved on
// (or is gone).
func UpdateEvent(ctx context.Context, db sqlx.QueryerContext, e *telework.Event) (*telework.Event, error) {
	var out telework.Event
	err := sqlx.GetContext(ctx, db, &out, `
		UPDATE events e SET kind = $3, title_ja = $4, title_en = $5, description_ja = $6,
			description_en = $7, starts_at = $8, ends_at = $9, venue_name_ja = $10, venue_name_en = $11,
			venue_address_ja = $12, venue_address_en = $13, venue_prefecture = $14,
			online_streaming = $15, fee_yen = $16, capacity = $17, application_deadline = $18,
			tentative = $19, streaming_url = $20, version = e.version + 1, updated_at = now()
		WHERE e.id = $1 AND e.version = $2
		RETURNING `+fullEventColumns,
		e.ID, e.Version, e.Kind, e.TitleJa, e.TitleEn, e.DescriptionJa,
		e.DescriptionEn, e.StartsAt, e.EndsAt, e.VenueNameJa, e.VenueNameEn,
		e.VenueAddressJa, e.VenueAddressEn, e.VenuePrefecture,
		e.OnlineStreaming, e.FeeYen, e.Capacity, e.ApplicationDeadline, e.Tentative, e.StreamingURL)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, mapError(fmt.Errorf("update event %d: %w", e.ID, err))
	}
	return &out, nil
}

// SetEventStatus moves an event to a status, provided that it is still at version, and returns it
// with its version raised. It returns nil when the event has moved on (or is gone).
func SetEventStatus(ctx context.Context, db sqlx.QueryerContext, id int64, version int, status telework.EventStatus) (*telework.Event, error) {
	var out telework.Event
	err := sqlx.GetContext(ctx, db, &out, `
		UPDATE events e SET status = $3, version = e.version + 1, updated_at = now()
		WHERE e.id = $1 AND e.version = $2
		RETURNING `+fullEventColumns, id, version, status)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("set status of event %d: %w", id, err)
	}
	return &out, nil
}

// ReplaceEventCoHosts makes the given ministries the event's co-hosts, and only them.
func ReplaceEventCoHosts(ctx context.Context, db sqlx.ExecerContext, eventID int64, ministryIDs []int64) error {
	if ministryIDs == nil {
		ministryIDs = []int64{} // an empty array, not NULL: no co-hosts
	}
	_, err := db.ExecContext(ctx, `
		WITH gone AS (
			DELETE FROM event_cohosts WHERE event_id = $1 AND NOT ministry_id = ANY($2::bigint[])
		)
		INSERT INTO event_cohosts (event_id, ministry_id)
		SELECT $1, m FROM unnest($2::bigint[]) AS m
		ON CONFLICT (event_id, ministry_id) DO NOTHING`, eventID, pq.Array(ministryIDs))
	if err != nil {
		return mapError(fmt.Errorf("replace co-hosts of event %d: %w", eventID, err))
	}
	return nil
}

// ReplaceProgramParts makes parts, in their order, the program of an event, and only them.
func ReplaceProgramParts(ctx context.Context, db sqlx.ExecerContext, eventID int64, parts []*telework.ProgramPart) error {
	titleJa, titleEn := make([]string, len(parts)), make([]sql.NullString, len(parts))
	starts, ends := make([]string, len(parts)), make([]string, len(parts))
	for i, p := range parts {
		titleJa[i], starts[i], ends[i] = p.TitleJa, p.StartsAt.Format(time.RFC3339Nano), p.EndsAt.Format(time.RFC3339Nano)
		if p.TitleEn != nil {
			titleEn[i] = sql.NullString{String: *p.TitleEn, Valid: true}
		}
	}
	if _, err := db.ExecContext(ctx, `DELETE FROM event_program_parts WHERE event_id = $1`, eventID); err != nil {
		return fmt.Errorf("remove program parts of event %d: %w", eventID, err)
	}
	if len(parts) == 0 {
		return nil
	}
	_, err := db.ExecContext(ctx, `
		INSERT INTO event_program_parts (event_id, position, title_ja, title_en, starts_at, ends_at)
		SELECT $1, t.n, t.ja, t.en, t.s::timestamptz, t.x::timestamptz
		FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS t(ja, en, s, x, n)`,
		eventID, pq.Array(titleJa), pq.Array(titleEn), pq.Array(starts), pq.Array(ends))
	if err != nil {
		return mapError(fmt.Errorf("insert program parts of event %d: %w", eventID, err))
	}
	return nil
}
