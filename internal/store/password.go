package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// UpdatePasswordHash replaces a staff account's password hash.
func UpdatePasswordHash(ctx context.Context, db sqlx.ExecerContext, userID int64, passwordHash string) error {
	if _, err := db.ExecContext(ctx, `UPDATE users SET password_hash = $2 WHERE id = $1`, userID, passwordHash); err != nil {
		return fmt.Errorf("update password hash: %w", err)
	}
	return nil
}

// RevokeOtherSessions ends, as of now, every live session of a staff account but keep (the one
// the change is made in), and returns how many it ended.
func RevokeOtherSessions(ctx context.Context, db sqlx.ExecerContext, userID, keep int64, now time.Time) (int64, error) {
	res, err := db.ExecContext(ctx, `
		UPDATE sessions SET revoked_at = $3
		WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL AND expires_at > $3`, userID, keep, now)
	if err != nil {
		return 0, fmt.Errorf("revoke other sessions: %w", err)
	}
	return res.RowsAffected()
}
