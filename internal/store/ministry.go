package store

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/telework"
)

const ministryColumns = `id, code, name_ja, name_en`

// ListMinistries returns every ministry in the government's order.
func ListMinistries(ctx context.Context, db sqlx.QueryerContext) ([]*telework.Ministry, error) {
	var out []*telework.Ministry
	if err := sqlx.SelectContext(ctx, db, &out, `SELECT `+ministryColumns+` FROM ministries ORDER BY position, id`); err != nil {
		return nil, fmt.Errorf("list ministries: %w", err)
	}
	return out, nil
}

// MinistriesByIDs returns the ministries with the given IDs, in any order.
func MinistriesByIDs(ctx context.Context, db sqlx.QueryerContext, ids []int64) ([]*telework.Ministry, error) {
	var out []*telework.Ministry
	if err := sqlx.SelectContext(ctx, db, &out, `SELECT `+ministryColumns+` FROM ministries WHERE id = ANY($1)`, pq.Array(ids)); err != nil {
		return nil, fmt.Errorf("ministries by id: %w", err)
	}
	return out, nil
}

// MinistriesByCodes returns the ministries with the given codes, in any order.
func MinistriesByCodes(ctx context.Context, db sqlx.QueryerContext, codes []string) ([]*telework.Ministry, error) {
	var out []*telework.Ministry
	if err := sqlx.SelectContext(ctx, db, &out, `SELECT `+ministryColumns+` FROM ministries WHERE code = ANY($1)`, pq.Array(codes)); err != nil {
		return nil, fmt.Errorf("ministries by code: %w", err)
	}
	return out, nil
}

// DivisionsByMinistryIDs returns the divisions of each ministry, in the ministry's order.
func DivisionsByMinistryIDs(ctx context.Context, db sqlx.QueryerContext, ministryIDs []int64) (map[int64][]*telework.Division, error) {
	var divisions []*telework.Division
	err := sqlx.SelectContext(ctx, db, &divisions, `
		SELECT id, ministry_id, name_ja, name_en, bureau_ja, bureau_en, email, phone FROM divisions
		WHERE ministry_id = ANY($1) ORDER BY ministry_id, position, id`, pq.Array(ministryIDs))
	if err != nil {
		return nil, fmt.Errorf("divisions by ministry: %w", err)
	}
	out := make(map[int64][]*telework.Division, len(ministryIDs))
	for _, d := range divisions {
		out[d.MinistryID] = append(out[d.MinistryID], d)
	}
	return out, nil
}

// DivisionsByIDs returns the divisions with the given IDs, in any order.
func DivisionsByIDs(ctx context.Context, db sqlx.QueryerContext, ids []int64) ([]*telework.Division, error) {
	var out []*telework.Division
	err := sqlx.SelectContext(ctx, db, &out, `
		SELECT id, ministry_id, name_ja, name_en, bureau_ja, bureau_en, email, phone FROM divisions
		WHERE id = ANY($1)`, pq.Array(ids))
	if err != nil {
		return nil, fmt.Errorf("divisions by id: %w", err)
	}
	return out, nil
}
