package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// DeleteDeliveredMessages deletes up to limit outbox messages sent before the time, oldest first,
// and returns how many it deleted. Messages not yet sent, and those that failed for good, stay.
func DeleteDeliveredMessages(ctx context.Context, db sqlx.ExecerContext, sentBefore time.Time, limit int) (int64, error) {
	res, err := db.ExecContext(ctx, `
		DELETE FROM outbox_messages
		WHERE id IN (
			SELECT id FROM outbox_messages
			WHERE sent_at IS NOT NULL AND sent_at < $1
			ORDER BY sent_at
			LIMIT $2)`, sentBefore, limit)
	if err != nil {
		return 0, fmt.Errorf("delete delivered messages: %w", err)
	}
	return res.RowsAffected()
}

// DeleteEndedSessions deletes up to limit sessions that ended (signed out or expired) before the
// time, oldest first, and returns how many it deleted.
func DeleteEndedSessions(ctx context.Context, db sqlx.ExecerContext, endedBefore time.Time, limit int) (int64, error) {
	res, err := db.ExecContext(ctx, `
		DELETE FROM sessions
		WHERE id IN (
			SELECT id FROM sessions
			WHERE LEAST(revoked_at, expires_at) < $1
			ORDER BY LEAST(revoked_at, expires_at)
			LIMIT $2)`, endedBefore, limit)
	if err != nil {
		return 0, fmt.Errorf("delete ended sessions: %w", err)
	}
	return res.RowsAffected()
}
