package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// APIKeyLimits are a partner API key's own rate limits per minute; 0 is none of its own (the
// server's default).
type APIKeyLimits struct {
	RequestsPerMinute int `db:"requests_per_minute"`
	CostPerMinute     int `db:"cost_per_minute"`
}

// InsertAPIKey records a partner API key by the SHA-256 hash of the key and returns its id.
// createdBy 0 is no user (a key made from the command line); a nil expiresAt never expires.
func InsertAPIKey(ctx context.Context, db sqlx.QueryerContext, name string, keyHash []byte, createdBy int64, createdAt time.Time, expiresAt *time.Time, limits APIKeyLimits) (int64, error) {
	var id int64
	err := sqlx.GetContext(ctx, db, &id, `
		INSERT INTO api_keys (name, key_hash, created_by, created_at, expires_at, requests_per_minute, cost_per_minute)
		VALUES ($1, $2, NULLIF($3, 0::bigint), $4, $5, NULLIF($6, 0), NULLIF($7, 0))
		RETURNING id`, name, keyHash, createdBy, createdAt, expiresAt, limits.RequestsPerMinute, limits.CostPerMinute)
	if err != nil {
		return 0, mapError(fmt.Errorf("insert API key: %w", err))
	}
	return id, nil
}

// LiveAPIKey is an API key that may be used: not expired, not revoked.
type LiveAPIKey struct {
	ID   int64  `db:"id"`
	Name string `db:"name"`
	APIKeyLimits
}

// APIKeyByHash returns the live API key of a key hash, or nil when there is none as of now. Like
// SessionByTokenHash, it sets last_used_at at most once a minute in the same statement.
func APIKeyByHash(ctx context.Context, db sqlx.QueryerContext, keyHash []byte, now time.Time) (*LiveAPIKey, error) {
	var k LiveAPIKey
	err := sqlx.GetContext(ctx, db, &k, `
		WITH live AS (
			SELECT id, name, last_used_at, requests_per_minute, cost_per_minute FROM api_keys
			WHERE key_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2::timestamptz)
		), touched AS (
			UPDATE api_keys SET last_used_at = $2::timestamptz
			FROM live
			WHERE api_keys.id = live.id
				AND (live.last_used_at IS NULL OR live.last_used_at < $2::timestamptz - interval '1 minute')
		)
		SELECT id, name, coalesce(requests_per_minute, 0) AS requests_per_minute,
			coalesce(cost_per_minute, 0) AS cost_per_minute
		FROM live`, keyHash, now)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("API key by hash: %w", err)
	}
	return &k, nil
}

// RevokeAPIKey revokes an API key as of now and reports whether the key exists. Revoking a
// revoked key keeps its first revocation time.
func RevokeAPIKey(ctx context.Context, db sqlx.ExecerContext, id int64, now time.Time) (bool, error) {
	res, err := db.ExecContext(ctx, `UPDATE api_keys SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1`, id, now)
	if err != nil {
		return false, fmt.Errorf("revoke API key: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("revoke API key: %w", err)
	}
	return n > 0, nil
}
