package store

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

// apiKeyColumns are what a partner key shows: never its hash.
const apiKeyColumns = `k.id, k.name, k.created_at, k.expires_at, k.revoked_at, k.last_used_at,
	coalesce(k.requests_per_minute, 0) AS requests_per_minute, coalesce(k.cost_per_minute, 0) AS cost_per_minute`

// ListAPIKeys returns up to limit partner keys, newest first, after the cursor's key.
func ListAPIKeys(ctx context.Context, db sqlx.QueryerContext, after *relay.Cursor, limit int) ([]*telework.APIKey, error) {
	var c conditions
	if after != nil {
		c.add(`k.id < ?`, after.Key)
	}
	c.args = append(c.args, limit)
	var out []*telework.APIKey
	query := finish(`SELECT ` + apiKeyColumns + ` FROM api_keys k WHERE ` + c.sql() + ` ORDER BY k.id DESC LIMIT ?`)
	if err := sqlx.SelectContext(ctx, db, &out, query, c.args...); err != nil {
		return nil, fmt.Errorf("list API keys: %w", err)
	}
	return out, nil
}

// CountAPIKeys counts every partner key, revoked ones included.
func CountAPIKeys(ctx context.Context, db sqlx.QueryerContext) (int, error) {
	var n int
	if err := sqlx.GetContext(ctx, db, &n, `SELECT count(*) FROM api_keys`); err != nil {
		return 0, fmt.Errorf("count API keys: %w", err)
	}
	return n, nil
}

// APIKeyByID returns a partner key, or nil when there is none with this id.
func APIKeyByID(ctx context.Context, db sqlx.QueryerContext, id int64) (*telework.APIKey, error) {
	var out []*telework.APIKey
	if err := sqlx.SelectContext(ctx, db, &out, `SELECT `+apiKeyColumns+` FROM api_keys k WHERE k.id = $1`, id); err != nil {
		return nil, fmt.Errorf("API key by id: %w", err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out[0], nil
}
