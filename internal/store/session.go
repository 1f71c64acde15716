package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// InsertSession records a staff session by the SHA-256 hash of its token and returns its id.
func InsertSession(ctx context.Context, db sqlx.QueryerContext, userID int64, tokenHash []byte, createdAt, expiresAt time.Time) (int64, error) {
	var id int64
	err := sqlx.GetContext(ctx, db, &id, `
		INSERT INTO sessions (user_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4)
		RETURNING id`, userID, tokenHash, createdAt, expiresAt)
	if err != nil {
		return 0, fmt.Errorf("insert session: %w", err)
	}
	return id, nil
}

// SessionUser is a live session with the staff account it belongs to.
type SessionUser struct {
	SessionID   int64  `db:"session_id"`
	UserID      int64  `db:"user_id"`
	Email       string `db:"email"`
	DisplayName string `db:"display_name"`
}

// SessionByTokenHash returns the session of a token hash with its user, or nil when there is no
// such session or it is expired or revoked or its user is disabled, all as of now. In the same
// statement it sets the session's last_used_at to now when that is unset or more than a minute
// old, so that a busy session is written at most once a minute and a request costs one round trip.
func SessionByTokenHash(ctx context.Context, db sqlx.QueryerContext, tokenHash []byte, now time.Time) (*SessionUser, error) {
	var s SessionUser
	err := sqlx.GetContext(ctx, db, &s, `
		WITH live AS (
			SELECT s.id, s.user_id, s.last_used_at, u.email, u.display_name
			FROM sessions s JOIN users u ON u.id = s.user_id
			WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2::timestamptz
				AND u.disabled_at IS NULL
		), touched AS (
			UPDATE sessions SET last_used_at = $2::timestamptz
			FROM live
			WHERE sessions.id = live.id
				AND (live.last_used_at IS NULL OR live.last_used_at < $2::timestamptz - interval '1 minute')
		)
		SELECT id AS session_id, user_id, email, display_name FROM live`, tokenHash, now)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("session by token: %w", err)
	}
	return &s, nil
}

// RevokeSession ends a session as of now. Revoking an ended or unknown session changes nothing.
func RevokeSession(ctx context.Context, db sqlx.ExecerContext, sessionID int64, now time.Time) error {
	_, err := db.ExecContext(ctx, `UPDATE sessions SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL`, sessionID, now)
	if err != nil {
		return fmt.Errorf("revoke session: %w", err)
	}
	return nil
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
